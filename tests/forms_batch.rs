//! Batch entry of a project day: the distribution form writes N animals
//! in one save whose undo takes them all back, and refuses a bad count, a
//! first tag without a number or a tag already used beside its field,
//! writing nothing.

mod support;

use kumban::forms::{Form, FormOutcome};
use kumban::model::*;
use support::forms::*;

fn distribution(s: &Seed) -> Form {
    let mut f = Form::record_distribution(&s.store, &settings(), Some(s.bs07)).unwrap();
    assert_eq!(value(&f, "household"), "BS-07 ນາງ ຄຳແພງ ສີສຸວັນ");
    assert_eq!(value(&f, "origin_on"), "2026-11-28", "distributed today");
    fill(&mut f, "breed", "Lao native");
    fill(&mut f, "born_on", "2024-03-01");
    f
}

fn refused(f: &mut Form) -> Vec<(&'static str, String)> {
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue, "saved?");
    f.errors()
        .into_iter()
        .map(|(n, m)| (n, m.to_string()))
        .collect()
}

#[test]
fn ten_animals_in_one_save_and_one_undo() {
    let s = seed();
    let before = s.store.animals_of(s.bs07).unwrap().len();
    let mut f = distribution(&s);
    fill(&mut f, "ear_tag", "BS-C-101");
    fill(&mut f, "count", "10");
    pick(&mut f, &s.store, "pen", "Pen B");
    let saved = save(&mut f, &s.store).unwrap();
    assert_eq!(saved.message, "saved 10 animals BS-C-101…BS-C-110");
    assert_eq!(saved.kind, RecordKind::Animal);
    let mine = s.store.animals_of(s.bs07).unwrap();
    assert_eq!(mine.len(), before + 10);
    let last = s.store.animal_by_tag("BS-C-110").unwrap().unwrap().record;
    assert_eq!(last.pen, Some(s.pen_b));
    assert_eq!(
        last.origin,
        Origin::Distributed {
            on: d("2026-11-28")
        }
    );
    assert_eq!(last.born_on, d("2024-03-01"));
    s.store.undo(saved.txn.unwrap()).unwrap();
    assert_eq!(s.store.animals_of(s.bs07).unwrap().len(), before);
}

#[test]
fn one_animal_is_said_in_the_singular() {
    let s = seed();
    let mut f = distribution(&s);
    fill(&mut f, "ear_tag", "BS-C-200");
    fill(&mut f, "count", "1");
    assert_eq!(
        save(&mut f, &s.store).unwrap().message,
        "saved 1 animal BS-C-200"
    );
}

#[test]
fn a_bad_count_or_first_tag_is_refused_beside_its_field() {
    let s = seed();
    let mut f = distribution(&s);
    fill(&mut f, "ear_tag", "BS-C-101");
    for count in ["0", "501"] {
        fill(&mut f, "count", count);
        assert_eq!(
            refused(&mut f),
            vec![("count", "the count must be between 1 and 500".to_string())],
            "{count}"
        );
    }
    fill(&mut f, "count", "5");
    fill(&mut f, "ear_tag", "BS-C-");
    assert_eq!(
        refused(&mut f),
        vec![(
            "ear_tag",
            "the first ear tag BS-C- must end in a number to count up from, such as BS-101"
                .to_string()
        )]
    );
}

#[test]
fn a_tag_already_used_writes_nothing_and_is_named() {
    let s = seed();
    let before = s.store.count(RecordKind::Animal);
    let mut f = distribution(&s);
    // BS-C-000 … BS-C-003: BS-C-001 is the open cow's.
    fill(&mut f, "ear_tag", "BS-C-000");
    fill(&mut f, "count", "4");
    assert!(save(&mut f, &s.store).is_err());
    assert_eq!(
        f.error("ear_tag"),
        Some("ear tag BS-C-001 is already used by another animal")
    );
    assert_eq!(s.store.count(RecordKind::Animal), before, "nothing written");
    assert!(s.store.animal_by_tag("BS-C-000").unwrap().is_none());
}

#[test]
fn a_suggestion_is_replaced_by_typing_or_pasting_and_edited_by_moving() {
    use kumban::forms::line_edit::LineEdit;
    let mut typed = LineEdit::suggestion("BS-023");
    assert!(typed.is_suggestion());
    typed.insert('X').unwrap();
    assert_eq!(typed.text(), "X");
    typed.insert('Y').unwrap();
    assert_eq!(typed.text(), "XY", "only the first key replaces");
    let mut pasted = LineEdit::suggestion("BS-023");
    pasted.paste("XL-01").unwrap();
    assert_eq!(pasted.text(), "XL-01");
    let mut edited = LineEdit::suggestion("BS-023");
    edited.backspace();
    edited.insert('9').unwrap();
    assert_eq!(edited.text(), "BS-029");
    assert!(!LineEdit::suggestion("").is_suggestion());
}

#[test]
fn a_new_animal_suggests_the_tag_after_the_last_one_entered() {
    let s = seed();
    // The last animal entered is XL-C-001.
    let f = Form::new_animal(&s.store, &settings(), None).unwrap();
    assert_eq!(value(&f, "ear_tag"), "XL-C-002");
    s.store.insert(cow("XL-C-002", s.xl02, None)).unwrap();
    s.store.insert(cow("XL-C-004", s.xl02, None)).unwrap();
    s.store.insert(cow("XL-C-003", s.xl02, None)).unwrap();
    // After XL-C-003 the next free one is XL-C-005 (XL-C-004 is taken).
    let f = Form::new_animal(&s.store, &settings(), None).unwrap();
    assert_eq!(value(&f, "ear_tag"), "XL-C-005");
    let f = Form::new_household(&s.store, &settings()).unwrap();
    assert_eq!(value(&f, "code"), "XL-03");
}
