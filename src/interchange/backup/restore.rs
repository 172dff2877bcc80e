//! Restoring a backup: verified before anything is touched, written in
//! one transaction, and only ever into an empty database. With `replace`
//! the current folder is set aside (renamed, never deleted) once the
//! restored copy is complete beside it.

use super::{BackupError, read};
use crate::store::{CheckProblem, Dump, Store, StoreError};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreSummary {
    pub records: usize,
    pub history: usize,
    /// Where the database that was replaced now is.
    pub set_aside: Option<PathBuf>,
    /// What `check` says of the restored database (empty when sound).
    pub problems: Vec<CheckProblem>,
}

/// Restores `backup` into an open, empty database.
pub fn restore_into(store: &Store, backup: &Path) -> Result<RestoreSummary, BackupError> {
    let (_, dump) = read(backup)?;
    restore_dump(store, &dump)
}

fn restore_dump(store: &Store, dump: &Dump) -> Result<RestoreSummary, BackupError> {
    if !store.is_blank() {
        return Err(BackupError::NotEmpty {
            path: store.path().to_path_buf(),
        });
    }
    store.restore_raw(dump)?;
    Ok(RestoreSummary {
        records: dump.records.len(),
        history: dump.history.len(),
        set_aside: None,
        problems: store.check()?,
    })
}

/// Restores `backup` into the database folder `db`. Without `replace`,
/// `db` must be empty (or not exist yet). With `replace`, a database that
/// holds records or will not open is renamed to `db.before-restore-…`
/// after the backup has been restored completely into a new folder, which
/// then takes its name; the automatic backups move along with it.
pub fn restore_folder(
    db: &Path,
    backup: &Path,
    replace: bool,
    user: &str,
) -> Result<RestoreSummary, BackupError> {
    let (_, dump) = read(backup)?;
    if !replace || !db.exists() {
        let summary = restore_dump(&Store::open(db, user)?, &dump)?;
        // sled made its files with this process's umask.
        crate::owner::access::share_tree(db, db);
        return Ok(summary);
    }
    match Store::open(db, user) {
        Ok(store) if store.is_blank() => return restore_dump(&store, &dump),
        Ok(store) => drop(store),
        Err(e @ StoreError::InUse { .. }) => return Err(e.into()),
        // It will not open: that is what --replace is for.
        Err(_) => {}
    }
    let tmp = sibling(db, &format!("restoring-{}", std::process::id()))?;
    if tmp.exists() {
        return Err(BackupError::Folder(format!(
            "{} is in the way; remove it and restore again",
            tmp.display()
        )));
    }
    make_folder(&tmp)?;
    let restored = Store::open(&tmp, user)
        .map_err(BackupError::from)
        .and_then(|store| restore_dump(&store, &dump));
    if let Ok(old) = std::fs::metadata(db) {
        like_the_old(&tmp, &old);
    }
    // The viewers named for this database stay viewers.
    let access = db.join(crate::owner::access::ACCESS_FILE);
    let restored = restored.and_then(|s| {
        match std::fs::copy(&access, tmp.join(crate::owner::access::ACCESS_FILE)) {
            Err(e) if access.exists() => Err(BackupError::Folder(format!(
                "cannot copy {} into the restored database: {e}; nothing was changed",
                access.display()
            ))),
            _ => Ok(s),
        }
    });
    let mut summary = match restored {
        Ok(s) => s,
        Err(e) => {
            // Ours alone: created a moment ago under a name no one else uses.
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let aside = free_sibling(db, &format!("before-restore-{stamp}"))?;
    if let Err(e) = std::fs::rename(db, &aside) {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(BackupError::Folder(format!(
            "cannot set {} aside as {}: {e}; nothing was changed",
            db.display(),
            aside.display()
        )));
    }
    if let Err(e) = std::fs::rename(&tmp, db) {
        let back = std::fs::rename(&aside, db);
        return Err(BackupError::Folder(format!(
            "cannot move the restored database {} to {}: {e}; {}",
            tmp.display(),
            db.display(),
            if back.is_ok() {
                "the old database is back in place".to_string()
            } else {
                format!("the old database is at {}", aside.display())
            }
        )));
    }
    let (old, new) = (aside.join("backups"), db.join("backups"));
    if old.is_dir() && !new.exists() {
        let _ = std::fs::rename(old, new);
    }
    summary.set_aside = Some(aside);
    Ok(summary)
}

/// The folder the backup is restored into, beside the database: made
/// here so that a parent folder this user may not write to is named.
fn make_folder(tmp: &Path) -> Result<(), BackupError> {
    use std::os::unix::fs::DirBuilderExt;
    let made = std::fs::DirBuilder::new().mode(0o700).create(tmp);
    match made {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            let parent = tmp.parent().unwrap_or(Path::new("."));
            Err(BackupError::Folder(format!(
                "cannot restore with --replace: {} does not let this user make folders in it, and the restored database is made there beside the old one; nothing was changed; ask whoever keeps the office computer to let the group write to {} (see docs/office-setup.md) or to restore it",
                parent.display(),
                parent.display()
            )))
        }
        Err(e) => Err(BackupError::Folder(format!(
            "cannot make {}: {e}; nothing was changed",
            tmp.display()
        ))),
    }
}

/// The restored folder takes the owner, group and mode of the one it
/// replaces, and its files are the group's when the folder is shared:
/// whoever could use the database before still can. Best effort: only
/// root can give a folder to another user.
fn like_the_old(new: &Path, old: &std::fs::Metadata) {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let root = nix::unistd::geteuid().is_root();
    if root {
        chown_tree(new, old.uid(), old.gid());
    } else {
        let _ = std::os::unix::fs::chown(new, None, Some(old.gid()));
    }
    let _ = std::fs::set_permissions(new, std::fs::Permissions::from_mode(old.mode() & 0o7777));
    crate::owner::access::share_tree(new, new);
}

fn chown_tree(path: &Path, uid: u32, gid: u32) {
    let _ = std::os::unix::fs::lchown(path, Some(uid), Some(gid));
    if path.is_dir() && !path.is_symlink() {
        for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
            chown_tree(&entry.path(), uid, gid);
        }
    }
}

fn sibling(db: &Path, suffix: &str) -> Result<PathBuf, BackupError> {
    let name = db.file_name().ok_or_else(|| {
        BackupError::Folder(format!(
            "{} is not a database folder name; give --db a folder such as ~/kumban/db",
            db.display()
        ))
    })?;
    let mut n = name.to_os_string();
    n.push(".");
    n.push(suffix);
    Ok(db.with_file_name(n))
}

fn free_sibling(db: &Path, suffix: &str) -> Result<PathBuf, BackupError> {
    let first = sibling(db, suffix)?;
    if !first.exists() {
        return Ok(first);
    }
    for n in 2..1000 {
        let p = sibling(db, &format!("{suffix}-{n}"))?;
        if !p.exists() {
            return Ok(p);
        }
    }
    Err(BackupError::Folder(format!(
        "too many folders named {}-N; tidy them up and restore again",
        first.display()
    )))
}
