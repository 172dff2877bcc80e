//! Who may do what, decided by the owner from the socket's peer
//! credentials: the author of a change is the user at the other end of the
//! socket (not $USER), a user outside the folder's owner and group is
//! refused, and viewers and --read-only sessions cannot write.
//!
//! Tests that run a client as another uid need root (CI runs as root);
//! elsewhere they say so and pass.

mod support;

use kumban::model::*;
use kumban::store::StoreError;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use support::shared::*;

const OTHER_UID: &str = "4242";
const DB_VAR: &str = "KUMBAN_ACCESS_DB";

/// Runs only in a child started as another uid: saves one household.
#[test]
fn child_saves_a_household() {
    let Some(db) = std::env::var_os(DB_VAR) else {
        return;
    };
    let store = connect(Path::new(&db));
    store
        .insert(support::store::household("BS-42"))
        .expect("the other user saves");
}

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A database folder others can reach: group `root` may use it, others
/// may only pass through.
fn shared_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    chmod(dir.path(), 0o755);
    let db = dir.path().join("db");
    std::fs::create_dir(&db).unwrap();
    chmod(&db, 0o770);
    (dir, db)
}

fn as_other(gid: &str) -> Command {
    let mut c = Command::new("setpriv");
    c.args(["--reuid", OTHER_UID, "--regid", gid, "--clear-groups", "--"]);
    c
}

#[test]
fn the_author_is_the_user_at_the_other_end_of_the_socket() {
    if !is_root() {
        eprintln!("skipped: needs root to run a client as another uid");
        return;
    }
    let (_dir, db) = shared_db();
    let _owner = Owner::start(&db);
    // $USER says mallory; the socket says root.
    let o = kumban_cmd(&db, &["demo"])
        .env("USER", "mallory")
        .env("LOGNAME", "mallory")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let store = connect(&db);
    let last = store.history().next().unwrap().unwrap();
    assert_eq!(last.by, "root");
    let hh = store.household_by_code("BS-01").unwrap().unwrap();
    assert_eq!(hh.audit.created_by, "root");

    // uid 4242 in group root (the folder's group) may write; it has no
    // name on this system, so it is recorded by number.
    let o = as_other("0")
        .arg(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_saves_a_household",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(DB_VAR, &db)
        .env("USER", "mallory")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let saved = store.household_by_code("BS-42").unwrap().unwrap();
    assert_eq!(saved.audit.created_by, "uid 4242");
    let last = store.history().next().unwrap().unwrap();
    assert_eq!(last.by, "uid 4242");
}

#[test]
fn a_user_outside_the_folders_owner_and_group_is_refused() {
    if !is_root() {
        eprintln!("skipped: needs root to run a client as another uid");
        return;
    }
    let (_dir, db) = shared_db();
    chmod(&db, 0o771);
    let _owner = Owner::start(&db);
    // File modes let anyone reach the socket: kumban itself must say no.
    chmod(&kumban::store::remote::socket_path(&db), 0o777);
    let o = as_other(OTHER_UID)
        .arg(BIN)
        .args(["--db"])
        .arg(&db)
        .args(["--today", TODAY, "status"])
        .env("KUMBAN_OWNER_IDLE_SECS", IDLE_SECS)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let msg = stderr(&o);
    assert!(msg.contains("uid 4242 may not use the database"), "{msg}");
    assert!(msg.contains("belongs to root and group root"), "{msg}");
    assert!(msg.contains("add uid 4242 to group root"), "{msg}");
    assert_eq!(msg.trim_end().lines().count(), 1, "{msg}");
}

#[test]
fn a_viewer_may_look_but_every_write_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    std::fs::create_dir(&db).unwrap();
    let me = kumban::owner::access::user_name(
        std::fs::metadata(&db)
            .map(|m| std::os::unix::fs::MetadataExt::uid(&m))
            .unwrap(),
    );
    let viewers = format!("{{\"viewers\": [\"somphone\", \"{me}\"]}}");
    std::fs::write(db.join("access.json"), &viewers).unwrap();
    let o = kumban(&db, &["demo"]);
    assert_eq!(o.status.code(), Some(1));
    let msg = stderr(&o);
    assert!(
        msg.contains(&format!("{me} is listed as a viewer")),
        "{msg}"
    );
    assert!(msg.contains("nothing was saved"), "{msg}");
    assert_eq!(msg.trim_end().lines().count(), 1, "{msg}");
    let o = kumban(&db, &["status"]);
    assert!(o.status.success(), "{}", stderr(&o));

    std::fs::remove_file(db.join("access.json")).unwrap();
    connect(&db)
        .insert(support::store::household("BS-01"))
        .unwrap();
    std::fs::write(db.join("access.json"), &viewers).unwrap();
    let store = connect(&db);
    let err = store
        .insert(support::store::household("BS-77"))
        .expect_err("a viewer's save");
    assert!(matches!(err, StoreError::ReadOnly(_)), "{err:?}");
    let h = store.household_by_code("BS-01").unwrap().unwrap();
    assert!(matches!(
        store.update(HouseholdId(h.id), h.record.clone()),
        Err(StoreError::ReadOnly(_))
    ));
    assert!(matches!(
        store.batch(|b| b.insert(support::store::household("BS-78"))),
        Err(StoreError::ReadOnly(_))
    ));
    assert!(store.household_by_code("BS-77").unwrap().is_none());

    // A file that does not read gives no one more rights: all look only.
    std::fs::write(db.join("access.json"), "{\"viewers\": [").unwrap();
    let store = connect(&db);
    let err = store
        .insert(support::store::household("BS-79"))
        .expect_err("save with a broken access file");
    assert!(err.to_string().contains("cannot be read"), "{err}");

    std::fs::remove_file(db.join("access.json")).unwrap();
    let store = connect(&db);
    store
        .insert(support::store::household("BS-80"))
        .expect("no access file: the folder's users may write");
}

#[test]
fn a_read_only_session_cannot_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    // A look-only session never creates a database.
    let o = kumban(&db, &["--read-only", "demo"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no kumban database at"),
        "{}",
        stderr(&o)
    );
    assert!(!db.exists());
    assert!(kumban(&db, &["demo"]).status.success());
    let file = dir.path().join("households.csv");
    std::fs::write(
        &file,
        "code,head_name,village,members,enrolled_on\nBS-91,Vanna,Bansuo,3,2018-01-01\n",
    )
    .unwrap();
    let o = kumban(&db, &["--read-only", "import", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let msg = stderr(&o);
    assert!(msg.contains("started with --read-only"), "{msg}");
    assert!(msg.contains("nothing was saved"), "{msg}");
    let o = kumban(&db, &["--read-only", "status"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("46 (40 demonstration)"),
        "{}",
        stdout(&o)
    );

    let store = kumban::store::Store::connect(
        &db,
        &kumban::store::remote::Connect {
            read_only: true,
            ..how()
        },
    )
    .unwrap();
    assert!(matches!(
        store.insert(support::store::household("BS-90")),
        Err(StoreError::ReadOnly(_))
    ));
    // The same user in another session still writes.
    connect(&db)
        .insert(support::store::household("BS-91"))
        .expect("a writing session");
}
