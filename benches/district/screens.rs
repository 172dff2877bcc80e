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
    let (mut keys, mut firsts) = (Vec::new(), Vec::new());
    for _ in 0..runs(5) {
        step(app, Action::StartFilter);
        for (n, c) in word.chars().enumerate() {
            let d = step(app, Action::FilterChar(c));
            keys.push(d);
            if n == 0 {
                firsts.push(d);
            }
        }
        step(app, Action::Back);
    }
    report(
        &format!("{name}: filter keystroke (\"{word}\")"),
        &stats(keys),
    );
    // The first letter searches every row; the next ones the rows shown.
    report(&format!("{name}: filter's first letter"), &stats(firsts));
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

/// The training form's attendee list at district size (every household
/// offered): the key that opens it, each letter of a village's name
/// typed into its filter, and the key that ticks every household shown
/// (the village's 1,000).
pub fn attendee_list(
    app: &mut App,
    step: &mut impl FnMut(&mut App, Action) -> Duration,
    runs: usize,
) {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    step(app, Action::GoTab(Tab::Trainings));
    let mut press = |app: &mut App, code: KeyCode, mods: KeyModifiers| {
        let event = Event::Key(KeyEvent::new(code, mods));
        let action = kumban::tui::action_for_event(app, &event).expect("a key the form takes");
        step(app, action)
    };
    let none = KeyModifiers::NONE;
    let (mut forms, mut opens, mut letters, mut ticks) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut arrivals = Vec::new();
    for _ in 0..runs {
        forms.push(press(app, KeyCode::Char('n'), none));
        // Date, topic, trainer, place, notes: the attendees come sixth.
        for _ in 0..5 {
            press(app, KeyCode::Tab, none);
        }
        opens.push(press(app, KeyCode::Enter, none));
        assert!(
            matches!(app.popups.last(), Some(kumban::tui::app::Popup::Picker(_))),
            "the attendee list is open"
        );
        // On a large database the list opens empty and its households
        // follow from a thread: the letters and Ctrl-A are timed on them.
        if app.busy() {
            let t = Instant::now();
            wait_loaded(app);
            arrivals.push(t.elapsed());
        }
        for c in "bansuo".chars() {
            letters.push(press(app, KeyCode::Char(c), none));
        }
        ticks.push(press(app, KeyCode::Char('a'), KeyModifiers::CONTROL));
        press(app, KeyCode::Esc, none);
        press(app, KeyCode::Esc, none);
        assert!(app.form().is_none(), "the form was left");
    }
    report("Trainings: new training form (key to frame)", &stats(forms));
    report(
        "Trainings: attendee list opens (key to frame)",
        &stats(opens),
    );
    if !arrivals.is_empty() {
        report(
            "Trainings: attendee list households arrive (behind)",
            &stats(arrivals),
        );
    }
    report("Trainings: attendee list filter keystroke", &stats(letters));
    report(
        "Trainings: attendee list ticks a village (Ctrl-A)",
        &stats(ticks),
    );
}
