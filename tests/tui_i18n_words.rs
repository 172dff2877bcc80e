//! No English left in the code where a Lao clerk reads: every screen and
//! every record form (new, edit, after a failed save), the lists to
//! choose from and the delete question, rendered in Lao on the
//! demonstration data, hold no word of the English message file except
//! data (names, codes, notes, currency codes, key names). Each offending
//! line is reported, not just the first.

mod support;

use crossterm::event::KeyCode;
use kumban::i18n::{Lang, with_lang};
use kumban::tui::action::Workflow;
use kumban::tui::{Action, App, Tab};
use std::collections::BTreeSet;
use support::keys::*;
use support::tui::*;
use support::words::*;

/// Known gaps: English still shown on a list screen, by screen and word,
/// for a part not yet translated. None is left (issue 16); the list stays
/// so that a later screen's gaps are named here rather than hidden.
const KNOWN_GAPS: &[(Tab, &[&str])] = &[];

fn gaps(tab: Tab) -> Vec<&'static str> {
    KNOWN_GAPS
        .iter()
        .filter(|(t, _)| *t == tab)
        .flat_map(|(_, w)| w.iter().copied())
        .collect()
}

/// The demonstration data has no health events: two on its first
/// animal (one overdue, one with a cost and a withdrawal), so that the
/// Health screen, its details and forms have rows. Written in Lao, as
/// a clerk would, so that no English comes from the data.
fn with_health(f: &mut support::tui::Fixture) {
    use kumban::model::*;
    let animal = f
        .app
        .store
        .all::<Animal>()
        .next()
        .expect("an animal")
        .expect("it reads")
        .id;
    let day = |m, d| Date::from_ymd(2026, m, d).expect("a date");
    for (kind, due, cost) in [
        (HealthKind::Vaccination, Some(day(11, 1)), None),
        (
            HealthKind::Treatment,
            Some(day(12, 20)),
            Some(Money::from_major(50_000, Currency::Lak)),
        ),
    ] {
        let event = HealthEvent {
            animal: AnimalId(animal),
            date: day(10, 5),
            kind,
            product: "ວັກຊີນ".into(),
            dose: String::new(),
            given_by: "ສົມພອນ".into(),
            cost,
            withdrawal_days: if cost.is_some() { 7 } else { 0 },
            next_due: due,
            campaign: None,
            notes: String::new(),
        };
        f.app.store.insert(event).expect("a health event saves");
    }
}

struct Check {
    english: BTreeSet<String>,
    data: Data,
    found: Vec<String>,
}

impl Check {
    fn new(app: &App) -> Check {
        let extra = ["kumban", "clerk", &app.db_label];
        Check {
            english: english_words(),
            data: data(&app.store, &extra),
            found: Vec::new(),
        }
    }

    /// A form or a list to choose from: it covers the list, so no gaps.
    fn look(&mut self, place: &str, app: &App) {
        self.look_over(place, app, &[]);
    }

    /// A screen, or a popup with the list of `tab` beside it.
    fn look_over(&mut self, place: &str, app: &App, gaps: &[&str]) {
        let s = with_lang(Lang::Lo, || screen(app));
        self.found
            .extend(english_left(place, &s, &self.english, &self.data, gaps));
    }

    fn done(self) {
        assert!(
            self.found.is_empty(),
            "English left on {} lines:\n{}",
            self.found.len(),
            self.found.join("\n")
        );
    }
}

/// Every key, then closes whatever opened (a form, its question).
fn lo(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    with_lang(Lang::Lo, || keys(app, actions));
}

fn close_all(app: &mut App) {
    app.popups.clear();
    app.message = None;
}

#[test]
fn every_screen_in_lao_has_no_english_outside_data() {
    let mut f = demo();
    with_health(&mut f);
    let mut check = Check::new(&f.app);
    for tab in Tab::ALL {
        lo(&mut f.app, [Action::GoTab(tab)]);
        check.look_over(tab.title(), &f.app, &gaps(tab));
    }
    check.done();
}

/// Moves down the list until `action` opens a form (a workflow needs a
/// row it applies to: an active cow, a pending pregnancy).
fn open_on_some_row(app: &mut App, action: Action) -> bool {
    let rows = app.list().visible.len();
    for i in 0..rows {
        let page = app.page();
        app.list_mut().move_to(i, page);
        lo(app, [action.clone()]);
        if app.form().is_some() {
            return true;
        }
        close_all(app);
    }
    false
}

#[test]
fn every_form_in_lao_has_no_english_outside_data() {
    let mut f = demo();
    with_health(&mut f);
    let mut check = Check::new(&f.app);
    let kinds = [
        Tab::Households,
        Tab::Members,
        Tab::Pens,
        Tab::Cattle,
        Tab::Breeding,
        Tab::Income,
        Tab::Rates,
        Tab::Health,
        Tab::Weights,
    ];
    for tab in kinds {
        let name = tab.title();
        lo(&mut f.app, [Action::GoTab(tab), Action::New]);
        assert!(f.app.form().is_some(), "no new form on {name}");
        check.look(&format!("{name}: new"), &f.app);
        // Saved empty: every field's problem, and the message line.
        with_lang(Lang::Lo, || press_ctrl(&mut f.app, 's'));
        let s = with_lang(Lang::Lo, || screen(&f.app));
        assert!(s.contains("ຍັງບໍ່ໄດ້ບັນທຶກ"), "{name}: not refused in Lao:\n{s}");
        check.look(&format!("{name}: new, not saved"), &f.app);
        close_all(&mut f.app);
        lo(&mut f.app, [Action::Edit]);
        assert!(f.app.form().is_some(), "no edit form on {name}");
        check.look(&format!("{name}: edit"), &f.app);
        close_all(&mut f.app);
    }
    let workflows = [
        (Tab::Cattle, Workflow::Sale),
        (Tab::Cattle, Workflow::Death),
        (Tab::Breeding, Workflow::Check),
        (Tab::Breeding, Workflow::Calving),
        (Tab::Breeding, Workflow::Loss),
    ];
    for (tab, w) in workflows {
        lo(&mut f.app, [Action::GoTab(tab)]);
        let action = Action::Workflow(w);
        assert!(open_on_some_row(&mut f.app, action), "{w:?}");
        let place = format!("{}: {w:?}", tab.title());
        check.look(&place, &f.app);
        // Saved as it opened: a check saves (and closes), the others
        // show what is missing.
        with_lang(Lang::Lo, || press_ctrl(&mut f.app, 's'));
        if f.app.form().is_some() {
            check.look(&format!("{place}, not saved"), &f.app);
        }
        close_all(&mut f.app);
    }
    // A list to choose from, over the income form.
    lo(&mut f.app, [Action::GoTab(Tab::Income), Action::New]);
    with_lang(Lang::Lo, || press(&mut f.app, KeyCode::Enter));
    check.look("Income: household picker", &f.app);
    close_all(&mut f.app);
    // The delete question, and the refusal naming what points to it.
    lo(&mut f.app, [Action::GoTab(Tab::Households), Action::Delete]);
    let behind = gaps(Tab::Households);
    check.look_over("Households: delete question", &f.app, &behind);
    with_lang(Lang::Lo, || ch(&mut f.app, 'y'));
    check.look_over("Households: delete refused", &f.app, &behind);
    close_all(&mut f.app);
    // An animal with weighings and health events: its refusal names them.
    lo(&mut f.app, [Action::GoTab(Tab::Health), Action::Open]);
    lo(
        &mut f.app,
        [Action::Jump(kumban::tui::action::Related::AnimalOfEvent)],
    );
    close_all(&mut f.app);
    lo(&mut f.app, [Action::Delete]);
    with_lang(Lang::Lo, || ch(&mut f.app, 'y'));
    let s = with_lang(Lang::Lo, || screen(&f.app));
    let health = with_lang(Lang::Lo, || kumban::i18n::tr("blocker-health-events"));
    assert!(s.contains(&health), "no health events named:\n{s}");
    check.look_over("Cattle: delete refused", &f.app, &[]);
    close_all(&mut f.app);
    check.done();
}

#[test]
fn closing_a_form_on_each_screen_in_lao_has_no_english() {
    // A form with something typed in it, closed: the question, then the
    // message that nothing was saved.
    let mut f = demo();
    with_health(&mut f);
    let mut check = Check::new(&f.app);
    let (mut closed, mut asked) = (0, 0);
    for tab in Tab::ALL {
        lo(&mut f.app, [Action::GoTab(tab), Action::New]);
        if f.app.form().is_none() {
            close_all(&mut f.app);
            continue;
        }
        let name = tab.title();
        with_lang(Lang::Lo, || ch(&mut f.app, '7'));
        // A form whose first field is a list to choose from opened the
        // list on the key: Esc closes it first, then the form (without a
        // question when nothing was typed).
        let question = with_lang(Lang::Lo, || kumban::i18n::tr("entry-discard-question"));
        for _ in 0..3 {
            with_lang(Lang::Lo, || press(&mut f.app, KeyCode::Esc));
            let s = with_lang(Lang::Lo, || screen(&f.app));
            if s.contains(&question) {
                check.look(&format!("{name}: close, the question"), &f.app);
                with_lang(Lang::Lo, || ch(&mut f.app, 'y'));
                asked += 1;
            }
            if f.app.form().is_none() {
                break;
            }
        }
        assert!(f.app.form().is_none(), "{name}: the form stayed open");
        check.look_over(&format!("{name}: closed"), &f.app, &gaps(tab));
        close_all(&mut f.app);
        closed += 1;
    }
    assert!(closed >= 9, "only {closed} screens have a form");
    assert!(asked >= 3, "only {asked} forms asked before closing");
    check.done();
}

#[test]
fn the_check_finds_english_left_in_the_code() {
    // The test above would pass on a blank screen: show it one line of
    // English among data and it must complain about that line alone.
    let f = demo();
    let check = Check::new(&f.app);
    let screen = "ຄົວເຮືອນ BS-07\nnot saved: fix the marked field\n";
    let found = english_left("probe", screen, &check.english, &check.data, &[]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("[not, saved, fix, the, marked, field]"),
        "{found:?}"
    );
}

#[test]
fn every_detail_in_lao_has_no_english_outside_data() {
    // The first row's detail of every list, and a few rows further down
    // (another outcome, status or change), scrolled through to the end.
    let mut f = demo();
    with_health(&mut f);
    let mut check = Check::new(&f.app);
    let lists = [
        Tab::Households,
        Tab::Members,
        Tab::Pens,
        Tab::Cattle,
        Tab::Breeding,
        Tab::Income,
        Tab::Rates,
        Tab::History,
        Tab::Review,
        Tab::Health,
        Tab::Weights,
    ];
    for tab in lists {
        lo(&mut f.app, [Action::GoTab(tab)]);
        let rows = f.app.list().visible.len();
        for i in [0, 3, rows.saturating_sub(1)] {
            let page = f.app.page();
            f.app.list_mut().move_to(i, page);
            lo(&mut f.app, [Action::Open]);
            assert!(!f.app.popups.is_empty(), "no detail on {}", tab.title());
            // Page by page: a detail runs longer than the screen.
            for page in 0..8 {
                check.look_over(
                    &format!("{}: detail of row {i}, page {page}", tab.title()),
                    &f.app,
                    &gaps(tab),
                );
                with_lang(Lang::Lo, || press(&mut f.app, KeyCode::PageDown));
            }
            close_all(&mut f.app);
        }
    }
    check.done();
}

#[test]
fn filter_sort_related_views_and_empty_lists_in_lao_have_no_english() {
    use kumban::tui::action::Related;
    let mut f = demo();
    let mut check = Check::new(&f.app);
    // A filter kept, a sort, and a filter nothing matches.
    let typed = "zzq".chars().map(Action::FilterChar);
    lo(
        &mut f.app,
        [Action::GoTab(Tab::Cattle), Action::StartFilter],
    );
    lo(&mut f.app, "bs".chars().map(Action::FilterChar));
    lo(&mut f.app, [Action::FilterDone, Action::CycleSort]);
    check.look("Cattle: filtered and sorted", &f.app);
    let s = with_lang(Lang::Lo, || screen(&f.app));
    let prompt = with_lang(Lang::Lo, || kumban::i18n::tr("list-filter"));
    assert!(s.contains(&prompt), "no filter prompt in Lao:\n{s}");
    lo(&mut f.app, [Action::StartFilter]);
    lo(&mut f.app, typed);
    check.look("Cattle: nothing matches", &f.app);
    lo(&mut f.app, [Action::Back, Action::Back]);
    // A household's pens, and the way back.
    lo(
        &mut f.app,
        [
            Action::GoTab(Tab::Households),
            Action::Jump(Related::PensOfHousehold),
        ],
    );
    assert_eq!(f.app.tab, Tab::Pens);
    check.look("Pens of a household", &f.app);
    check.done();
}
