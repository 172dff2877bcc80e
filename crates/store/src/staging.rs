//! Staging folders: a restore or a compact builds the new database in
//! `NAME.staging-PID` beside the database folder `NAME`, and only a
//! complete, verified copy is swapped into place, with one rename. A kill
//! at any moment leaves the old database (or none, if there was none) or
//! the new one, never a mix; the next start tidies what was left.
//!
//! A file `kumban-staging` inside the staging folder says how far it got:
//! `building` (throw it away) or `complete` (verified: if the database
//! folder is missing, because the swap was cut between its two renames,
//! the next start puts it in place).

use std::io::Write;
use std::path::{Path, PathBuf};

/// The marker file inside a staging folder.
pub const MARKER: &str = "kumban-staging";
const BUILDING: &str = "building";
const COMPLETE: &str = "complete";
const STAGING: &str = "staging-";

/// The staging folder this process uses for `db`.
pub fn path_for(db: &Path) -> std::io::Result<PathBuf> {
    sibling(db, &format!("{STAGING}{}", std::process::id()))
}

/// `NAME.suffix` beside `db`.
pub fn sibling(db: &Path, suffix: &str) -> std::io::Result<PathBuf> {
    let name = db.file_name().ok_or_else(|| {
        std::io::Error::other(format!(
            "{} is not a database folder name; give --db a folder such as ~/kumban/db",
            db.display()
        ))
    })?;
    let mut n = name.to_os_string();
    n.push(".");
    n.push(suffix);
    Ok(db.with_file_name(n))
}

/// Makes the staging folder (owner-only, as sled's folders are) with its
/// marker saying `building`.
pub fn create(staging: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().mode(0o700).create(staging)?;
    write_marker(staging, BUILDING)
}

/// Notes that the staging folder holds a complete, verified database.
pub fn mark_complete(staging: &Path) -> std::io::Result<()> {
    write_marker(staging, COMPLETE)
}

fn write_marker(staging: &Path, state: &str) -> std::io::Result<()> {
    let tmp = staging.join(format!("{MARKER}.new"));
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(state.as_bytes())?;
    f.sync_all()?;
    std::fs::rename(&tmp, staging.join(MARKER))?;
    sync_dir(staging)
}

fn marker(folder: &Path) -> Option<String> {
    std::fs::read_to_string(folder.join(MARKER)).ok()
}

pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

fn sync_parent(db: &Path) {
    if let Some(parent) = db.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = sync_dir(parent);
    } else {
        let _ = sync_dir(Path::new("."));
    }
}

/// Where the database that was in place went.
pub enum Swapped {
    /// There was none.
    Nothing,
    /// It is now at this path (the staging folder's name, or a set-aside
    /// name when the system cannot exchange two folders in one step).
    Old(PathBuf),
}

/// Puts the complete `staging` folder in place of `db`. With a database
/// there, the two are exchanged in one step (`renameat2` with
/// `RENAME_EXCHANGE`); where the file system cannot, the old one is
/// renamed to `aside` first and the new one follows, and a kill between
/// the two is finished by the next start (`tidy`).
pub fn swap_in(staging: &Path, db: &Path, aside: &Path) -> std::io::Result<Swapped> {
    mark_complete(staging)?;
    if !db.exists() {
        std::fs::rename(staging, db)?;
        let _ = std::fs::remove_file(db.join(MARKER));
        sync_parent(db);
        return Ok(Swapped::Nothing);
    }
    let exchanged = nix::fcntl::renameat2(
        nix::fcntl::AT_FDCWD,
        staging,
        nix::fcntl::AT_FDCWD,
        db,
        nix::fcntl::RenameFlags::RENAME_EXCHANGE,
    );
    let old = match exchanged {
        Ok(()) => staging.to_path_buf(),
        Err(nix::errno::Errno::EINVAL | nix::errno::Errno::ENOSYS) => {
            std::fs::rename(db, aside)?;
            if let Err(e) = std::fs::rename(staging, db) {
                let _ = std::fs::rename(aside, db);
                return Err(e);
            }
            aside.to_path_buf()
        }
        Err(e) => return Err(std::io::Error::from(e)),
    };
    let _ = std::fs::remove_file(db.join(MARKER));
    sync_parent(db);
    Ok(Swapped::Old(old))
}

/// Tidies what a restore or compact cut short left beside `db`, and says
/// what it did, one line each. Staging folders of a process still
/// running are left alone.
pub fn tidy(db: &Path) -> Vec<String> {
    let mut said = Vec::new();
    let (Some(parent), Some(name)) = (db.parent(), db.file_name()) else {
        return said;
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    // A marker inside the database itself is left from a swap cut short
    // just after it happened: the database is the complete one.
    if db.join(MARKER).exists() {
        let _ = std::fs::remove_file(db.join(MARKER));
    }
    let prefix = format!("{}.{STAGING}", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(parent) else {
        return said;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file.strip_prefix(&prefix) else {
            continue;
        };
        let Ok(pid) = pid.parse::<i32>() else {
            continue;
        };
        if pid as u32 != std::process::id() && alive(pid) {
            continue;
        }
        let path = entry.path();
        let shown =
            kumban_model::text::escape_for_display(&path.display().to_string()).into_owned();
        match marker(&path).as_deref() {
            Some(COMPLETE) if !db.exists() => match std::fs::rename(&path, db) {
                Ok(()) => {
                    let _ = std::fs::remove_file(db.join(MARKER));
                    said.push(format!(
                        "kumban: a restore or compact was cut short just before it finished; its complete, checked database from {shown} is now in place"
                    ));
                }
                Err(e) => said.push(format!(
                    "kumban: cannot put the complete database from {shown} in place ({e}); move it to {} by hand",
                    db.display()
                )),
            },
            Some(BUILDING | COMPLETE) => match std::fs::remove_dir_all(&path) {
                Ok(()) => said.push(format!(
                    "kumban: removed {shown}, left by a restore or compact that was cut short; the database is as it was before it"
                )),
                Err(e) => said.push(format!(
                    "kumban: cannot remove {shown}, left by a restore or compact that was cut short ({e}); delete it by hand"
                )),
            },
            // No marker: the database that a swap took out of place,
            // kept (never deleted) under a name that says so.
            _ => {
                let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
                let aside = free_sibling(db, &format!("set-aside-{stamp}"));
                match aside.map(|a| std::fs::rename(&path, &a).map(|_| a)) {
                    Ok(Ok(a)) => said.push(format!(
                        "kumban: a restore or compact was cut short just after it finished; the database it replaced is kept at {}; delete it once you are sure",
                        a.display()
                    )),
                    _ => said.push(format!(
                        "kumban: {shown} holds the database a restore or compact replaced; delete it once you are sure"
                    )),
                }
            }
        }
    }
    said
}

/// True when process `pid` runs (or may: it is someone else's).
fn alive(pid: i32) -> bool {
    match nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None) {
        Ok(()) => true,
        Err(nix::errno::Errno::ESRCH) => false,
        Err(_) => true,
    }
}

/// `NAME.suffix`, or `NAME.suffix-N` for the first N not taken.
pub fn free_sibling(db: &Path, suffix: &str) -> std::io::Result<PathBuf> {
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
    Err(std::io::Error::other(format!(
        "too many folders named {}-N; tidy them up and try again",
        first.display()
    )))
}
