//! Large imports: no row cap and no request cap, still all or nothing.
//! An import too large for one transaction is written in batches under
//! the import journal (docs/storage.md); a kill -9 at any moment leaves
//! the database as before the import or as after it, never between, and
//! another session reading meanwhile never sees part of it.
//!
//! `KUMBAN_IMPORT_BATCH` makes batches small, so that a small import has
//! many of them and kills land between them.

mod support;

use kumban::model::{Household, RecordKind};
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::shared::*;

const HOUSEHOLDS: &str =
    "code,head_name,village,members,enrolled_on\nBS-001,Vanna,Bansuo,3,2018-01-01\n";
const INCOME_HEADER: &str = "household,date,group,flow,amount,currency,description\n";
/// Records per transaction in the crash tests.
const SMALL_BATCH: &str = "20";
const ROUNDS: u64 = 20;

/// A folder with income.csv: `rows` logs of household BS-001, each
/// described as `mark` and its number, padded to `pad` characters.
fn income_file(dir: &Path, mark: &str, rows: usize, pad: usize) -> PathBuf {
    let folder = dir.join(mark);
    std::fs::create_dir_all(&folder).expect("folder");
    let mut text = String::with_capacity(rows * (60 + pad));
    text.push_str(INCOME_HEADER);
    for i in 0..rows {
        let description = format!("{mark} {i:06}{}", "x".repeat(pad));
        text.push_str(&format!(
            "BS-001,2024-{:02}-{:02},cattle,income,{},LAK,{description}\n",
            1 + i % 12,
            1 + i % 28,
            1000 + i
        ));
    }
    std::fs::write(folder.join("income.csv"), text).expect("write income.csv");
    folder
}

/// A database holding household BS-001 (the import's only household).
fn database(dir: &Path, name: &str) -> PathBuf {
    let db = dir.join(name);
    let hh = dir.join(format!("{name}-households.csv"));
    std::fs::write(&hh, HOUSEHOLDS).expect("households.csv");
    let o = kumban_alone(&db, &["import", hh.to_str().expect("path")]);
    assert!(o.status.success(), "first import: {}", stderr(&o));
    db
}

/// `kumban ARGS`, in this process (`local`) or through the owner; an
/// owner it starts writes imports in small batches.
fn run(db: &Path, args: &[&str], local: bool) -> std::process::Output {
    let mut c = kumban_cmd(db, args);
    c.env("KUMBAN_IMPORT_BATCH", SMALL_BATCH);
    if local {
        c.env("KUMBAN_LOCAL", "1");
    }
    c.output().expect("run kumban")
}

/// Income logs whose description starts with `mark`, per the export.
fn logs_marked(db: &Path, mark: &str, local: bool) -> usize {
    let o = run(db, &["export", "--format", "json", "--out", "-"], local);
    assert!(o.status.success(), "export: {}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    json["income"]
        .as_array()
        .expect("income")
        .iter()
        .filter(|l| {
            l["description"]
                .as_str()
                .is_some_and(|d| d.starts_with(&format!("{mark} ")))
        })
        .count()
}

fn assert_check_clean(db: &Path, local: bool) {
    let o = run(db, &["check"], local);
    assert!(
        o.status.success() && stdout(&o).contains("no problems found"),
        "check: {}{}",
        stdout(&o),
        stderr(&o)
    );
}

fn import_cmd(db: &Path, folder: &Path) -> Command {
    let mut c = kumban_cmd(db, &["import", folder.to_str().expect("path")]);
    c.env("KUMBAN_IMPORT_BATCH", SMALL_BATCH)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

fn rng() -> TestRng {
    TestRng::from_seed(RngAlgorithm::ChaCha, &[11; 32])
}

/// The live process that holds the database (an owner).
fn wait_for_holder(db: &Path) -> Option<u32> {
    let alive = |pid: u32| {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
            s.rsplit_once(')')
                .is_some_and(|(_, r)| !r.trim_start().starts_with('Z'))
        })
    };
    let mut pid = None;
    wait_until(Duration::from_secs(20), || {
        pid = holder_pid(db).filter(|p| alive(*p));
        pid.is_some()
    });
    pid
}

#[test]
fn an_import_past_100000_rows_and_8_mib_goes_through_the_owner() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = database(dir.path(), "db");
    // 100,001 rows of some 140 bytes: past the old row cap, and the
    // writes come to some 12 MB, past the 8 MiB one message holds.
    let rows = 100_001;
    let folder = income_file(dir.path(), "big", rows, 80);
    let size = std::fs::metadata(folder.join("income.csv"))
        .expect("size")
        .len();
    assert!(size > 8 << 20, "the file is {size} bytes");
    let o = kumban(&db, &["import", folder.to_str().expect("path")]);
    assert!(o.status.success(), "import: {}", stderr(&o));
    assert!(
        stdout(&o).contains("added 100001 income logs"),
        "{}",
        stdout(&o)
    );
    let store = connect(&db);
    assert_eq!(store.count(RecordKind::Income), rows);
}

#[test]
fn a_crash_between_batches_is_undone_at_the_next_opening() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = database(dir.path(), "db");
    let folder = income_file(dir.path(), "cut", 200, 0);
    // The import also changes the household already there (--update).
    std::fs::write(
        folder.join("households.csv"),
        HOUSEHOLDS.replace("Bansuo", "Nam Tha"),
    )
    .expect("households.csv");
    let stored = |db: &Path| {
        let store = kumban::store::Store::open(db, "test").expect("open");
        store
            .household_by_code("BS-001")
            .expect("read")
            .expect("BS-001")
    };
    let household_before = stored(&db);
    let before = kumban_alone(&db, &["export", "--format", "json", "--out", "-"]).stdout;
    // Stops dead after 3 of 11 batches were written and flushed.
    let o = kumban_cmd(&db, &["import", "--update", folder.to_str().expect("path")])
        .env("KUMBAN_LOCAL", "1")
        .env("KUMBAN_IMPORT_BATCH", SMALL_BATCH)
        .env("KUMBAN_TEST_ABORT_AFTER_BATCHES", "3")
        .output()
        .expect("run kumban");
    assert!(!o.status.success(), "the import should have been stopped");
    // The undo is stopped dead too, after 1 of its 3 batches: the next
    // opening goes on where it stopped.
    let o = kumban_cmd(&db, &["check"])
        .env("KUMBAN_LOCAL", "1")
        .env("KUMBAN_IMPORT_BATCH", SMALL_BATCH)
        .env("KUMBAN_TEST_ABORT_AFTER_UNDONE", "1")
        .output()
        .expect("run kumban");
    assert!(!o.status.success(), "the undo should have been stopped");
    let c = kumban_alone(&db, &["check"]);
    assert!(
        stderr(&c).contains("was cut short") && stderr(&c).contains("nothing of it was kept"),
        "{}",
        stderr(&c)
    );
    assert!(stdout(&c).contains("no problems found"), "{}", stdout(&c));
    let after = kumban_alone(&db, &["export", "--format", "json", "--out", "-"]).stdout;
    assert_eq!(
        String::from_utf8_lossy(&before),
        String::from_utf8_lossy(&after)
    );
    // The household changed in the first batch is back, audit stamp and all.
    assert_eq!(stored(&db), household_before);
    // The undo is quiet once done, and the import goes through whole.
    let again = kumban_alone(&db, &["import", "--update", folder.to_str().expect("path")]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(!stderr(&again).contains("cut short"), "{}", stderr(&again));
    assert_eq!(logs_marked(&db, "cut", true), 200);
    assert_eq!(stored(&db).record.village, "Nam Tha");
    assert_check_clean(&db, true);
}

#[test]
fn an_import_whose_answer_was_lost_is_not_written_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = database(dir.path(), "db");
    let folder = income_file(dir.path(), "lost", 100, 0);
    // The owner (started by this import, with its environment) dies right
    // after the commit, before answering: the import asks the next owner
    // whether it was written instead of sending it again.
    let o = import_cmd(&db, &folder)
        .env("KUMBAN_TEST_ABORT_AFTER_COMMIT", "1")
        .stdout(Stdio::piped())
        .output()
        .expect("import");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("added 100 income logs"),
        "{}",
        stdout(&o)
    );
    assert_eq!(logs_marked(&db, "lost", false), 100);
    assert_check_clean(&db, false);
}

#[test]
fn kill_9_of_the_owner_during_imports_leaves_before_or_after() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = database(dir.path(), "db");
    let rows = 300;
    // How long one import takes here, so that kills land all through one.
    let started = Instant::now();
    let probe = income_file(dir.path(), "probe", rows, 0);
    let o = import_cmd(&db, &probe).output().expect("import");
    assert!(o.status.success(), "{}", stderr(&o));
    let span = started.elapsed().as_millis().max(50) as u64;
    let mut rng = rng();
    let mut applied = 0;
    for round in 0..ROUNDS {
        let mark = format!("owner{round}");
        let folder = income_file(dir.path(), &mark, rows, 0);
        let child = import_cmd(&db, &folder).spawn().expect("import");
        if let Some(owner) = wait_for_holder(&db) {
            std::thread::sleep(Duration::from_millis(rng.random_range(0..span)));
            kill9(owner);
        }
        let out = child.wait_with_output().expect("import ends");
        let found = logs_marked(&db, &mark, false);
        assert!(
            found == 0 || found == rows,
            "round {round}: {found} of {rows} logs after the kill; import said {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if out.status.success() {
            assert_eq!(found, rows, "round {round}: acknowledged but not there");
            applied += 1;
        }
        assert_check_clean(&db, false);
    }
    let log = std::fs::read_to_string(db.join(kumban::store::remote::LOG_FILE)).unwrap_or_default();
    eprintln!(
        "{applied} of {ROUNDS} imports went through despite the kill; owners undid {} imports cut short",
        log.matches("was cut short").count()
    );
}

#[test]
fn kill_9_of_a_local_import_leaves_before_or_after() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = database(dir.path(), "db");
    let rows = 300;
    let started = Instant::now();
    let probe = income_file(dir.path(), "probe", rows, 0);
    let o = import_cmd(&db, &probe)
        .env("KUMBAN_LOCAL", "1")
        .output()
        .expect("import");
    assert!(o.status.success(), "{}", stderr(&o));
    // A little longer than one import, so that some end before the kill.
    let span = started.elapsed().as_millis().max(50) as u64 * 5 / 4;
    let mut rng = rng();
    let (mut before, mut after, mut cut) = (0, 0, 0);
    for round in 0..ROUNDS {
        let mark = format!("local{round}");
        let folder = income_file(dir.path(), &mark, rows, 0);
        let child = import_cmd(&db, &folder)
            .env("KUMBAN_LOCAL", "1")
            .spawn()
            .expect("import");
        std::thread::sleep(Duration::from_millis(rng.random_range(0..span)));
        kill9(child.id());
        let out = child.wait_with_output().expect("import ends");
        // The first opening after the kill undoes what it cut short.
        let c = kumban_alone(&db, &["check"]);
        assert!(stdout(&c).contains("no problems found"), "{}", stdout(&c));
        if stderr(&c).contains("was cut short") {
            cut += 1;
        }
        let found = logs_marked(&db, &mark, true);
        assert!(
            found == 0 || found == rows,
            "round {round}: {found} of {rows} logs after the kill"
        );
        if out.status.success() {
            assert_eq!(found, rows, "round {round}: acknowledged but not there");
        }
        if found == 0 {
            before += 1
        } else {
            after += 1
        }
        assert_check_clean(&db, true);
    }
    eprintln!("{before} imports not there ({cut} of them undone half written), {after} whole");
}

#[test]
fn another_session_never_sees_part_of_an_import() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = database(dir.path(), "db");
    // The owner, writing imports in small batches.
    let mut owner = kumban_cmd(&db, &["serve"])
        .env("KUMBAN_IMPORT_BATCH", SMALL_BATCH)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("kumban serve");
    let socket = kumban::store::remote::socket_path(&db);
    assert!(wait_until(Duration::from_secs(20), || {
        std::os::unix::net::UnixStream::connect(&socket).is_ok()
    }));
    let reader = connect(&db);
    let count_before = reader.count(RecordKind::Income);
    let totals_before = reader.totals().expect("totals");
    let rows = 2_000;
    let folder = income_file(dir.path(), "seen", rows, 0);
    let mut child = import_cmd(&db, &folder).spawn().expect("import");
    let mut counts = Vec::new();
    let mut totals = Vec::new();
    loop {
        let done = matches!(child.try_wait(), Ok(Some(_)));
        counts.push(reader.count(RecordKind::Income));
        totals.push(reader.totals().expect("totals"));
        if done {
            break;
        }
    }
    let out = child.wait_with_output().expect("import ends");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let count_after = reader.count(RecordKind::Income);
    let totals_after = reader.totals().expect("totals");
    assert_eq!(count_after, count_before + rows);
    for (i, n) in counts.iter().enumerate() {
        assert!(
            *n == count_before || *n == count_after,
            "read {i} saw {n} income logs: part of the import"
        );
        assert!(
            i == 0 || !(counts[i - 1] == count_after && *n == count_before),
            "the import went away again at read {i}"
        );
    }
    for (i, t) in totals.iter().enumerate() {
        assert!(
            *t == totals_before || *t == totals_after,
            "read {i} saw totals of part of the import: {t:?}"
        );
    }
    eprintln!("{} reads during the import", counts.len());
    let _ = owner.kill();
    let _ = owner.wait();
}

#[test]
fn a_save_too_large_for_one_message_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = database(dir.path(), "db");
    let store = connect(&db);
    // Some 10 MB of households in one batch (one message to the owner).
    let result = store.batch(|b| {
        for i in 0..22_000 {
            b.insert(Household {
                code: format!("BN-{i:05}"),
                notes: "n".repeat(400),
                ..support::store::household("BN-0")
            })?;
        }
        Ok(())
    });
    let message = match result {
        Err(e) => e.to_string(),
        Ok(_) => panic!("a message over 8 MiB was sent"),
    };
    assert!(
        message.starts_with("the request is ")
            && message.contains("more than the 8388608 bytes one message")
            && !message.contains("disk"),
        "{message}"
    );
    assert_eq!(store.count(RecordKind::Household), 1, "nothing was saved");
}

const SMALL_DISK_VAR: &str = "KUMBAN_IMPORT_SMALL_DISK_DIR";

/// An import the disk clearly has no room for is refused before anything
/// is written, saying how much room it needs. The disk is a 10 MB tmpfs
/// in a mount namespace of its own (as in tests/shared_disk_full.rs).
#[test]
fn an_import_too_large_for_the_disk_is_refused_before_writing() {
    let dir = tempfile::tempdir().expect("tempdir");
    small_disk::run_child("child_small_disk", &[(SMALL_DISK_VAR, dir.path())]);
}

/// Runs only under `unshare -m`, from the test above.
#[test]
fn child_small_disk() {
    let Some(dir) = std::env::var_os(SMALL_DISK_VAR) else {
        return;
    };
    let dir = Path::new(&dir);
    let disk = dir.join("disk");
    std::fs::create_dir_all(&disk).expect("mount point");
    if !small_disk::mount(&disk, "10m") {
        return;
    }
    let db = database(&disk, "db");
    // The file is outside the small disk; 20,000 logs need some 40 MB.
    let folder = income_file(dir, "room", 20_000, 0);
    let before = run(&db, &["export", "--format", "json", "--out", "-"], true).stdout;
    let o = run(&db, &["import", folder.to_str().expect("path")], true);
    let said = stderr(&o);
    assert!(!o.status.success(), "imported onto a full disk");
    assert!(
        said.contains("the disk that holds the database has ")
            && said.contains("MB free, and this import needs about ")
            && said.contains("nothing was imported"),
        "{said}"
    );
    let after = run(&db, &["export", "--format", "json", "--out", "-"], true).stdout;
    assert_eq!(before, after, "something was written");
    assert_check_clean(&db, true);
    small_disk::passed();
}
