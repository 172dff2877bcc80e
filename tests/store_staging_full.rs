//! A disk that fills while a restore or a compact builds the new copy
//! (issue 11): the old database stays in place, untouched, the staging
//! folder is removed, and the message says how much space is needed.
//!
//! The disk is a small tmpfs in a mount namespace of its own, as in
//! tests/shared_disk_full.rs: this binary runs itself again under
//! `unshare -m` with only `child_full_disk_staging` selected.

mod support;

use std::io::Write;
use std::path::Path;
use support::shared::*;

const DIR_VAR: &str = "KUMBAN_STAGING_FULL_DIR";
const SOURCE_VAR: &str = "KUMBAN_STAGING_FULL_SOURCE";

#[test]
fn a_disk_that_fills_during_restore_or_compact_leaves_the_old_database() {
    if !is_root() {
        eprintln!("skipped: mounting a small tmpfs needs root (CI runs as root)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // The backup to restore is made outside the small disk.
    let source = dir.path().join("source");
    let o = kumban_alone(&source, &["demo", "--households", "40"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let backup = dir.path().join("source.backup");
    let o = kumban_alone(&source, &["backup", backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let disk = dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    small_disk::run_child(
        "child_full_disk_staging",
        &[(DIR_VAR, disk.as_path()), (SOURCE_VAR, backup.as_path())],
    );
}

/// Runs only under `unshare -m`, from the test above.
#[test]
fn child_full_disk_staging() {
    let (Some(dir), Some(backup)) = (std::env::var_os(DIR_VAR), std::env::var_os(SOURCE_VAR))
    else {
        return;
    };
    let dir = Path::new(&dir);
    if small_disk::mount(dir, "12m") {
        scenario(&dir.join("db"), &dir.join("filler"), Path::new(&backup));
        small_disk::passed();
    }
}

fn scenario(db: &Path, filler: &Path, backup: &Path) {
    let o = kumban_alone(db, &["demo"]);
    assert!(o.status.success(), "demo: {}", stderr(&o));
    let before = figures(db);

    fill_leaving(filler, 256 * 1024);
    let o = kumban_alone(db, &["restore", "--replace", backup.to_str().unwrap()]);
    refused_for_space(&o, "restoring");
    // Looked at with room again: `check` and `status` need a little space
    // of their own, and what matters is what the refused restore left.
    std::fs::remove_file(filler).unwrap();
    unchanged(db, &before);

    fill_leaving(filler, 256 * 1024);
    let o = kumban_alone(db, &["compact"]);
    refused_for_space(&o, "compacting");
    std::fs::remove_file(filler).unwrap();
    unchanged(db, &before);

    // With room again, both go through.
    let o = kumban_alone(db, &["compact"]);
    assert!(o.status.success(), "compact with room: {}", stderr(&o));
    assert_eq!(figures(db), before);
}

fn refused_for_space(o: &std::process::Output, doing: &str) {
    let said = stderr(o);
    assert!(!o.status.success(), "{doing} on a full disk went through");
    assert!(
        said.contains(&format!("the disk filled while {doing}")),
        "{said}"
    );
    assert!(
        said.contains("needs about ") && said.contains(" MB"),
        "{said}"
    );
    assert!(said.contains("nothing was changed"), "{said}");
    assert_eq!(said.lines().count(), 1, "{said}");
}

fn unchanged(db: &Path, before: &str) {
    let check = kumban_alone(db, &["check"]);
    assert!(
        check.status.success(),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
    assert_eq!(figures(db), before);
    let parent = db.parent().unwrap();
    let left: Vec<_> = std::fs::read_dir(parent)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".staging-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

fn figures(db: &Path) -> String {
    let o = kumban_alone(db, &["status", "--json"]);
    assert!(o.status.success(), "status: {}", stderr(&o));
    stdout(&o)
}

/// Fills the disk, then gives `room` bytes back.
fn fill_leaving(path: &Path, room: u64) {
    let _ = std::fs::remove_file(path);
    let mut f = std::fs::File::create(path).expect("filler");
    for chunk in [1 << 20, 64 << 10, 4 << 10, 512] {
        let bytes = vec![0u8; chunk];
        while f.write_all(&bytes).is_ok() {}
    }
    let _ = f.sync_all();
    let len = f.metadata().unwrap().len();
    f.set_len(len.saturating_sub(room)).unwrap();
}
