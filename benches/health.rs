//! A vaccination campaign over a village of 2,000 animals: one
//! transaction of 2,000 health events and one expense per household
//! (issue 15: aim under 500 ms).
//!
//! `cargo bench --bench health` measures; `cargo bench --bench health --
//! --test` runs it once on a small village (CI's smoke test). The time
//! includes finding the village's animals and the durable commit.

use criterion::Criterion;
use kumban::model::*;
use kumban::store::{CampaignScope, Store};
use std::hint::black_box;
use std::time::Duration;

fn smoke() -> bool {
    std::env::args().any(|a| a == "--test")
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("bench date")
}

/// A village of `households` households of `per` active animals each.
fn village(store: &Store, households: usize, per: usize) {
    store
        .batch(|b| {
            for h in 0..households {
                let hh = b.insert(Household {
                    code: format!("BS-{h:04}"),
                    head_name: "ນາງ ຄຳແພງ ສີສຸວັນ".into(),
                    village: "Bansuo".into(),
                    members: 5,
                    phone: None,
                    groups: vec![Group::cattle()],
                    demonstration: false,
                    poverty: Poverty::Poor,
                    baseline_income: None,
                    enrolled_on: day(2017, 6, 1),
                    notes: String::new(),
                })?;
                for a in 0..per {
                    b.insert(Animal {
                        ear_tag: format!("BS-C-{h:04}-{a}"),
                        sex: if a % 4 == 0 { Sex::Male } else { Sex::Female },
                        breed: "Lao native".into(),
                        born_on: day(2020, 3, 1),
                        born_estimated: false,
                        origin: Origin::Distributed {
                            on: day(2021, 1, 10),
                        },
                        household: hh,
                        pen: None,
                        status: AnimalStatus::Active,
                        notes: String::new(),
                    })?;
                }
            }
            Ok(())
        })
        .expect("village");
}

fn template() -> HealthEvent {
    HealthEvent {
        animal: AnimalId(0),
        date: day(2026, 3, 10),
        kind: HealthKind::Vaccination,
        product: "haemorrhagic septicaemia".into(),
        dose: "2 ml".into(),
        given_by: "district livestock office".into(),
        cost: Some(Money::from_major(10_000, Currency::Lak)),
        withdrawal_days: 0,
        next_due: Some(day(2027, 3, 10)),
        campaign: None,
        notes: String::new(),
    }
}

fn main() {
    let (households, per) = if smoke() { (4, 5) } else { (250, 8) };
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("db"), "bench").expect("open");
    village(&store, households, per);
    let scope = CampaignScope::Village("Bansuo".into());
    let mut c = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(if smoke() { 1 } else { 20 }))
        .configure_from_args();
    let name = format!("campaign/village of {} animals", households * per);
    c.bench_function(&name, |b| {
        b.iter(|| {
            let done = store.campaign(&scope, &template(), true).expect("campaign");
            assert_eq!(done.events, households * per);
            // Undone so every run covers the same village (the undo is
            // timed too; the campaign alone is printed below).
            store.undo(done.txn).expect("undo");
            black_box(done)
        })
    });
    // The campaign alone, once, as the clerk would wait for it.
    let started = std::time::Instant::now();
    let done = store.campaign(&scope, &template(), true).expect("campaign");
    println!(
        "one campaign of {} events and {} expenses: {:.0} ms",
        done.events,
        done.expenses,
        started.elapsed().as_secs_f64() * 1000.0
    );
    // A second campaign over the same village a month later: each animal
    // now has an event of the product, so the upkeep of the health
    // figures reads it to find the due date in force.
    let mut later = template();
    later.date = day(2026, 4, 10);
    later.next_due = Some(day(2027, 4, 10));
    let started = std::time::Instant::now();
    let again = store.campaign(&scope, &later, true).expect("campaign");
    println!(
        "a second campaign of {} events over the same animals: {:.0} ms",
        again.events,
        started.elapsed().as_secs_f64() * 1000.0
    );
    c.final_summary();
}
