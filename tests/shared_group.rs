//! The office set-up of docs/office-setup.md with real, different users:
//! a folder owned by root and shared with a group (2770), two members
//! who take turns starting the owner, an outsider, and floods of
//! connections. Everything kumban makes in the folder must stay usable
//! by the group, whoever made it.
//!
//! The members are uids with no name on this system, run with setpriv,
//! which needs root (CI runs as root); elsewhere each test says so and
//! passes.

mod support;

use kumban::store::remote::{LOG_FILE, socket_path};
use std::io::{BufRead, Read, Write};
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;
use support::shared::*;

const GROUP: u32 = 4200;
const CLERK: u32 = 4242;
const OFFICER: u32 = 4343;
const OUTSIDER: u32 = 4545;
const FLOOD_VAR: &str = "KUMBAN_FLOOD_SOCKET";
/// More than the owner's 256 places, from one user.
const FLOOD: usize = 300;

/// /…/office (2770 root:4200) holding db (2770 root:4200), as
/// docs/office-setup.md sets them up: members may restore beside it.
fn office() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let office = dir.path().join("office");
    let db = office.join("db");
    std::fs::create_dir_all(&db).unwrap();
    for p in [&office, &db] {
        std::os::unix::fs::chown(p, Some(0), Some(GROUP)).unwrap();
        chmod(p, 0o2770);
    }
    (dir, db)
}

/// Runs kumban as `uid` of the group; its owner leaves 1 s after the
/// last client.
fn member(uid: u32, db: &Path, args: &[&str]) -> std::process::Output {
    member_of(GROUP, uid, db, args)
}

fn ok(o: &std::process::Output) -> String {
    assert!(o.status.success(), "{}{}", stdout(o), stderr(o));
    stdout(o)
}

fn wait_for_no_owner(db: &Path) {
    let gone = wait_until(Duration::from_secs(30), || {
        !socket_path(db).exists() && holder_pid(db).is_none()
    });
    assert!(gone, "the owner did not leave when idle");
}

/// Every file and folder in `dir` is the group's and the group may read
/// and write it (folders: enter, and setgid).
fn assert_group_usable(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if path.file_name().is_some_and(|n| n == "access.json") {
            continue;
        }
        assert_eq!(meta.gid(), GROUP, "{} is not the group's", path.display());
        let wanted = if meta.is_dir() { 0o2070 } else { 0o060 };
        assert_eq!(
            meta.mode() & wanted,
            wanted,
            "{} has mode {:o}",
            path.display(),
            meta.mode()
        );
        if meta.is_dir() {
            assert_group_usable(&path);
        }
    }
}

#[test]
fn members_take_turns_as_owner_and_keep_access_after_a_restore() {
    if cannot_switch_users() {
        return;
    }
    let (dir, db) = office();
    ok(&member(CLERK, &db, &["demo"]));
    wait_for_no_owner(&db);
    assert!(db.join(LOG_FILE).exists());
    assert_group_usable(&db);

    // The officer's kumban starts the next owner, reads and writes.
    let out = ok(&member(OFFICER, &db, &["status"]));
    assert!(out.contains("46 (40 demonstration)"), "{out}");
    let csv = dir.path().join("office/new.csv");
    std::fs::write(
        &csv,
        "code,head_name,village,members,enrolled_on\nBS-90,Vanna,Bansuo,3,2018-01-01\n",
    )
    .unwrap();
    chmod(&csv, 0o644);
    ok(&member(OFFICER, &db, &["import", csv.to_str().unwrap()]));
    wait_for_no_owner(&db);
    assert_group_usable(&db);

    // The clerk restores yesterday's backup over it.
    let backup = dir.path().join("office/db.backup");
    ok(&member(CLERK, &db, &["backup", backup.to_str().unwrap()]));
    wait_for_no_owner(&db);
    ok(&member(
        CLERK,
        &db,
        &["restore", "--replace", backup.to_str().unwrap()],
    ));
    let meta = std::fs::metadata(&db).unwrap();
    assert_eq!(meta.gid(), GROUP);
    assert_eq!(meta.mode() & 0o7777, 0o2770, "{:o}", meta.mode());
    assert_group_usable(&db);
    let out = ok(&member(OFFICER, &db, &["status"]));
    assert!(out.contains("47 (40 demonstration)"), "{out}");
    wait_for_no_owner(&db);
    assert_group_usable(&db);
}

#[test]
fn an_owner_log_an_older_kumban_kept_to_its_user_is_set_aside() {
    if cannot_switch_users() {
        return;
    }
    let (_dir, db) = office();
    ok(&member(CLERK, &db, &["demo"]));
    wait_for_no_owner(&db);
    // As kumban 0.1 left it: the first member's alone.
    chmod(&db.join(LOG_FILE), 0o644);
    let out = ok(&member(OFFICER, &db, &["status"]));
    assert!(out.contains("46 (40 demonstration)"), "{out}");
    let old = std::fs::read_to_string(db.join("owner.log.1")).unwrap();
    assert!(old.contains("serving"), "{old}");
    let meta = std::fs::metadata(db.join(LOG_FILE)).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (OFFICER, GROUP));
    assert_eq!(meta.mode() & 0o777, 0o660, "{:o}", meta.mode());
}

#[test]
fn a_member_holding_the_database_alone_leaves_it_to_the_group() {
    if cannot_switch_users() {
        return;
    }
    let (_dir, db) = office();
    let o = kumban_as(CLERK, GROUP, &db, &["demo"])
        .env("KUMBAN_LOCAL", "1")
        .output()
        .unwrap();
    ok(&o);
    assert_group_usable(&db);
    let out = ok(&member(OFFICER, &db, &["status"]));
    assert!(out.contains("46 (40 demonstration)"), "{out}");
}

#[test]
fn a_restore_as_root_gives_the_folder_back_to_its_owner_and_group() {
    if cannot_switch_users() {
        return;
    }
    let (dir, db) = office();
    std::os::unix::fs::chown(&db, Some(CLERK), Some(GROUP)).unwrap();
    ok(&member(CLERK, &db, &["demo"]));
    wait_for_no_owner(&db);
    let backup = dir.path().join("office/db.backup");
    ok(&member(CLERK, &db, &["backup", backup.to_str().unwrap()]));
    wait_for_no_owner(&db);
    ok(&kumban(
        &db,
        &["restore", "--replace", backup.to_str().unwrap()],
    ));
    let meta = std::fs::metadata(&db).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (CLERK, GROUP));
    assert_eq!(meta.mode() & 0o7777, 0o2770, "{:o}", meta.mode());
    assert_group_usable(&db);
    let out = ok(&member(OFFICER, &db, &["status"]));
    assert!(out.contains("46 (40 demonstration)"), "{out}");
}

#[test]
fn an_outsider_is_told_they_may_not_use_the_database() {
    if cannot_switch_users() {
        return;
    }
    let (_dir, db) = office();
    ok(&member(CLERK, &db, &["demo"]));
    // With the clerk's owner running, and with none.
    for _ in 0..2 {
        let o = kumban_as(OUTSIDER, OUTSIDER, &db, &["status"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
        let msg = stderr(&o);
        assert!(
            msg.starts_with(&format!(
                "kumban: uid {OUTSIDER} may not use the database at {}: the folder",
                db.display()
            )),
            "{msg}"
        );
        assert!(
            msg.contains(&format!("add uid {OUTSIDER} to group")),
            "{msg}"
        );
        assert_eq!(msg.trim_end().lines().count(), 1, "{msg}");
        wait_for_no_owner(&db);
    }
}

/// Runs only in a child started by the flood test: opens FLOOD
/// sessions (each says hello, then sits idle, as a forgotten TUI does),
/// then FLOOD connections that never say hello; says "held" and keeps
/// them all until its standard input closes.
#[test]
fn child_floods_the_owner() {
    let Some(db) = std::env::var_os(FLOOD_VAR) else {
        return;
    };
    let db = PathBuf::from(db);
    let how = kumban::store::remote::Connect {
        start_owner: false,
        ..how()
    };
    let sessions: Vec<_> = (0..FLOOD)
        .filter_map(|_| kumban::store::Store::connect(&db, &how).ok())
        .collect();
    let silent = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    {
        let silent = silent.clone();
        let socket = socket_path(&db);
        // Connecting may block while the owner is not accepting; the
        // count below does not wait for it.
        std::thread::spawn(move || {
            for _ in 0..FLOOD {
                match UnixStream::connect(&socket) {
                    Ok(s) => silent.lock().unwrap().push(s),
                    Err(_) => return,
                }
            }
        });
    }
    wait_until(Duration::from_secs(5), || {
        silent.lock().unwrap().len() == FLOOD
    });
    println!("held {} sessions", sessions.len());
    std::io::stdout().flush().unwrap();
    let mut rest = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut rest);
}

#[test]
fn one_users_flood_of_idle_connections_leaves_room_for_everyone_else() {
    if cannot_switch_users() {
        return;
    }
    let (_dir, db) = office();
    let owner = Owner::start(&db);
    let mut flood = as_user(CLERK, GROUP)
        .arg(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_floods_the_owner",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(FLOOD_VAR, &db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(flood.stdout.take().unwrap()).lines();
    let held = lines.find(|l| l.as_ref().is_ok_and(|l| l.contains("held ")));
    assert!(held.is_some(), "the flood did not start");

    // The folder's owner (root) and another member get in at once.
    let out = ok(&kumban(&db, &["status"]));
    assert!(out.contains("Households"), "{out}");
    let out = ok(&member(OFFICER, &db, &["status"]));
    assert!(out.contains("Households"), "{out}");

    drop(flood.stdin.take());
    drop(lines);
    flood.wait().unwrap();
    drop(owner);
    // Hundreds of refused and silent connections: a few lines.
    let log = std::fs::read_to_string(db.with_extension("serve.log")).unwrap();
    assert!(log.lines().count() < 10, "{log}");
}

#[test]
fn a_connection_that_never_says_hello_is_closed_and_its_place_freed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let places = kumban::owner::MAX_PER_USER;
    let mut sessions: Vec<_> = (1..places).map(|_| connect(&db)).collect();
    // The last place of this user, taken by a connection that says nothing.
    let mut silent = UnixStream::connect(socket_path(&db)).unwrap();
    silent
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let mut answer = Vec::new();
    silent
        .read_to_end(&mut answer)
        .expect("closed by the owner, not left open");
    let freed = wait_until(Duration::from_secs(10), || {
        kumban(&db, &["status"]).status.success()
    });
    assert!(freed, "the place of the silent connection was not freed");

    // Every place taken by sessions: the next one is told why.
    sessions.push(connect(&db));
    let o = kumban(&db, &["status"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let msg = stderr(&o);
    assert!(
        msg.contains(&format!(
            "already has {places} connections to the kumban that holds this database; close some of"
        )),
        "{msg}"
    );
    assert_eq!(msg.trim_end().lines().count(), 1, "{msg}");
    drop(sessions);
}

/// A frame that is not a kumban hello.
fn garbage_hello(socket: &Path) {
    let mut s = UnixStream::connect(socket).unwrap();
    s.write_all(&[0, 0, 0, 4, 1, 2, 3, 4]).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut answer = Vec::new();
    // Answered (and logged) before the owner hangs up.
    s.read_to_end(&mut answer).unwrap();
    assert!(!answer.is_empty());
}

#[test]
fn owner_log_stays_small_under_a_flood_of_bad_connections() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let store = connect(&db);
    let socket = socket_path(&db);
    for _ in 0..500 {
        garbage_hello(&socket);
    }
    assert!(store.is_empty());
    let log = std::fs::read_to_string(db.join(LOG_FILE)).unwrap();
    assert!(log.lines().count() < 5, "{log}");
    assert!(log.contains("a hello that is not kumban's"), "{log}");
}

#[test]
fn owner_log_is_moved_aside_once_past_its_cap() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    std::fs::create_dir(&db).unwrap();
    chmod(&db, 0o700);
    let full = "an old line\n".repeat(kumban::owner::log::LOG_CAP as usize / 12 + 1);
    std::fs::write(db.join(LOG_FILE), &full).unwrap();
    let store = connect(&db);
    assert!(store.is_empty());
    let old = std::fs::read_to_string(db.join(kumban::owner::log::OLD_LOG_FILE)).unwrap();
    assert_eq!(old, full);
    let log = std::fs::read_to_string(db.join(LOG_FILE)).unwrap();
    assert!(log.contains("kumban owner: serving"), "{log}");
    assert!(!log.contains("an old line"), "{log}");
}

#[test]
fn a_removed_socket_is_made_again_while_a_client_stays() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban(&db, &["demo"]).status.success());
    let store = connect(&db);
    let owner = holder_pid(&db).expect("an owner holds it");
    std::fs::remove_file(socket_path(&db)).unwrap();

    let o = kumban(&db, &["status"]);
    let out = ok(&o);
    assert!(out.contains("46 (40 demonstration)"), "{out}");
    assert_eq!(holder_pid(&db), Some(owner), "the same owner serves");
    // The client that stayed is still served.
    assert_eq!(store.count(kumban::model::RecordKind::Household), 46);
    let log = std::fs::read_to_string(db.join(LOG_FILE)).unwrap();
    assert!(
        log.contains("owner.sock was removed; made it again"),
        "{log}"
    );
}
