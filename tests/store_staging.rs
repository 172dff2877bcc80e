//! Restore and compact build the new database in a staging folder and
//! swap it in with a rename (issue 11, items 1 and 4): a kill -9 at any
//! moment leaves the database as it was before or as it is after, never
//! between, and the next start tidies the staging folder away.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use support::shared::*;

/// Kills per scenario, spread evenly over one uninterrupted run.
const KILLS: u32 = 20;

fn ok(o: &std::process::Output, what: &str) {
    assert!(o.status.success(), "{what}: {}{}", stdout(o), stderr(o));
}

/// The dashboard figures, which tell the two data sets apart.
fn figures(db: &Path) -> String {
    let o = kumban_alone(db, &["status", "--json"]);
    ok(&o, "status");
    stdout(&o)
}

fn check_clean(db: &Path) {
    let o = kumban_alone(db, &["check"]);
    ok(&o, "check after the kill");
}

/// Staging folders left beside `db`.
fn leftovers(db: &Path) -> Vec<PathBuf> {
    let name = db.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::read_dir(db.parent().unwrap())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(&format!("{name}.staging-"))
        })
        .map(|e| e.path())
        .collect()
}

/// Runs `args` on `db`, killing it with SIGKILL after `delay` (if it has
/// not finished by then). True when it was killed.
fn run_killed(db: &Path, args: &[&str], delay: Duration) -> bool {
    let mut child = kumban_cmd(db, args)
        .env("KUMBAN_LOCAL", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start kumban");
    let start = Instant::now();
    while start.elapsed() < delay {
        if child.try_wait().expect("wait").is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    kill9(child.id());
    let _ = child.wait();
    true
}

fn timed(db: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let o = kumban_cmd(db, args)
        .env("KUMBAN_LOCAL", "1")
        .output()
        .expect("run");
    ok(&o, &format!("{args:?}"));
    start.elapsed()
}

/// Saves `n` changes to one household, one at a time, in this process:
/// each leaves superseded pages in sled's log for a compact to drop.
fn churn(db: &Path, n: u8) {
    use kumban::model::{Household, HouseholdId};
    let store = kumban::store::Store::open(db, "clerk").expect("open");
    let mut h = store
        .fetch::<Household>(HouseholdId(1))
        .expect("household 1")
        .record;
    for i in 0..u32::from(n) * 10 {
        h.notes = format!("visit {i}: {}", "x".repeat(400));
        store.update(HouseholdId(1), h.clone()).expect("save");
    }
}

/// A database with a few thousand records and history entries: more than
/// one batch of the rebuild.
fn district(db: &Path, households: &str) {
    let o = kumban_alone(db, &["demo", "--households", households]);
    ok(&o, "demo");
}

#[test]
fn a_restore_killed_at_any_moment_leaves_the_old_database_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let (source, db) = (dir.path().join("source"), dir.path().join("db"));
    district(&source, "40");
    let backup = dir.path().join("source.backup");
    ok(
        &kumban_alone(&source, &["backup", backup.to_str().unwrap()]),
        "backup",
    );
    let after = figures(&source);
    let restore = ["restore", "--replace", backup.to_str().unwrap()];

    // One run from start to end sets the spread of the kills.
    let fresh = dir.path().join("fresh");
    ok(&kumban_alone(&fresh, &["demo"]), "demo");
    let whole = timed(&fresh, &restore);
    assert_eq!(figures(&fresh), after);

    ok(&kumban_alone(&db, &["demo"]), "demo");
    let before = figures(&db);
    assert_ne!(before, after);
    let (mut old, mut new) = (0, 0);
    for i in 0..KILLS {
        // Up to a little past the measured run: the last kills land around
        // the swap even on a slower run.
        let delay = whole * (i + 1) * 11 / (KILLS * 10) + Duration::from_millis(u64::from(i % 3));
        run_killed(&db, &restore, delay);
        check_clean(&db);
        let now = figures(&db);
        assert!(
            leftovers(&db).is_empty(),
            "after kill {i}: {:?}",
            leftovers(&db)
        );
        if now == before {
            old += 1;
        } else {
            assert_eq!(
                now, after,
                "after kill {i} at {delay:?}: neither before nor after"
            );
            new += 1;
            // Back to the old data set for the next kill.
            let o = kumban_alone(
                &db,
                &["restore", "--replace", demo_backup(&dir).to_str().unwrap()],
            );
            ok(&o, "restore the small data set again");
        }
    }
    eprintln!("restore: {old} kills left the old database, {new} the new one");
}

/// A backup of the small demonstration data set.
fn demo_backup(dir: &tempfile::TempDir) -> PathBuf {
    let file = dir.path().join("demo.backup");
    if !file.exists() {
        let db = dir.path().join("demo-db");
        ok(&kumban_alone(&db, &["demo"]), "demo");
        ok(
            &kumban_alone(&db, &["backup", file.to_str().unwrap()]),
            "backup",
        );
    }
    file
}

#[test]
fn a_compact_killed_at_any_moment_leaves_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    district(&db, "40");
    churn(&db, 200);
    let before = figures(&db);
    // Each kill below needs a copy to compact again: one with the same
    // content and the same garbage, put back before each run.
    let pristine = dir.path().join("pristine");
    copy(&db, &pristine);
    // --force: the fresh copy goes in even when it is no smaller, so the
    // kills also land around the swap.
    let whole = timed(&db, &["compact", "--force"]);
    assert_eq!(figures(&db), before);
    let (mut swapped, mut kept) = (0, 0);
    for i in 0..KILLS {
        std::fs::remove_dir_all(&db).unwrap();
        copy(&pristine, &db);
        let delay = whole * i / KILLS + Duration::from_millis(u64::from(i % 3));
        run_killed(&db, &["compact", "--force"], delay);
        check_clean(&db);
        assert!(
            leftovers(&db).is_empty(),
            "after kill {i}: {:?}",
            leftovers(&db)
        );
        assert_eq!(figures(&db), before, "after kill {i} at {delay:?}");
        if size(&db) != size(&pristine) {
            swapped += 1;
        } else {
            kept += 1;
        }
    }
    eprintln!("compact: {kept} kills left the old copy, {swapped} the compacted one");
}

fn copy(from: &Path, to: &Path) {
    assert!(
        Command::new("cp")
            .arg("-a")
            .arg(from)
            .arg(to)
            .status()
            .unwrap()
            .success()
    );
}

fn size(db: &Path) -> u64 {
    std::fs::metadata(db.join("db")).unwrap().len()
}

#[test]
fn compact_says_what_it_saved_and_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    ok(&kumban_alone(&db, &["demo"]), "demo");
    churn(&db, 200);
    let export = |db: &Path| {
        let o = kumban_alone(db, &["export", "--format", "json", "--out", "-"]);
        ok(&o, "export");
        stdout(&o)
    };
    let before = export(&db);
    let o = kumban_alone(&db, &["compact"]);
    ok(&o, "compact");
    let said = stdout(&o);
    // sled may make a fresh copy no smaller: then the database stays.
    if said.starts_with("Nothing to compact") {
        assert!(said.contains("it was left as it was"), "{said}");
        let o = kumban_alone(&db, &["compact", "--force"]);
        ok(&o, "compact --force");
        let said = stdout(&o);
        assert!(said.starts_with("Compacted "), "{said}");
    } else {
        assert!(said.starts_with("Compacted "), "{said}");
        // sled's files after the swap may come out a little larger than
        // the copy it measured: then it says how much more, not "saved".
        assert!(
            said.contains("MB before") && (said.contains("saved") || said.contains("MB more")),
            "{said}"
        );
    }
    assert_eq!(export(&db), before);
    // The old copy is gone, not kept beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    check_clean(&db);
}

#[test]
fn the_next_start_removes_an_unfinished_staging_folder_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    ok(&kumban_alone(&db, &["demo"]), "demo");
    let before = figures(&db);
    // No process has this number (above the kernel's pid limit).
    let stale = dir.path().join("db.staging-99999999");
    std::fs::create_dir(&stale).unwrap();
    std::fs::write(stale.join("kumban-staging"), "building").unwrap();
    std::fs::write(stale.join("db"), "half a database").unwrap();
    let o = kumban_alone(&db, &["check"]);
    ok(&o, "check");
    let said = stderr(&o);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(
        said.contains("removed") && said.contains("cut short"),
        "{said}"
    );
    assert!(!stale.exists());
    assert_eq!(figures(&db), before);
}

#[test]
fn a_complete_staging_folder_whose_swap_was_cut_short_is_put_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let (source, db) = (dir.path().join("source"), dir.path().join("db"));
    ok(&kumban_alone(&source, &["demo"]), "demo");
    let before = figures(&source);
    // As if killed between the two renames of a swap: the database is
    // missing, the complete copy waits under its staging name.
    let staged = dir.path().join("db.staging-99999999");
    assert!(
        Command::new("cp")
            .arg("-a")
            .arg(&source)
            .arg(&staged)
            .status()
            .unwrap()
            .success()
    );
    std::fs::write(staged.join("kumban-staging"), "complete").unwrap();
    let o = kumban_alone(&db, &["check"]);
    ok(&o, "check");
    assert!(stderr(&o).contains("now in place"), "{}", stderr(&o));
    assert!(!staged.exists() && !db.join("kumban-staging").exists());
    assert_eq!(figures(&db), before);
}
