//! The clerk's navigation frictions of issue 13, each pinned by a test that
//! failed before its fix. Today is fixed at 2026-11-28.

mod support;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use kumban::model::*;
use kumban::report::Dashboard;
use kumban::store::Store;
use kumban::tui::{Action, Related, Tab, action_for_event, keymap, update};
use support::tui::*;

fn cow_due(store: &Store, h: HouseholdId, tag: &str, expected: Date) {
    let cow = store
        .insert(Animal {
            ear_tag: tag.into(),
            sex: Sex::Female,
            breed: "Lao native".into(),
            born_on: Date::from_ymd(2015, 5, 1).unwrap(),
            born_estimated: true,
            origin: Origin::Distributed {
                on: Date::from_ymd(2017, 6, 15).unwrap(),
            },
            household: h,
            pen: None,
            status: AnimalStatus::Active,
            notes: String::new(),
        })
        .unwrap();
    store
        .insert(Pregnancy {
            cow,
            service_date: expected.minus_days(283).unwrap(),
            method: Method::Ai,
            sire: None,
            confirmed_on: None,
            gestation_days: DEFAULT_GESTATION_DAYS,
            outcome: Outcome::Pending,
            calving: Calving::default(),
        })
        .unwrap();
}

/// Three calvings late but within their grace period and eight due in the
/// next 30 days (the last in 28 days): eleven belong in "due next", one
/// more than its limit of ten, while `due_30_days` counts only eight.
fn eleven_due(f: &Fixture) -> Dashboard {
    let store = &f.app.store;
    let h = store
        .insert(Household {
            code: "BS-01".into(),
            head_name: "ນາງ ຄຳແພງ".into(),
            village: "Bansuo".into(),
            members: 4,
            phone: None,
            groups: vec![Group::parse("cattle").unwrap()],
            demonstration: true,
            poverty: Poverty::Poor,
            baseline_income: None,
            enrolled_on: Date::from_ymd(2017, 6, 1).unwrap(),
            notes: String::new(),
        })
        .unwrap();
    for (n, days) in [3u64, 2, 1].iter().enumerate() {
        cow_due(
            store,
            h,
            &format!("L-{n}"),
            today().minus_days(*days).unwrap(),
        );
    }
    for n in 0..8u64 {
        cow_due(
            store,
            h,
            &format!("D-{n}"),
            today().plus_days(n * 4).unwrap(),
        );
    }
    Dashboard::compute(store, today()).unwrap()
}

#[test]
fn due_next_agrees_in_the_tui_status_and_json() {
    let mut f = empty();
    let x = eleven_due(&f);
    assert_eq!(x.breeding.due_30_days, 8);
    assert_eq!(x.next_due.len(), 10);
    assert_eq!(x.next_due_total, 11);
    assert_eq!(x.next_due[9].days, 24);

    // status lists five and counts the other six.
    let text = x.to_text();
    assert!(text.contains("    ... and 6 more\n"), "{text}");

    // status --json has the same list and the same total.
    let json = x.to_json();
    assert_eq!(json["due_next"]["total"], 11);
    assert_eq!(json["due_next"]["more"], 1);
    assert_eq!(json["due_next"]["listed"].as_array().unwrap().len(), 10);
    assert_eq!(json["due_next"]["listed"][0]["cow"], "L-0");
    assert_eq!(json["due_next"]["listed"][0]["days"], -3);

    // The dashboard tab, tall enough for every listed row, still says the
    // eleventh (due in 28 days) is left out.
    f.app.dashboard = Some(x.clone());
    f.app.welcome = false;
    f.app.size = (100, 40);
    let s = screen(&f.app);
    assert!(s.contains("D-6"), "{s}");
    assert!(!s.contains("D-7"), "{s}");
    assert!(s.contains("more"), "{s}");
}

fn press(app: &mut kumban::tui::App, code: KeyCode, mods: KeyModifiers) {
    let ev = Event::Key(KeyEvent::new(code, mods));
    if let Some(a) = action_for_event(app, &ev) {
        update(app, a);
    }
}

fn message(app: &kumban::tui::App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn saving_an_unchanged_form_writes_no_history_and_says_so() {
    let mut f = demo();
    press(&mut f.app, KeyCode::Char('2'), KeyModifiers::NONE);
    let history = f.app.store.history().count();
    press(&mut f.app, KeyCode::Char('e'), KeyModifiers::NONE);
    assert!(f.app.form().is_some());
    press(&mut f.app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(f.app.form().is_none(), "the form closes");
    assert_eq!(f.app.store.history().count(), history);
    assert!(
        message(&f.app).starts_with("nothing changed"),
        "{}",
        message(&f.app)
    );
    // Nothing for u to undo either.
    press(&mut f.app, KeyCode::Char('u'), KeyModifiers::NONE);
    assert!(
        message(&f.app).starts_with("Nothing to undo"),
        "{}",
        message(&f.app)
    );
}

/// Each event the terminal reports, split as the session's loop splits it.
fn arrive(app: &mut kumban::tui::App, ev: Event) {
    for ev in kumban::tui::escape::split(ev) {
        if let Some(a) = action_for_event(app, &ev) {
            update(app, a);
        }
    }
}

#[test]
fn esc_then_a_digit_in_one_read_is_not_alt_digit() {
    let mut f = demo();
    press(&mut f.app, KeyCode::Char('?'), KeyModifiers::NONE);
    assert!(!f.app.popups.is_empty(), "help is open");
    // What crossterm reports for the bytes ESC '2' read together.
    arrive(
        &mut f.app,
        Event::Key(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::ALT)),
    );
    assert!(f.app.popups.is_empty(), "Esc closed the help");
    assert_eq!(f.app.tab, Tab::Households);
}

#[test]
fn the_read_only_reason_fits_at_80_columns() {
    let mut f = demo();
    f.app.read_only = Some("this session was started with --read-only".into());
    keys(&mut f.app, [Action::GoTab(Tab::Households), Action::New]);
    let s = screen(&f.app);
    let status = s.lines().last().unwrap_or_default();
    assert!(
        status.ends_with("read-only: this session was started with --read-only"),
        "{s}"
    );

    // A viewer's reason names the access file: too long for the status
    // bar, it is shown whole in a message.
    let why = "clerk is listed as a viewer in /home/clerk/.local/share/kumban/db/access.json, and may look but not change anything";
    f.app.read_only = Some(why.into());
    keys(&mut f.app, [Action::Edit]);
    let s = screen(&f.app);
    // Every word is on the screen, wrapped in the popup, none cut.
    for word in why.split(' ') {
        assert!(s.contains(word), "{word} in {s}");
    }
}

#[test]
fn an_empty_list_offers_new_but_not_edit_or_delete() {
    let mut f = empty();
    keys(&mut f.app, [Action::GoTab(Tab::Households)]);
    let s = screen(&f.app);
    let footer = s.lines().nth_back(1).unwrap_or_default();
    assert!(footer.contains("n new"), "{s}");
    assert!(
        !footer.contains("e edit") && !footer.contains("d delete"),
        "{s}"
    );

    // Read-only: not even n.
    f.app.read_only = Some("this session was started with --read-only".into());
    let s = screen(&f.app);
    let footer = s.lines().nth_back(1).unwrap_or_default();
    assert!(
        !footer.contains("n new") && !footer.contains("u undo"),
        "{s}"
    );
}

#[test]
fn the_welcome_screen_promises_what_demo_writes() {
    use kumban::demo::figures;
    let f = empty();
    let s = screen(&f.app);
    assert!(s.contains(&figures::summary()), "{s}");

    let written = kumban::demo::fill(&f.app.store, today()).unwrap();
    assert_eq!(written.households, figures::HOUSEHOLDS);
    assert_eq!(written.animals, figures::ANIMALS);
    let x = Dashboard::compute(&f.app.store, today()).unwrap();
    assert_eq!(x.households.demonstration as usize, figures::DEMONSTRATION);
    assert_eq!(x.breeding.pregnant as usize, figures::PREGNANT);
}

#[test]
fn a_tab_reopened_on_a_narrowed_view_says_so_and_how_to_clear_it() {
    let mut f = demo();
    let title = |app: &kumban::tui::App| screen(app).lines().nth(1).unwrap_or_default().to_string();
    keys(
        &mut f.app,
        [Action::GoTab(Tab::Households), Action::StartFilter],
    );
    keys(&mut f.app, "BS-0".chars().map(Action::FilterChar));
    keys(
        &mut f.app,
        [
            Action::FilterDone,
            Action::GoTab(Tab::Pens),
            Action::GoTab(Tab::Households),
        ],
    );
    assert!(
        title(&f.app).contains("filter: BS-0 (Esc clears)"),
        "{}",
        title(&f.app)
    );

    // A household's pens, then that pen's household: the Pens tab opened
    // again by its number still shows one household's pens, and Esc there
    // shows them all rather than going back.
    keys(
        &mut f.app,
        [Action::Back, Action::Jump(Related::PensOfHousehold)],
    );
    assert!(title(&f.app).contains("(Esc: back)"), "{}", title(&f.app));
    keys(
        &mut f.app,
        [
            Action::Jump(Related::OwnerHousehold),
            Action::GoTab(Tab::Pens),
        ],
    );
    assert!(
        title(&f.app).contains("(Esc: show all)"),
        "{}",
        title(&f.app)
    );
    keys(&mut f.app, [Action::Back]);
    assert_eq!(f.app.tab, Tab::Pens);
    assert!(f.app.list().scope.is_none());
}

#[test]
fn the_dashboards_figures_and_rows_open_what_is_behind_them() {
    use kumban::tui::app::Popup;
    let mut f = demo();
    let x = f.app.dashboard.clone().unwrap();
    // Households, Pens, Cattle, then "60 pregnant".
    keys(
        &mut f.app,
        [Action::Down, Action::Down, Action::Down, Action::Down],
    );
    keys(&mut f.app, [Action::Open]);
    assert_eq!(f.app.tab, Tab::Breeding);
    assert_eq!(f.app.list().filter, "pending");
    assert_eq!(f.app.list().visible.len() as u64, x.breeding.pregnant);

    // The first due-next row opens that pregnancy.
    keys(&mut f.app, [Action::Back, Action::GoTab(Tab::Dashboard)]);
    keys(&mut f.app, [Action::Down, Action::Down]);
    let s = screen(&f.app);
    assert!(
        s.lines()
            .nth_back(1)
            .unwrap_or_default()
            .contains("Enter open"),
        "{s}"
    );
    keys(&mut f.app, [Action::Open]);
    assert_eq!(f.app.tab, Tab::Breeding);
    match f.app.popups.last() {
        Some(Popup::Detail(d)) => assert_eq!(d.id, x.next_due[0].pregnancy.0),
        other => panic!("no detail: {other:?}"),
    }
    assert_eq!(f.app.list().selected_id(), Some(x.next_due[0].pregnancy.0));
}

#[test]
fn the_footer_offers_only_the_keys_that_apply() {
    let keys = |tab, flags| -> Vec<String> {
        keymap::hints(keymap::Mode::Main, tab, flags)
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    };
    let has = |keys: &[String], k: &str| keys.iter().any(|x| x == k);
    let selected = keys(
        Tab::Households,
        keymap::context::WRITES | keymap::context::RECORD,
    );
    assert!(["n", "e", "d", "u"].iter().all(|k| has(&selected, k)));
    // An empty list: nothing to edit or delete, but a first to add.
    let empty = keys(Tab::Households, keymap::context::WRITES);
    assert!(has(&empty, "n") && !has(&empty, "e") && !has(&empty, "d"));
    // A read-only session: nothing that writes.
    let looking = keys(
        Tab::Cattle,
        keymap::context::RECORD
            | kumban::tui::list::flag::ACTIVE
            | kumban::tui::list::flag::SERVICEABLE,
    );
    for k in ["n", "e", "d", "u", "v", "$", "x"] {
        assert!(!has(&looking, k), "{k} in {looking:?}");
    }
    assert!(has(&looking, "b"), "{looking:?}");
}
