//! Shared by the custom-harness benches (district, forms): percentiles of
//! timed runs, the smoke-run switch, and a client of an owner process.
#![allow(dead_code)] // each bench uses a different part

use kumban::model::Date;
use kumban::store::Store;
use kumban::tui::App;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub fn today() -> Date {
    Date::from_ymd(2026, 11, 28).expect("bench date")
}

/// `cargo bench -- --test`: CI's smoke run, each figure taken once or a
/// few times on small data.
pub fn smoke() -> bool {
    std::env::args().any(|a| a == "--test")
}

pub struct Stats {
    pub median: Duration,
    pub p99: Duration,
    pub min: Duration,
    pub max: Duration,
    pub n: usize,
}

pub fn stats(mut v: Vec<Duration>) -> Stats {
    v.sort();
    let n = v.len();
    let at = |q: f64| v[((n as f64 - 1.0) * q).round() as usize];
    Stats {
        median: at(0.5),
        p99: at(0.99),
        min: v[0],
        max: v[n - 1],
        n,
    }
}

pub fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

pub fn report(what: &str, s: &Stats) {
    println!(
        "{what:<46} median {:>11}  p99 {:>11}  min {:>11}  max {:>11}  (n={})",
        ms(s.median),
        ms(s.p99),
        ms(s.min),
        ms(s.max),
        s.n
    );
}

pub fn timed(f: impl FnOnce()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

pub fn repeat(n: usize, mut f: impl FnMut() -> Duration) -> Stats {
    stats((0..n).map(|_| f()).collect())
}

/// Waits until every list or report being built behind the screen has
/// arrived.
pub fn wait_loaded(app: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(600);
    while app.busy() && Instant::now() < deadline {
        app.take_loaded();
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// A client of an owner process started from the kumban binary.
pub fn connect(path: &Path) -> Store {
    Store::connect(
        path,
        &kumban::store::remote::Connect {
            exe: Some(PathBuf::from(env!("CARGO_BIN_EXE_kumban"))),
            idle_exit: Duration::from_secs(5),
            ..Default::default()
        },
    )
    .expect("connect to an owner")
}
