//! Key to frame on the lists at district size, and on the dashboard
//! entered after a save (issue 15: every screen's p99 under 16 ms).

use super::support::*;
use kumban::model::*;
use kumban::store::Store;
use kumban::tui::{Action, App, Tab};
use std::time::{Duration, Instant};

/// The screens issue 15 added, each with a word its filter is typed with
/// (one the district's rows hold).
pub const NEW_SCREENS: [(Tab, &str); 6] = [
    (Tab::Members, "somsack"),
    (Tab::Health, "septic"),
    (Tab::Weights, "t00012"),
    (Tab::Trainings, "breeding"),
    (Tab::Attendance, "somsack"),
    (Tab::Visits, "pen insp"),
];

/// One list's figures: its first entry (and every row loaded when they
/// load behind the screen), entering it again with nothing changed, a row
/// move, a page move and each filter keystroke.
pub fn list_keys(
    app: &mut App,
    step: &mut impl FnMut(&mut App, Action) -> Duration,
    tab: Tab,
    word: &str,
    runs: impl Fn(usize) -> usize,
) {
    let name = tab.title();
    let t = Instant::now();
    let enter = step(app, Action::GoTab(tab));
    println!(
        "{:<46} {}",
        format!("{name}: first entry ({} rows drawn)", app.list().rows.len()),
        ms(enter)
    );
    if !app.loading.is_empty() {
        wait_loaded(app);
        println!(
            "{:<46} {}",
            format!("{name}: every row loaded ({} rows)", app.list().rows.len()),
            ms(t.elapsed())
        );
    }
    step(app, Action::GoTab(Tab::Dashboard));
    let again = repeat(runs(21), || {
        let d = step(app, Action::GoTab(tab));
        step(app, Action::GoTab(Tab::Dashboard));
        d
    });
    report(&format!("{name}: tab switch (unchanged data)"), &again);
    step(app, Action::GoTab(tab));
    report(
        &format!("{name}: row move"),
        &repeat(runs(201), || step(app, Action::Down)),
    );
    report(
        &format!("{name}: page move"),
        &repeat(runs(51), || step(app, Action::PageDown)),
    );
    let mut keys = Vec::new();
    for _ in 0..runs(5) {
        step(app, Action::StartFilter);
        for c in word.chars() {
            keys.push(step(app, Action::FilterChar(c)));
        }
        step(app, Action::Back);
    }
    report(
        &format!("{name}: filter keystroke (\"{word}\")"),
        &stats(keys),
    );
}

/// The clerk saves and goes to the dashboard: the save untimed, then the
/// key that enters the dashboard to its frame. The key is pressed from
/// the Trainings screen, whose few rows are read again at once: from the
/// Income or Health screen, each save would start a load of their
/// hundreds of thousands of rows behind the screen, timed with the key.
/// With `health`, the save is a vaccination (the health figures then
/// follow a change that touches them), otherwise an income log.
pub fn dashboard_after_save(
    app: &mut App,
    step: &mut impl FnMut(&mut App, Action) -> Duration,
    store: &Store,
    health: bool,
    n: usize,
) {
    let animal = store
        .all::<Animal>()
        .flatten()
        .find(|a| a.record.is_active())
        .map(|a| AnimalId(a.id));
    let household = store.all::<Household>().flatten().next().map(|h| h.id);
    let (Some(animal), Some(household)) = (animal, household) else {
        return;
    };
    let mut k = 0;
    let times = repeat(n, || {
        k += 1;
        step(app, Action::GoTab(Tab::Trainings));
        if health {
            store.insert(vaccination(animal, k)).expect("save");
        } else {
            store
                .insert(IncomeLog {
                    household: HouseholdId(household),
                    date: today(),
                    group: Group::weaving(),
                    flow: Flow::Income,
                    amount: Money::new(7_000 + k, Currency::Usd),
                    description: "benchmark save".into(),
                    animal: None,
                })
                .expect("save");
        }
        step(app, Action::GoTab(Tab::Dashboard))
    });
    let what = if health {
        "Dashboard after saving a vaccination"
    } else {
        "Dashboard after saving an income log"
    };
    report(&format!("{what} (key to frame)"), &times);
}

fn vaccination(animal: AnimalId, k: i64) -> HealthEvent {
    let date = today().minus_days((k % 300) as u64).unwrap_or(today());
    HealthEvent {
        animal,
        date,
        kind: HealthKind::Vaccination,
        product: "blackleg".into(),
        dose: String::new(),
        given_by: String::new(),
        cost: None,
        withdrawal_days: 0,
        next_due: date.plus_days(365),
        campaign: None,
        notes: String::new(),
    }
}
