//! Shared access (issue 7): the cost of going through the owner process.
//! A read and a durable save through the socket against the same call
//! in-process; the delay from a save in one session to another session's
//! change feed showing it; saves per second with 8 writers at once.
//!
//! `cargo bench --bench shared`; `-- --test` is CI's smoke run. Nothing
//! here asserts a time: figures go to docs/performance.md.

use kumban::model::*;
use kumban::store::Store;
use std::time::{Duration, Instant};
use support::*;

mod support;

fn household(code: &str) -> Household {
    Household {
        code: code.into(),
        head_name: "ນາງ ຄຳແພງ ສີສຸວັນ".into(),
        village: "Bansuo".into(),
        members: 5,
        phone: None,
        groups: vec![Group::weaving()],
        demonstration: false,
        poverty: Poverty::Poor,
        baseline_income: None,
        enrolled_on: today(),
        notes: String::new(),
    }
}

fn log(household: HouseholdId, n: i64) -> IncomeLog {
    IncomeLog {
        household,
        date: today(),
        group: Group::weaving(),
        flow: Flow::Income,
        amount: Money::new(6_500 + n, Currency::Usd),
        description: "benchmark save".into(),
        animal: None,
    }
}

fn reads(store: &Store, hh: HouseholdId, n: usize) -> Stats {
    repeat(n, || {
        timed(|| {
            std::hint::black_box(store.get::<Household>(hh).expect("read"));
        })
    })
}

fn saves(store: &Store, hh: HouseholdId, n: usize) -> Stats {
    let mut k = 0;
    repeat(n, || {
        k += 1;
        let l = log(hh, k);
        timed(|| {
            store.insert(l).expect("save");
        })
    })
}

fn ratio(remote: &Stats, local: &Stats) -> String {
    format!(
        "through the owner / in-process: {:.2} (median), {:.2} (p99)",
        remote.median.as_secs_f64() / local.median.as_secs_f64(),
        remote.p99.as_secs_f64() / local.p99.as_secs_f64()
    )
}

fn main() {
    let n = |full: usize| if smoke() { 3 } else { full };
    let dir = tempfile::tempdir().expect("temp dir");
    let local_path = dir.path().join("local");
    let shared_path = dir.path().join("shared");

    let local = Store::open(&local_path, "bench").expect("open");
    let local_hh = local.insert(household("BS-01")).expect("household");
    let remote = connect(&shared_path);
    let remote_hh = remote.insert(household("BS-01")).expect("household");

    let (rl, rr) = (
        reads(&local, local_hh, n(2001)),
        reads(&remote, remote_hh, n(2001)),
    );
    report("read one household, in-process", &rl);
    report("read one household, through the owner", &rr);
    println!("  {}", ratio(&rr, &rl));
    let (sl, sr) = (
        saves(&local, local_hh, n(301)),
        saves(&remote, remote_hh, n(301)),
    );
    report("durable save of one income log, in-process", &sl);
    report("durable save, through the owner", &sr);
    println!("  {}", ratio(&sr, &sl));

    // Another session hears of each save through its change feed; the
    // TUI looks at the feed every 50 ms, so that much may be added.
    let officer = connect(&shared_path);
    let _ = officer.changes();
    let mut k = 0;
    let seen = repeat(n(101), || {
        k += 1;
        let before = officer.changes().map_or(0, |c| c.txn);
        let t = Instant::now();
        remote.insert(log(remote_hh, 10_000 + k)).expect("save");
        let deadline = t + Duration::from_secs(5);
        while officer.changes().map_or(0, |c| c.txn) <= before && Instant::now() < deadline {
            std::thread::sleep(Duration::from_micros(50));
        }
        t.elapsed()
    });
    report("save in one session to another's feed", &seen);

    // Eight writers at once, each its own connection, as eight sessions.
    let per_writer = n(250);
    let t = Instant::now();
    std::thread::scope(|s| {
        for w in 0..8 {
            let path = shared_path.clone();
            s.spawn(move || {
                let store = connect(&path);
                for i in 0..per_writer {
                    store
                        .insert(log(remote_hh, (w * 100_000 + i) as i64))
                        .expect("save");
                }
            });
        }
    });
    let took = t.elapsed();
    let total = 8 * per_writer;
    println!(
        "{:<46} {total} saves in {:.2} s: {:.0} saves/s",
        "8 writers at once, through the owner",
        took.as_secs_f64(),
        total as f64 / took.as_secs_f64()
    );
    let t = Instant::now();
    for i in 0..total {
        remote
            .insert(log(remote_hh, 900_000 + i as i64))
            .expect("save");
    }
    let one = t.elapsed();
    println!(
        "{:<46} {total} saves in {:.2} s: {:.0} saves/s",
        "1 writer, through the owner",
        one.as_secs_f64(),
        total as f64 / one.as_secs_f64()
    );
    drop(remote);
    drop(officer);
    let _ = kumban::store::remote::stop_idle_owner(&shared_path);
}
