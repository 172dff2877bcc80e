//! `kumban report` at district size (issue 14): each report worked out
//! and written as text, in this process on the open database, through an
//! owner process, and as the whole command (`kumban --local report`, from
//! process start to exit, opening the database included).
//!
//! `cargo bench --bench report` works on `demo --households N` (N from
//! KUMBAN_BENCH_HOUSEHOLDS, default 20,000), generated once into
//! target/bench-data/ (the same data set as the district bench) and
//! reused. `cargo bench --bench report -- --test` is CI's smoke run: 50
//! households in a temporary folder, each figure taken once. Nothing here
//! asserts a time: figures go to docs/performance.md. Few runs each: at
//! district size a year's income report takes seconds (see there).

use kumban::report::reports::{self, Format, ReportKind, Span};
use kumban::store::Store;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use support::*;

mod support;

fn database(households: usize) -> (PathBuf, Option<tempfile::TempDir>) {
    let (path, tmp) = if smoke() {
        let tmp = tempfile::tempdir().expect("temp dir");
        (tmp.path().join("db"), Some(tmp))
    } else {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("target/bench-data")
            .join(format!("district-{households}"));
        (path, None)
    };
    if !path.join("ready").exists() {
        let _ = std::fs::remove_dir_all(&path);
        let store = Store::open(&path, "bench").expect("open");
        let t = Instant::now();
        kumban::demo::district::fill(&store, today(), households, |_| {}).expect("generate");
        eprintln!(
            "generated {households} households in {:.1} s",
            t.elapsed().as_secs_f64()
        );
        drop(store);
        std::fs::write(path.join("ready"), b"").expect("mark ready");
    }
    (path, tmp)
}

/// The span each report is asked for by default: this year, or for the
/// calving calendar the 12 months ahead.
fn span_of(kind: ReportKind) -> Span {
    match kind {
        ReportKind::Calvings => Span::ahead_from(today()),
        _ => Span::year(2026),
    }
    .expect("bench span")
}

fn build(store: &Store, kind: ReportKind) -> usize {
    let t = reports::build(store, kind, span_of(kind), today()).expect("report");
    std::hint::black_box(t.render(Format::Text)).len()
}

fn command(path: &Path, kind: ReportKind) -> std::time::Duration {
    timed(|| {
        let o = Command::new(env!("CARGO_BIN_EXE_kumban"))
            .args(["--local", "--today", "2026-11-28", "--db"])
            .arg(path)
            .args(["report", "--by", kind.name()])
            .env("KUMBAN_BACKUP_DIR", path.join("bench-backups"))
            .output()
            .expect("run kumban");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    })
}

fn main() {
    let households = if smoke() {
        50
    } else {
        std::env::var("KUMBAN_BENCH_HOUSEHOLDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20_000)
    };
    let runs = |n: usize| if smoke() { 1 } else { n };
    let (path, _tmp) = database(households);
    println!(
        "report benchmark: {households} households, database {}",
        path.display()
    );
    {
        let store = Store::open(&path, "bench").expect("open");
        for kind in ReportKind::ALL {
            build(&store, kind);
            let s = repeat(runs(5), || {
                timed(|| {
                    std::hint::black_box(build(&store, kind));
                })
            });
            report(&format!("in process: {}", kind.name()), &s);
        }
    }
    for kind in ReportKind::ALL {
        let s = repeat(runs(3), || command(&path, kind));
        report(&format!("whole command: {}", kind.name()), &s);
    }
    let store = connect(&path);
    for kind in ReportKind::ALL {
        build(&store, kind);
        let s = repeat(runs(3), || {
            timed(|| {
                std::hint::black_box(build(&store, kind));
            })
        });
        report(&format!("through an owner: {}", kind.name()), &s);
    }
}
