//! Commands while the owner is killed again and again (kill -9): each
//! command reconnects, starting a new owner, and sends again what the
//! owner never got; no acknowledged write is lost and no command fails
//! that could have been sent again. Only a write whose answer was lost
//! may end "may or may not have been made".

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use support::shared::*;

const WRITERS: usize = 3;
/// Owners killed before the writers stop.
const KILLS: usize = 20;
/// A bound on each writer, should the owners stop starting.
const MAX_IMPORTS: usize = 400;
const MAYBE_SAVED: &str = "may or may not have been made";

/// One household per file, with a code no other file has.
fn household_file(dir: &Path, code: &str) -> PathBuf {
    let file = dir.join(format!("{code}.csv"));
    std::fs::write(
        &file,
        format!("code,head_name,village,members,enrolled_on\n{code},Vanna,Bansuo,3,2018-01-01\n"),
    )
    .expect("write the import file");
    file
}

/// The household codes in the database, each as often as it is there.
fn codes(db: &Path) -> BTreeMap<String, usize> {
    let o = kumban(db, &["export", "--format", "json", "--out", "-"]);
    assert!(o.status.success(), "export: {}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let mut seen = BTreeMap::new();
    for h in json["households"].as_array().expect("households") {
        let code = h["code"].as_str().expect("code").to_string();
        *seen.entry(code).or_insert(0) += 1;
    }
    seen
}

/// Kills `KILLS` owners of `db`, each a moment after it started serving,
/// then sets `stop`; returns how many it killed.
fn keep_killing(db: PathBuf, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<usize> {
    std::thread::spawn(move || {
        let mut killed = BTreeSet::new();
        for round in 0..KILLS {
            let mut pid = None;
            let serving = wait_until(Duration::from_secs(30), || {
                pid = holder_pid(&db).filter(|p| !killed.contains(p));
                pid.is_some()
            });
            let Some(pid) = pid.filter(|_| serving) else {
                break;
            };
            // Varied, so that kills land in every part of a command.
            std::thread::sleep(Duration::from_millis(20 + 15 * (round as u64 % 5)));
            kill9(pid);
            killed.insert(pid);
        }
        stop.store(true, Ordering::SeqCst);
        killed.len()
    })
}

#[test]
fn imports_go_on_while_the_owner_is_killed_again_and_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let files = dir.path().join("in");
    std::fs::create_dir(&files).unwrap();
    let first = household_file(&files, "BS-00");
    let o = kumban(&db, &["import", first.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));

    let stop = Arc::new(AtomicBool::new(false));
    let killer = keep_killing(db.clone(), stop.clone());
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (db, files, stop) = (db.clone(), files.clone(), stop.clone());
            std::thread::spawn(move || {
                (0..MAX_IMPORTS)
                    .take_while(|_| !stop.load(Ordering::SeqCst))
                    .map(|i| {
                        let code = format!("R{w}-{i:03}");
                        let file = household_file(&files, &code);
                        let o = kumban(&db, &["import", file.to_str().unwrap()]);
                        (code, o.status.code(), stderr(&o))
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let outcomes: Vec<_> = writers
        .into_iter()
        .flat_map(|w| w.join().expect("writer"))
        .collect();
    let kills = killer.join().expect("killer");
    assert_eq!(kills, KILLS, "the owners stopped starting");

    let there = codes(&db);
    let mut maybe = 0;
    let mut failed = Vec::new();
    for (code, exit, err) in &outcomes {
        match exit {
            Some(0) => assert_eq!(there.get(code), Some(&1), "acknowledged import of {code}"),
            _ if err.contains(MAYBE_SAVED) => maybe += 1,
            _ => failed.push(format!("{code} ({exit:?}): {err}")),
        }
    }
    assert!(
        failed.is_empty(),
        "imports failed that could have been sent again:\n{}",
        failed.join("\n")
    );
    for (code, n) in &there {
        assert_eq!(*n, 1, "{code} is there {n} times");
    }
    assert!(
        maybe <= kills,
        "{maybe} uncertain imports for {kills} kills"
    );
    eprintln!(
        "{} imports, {kills} owners killed, {maybe} uncertain",
        outcomes.len()
    );
    let o = kumban(&db, &["check"]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
}
