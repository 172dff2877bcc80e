//! The names in use kept in memory for the forms (`products_in_use`,
//! `groups_in_use`, `households_named`; issue 15) against every record
//! read now: random households and health events written, edited,
//! deleted, imported and undone, asked after some of them (so that
//! several changes are followed at once); then again after the database
//! is opened anew, and through the owner by two sessions.

mod support;

use kumban::model::*;
use kumban::store::{Imported, Store};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::{BTreeMap, HashMap};
use support::store::*;

const VILLAGES: [&str; 3] = ["Bansuo", "BAN SUO", "Nam Ma"];
const HEADS: [&str; 3] = ["Vanna Keo", "VANNA  keo", "ນາງ ຄຳແພງ"];
const PRODUCTS: [&str; 4] = ["FMD", "fmd", "blackleg", "Ivermectin pour-on"];
const GROUPS: [&str; 4] = ["cattle", "weaving", "rice-seed", "weavng"];

/// A household's names: village, head, and which groups (a bit each).
#[derive(Debug, Clone, Copy)]
struct Names {
    village: usize,
    head: usize,
    groups: u8,
}

#[derive(Debug, Clone)]
enum Op {
    AddHousehold(Names),
    EditHousehold { pick: usize, names: Names },
    DeleteHousehold { pick: usize },
    Event { animal: usize, product: usize },
    EditEvent { pick: usize, product: usize },
    DeleteEvent { pick: usize },
    Campaign { product: usize },
    Import { names: Names, product: usize },
    Undo,
}

fn names() -> impl Strategy<Value = Names> {
    (0..VILLAGES.len(), 0..HEADS.len(), 0u8..16).prop_map(|(village, head, groups)| Names {
        village,
        head,
        groups,
    })
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => names().prop_map(Op::AddHousehold),
        2 => (any::<usize>(), names()).prop_map(|(pick, names)| Op::EditHousehold { pick, names }),
        1 => any::<usize>().prop_map(|pick| Op::DeleteHousehold { pick }),
        3 => (0..4usize, 0..PRODUCTS.len()).prop_map(|(animal, product)| Op::Event { animal, product }),
        1 => (any::<usize>(), 0..PRODUCTS.len()).prop_map(|(pick, product)| Op::EditEvent { pick, product }),
        1 => any::<usize>().prop_map(|pick| Op::DeleteEvent { pick }),
        1 => (0..PRODUCTS.len()).prop_map(|product| Op::Campaign { product }),
        1 => (names(), 0..PRODUCTS.len()).prop_map(|(names, product)| Op::Import { names, product }),
        2 => Just(Op::Undo),
    ]
}

fn named(code: &str, n: Names) -> Household {
    let mut h = household(code);
    h.village = VILLAGES[n.village].into();
    h.head_name = HEADS[n.head].into();
    h.groups = GROUPS
        .iter()
        .enumerate()
        .filter(|(i, _)| n.groups & (1 << i) != 0)
        .map(|(_, g)| Group::parse(g).expect("a group name"))
        .collect();
    h
}

fn event(animal: AnimalId, product: usize) -> HealthEvent {
    HealthEvent {
        animal,
        date: day(2026, 11, 1),
        kind: HealthKind::Vaccination,
        product: PRODUCTS[product].into(),
        dose: String::new(),
        given_by: String::new(),
        cost: None,
        withdrawal_days: 0,
        next_due: None,
        campaign: None,
        notes: String::new(),
    }
}

fn folded(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The kept answers must be those of every record read now, and agree
/// with a count made here.
fn agree(store: &Store) -> Result<(), TestCaseError> {
    let products = store.products_in_use().expect("products");
    let groups = store.groups_in_use().expect("groups");
    if let Some(local) = store.local() {
        let (counted_products, counted_groups) = local.names_counted().expect("counted");
        prop_assert_eq!(&products, &counted_products);
        prop_assert_eq!(&groups, &counted_groups);
    }
    // Products: each once, as compared, with its events counted.
    let mut by_product: BTreeMap<String, u64> = BTreeMap::new();
    for e in store.all::<HealthEvent>() {
        *by_product
            .entry(e.expect("event").record.product.trim().to_lowercase())
            .or_default() += 1;
    }
    let kept: BTreeMap<String, u64> = products
        .iter()
        .map(|(name, n)| (name.trim().to_lowercase(), *n))
        .collect();
    prop_assert_eq!(kept.len(), products.len(), "each product once");
    prop_assert_eq!(&kept, &by_product);
    prop_assert!(
        products.windows(2).all(|w| w[0].1 >= w[1].1),
        "most used first"
    );
    // Groups in order of first use, with their households.
    let households: Vec<_> = store
        .all::<Household>()
        .map(|h| h.expect("household"))
        .collect();
    let mut first_use: Vec<(String, u64)> = Vec::new();
    for h in &households {
        for g in &h.record.groups {
            match first_use.iter_mut().find(|(name, _)| name == g.as_str()) {
                Some((_, n)) => *n += 1,
                None => first_use.push((g.as_str().to_string(), 1)),
            }
        }
    }
    prop_assert_eq!(&groups, &first_use);
    // Households by names, for every name asked as a form would.
    let mut by_names: HashMap<(String, String), Vec<u64>> = HashMap::new();
    for h in &households {
        by_names
            .entry((folded(&h.record.village), folded(&h.record.head_name)))
            .or_default()
            .push(h.id);
    }
    for village in VILLAGES {
        for head in HEADS {
            let found = store.households_named(village, head).expect("named");
            let want = by_names
                .get(&(folded(village), folded(head)))
                .cloned()
                .unwrap_or_default();
            prop_assert_eq!(found, want, "{:?} in {:?}", head, village);
        }
    }
    Ok(())
}

/// One write; refusals (an undo of nothing, a household with animals
/// deleted) leave the store as it was.
fn apply(store: &Store, animals: &[AnimalId], next_code: &mut u32, op: &Op) {
    let households: Vec<u64> = store.all::<Household>().flatten().map(|h| h.id).collect();
    let events: Vec<u64> = store.all::<HealthEvent>().flatten().map(|e| e.id).collect();
    let mut code = || {
        *next_code += 1;
        format!("NH-{next_code:03}")
    };
    let _ = match op {
        Op::AddHousehold(n) => store.insert(named(&code(), *n)).map(|_| ()),
        Op::EditHousehold { pick, names } if !households.is_empty() => {
            let id = HouseholdId(households[pick % households.len()]);
            let before = store.fetch::<Household>(id).expect("household").record;
            store.update(id, named(&before.code, *names))
        }
        Op::DeleteHousehold { pick } if !households.is_empty() => {
            store.delete::<Household>(HouseholdId(households[pick % households.len()]))
        }
        Op::Event { animal, product } => {
            store.insert(event(animals[*animal], *product)).map(|_| ())
        }
        Op::EditEvent { pick, product } if !events.is_empty() => {
            let id = HealthEventId(events[pick % events.len()]);
            let mut e = store.fetch::<HealthEvent>(id).expect("event").record;
            e.product = PRODUCTS[*product].into();
            store.update(id, e)
        }
        Op::DeleteEvent { pick } if !events.is_empty() => {
            store.delete::<HealthEvent>(HealthEventId(events[pick % events.len()]))
        }
        Op::Campaign { product } => store
            .batch(|b| {
                for a in animals {
                    b.insert(event(*a, *product))?;
                }
                Ok(())
            })
            .map(|_| ()),
        Op::Import { names, product } => {
            let code = code();
            store
                .import_batch(|b| {
                    b.insert(named(&code, *names))?;
                    b.insert(event(animals[0], *product))?;
                    Ok(())
                })
                .map(|imported| {
                    if let Imported::Refused(why) = imported {
                        panic!("{why:?}")
                    }
                })
        }
        Op::Undo => match store.last_txn() {
            Ok(Some(txn)) => store.undo(txn).map(|_| ()),
            _ => Ok(()),
        },
        Op::EditHousehold { .. } | Op::DeleteHousehold { .. } => Ok(()),
        Op::EditEvent { .. } | Op::DeleteEvent { .. } => Ok(()),
    };
}

proptest! {
    #![proptest_config(Config { cases: 24, ..Config::default() })]

    #[test]
    fn kept_names_are_the_counted_ones(
        ops in proptest::collection::vec((op(), any::<bool>()), 1..30)
    ) {
        let db = TempDb::new();
        let mut next_code = 0;
        {
            let store = db.open();
            // Kept from the empty history on.
            agree(&store)?;
            let v = village(&store);
            let animals = [v.a.cow, v.a.bull, v.b.cow, v.b.bull];
            for (op, look) in &ops {
                apply(&store, &animals, &mut next_code, op);
                if *look {
                    agree(&store)?;
                }
            }
            agree(&store)?;
        }
        agree(&db.open())?;
    }
}

/// A name first used after thousands of events is offered (the forms
/// once read only the first 5,000 events), and a household saved by one
/// session is a duplicate for another, through the owner.
#[test]
fn two_sessions_through_the_owner_see_each_others_names() {
    use support::shared::connect;
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("db");
    let first = connect(&db);
    let second = connect(&db);
    assert!(first.is_remote() && second.is_remote());
    let v = village(&first);
    assert_eq!(
        second.products_in_use().expect("products"),
        Vec::<(String, u64)>::new()
    );
    let (_, ()) = first
        .batch(|b| {
            for _ in 0..5_001 {
                b.insert(event(v.a.cow, 2))?;
            }
            Ok(())
        })
        .expect("a campaign");
    first.insert(event(v.b.cow, 3)).expect("an event");
    assert_eq!(
        second.products_in_use().expect("products"),
        vec![
            ("blackleg".to_string(), 5_001),
            ("Ivermectin pour-on".to_string(), 1)
        ]
    );
    let named_there = |s: &Store| s.households_named("nam ma", "vannakeo").expect("named");
    assert!(named_there(&second).is_empty());
    let id = first
        .insert(named(
            "NM-01",
            Names {
                village: 2,
                head: 0,
                groups: 0b0100,
            },
        ))
        .expect("a household");
    assert_eq!(named_there(&second), vec![id.0]);
    assert!(
        second
            .groups_in_use()
            .expect("groups")
            .contains(&("rice-seed".to_string(), 1))
    );
    let txn = first.last_txn().expect("history").expect("a txn");
    first.undo(txn).expect("undo");
    assert!(named_there(&second).is_empty());
}

/// A database with more events than the first answer reads: the first
/// question is answered from the first 5,000 events at once, and every
/// event's name is answered once they are read behind; a write made
/// meanwhile is counted too.
#[test]
fn the_events_of_a_large_database_are_read_behind_the_first_answer() {
    let db = TempDb::new();
    {
        let store = db.open();
        let v = village(&store);
        let (_, ()) = store
            .batch(|b| {
                for i in 0..5_050 {
                    b.insert(event(v.a.cow, if i < 5_000 { 2 } else { 3 }))?;
                }
                Ok(())
            })
            .expect("events");
    }
    let store = db.open();
    assert_eq!(
        store.products_in_use().expect("first answer"),
        vec![("blackleg".to_string(), 5_000)],
        "the first 5,000 events"
    );
    let cow = store
        .all::<Animal>()
        .flatten()
        .find(|a| a.record.sex == Sex::Female)
        .expect("a cow");
    store
        .insert(event(AnimalId(cow.id), 0))
        .expect("an event meanwhile");
    let all = vec![
        ("blackleg".to_string(), 5_000),
        ("Ivermectin pour-on".to_string(), 50),
        ("FMD".to_string(), 1),
    ];
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let answer = store.products_in_use().expect("products");
        if answer == all {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "every event never read: {answer:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let local = store.local().expect("local");
    assert_eq!(local.names_counted().expect("counted").0, all);
    // Kept now: a write is followed, not read again.
    store.insert(event(AnimalId(cow.id), 3)).expect("an event");
    assert_eq!(
        store.products_in_use().expect("products")[1],
        ("Ivermectin pour-on".to_string(), 51)
    );
}
