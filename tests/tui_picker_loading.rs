//! A picker's choices load behind the screen on a large database: the
//! popup opens at once saying "loading…", the filter takes keys
//! meanwhile, Enter and Esc do no harm, and the items take their place
//! when they come (the demonstration data counts as large here).

mod support;

use crossterm::event::{KeyCode, KeyModifiers};
use kumban::forms::Picker;
use kumban::tui::app::Popup;
use kumban::tui::keymap::Mode;
use kumban::tui::{Action, App, Tab, update};
use std::time::{Duration, Instant};
use support::keys::*;
use support::tui::*;

/// Waits (bounded) until the picker's items have come.
fn wait_loaded(app: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.busy() {
        app.take_loaded();
        assert!(Instant::now() < deadline, "the items did not come in 30 s");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn picker(app: &App) -> &Picker {
    match app.popups.last() {
        Some(Popup::Picker(p)) => p,
        _ => panic!("no picker on top"),
    }
}

fn field(app: &App, name: &str) -> String {
    app.form()
        .and_then(|f| f.field(name))
        .map(|f| f.value_text())
        .unwrap_or_default()
}

/// The new training form, focus on its attendees (the sixth field).
fn training_form(app: &mut App) {
    update(app, Action::GoTab(Tab::Trainings));
    ch(app, 'n');
    for _ in 0..5 {
        press(app, KeyCode::Tab);
    }
}

#[test]
fn a_household_picker_opens_loading_and_the_filter_typed_meanwhile_applies() {
    let mut f = demo();
    f.app.pickers.background_records = 1;
    typed(&mut f.app, "222"); // Households: Households, Members, Pens
    ch(&mut f.app, 'n');
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Picker);
    assert!(picker(&f.app).loading().is_some());
    let shown = screen(&f.app);
    assert!(shown.contains("loading the choices…"), "{shown}");
    assert!(!shown.contains("nothing to choose from"), "{shown}");

    typed(&mut f.app, "bs-07");
    // Enter with nothing to choose from yet chooses nothing.
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Picker);

    wait_loaded(&mut f.app);
    let p = picker(&f.app);
    assert_eq!(p.loading(), None);
    assert_eq!(p.query().text(), "bs-07");
    assert_eq!(p.shown_len(), 1, "the filter typed meanwhile applies");
    assert!(p.total() > 1);
    let shown = screen(&f.app);
    assert!(shown.contains("BS-07"), "{shown}");
    assert!(!shown.contains("loading"), "{shown}");
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Form);
    let h = field(&f.app, "household");
    assert!(h.starts_with("BS-07"), "{h}");
}

#[test]
fn a_small_database_opens_the_picker_with_its_items_at_once() {
    let mut f = demo();
    typed(&mut f.app, "222");
    ch(&mut f.app, 'n');
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(picker(&f.app).loading(), None);
    assert!(picker(&f.app).total() > 1);
    assert!(!f.app.busy());
}

#[test]
fn enter_in_a_loading_list_of_several_keeps_the_ticks_and_esc_cancels_the_load() {
    let mut f = demo();
    training_form(&mut f.app);
    // Loaded in place: tick the first household, Enter puts it in.
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(picker(&f.app).loading(), None);
    press(&mut f.app, KeyCode::Tab);
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Form);
    let ticked = field(&f.app, "attendees");
    assert!(!ticked.is_empty());

    // Now large: the list opens empty, and neither Enter nor Ctrl-A while
    // it loads hands back an empty set.
    f.app.pickers.background_records = 1;
    press(&mut f.app, KeyCode::Enter);
    assert!(picker(&f.app).loading().is_some());
    press_with(&mut f.app, KeyCode::Char('a'), KeyModifiers::CONTROL);
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Picker);
    assert!(f.app.busy());

    // Esc closes it, the field as it was; the load is let go.
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.mode(), Mode::Form);
    assert_eq!(field(&f.app, "attendees"), ticked);
    f.app.take_loaded();
    assert!(f.app.pickers.loading.is_none());
    assert!(!f.app.busy());

    // Opened again, the items come with the field's tick on them.
    press(&mut f.app, KeyCode::Enter);
    wait_loaded(&mut f.app);
    let p = picker(&f.app);
    assert_eq!(p.loading(), None);
    assert_eq!(p.ticked_count(), 1);
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(field(&f.app, "attendees"), ticked);
}
