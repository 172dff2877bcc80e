//! Backups keep everything exactly: ids, audit stamps, history, counters.
//! Restore only fills an empty database, refuses newer formats, and daily
//! backups rotate.

use kumban::interchange::backup::{self, BackupError};
use kumban::model::*;
use kumban::store::{Change, Record, Store, Stored};
use std::path::Path;

mod support;

use support::today;

/// The demonstration data plus an update, a delete and an undo, so the
/// history holds more than inserts.
fn busy_store(dir: &Path) -> Store {
    let store = Store::open(&dir.join("db"), "clerk").unwrap();
    kumban::demo::fill(&store, today()).unwrap();
    let h = store.household_by_code("BS-03").unwrap().unwrap();
    let mut rec = h.record.clone();
    rec.members = 7;
    store.update(HouseholdId(h.id), rec).unwrap();
    let log = store.all::<IncomeLog>().next().unwrap().unwrap();
    store.delete::<IncomeLog>(IncomeId(log.id)).unwrap();
    let last = store.last_txn().unwrap().unwrap();
    store.undo(last).unwrap();
    let log = store.all::<IncomeLog>().last().unwrap().unwrap();
    store.delete::<IncomeLog>(IncomeId(log.id)).unwrap();
    store
}

fn all<R: Record>(s: &Store) -> Vec<Stored<R>> {
    s.all::<R>().map(|r| r.unwrap()).collect()
}

fn history(s: &Store) -> Vec<Change> {
    s.history_oldest_first().map(|c| c.unwrap()).collect()
}

#[test]
fn backup_then_restore_gives_back_every_record_audit_and_history() {
    let tmp = tempfile::tempdir().unwrap();
    let store = busy_store(tmp.path());
    let file = tmp.path().join("kumban.backup");
    let s = backup::write(&store, &file).unwrap();
    assert_eq!(s.history, history(&store).len());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let copy = Store::open(&tmp.path().join("copy"), "someone else").unwrap();
    let r = backup::restore_into(&copy, &file).unwrap();
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(all::<Household>(&copy), all::<Household>(&store));
    assert_eq!(all::<Pen>(&copy), all::<Pen>(&store));
    assert_eq!(all::<Animal>(&copy), all::<Animal>(&store));
    assert_eq!(all::<Pregnancy>(&copy), all::<Pregnancy>(&store));
    assert_eq!(all::<IncomeLog>(&copy), all::<IncomeLog>(&store));
    assert_eq!(history(&copy), history(&store));
    assert_eq!(copy.counters().unwrap(), store.counters().unwrap());
    assert_eq!(copy.totals().unwrap(), store.totals().unwrap());
    assert!(copy.check().unwrap().is_empty());

    // The deleted log's id is not handed out again, and undo still works
    // on the restored history.
    let log = all::<IncomeLog>(&store)[0].record.clone();
    assert_eq!(
        copy.insert(log.clone()).unwrap(),
        store.insert(log).unwrap()
    );
    let last = copy.last_txn().unwrap().unwrap();
    copy.undo(last).unwrap();
}

#[test]
fn restore_refuses_a_database_that_holds_records() {
    let tmp = tempfile::tempdir().unwrap();
    let store = busy_store(tmp.path());
    let file = tmp.path().join("kumban.backup");
    backup::write(&store, &file).unwrap();
    let before = history(&store).len();
    let err = backup::restore_into(&store, &file).unwrap_err();
    assert!(matches!(err, BackupError::NotEmpty { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("add --replace to set this one aside")
    );
    assert_eq!(history(&store).len(), before);
}

/// The lines inside a backup of format 2.
fn lines_of(file: &Path) -> String {
    let bytes = std::fs::read(file).unwrap();
    String::from_utf8(zstd::decode_all(&bytes[..]).unwrap()).unwrap()
}

/// Rewrites a backup's header and its checksum, as a newer kumban would.
fn with_header(file: &Path, from: &str, to: &str) -> std::path::PathBuf {
    forged(file, |lines| lines[0] = lines[0].replace(from, to))
}

/// A copy of a backup with its lines edited and a checksum that fits them:
/// what someone who knows the format can write.
fn forged(file: &Path, edit: impl FnOnce(&mut Vec<String>)) -> std::path::PathBuf {
    use sha2::{Digest, Sha256};
    let text = lines_of(file);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines.pop();
    edit(&mut lines);
    let mut body = lines.join("\n");
    body.push('\n');
    let sum: String = Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    body.push_str(&format!("{{\"sha256\":\"{sum}\"}}\n"));
    let out = file.with_extension("edited");
    let mut w = std::fs::File::create(&out).unwrap();
    backup::format::compress_lines(body.as_bytes(), &mut w).unwrap();
    out
}

/// Issue 12, item 10: a backup edited by hand, with a checksum that fits,
/// restored into an unsound database. Its records now meet the rules an
/// import meets, and nothing is restored (nor set aside) when they do not.
#[test]
fn a_forged_backup_that_breaks_the_rules_is_refused_before_the_swap() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    let store = Store::open(&db, "clerk").unwrap();
    kumban::demo::fill(&store, today()).unwrap();
    let file = tmp.path().join("kumban.backup");
    backup::write(&store, &file).unwrap();
    drop(store);
    let bad = forged(&file, |lines| {
        let edit = |lines: &mut Vec<String>, marker: &str, from: &str, to: &str| {
            let line = lines.iter_mut().find(|l| l.contains(marker)).unwrap();
            assert!(line.contains(from), "{line}");
            *line = line.replacen(from, to, 1);
        };
        // Two households with one code, and a pen of a household that
        // is not there.
        edit(
            lines,
            "\"code\":\"BS-02\"",
            "\"code\":\"BS-02\"",
            "\"code\":\"BS-01\"",
        );
        edit(lines, "\"Pen\":{", "\"household\":1,", "\"household\":999,");
    });
    assert!(backup::read(&bad).is_ok(), "the checksum fits");

    let target = Store::open(&tmp.path().join("target"), "clerk").unwrap();
    let err = backup::restore_into(&target, &bad).unwrap_err().to_string();
    assert!(target.is_blank(), "nothing restored");
    assert!(
        err.starts_with(
            "the backup cannot be restored (it breaks kumban's rules in 5 places, so it was altered after it was written: "
        ),
        "{err}"
    );
    assert!(
        err.contains("household 1: code: household code BS-01 is already used; choose another"),
        "{err}"
    );
    assert!(
        err.contains("cattle pen 1: household: there is no household with id 999"),
        "{err}"
    );
    assert!(err.ends_with("); nothing was written"), "{err}");

    // With --replace the database in place is neither set aside nor changed.
    let err = backup::restore_folder(&db, &bad, true, "clerk").unwrap_err();
    assert!(err.to_string().contains("breaks kumban's rules"), "{err}");
    let siblings: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("db."))
        .collect();
    assert!(siblings.is_empty(), "{siblings:?}");
    let store = Store::open(&db, "clerk").unwrap();
    assert_eq!(store.count(RecordKind::Household), 46);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn a_backup_from_a_newer_kumban_is_refused_with_a_clear_message() {
    let tmp = tempfile::tempdir().unwrap();
    let store = busy_store(tmp.path());
    let file = tmp.path().join("kumban.backup");
    backup::write(&store, &file).unwrap();
    let target = Store::open(&tmp.path().join("target"), "clerk").unwrap();

    let same = with_header(&file, "\"version\":2", "\"version\":2");
    assert!(backup::read(&same).is_ok(), "the rewrite itself is sound");

    let newer = with_header(&file, "\"version\":2", "\"version\":3");
    let err = backup::restore_into(&target, &newer).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{} was written by a newer kumban (backup format 3; this one reads up to 2); update kumban to restore it",
            newer.display()
        )
    );
    let newer = with_header(&file, "\"schema\":2", "\"schema\":3");
    let err = backup::restore_into(&target, &newer).unwrap_err();
    assert!(
        err.to_string()
            .contains("(database schema 3; this one reads up to 2)"),
        "{err}"
    );
    assert!(target.is_blank());
}

#[test]
fn backups_are_compressed_and_read_item_by_item() {
    let tmp = tempfile::tempdir().unwrap();
    let store = busy_store(tmp.path());
    let file = tmp.path().join("kumban.backup");
    let s = backup::write(&store, &file).unwrap();
    let plain = lines_of(&file);
    assert!(plain.starts_with("{\"format\":\"kumban-backup\",\"version\":2,"));
    assert!(
        s.bytes * 4 < plain.len() as u64,
        "{} bytes for {} bytes of lines",
        s.bytes,
        plain.len()
    );
    let reader = backup::Reader::open(&file).unwrap();
    assert_eq!(reader.header().version, 2);
    assert_eq!(reader.counters(), &store.counters().unwrap());
    let items: Vec<backup::Item> = reader.map(|i| i.unwrap()).collect();
    let records = items
        .iter()
        .filter(|i| matches!(i, backup::Item::Record(_)))
        .count();
    assert_eq!(records, s.records);
    assert_eq!(items.len(), s.records + s.history);
    let changes: Vec<Change> = items
        .into_iter()
        .filter_map(|i| match i {
            backup::Item::Change(c) => Some(c),
            _ => None,
        })
        .collect();
    assert_eq!(changes, history(&store));
}

/// A backup written by kumban before backups were compressed.
const FORMAT_1: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/backup.v1.backup");

#[test]
fn a_backup_of_format_1_still_restores() {
    let tmp = tempfile::tempdir().unwrap();
    let file = Path::new(FORMAT_1);
    assert!(
        std::fs::read_to_string(file)
            .unwrap()
            .starts_with("{\"format\":\"kumban-backup\",\"version\":1,")
    );
    let copy = Store::open(&tmp.path().join("copy"), "clerk").unwrap();
    let r = backup::restore_into(&copy, file).unwrap();
    assert_eq!((r.records, r.history), (8, 8));
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let h = copy.household_by_code("V01-00001").unwrap().unwrap();
    assert_eq!(h.record.members, 9);
    assert_eq!(all::<Animal>(&copy).len(), 3);
    assert_eq!(all::<IncomeLog>(&copy).len(), 3);
    assert!(copy.check().unwrap().is_empty());
    // And a backup of it now is of format 2, with the same content.
    let again = tmp.path().join("again.backup");
    backup::write(&copy, &again).unwrap();
    let (h1, d1) = backup::read(file).unwrap();
    let (h2, d2) = backup::read(&again).unwrap();
    assert_eq!((h1.version, h2.version), (1, 2));
    assert_eq!(d1.records, d2.records);
    assert_eq!(d1.history, d2.history);
}

#[test]
fn daily_backups_once_a_day_and_rotated() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("backups");
    let blank = Store::open(&tmp.path().join("blank"), "clerk").unwrap();
    assert_eq!(backup::daily(&blank, today(), &dir).unwrap(), None);
    assert!(!dir.exists(), "nothing to back up in a blank database");

    let store = Store::open(&tmp.path().join("db"), "clerk").unwrap();
    let h = all::<Household>(&busy_store(&tmp.path().join("other")))[0]
        .record
        .clone();
    store.insert(h).unwrap();
    let first = backup::daily(&store, today(), &dir).unwrap().unwrap();
    assert!(first.ends_with("kumban-2026-11-28.backup"));
    assert_eq!(backup::daily(&store, today(), &dir).unwrap(), None);
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();

    // Sixty days of use, one backup a day.
    for n in 1..=60 {
        backup::daily(&store, today().plus_days(n).unwrap(), &dir).unwrap();
    }
    let kept: Vec<String> = backup::list(&dir)
        .iter()
        .map(|b| b.date.to_string())
        .collect();
    assert_eq!(kept.len(), 11, "{kept:?}");
    assert_eq!(kept[0], "2027-01-27");
    assert_eq!(kept[6], "2027-01-21");
    assert!(dir.join("notes.txt").exists(), "other files are left alone");
    let latest = backup::latest(&dir).unwrap();
    assert!(backup::read(&latest.path).is_ok());
}

fn break_schema(db: &Path) {
    let raw = sled::open(db).unwrap();
    raw.open_tree("meta")
        .unwrap()
        .insert("schema", &[1u8, 2, 3][..])
        .unwrap();
    raw.flush().unwrap();
}

#[test]
fn replace_sets_a_broken_database_aside_and_restores_the_latest_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    let backups = db.join("backups");
    let expected;
    {
        let store = busy_store(tmp.path());
        backup::daily(&store, today(), &backups).unwrap();
        expected = all::<Household>(&store);
    }
    break_schema(&db);
    let Err(failure) = kumban::interchange::commands::open(&db, "clerk", &backups) else {
        panic!("a broken database opened")
    };
    let latest = backups.join("kumban-2026-11-28.backup");
    let message = failure.to_string();
    assert!(
        message.ends_with(&format!(
            "the latest backup is {} (2026-11-28); restore it with: kumban --db {} restore --replace {}",
            latest.display(),
            db.display(),
            latest.display()
        )),
        "{message}"
    );

    let without = backup::restore_folder(&db, &latest, false, "clerk").unwrap_err();
    assert!(without.to_string().contains("damaged value"), "{without}");

    let r = backup::restore_folder(&db, &latest, true, "clerk").unwrap();
    let aside = r.set_aside.unwrap();
    assert!(
        aside
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("db.before-restore-")
    );
    assert!(
        aside.join("db").exists() || aside.join("conf").exists(),
        "the old folder is kept"
    );
    assert!(
        backups.join("kumban-2026-11-28.backup").exists(),
        "backups came along"
    );
    let store = Store::open(&db, "clerk").unwrap();
    assert_eq!(all::<Household>(&store), expected);
    assert!(store.check().unwrap().is_empty());
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("restoring"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

fn kumban_at(db: &Path, today: &str, local: bool, args: &[&str]) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_kumban"));
    c.arg("--db")
        .arg(db)
        .args(["--today", today])
        .args(args)
        .env_remove("KUMBAN_DB")
        .env_remove("KUMBAN_TODAY")
        .env_remove("KUMBAN_BACKUP_DIR")
        .env("KUMBAN_OWNER_IDLE_SECS", "1")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    if local {
        c.env("KUMBAN_LOCAL", "1");
    } else {
        c.env_remove("KUMBAN_LOCAL");
    }
    c
}

fn wait_for(limit_secs: u64, mut done: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(limit_secs);
    while std::time::Instant::now() < deadline {
        if done() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    false
}

#[test]
fn the_owner_writes_the_daily_backup_after_the_session_has_gone() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    drop(busy_store(tmp.path()));
    // The session only asks; the owner writes it, then leaves a second
    // after (it would not leave while writing it).
    let o = kumban_at(&db, "2026-11-29", false, &["status"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let file = db.join("backups").join("kumban-2026-11-29.backup");
    assert!(wait_for(60, || file.is_file()), "no backup written");
    assert!(backup::read(&file).is_ok());
    let log = db.join(kumban::store::remote::LOG_FILE);
    assert!(
        wait_for(60, || std::fs::read_to_string(&log)
            .unwrap_or_default()
            .contains("today's automatic backup written: ")),
        "{}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    let socket = kumban::store::remote::socket_path(&db);
    assert!(wait_for(60, || !socket.exists()), "the owner left after it");
}

#[test]
fn a_kill_during_the_daily_backup_leaves_no_half_file_and_the_database_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    let (records, changes) = {
        let store = busy_store(tmp.path());
        (
            all::<IncomeLog>(&store).len() + all::<Animal>(&store).len(),
            history(&store).len(),
        )
    };
    let dir = db.join("backups");
    let start = today().plus_days(1).unwrap();
    for n in 0..24u64 {
        let day = start.plus_days(n as _).unwrap();
        let mut child = kumban_at(&db, &day.to_string(), true, &["status"])
            .spawn()
            .unwrap();
        // Spread over the backup's whole run (about 0.1 to 0.5 s here).
        let ms = (n * 7919) % 400;
        std::thread::sleep(std::time::Duration::from_millis(ms));
        let _ = child.kill();
        let _ = child.wait();
        let file = dir.join(backup::file_name(day));
        if file.exists() {
            backup::read(&file).unwrap_or_else(|e| panic!("kill after {ms} ms: {e}"));
        }
    }
    let store = Store::open(&db, "clerk").unwrap();
    assert!(store.check().unwrap().is_empty());
    assert_eq!(
        all::<IncomeLog>(&store).len() + all::<Animal>(&store).len(),
        records
    );
    assert_eq!(history(&store).len(), changes);
    // The next backup clears what the killed ones left.
    let last = start.plus_days(30).unwrap();
    backup::daily(&store, last, &dir).unwrap();
    let leftovers: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
