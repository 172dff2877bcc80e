//! The health figures kept in memory between two entries to the dashboard
//! (`Local::health_figures`, issue 15) against a fresh count of the due
//! tree (`health_figures_counted`): random writes, campaigns, moves,
//! deletes, deaths and undos, read after some of them (so that several
//! changes are followed at once) and on a day that moves on; then again
//! after the database is opened anew.

mod support;

use kumban::model::*;
use kumban::store::Store;
use proptest::prelude::*;
use proptest::test_runner::Config;
use support::store::*;

const ANIMALS: usize = 4;
const PRODUCTS: [&str; 3] = ["haemorrhagic septicaemia", "FMD", "fmd "];
const KINDS: [HealthKind; 4] = [
    HealthKind::Vaccination,
    HealthKind::Treatment,
    HealthKind::Deworming,
    HealthKind::CheckUp,
];

fn start() -> Date {
    day(2026, 11, 28)
}

/// What the event is, relative to the day the test is at.
#[derive(Debug, Clone)]
struct Shape {
    kind: usize,
    product: usize,
    /// Days from the test's day: a year and more back to a month ahead.
    offset: i64,
    /// Days after the event its next dose is due.
    due_after: Option<u64>,
}

#[derive(Debug, Clone)]
enum Op {
    Event { animal: usize, shape: Shape },
    Campaign { shape: Shape },
    Move { pick: usize, animal: usize },
    Delete { pick: usize },
    Status { animal: usize, alive: bool },
    Undo,
    NextDay,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        0..KINDS.len(),
        0..PRODUCTS.len(),
        -400i64..40,
        proptest::option::of(0u64..420),
    )
        .prop_map(|(kind, product, offset, due_after)| Shape {
            kind,
            product,
            offset,
            due_after,
        })
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..ANIMALS, shape()).prop_map(|(animal, shape)| Op::Event { animal, shape }),
        1 => shape().prop_map(|shape| Op::Campaign { shape }),
        1 => (any::<usize>(), 0..ANIMALS).prop_map(|(pick, animal)| Op::Move { pick, animal }),
        1 => any::<usize>().prop_map(|pick| Op::Delete { pick }),
        1 => (0..ANIMALS, any::<bool>()).prop_map(|(animal, alive)| Op::Status { animal, alive }),
        2 => Just(Op::Undo),
        1 => Just(Op::NextDay),
    ]
}

fn event(animal: AnimalId, shape: &Shape, today: Date) -> HealthEvent {
    let date = if shape.offset < 0 {
        today.minus_days(shape.offset.unsigned_abs())
    } else {
        today.plus_days(shape.offset.unsigned_abs())
    }
    .unwrap_or(today);
    HealthEvent {
        animal,
        date,
        kind: KINDS[shape.kind],
        product: PRODUCTS[shape.product].into(),
        dose: String::new(),
        given_by: String::new(),
        cost: None,
        withdrawal_days: 0,
        next_due: shape.due_after.and_then(|d| date.plus_days(d)),
        campaign: None,
        notes: String::new(),
    }
}

/// The kept figures must be the counted ones, with a short and a long
/// list of due rows.
fn agree(store: &Store, today: Date) -> Result<(), TestCaseError> {
    let local = store.local().expect("a local store");
    for limit in [2, 50] {
        let kept = local.health_figures(today, limit).expect("kept figures");
        let counted = local
            .health_figures_counted(today, limit)
            .expect("counted figures");
        prop_assert_eq!(kept, counted, "on {}", today);
    }
    Ok(())
}

/// One write; refusals (an undo of nothing, say) leave the store as it was.
fn apply(store: &Store, animals: &[AnimalId], today: &mut Date, op: &Op) {
    let events: Vec<u64> = store.all::<HealthEvent>().flatten().map(|e| e.id).collect();
    let _ = match op {
        Op::Event { animal, shape } => store
            .insert(event(animals[*animal], shape, *today))
            .map(|_| ()),
        Op::Campaign { shape } => store
            .batch(|b| {
                for a in animals {
                    b.insert(event(*a, shape, *today))?;
                }
                Ok(())
            })
            .map(|_| ()),
        Op::Move { pick, animal } if !events.is_empty() => {
            let id = HealthEventId(events[pick % events.len()]);
            let mut e = store.fetch::<HealthEvent>(id).expect("event").record;
            e.animal = animals[*animal];
            store.update(id, e)
        }
        Op::Delete { pick } if !events.is_empty() => {
            store.delete::<HealthEvent>(HealthEventId(events[pick % events.len()]))
        }
        Op::Status { animal, alive } => {
            let id = animals[*animal];
            // Undos may have taken the village's own records back.
            let Ok(found) = store.fetch::<Animal>(id) else {
                return;
            };
            let mut a = found.record;
            a.status = if *alive {
                AnimalStatus::Active
            } else {
                AnimalStatus::Died {
                    on: today.minus_days(3).unwrap_or(*today),
                    cause: "blackleg".into(),
                }
            };
            store.update(id, a)
        }
        Op::Undo => match store.last_txn() {
            Ok(Some(txn)) => store.undo(txn).map(|_| ()),
            _ => Ok(()),
        },
        Op::NextDay => {
            *today = today.plus_days(1).unwrap_or(*today);
            Ok(())
        }
        Op::Move { .. } | Op::Delete { .. } => Ok(()),
    };
}

proptest! {
    #![proptest_config(Config { cases: 24, ..Config::default() })]

    #[test]
    fn kept_health_figures_are_the_counted_ones(
        ops in proptest::collection::vec((op(), any::<bool>()), 1..30)
    ) {
        let db = TempDb::new();
        let mut today = start();
        {
            let store = db.open();
            let v = village(&store);
            let animals = [v.a.cow, v.a.bull, v.b.cow, v.b.bull];
            // Kept from the empty history on.
            agree(&store, today)?;
            for (op, look) in &ops {
                apply(&store, &animals, &mut today, op);
                if *look {
                    agree(&store, today)?;
                }
            }
            agree(&store, today)?;
            assert_sound(&store);
        }
        agree(&db.open(), today)?;
    }
}

/// A campaign of three animals in one transaction, read on its day and
/// 300 days on, then undone.
#[test]
fn figures_follow_a_campaign_and_its_undo() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let local = store.local().expect("local");
    let before = local.health_figures(start(), 10).expect("figures");
    assert_eq!(before.vaccinated_12_months, 0);
    let shape = Shape {
        kind: 0,
        product: 0,
        offset: -2,
        due_after: Some(20),
    };
    store
        .batch(|b| {
            for a in [v.a.cow, v.a.bull, v.b.cow] {
                b.insert(event(a, &shape, start()))?;
            }
            Ok(())
        })
        .expect("campaign");
    let after = local.health_figures(start(), 10).expect("figures");
    assert_eq!(after.vaccinated_12_months, 3);
    assert_eq!(after.due_30_days, 3);
    assert_eq!(after.due_listed.len(), 3);
    assert_eq!(
        after,
        local.health_figures_counted(start(), 10).expect("counted")
    );
    // 300 days on: still in the 12 months, and every due date overdue.
    let later = start().plus_days(300).expect("date");
    let moved = local.health_figures(later, 10).expect("figures");
    assert_eq!(moved.vaccinated_12_months, 3);
    assert_eq!(moved.due_30_days, 3);
    let txn = store.last_txn().expect("history").expect("a txn");
    store.undo(txn).expect("undo");
    assert_eq!(local.health_figures(later, 10).expect("figures"), before);
    assert_eq!(local.health_figures(start(), 10).expect("figures"), before);
}
