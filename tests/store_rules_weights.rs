//! Weights in the store: the rules across records as a table (each refusal
//! with its message, leaving no trace), what the rules let through
//! (history, undo, an animal's weights in date order without a scan), and
//! a schema-2 database opening as schema 3. store_refusals.rs is near 500
//! lines, so weights have their own file.

mod support;

use kumban::model::*;
use kumban::store::{Store, StoreError};
use support::store::*;

fn weight(animal: AnimalId, date: Date, tenths: u32) -> Weight {
    Weight {
        animal,
        date,
        kg: Kg(tenths),
        method: WeighMethod::GirthTape,
        notes: String::new(),
    }
}

type Write<'s> = Box<dyn FnOnce() -> Result<(), StoreError> + 's>;

fn attempt<'s, T>(write: impl FnOnce() -> Result<T, StoreError> + 's) -> Write<'s> {
    Box::new(move || write().map(drop))
}

struct Refusal {
    case: &'static str,
    write: for<'s> fn(&'s Store, &'s Village) -> Write<'s>,
    says: &'static str,
}

const REFUSALS: &[Refusal] = &[
    Refusal {
        case: "a weight of no animal",
        write: |s, _| attempt(move || s.insert(weight(AnimalId(99), day(2026, 1, 1), 2500))),
        says: "the weight was not saved: animal: there is no animal with id 99; pick one from the list",
    },
    Refusal {
        case: "a weight of 0 kg",
        write: |s, v| attempt(move || s.insert(weight(v.a.cow, day(2026, 1, 1), 0))),
        says: "the weight was not saved: kg: a weight must be more than 0 kg",
    },
    Refusal {
        case: "a weight over 1,500 kg",
        write: |s, v| attempt(move || s.insert(weight(v.a.cow, day(2026, 1, 1), 15_001))),
        says: "the weight was not saved: kg: 1500.1 kg is over 1,500 kg, more than any cow weighs; check for an extra digit",
    },
    Refusal {
        case: "a weighing before the animal was born",
        write: |s, v| attempt(move || s.insert(weight(v.a.cow, day(2015, 4, 30), 250))),
        says: "the weight was not saved: date: 2015-04-30 is before BS-01-C1 was born (2015-05-01)",
    },
    Refusal {
        case: "a second weighing by the same method on one day",
        write: |s, v| {
            s.insert(weight(v.a.cow, day(2026, 3, 1), 2500)).unwrap();
            attempt(move || s.insert(weight(v.a.cow, day(2026, 3, 1), 2510)))
        },
        says: "the weight was not saved: date: BS-01-C1 already has a weight by girth tape on 2026-03-01; change that one instead",
    },
    Refusal {
        case: "an animal with weights deleted",
        write: |s, v| {
            for (d, kg) in [(day(2026, 1, 1), 2400), (day(2026, 4, 1), 2600)] {
                s.insert(weight(v.a.bull, d, kg)).unwrap();
            }
            attempt(move || s.delete::<Animal>(v.a.bull))
        },
        says: "cannot delete animal BS-01-B1: 2 weights point to it; delete or change those first",
    },
];

#[test]
fn each_weight_rule_refuses_with_its_message_and_leaves_no_trace() {
    for rule in REFUSALS {
        let db = TempDb::new();
        let store = db.open();
        let v = village(&store);
        let write = (rule.write)(&store, &v);
        let history = store.history().count();
        let counters = store.counters().unwrap();
        let msg = refusal(write());
        assert_eq!(msg, rule.says, "{}", rule.case);
        assert_eq!(store.history().count(), history, "{}", rule.case);
        assert_eq!(store.counters().unwrap(), counters, "{}", rule.case);
        assert_sound(&store);
    }
}

#[test]
fn weights_have_history_undo_and_come_back_in_date_order() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    // Entered out of order; the index is by animal and date.
    let late = store
        .insert(weight(v.a.cow, day(2026, 6, 1), 2800))
        .unwrap();
    store
        .insert(weight(v.a.cow, day(2026, 1, 1), 2500))
        .unwrap();
    let mut by_scale = weight(v.a.cow, day(2026, 6, 1), 2790);
    by_scale.method = WeighMethod::Scale;
    store.insert(by_scale).unwrap();
    store
        .insert(weight(v.b.cow, day(2026, 2, 1), 3000))
        .unwrap();
    let dates = |s: &Store| -> Vec<(Date, Kg)> {
        s.weights_of(v.a.cow)
            .unwrap()
            .into_iter()
            .map(|w| (w.record.date, w.record.kg))
            .collect()
    };
    assert_eq!(
        dates(&store),
        vec![
            (day(2026, 1, 1), Kg(2500)),
            (day(2026, 6, 1), Kg(2800)),
            (day(2026, 6, 1), Kg(2790)),
        ]
    );
    let mut fixed = store.fetch::<Weight>(late).unwrap().record;
    fixed.kg = Kg(2850);
    fixed.date = day(2026, 5, 30);
    store.update(late, fixed).unwrap();
    let edited = store.last_txn().unwrap().unwrap();
    assert_eq!(dates(&store)[1], (day(2026, 5, 30), Kg(2850)));
    assert_sound(&store);
    store.undo(edited).unwrap();
    assert_eq!(dates(&store)[1], (day(2026, 6, 1), Kg(2800)));
    store.delete::<Weight>(late).unwrap();
    assert_eq!(dates(&store).len(), 2);
    assert_sound(&store);
    // Its weights gone, the bull of the other herd is deleted as before.
    store.delete::<Animal>(v.b.bull).unwrap();
    assert_sound(&store);
}

#[test]
fn a_schema_2_database_opens_at_the_current_schema_with_weights() {
    let db = TempDb::new();
    {
        let store = db.open();
        village(&store);
    }
    {
        // What a kumban before weights left: schema 2, no weights' trees.
        let raw = db.raw();
        raw.drop_tree("weights").unwrap();
        raw.drop_tree("idx/weight/animal-date").unwrap();
        raw.open_tree("meta")
            .unwrap()
            .insert("schema", &2u32.to_be_bytes())
            .unwrap();
        raw.flush().unwrap();
    }
    let store = db.open();
    assert_sound(&store);
    let cow = store.animal_by_tag("BS-01-C1").unwrap().unwrap();
    store
        .insert(weight(AnimalId(cow.id), day(2026, 1, 1), 2500))
        .unwrap();
    assert_sound(&store);
    drop(store);
    let raw = db.raw();
    let schema = raw
        .open_tree("meta")
        .unwrap()
        .get("schema")
        .unwrap()
        .unwrap();
    assert_eq!(
        schema.as_ref(),
        kumban::store::schema::SCHEMA_VERSION.to_be_bytes()
    );
}
