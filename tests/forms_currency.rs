//! The currency of an amount typed without one is the village's: as
//! `villages.json` in the database folder names it, else as the
//! household's newest income log, else the form's default (USD). The
//! amount field says which currency a bare number means.

mod support;

use kumban::forms::currency::{VILLAGES_FILE, for_household};
use kumban::model::*;
use kumban::store::Store;
use kumban::tui::app::Popup;
use kumban::tui::{Action, Related, Tab, update};
use support::store::*;

fn store_with_household(dir: &tempfile::TempDir) -> (Store, HouseholdId) {
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    let h = store.insert(household("BS-01")).unwrap();
    (store, h)
}

fn log_in(store: &Store, h: HouseholdId, date: Date, currency: Currency) {
    let mut l = income(h, date, 1_000);
    l.amount = Money::new(1_000, currency);
    store.insert(l).unwrap();
}

#[test]
fn the_household_s_newest_income_decides_when_nothing_is_configured() {
    let dir = tempfile::tempdir().unwrap();
    let (store, h) = store_with_household(&dir);
    assert_eq!(
        for_household(&store, h, Currency::Usd).unwrap(),
        Currency::Usd
    );
    log_in(&store, h, day(2026, 10, 1), Currency::Thb);
    log_in(&store, h, day(2026, 11, 1), Currency::Lak);
    log_in(&store, h, day(2026, 9, 1), Currency::Cny);
    assert_eq!(
        for_household(&store, h, Currency::Usd).unwrap(),
        Currency::Lak
    );
}

#[test]
fn villages_json_names_the_village_s_currency() {
    let dir = tempfile::tempdir().unwrap();
    let (store, h) = store_with_household(&dir);
    log_in(&store, h, day(2026, 11, 1), Currency::Usd);
    std::fs::write(
        store.path().join(VILLAGES_FILE),
        r#"{ "currencies": { "Bansuo": "CNY", "Xianglong": "LAK" } }"#,
    )
    .unwrap();
    assert_eq!(
        for_household(&store, h, Currency::Usd).unwrap(),
        Currency::Cny
    );
    // A file that does not read says nothing; the income log decides.
    std::fs::write(store.path().join(VILLAGES_FILE), "{ not json").unwrap();
    assert_eq!(
        for_household(&store, h, Currency::Thb).unwrap(),
        Currency::Usd
    );
    std::fs::write(
        store.path().join(VILLAGES_FILE),
        r#"{ "currencies": { "Bansuo": "EUR" } }"#,
    )
    .unwrap();
    assert_eq!(
        for_household(&store, h, Currency::Thb).unwrap(),
        Currency::Usd
    );
}

#[test]
fn a_bare_amount_in_the_income_form_is_in_the_village_s_currency() {
    let dir = tempfile::tempdir().unwrap();
    let (store, h) = store_with_household(&dir);
    log_in(&store, h, day(2026, 11, 1), Currency::Lak);
    let mut app = kumban::tui::App::new(store.clone(), support::tui::today());
    app.theme = kumban::tui::theme::Theme::plain();
    update(&mut app, Action::GoTab(Tab::Households));
    update(&mut app, Action::Jump(Related::IncomeOfHousehold));
    update(&mut app, Action::New);
    let shown = support::tui::screen(&app);
    assert!(shown.contains("800 is LAK"), "{shown}");
    let Some(Popup::Form(form)) = app.popups.last_mut() else {
        panic!("no form: {shown}");
    };
    assert!(form.focus_field("amount"));
    for c in "250000".chars() {
        form.handle_key(crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char(c),
            crossterm::event::KeyModifiers::NONE,
        ));
    }
    update(
        &mut app,
        Action::Key(crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char('s'),
            crossterm::event::KeyModifiers::CONTROL,
        )),
    );
    let saved: Vec<_> = store.income_of(h).unwrap();
    assert!(
        saved
            .iter()
            .any(|l| l.record.amount == Money::new(25_000_000, Currency::Lak)),
        "{:?}\n{}",
        app.message,
        support::tui::screen(&app)
    );
}
