//! A project day's distribution: 120 animals given to one household in
//! one save (`Store::distribute`, as the distribution form does), in a
//! village of 250 households with 8 animals each (issue 15, item 7: aim
//! under 100 ms).
//!
//! `cargo bench --bench batch` measures; `cargo bench --bench batch --
//! --test` runs it once on a small village (CI's smoke test). The time
//! includes the store's rules (each ear tag free, the household and pen
//! exist) and the durable commit.

use criterion::Criterion;
use kumban::model::code_seq::run_from;
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

fn animal(tag: String, household: HouseholdId, pen: Option<PenId>) -> Animal {
    Animal {
        ear_tag: tag,
        sex: Sex::Female,
        breed: "Lao native".into(),
        born_on: day(2020, 3, 1),
        born_estimated: false,
        origin: Origin::Distributed {
            on: day(2021, 1, 10),
        },
        household,
        pen,
        status: AnimalStatus::Active,
        notes: String::new(),
    }
}

/// A village of `households` households of `per` animals each, and the
/// first household's pen.
fn village(store: &Store, households: usize, per: usize) -> (HouseholdId, PenId) {
    let (_, first) = store
        .batch(|b| {
            let mut first = None;
            for h in 0..households {
                let hh = b.insert(Household {
                    code: format!("BS-{h:04}"),
                    head_name: "ນາງ ຄຳແພງ ສີສຸວັນ".into(),
                    village: "Bansuo".into(),
                    members: 5,
                    phone: None,
                    groups: vec![Group::cattle()],
                    demonstration: true,
                    poverty: Poverty::Poor,
                    baseline_income: None,
                    enrolled_on: day(2017, 6, 1),
                    notes: String::new(),
                })?;
                let pen = b.insert(Pen {
                    household: hh,
                    label: "Pen 1".into(),
                    capacity: 200,
                    status: PenStatus::Built,
                    inspected_on: None,
                    inspected_by: None,
                    notes: String::new(),
                    inspection_result: None,
                    checklist_failed: Vec::new(),
                    next_inspection: None,
                })?;
                first.get_or_insert((hh, pen));
                for a in 0..per {
                    b.insert(animal(format!("BS-C-{h:04}-{a}"), hh, Some(pen)))?;
                }
            }
            Ok(first)
        })
        .expect("village");
    first.expect("one household")
}

fn main() {
    let (households, per) = if smoke() { (4, 5) } else { (250, 8) };
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("db"), "bench").expect("open");
    let (hh, pen) = village(&store, households, per);
    let template = animal("BS-D-0001".into(), hh, Some(pen));
    let tags = run_from("BS-D-0001", 120).expect("tags");
    let mut c = Criterion::default()
        .sample_size(20)
        .measurement_time(Duration::from_secs(if smoke() { 1 } else { 10 }))
        .configure_from_args();
    c.bench_function("batch/distribute 120 animals in one save (and undo)", |b| {
        b.iter(|| {
            let done = store.distribute(&template, &tags).expect("distribute");
            assert_eq!(done.count, 120);
            // Undone so every run gives out the same tags (the undo is
            // timed too; the save alone is printed below).
            store.undo(done.txn).expect("undo");
            black_box(done)
        })
    });
    let started = std::time::Instant::now();
    let done = store.distribute(&template, &tags).expect("distribute");
    println!(
        "one distribution of {} animals: {:.1} ms",
        done.count,
        started.elapsed().as_secs_f64() * 1000.0
    );
    c.final_summary();
}
