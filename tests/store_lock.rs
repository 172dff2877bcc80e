//! A second process on an open database: refused at once, with who holds
//! it and since when. A holder file left by a dead process blocks nothing.
//!
//! The holding process is this test binary run again with only
//! `child_holder` selected and `KUMBAN_LOCK_DB` set.

mod support;

use kumban::store::{Store, StoreError, holder};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use support::store::*;

const DB_VAR: &str = "KUMBAN_LOCK_DB";
const READY: &str = "KUMBAN-LOCK-READY";
const HOLDER_USER: &str = "somchai";

/// Runs only in the child: holds the database open until its stdin closes.
#[test]
fn child_holder() {
    let Some(path) = std::env::var_os(DB_VAR) else {
        return;
    };
    let store = Store::open(std::path::Path::new(&path), HOLDER_USER).expect("child opens");
    store.insert(household("BS-01")).expect("child writes");
    println!("{READY}");
    std::io::stdout().flush().expect("flush");
    // Blocks until the parent closes our stdin (or dies, which closes it).
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    drop(store);
}

struct Holder {
    child: Child,
    stdin: Option<ChildStdin>,
}

impl Holder {
    fn start(db: &std::path::Path) -> Holder {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", "child_holder", "--nocapture", "--test-threads=1"])
            .env(DB_VAR, db)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the holding process");
        let stdout = child.stdout.take().expect("child stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if line.contains(READY) && tx.send(()).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        let mut h = Holder { child, stdin };
        if rx.recv_timeout(Duration::from_secs(30)).is_err() {
            h.stop();
            panic!("the holding process did not open the database within 30 s");
        }
        h
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Closes the child's stdin and waits (bounded) for it to exit.
    fn stop(&mut self) {
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        panic!("the holding process did not exit within 10 s of its stdin closing");
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        // Never leave a child behind, even when an assertion failed.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[test]
fn a_second_process_is_told_who_holds_the_database() {
    let db = TempDb::new();
    let mut holder = Holder::start(&db.path());

    let started = Instant::now();
    let result = Store::open(&db.path(), "ying");
    let waited = started.elapsed();
    let err = match result {
        Err(e @ StoreError::InUse { .. }) => e,
        Err(other) => panic!("expected InUse, got {other:?}"),
        Ok(_) => panic!("a second process opened a database that is in use"),
    };
    assert!(waited < Duration::from_secs(1), "took {waited:?}");
    let msg = err.to_string();
    assert!(msg.contains("is in use by somchai"), "{msg}");
    assert!(
        msg.contains(&format!("kumban process {}", holder.pid())),
        "{msg}"
    );
    assert!(msg.contains(" since "), "{msg}");
    assert!(msg.contains("close that kumban first"), "{msg}");
    assert_eq!(msg.lines().count(), 1, "one line: {msg}");

    // Once the holder has gone, the database opens and holds its write.
    holder.stop();
    let store = Store::open(&db.path(), "ying").expect("open after the holder left");
    assert!(store.household_by_code("BS-01").unwrap().is_some());
    let me = holder::read(&db.path()).expect("holder file");
    assert_eq!((me.user.as_str(), me.pid), ("ying", std::process::id()));
    assert_sound(&store);
}

#[test]
fn a_holder_file_from_a_dead_process_does_not_block() {
    let db = TempDb::new();
    // A real pid that has certainly exited.
    let mut gone = Command::new("true").spawn().expect("run true");
    let dead_pid = gone.id();
    gone.wait().expect("true exits");
    std::fs::create_dir_all(db.path()).unwrap();
    let stale = holder::Holder {
        user: "ghost".into(),
        pid: dead_pid,
        host: "old-laptop".into(),
        since: "2020-01-01 08:00".into(),
    };
    holder::write(&db.path(), &stale).unwrap();
    assert_eq!(holder::read(&db.path()), Some(stale));

    let store = Store::open(&db.path(), "clerk").expect("a stale holder file blocks nothing");
    let now = holder::read(&db.path()).expect("holder file rewritten");
    assert_eq!((now.user.as_str(), now.pid), ("clerk", std::process::id()));
    drop(store);
    assert_eq!(
        holder::read(&db.path()),
        None,
        "closing removes our holder file"
    );
}

/// sled keeps its file lock for a few milliseconds after the handle is
/// dropped; reopening at once in the same process must not say "in use".
/// Several threads at a time make the late release likely.
#[test]
fn reopening_right_after_closing_is_not_in_use() {
    let workers: Vec<_> = (0..4)
        .map(|t| {
            std::thread::spawn(move || {
                let db = TempDb::new();
                for i in 0..40 {
                    let store = Store::open(&db.path(), "clerk")
                        .unwrap_or_else(|e| panic!("thread {t}, reopen {i}: {e}"));
                    store.insert(household(&format!("BS-{i}"))).unwrap();
                }
                let store = db.open();
                assert_eq!(store.count(kumban::model::RecordKind::Household), 40);
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker");
    }
}
