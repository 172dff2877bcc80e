//! The command-line contract: exit codes, messages, the database folder.

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Output};
use support::shared::{kumban, kumban_alone};

mod support;

const TODAY: &str = "2026-11-28";

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn demo_fills_once_and_check_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let o = kumban(&db, &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("46 households"), "{}", stdout(&o));

    let again = kumban(&db, &["demo"]);
    assert_eq!(again.status.code(), Some(1));
    let msg = stderr(&again);
    assert!(msg.contains("already holds records"), "{msg}");
    assert_eq!(msg.trim_end().lines().count(), 1, "one line: {msg}");

    let check = kumban(&db, &["check"]);
    assert!(
        check.status.success(),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
    assert!(stdout(&check).contains("no problems found"));
}

#[test]
fn database_folder_is_private_and_env_var_is_honoured() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nested").join("db");
    let o = Command::new(env!("CARGO_BIN_EXE_kumban"))
        .args(["--today", TODAY, "demo"])
        .env("KUMBAN_DB", &db)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_kumban"))
        .arg("--db")
        .arg(dir.path())
        .args(["--today", "2026-02-30", "status"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not a date"), "{}", stderr(&o));
    let o = kumban(dir.path(), &["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn check_lists_damage_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban_alone(&db, &["demo"]).status.success());
    {
        let raw = sled::open(&db).unwrap();
        let households = raw.open_tree("households").unwrap();
        households
            .insert(9999u64.to_be_bytes(), &b"\x01\x01garbage"[..])
            .unwrap();
        let by_code = raw.open_tree("idx/household/code").unwrap();
        by_code.insert("ZZ-99", &42u64.to_be_bytes()).unwrap();
        let pens = raw.open_tree("idx/pen/household").unwrap();
        let first = pens.iter().keys().next().unwrap().unwrap();
        pens.remove(first).unwrap();
        let totals = raw.open_tree("agg").unwrap();
        totals.insert("hh/demo", &41i64.to_be_bytes()).unwrap();
        raw.flush().unwrap();
    }
    let o = kumban(&db, &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("household 9999:"), "{out}");
    assert!(
        out.contains("index idx/household/code: 1 entries that match no record"),
        "{out}"
    );
    assert!(
        out.contains("index idx/pen/household: 1 entries missing"),
        "{out}"
    );
    assert!(
        out.contains("total hh/demo: kept as 41 but the records add up to 40"),
        "{out}"
    );
    assert!(stderr(&o).contains("problems found"), "{}", stderr(&o));
}

#[test]
fn a_newer_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban_alone(&db, &["demo"]).status.success());
    {
        let raw = sled::open(&db).unwrap();
        raw.open_tree("meta")
            .unwrap()
            .insert("schema", &99u32.to_be_bytes())
            .unwrap();
        raw.flush().unwrap();
    }
    let o = kumban(&db, &["status"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("written by a newer kumban (schema 99"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_database_in_use_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban_alone(&db, &["demo"]).status.success());
    let _held = sled::open(&db).unwrap();
    let o = kumban(&db, &["status"]);
    assert_eq!(o.status.code(), Some(1));
    let msg = stderr(&o);
    assert!(msg.contains("is in use"), "{msg}");
    assert!(msg.contains("close that kumban first"), "{msg}");
    assert_eq!(msg.trim_end().lines().count(), 1, "{msg}");
}

/// A mistyped --db: every command that only reads, and a look-only
/// session, says there is no database there, exits 1 and creates nothing.
#[test]
fn a_path_with_no_database_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let backup = dir.path().join("b.kbk");
    let out = dir.path().join("out");
    for db in [dir.path().join("typo"), empty.clone()] {
        for args in [
            &["status"][..],
            &["status", "--json"],
            &["check"],
            &["export", "--format", "csv", "--out", out.to_str().unwrap()],
            &["export", "--format", "json", "--out", "-"],
            &["backup", backup.to_str().unwrap()],
            &["measure", "dashboard"],
            &["--read-only", "demo"],
            &["--read-only"],
        ] {
            let o = kumban(&db, args);
            let msg = stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{args:?}: {msg}");
            assert!(
                msg.starts_with(&format!(
                    "kumban: no kumban database at {}; check --db",
                    db.display()
                )),
                "{args:?}: {msg}"
            );
            assert!(msg.contains("kumban demo"), "{msg}");
            assert_eq!(msg.trim_end().lines().count(), 1, "one line: {msg}");
            assert!(stdout(&o).is_empty(), "{args:?}: {}", stdout(&o));
        }
        assert!(!out.exists() && !backup.exists());
    }
    assert!(
        !dir.path().join("typo").exists(),
        "a folder was left behind"
    );
    assert_eq!(
        std::fs::read_dir(&empty).unwrap().count(),
        0,
        "files were left in the empty folder"
    );
}

/// The TUI on a --db path with no database asks first; anything but y
/// creates nothing.
#[test]
fn the_tui_asks_before_creating_a_database() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("typo");
    for answer in ["n\n", "\n", ""] {
        let mut child = support::shared::kumban_cmd(&db, &[])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(answer.as_bytes())
            .unwrap();
        let o = child.wait_with_output().unwrap();
        let msg = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{answer:?}: {msg}");
        assert!(
            msg.starts_with(&format!(
                "There is no kumban database at {}. Create a new, empty one there? [y/N] kumban: nothing was created at",
                db.display()
            )),
            "{answer:?}: {msg}"
        );
        assert!(!db.exists(), "{answer:?}: a folder was left behind");
    }
}

/// `kumban` alone on a fresh machine (the README's quick start) creates
/// the database in the user's data folder without asking.
#[test]
fn the_default_database_is_created_without_a_question() {
    let home = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_kumban"))
        .args(["--today", TODAY])
        .env("HOME", home.path())
        .env_remove("XDG_DATA_HOME")
        .env_remove("KUMBAN_DB")
        .env("KUMBAN_LOCAL", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let msg = stderr(&o);
    assert!(!msg.contains("no kumban database"), "{msg}");
    assert!(!msg.contains("Create a new"), "{msg}");
    let db = home.path().join(".local/share/kumban/db");
    assert!(db.join("conf").exists(), "{msg}");
}

/// Issue 12, item 10: `demo` and `check` printed the `--db` path with a raw
/// ESC, which a terminal obeys; it is escaped like every other path.
#[test]
fn demo_and_check_escape_the_database_path() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db\u{1b}[2J");
    let shown = format!("{}", tmp.path().join("db\\u{1b}[2J").display());
    let demo = kumban(&db, &["demo"]);
    assert!(demo.status.success(), "{}", stderr(&demo));
    let check = kumban(&db, &["check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    for (o, text) in [
        (&demo, format!("Demonstration data saved in {shown}: ")),
        (&check, format!("{shown}: no problems found.\n")),
    ] {
        assert!(!o.stdout.contains(&0x1b), "raw ESC in {:?}", stdout(o));
        assert!(stdout(o).contains(&text), "{}", stdout(o));
    }
}

/// Issue 12, item 10: a database folder this user may not write to was
/// met with "restore the latest backup", which cannot help (and would
/// fail the same way). The advice is about permissions. Root may write
/// anywhere, so as root the folder's user is uid 4242 (setpriv).
#[test]
fn a_read_only_database_folder_gets_permission_advice_not_restore() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let db = tmp.path().join("db");
    let as_user = |args: &[&str]| -> Output {
        let mut c = if support::shared::is_root() {
            let mut c = Command::new("setpriv");
            c.args(["--reuid", "4242", "--regid", "4242", "--clear-groups", "--"]);
            c.arg(support::shared::BIN);
            c
        } else {
            Command::new(support::shared::BIN)
        };
        c.arg("--db")
            .arg(&db)
            .args(["--today", TODAY])
            .args(args)
            .env("KUMBAN_LOCAL", "1")
            .env_remove("KUMBAN_DB")
            .env_remove("KUMBAN_BACKUP_DIR")
            .output()
            .expect("run kumban")
    };
    let demo = as_user(&["demo"]);
    if !demo.status.success() && stderr(&demo).contains("setpriv") {
        eprintln!("skipped: setpriv cannot run a second uid here");
        return;
    }
    assert!(demo.status.success(), "{}", stderr(&demo));
    let chmod_all = |mode_dir: u32, mode_file: u32| {
        for entry in walk(&db) {
            let mode = if entry.is_dir() { mode_dir } else { mode_file };
            std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(mode)).unwrap();
        }
    };
    chmod_all(0o500, 0o400);
    let o = as_user(&["status"]);
    chmod_all(0o700, 0o600);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.starts_with(&format!(
            "kumban: cannot open the database at {}: this user may not write to its folder (",
            db.display()
        )),
        "{e}"
    );
    assert!(
        e.contains("make the folder and its files writable for the people who use kumban"),
        "{e}"
    );
    assert!(!e.contains("restore"), "{e}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// `kumban status --json | head`: the reader goes away before the figures
/// are written. The command ends quietly and successfully, not with a
/// panic on standard error.
#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban(&db, &["demo"]).status.success());
    for args in [&["status", "--json"][..], &["status"], &["check"]] {
        let mut child = support::shared::kumban_cmd(&db, args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Closed before the database is even open, so every write fails.
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}

/// Standard output redirected to a full disk: said in one line, exit 1.
#[test]
fn output_to_a_full_disk_is_said_and_exits_1() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipped: this system has no /dev/full to stand for a full disk");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban(&db, &["demo"]).status.success());
    let o = support::shared::kumban_cmd(&db, &["status", "--json"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let msg = stderr(&o);
    assert!(
        msg.starts_with("kumban: cannot write the output: "),
        "{msg}"
    );
    assert!(msg.contains("free some disk space"), "{msg}");
    assert!(!msg.contains("panicked"), "{msg}");
}
