//! Batch entry through the shell, on the demonstration data: `D` on the
//! Cattle screen opens the distribution form with the next free ear tag;
//! a new code field suggests the next free code, which typing replaces;
//! and a repeated `n` starts from the previous entry's values, with the
//! next free code and empty notes.

mod support;

use crossterm::event::KeyCode;
use kumban::model::*;
use kumban::tui::App;
use kumban::tui::app::Popup;
use kumban::tui::keymap::Mode;
use support::keys::*;
use support::tui::*;

fn value(app: &App, field: &str) -> String {
    app.form()
        .and_then(|f| f.field(field))
        .unwrap_or_else(|| panic!("no field {field}"))
        .value_text()
}

fn newest_tag(app: &App) -> String {
    let mut animals: Vec<_> = app.store.all::<Animal>().map(Result::unwrap).collect();
    animals.sort_by_key(|a| a.id);
    animals.last().unwrap().record.ear_tag.clone()
}

fn next_of(tag: &str) -> String {
    kumban::model::code_seq::Counted::read(tag)
        .unwrap()
        .after(1)
}

#[test]
fn d_on_cattle_opens_the_distribution_with_the_next_free_tag() {
    let mut f = demo();
    ch(&mut f.app, '3');
    ch(&mut f.app, 'D');
    assert_eq!(f.app.mode(), Mode::Form);
    assert_eq!(f.app.form().unwrap().title(), "Distribute animals");
    let next = next_of(&newest_tag(&f.app));
    assert_eq!(value(&f.app, "ear_tag"), next);
    assert!(f.app.store.animal_by_tag(&next).unwrap().is_none(), "free");
}

#[test]
fn a_suggested_code_is_replaced_by_typing_and_kept_by_tab() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    let suggested = value(&f.app, "code");
    let newest = f
        .app
        .store
        .all::<Household>()
        .map(Result::unwrap)
        .max_by_key(|h| h.id)
        .unwrap();
    assert_eq!(suggested, next_of(&newest.record.code));
    assert!(f.app.store.household_by_code(&suggested).unwrap().is_none());
    typed(&mut f.app, "BS-90");
    assert_eq!(value(&f.app, "code"), "BS-90", "typing replaced it");
    press(&mut f.app, KeyCode::Esc);
    ch(&mut f.app, 'y');
    ch(&mut f.app, 'n');
    press(&mut f.app, KeyCode::Tab);
    assert_eq!(value(&f.app, "code"), suggested, "Tab keeps it");
}

#[test]
fn a_repeated_animal_starts_from_the_previous_one() {
    let mut f = demo();
    ch(&mut f.app, '3');
    ch(&mut f.app, 'n');
    let first = value(&f.app, "ear_tag");
    let form = f.app.form().unwrap();
    assert_eq!(form.field("breed").unwrap().value_text(), "", "nothing yet");
    // Tab keeps the suggested tag; then sex, breed, born on, estimated, origin.
    press(&mut f.app, KeyCode::Tab);
    press(&mut f.app, KeyCode::Right); // male
    press(&mut f.app, KeyCode::Tab);
    typed(&mut f.app, "Brahman cross");
    press(&mut f.app, KeyCode::Tab);
    typed(&mut f.app, "2025-01-15");
    focus(&mut f.app, "household");
    press(&mut f.app, KeyCode::Enter);
    typed(&mut f.app, "BS-07");
    press(&mut f.app, KeyCode::Enter);
    focus(&mut f.app, "notes");
    typed(&mut f.app, "first of the day");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main, "saved");
    let saved = f.app.store.animal_by_tag(&first).unwrap().unwrap().record;
    assert_eq!(saved.sex, Sex::Male);

    ch(&mut f.app, 'n');
    assert_eq!(
        value(&f.app, "ear_tag"),
        next_of(&first),
        "the next free tag"
    );
    assert_eq!(value(&f.app, "sex"), "male");
    assert_eq!(value(&f.app, "breed"), "Brahman cross");
    assert_eq!(value(&f.app, "born_on"), "2025-01-15");
    assert_ne!(value(&f.app, "household"), "", "the household carried");
    assert_eq!(value(&f.app, "notes"), "", "notes start empty");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main, "saved as it was");
    let second = f
        .app
        .store
        .animal_by_tag(&next_of(&first))
        .unwrap()
        .unwrap()
        .record;
    assert_eq!(second.breed, "Brahman cross");
    assert_eq!(second.household, saved.household);
    assert_eq!(second.notes, "");
}

fn focus(app: &mut App, field: &str) {
    match app.popups.last_mut() {
        Some(Popup::Form(form)) => assert!(form.focus_field(field), "cannot focus {field}"),
        _ => panic!("no form open"),
    }
}

#[test]
fn an_edit_or_another_kind_carries_nothing() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    let code = value(&f.app, "code");
    press(&mut f.app, KeyCode::Tab);
    typed(&mut f.app, "Somsack");
    press(&mut f.app, KeyCode::Tab);
    press(&mut f.app, KeyCode::Tab);
    typed(&mut f.app, "4");
    focus(&mut f.app, "notes");
    typed(&mut f.app, "joined late");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main, "saved");
    ch(&mut f.app, 'n');
    assert_eq!(value(&f.app, "code"), next_of(&code));
    assert_eq!(
        value(&f.app, "head_name"),
        "",
        "a person's name is not carried"
    );
    assert_eq!(value(&f.app, "members"), "4");
    assert_eq!(value(&f.app, "notes"), "");
    // Typing into a carried value replaces it.
    focus(&mut f.app, "members");
    typed(&mut f.app, "6");
    assert_eq!(value(&f.app, "members"), "6");
    press(&mut f.app, KeyCode::Esc);
    ch(&mut f.app, 'y');
    // The cattle form learned nothing from the household.
    ch(&mut f.app, '3');
    ch(&mut f.app, 'n');
    assert_eq!(value(&f.app, "breed"), "");
}
