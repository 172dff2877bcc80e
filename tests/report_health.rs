//! The dashboard's health figures on a hand-made store, around the edges
//! of their windows (docs/status-json.md, `health`): a vaccination 364 and
//! 365 days back, due dates today + 30 and + 31, an overdue one, a dead
//! animal left out, a later event of a product superseding an earlier due
//! date; `check` agreeing, a death and its undo, a damaged tree reported,
//! and a schema-3 database writing the tree when it opens.

mod support;

use kumban::model::*;
use kumban::report::Dashboard;
use support::store::*;

const TODAY: (i32, u32, u32) = (2026, 11, 28);

fn today() -> Date {
    day(TODAY.0, TODAY.1, TODAY.2)
}

fn ago(days: u64) -> Date {
    today().minus_days(days).unwrap()
}

fn ahead(days: u64) -> Date {
    today().plus_days(days).unwrap()
}

fn event(animal: AnimalId, kind: HealthKind, product: &str, date: Date) -> HealthEvent {
    HealthEvent {
        animal,
        date,
        kind,
        product: product.into(),
        dose: String::new(),
        given_by: String::new(),
        cost: None,
        withdrawal_days: 0,
        next_due: None,
        campaign: None,
        notes: String::new(),
    }
}

fn due(mut e: HealthEvent, next: Date) -> HealthEvent {
    e.next_due = Some(next);
    e
}

const HS: &str = "haemorrhagic septicaemia";
const FMD: &str = "foot-and-mouth disease";
use HealthKind::{Deworming, Treatment, Vaccination};

struct Fixture {
    db: TempDb,
    dead: AnimalId,
    overdue_cow: AnimalId,
    due_cow: AnimalId,
}

fn fixture() -> Fixture {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let c = herd(&store, "BS-03");
    let dead = store.insert(cow("BS-03-C2", c.hh, None)).unwrap();
    let ins = |e: HealthEvent| {
        store.insert(e).unwrap();
    };
    // 364 days back: in the 12 months; due exactly today + 30.
    ins(due(event(v.a.cow, Vaccination, HS, ago(364)), ahead(30)));
    // 365 days back: not; due today + 31: not yet.
    ins(due(event(v.a.bull, Vaccination, HS, ago(365)), ahead(31)));
    // Not a vaccination, due long ago: overdue, so due.
    ins(due(
        event(v.b.cow, Deworming, "parasites", ago(200)),
        ago(180),
    ));
    // Two vaccinations of one animal: counted once; the later one's due
    // date supersedes the earlier's (which would be due now). Its name
    // differs in case only: one product.
    ins(due(event(v.b.bull, Vaccination, FMD, ago(300)), ahead(3)));
    ins(due(
        event(v.b.bull, Vaccination, "Foot-and-mouth disease", ago(100)),
        ahead(265),
    ));
    // Vaccinated today; a later check-up of the same product without a
    // due date leaves the vaccination's due date in force.
    ins(due(event(c.cow, Vaccination, HS, today()), ahead(10)));
    ins(event(c.cow, HealthKind::CheckUp, HS, today()));
    // Dated after today: not counted as vaccinated.
    ins(event(c.bull, Vaccination, HS, ahead(7)));
    // Dies after a vaccination and a treatment: left out of the animals,
    // but its treatment still happened.
    ins(due(event(dead, Vaccination, HS, ago(50)), ago(20)));
    ins(event(dead, Treatment, "diarrhoea", ago(8)));
    let mut d = store.fetch::<Animal>(dead).unwrap().record;
    d.status = AnimalStatus::Died {
        on: ago(5),
        cause: "diarrhoea".into(),
    };
    store.update(dead, d).unwrap();
    // Treatments 29 and 30 days back: the first counts, the second not.
    ins(event(v.a.cow, Treatment, "wound", ago(29)));
    ins(event(v.a.bull, Treatment, "wound", ago(30)));
    drop(store);
    Fixture {
        db,
        dead,
        overdue_cow: v.b.cow,
        due_cow: v.a.cow,
    }
}

fn figures(store: &kumban::store::Store) -> (u64, u64, u64) {
    let h = Dashboard::compute(store, today()).unwrap().health;
    (h.vaccinated_12_months, h.due_30_days, h.treatments_30_days)
}

#[test]
fn health_figures_at_the_edges_of_their_windows() {
    let f = fixture();
    let store = f.db.open();
    assert_sound(&store);
    let d = Dashboard::compute(&store, today()).unwrap();
    let json = d.to_json();
    let h = &json["health"];
    // a.cow, b.bull, BS-03-C1.
    assert_eq!(h["vaccinated_12_months"], 3, "{h}");
    // b.cow overdue, BS-03-C1 in 10 days, a.cow on today + 30.
    assert_eq!(h["due_30_days"], 3, "{h}");
    // The dead cow's and a.cow's.
    assert_eq!(h["treatments_30_days"], 2, "{h}");
    assert_eq!(h.as_object().unwrap().len(), 3, "{h}");

    // The list: the overdue one first, then BS-03-C1 (in 10 days), then a.cow.
    let rows: Vec<(&str, &str, i64, bool)> = d
        .health
        .due
        .iter()
        .map(|r| (r.tag.as_str(), r.product.as_str(), r.days, r.overdue()))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("BS-02-C1", "parasites", -180, true),
            ("BS-03-C1", HS, 10, false),
            ("BS-01-C1", HS, 30, false),
        ]
    );
    assert_eq!(d.health.due_total, 3);
    assert_eq!(d.health.due[0].household_code, "BS-02");
    assert_eq!(d.health.due[0].animal, f.overdue_cow);
    assert_eq!(d.health.due[2].animal, f.due_cow);
    // The text of `kumban status` lists them too.
    let text = d.to_text();
    assert!(text.contains("3 vaccinated in a year"), "{text}");
    assert!(text.contains("BS-02-C1 (BS-02)  parasites"), "{text}");
}

#[test]
fn writes_keep_the_figures_and_check_agrees() {
    let f = fixture();
    let store = f.db.open();
    assert_eq!(figures(&store), (3, 3, 2));
    // The overdue cow is vaccinated today with a due date a year ahead:
    // vaccinated, and its parasites due date is still overdue.
    store
        .insert(due(
            event(f.overdue_cow, Vaccination, HS, today()),
            ahead(365),
        ))
        .unwrap();
    assert_eq!(figures(&store), (4, 3, 2));
    // Dewormed again: its parasites due date moves past the window.
    store
        .insert(due(
            event(f.overdue_cow, Deworming, "parasites", today()),
            ahead(180),
        ))
        .unwrap();
    assert_eq!(figures(&store), (4, 2, 2));
    let dewormed = store.last_txn().unwrap().unwrap();
    // Sold: out of the animals.
    let mut cow = store.fetch::<Animal>(f.overdue_cow).unwrap().record;
    cow.status = AnimalStatus::Sold {
        on: today(),
        price: Money::from_major(9_000_000, Currency::Lak),
    };
    store.update(f.overdue_cow, cow).unwrap();
    assert_eq!(figures(&store), (3, 2, 2));
    assert_sound(&store);
    // Undo the sale, then the deworming: back as it was.
    let sold = store.last_txn().unwrap().unwrap();
    store.undo(sold).unwrap();
    store.undo(dewormed).unwrap();
    assert_eq!(figures(&store), (4, 3, 2));
    // Brought back to life by hand: its keys come back.
    let mut dead = store.fetch::<Animal>(f.dead).unwrap().record;
    dead.status = AnimalStatus::Active;
    store.update(f.dead, dead).unwrap();
    assert_eq!(figures(&store), (5, 4, 2));
    assert_sound(&store);
}

#[test]
fn check_reports_a_damaged_tree_and_a_schema_3_database_writes_it() {
    let f = fixture();
    {
        let raw = f.db.raw();
        let tree = raw.open_tree("sums/health/due").unwrap();
        let first = tree.first().unwrap().unwrap().0;
        tree.remove(first).unwrap();
        tree.insert(b"x-stray", &[][..]).unwrap();
        raw.flush().unwrap();
    }
    {
        let store = f.db.open();
        let problems = store.check().unwrap();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0]
                .message
                .contains("1 entries missing and 1 not called for"),
            "{problems:?}"
        );
    }
    {
        // As schema 3 left it: no tree at all.
        let raw = f.db.raw();
        raw.drop_tree("sums/health/due").unwrap();
        raw.open_tree("meta")
            .unwrap()
            .insert("schema", &3u32.to_be_bytes())
            .unwrap();
        raw.flush().unwrap();
    }
    let store = f.db.open();
    assert_sound(&store);
    assert_eq!(figures(&store), (3, 3, 2));
}
