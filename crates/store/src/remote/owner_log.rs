//! The owner's log: one line per event on standard error, which is
//! `owner.log` in the database folder when a client started the owner (a
//! service manager's journal otherwise).
//!
//! Nothing a client does may make it grow without limit: lines about one
//! connection (refused, no hello, garbage) are written once per kind and
//! user a minute, the others of that minute counted and the count written
//! with the next one; and `owner.log` is moved to `owner.log.1` (replacing
//! the one before) once it passes `LOG_CAP`.

use crate::remote::LOG_FILE;
use std::collections::HashMap;
use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The owner's log before the last rotation.
pub const OLD_LOG_FILE: &str = "owner.log.1";
/// `owner.log` is rotated past this size: with `owner.log.1`, the
/// owner's logs never take more than about twice this.
pub const LOG_CAP: u64 = 1 << 20;
/// Lines of one kind (and user) are written at most once in this time.
pub const QUIET: Duration = Duration::from_secs(60);
/// Kinds remembered at most; beyond that the oldest are forgotten.
const KINDS: usize = 1024;

struct Sink {
    /// The database folder, when standard error is its `owner.log`.
    rotates: Option<PathBuf>,
    limiter: Limiter,
}

static SINK: Mutex<Option<Sink>> = Mutex::new(None);

fn sink() -> std::sync::MutexGuard<'static, Option<Sink>> {
    SINK.lock().unwrap_or_else(|p| p.into_inner())
}

/// Called once by the owner: rotates `owner.log` only when it is where
/// this process's standard error goes.
pub fn start(db: &Path) {
    let is_log = |err: &nix::sys::stat::FileStat| {
        std::fs::metadata(db.join(LOG_FILE))
            .is_ok_and(|m| m.dev() == err.st_dev && m.ino() == err.st_ino)
    };
    let rotates = nix::sys::stat::fstat(std::io::stderr())
        .ok()
        .filter(is_log)
        .map(|_| db.to_path_buf());
    *sink() = Some(Sink {
        rotates,
        limiter: Limiter::default(),
    });
}

/// A line always written: the owner starting, stopping, and what it does
/// on its own.
pub fn line(text: &str) {
    let mut sink = sink();
    write(sink.as_mut(), text);
}

/// A line about one connection, written at most once per `QUIET` for each
/// `kind` (which names the user, so one user's flood does not hide
/// another's trouble).
pub fn event(kind: &str, text: &str) {
    let mut sink = sink();
    let now = Instant::now();
    let admitted = match sink.as_mut() {
        Some(s) => s.limiter.admit(kind, now),
        None => Some(0),
    };
    match admitted {
        None => {}
        Some(0) => write(sink.as_mut(), text),
        Some(n) => write(
            sink.as_mut(),
            &format!(
                "{text} (and {n} more like it in the {} s before, not written)",
                QUIET.as_secs()
            ),
        ),
    }
}

/// The counts not yet written, for the owner's last lines.
pub fn finish() {
    let mut sink = sink();
    let left = sink.as_mut().map(|s| s.limiter.drain()).unwrap_or_default();
    for (kind, n) in left {
        write(
            sink.as_mut(),
            &format!("{n} more lines of kind \"{kind}\" were not written"),
        );
    }
}

fn write(sink: Option<&mut Sink>, text: &str) {
    if let Some(db) = sink.and_then(|s| s.rotates.as_deref()) {
        let size = nix::sys::stat::fstat(std::io::stderr()).map_or(0, |s| s.st_size as u64);
        if size >= LOG_CAP
            && let Ok(file) = rotate(db)
        {
            let _ = nix::unistd::dup2_stdout(&file);
            let _ = nix::unistd::dup2_stderr(&file);
        }
    }
    let line = format!(
        "{} kumban owner: {}\n",
        chrono::Local::now().format("%Y-%m-%d %H:%M:%S"),
        kumban_model::text::escape_for_display(text)
    );
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// Moves `owner.log` to `owner.log.1` and opens a new, empty `owner.log`.
pub fn rotate(db: &Path) -> std::io::Result<std::fs::File> {
    std::fs::rename(db.join(LOG_FILE), db.join(OLD_LOG_FILE))?;
    open(db)
}

/// `owner.log`, for appending, shared with the folder's group as every
/// file in a group's folder. One that this user may not write (an older
/// kumban made it for its own user alone) is set aside as the previous
/// log: the folder is the group's to write.
pub fn open(db: &Path) -> std::io::Result<std::fs::File> {
    let path = db.join(LOG_FILE);
    match append(db, &path) {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied && path.exists() => {
            std::fs::rename(&path, db.join(OLD_LOG_FILE))?;
            append(db, &path)
        }
        other => other,
    }
}

fn append(db: &Path, path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let shared = crate::access::shared_group(db).is_some();
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(if shared { 0o660 } else { 0o600 })
        .open(path)?;
    crate::access::share(db, path);
    Ok(file)
}

/// Which lines of a kind are written: the first, then none until `QUIET`
/// has passed, when the next one is written with the count of the others.
#[derive(Default)]
struct Limiter {
    kinds: HashMap<String, Kind>,
}

struct Kind {
    written: Instant,
    skipped: u64,
}

impl Limiter {
    /// `Some(lines skipped before this one)` when this one is written.
    fn admit(&mut self, kind: &str, now: Instant) -> Option<u64> {
        if let Some(k) = self.kinds.get_mut(kind) {
            if now.saturating_duration_since(k.written) < QUIET {
                k.skipped += 1;
                return None;
            }
            let skipped = k.skipped;
            *k = Kind {
                written: now,
                skipped: 0,
            };
            return Some(skipped);
        }
        if self.kinds.len() >= KINDS {
            self.kinds
                .retain(|_, k| now.saturating_duration_since(k.written) < QUIET);
        }
        if self.kinds.len() < KINDS {
            self.kinds.insert(
                kind.to_string(),
                Kind {
                    written: now,
                    skipped: 0,
                },
            );
        }
        Some(0)
    }

    fn drain(&mut self) -> Vec<(String, u64)> {
        let mut left: Vec<_> = self
            .kinds
            .drain()
            .filter(|(_, k)| k.skipped > 0)
            .map(|(kind, k)| (kind, k.skipped))
            .collect();
        left.sort();
        left
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_is_written_once_a_minute_with_the_count_of_the_others() {
        let mut l = Limiter::default();
        let t0 = Instant::now();
        assert_eq!(l.admit("no hello uid 7", t0), Some(0));
        for s in 1..=5 {
            assert_eq!(l.admit("no hello uid 7", t0 + Duration::from_secs(s)), None);
        }
        // Another user's trouble is not hidden by the first one's flood.
        assert_eq!(
            l.admit("no hello uid 8", t0 + Duration::from_secs(6)),
            Some(0)
        );
        assert_eq!(l.admit("no hello uid 7", t0 + QUIET), Some(5));
        assert_eq!(l.admit("no hello uid 7", t0 + QUIET), None);
        assert_eq!(l.drain(), vec![("no hello uid 7".to_string(), 1)]);
    }

    #[test]
    fn the_kinds_remembered_are_bounded() {
        let mut l = Limiter::default();
        let t0 = Instant::now();
        for uid in 0..(KINDS as u32 * 3) {
            assert_eq!(l.admit(&format!("uid {uid}"), t0), Some(0));
        }
        assert!(l.kinds.len() <= KINDS);
    }

    #[test]
    fn rotation_keeps_one_previous_log_and_starts_an_empty_one() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path();
        std::fs::write(db.join(OLD_LOG_FILE), "oldest\n").unwrap();
        std::fs::write(db.join(LOG_FILE), "older\n").unwrap();
        let mut file = rotate(db).unwrap();
        file.write_all(b"new\n").unwrap();
        assert_eq!(
            std::fs::read_to_string(db.join(OLD_LOG_FILE)).unwrap(),
            "older\n"
        );
        assert_eq!(std::fs::read_to_string(db.join(LOG_FILE)).unwrap(), "new\n");
        assert_eq!(std::fs::read_dir(db).unwrap().count(), 2);
    }
}
