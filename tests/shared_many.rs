//! Many sessions on one database at once, through its owner process: no
//! "in use" refusal any more, every acknowledged save kept, and the owner
//! killed with -9 in the middle costs nothing that was acknowledged.
//!
//! The writers are this test binary run again with only `child_writer`
//! selected and `KUMBAN_WRITER_DB` set; each prints one line per save.

mod support;

use kumban::model::*;
use kumban::store::StoreError;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use support::shared::*;

const DB_VAR: &str = "KUMBAN_WRITER_DB";
const TAG_VAR: &str = "KUMBAN_WRITER_TAG";
const COUNT_VAR: &str = "KUMBAN_WRITER_COUNT";

/// Runs only in a child: saves COUNT income logs of household BS-01, one
/// request each, and reports every outcome on stdout.
#[test]
fn child_writer() {
    let Some(db) = std::env::var_os(DB_VAR) else {
        return;
    };
    let tag = std::env::var(TAG_VAR).expect("tag");
    let count: usize = std::env::var(COUNT_VAR).expect("count").parse().expect("n");
    let store = connect(Path::new(&db));
    let hh = store
        .household_by_code("BS-01")
        .expect("read")
        .expect("BS-01")
        .id;
    let mut out = std::io::stdout().lock();
    for i in 0..count {
        let mut log =
            support::store::income(HouseholdId(hh), support::store::today(), 1000 + i as i64);
        log.description = format!("{tag}-{i}");
        match store.insert(log) {
            Ok(id) => writeln!(out, "ACK {i} {}", id.0),
            Err(e @ StoreError::MaybeSaved { .. }) => writeln!(out, "MAYBE {i} {e}"),
            Err(e) => writeln!(out, "ERR {i} {e}"),
        }
        .expect("stdout");
        out.flush().expect("flush");
    }
    writeln!(out, "DONE").expect("stdout");
}

struct Outcome {
    acked: BTreeMap<String, u64>,
    maybe: BTreeSet<String>,
    errors: Vec<String>,
}

/// Starts `writers` children saving `count` logs each; returns their
/// outcomes once all have exited (bounded).
fn run_writers(db: &Path, writers: usize, count: usize, during: impl FnOnce()) -> Outcome {
    let children: Vec<_> = (0..writers)
        .map(|w| {
            let mut child = Command::new(std::env::current_exe().expect("test binary"))
                .args(["--exact", "child_writer", "--nocapture", "--test-threads=1"])
                .env(DB_VAR, db)
                .env(TAG_VAR, format!("w{w}"))
                .env(COUNT_VAR, count.to_string())
                .env("KUMBAN_OWNER_IDLE_SECS", IDLE_SECS)
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit())
                .spawn()
                .expect("start a writer");
            let stdout = child.stdout.take().expect("stdout");
            let lines = std::thread::spawn(move || {
                BufReader::new(stdout)
                    .lines()
                    .map_while(Result::ok)
                    .collect::<Vec<String>>()
            });
            (w, child, lines)
        })
        .collect();
    during();
    let mut outcome = Outcome {
        acked: BTreeMap::new(),
        maybe: BTreeSet::new(),
        errors: Vec::new(),
    };
    let deadline = Instant::now() + Duration::from_secs(300);
    for (w, mut child, lines) in children {
        while child.try_wait().expect("wait").is_none() {
            assert!(
                Instant::now() < deadline,
                "writer {w} still running after 300 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(child.wait().expect("exit").success(), "writer {w} failed");
        // The test harness may print its own words before ours on a line.
        let lines: Vec<String> = lines
            .join()
            .expect("reader")
            .into_iter()
            .filter_map(|l| {
                ["ACK ", "MAYBE ", "ERR ", "DONE"]
                    .iter()
                    .filter_map(|k| l.find(k))
                    .min()
                    .map(|at| l[at..].to_string())
            })
            .collect();
        assert!(lines.iter().any(|l| l == "DONE"), "writer {w}: {lines:?}");
        for line in lines {
            let mut parts = line.splitn(3, ' ');
            match (parts.next(), parts.next(), parts.next()) {
                (Some("ACK"), Some(i), Some(id)) => {
                    outcome
                        .acked
                        .insert(format!("w{w}-{i}"), id.parse().expect("id"));
                }
                (Some("MAYBE"), Some(i), _) => {
                    outcome.maybe.insert(format!("w{w}-{i}"));
                }
                (Some("ERR"), _, _) => outcome.errors.push(format!("writer {w}: {line}")),
                _ => {}
            }
        }
    }
    outcome
}

fn seed(db: &Path) {
    let store = connect(db);
    store
        .insert(support::store::household("BS-01"))
        .expect("seed household");
}

/// Every acknowledged save is there, with its own description, and no
/// description appears twice.
fn assert_kept(db: &Path, outcome: &Outcome) {
    let store = connect(db);
    let mut by_description: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for log in store.all::<IncomeLog>() {
        let log = log.expect("read a log");
        by_description
            .entry(log.record.description.clone())
            .or_default()
            .push(log.id);
    }
    for (desc, id) in &outcome.acked {
        assert_eq!(
            by_description.get(desc),
            Some(&vec![*id]),
            "acknowledged save {desc} (id {id})"
        );
    }
    for (desc, ids) in &by_description {
        assert_eq!(ids.len(), 1, "{desc} saved {} times", ids.len());
        assert!(
            outcome.acked.contains_key(desc) || outcome.maybe.contains(desc),
            "{desc} was saved but never reported"
        );
    }
}

fn assert_check_clean(db: &Path) {
    let o = kumban(db, &["check"]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn two_commands_at_once_both_work() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban(&db, &["demo"]).status.success());
    // A session that stays open the whole time, like the clerk's TUI.
    let clerk = connect(&db);
    let runs: Vec<_> = (0..4)
        .map(|_| kumban_cmd(&db, &["status", "--json"]).output())
        .collect();
    for o in runs {
        let o = o.expect("run");
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(!stderr(&o).contains("in use"), "{}", stderr(&o));
    }
    let a = kumban_cmd(&db, &["status", "--json"]).spawn().unwrap();
    let b = kumban_cmd(&db, &["check"]).spawn().unwrap();
    for child in [a, b] {
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    clerk
        .insert(support::store::household("BS-99"))
        .expect("the clerk saves while others read");
    let o = kumban(&db, &["status", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["households"]["total"], 47, "{json}");
}

#[test]
fn eight_writers_and_a_reader_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    seed(&db);
    let stop = Arc::new(AtomicBool::new(false));
    let reader = {
        let (db, stop) = (db.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut runs = 0;
            while !stop.load(Ordering::SeqCst) {
                let o = kumban(&db, &["status", "--json"]);
                assert!(
                    o.status.success(),
                    "status during the writes: {}",
                    stderr(&o)
                );
                serde_json::from_slice::<serde_json::Value>(&o.stdout).expect("JSON");
                runs += 1;
            }
            runs
        })
    };
    let started = Instant::now();
    let outcome = run_writers(&db, 8, 500, || {});
    let took = started.elapsed();
    stop.store(true, Ordering::SeqCst);
    let runs = reader.join().expect("reader");
    assert!(runs > 0);
    assert!(outcome.errors.is_empty(), "{:#?}", outcome.errors);
    assert!(outcome.maybe.is_empty(), "{:?}", outcome.maybe);
    assert_eq!(outcome.acked.len(), 4000);
    assert_kept(&db, &outcome);
    assert_check_clean(&db);
    eprintln!(
        "8 writers x 500 saves: {:.0} saves/s; {runs} status runs meanwhile",
        4000.0 / took.as_secs_f64()
    );
}

#[test]
fn the_owner_killed_mid_run_loses_no_acknowledged_save() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    seed(&db);
    let outcome = run_writers(&db, 4, 300, || {
        // Three times: wait for a new owner to be serving, let the
        // writers work a little, kill it.
        let mut killed = BTreeSet::new();
        for _ in 0..3 {
            let mut pid = None;
            let serving = wait_until(Duration::from_secs(30), || {
                pid = holder_pid(&db).filter(|p| !killed.contains(p));
                pid.is_some()
            });
            assert!(serving, "no new owner within 30 s");
            let pid = pid.unwrap();
            std::thread::sleep(Duration::from_millis(300));
            kill9(pid);
            killed.insert(pid);
        }
    });
    assert!(outcome.errors.is_empty(), "{:#?}", outcome.errors);
    assert!(
        outcome.maybe.len() <= 3 * 4,
        "more uncertain saves than kills x writers: {:?}",
        outcome.maybe
    );
    assert!(outcome.acked.len() + outcome.maybe.len() == 1200);
    eprintln!(
        "owner killed 3 times: {} saves acknowledged, {} uncertain",
        outcome.acked.len(),
        outcome.maybe.len()
    );
    assert_kept(&db, &outcome);
    assert_check_clean(&db);
}

#[test]
fn a_stale_socket_and_holder_file_block_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban(&db, &["demo"]).status.success());
    let pid = holder_pid(&db).expect("owner");
    kill9(pid);
    // What a crash leaves: the socket file and the holder file.
    assert!(kumban::store::remote::socket_path(&db).exists());
    assert_eq!(holder_pid(&db), Some(pid));
    let started = Instant::now();
    let o = kumban(&db, &["status"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert_ne!(holder_pid(&db), Some(pid));
}

#[test]
fn a_second_owner_cannot_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let first = Owner::start(&db);
    let o = kumban(&db, &["serve"]);
    assert_eq!(o.status.code(), Some(1));
    let msg = stderr(&o);
    assert!(msg.contains("is in use"), "{msg}");
    assert!(
        msg.contains(&format!("kumban process {}", first.pid())),
        "{msg}"
    );
    // The first still serves.
    assert!(kumban(&db, &["status"]).status.success());
}

/// `check` while four sessions save: every run reads one moment, so a
/// healthy database is never reported damaged (issue 12, item 3).
#[test]
fn check_while_four_write_finds_nothing_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    seed(&db);
    let mut alarms = Vec::new();
    let mut runs = 0;
    let outcome = run_writers(&db, 4, 400, || {
        for _ in 0..25 {
            let o = kumban(&db, &["check"]);
            runs += 1;
            if !o.status.success() {
                alarms.push(format!("{}{}", stdout(&o), stderr(&o)));
            }
        }
    });
    assert!(outcome.errors.is_empty(), "{:#?}", outcome.errors);
    assert_eq!(runs, 25);
    assert!(
        alarms.is_empty(),
        "{} of {runs} checks reported damage on a healthy database:\n{}",
        alarms.len(),
        alarms.join("\n")
    );
    assert_kept(&db, &outcome);
    assert_check_clean(&db);
}
