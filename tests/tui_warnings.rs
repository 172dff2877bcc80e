//! A plausibility warning through the shell at 80×24: the first Ctrl-S
//! keeps the form open with the warning beside its field and the footer
//! saying how to save anyway; Enter then saves.

mod support;

use crossterm::event::KeyCode;
use kumban::model::*;
use kumban::tui::keymap::Mode;
use support::keys::*;
use support::tui::*;

#[test]
fn a_duplicate_household_warns_once_and_enter_saves_it_anyway() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    let village = f.app.form().unwrap().field("village").unwrap().value_text();
    let twin = f
        .app
        .store
        .all::<Household>()
        .map(|h| h.unwrap())
        .find(|h| h.record.village == village)
        .expect("a household of the prefilled village");
    let head = twin.record.head_name.clone();
    typed(&mut f.app, "XL-90");
    press(&mut f.app, KeyCode::Tab);
    typed(&mut f.app, &head.to_uppercase());
    press(&mut f.app, KeyCode::Tab);
    press(&mut f.app, KeyCode::Tab);
    typed(&mut f.app, "4");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Form, "kept open by the warning");
    assert!(f.app.store.household_by_code("XL-90").unwrap().is_none());
    let shown = screen(&f.app);
    let warning = format!(
        "? household {} has a head of the same name in {village}",
        twin.record.code
    );
    assert!(shown.contains(&warning), "{shown}");
    assert!(
        shown.contains("Enter/Ctrl-S again: save anyway  ·  a change checks again  Esc cancel"),
        "{shown}"
    );
    // Enter, with nothing changed, saves.
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Main);
    let saved = f.app.store.household_by_code("XL-90").unwrap().unwrap();
    assert_eq!(saved.record.head_name, head.to_uppercase());
}
