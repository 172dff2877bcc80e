//! Restoring a backup, and compacting a database, through one path: the
//! backup is verified before anything is touched, the new database is
//! built beside the old one in a staging folder a batch at a time, checked,
//! and swapped into place with one rename. With `replace` the old folder
//! is set aside (renamed, never deleted).

use super::{BackupError, Item, Reader, read};
use kumban_i18n::tr;
use kumban_store::staging;
use kumban_store::{CheckProblem, Dump, Store, StoreError};
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

/// Restores `backup` into the database folder `db`, streaming: the new
/// database is built in a staging folder beside `db` a batch at a time,
/// verified, and only then swapped into place (see `store::staging`).
/// Without `replace`, `db` must hold no records (or not exist yet). With
/// `replace`, a database that holds records or will not open is renamed
/// to `db.before-restore-…`; the automatic backups move along with it.
pub fn restore_folder(
    db: &Path,
    backup: &Path,
    replace: bool,
    user: &str,
) -> Result<RestoreSummary, BackupError> {
    // Refused before anything is touched: a damaged or newer backup.
    let reader = Reader::open(backup)?;
    tidy(db);
    // Held through the swap, so no one opens the old database meanwhile.
    let mut held = None;
    let mut keep_old = false;
    if kumban_store::database_at(db) != Some(false) {
        match Store::open(db, user) {
            Ok(store) if store.is_blank() => held = Some(store),
            Ok(_) if !replace => {
                return Err(BackupError::NotEmpty {
                    path: db.to_path_buf(),
                });
            }
            Ok(store) => {
                held = Some(store);
                keep_old = true;
            }
            Err(e @ StoreError::InUse { .. }) => return Err(e.into()),
            Err(e) if !replace => return Err(e.into()),
            // It will not open: that is what --replace is for.
            Err(_) => keep_old = true,
        }
    }
    let counters = reader.counters().clone();
    let total = expected_items(&counters);
    let built = build_beside(
        db,
        user,
        &tr!("backup-doing-restoring"),
        &counters,
        total,
        total * GUESSED_ITEM_BYTES,
        reader,
    )?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let aside = staging::free_sibling(db, &format!("before-restore-{stamp}"))
        .map_err(|e| BackupError::Folder(tr!("backup-nothing-changed", reason = e.to_string())))?;
    let set_aside = swap(db, &built.staging, &aside, held, keep_old)?;
    Ok(RestoreSummary {
        records: built.records as usize,
        history: built.history as usize,
        set_aside,
        problems: Vec::new(),
    })
}

/// Bytes an entry (a record or a history entry, with its index entries
/// and sled's overhead) takes on disk, for telling how much room a restore
/// needs before it has written anything: measured at district size.
const GUESSED_ITEM_BYTES: u64 = 350;

/// What `kumban compact` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompactSummary {
    pub records: u64,
    pub history: u64,
    pub before: u64,
    pub after: u64,
    /// Set when the new copy was not smaller (its size), so the database
    /// in place was kept as it was.
    pub kept: Option<u64>,
}

/// Rewrites the database `db` through the same path as a restore: a
/// fresh copy built beside it from its own records and history, verified,
/// then swapped in; the old copy is deleted once the new one is in place.
/// Without `force`, a copy no smaller than the database is thrown away
/// and the database kept as it was.
pub fn compact_folder(db: &Path, user: &str, force: bool) -> Result<CompactSummary, BackupError> {
    tidy(db);
    let store = Store::open(db, user)?;
    let before = folder_bytes(db);
    let counters = store.counters()?;
    let total = expected_items(&counters);
    let items = super::all_records(&store)
        .map(|r| r.map(Item::Record))
        .chain(store.history_oldest_first().map(|c| c.map(Item::Change)))
        .map(|r| r.map_err(BackupError::from));
    let built = build_beside(
        db,
        user,
        &tr!("backup-doing-compacting"),
        &counters,
        total,
        before,
        items,
    )?;
    let after = folder_bytes(&built.staging);
    if after >= before && !force {
        // sled's log-structured files can come out no smaller: keep the
        // one in place rather than swap for nothing.
        let _ = std::fs::remove_dir_all(&built.staging);
        return Ok(CompactSummary {
            records: built.records,
            history: built.history,
            before,
            after: before,
            kept: Some(after),
        });
    }
    let aside = staging::free_sibling(db, "before-compact")
        .map_err(|e| BackupError::Folder(tr!("backup-nothing-changed", reason = e.to_string())))?;
    swap(db, &built.staging, &aside, Some(store), false)?;
    Ok(CompactSummary {
        records: built.records,
        history: built.history,
        before,
        after: folder_bytes(db),
        kept: None,
    })
}

/// Says what a restore or compact cut short left beside `db`, and tidies it.
#[allow(
    clippy::print_stderr,
    reason = "called when a database opens, before any screen: the notice must reach the user"
)]
pub fn tidy(db: &Path) {
    for line in staging::tidy(db) {
        eprintln!("{line}");
    }
}

/// Bytes of sled's files in a database folder (not the backups kept in it).
pub fn folder_bytes(db: &Path) -> u64 {
    fn walk(p: &Path) -> u64 {
        let Ok(m) = std::fs::symlink_metadata(p) else {
            return 0;
        };
        if !m.is_dir() {
            return m.len();
        }
        std::fs::read_dir(p)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_name() != "backups")
            .map(|e| walk(&e.path()))
            .sum()
    }
    walk(db)
}

/// At most how many records and history entries the counters allow.
fn expected_items(c: &kumban_store::Counters) -> u64 {
    c.next_id.values().map(|n| n.saturating_sub(1)).sum::<u64>() + c.next_change.saturating_sub(1)
}

struct Staged {
    staging: PathBuf,
    records: u64,
    history: u64,
}

/// Builds the database from `items` in this process's staging folder
/// beside `db`, verified and closed. On any failure the staging folder is
/// removed and `db` was never touched.
fn build_beside(
    db: &Path,
    user: &str,
    doing: &str,
    counters: &kumban_store::Counters,
    total: u64,
    at_least: u64,
    items: impl Iterator<Item = Result<Item, BackupError>>,
) -> Result<Staged, BackupError> {
    let tmp = staging::path_for(db).map_err(|e| BackupError::Folder(e.to_string()))?;
    if tmp.exists() {
        // Ours by its number: left by an earlier process with this id.
        let _ = std::fs::remove_dir_all(&tmp);
    }
    if let Err(e) = staging::create(&tmp) {
        let _ = std::fs::remove_dir_all(&tmp);
        if e.raw_os_error() == Some(libc::ENOSPC) {
            return Err(disk_full(db, doing, at_least));
        }
        return Err(cannot_make(&tmp, e));
    }
    let mut done = 0u64;
    let built = (|| -> Result<kumban_store::Built, BackupError> {
        let store = Store::open(&tmp, user)?;
        let mut rebuild = store.rebuild()?;
        for item in items {
            match item? {
                Item::Record(r) => rebuild.add_record(&r)?,
                Item::Change(c) => rebuild.add_change(&c)?,
                Item::Review(r) => rebuild.add_review(&r)?,
            }
            done = rebuild.items();
        }
        Ok(rebuild.finish(counters)?)
    })();
    let built = match built {
        Ok(b) => b,
        Err(e) => {
            let full = matches!(e, BackupError::Store(StoreError::DiskFull));
            let size = folder_bytes(&tmp);
            // Ours alone: made a moment ago under a name no one else uses.
            let _ = std::fs::remove_dir_all(&tmp);
            if full {
                let needed =
                    (size as f64 / done.max(1) as f64 * total.max(done) as f64 * 1.1) as u64;
                return Err(disk_full(db, doing, needed.max(at_least)));
            }
            return Err(e);
        }
    };
    // The store is closed: sled wrote everything and let go of its files.
    if let Ok(old) = std::fs::metadata(db) {
        like_the_old(&tmp, &old);
    } else {
        kumban_store::access::share_tree(&tmp, &tmp);
    }
    // The viewers named for this database stay viewers.
    let access = db.join(kumban_store::access::ACCESS_FILE);
    if let Err(e) = std::fs::copy(&access, tmp.join(kumban_store::access::ACCESS_FILE))
        && access.exists()
    {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(BackupError::Folder(tr!(
            "backup-cannot-copy-access",
            path = access.display().to_string(),
            reason = e.to_string()
        )));
    }
    Ok(Staged {
        staging: tmp,
        records: built.records,
        history: built.history,
    })
}

/// The refusal when the disk filled while the new copy was built, with
/// how much it needs: as far as can be told from how far it got (with a
/// tenth more for the totals and sled's own files), or, for a compact, at
/// least what the database takes now.
fn disk_full(db: &Path, doing: &str, needed: u64) -> BackupError {
    let parent = db
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| Path::new(".").to_path_buf(), Path::to_path_buf);
    let free = nix::sys::statvfs::statvfs(&parent)
        .map(|s| s.blocks_available() * s.fragment_size())
        .unwrap_or(0);
    BackupError::Folder(tr!(
        "backup-disk-full",
        doing = doing,
        needed = megabytes(needed.max(1)),
        path = db.display().to_string(),
        free = megabytes(free)
    ))
}

fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb < 10.0 {
        format!("{mb:.1} MB")
    } else {
        format!("{mb:.0} MB")
    }
}

/// Swaps the complete staging folder in for `db`. The old database goes
/// to `aside` when `keep_old`, and is deleted otherwise (a blank one, or
/// the one a compact copied). `held` is the old database, open in this
/// process so that no one else opens it until the new one is in place.
fn swap(
    db: &Path,
    staged: &Path,
    aside: &Path,
    held: Option<Store>,
    keep_old: bool,
) -> Result<Option<PathBuf>, BackupError> {
    let swapped = staging::swap_in(staged, db, aside);
    drop(held);
    let old = match swapped {
        Ok(staging::Swapped::Nothing) => return Ok(None),
        Ok(staging::Swapped::Old(old)) => old,
        Err(e) => {
            let _ = std::fs::remove_dir_all(staged);
            return Err(BackupError::Folder(tr!(
                "backup-cannot-swap",
                path = db.display().to_string(),
                reason = e.to_string()
            )));
        }
    };
    let (old_backups, new_backups) = (old.join("backups"), db.join("backups"));
    if old_backups.is_dir() && !new_backups.exists() {
        let _ = std::fs::rename(old_backups, new_backups);
    }
    // The office's DHIS2 codes are settings of the folder, not records in
    // a backup: they stay with the database (a copy, so a folder set
    // aside stays whole).
    let mapping = crate::dhis2::mapping::FILE_NAME;
    let (old_mapping, new_mapping) = (old.join(mapping), db.join(mapping));
    if old_mapping.is_file() && !new_mapping.exists() {
        let _ = std::fs::copy(old_mapping, new_mapping);
    }
    if !keep_old {
        let _ = std::fs::remove_dir_all(&old);
        return Ok(None);
    }
    if old == aside {
        return Ok(Some(old));
    }
    match std::fs::rename(&old, aside) {
        Ok(()) => Ok(Some(aside.to_path_buf())),
        Err(_) => Ok(Some(old)),
    }
}

/// Why the staging folder could not be made beside the database: a
/// parent folder this user may not write to is named.
fn cannot_make(tmp: &Path, e: std::io::Error) -> BackupError {
    if e.kind() == std::io::ErrorKind::PermissionDenied {
        let parent = tmp.parent().unwrap_or(Path::new("."));
        return BackupError::Folder(tr!(
            "backup-parent-not-writable",
            path = parent.display().to_string()
        ));
    }
    BackupError::Folder(tr!(
        "backup-cannot-make",
        path = tmp.display().to_string(),
        reason = e.to_string()
    ))
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
    kumban_store::access::share_tree(new, new);
}

fn chown_tree(path: &Path, uid: u32, gid: u32) {
    let _ = std::os::unix::fs::lchown(path, Some(uid), Some(gid));
    if path.is_dir() && !path.is_symlink() {
        for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
            chown_tree(&entry.path(), uid, gid);
        }
    }
}
