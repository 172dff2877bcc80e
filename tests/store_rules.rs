//! Each rule the store enforces across records, with the message a clerk
//! sees; calving, undo, history, ids and reopening.

mod store_support;

use kumban::model::*;
use kumban::store::{Store, StoreError};
use store_support::*;

/// The refusal's full message, after asserting that it is a refusal.
fn refusal<T: std::fmt::Debug>(r: Result<T, StoreError>) -> String {
    match r {
        Err(e @ (StoreError::Refused { .. } | StoreError::Referenced { .. })) => e.to_string(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A household with one pen, a cow and a bull in it.
struct Herd {
    hh: HouseholdId,
    pen: PenId,
    cow: AnimalId,
    bull: AnimalId,
}

fn herd(store: &Store, code: &str) -> Herd {
    let hh = store.insert(household(code)).unwrap();
    let pen = store.insert(pen(hh, "Pen A")).unwrap();
    let cow = store
        .insert(cow(&format!("{code}-C1"), hh, Some(pen)))
        .unwrap();
    let bull = store
        .insert(bull(&format!("{code}-B1"), hh, Some(pen)))
        .unwrap();
    Herd { hh, pen, cow, bull }
}

#[test]
fn duplicate_household_code_is_refused_on_insert_and_update() {
    let db = TempDb::new();
    let store = db.open();
    let first = store.insert(household("BS-07")).unwrap();
    let msg = refusal(store.insert(household("BS-07")));
    assert_eq!(
        msg,
        "the household was not saved: code: household code BS-07 is already used; choose another"
    );
    let second = store.insert(household("BS-08")).unwrap();
    let err = store.update(second, household("BS-07")).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert_eq!(err.problems()[0].field, "code");
    // Saving a household again under its own code is not a clash.
    let mut renamed = household("BS-07");
    renamed.members = 7;
    store.update(first, renamed).unwrap();
    assert_eq!(store.count(RecordKind::Household), 2);
    assert_sound(&store);
}

#[test]
fn a_freed_code_can_be_taken() {
    let db = TempDb::new();
    let store = db.open();
    let a = store.insert(household("BS-01")).unwrap();
    let b = store.insert(household("BS-02")).unwrap();
    store.update(a, household("BS-09")).unwrap();
    store.update(b, household("BS-01")).unwrap();
    assert_eq!(store.household_by_code("BS-01").unwrap().unwrap().id, b.0);
    assert_eq!(store.household_by_code("BS-09").unwrap().unwrap().id, a.0);
    assert!(store.household_by_code("BS-02").unwrap().is_none());
    assert_sound(&store);
}

#[test]
fn duplicate_ear_tag_is_refused() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let msg = refusal(store.insert(cow("BS-01-C1", h.hh, None)));
    assert_eq!(
        msg,
        "the animal was not saved: ear_tag: ear tag BS-01-C1 is already used by another animal"
    );
    let mut renamed = store.fetch::<Animal>(h.bull).unwrap().record;
    renamed.ear_tag = "BS-01-C1".into();
    refusal(store.update(h.bull, renamed));
    assert_eq!(
        store.animal_by_tag("BS-01-B1").unwrap().unwrap().id,
        h.bull.0
    );
}

#[test]
fn an_animal_lives_in_a_pen_of_its_own_household() {
    let db = TempDb::new();
    let store = db.open();
    let a = herd(&store, "BS-01");
    let b = herd(&store, "BS-02");
    let msg = refusal(store.insert(cow("BS-01-C2", a.hh, Some(b.pen))));
    assert_eq!(
        msg,
        "the animal was not saved: pen: pen Pen A belongs to another household; pick a pen of the owner"
    );
    // Moving a pen to another household while animals of this one are in it.
    let mut moved = store.fetch::<Pen>(a.pen).unwrap().record;
    moved.household = b.hh;
    moved.label = "Pen M".into();
    let msg = refusal(store.update(a.pen, moved));
    assert!(
        msg.contains("in this pen belongs to another household; move it first"),
        "{msg}"
    );
    // Selling the cow to household b without moving it out of the pen.
    let mut sold_on = store.fetch::<Animal>(a.cow).unwrap().record;
    sold_on.household = b.hh;
    refusal(store.update(a.cow, sold_on.clone()));
    sold_on.pen = Some(b.pen);
    store.update(a.cow, sold_on).unwrap();
    assert_eq!(store.animals_in_pen(b.pen).unwrap().len(), 3);
    assert_sound(&store);
}

#[test]
fn dangling_references_are_refused() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    assert_eq!(
        refusal(store.insert(pen(HouseholdId(99), "Pen B"))),
        "the cattle pen was not saved: household: there is no household with id 99; pick one from the list"
    );
    assert_eq!(
        refusal(store.insert(cow("BS-01-C9", h.hh, Some(PenId(42))))),
        "the animal was not saved: pen: there is no pen with id 42; pick one from the list"
    );
    assert_eq!(
        refusal(store.insert(calf("BS-01-K1", AnimalId(77), h.hh))),
        "the animal was not saved: origin: there is no animal with id 77 to be the dam"
    );
    assert_eq!(
        refusal(store.insert(pregnancy(AnimalId(77), day(2026, 3, 1)))),
        "the pregnancy was not saved: cow: there is no animal with id 77; pick a cow from the list"
    );
    let mut log = income(h.hh, day(2026, 1, 5), 100);
    log.animal = Some(AnimalId(77));
    assert_eq!(
        refusal(store.insert(log)),
        "the income log was not saved: animal: there is no animal with id 77; pick one from the list"
    );
    assert_eq!(store.count(RecordKind::Pen), 1);
    assert_eq!(store.count(RecordKind::Animal), 2);
    assert_eq!(store.count(RecordKind::Pregnancy), 0);
    assert_eq!(store.count(RecordKind::Income), 0);
}

#[test]
fn the_dam_and_the_pregnant_cow_are_female() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    assert_eq!(
        refusal(store.insert(calf("BS-01-K1", h.bull, h.hh))),
        "the animal was not saved: origin: BS-01-B1 is not a female, so it cannot be the dam"
    );
    assert_eq!(
        refusal(store.insert(pregnancy(h.bull, day(2026, 3, 1)))),
        "the pregnancy was not saved: cow: BS-01-B1 is a male; a pregnancy needs a cow"
    );
    // An animal that is the next id cannot be its own dam.
    let next = AnimalId(h.bull.0 + 1);
    assert_eq!(
        refusal(store.insert(calf("BS-01-K1", next, h.hh))),
        "the animal was not saved: origin: an animal cannot be its own dam"
    );
    // A cow with a calf and a breeding record cannot become male.
    store.insert(calf("BS-01-K1", h.cow, h.hh)).unwrap();
    store.insert(pregnancy(h.cow, day(2026, 3, 1))).unwrap();
    let mut changed = store.fetch::<Animal>(h.cow).unwrap().record;
    changed.sex = Sex::Male;
    assert_eq!(
        refusal(store.update(h.cow, changed)),
        "the animal was not saved: sex: this animal has 1 calf and 1 breeding record as a cow, so it must stay female"
    );
    assert_sound(&store);
}

#[test]
fn one_pending_pregnancy_per_cow() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let first = store.insert(pregnancy(h.cow, day(2025, 3, 1))).unwrap();
    assert_eq!(
        refusal(store.insert(pregnancy(h.cow, day(2026, 3, 1)))),
        "the pregnancy was not saved: cow: BS-01-C1 already has a pending pregnancy; record its outcome first"
    );
    // Saving the pending one again is not a second one.
    let mut same = store.fetch::<Pregnancy>(first).unwrap().record;
    same.confirmed_on = Some(day(2025, 5, 1));
    store.update(first, same.clone()).unwrap();
    // Once its outcome is recorded, the cow may be served again.
    same.outcome = Outcome::Lost {
        on: day(2025, 9, 1),
        reason: "aborted".into(),
    };
    store.update(first, same.clone()).unwrap();
    let second = store.insert(pregnancy(h.cow, day(2026, 3, 1))).unwrap();
    // ...but the first cannot be reopened while the second is pending.
    same.outcome = Outcome::Pending;
    refusal(store.update(first, same));
    let history: Vec<_> = store
        .pregnancies_of(h.cow)
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(history, vec![first.0, second.0]);
    assert_sound(&store);
}

#[test]
fn only_an_active_cow_can_be_pending() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let mut sold = store.fetch::<Animal>(h.cow).unwrap().record;
    sold.status = AnimalStatus::Sold {
        on: day(2026, 2, 1),
        price: Money::from_major(480, Currency::Usd),
    };
    store.update(h.cow, sold).unwrap();
    assert_eq!(
        refusal(store.insert(pregnancy(h.cow, day(2026, 3, 1)))),
        "the pregnancy was not saved: cow: BS-01-C1 was sold; only an active cow can have a pending pregnancy"
    );
    // A closed pregnancy of a sold cow is history and may be recorded.
    let mut old = pregnancy(h.cow, day(2025, 1, 1));
    old.outcome = Outcome::Lost {
        on: day(2025, 6, 1),
        reason: "aborted".into(),
    };
    store.insert(old).unwrap();
    assert_sound(&store);
}

#[test]
fn a_cow_with_a_pending_pregnancy_stays_active_until_its_outcome_is_recorded() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let p = store.insert(pregnancy(h.cow, day(2026, 3, 1))).unwrap();
    let mut died = store.fetch::<Animal>(h.cow).unwrap().record;
    died.status = AnimalStatus::Died {
        on: day(2026, 6, 1),
        cause: "ໄຂ້ (fever)".into(),
    };
    let msg = refusal(store.update(h.cow, died.clone()));
    assert!(msg.contains("pending pregnancy"), "{msg}");
    assert_eq!(
        store.fetch::<Animal>(h.cow).unwrap().record.status,
        AnimalStatus::Active
    );
    let mut lost = store.fetch::<Pregnancy>(p).unwrap().record;
    lost.outcome = Outcome::Lost {
        on: day(2026, 6, 1),
        reason: "the cow died".into(),
    };
    store.update(p, lost).unwrap();
    store.update(h.cow, died).unwrap();
    assert_sound(&store);
}

#[test]
fn a_recorded_calf_keeps_its_dam() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let other = store.insert(cow("BS-01-C2", h.hh, None)).unwrap();
    let p = store.insert(pregnancy(h.cow, day(2026, 1, 1))).unwrap();
    let calf_id = store
        .record_calving(p, day(2026, 10, 11), Some(calf("BS-01-K1", h.cow, h.hh)))
        .unwrap()
        .unwrap();
    let mut changed = store.fetch::<Animal>(calf_id).unwrap().record;
    changed.origin = Origin::BornTo { dam: other };
    let msg = refusal(store.update(calf_id, changed));
    assert!(msg.contains("calving record"), "{msg}");
    assert_sound(&store);
}

#[test]
fn deleting_a_household_names_what_points_to_it() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    store.insert(pen(h.hh, "Pen B")).unwrap();
    for week in 0..3 {
        store
            .insert(income(
                h.hh,
                day(2026, 1, 5).plus_days(7 * week).unwrap(),
                500,
            ))
            .unwrap();
    }
    let msg = refusal(store.delete::<Household>(h.hh));
    assert_eq!(
        msg,
        "cannot delete household BS-01: 2 cattle pens, 2 animals, 3 income logs point to it; delete or change those first"
    );
    assert_eq!(store.count(RecordKind::Household), 1);
    let lone = store.insert(household("BS-02")).unwrap();
    store.insert(income(lone, day(2026, 1, 5), 500)).unwrap();
    assert_eq!(
        refusal(store.delete::<Household>(lone)),
        "cannot delete household BS-02: 1 income log point to it; delete or change those first"
    );
    assert_sound(&store);
}

#[test]
fn deleting_a_pen_with_animals_is_refused() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    assert_eq!(
        refusal(store.delete::<Pen>(h.pen)),
        "cannot delete pen Pen A: 2 animals in it point to it; delete or change those first"
    );
    let empty = store.insert(pen(h.hh, "Pen B")).unwrap();
    store.delete::<Pen>(empty).unwrap();
    assert!(store.get::<Pen>(empty).unwrap().is_none());
    assert_sound(&store);
}

#[test]
fn deleting_an_animal_names_its_pregnancies_calves_and_income() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let p = store.insert(pregnancy(h.cow, day(2026, 1, 1))).unwrap();
    let calf_id = store
        .record_calving(p, day(2026, 10, 11), Some(calf("BS-01-K1", h.cow, h.hh)))
        .unwrap()
        .unwrap();
    store.insert(calf("BS-01-K2", h.cow, h.hh)).unwrap();
    let mut sale = income(h.hh, day(2026, 2, 1), 480_000);
    sale.group = Group::cattle();
    sale.animal = Some(h.cow);
    store.insert(sale).unwrap();
    assert_eq!(
        refusal(store.delete::<Animal>(h.cow)),
        "cannot delete animal BS-01-C1: 1 breeding record, 2 calves, 1 income log point to it; delete or change those first"
    );
    assert_eq!(
        refusal(store.delete::<Animal>(calf_id)),
        "cannot delete animal BS-01-K1: 1 calving record point to it; delete or change those first"
    );
    store.delete::<Animal>(h.bull).unwrap();
    assert_sound(&store);
}

#[test]
fn missing_records_are_named() {
    let db = TempDb::new();
    let store = db.open();
    let err = store.delete::<Household>(HouseholdId(9)).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "no household with id 9; it may have been deleted"
    );
    let err = store
        .update(PenId(3), pen(HouseholdId(1), "x"))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "no cattle pen with id 3; it may have been deleted"
    );
    assert!(store.fetch::<Animal>(AnimalId(1)).is_err());
    assert!(store.get::<Animal>(AnimalId(1)).unwrap().is_none());
}

#[test]
fn calving_creates_the_calf_in_the_same_transaction() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let p = store.insert(pregnancy(h.cow, day(2026, 1, 1))).unwrap();
    let before_txn = store.last_txn().unwrap().unwrap();
    // The calf's origin is whatever the form said; the store sets the dam.
    let mut newborn = calf("BS-01-K1", h.bull, h.hh);
    newborn.origin = Origin::Bought {
        on: day(2026, 10, 11),
    };
    let calf_id = store
        .record_calving(p, day(2026, 10, 11), Some(newborn))
        .unwrap()
        .unwrap();

    let calf_rec = store.fetch::<Animal>(calf_id).unwrap().record;
    assert_eq!(calf_rec.origin, Origin::BornTo { dam: h.cow });
    assert_eq!(
        store.fetch::<Pregnancy>(p).unwrap().record.outcome,
        Outcome::Calved {
            on: day(2026, 10, 11),
            calf: Some(calf_id)
        }
    );
    assert_eq!(
        store
            .calves_of(h.cow)
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect::<Vec<_>>(),
        vec![calf_id.0]
    );

    let txn = store.last_txn().unwrap().unwrap();
    assert_eq!(txn, before_txn + 1);
    let changes = store.changes_of_txn(txn).unwrap();
    let kinds: Vec<_> = changes.iter().map(|c| (c.kind, c.id)).collect();
    assert_eq!(
        kinds,
        vec![
            (RecordKind::Animal, calf_id.0),
            (RecordKind::Pregnancy, p.0)
        ]
    );
    assert!(changes[0].before.is_none());
    assert!(matches!(&changes[1].before, Some(AnyRecord::Pregnancy(b)) if b.is_pending()));

    // A closed pregnancy cannot calve twice.
    let msg = refusal(store.record_calving(p, day(2026, 10, 12), None));
    assert_eq!(
        msg,
        "the pregnancy was not saved: outcome: this pregnancy is already closed (calved)"
    );
    assert_sound(&store);
}

#[test]
fn a_refused_calf_leaves_the_pregnancy_pending() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let p = store.insert(pregnancy(h.cow, day(2026, 1, 1))).unwrap();
    // The calf's tag is taken: nothing of the calving may be written.
    let msg =
        refusal(store.record_calving(p, day(2026, 10, 11), Some(calf("BS-01-B1", h.cow, h.hh))));
    assert!(msg.contains("already used"), "{msg}");
    assert!(store.fetch::<Pregnancy>(p).unwrap().record.is_pending());
    assert_eq!(store.count(RecordKind::Animal), 2);
    // The calving date cannot be before the service.
    refusal(store.record_calving(p, day(2025, 12, 1), None));
    assert!(store.fetch::<Pregnancy>(p).unwrap().record.is_pending());
    // Without a calf (stillborn, or recorded later) only the outcome changes.
    assert_eq!(
        store.record_calving(p, day(2026, 10, 11), None).unwrap(),
        None
    );
    assert_sound(&store);
}

#[test]
fn undoing_a_calving_removes_the_calf_and_reopens_the_pregnancy() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let p = store.insert(pregnancy(h.cow, day(2026, 1, 1))).unwrap();
    let calf_id = store
        .record_calving(p, day(2026, 10, 11), Some(calf("BS-01-K1", h.cow, h.hh)))
        .unwrap()
        .unwrap();
    let txn = store.last_txn().unwrap().unwrap();
    let undo_txn = store.undo(txn).unwrap();
    assert!(undo_txn > txn);
    assert!(store.get::<Animal>(calf_id).unwrap().is_none());
    assert!(store.calves_of(h.cow).unwrap().is_empty());
    assert!(store.fetch::<Pregnancy>(p).unwrap().record.is_pending());
    assert!(store.animal_by_tag("BS-01-K1").unwrap().is_none());
    let undo = store.changes_of_txn(undo_txn).unwrap();
    assert_eq!(undo.len(), 2);
    assert!(undo.iter().all(|c| c.undoes == Some(txn)));
    assert_sound(&store);

    // The calf's id stays spent: the next animal gets a fresh one.
    let next = store.insert(cow("BS-01-C2", h.hh, None)).unwrap();
    assert_eq!(next.0, calf_id.0 + 1);
    assert_eq!(
        store.undo(9_999).unwrap_err().to_string(),
        "there is no change 9999 to undo"
    );
}

#[test]
fn undo_is_refused_when_the_record_changed_since() {
    let db = TempDb::new();
    let store = db.open();
    let hh = store.insert(household("BS-01")).unwrap();
    let created = store.last_txn().unwrap().unwrap();
    let mut h = household("BS-01");
    h.members = 9;
    store.update(hh, h).unwrap();
    let msg = refusal(store.undo(created));
    assert!(msg.contains("was changed again since"), "{msg}");
    // Undo the update, then the creation.
    store.undo(store.last_txn().unwrap().unwrap()).unwrap();
    assert_eq!(store.fetch::<Household>(hh).unwrap().record.members, 5);
    store.undo(created).unwrap();
    assert!(store.is_empty());
    assert_sound(&store);
}

#[test]
fn history_records_who_before_and_after() {
    let db = TempDb::new();
    let store = db.open_as("somchai");
    let id = store.insert(household("BS-01")).unwrap();
    let created = store.fetch::<Household>(id).unwrap().audit;
    assert_eq!(created.created_by, "somchai");
    assert_eq!(created.updated_by, "somchai");
    drop(store);

    let store = db.open_as("范锡宁");
    let mut changed = household("BS-01");
    changed.poverty = Poverty::Exited {
        on: day(2025, 12, 31),
    };
    store.update(id, changed.clone()).unwrap();
    let audit = store.fetch::<Household>(id).unwrap().audit;
    assert_eq!(audit.created_by, "somchai");
    assert_eq!(audit.created_at, created.created_at);
    assert_eq!(audit.updated_by, "范锡宁");
    assert!(audit.updated_at >= created.created_at);
    store.delete::<Household>(id).unwrap();

    let history: Vec<_> = store.history().collect::<Result<_, _>>().unwrap();
    assert_eq!(history.len(), 3);
    let (del, upd, ins) = (&history[0], &history[1], &history[2]);
    assert!(del.seq > upd.seq && upd.seq > ins.seq, "newest first");
    assert!(del.txn > upd.txn && upd.txn > ins.txn);
    assert_eq!(
        (ins.by.as_str(), upd.by.as_str(), del.by.as_str()),
        ("somchai", "范锡宁", "范锡宁")
    );
    assert!(
        history
            .iter()
            .all(|c| c.kind == RecordKind::Household && c.id == id.0)
    );
    assert_eq!(ins.before, None);
    assert_eq!(ins.after, Some(AnyRecord::Household(household("BS-01"))));
    assert_eq!(upd.before, Some(AnyRecord::Household(household("BS-01"))));
    assert_eq!(upd.after, Some(AnyRecord::Household(changed.clone())));
    assert_eq!(del.before, Some(AnyRecord::Household(changed)));
    assert_eq!(del.after, None);
    assert!(history.iter().all(|c| c.undoes.is_none()));
    // A refused write leaves no trace in the history.
    refusal(store.insert(pen(id, "Pen A")));
    assert_eq!(store.history().count(), 3);
}

#[test]
fn ids_are_dense_per_kind_and_never_reused() {
    let db = TempDb::new();
    let store = db.open();
    let ids: Vec<u64> = ["BS-01", "BS-02", "BS-03"]
        .iter()
        .map(|c| store.insert(household(c)).unwrap().0)
        .collect();
    assert_eq!(ids, vec![1, 2, 3]);
    // Each kind counts on its own.
    assert_eq!(
        store.insert(pen(HouseholdId(1), "Pen A")).unwrap(),
        PenId(1)
    );
    // A refused insert spends no id.
    refusal(store.insert(household("BS-01")));
    store.delete::<Household>(HouseholdId(3)).unwrap();
    assert_eq!(store.insert(household("BS-04")).unwrap(), HouseholdId(4));
    store.delete::<Household>(HouseholdId(4)).unwrap();
    drop(store);

    let store = db.open();
    assert_eq!(store.insert(household("BS-05")).unwrap(), HouseholdId(5));
    assert_eq!(
        store.insert(pen(HouseholdId(1), "Pen B")).unwrap(),
        PenId(2)
    );
    let left: Vec<u64> = store.all::<Household>().map(|h| h.unwrap().id).collect();
    assert_eq!(left, vec![1, 2, 5]);
    assert_sound(&store);
}

#[test]
fn reopening_keeps_every_record_index_and_history() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let p = store.insert(pregnancy(h.cow, day(2026, 1, 1))).unwrap();
    store
        .record_calving(p, day(2026, 10, 11), Some(calf("BS-01-K1", h.cow, h.hh)))
        .unwrap();
    store.insert(pregnancy(h.cow, day(2026, 11, 1))).unwrap();
    for week in 0..10 {
        store
            .insert(income(
                h.hh,
                day(2025, 12, 1).plus_days(7 * week).unwrap(),
                1_000 + week as i64,
            ))
            .unwrap();
    }
    let snapshot = |s: &Store| {
        (
            s.all::<Household>().collect::<Result<Vec<_>, _>>().unwrap(),
            s.all::<Pen>().collect::<Result<Vec<_>, _>>().unwrap(),
            s.all::<Animal>().collect::<Result<Vec<_>, _>>().unwrap(),
            s.all::<Pregnancy>().collect::<Result<Vec<_>, _>>().unwrap(),
            s.all::<IncomeLog>().collect::<Result<Vec<_>, _>>().unwrap(),
            s.history().collect::<Result<Vec<_>, _>>().unwrap(),
            s.income_of_between(h.hh, day(2026, 1, 1), day(2026, 12, 31))
                .unwrap(),
            s.pregnancies_expected_between(day(2026, 1, 1), day(2027, 12, 31))
                .unwrap(),
        )
    };
    let before = snapshot(&store);
    assert_eq!(before.6.len(), 5, "January and February 2026");
    assert_eq!(before.7.len(), 2, "due 2026-10-11 (calved) and 2027-08-11");
    drop(store);
    let store = db.open();
    assert_eq!(snapshot(&store), before);
    assert_sound(&store);
}

#[test]
fn one_transaction_cannot_use_a_code_or_tag_twice() {
    let db = TempDb::new();
    let store = db.open();
    let msg = refusal(store.batch(|b| {
        b.insert(household("BS-07"))?;
        b.insert(household("BS-07"))?;
        Ok(())
    }));
    assert!(
        msg.contains("household code BS-07 is already used"),
        "{msg}"
    );
    let hh = store.insert(household("BS-01")).unwrap();
    let msg = refusal(store.batch(|b| {
        b.insert(cow("BS-C-1", hh, None))?;
        b.insert(cow("BS-C-1", hh, None))?;
        Ok(())
    }));
    assert!(msg.contains("ear tag BS-C-1 is already used"), "{msg}");
    assert_eq!(store.count(RecordKind::Animal), 0);
    assert_sound(&store);
}

#[test]
fn pen_labels_are_unique_within_a_household() {
    let db = TempDb::new();
    let store = db.open();
    let a = store.insert(household("BS-01")).unwrap();
    let b = store.insert(household("BS-02")).unwrap();
    store.insert(pen(a, "Pen A")).unwrap();
    // Another household may use the same label.
    store.insert(pen(b, "Pen A")).unwrap();
    let msg = refusal(store.insert(pen(a, "Pen A")));
    assert_eq!(
        msg,
        "the cattle pen was not saved: label: this household already has a pen called Pen A; choose another label"
    );
    assert_sound(&store);
}
