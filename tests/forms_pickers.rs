//! Pickers: filter as you type in any script, and offer only valid choices.

mod support;

use crossterm::event::KeyCode;
use kumban::forms::{PickItem, Picker, PickerOutcome, PickerRequest, PickerSource};
use support::forms::*;

fn open(s: &Seed, source: PickerSource) -> Picker {
    Picker::open(
        &s.store,
        &PickerRequest {
            field: "x",
            source,
            query: String::new(),
        },
    )
    .unwrap()
}

fn codes(p: &Picker) -> Vec<String> {
    p.shown().map(|i| i.code.clone()).collect()
}

fn typed(p: &mut Picker, s: &str) {
    for c in s.chars() {
        p.handle_key(key(KeyCode::Char(c)));
    }
}

#[test]
fn households_filter_by_code_or_name_in_any_script_and_case() {
    let s = seed();
    let mut p = open(&s, PickerSource::Household);
    assert_eq!(codes(&p), ["BS-07", "XL-02"]);
    typed(&mut p, "bs");
    assert_eq!(codes(&p), ["BS-07"]);
    p.handle_key(key(KeyCode::Backspace));
    p.handle_key(key(KeyCode::Backspace));
    assert_eq!(codes(&p), ["BS-07", "XL-02"]);
    typed(&mut p, "锡");
    assert_eq!(codes(&p), ["XL-02"]);
    p.handle_key(ctrl('u'));
    typed(&mut p, "ຄຳແພງ");
    assert_eq!(codes(&p), ["BS-07"]);
    // Every word must match, in any order.
    p.handle_key(ctrl('u'));
    typed(&mut p, "ສີສຸວັນ bs");
    assert_eq!(codes(&p), ["BS-07"]);
    typed(&mut p, "x");
    assert!(codes(&p).is_empty());
    assert_eq!(p.handle_key(key(KeyCode::Enter)), PickerOutcome::Continue);
}

#[test]
fn pens_are_those_of_the_chosen_household() {
    let s = seed();
    let p = open(&s, PickerSource::PenOf(s.bs07));
    assert_eq!(codes(&p), ["Pen A", "Pen B"]);
    let p = open(&s, PickerSource::PenOf(s.xl02));
    assert_eq!(codes(&p), ["Xianglong pen"]);
}

#[test]
fn cows_are_active_females_without_a_pending_pregnancy() {
    let s = seed();
    let p = open(&s, PickerSource::Cow { ignoring: None });
    // Not the pregnant cow, the bull, or the sold cow.
    assert_eq!(codes(&p), ["BS-C-001", "XL-C-001"]);
    let first: &PickItem = p.shown().next().unwrap();
    assert_eq!(first.label, "BS-C-001 (female)");
    assert_eq!(first.detail, "female active of BS-07");
}

#[test]
fn a_dam_is_any_female_of_the_herd_but_the_animal_itself() {
    let s = seed();
    let p = open(&s, PickerSource::Dam { except: None });
    assert_eq!(codes(&p), ["BS-C-001", "BS-C-002", "BS-C-003", "XL-C-001"]);
    let p = open(
        &s,
        PickerSource::Dam {
            except: Some(s.open_cow),
        },
    );
    assert_eq!(codes(&p), ["BS-C-002", "BS-C-003", "XL-C-001"]);
}

#[test]
fn animals_of_a_household_and_calves_of_a_cow() {
    let s = seed();
    let p = open(&s, PickerSource::Animals(Some(s.xl02)));
    assert_eq!(codes(&p), ["XL-C-001"]);
    let p = open(&s, PickerSource::Animals(None));
    assert_eq!(p.total(), 5);
    let p = open(&s, PickerSource::CalfOf(s.open_cow));
    assert_eq!(p.total(), 0);
}

#[test]
fn keys_move_pick_and_cancel() {
    let s = seed();
    let mut p = open(&s, PickerSource::Animals(None));
    assert_eq!(p.selected(), 0);
    p.handle_key(key(KeyCode::Down));
    p.handle_key(key(KeyCode::Down));
    assert_eq!(p.selected_item().unwrap().code, "BS-B-001");
    p.handle_key(key(KeyCode::End));
    assert_eq!(p.selected_item().unwrap().code, "XL-C-001");
    p.handle_key(key(KeyCode::Down));
    assert_eq!(p.selected(), 4, "stops at the last");
    p.handle_key(key(KeyCode::Home));
    p.handle_key(key(KeyCode::Up));
    assert_eq!(p.selected(), 0);
    p.handle_key(key(KeyCode::PageDown));
    assert_eq!(p.selected(), 4);
    // Filtering resets the selection to the first match.
    typed(&mut p, "bs-c");
    assert_eq!(p.selected(), 0);
    p.handle_key(key(KeyCode::Down));
    assert_eq!(
        p.handle_key(key(KeyCode::Enter)),
        PickerOutcome::Picked {
            field: "x",
            id: s.pregnant_cow.0,
            label: "BS-C-002 (female)".into()
        }
    );
    assert_eq!(p.handle_key(key(KeyCode::Esc)), PickerOutcome::Cancel);
    // Pasting into the filter works; a control character is ignored.
    p.handle_key(ctrl('u'));
    p.paste("xl-c");
    assert_eq!(codes(&p), ["XL-C-001"]);
    p.paste("\u{1b}[2J");
    assert_eq!(p.query().text(), "xl-c");
}

#[test]
fn the_query_typed_on_the_field_starts_the_filter() {
    let s = seed();
    let p = Picker::open(
        &s.store,
        &PickerRequest {
            field: "household",
            source: PickerSource::Household,
            query: "XL".into(),
        },
    )
    .unwrap();
    assert_eq!(codes(&p), ["XL-02"]);
}

#[test]
fn a_service_form_offers_only_cows_that_can_be_served() {
    let s = seed();
    let mut f = kumban::forms::Form::record_service(&s.store, &settings(), None).unwrap();
    let p = open_picker(&mut f, &s.store, "cow");
    assert_eq!(codes(&p), ["BS-C-001", "XL-C-001"]);
    // After a service, that cow is no longer offered.
    pick(&mut f, &s.store, "cow", "xl");
    save(&mut f, &s.store).unwrap();
    let p = open(&s, PickerSource::Cow { ignoring: None });
    assert_eq!(codes(&p), ["BS-C-001"]);
}
