//! One-file backups of everything (records with their ids and audit
//! stamps, the history, the id counters), their restore into an empty
//! database, and the automatic daily backups. Format: docs/backup.md.

mod daily;
pub mod format;
mod restore;
mod upgrade;

pub use daily::{BackupFile, daily, keep, latest, list, open_hint};
pub use format::{FORMAT_VERSION, Header};
pub use restore::{RestoreSummary, restore_folder, restore_into};

use super::atomic_file;
use crate::model::{Animal, AnyRecord, Household, IncomeLog, Pen, Pregnancy};
use crate::store::schema::SCHEMA_VERSION;
use crate::store::{Dump, Record, Store, StoreError, Stored};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("cannot read {path}: {reason}")]
    Read { path: PathBuf, reason: String },
    #[error("cannot write the backup: {0}; check the folder exists, is writable and has space")]
    Write(String),
    #[error("{path} is not a kumban backup (it does not start with a kumban-backup header)")]
    NotABackup { path: PathBuf },
    #[error(
        "{path} was written by a newer kumban ({what} {found}; this one reads up to {supported}); update kumban to restore it"
    )]
    TooNew {
        path: PathBuf,
        what: &'static str,
        found: u32,
        supported: u32,
    },
    #[error(
        "{path} is incomplete: it ends before its checksum, so it was cut short while being written or copied; nothing was restored; use another backup (`kumban restore` lists them)"
    )]
    Incomplete { path: PathBuf },
    #[error(
        "{path} is damaged ({reason}); nothing was restored; use another backup (`kumban restore` lists them)"
    )]
    Damaged { path: PathBuf, reason: String },
    #[error(
        "the database at {path} already holds records; restore fills only an empty database: use --db with a new folder, or add --replace to set this one aside (it is renamed, not deleted)"
    )]
    NotEmpty { path: PathBuf },
    #[error("{0}")]
    Folder(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl BackupError {
    fn read(path: &Path, e: std::io::Error) -> BackupError {
        BackupError::Read {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }
    }

    fn damaged(path: &Path, reason: &str) -> BackupError {
        BackupError::Damaged {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub records: usize,
    pub history: usize,
    pub bytes: u64,
}

fn all_records(store: &Store) -> impl Iterator<Item = Result<Stored<AnyRecord>, StoreError>> + '_ {
    fn any<R: Record>(
        store: &Store,
    ) -> impl Iterator<Item = Result<Stored<AnyRecord>, StoreError>> + '_ {
        store.all::<R>().map(|r| {
            r.map(|s| Stored {
                id: s.id,
                audit: s.audit,
                record: s.record.into(),
            })
        })
    }
    any::<Household>(store)
        .chain(any::<Pen>(store))
        .chain(any::<Animal>(store))
        .chain(any::<Pregnancy>(store))
        .chain(any::<IncomeLog>(store))
}

/// Writes a backup of the whole database to `path` (mode 0600, replacing
/// the file only once the new one is complete). No write lands while it
/// is read, so records, history and counters are of one moment.
pub fn write(store: &Store, path: &Path) -> Result<BackupSummary, BackupError> {
    let header = Header {
        format: format::FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        schema: SCHEMA_VERSION,
        kumban: env!("CARGO_PKG_VERSION").into(),
        written_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        written_by: store.user().to_string(),
    };
    let written = store.without_writes(|| {
        atomic_file::write(path, |w| {
            format::write(
                w,
                &header,
                &store.counters()?,
                all_records(store),
                store.history_oldest_first(),
            )
        })
    })?;
    let bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok(BackupSummary {
        records: written.records,
        history: written.history,
        bytes,
    })
}

impl From<std::io::Error> for BackupError {
    fn from(e: std::io::Error) -> BackupError {
        BackupError::Write(e.to_string())
    }
}

/// Reads and verifies a backup (checksum, format and schema version)
/// without touching any database.
pub fn read(path: &Path) -> Result<(Header, Dump), BackupError> {
    format::read(path)
}
