//! An office folder shared with a group (docs/office-setup.md): what
//! kumban creates in it (the database, the daily backups) stays usable by
//! every member, so whichever member comes next can start the owner and
//! write the next backup; a private folder stays private.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use support::shared::*;

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

fn backup_files(db: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(db.join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

#[test]
fn a_group_folder_gets_group_files_and_backups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    std::fs::create_dir(&db).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o2770)).unwrap();
    let out = kumban(&db, &["demo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The next day's first session writes the daily backup.
    let out = kumban_cmd(&db, &["status"])
        .args(["--today", "2026-11-29"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(wait_for_backup(
        &db.join("backups/kumban-2026-11-29.backup")
    ));
    assert_eq!(mode(&db.join("backups")) & 0o070, 0o070, "backups folder");
    let backups = backup_files(&db);
    assert!(!backups.is_empty());
    for f in &backups {
        assert_eq!(mode(f) & 0o060, 0o060, "{}", f.display());
        assert_eq!(mode(f) & 0o007, 0, "{}", f.display());
    }
    assert_eq!(mode(&db.join("conf")) & 0o060, 0o060, "sled's files");
}

#[test]
fn a_private_folder_keeps_its_backups_private() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let out = kumban(&db, &["demo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&db) & 0o077, 0, "kumban makes a new folder private");
    let out = kumban_cmd(&db, &["status"])
        .args(["--today", "2026-11-29"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(wait_for_backup(
        &db.join("backups/kumban-2026-11-29.backup")
    ));
    for f in backup_files(&db) {
        assert_eq!(mode(&f) & 0o077, 0, "{}", f.display());
    }
}
