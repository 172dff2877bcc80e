//! Automatic backups: on the first run of each day kumban writes
//! `kumban-YYYY-MM-DD.backup` into the backup folder and keeps the last 7
//! daily ones and one for each of the 4 weeks before those.

use super::{BackupError, write};
use chrono::Datelike;
use kumban_model::Date;
use kumban_store::Store;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

const PREFIX: &str = "kumban-";
const SUFFIX: &str = ".backup";
pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupFile {
    pub date: Date,
    pub path: PathBuf,
    pub bytes: u64,
}

pub fn file_name(date: Date) -> String {
    format!("{PREFIX}{date}{SUFFIX}")
}

fn date_of(name: &str) -> Option<Date> {
    let d = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let parsed = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?;
    (parsed.format("%Y-%m-%d").to_string() == d).then_some(Date(parsed))
}

/// The automatic backups in `dir`, newest first. Other files are ignored.
pub fn list(dir: &Path) -> Vec<BackupFile> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<BackupFile> = entries
        .flatten()
        .filter_map(|e| {
            let date = date_of(e.file_name().to_str()?)?;
            let meta = e.metadata().ok().filter(|m| m.is_file())?;
            Some(BackupFile {
                date,
                path: e.path(),
                bytes: meta.len(),
            })
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.date));
    out
}

pub fn latest(dir: &Path) -> Option<BackupFile> {
    list(dir).into_iter().next()
}

/// Which dates to keep: the 7 newest, and the newest of each of the 4
/// most recent calendar weeks (ISO) among the older ones.
pub fn keep(dates: &[Date]) -> BTreeSet<Date> {
    let mut sorted: Vec<Date> = dates.to_vec();
    sorted.sort_by_key(|d| std::cmp::Reverse(*d));
    sorted.dedup();
    let mut kept: BTreeSet<Date> = sorted.iter().take(KEEP_DAILY).copied().collect();
    let mut weeks = HashSet::new();
    for d in sorted.iter().skip(KEEP_DAILY) {
        let w = d.0.iso_week();
        if weeks.len() == KEEP_WEEKLY && !weeks.contains(&(w.year(), w.week())) {
            break;
        }
        if weeks.insert((w.year(), w.week())) {
            kept.insert(*d);
        }
    }
    kept
}

/// Writes today's backup into `dir` unless it exists already or the
/// database has never been written to, then removes the backups that
/// `keep` lets go. Returns the path written, if any.
pub fn daily(store: &Store, today: Date, dir: &Path) -> Result<Option<PathBuf>, BackupError> {
    if store.is_blank() {
        return Ok(None);
    }
    let path = dir.join(file_name(today));
    if path.exists() {
        return Ok(None);
    }
    crate::atomic_file::create_private_dir(dir)?;
    // Shared before the file is made, so it is never the maker's alone.
    kumban_store::access::share(store.path(), dir);
    remove_abandoned(dir);
    write(store, &path)?;
    let all = list(dir);
    let kept = keep(&all.iter().map(|b| b.date).collect::<Vec<_>>());
    for b in all.iter().filter(|b| !kept.contains(&b.date)) {
        let _ = std::fs::remove_file(&b.path);
    }
    Ok(Some(path))
}

/// Removes what a backup cut short by a kill left: its temporary file
/// (`.kumban-DATE.backup.PID.tmp`), when that process is gone.
fn remove_abandoned(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(pid) = name.to_str().and_then(abandoned_pid) else {
            continue;
        };
        let gone =
            pid != std::process::id() && !std::path::Path::new(&format!("/proc/{pid}")).exists();
        if gone {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The process id in the name of a daily backup's temporary file.
fn abandoned_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (file, pid) = rest.rsplit_once('.')?;
    date_of(file)?;
    pid.parse().ok()
}

/// For an error opening the database: the newest backup and the one
/// command that restores it, or `None` when there is no backup.
pub fn open_hint(db: &Path, backup_dir: &Path) -> Option<String> {
    let b = latest(backup_dir)?;
    Some(kumban_i18n::tr!(
        "cmd-open-hint",
        file = b.path.display().to_string(),
        date = b.date.to_string(),
        db = shell_word(db),
        word = shell_word(&b.path)
    ))
}

/// A path as one word for a POSIX shell, quoted only when it needs it.
fn shell_word(p: &Path) -> String {
    let s = p.display().to_string();
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:,@".contains(c))
    {
        s
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn keeps_seven_days_and_four_weeks() {
        // 60 consecutive days ending Saturday 2026-11-28.
        let end = d(2026, 11, 28);
        let dates: Vec<Date> = (0..60).map(|n| end.minus_days(n).unwrap()).collect();
        let kept: Vec<String> = keep(&dates).iter().rev().map(|d| d.to_string()).collect();
        assert_eq!(
            kept,
            [
                "2026-11-28",
                "2026-11-27",
                "2026-11-26",
                "2026-11-25",
                "2026-11-24",
                "2026-11-23",
                "2026-11-22",
                // Newest of each earlier ISO week (weeks start on Monday).
                "2026-11-21",
                "2026-11-15",
                "2026-11-08",
                "2026-11-01",
            ]
        );
        assert_eq!(keep(&dates[..3]).len(), 3);
    }

    #[test]
    fn names_and_quoting() {
        assert_eq!(file_name(d(2026, 11, 28)), "kumban-2026-11-28.backup");
        assert_eq!(date_of("kumban-2026-11-28.backup"), Some(d(2026, 11, 28)));
        assert_eq!(date_of("kumban-2026-11-28.backup.tmp"), None);
        assert_eq!(date_of("kumban-2026-2-8.backup"), None);
        assert_eq!(
            abandoned_pid(".kumban-2026-11-28.backup.4711.tmp"),
            Some(4711)
        );
        assert_eq!(abandoned_pid(".notes.txt.4711.tmp"), None);
        assert_eq!(abandoned_pid("kumban-2026-11-28.backup"), None);
        assert_eq!(shell_word(Path::new("/a/b-c.backup")), "/a/b-c.backup");
        assert_eq!(shell_word(Path::new("/my db/it's")), "'/my db/it'\\''s'");
    }
}
