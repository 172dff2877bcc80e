//! What each rule the store enforces still lets through (the refusals
//! themselves are the table in store_refusals.rs); calving, undo,
//! history, ids and reopening.

mod support;

use kumban::model::*;
use kumban::store::{Store, StoreError};
use support::store::*;

#[test]
fn a_refused_field_is_named_beside_the_form() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let err = store.update(v.b.hh, household("BS-01")).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert_eq!(err.problems()[0].field, "code");
}

#[test]
fn saving_a_record_again_under_its_own_code_or_label_is_no_clash() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let mut renamed = household("BS-01");
    renamed.members = 7;
    store.update(v.a.hh, renamed).unwrap();
    // Another household may use the same pen label.
    store.insert(pen(v.b.hh, "Pen B")).unwrap();
    store.insert(pen(v.a.hh, "Pen B")).unwrap();
    let bull = store.fetch::<Animal>(v.a.bull).unwrap().record;
    store.update(v.a.bull, bull).unwrap();
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
fn an_animal_moves_household_with_a_pen_of_the_new_one() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let mut sold_on = store.fetch::<Animal>(v.a.cow).unwrap().record;
    sold_on.household = v.b.hh;
    sold_on.pen = Some(v.b.pen);
    store.update(v.a.cow, sold_on).unwrap();
    assert_eq!(store.animals_in_pen(v.b.pen).unwrap().len(), 3);
    assert_sound(&store);
}

#[test]
fn a_cow_may_be_served_again_once_the_outcome_is_recorded() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let first = store.insert(pregnancy(h.cow, day(2025, 3, 1))).unwrap();
    // Saving the pending one again is not a second one.
    let mut same = store.fetch::<Pregnancy>(first).unwrap().record;
    same.confirmed_on = Some(day(2025, 5, 1));
    store.update(first, same.clone()).unwrap();
    same.outcome = Outcome::Lost {
        on: day(2025, 9, 1),
        reason: "aborted".into(),
    };
    store.update(first, same).unwrap();
    let second = store.insert(pregnancy(h.cow, day(2026, 3, 1))).unwrap();
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
fn a_closed_pregnancy_of_a_sold_cow_is_history_and_may_be_recorded() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let mut sold = store.fetch::<Animal>(h.cow).unwrap().record;
    sold.status = AnimalStatus::Sold {
        on: day(2026, 2, 1),
        price: Money::from_major(480, Currency::Usd),
    };
    store.update(h.cow, sold).unwrap();
    let mut old = pregnancy(h.cow, day(2025, 1, 1));
    old.outcome = Outcome::Lost {
        on: day(2025, 6, 1),
        reason: "aborted".into(),
    };
    store.insert(old).unwrap();
    assert_sound(&store);
}

#[test]
fn a_cow_may_die_once_its_pregnancy_is_closed() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let p = store.insert(pregnancy(h.cow, day(2026, 3, 1))).unwrap();
    let mut lost = store.fetch::<Pregnancy>(p).unwrap().record;
    lost.outcome = Outcome::Lost {
        on: day(2026, 6, 1),
        reason: "the cow died".into(),
    };
    store.update(p, lost).unwrap();
    let mut died = store.fetch::<Animal>(h.cow).unwrap().record;
    died.status = AnimalStatus::Died {
        on: day(2026, 6, 1),
        cause: "ໄຂ້ (fever)".into(),
    };
    store.update(h.cow, died).unwrap();
    assert_sound(&store);
}

#[test]
fn what_nothing_points_to_can_be_deleted() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let empty = store.insert(pen(h.hh, "Pen B")).unwrap();
    store.delete::<Pen>(empty).unwrap();
    assert!(store.get::<Pen>(empty).unwrap().is_none());
    store.delete::<Animal>(h.bull).unwrap();
    assert!(store.get::<Animal>(h.bull).unwrap().is_none());
    assert_sound(&store);
}

#[test]
fn a_calving_without_a_calf_changes_only_the_outcome() {
    let db = TempDb::new();
    let store = db.open();
    let h = herd(&store, "BS-01");
    let p = store.insert(pregnancy(h.cow, day(2026, 1, 1))).unwrap();
    assert_eq!(
        store.record_calving(p, day(2026, 10, 11), None).unwrap(),
        None
    );
    assert!(!store.fetch::<Pregnancy>(p).unwrap().record.is_pending());
    assert_eq!(store.count(RecordKind::Animal), 2);
    assert_sound(&store);
}

#[test]
fn undoing_an_update_then_the_creation() {
    let db = TempDb::new();
    let store = db.open();
    let hh = store.insert(household("BS-01")).unwrap();
    let created = store.last_txn().unwrap().unwrap();
    let mut h = household("BS-01");
    h.members = 9;
    store.update(hh, h).unwrap();
    store.undo(store.last_txn().unwrap().unwrap()).unwrap();
    assert_eq!(store.fetch::<Household>(hh).unwrap().record.members, 5);
    store.undo(created).unwrap();
    assert!(store.is_empty());
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
fn rates_keep_history_undo_and_may_change_base_once_alone() {
    let db = TempDb::new();
    let store = db.open();
    let rate = |on: Date, currency, value: &str, base| ExchangeRate {
        date: on,
        currency,
        value: RateValue::parse(value).unwrap(),
        base,
        source: String::new(),
    };
    let lak = store
        .insert(rate(
            day(2026, 3, 1),
            Currency::Lak,
            "0.0000461",
            Currency::Usd,
        ))
        .unwrap();
    // Saving a rate again on its own day is no clash; another currency
    // may have a rate on the same day.
    let mut edited = store.fetch::<ExchangeRate>(lak).unwrap().record;
    edited.value = RateValue::parse("0.000047").unwrap();
    store.update(lak, edited).unwrap();
    let thb = store
        .insert(rate(day(2026, 3, 1), Currency::Thb, "0.03", Currency::Usd))
        .unwrap();
    // The edit is in history and undone like any other.
    let change = store
        .history()
        .filter_map(|c| c.ok())
        .find(|c| c.kind == RecordKind::ExchangeRate && c.before.is_some())
        .unwrap();
    store.undo(change.txn).unwrap();
    assert_eq!(
        store
            .fetch::<ExchangeRate>(lak)
            .unwrap()
            .record
            .value
            .to_string(),
        "0.0000461"
    );
    // With the other rates gone, the base may change.
    store.delete::<ExchangeRate>(thb).unwrap();
    store
        .update(
            lak,
            rate(day(2026, 3, 1), Currency::Lak, "0.0003", Currency::Cny),
        )
        .unwrap();
    assert_eq!(store.count(RecordKind::ExchangeRate), 1);
    assert_sound(&store);
}

/// A database written by a kumban of schema 1 (no rate trees) opens,
/// is brought to schema 2 and keeps its records; rates can then be kept.
/// The database is written and read by kumban processes: sled's lock is
/// the process's.
#[test]
fn a_schema_1_database_is_migrated_to_2_on_open() {
    use support::shared::{kumban_alone, stderr, stdout};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban_alone(&db, &["demo"]).status.success());
    {
        let raw = sled::open(&db).unwrap();
        raw.drop_tree("rates").unwrap();
        raw.drop_tree("idx/rate/base-currency-date").unwrap();
        raw.open_tree("meta")
            .unwrap()
            .insert("schema", &1u32.to_be_bytes())
            .unwrap();
        raw.flush().unwrap();
    }
    let o = kumban_alone(&db, &["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = kumban_alone(&db, &["report", "--currency", "USD", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // The rates went with the schema-1 trees: nothing converts now.
    assert!(
        stdout(&o).contains(",not converted income LAK,"),
        "{}",
        stdout(&o)
    );
    let raw = sled::open(&db).unwrap();
    let schema = raw
        .open_tree("meta")
        .unwrap()
        .get("schema")
        .unwrap()
        .unwrap();
    // Schema 1 is brought through every later step (3 adds weights).
    assert_eq!(schema.as_ref(), 3u32.to_be_bytes());
}
