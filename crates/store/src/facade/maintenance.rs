//! Backup, restore and checking: whole-database work that must see one
//! moment or a blank database.

use crate::check::CheckProblem;
use crate::error::Result;
use crate::request::{Reply, Request, unexpected};
use crate::restore::Dump;
use crate::{Backend, Store};
use kumban_model::*;
use std::path::Path;

impl Store {
    /// Has the owner write today's automatic backup into `dir`, in the
    /// background; `None` when this database is held here. `Some(Ok(note))`
    /// carries a failure of an earlier try to warn of.
    pub fn daily_backup_by_owner(&self, today: Date, dir: &Path) -> Option<Result<Option<String>>> {
        let Backend::Remote(c) = &self.backend else {
            return None;
        };
        Some(
            match c.call(&Request::DailyBackup {
                today,
                dir: dir.to_path_buf(),
            }) {
                Ok(Reply::Note(note)) => Ok(note),
                Ok(other) => Err(unexpected(&other)),
                Err(e) => Err(e),
            },
        )
    }

    /// True when nothing was ever written: no records and no history.
    pub fn is_blank(&self) -> bool {
        let blank = self.call(Request::IsBlank).and_then(Reply::flag);
        blank.unwrap_or(true)
    }

    /// Runs `read` while no write lands (in this process, or through the
    /// owner in any), so that a backup sees records, history and counters
    /// from one moment. Through an owner this holds up every session's
    /// saves: keep it short (the owner lets go after 30 s of silence).
    pub fn without_writes<R>(&self, read: impl FnOnce() -> R) -> R {
        match &self.backend {
            Backend::Local(l) => l.without_writes(read),
            Backend::Remote(c) => {
                // If the lock cannot be had, the reads below fail (or are
                // merely not of one moment): never worse than refusing.
                let held = c.hold_writes();
                let value = read();
                drop(held);
                value
            }
        }
    }

    /// Writes `dump` exactly as given, into a blank database only.
    pub fn restore_raw(&self, dump: &Dump) -> Result<()> {
        match &self.backend {
            // A district's dump is hundreds of megabytes: not copied into
            // a request only to be read here.
            Backend::Local(l) => l.restore_raw(dump),
            Backend::Remote(_) => self.call(Request::RestoreRaw(dump.clone()))?.done(),
        }
    }

    /// Reads the whole database and lists everything that is not as it
    /// should be. An empty list means the database is sound.
    pub fn check(&self) -> Result<Vec<CheckProblem>> {
        match self.call(Request::Check)? {
            Reply::Problems(p) => Ok(p),
            other => Err(unexpected(&other)),
        }
    }
}
