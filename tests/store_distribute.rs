//! A project day's distribution in the store (`Store::distribute`): N
//! animals in one transaction, each its own record in the history, one
//! undo taking them all back, and any refusal (a tag already used, a tag
//! twice, a count of 0 or over 500, a pen of another household) writing
//! nothing and naming the tag.

mod support;

use kumban::model::code_seq::run_from;
use kumban::model::*;
use kumban::store::Store;
use support::store::*;

fn tags(first: &str, n: u64) -> Vec<String> {
    run_from(first, n).unwrap()
}

/// Counts what a refused distribution must leave as it was.
fn trace(store: &Store) -> (usize, usize) {
    (store.count(RecordKind::Animal), store.history().count())
}

#[test]
fn ten_animals_are_one_transaction_each_its_own_record() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let template = cow("X", v.a.hh, Some(v.a.pen));
    let done = store.distribute(&template, &tags("BS-101", 10)).unwrap();
    assert_eq!(done.count, 10);
    let first = store.fetch::<Animal>(done.first).unwrap().record;
    assert_eq!(first.ear_tag, "BS-101");
    let last = store.animal_by_tag("BS-110").unwrap().unwrap();
    assert_eq!(last.record.household, v.a.hh);
    assert_eq!(last.record.pen, Some(v.a.pen));
    assert_eq!(last.record.breed, "Lao native");
    let changes: Vec<_> = store
        .history()
        .map(Result::unwrap)
        .filter(|c| c.txn == done.txn)
        .collect();
    assert_eq!(changes.len(), 10, "one history entry per animal");
    assert!(
        changes
            .iter()
            .all(|c| c.kind == RecordKind::Animal && c.before.is_none())
    );
    assert_sound(&store);
}

#[test]
fn one_undo_takes_every_animal_back() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let before = store.count(RecordKind::Animal);
    let done = store
        .distribute(&cow("X", v.b.hh, None), &tags("XL-C-08", 5))
        .unwrap();
    assert_eq!(store.count(RecordKind::Animal), before + 5);
    store.undo(done.txn).unwrap();
    assert_eq!(store.count(RecordKind::Animal), before);
    assert!(store.animal_by_tag("XL-C-08").unwrap().is_none());
    assert!(store.animal_by_tag("XL-C-12").unwrap().is_none());
    assert_sound(&store);
}

#[test]
fn a_tag_already_used_refuses_all_and_names_it() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    store.insert(cow("BS-105", v.b.hh, None)).unwrap();
    let was = trace(&store);
    let said = refusal(store.distribute(&cow("X", v.a.hh, None), &tags("BS-101", 10)));
    assert!(said.contains("BS-105"), "{said}");
    assert!(said.contains("already used"), "{said}");
    assert_eq!(trace(&store), was, "nothing written");
    assert!(store.animal_by_tag("BS-101").unwrap().is_none());
}

#[test]
fn a_tag_twice_and_bad_counts_are_refused_before_writing() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let was = trace(&store);
    let template = cow("X", v.a.hh, None);
    let twice: Vec<String> = ["BS-201", "BS-202", "BS-201"].map(String::from).to_vec();
    let said = refusal(store.distribute(&template, &twice));
    assert!(said.contains("ear tag BS-201 is given twice"), "{said}");
    let said = refusal(store.distribute(&template, &[]));
    assert!(said.contains("between 1 and 500"), "{said}");
    let many: Vec<String> = (0..501).map(|i| format!("BS-{i:04}")).collect();
    let said = refusal(store.distribute(&template, &many));
    assert!(said.contains("between 1 and 500"), "{said}");
    assert_eq!(trace(&store), was, "nothing written");
}

#[test]
fn a_pen_of_another_household_refuses_all() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let was = trace(&store);
    let said = refusal(store.distribute(&cow("X", v.a.hh, Some(v.b.pen)), &tags("BS-301", 3)));
    assert!(said.contains("pen"), "{said}");
    assert_eq!(trace(&store), was, "nothing written");
}
