//! Animal health in the store: rules, the index by animal, a delete of an
//! animal blocked by its events, the cost saved as an expense in the same
//! transaction, a vaccination campaign as one transaction, and a schema-2
//! database opening as schema 3.

mod support;

use kumban::model::*;
use kumban::store::{CampaignScope, StoreError};
use support::store::*;

fn vaccination(animal: AnimalId, cost: Option<Money>) -> HealthEvent {
    HealthEvent {
        animal,
        date: day(2026, 3, 10),
        kind: HealthKind::Vaccination,
        product: "haemorrhagic septicaemia".into(),
        dose: "2 ml".into(),
        given_by: "Mr Somphone".into(),
        cost,
        withdrawal_days: 0,
        next_due: Some(day(2027, 3, 10)),
        campaign: None,
        notes: String::new(),
    }
}

fn lak(major: i64) -> Money {
    Money::from_major(major, Currency::Lak)
}

#[test]
fn health_events_have_rules_history_undo_and_an_index_by_animal() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let id = store.insert(vaccination(v.a.cow, None)).unwrap();
    assert_eq!(store.health_of(v.a.cow).unwrap().len(), 1);
    assert!(store.health_of(v.a.bull).unwrap().is_empty());
    let mut e = store.fetch::<HealthEvent>(id).unwrap().record;
    e.withdrawal_days = -1;
    let m = refusal(store.update(id, e.clone()));
    assert!(
        m.contains("-1 days is not a withdrawal period; write 0 to 365"),
        "{m}"
    );
    e.withdrawal_days = 28;
    store.update(id, e).unwrap();
    let edited = store.last_txn().unwrap().unwrap();
    store.undo(edited).unwrap();
    assert_eq!(
        store
            .fetch::<HealthEvent>(id)
            .unwrap()
            .record
            .withdrawal_days,
        0
    );

    let mut early = vaccination(v.a.bull, None);
    early.date = day(2015, 4, 30);
    early.next_due = None;
    let m = refusal(store.insert(early));
    assert!(
        m.contains("is before BS-01-B1 was born (2015-05-01)"),
        "{m}"
    );
    let m = refusal(store.insert(vaccination(AnimalId(999), None)));
    assert!(m.contains("there is no animal with id 999"), "{m}");
    assert_sound(&store);
}

#[test]
fn an_animal_with_health_events_cannot_be_deleted_and_the_refusal_names_them() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let mut worms = vaccination(v.a.bull, None);
    worms.kind = HealthKind::Deworming;
    worms.product = "parasites".into();
    store.insert(worms).unwrap();
    store.insert(vaccination(v.a.bull, None)).unwrap();
    let m = refusal(store.delete::<Animal>(v.a.bull));
    assert!(
        m.contains(
            "2 health events (deworming parasites 2026-03-10, vaccination haemorrhagic septicaemia 2026-03-10)"
        ),
        "{m}"
    );
    for e in store.health_of(v.a.bull).unwrap() {
        store.delete::<HealthEvent>(HealthEventId(e.id)).unwrap();
    }
    store.delete::<Animal>(v.a.bull).unwrap();
    assert_sound(&store);
}

#[test]
fn the_cost_as_an_expense_is_written_with_the_event_and_undone_with_it() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let before = store.income_of(v.a.hh).unwrap().len();
    let (txn, id) = store
        .record_health(vaccination(v.a.cow, Some(lak(15_000))), true)
        .unwrap();
    let logs = store.income_of(v.a.hh).unwrap();
    assert_eq!(logs.len(), before + 1);
    let log = &logs.last().unwrap().record;
    assert_eq!(
        (log.flow, log.amount, log.date, log.animal),
        (Flow::Expense, lak(15_000), day(2026, 3, 10), Some(v.a.cow))
    );
    assert_eq!(
        log.description,
        "veterinary: vaccination haemorrhagic septicaemia, BS-01-C1"
    );
    assert_eq!(store.last_txn().unwrap(), Some(txn), "one transaction");
    store.undo(txn).unwrap();
    assert!(store.get::<HealthEvent>(id).unwrap().is_none());
    assert_eq!(store.income_of(v.a.hh).unwrap().len(), before);

    // Not asked, or no cost: the event alone.
    store
        .record_health(vaccination(v.a.cow, Some(lak(15_000))), false)
        .unwrap();
    store
        .record_health(vaccination(v.a.bull, None), true)
        .unwrap();
    assert_eq!(store.income_of(v.a.hh).unwrap().len(), before);
    assert_sound(&store);
}

#[test]
fn a_refusal_of_the_event_or_of_its_expense_writes_neither() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let logs = store.income_of(v.a.hh).unwrap().len();
    let txn = store.last_txn().unwrap();
    // The event refused (a withdrawal of -1 days): no expense either.
    let mut bad = vaccination(v.a.cow, Some(lak(15_000)));
    bad.withdrawal_days = -1;
    let m = refusal(store.record_health(bad, true));
    assert!(m.contains("withdrawal"), "{m}");
    // The expense refused (its household is gone): no event either.
    let good = vaccination(v.a.cow, Some(lak(15_000)));
    let r = store.batch(|b| {
        b.insert(good.clone())?;
        let log = kumban::store::expense_of(&good, HouseholdId(999), lak(15_000), None, "x");
        b.insert(log)?;
        Ok(())
    });
    assert!(matches!(r, Err(StoreError::Refused { .. })), "{r:?}");
    assert!(store.health_of(v.a.cow).unwrap().is_empty());
    assert_eq!(store.income_of(v.a.hh).unwrap().len(), logs);
    assert_eq!(store.last_txn().unwrap(), txn, "nothing committed");
}

#[test]
fn a_campaign_is_one_transaction_of_one_event_per_animal_present() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    // A sold animal is not vaccinated.
    let mut sold = store.fetch::<Animal>(v.b.bull).unwrap().record;
    sold.status = AnimalStatus::Sold {
        on: day(2026, 1, 5),
        price: Money::from_major(900, Currency::Usd),
    };
    store.update(v.b.bull, sold).unwrap();
    let template = vaccination(AnimalId(0), Some(lak(10_000)));
    let c = store
        .campaign(&CampaignScope::Village("Bansuo".into()), &template, true)
        .unwrap();
    assert_eq!((c.events, c.expenses), (3, 2));
    assert_eq!(store.last_txn().unwrap(), Some(c.txn));
    for (animal, n) in [(v.a.cow, 1), (v.a.bull, 1), (v.b.cow, 1), (v.b.bull, 0)] {
        let events = store.health_of(animal).unwrap();
        assert_eq!(events.len(), n, "{animal}");
        for e in events {
            assert_eq!(e.record.campaign, Some(c.id));
        }
    }
    let spent: Vec<(HouseholdId, Money)> = [v.a.hh, v.b.hh]
        .iter()
        .map(|h| {
            let logs = store.income_of(*h).unwrap();
            let l = &logs.last().unwrap().record;
            (l.household, l.amount)
        })
        .collect();
    assert_eq!(spent, vec![(v.a.hh, lak(20_000)), (v.b.hh, lak(10_000))]);
    assert_sound(&store);
    store.undo(c.txn).unwrap();
    assert!(store.health_of(v.a.cow).unwrap().is_empty());
    // A pen: its two animals.
    let c = store
        .campaign(&CampaignScope::Pen(v.a.pen), &template, false)
        .unwrap();
    assert_eq!((c.events, c.expenses), (2, 0));
}

#[test]
fn a_campaign_with_one_refused_event_writes_nothing() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let calf = store
        .insert(kumban::model::Animal {
            born_on: day(2026, 4, 1),
            ..calf("BS-01-K1", v.a.cow, v.a.hh)
        })
        .unwrap();
    // The calf was born after the campaign's date.
    let template = vaccination(AnimalId(0), None);
    let m = refusal(store.campaign(&CampaignScope::Household(v.a.hh), &template, false));
    assert!(m.contains("is before BS-01-K1 was born"), "{m}");
    for a in [v.a.cow, v.a.bull, calf] {
        assert!(store.health_of(a).unwrap().is_empty());
    }
    let m = refusal(store.campaign(&CampaignScope::Village("Nowhere".into()), &template, false));
    assert!(m.contains("no animal is present there"), "{m}");
}

#[test]
fn a_schema_2_database_opens_as_schema_3_with_health_events() {
    let db = TempDb::new();
    {
        let store = db.open();
        village(&store);
    }
    {
        let raw = db.raw();
        for t in ["health", "idx/health/animal", "idx/health/date"] {
            raw.drop_tree(t).unwrap();
        }
        raw.open_tree("meta")
            .unwrap()
            .insert("schema", &2u32.to_be_bytes())
            .unwrap();
        raw.flush().unwrap();
    }
    let store = db.open();
    assert_sound(&store);
    let cow = store.animal_by_tag("BS-01-C1").unwrap().unwrap();
    store.insert(vaccination(AnimalId(cow.id), None)).unwrap();
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
