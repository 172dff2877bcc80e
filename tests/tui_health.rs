//! The Health screen by keys: a vaccination campaign over the village in
//! one form and one undo; an animal's health events from its detail; the
//! health form's refusals beside the field; the screen's snapshot.

mod support;

use kumban::model::*;
use kumban::tui::app::Popup;
use kumban::tui::keymap::Mode;
use kumban::tui::{App, Tab};
use support::keys::*;
use support::tui::*;

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn form_title(app: &App) -> String {
    app.form()
        .map(|f| f.title().to_string())
        .unwrap_or_default()
}

fn focus(app: &mut App, field: &str) {
    let found = app.popups.last_mut().is_some_and(|p| match p {
        Popup::Form(form) => form.focus_field(field),
        _ => false,
    });
    assert!(found, "no field {field}");
}

fn select(app: &mut App, first_cell: &str) {
    let page = app.page();
    let list = app.list_mut();
    let i = list
        .visible
        .iter()
        .position(|r| list.rows.get(*r).cell(0) == first_cell)
        .unwrap_or_else(|| panic!("no row {first_cell}"));
    list.move_to(i, page);
}

fn events(app: &App) -> usize {
    app.store.count(RecordKind::HealthEvent)
}

/// The animals a campaign over `village` covers: its active ones.
fn active_animals(app: &App, village: &str) -> usize {
    let mut n = 0;
    for h in app.store.all::<Household>() {
        let h = h.unwrap();
        if h.record.village == village {
            let animals = app.store.animals_of(HouseholdId(h.id)).unwrap();
            n += animals.iter().filter(|a| a.record.is_active()).count();
        }
    }
    n
}

#[test]
fn a_campaign_over_the_village_is_one_form_and_one_undo() {
    let mut f = demo();
    ch(&mut f.app, '6');
    assert_eq!(f.app.tab, Tab::Health);
    let before = events(&f.app);
    let logs = f.app.store.count(RecordKind::Income);
    ch(&mut f.app, 'C');
    assert_eq!(form_title(&f.app), "Vaccination campaign");
    focus(&mut f.app, "cost");
    typed(&mut f.app, "15000 LAK");
    focus(&mut f.app, "next_due");
    typed(&mut f.app, "2027-03-10");
    let village = f
        .app
        .form()
        .and_then(|f| f.field("village"))
        .map(|x| x.value_text())
        .unwrap_or_default();
    assert_eq!(village, "Bansuo", "the first village is offered");
    press_ctrl(&mut f.app, 's');
    assert_eq!(
        f.app.mode(),
        Mode::Main,
        "{:?}",
        f.app.form().map(|f| f.errors())
    );
    let n = active_animals(&f.app, "Bansuo");
    assert!(n > 10, "the demo village has a herd");
    assert_eq!(events(&f.app), before + n);
    assert!(
        message(&f.app).contains(&format!("of {n} animals")),
        "{}",
        message(&f.app)
    );
    let households = f.app.store.count(RecordKind::Household);
    let added = f.app.store.count(RecordKind::Income) - logs;
    assert!(
        added >= 1 && added <= households,
        "one expense per household with animals"
    );
    // One undo takes back every event and every expense.
    ch(&mut f.app, 'u');
    assert_eq!(events(&f.app), before);
    assert_eq!(f.app.store.count(RecordKind::Income), logs);
}

#[test]
fn from_an_animal_to_its_health_and_a_new_event_with_its_expense() {
    let mut f = demo();
    ch(&mut f.app, '3');
    assert_eq!(f.app.tab, Tab::Cattle);
    select(&mut f.app, "BS-C-006");
    let tag = f.app.store.animal_by_tag("BS-C-006").unwrap().unwrap();
    let animal = AnimalId(tag.id);
    let had = f.app.store.health_of(animal).unwrap().len();
    ch(&mut f.app, 'H');
    assert_eq!(f.app.tab, Tab::Health);
    assert_eq!(f.app.list().visible.len(), had);
    ch(&mut f.app, 'n');
    assert_eq!(form_title(&f.app), "New health event");
    let shown = f
        .app
        .form()
        .and_then(|f| f.field("animal"))
        .map(|x| x.value_text())
        .unwrap_or_default();
    assert!(
        shown.contains("BS-C-006"),
        "the animal is filled in: {shown}"
    );
    focus(&mut f.app, "cost");
    typed(&mut f.app, "20000 LAK");
    focus(&mut f.app, "withdrawal_days");
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "-1");
    press_ctrl(&mut f.app, 's');
    let form = f.app.form().expect("the form stays open");
    assert_eq!(
        form.error("withdrawal_days"),
        Some("-1 days is not a withdrawal period; write 0 to 365 (0 if none)")
    );
    focus(&mut f.app, "withdrawal_days");
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "14");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main, "{}", message(&f.app));
    let now = f.app.store.health_of(animal).unwrap();
    assert_eq!(now.len(), had + 1);
    let e = &now.last().unwrap().record;
    assert_eq!(e.withdrawal_days, 14);
    let logs = f.app.store.income_of_animal(animal).unwrap();
    let log = &logs.last().unwrap().record;
    assert_eq!(
        (log.flow, log.amount.to_string()),
        (Flow::Expense, "20,000.00 LAK".into())
    );
}

#[test]
fn the_health_screen_after_a_campaign_and_one_event_in_detail() {
    let mut f = demo();
    ch(&mut f.app, '6');
    ch(&mut f.app, 'C');
    focus(&mut f.app, "date");
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "2025-11-01");
    focus(&mut f.app, "product");
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "foot-and-mouth disease");
    focus(&mut f.app, "cost");
    typed(&mut f.app, "12000 LAK");
    focus(&mut f.app, "next_due");
    typed(&mut f.app, "2026-11-01");
    press_ctrl(&mut f.app, 's');
    assert_eq!(
        f.app.mode(),
        Mode::Main,
        "{:?}",
        f.app.form().map(|f| f.errors())
    );
    insta::assert_snapshot!("health_after_campaign", redact_stamps(&screen(&f.app)));
    // Due on 2026-11-01, before today: every one is marked overdue.
    let row = f.app.list().selected_row().map(|r| r.mark());
    assert_eq!(row, Some(kumban::tui::list::Mark::Warn));
    press(&mut f.app, crossterm::event::KeyCode::Enter);
    insta::assert_snapshot!("health_detail", redact_stamps(&screen(&f.app)));
}
