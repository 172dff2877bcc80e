//! Store benchmarks: durable save, bulk load, get by id, one household's
//! year of income.
//!
//! `cargo bench --bench store` measures; `cargo bench --bench store -- --test`
//! runs everything once on small data (CI's smoke test). Figures and the
//! machine they came from are in docs/performance.md.
//!
//! Criterion reports medians; for the durable save's tail and for the
//! 100,000-record bulk load (minutes, not milliseconds, so not repeatable
//! in criterion's sampling) this file times the calls itself and prints
//! the result.

use criterion::{BenchmarkId, Criterion, Throughput};
use kumban::model::*;
use kumban::store::Store;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// `--test` (smoke mode): run each benchmark once, on small data.
fn smoke() -> bool {
    std::env::args().any(|a| a == "--test")
}

/// A benchmark name filter given on the command line, if any.
fn selected(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("bench date")
}

fn household(n: usize) -> Household {
    Household {
        code: format!("BS-{n:04}"),
        head_name: "ນາງ ຄຳແພງ ສີສຸວັນ".into(),
        village: "Bansuo".into(),
        members: 5,
        phone: None,
        groups: vec![Group::cattle(), Group::weaving()],
        demonstration: n.is_multiple_of(3),
        poverty: Poverty::Poor,
        baseline_income: Some(Money::from_major(900, Currency::Usd)),
        enrolled_on: day(2017, 6, 1),
        notes: String::new(),
    }
}

fn income(household: HouseholdId, date: Date, n: i64) -> IncomeLog {
    IncomeLog {
        household,
        date,
        group: Group::weaving(),
        flow: Flow::Income,
        amount: Money::new(6_500 + n % 1_000, Currency::Usd),
        description: "ຜ້າສິ້ນ, market day".into(),
        animal: None,
    }
}

struct Db {
    dir: tempfile::TempDir,
    store: Store,
}

fn empty_db() -> Db {
    let dir = tempfile::tempdir().expect("temporary folder");
    let store = Store::open(&dir.path().join("db"), "bench").expect("open");
    Db { dir, store }
}

/// `households` households with five years (2021–2025) of weekly income
/// each, written in batches of one household (260 logs) per transaction.
fn village(households: usize) -> (Db, Vec<HouseholdId>) {
    let db = empty_db();
    let mut ids = Vec::with_capacity(households);
    for n in 0..households {
        let (_, hh) = db
            .store
            .batch(|b| {
                let hh = b.insert(household(n))?;
                for week in 0..260u64 {
                    let date = day(2021, 1, 4).plus_days(7 * week).expect("date");
                    b.insert(income(hh, date, week as i64))?;
                }
                Ok(hh)
            })
            .expect("batch");
        ids.push(hh);
    }
    (db, ids)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

/// Times N single durable saves and prints their distribution: as the
/// store does them, then with an `fsync` of sled's log file added after
/// each save. sled 0.34 makes a flush stable with `sync_file_range` on
/// Linux, which neither flushes the drive's cache nor the file's size; the
/// second line shows what a full `fsync` per save would cost here.
fn durable_save_percentiles() {
    if !selected("durable_save_p99") {
        return;
    }
    let n = if smoke() { 20 } else { 2_000 };
    for with_fsync in [false, true] {
        let db = empty_db();
        let log_file = std::fs::File::open(db.dir.path().join("db").join("db")).expect("sled log");
        let hh = db.store.insert(household(0)).expect("household");
        let mut times = Vec::with_capacity(n);
        for i in 0..n {
            let log = income(hh, day(2026, 1, 5), i as i64);
            let t = Instant::now();
            db.store.insert(log).expect("save");
            if with_fsync {
                log_file.sync_all().expect("fsync");
            }
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "durable_save_p99{}: {n} saves of one income log: p50 {}  p90 {}  p99 {}  p99.9 {}  max {}",
            if with_fsync { "+fsync" } else { "" },
            ms(percentile(&times, 0.50)),
            ms(percentile(&times, 0.90)),
            ms(percentile(&times, 0.99)),
            ms(percentile(&times, 0.999)),
            ms(*times.last().expect("at least one"))
        );
    }
}

/// Loads income logs into an empty database once and prints the time:
/// one flushed transaction per insert (what `Store::insert` does), then
/// the same count through `Store::batch` in transactions of 1,000.
fn bulk_load() {
    if !selected("bulk_load") {
        return;
    }
    let n: usize = if smoke() {
        200
    } else {
        std::env::var("KUMBAN_BENCH_BULK")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100_000)
    };
    let date = |i: usize| day(2021, 1, 1).plus_days((i % 1_800) as u64).expect("date");

    let db = empty_db();
    let hh = db.store.insert(household(0)).expect("household");
    let t = Instant::now();
    for i in 0..n {
        db.store
            .insert(income(hh, date(i), i as i64))
            .expect("insert");
    }
    let one_by_one = t.elapsed();
    println!(
        "bulk_load/insert: {n} income logs, one transaction each: {:.1} s ({:.3} ms per log, {:.0} logs/s), {} MB on disk",
        one_by_one.as_secs_f64(),
        one_by_one.as_secs_f64() * 1e3 / n as f64,
        n as f64 / one_by_one.as_secs_f64(),
        db.store.size_on_disk() / 1_000_000
    );

    let db = empty_db();
    let hh = db.store.insert(household(0)).expect("household");
    let t = Instant::now();
    for chunk in (0..n).collect::<Vec<_>>().chunks(1_000) {
        db.store
            .batch(|b| {
                for &i in chunk {
                    b.insert(income(hh, date(i), i as i64))?;
                }
                Ok(())
            })
            .expect("batch");
    }
    let batched = t.elapsed();
    println!(
        "bulk_load/batch: {n} income logs, 1,000 per transaction: {:.1} s ({:.3} ms per log, {:.0} logs/s)",
        batched.as_secs_f64(),
        batched.as_secs_f64() * 1e3 / n as f64,
        n as f64 / batched.as_secs_f64()
    );
}

fn criterion_benches(c: &mut Criterion) {
    let (households, label) = if smoke() { (4, 4) } else { (400, 400) };

    {
        let db = empty_db();
        let hh = db.store.insert(household(0)).expect("household");
        let mut i = 0i64;
        c.bench_function("durable_save/income_log", |b| {
            b.iter(|| {
                i += 1;
                db.store
                    .insert(income(hh, day(2026, 1, 5), i))
                    .expect("save")
            })
        });
    }

    let (db, ids) = village(households);
    let total = db.store.count(RecordKind::Income) as u64;
    let mut group = c.benchmark_group("read");
    let mut next = 0u64;
    group.bench_function(
        BenchmarkId::new("get_income_by_id", format!("{total}_logs")),
        |b| {
            b.iter(|| {
                // A different log each time, spread over the whole tree.
                next = (next + 7_919) % total;
                black_box(
                    db.store
                        .get::<IncomeLog>(IncomeId(next + 1))
                        .expect("get")
                        .expect("present"),
                )
            })
        },
    );
    let mut which = 0usize;
    group.throughput(Throughput::Elements(53));
    group.bench_function(
        BenchmarkId::new(
            "household_income_for_a_year",
            format!("{label}_households_{total}_logs"),
        ),
        |b| {
            b.iter(|| {
                which = (which + 37) % ids.len();
                let year = db
                    .store
                    .income_of_between(ids[which], day(2024, 1, 1), day(2024, 12, 31))
                    .expect("scan");
                assert_eq!(year.len(), 53, "2024 has 53 Mondays");
                black_box(year)
            })
        },
    );
    group.finish();
}

fn main() {
    durable_save_percentiles();
    bulk_load();
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    criterion_benches(&mut c);
    c.final_summary();
}
