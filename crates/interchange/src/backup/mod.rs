//! One-file backups of everything (records with their ids and audit
//! stamps, the history, the id counters), their restore into an empty
//! database, and the automatic daily backups. Format: docs/backup.md.

pub mod background;
mod daily;
pub mod format;
mod restore;
mod seal;
mod upgrade;
mod words;

pub use daily::{BackupFile, daily, file_name, keep, latest, list, open_hint};
pub use format::{FORMAT_VERSION, Header, Item, Reader};
pub use restore::{
    CompactSummary, RestoreSummary, compact_folder, folder_bytes, restore_folder, restore_into,
    tidy,
};

use super::atomic_file;
use kumban_model::{
    Animal, AnyRecord, Attendance, ExchangeRate, HealthEvent, Household, IncomeLog, Member, Pen,
    Pregnancy, Training, Visit, Weight,
};
use kumban_store::schema::SCHEMA_VERSION;
use kumban_store::{Dump, Record, Store, StoreError, Stored};
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
        .chain(any::<ExchangeRate>(store))
        .chain(any::<Member>(store))
        .chain(any::<HealthEvent>(store))
        .chain(any::<Weight>(store))
        .chain(any::<Training>(store))
        .chain(any::<Attendance>(store))
        .chain(any::<Visit>(store))
}

/// Writes a backup of the whole database to `path` (mode 0600, replacing
/// the file only once the new one is complete). Records, history and
/// counters are of one moment: see `write_of_one_moment`.
pub fn write(store: &Store, path: &Path) -> Result<BackupSummary, BackupError> {
    let header = Header {
        format: format::FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        schema: SCHEMA_VERSION,
        kumban: env!("CARGO_PKG_VERSION").into(),
        written_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        written_by: store.user().to_string(),
    };
    let written = write_of_one_moment(store, path, &header)?;
    let bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok(BackupSummary {
        records: written.records,
        history: written.history,
        bytes,
    })
}

/// Tries made without holding up saves before one that does.
const TRIES_BESIDE_SAVES: usize = 3;

/// Why one try did not give a file.
enum Try {
    /// A save landed while the database was read: read it again.
    Moved,
    Failed(BackupError),
}

impl From<std::io::Error> for Try {
    fn from(e: std::io::Error) -> Try {
        Try::Failed(e.into())
    }
}

impl From<BackupError> for Try {
    fn from(e: BackupError) -> Try {
        Try::Failed(e)
    }
}

/// A database held in this process (the owner's, for the daily backup)
/// is read while saves go on: the newest transaction is noted under the
/// write lock before, and looked at again under it after; if no save
/// landed in between, what was read is one moment, and the file is kept.
/// Otherwise it is read again, and after a few tries with saves holding
/// still — a clerk's save never waits for a whole backup unless the
/// database is busy all that time. Through an owner the reads hold up
/// saves (`Store::without_writes`), as a client cannot see the owner's
/// transactions land.
fn write_of_one_moment(
    store: &Store,
    path: &Path,
    header: &Header,
) -> Result<format::Written, BackupError> {
    let fill = |w: &mut std::io::BufWriter<std::fs::File>| -> Result<format::Written, Try> {
        Ok(format::write(
            w,
            header,
            &store.counters().map_err(BackupError::from)?,
            all_records(store),
            store.history_oldest_first(),
            &store.reviews().map_err(BackupError::from)?,
        )?)
    };
    let unwrap = |r: Result<format::Written, Try>| match r {
        Ok(w) => Ok(w),
        Err(Try::Failed(e)) => Err(e),
        Err(Try::Moved) => Err(BackupError::Write(kumban_i18n::tr!(
            "backup-saves-kept-landing"
        ))),
    };
    let Some(local) = store.local() else {
        return unwrap(store.without_writes(|| atomic_file::write(path, fill)));
    };
    for _ in 0..TRIES_BESIDE_SAVES {
        let before = {
            let _quiet = local.lock();
            local.committed()
        };
        let attempt = atomic_file::write(path, |w| {
            let written = fill(w)?;
            let _quiet = local.lock();
            if local.committed() != before {
                return Err(Try::Moved);
            }
            Ok(written)
        });
        match attempt {
            Err(Try::Moved) => continue,
            other => return unwrap(other),
        }
    }
    unwrap(store.without_writes(|| atomic_file::write(path, fill)))
}

impl From<std::io::Error> for BackupError {
    fn from(e: std::io::Error) -> BackupError {
        BackupError::Write(e.to_string())
    }
}

/// Reads and verifies a backup (checksum, format and schema version)
/// without touching any database, and holds it all in memory. For large
/// backups read `Reader` item by item instead.
pub fn read(path: &Path) -> Result<(Header, Dump), BackupError> {
    let reader = Reader::open(path)?;
    let header = reader.header().clone();
    let counters = reader.counters().clone();
    let mut records = Vec::new();
    let mut history = Vec::new();
    let mut reviews = Vec::new();
    for item in reader {
        match item? {
            Item::Record(r) => records.push(r),
            Item::Change(c) => history.push(c),
            Item::Review(r) => reviews.push(r),
        }
    }
    Ok((
        header,
        Dump {
            records,
            history,
            counters,
            reviews,
        },
    ))
}
