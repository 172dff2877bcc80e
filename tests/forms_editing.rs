//! Keys in a form: every field kind, Lao and Chinese text, paste, moving
//! between fields, saving and cancelling.

mod support;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use kumban::forms::{FieldKind, Form, FormOutcome, PickerSource, Submission};
use kumban::model::*;
use support::forms::*;

fn new_household(s: &Seed) -> Form {
    Form::new_household(&s.store, &settings()).unwrap()
}

#[test]
fn lao_name_typed_char_by_char_edits_by_cluster() {
    let s = seed();
    let mut f = new_household(&s);
    fill(&mut f, "head_name", "ນາງ ຄຳແພງ");
    assert_eq!(value(&f, "head_name"), "ນາງ ຄຳແພງ");
    let editor = f.field("head_name").unwrap().editor().unwrap();
    // ນາງ(3) + space + ຄຳ(2 columns: ຳ is a spacing mark) + ແພງ(3).
    assert_eq!(editor.cursor_width(), 9);

    // Backspace takes the last cluster, ງ.
    f.handle_key(key(KeyCode::Backspace));
    assert_eq!(value(&f, "head_name"), "ນາງ ຄຳແພ");
    // Three ← land before ຄຳ; one more Backspace removes the space.
    for _ in 0..2 {
        f.handle_key(key(KeyCode::Left));
    }
    f.handle_key(key(KeyCode::Left));
    f.handle_key(key(KeyCode::Backspace));
    assert_eq!(value(&f, "head_name"), "ນາງຄຳແພ");
    // Delete removes ຄຳ as one cluster, never leaving a bare ຳ.
    f.handle_key(key(KeyCode::Delete));
    assert_eq!(value(&f, "head_name"), "ນາງແພ");
    // A vowel mark typed after a consonant joins it: ສ + ີ is one step.
    f.handle_key(key(KeyCode::End));
    type_str(&mut f, "ສີ");
    f.handle_key(key(KeyCode::Left));
    f.handle_key(key(KeyCode::Backspace));
    assert_eq!(value(&f, "head_name"), "ນາງແສີ");
    f.handle_key(key(KeyCode::Home));
    f.handle_key(key(KeyCode::Delete));
    assert_eq!(value(&f, "head_name"), "າງແສີ");
}

#[test]
fn chinese_is_edited_a_character_at_a_time_two_columns_each() {
    let s = seed();
    let mut f = new_household(&s);
    fill(&mut f, "head_name", "范锡宁");
    let e = f.field("head_name").unwrap().editor().unwrap();
    assert_eq!(e.cursor_width(), 6);
    f.handle_key(key(KeyCode::Left));
    type_str(&mut f, "x");
    assert_eq!(value(&f, "head_name"), "范锡x宁");
    assert_eq!(
        f.field("head_name")
            .unwrap()
            .editor()
            .unwrap()
            .cursor_width(),
        5
    );
    f.handle_key(key(KeyCode::Backspace));
    f.handle_key(key(KeyCode::Backspace));
    assert_eq!(value(&f, "head_name"), "范宁");
}

#[test]
fn control_characters_are_refused_beside_the_field() {
    let s = seed();
    let mut f = new_household(&s);
    fill(&mut f, "head_name", "Kham");
    f.handle_key(key(KeyCode::Char('\u{1b}')));
    assert_eq!(value(&f, "head_name"), "Kham");
    assert_eq!(
        f.error("head_name"),
        Some("U+001B is a control character and cannot be typed here")
    );
    f.paste("Bou\u{202E}nmy");
    assert_eq!(value(&f, "head_name"), "Kham");
    assert_eq!(
        f.error("head_name"),
        Some("the pasted text holds a control character (U+202E); nothing was pasted")
    );
    // Typing again clears the mark.
    type_str(&mut f, "a");
    assert_eq!(f.error("head_name"), None);
}

#[test]
fn a_pasted_newline_never_saves() {
    let s = seed();
    let mut f = new_household(&s);
    f.focus_field("notes");
    // Notes is the last field: Enter there would save.
    let out = f.paste("first line\nsecond line\n");
    assert_eq!(out, FormOutcome::Continue);
    assert_eq!(value(&f, "notes"), "first line");
    assert_eq!(
        f.message(),
        Some("only the first line was pasted; a field holds one line")
    );
}

#[test]
fn text_editing_keys() {
    let s = seed();
    let mut f = new_household(&s);
    fill(&mut f, "code", "S-07");
    f.handle_key(key(KeyCode::Home));
    type_str(&mut f, "B");
    f.handle_key(key(KeyCode::End));
    type_str(&mut f, "x");
    assert_eq!(value(&f, "code"), "BS-07x");
    f.handle_key(key(KeyCode::Left));
    f.handle_key(key(KeyCode::Delete));
    f.handle_key(key(KeyCode::Right));
    assert_eq!(value(&f, "code"), "BS-07");
    f.handle_key(ctrl('a'));
    f.handle_key(key(KeyCode::Delete));
    assert_eq!(value(&f, "code"), "S-07");
    f.handle_key(ctrl('u'));
    assert_eq!(value(&f, "code"), "");
    // Alt and Ctrl chords do not type.
    f.handle_key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT));
    assert_eq!(value(&f, "code"), "");
    // Key releases (kitty protocol) are ignored.
    let mut release = key(KeyCode::Char('z'));
    release.kind = KeyEventKind::Release;
    f.handle_key(release);
    assert_eq!(value(&f, "code"), "");
}

#[test]
fn choice_cycles_with_arrows_space_and_letters() {
    let s = seed();
    let mut f = new_household(&s);
    f.focus_field("poverty");
    assert_eq!(value(&f, "poverty"), "poor");
    f.handle_key(key(KeyCode::Right));
    assert_eq!(value(&f, "poverty"), "near-poor");
    f.handle_key(key(KeyCode::Char(' ')));
    assert_eq!(value(&f, "poverty"), "not poor");
    f.handle_key(key(KeyCode::Right));
    assert_eq!(value(&f, "poverty"), "exited");
    f.handle_key(key(KeyCode::Right));
    assert_eq!(value(&f, "poverty"), "poor", "wraps around");
    f.handle_key(key(KeyCode::Left));
    assert_eq!(value(&f, "poverty"), "exited");
    f.handle_key(key(KeyCode::Char('n')));
    assert_eq!(value(&f, "poverty"), "near-poor");
    f.handle_key(key(KeyCode::Char('n')));
    assert_eq!(value(&f, "poverty"), "not poor");
}

#[test]
fn a_choice_shows_and_hides_the_fields_it_governs() {
    let s = seed();
    let mut f = new_household(&s);
    assert!(!f.field("exited_on").unwrap().visible);
    f.focus_field("poverty");
    f.handle_key(key(KeyCode::Left));
    assert_eq!(value(&f, "poverty"), "exited");
    assert!(f.field("exited_on").unwrap().visible);
    // Tab goes to the now visible date.
    f.handle_key(key(KeyCode::Tab));
    assert_eq!(f.focused().unwrap().name, "exited_on");
}

#[test]
fn yes_no_toggles() {
    let s = seed();
    let mut f = new_household(&s);
    f.focus_field("demonstration");
    assert_eq!(value(&f, "demonstration"), "no");
    f.handle_key(key(KeyCode::Char(' ')));
    assert_eq!(value(&f, "demonstration"), "yes");
    f.handle_key(key(KeyCode::Right));
    assert_eq!(value(&f, "demonstration"), "no");
    f.handle_key(key(KeyCode::Char('y')));
    assert_eq!(value(&f, "demonstration"), "yes");
    f.handle_key(key(KeyCode::Char('n')));
    assert_eq!(value(&f, "demonstration"), "no");
}

#[test]
fn multi_choice_ticks_and_takes_a_new_group() {
    let s = seed();
    let mut f = new_household(&s);
    f.focus_field("groups");
    assert_eq!(value(&f, "groups"), "");
    f.handle_key(key(KeyCode::Char(' ')));
    f.handle_key(key(KeyCode::Right));
    f.handle_key(key(KeyCode::Right));
    f.handle_key(key(KeyCode::Char(' ')));
    assert_eq!(value(&f, "groups"), "cattle, weaving");
    // A new group is typed and added with Enter (which does not leave).
    type_str(&mut f, "Rice-Seed");
    assert_eq!(f.handle_key(key(KeyCode::Enter)), FormOutcome::Continue);
    assert_eq!(f.focused().unwrap().name, "groups");
    assert_eq!(value(&f, "groups"), "cattle, weaving, rice-seed");
    // A bad name is refused beside the field and kept for fixing.
    type_str(&mut f, "ທໍຜ້າ");
    f.handle_key(key(KeyCode::Enter));
    assert!(
        f.error("groups").unwrap().contains("is not a group name"),
        "{:?}",
        f.error("groups")
    );
    if let FieldKind::Multi { new, .. } = &f.field("groups").unwrap().kind {
        assert_eq!(new.text(), "ທໍຜ້າ");
    }
    // Space ticks again once the new text is gone.
    f.handle_key(ctrl('u'));
    for _ in 0..5 {
        f.handle_key(key(KeyCode::Backspace));
    }
    f.handle_key(key(KeyCode::Left));
    f.handle_key(key(KeyCode::Char(' ')));
    assert_eq!(value(&f, "groups"), "cattle, rice-seed");
}

#[test]
fn reference_opens_its_picker_and_typing_starts_the_filter() {
    let s = seed();
    let mut f = Form::new_pen(&s.store, &settings(), None).unwrap();
    f.focus_field("household");
    match f.handle_key(key(KeyCode::Char('x'))) {
        FormOutcome::OpenPicker(req) => {
            assert_eq!(req.field, "household");
            assert_eq!(req.source, PickerSource::Household);
            assert_eq!(req.query, "x");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        f.handle_key(key(KeyCode::Char(' '))),
        FormOutcome::OpenPicker(_)
    ));
    assert!(matches!(
        f.handle_key(key(KeyCode::Enter)),
        FormOutcome::OpenPicker(_)
    ));
    f.set_reference("household", s.bs07.0, "BS-07 ນາງ ຄຳແພງ ສີສຸວັນ");
    assert_eq!(value(&f, "household"), "BS-07 ນາງ ຄຳແພງ ສີສຸວັນ");
    // Once filled, Enter moves on and Space picks again.
    assert_eq!(f.handle_key(key(KeyCode::Enter)), FormOutcome::Continue);
    assert_eq!(f.focused().unwrap().name, "label");
    f.handle_key(shift_tab());
    assert!(matches!(
        f.handle_key(key(KeyCode::Char(' '))),
        FormOutcome::OpenPicker(_)
    ));
    // A required reference is not cleared by Delete.
    f.handle_key(key(KeyCode::Delete));
    assert_eq!(value(&f, "household"), "BS-07 ນາງ ຄຳແພງ ສີສຸວັນ");
}

#[test]
fn a_dependent_picker_needs_its_household_first_and_follows_it() {
    let s = seed();
    let mut f = Form::new_animal(&s.store, &settings(), None).unwrap();
    f.focus_field("pen");
    assert_eq!(f.handle_key(key(KeyCode::Enter)), FormOutcome::Continue);
    assert_eq!(f.error("pen"), Some("choose the owner household first"));
    f.set_reference("household", s.bs07.0, "BS-07");
    f.focus_field("pen");
    match f.handle_key(key(KeyCode::Enter)) {
        FormOutcome::OpenPicker(req) => assert_eq!(req.source, PickerSource::PenOf(s.bs07)),
        other => panic!("{other:?}"),
    }
    f.set_reference("pen", s.pen_a.0, "Pen A");
    // An optional reference clears with Delete.
    f.handle_key(key(KeyCode::Delete));
    assert_eq!(value(&f, "pen"), "");
    f.set_reference("pen", s.pen_a.0, "Pen A");
    // Another owner: the pen of the old one goes.
    f.set_reference("household", s.xl02.0, "XL-02");
    assert_eq!(value(&f, "pen"), "");
}

#[test]
fn tab_and_shift_tab_skip_hidden_fields_and_wrap() {
    let s = seed();
    let mut f = Form::new_pen(&s.store, &settings(), Some(s.bs07)).unwrap();
    let mut seen = vec![f.focused().unwrap().name];
    for _ in 0..5 {
        f.handle_key(key(KeyCode::Tab));
        seen.push(f.focused().unwrap().name);
    }
    assert_eq!(
        seen,
        [
            "household",
            "label",
            "capacity",
            "status",
            "notes",
            "household"
        ]
    );
    f.handle_key(shift_tab());
    assert_eq!(f.focused().unwrap().name, "notes");
    f.handle_key(key(KeyCode::Up));
    assert_eq!(f.focused().unwrap().name, "status");
    f.handle_key(key(KeyCode::Down));
    assert_eq!(f.focused().unwrap().name, "notes");
}

#[test]
fn enter_moves_on_and_saves_on_the_last_field() {
    let s = seed();
    let mut f = Form::new_pen(&s.store, &settings(), Some(s.bs07)).unwrap();
    f.focus_field("label");
    type_str(&mut f, "Pen C");
    f.handle_key(key(KeyCode::Enter));
    assert_eq!(f.focused().unwrap().name, "capacity");
    type_str(&mut f, "3");
    f.handle_key(key(KeyCode::Enter));
    f.handle_key(key(KeyCode::Enter));
    assert_eq!(f.focused().unwrap().name, "notes");
    match f.handle_key(key(KeyCode::Enter)) {
        FormOutcome::Save(Submission::Insert(AnyRecord::Pen(p))) => {
            assert_eq!(p.label, "Pen C");
            assert_eq!(p.capacity, 3);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn esc_cancels_at_once_unless_something_was_typed() {
    let s = seed();
    let mut f = new_household(&s);
    assert_eq!(f.handle_key(key(KeyCode::Esc)), FormOutcome::Cancel);
    // Moving around is not editing.
    f.handle_key(key(KeyCode::Tab));
    f.handle_key(key(KeyCode::Left));
    assert_eq!(f.handle_key(key(KeyCode::Esc)), FormOutcome::Cancel);
    type_str(&mut f, "x");
    assert_eq!(f.handle_key(key(KeyCode::Esc)), FormOutcome::ConfirmDiscard);
    assert!(f.is_dirty());
}

#[test]
fn number_date_and_money_fields_keep_what_was_typed_and_say_what_is_wrong() {
    let s = seed();
    let mut f = new_household(&s);
    fill(&mut f, "code", "BS-30");
    fill(&mut f, "head_name", "Bounmy");
    fill(&mut f, "village", "Bansuo");
    fill(&mut f, "members", "5x");
    fill(&mut f, "baseline_income", "1,20,000 LAK");
    fill(&mut f, "enrolled_on", "2026-02-30");
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(
        f.errors(),
        vec![
            (
                "members",
                "\"5x\" is not a whole number; write digits only, such as 5"
            ),
            (
                "baseline_income",
                "\"1,20,000\" is not an amount; write digits such as 1,200,000 or 800.50"
            ),
            (
                "enrolled_on",
                "\"2026-02-30\" is not a date; write it as 2026-03-15 or 15/03/2026 (day first), or the word today"
            ),
        ]
    );
    assert_eq!(f.message(), Some("not saved: 3 problems to fix"));
    assert_eq!(f.focused().unwrap().name, "members", "focus on the first");
    assert_eq!(value(&f, "members"), "5x");
    assert_eq!(value(&f, "baseline_income"), "1,20,000 LAK");
    // Fixing a field and leaving it clears its mark at once.
    fill(&mut f, "members", "5");
    f.handle_key(key(KeyCode::Tab));
    assert_eq!(f.error("members"), None);
    assert!(f.error("enrolled_on").is_some());
    // "today" and an empty optional money are fine.
    fill(&mut f, "enrolled_on", "today");
    fill(&mut f, "baseline_income", "");
    match submission(&mut f) {
        Submission::Insert(AnyRecord::Household(h)) => {
            assert_eq!(h.enrolled_on, today());
            assert_eq!(h.baseline_income, None);
            assert_eq!(h.members, 5);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn money_uses_the_form_default_currency() {
    let s = seed();
    let mut lak = settings();
    lak.currency = Currency::Lak;
    let mut f = Form::new_income(&s.store, &lak, Some(s.bs07)).unwrap();
    fill(&mut f, "amount", "1,200,000");
    match submission(&mut f) {
        Submission::Insert(AnyRecord::Income(l)) => {
            assert_eq!(l.amount, Money::new(120_000_000, Currency::Lak))
        }
        other => panic!("{other:?}"),
    }
    fill(&mut f, "amount", "800.50 USD");
    match submission(&mut f) {
        Submission::Insert(AnyRecord::Income(l)) => {
            assert_eq!(l.amount, Money::new(80_050, Currency::Usd))
        }
        other => panic!("{other:?}"),
    }
}
