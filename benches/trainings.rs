//! Saving a training with 25 attendees: one transaction of the training
//! and 25 attendance records, as the training form does
//! (`Store::record_training`), in a village of 100 households of five
//! members each.
//!
//! `cargo bench --bench trainings` measures; `cargo bench --bench
//! trainings -- --test` runs it once (CI's smoke test). The time includes
//! the store's rules (each member exists, attends once) and the durable
//! commit.

use criterion::Criterion;
use kumban::model::*;
use kumban::store::Store;
use std::hint::black_box;
use std::time::Duration;

fn smoke() -> bool {
    std::env::args().any(|a| a == "--test")
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("bench date")
}

/// A village of `households` households of five members each; the
/// members' ids.
fn village(store: &Store, households: usize) -> Vec<MemberId> {
    let (_, members) = store
        .batch(|b| {
            let mut members = Vec::new();
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
                for m in 0..5 {
                    members.push(b.insert(Member {
                        household: hh,
                        name: format!("member {m}"),
                        sex: Sex::Female,
                        birth_year: 1980 + m,
                        relation: Relation::Child,
                        works: true,
                        groups: Vec::new(),
                        notes: String::new(),
                    })?);
                }
            }
            Ok(members)
        })
        .expect("village");
    members
}

fn training() -> Training {
    Training {
        date: day(2026, 3, 14),
        topic: "disease prevention".into(),
        trainer: "district livestock office".into(),
        place: "Bansuo".into(),
        notes: String::new(),
    }
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("db"), "bench").expect("open");
    let members = village(&store, if smoke() { 5 } else { 100 });
    let attendees: Vec<MemberId> = members.iter().take(25).copied().collect();
    let mut c = Criterion::default()
        .sample_size(20)
        .measurement_time(Duration::from_secs(if smoke() { 1 } else { 10 }))
        .configure_from_args();
    c.bench_function("training/save with 25 attendees (and undo)", |b| {
        b.iter(|| {
            let saved = store
                .record_training(training(), &attendees)
                .expect("training");
            assert_eq!(saved.attendees, 25);
            // Undone so every run saves the same training (the undo is
            // timed too; the save alone is printed below).
            store.undo(saved.txn).expect("undo");
            black_box(saved)
        })
    });
    let started = std::time::Instant::now();
    let saved = store
        .record_training(training(), &attendees)
        .expect("training");
    println!(
        "one training with {} attendees: {:.1} ms",
        saved.attendees,
        started.elapsed().as_secs_f64() * 1000.0
    );
    c.final_summary();
}
