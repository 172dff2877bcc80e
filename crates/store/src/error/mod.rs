use kumban_model::{Problem, RecordKind};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

mod wire;
mod words;

pub use words::shown_record;

/// Every way the store fails. It crosses the owner's socket as it is
/// (bincode numbers the variants in order: append, never reorder, or
/// bump `wire::PROTOCOL`); `wire` spells out the two fields serde cannot
/// carry as they are.
#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, Deserialize)]
pub enum StoreError {
    #[error(
        "the database at {path} is in use{holder}; close that kumban first, or open another database with --db"
    )]
    InUse {
        #[serde(with = "wire::path")]
        path: PathBuf,
        holder: String,
    },

    #[error(
        "the database at {path} was written by a newer kumban (schema {found}, this one reads up to {supported}); update kumban"
    )]
    TooNew {
        #[serde(with = "wire::path")]
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    #[error("the {kind} was not saved: {}", join_problems(.problems))]
    Refused {
        kind: RecordKind,
        #[serde(with = "wire::problems")]
        problems: Vec<Problem>,
    },

    #[error("cannot delete {what}: {} point to it; delete or change those first", .by.join(", "))]
    Referenced { what: String, by: Vec<String> },

    #[error("no {kind} with id {id}; it may have been deleted")]
    NotFound { kind: RecordKind, id: u64 },

    #[error("there is no change {0} to undo")]
    NoSuchChange(u64),

    #[error(
        "the database holds a damaged value ({place}: {reason}); run `kumban check` and restore from a backup"
    )]
    Corrupt { place: String, reason: String },

    #[error(
        "the database at {path} already holds records or history; restore fills only an empty database: use --db with a new folder"
    )]
    NotBlank {
        #[serde(with = "wire::path")]
        path: PathBuf,
    },

    #[error("the backup cannot be restored ({place}: {reason}); nothing was written")]
    Unrestorable { place: String, reason: String },

    #[error("cannot open the database at {path}: {reason}")]
    Open {
        #[serde(with = "wire::path")]
        path: PathBuf,
        reason: String,
    },

    #[error(
        "the database could not save ({0}); check that the disk has space and the folder is writable, then try again"
    )]
    Write(String),

    /// sled failed on the disk (not a refusal): the owner drops what it
    /// holds in memory and reads the folder again. Shown as `Write`.
    #[error(
        "the database could not save ({0}); check that the disk has space and the folder is writable, then try again"
    )]
    Storage(String),

    #[error(
        "the disk that holds the database is full, so nothing was saved; free some space on it (delete or move files you do not need), then try again: kumban carries on by itself once there is room"
    )]
    DiskFull,

    #[error(
        "the database could not be read again after a failed save ({0}); nothing was saved; check that the disk has space and the folder is writable, then try again"
    )]
    Reopen(String),

    #[error(
        "the {kind} was changed by {} at {} since you opened it; reload it to see the change, or save again to overwrite it",
        kumban_model::text::escape_for_display(.by),
        super::record::format_stamp(*.at)
    )]
    Changed {
        kind: RecordKind,
        id: u64,
        by: String,
        at: i64,
    },

    #[error(
        "lost the connection to the kumban that holds the database at {path} ({reason}); nothing of this was saved; try again and kumban reconnects"
    )]
    Disconnected {
        #[serde(with = "wire::path")]
        path: PathBuf,
        reason: String,
    },

    #[error(
        "lost the connection to the kumban that holds the database at {path} before it answered: the save may or may not have been made; look before saving again"
    )]
    MaybeSaved {
        #[serde(with = "wire::path")]
        path: PathBuf,
    },

    #[error("{0}; nothing was saved")]
    ReadOnly(String),

    #[error("{0}")]
    Forbidden(String),

    #[error("{0}")]
    Incompatible(String),

    #[error("the kumban that holds the database at {path} could not be reached: {reason}")]
    Owner {
        #[serde(with = "wire::path")]
        path: PathBuf,
        reason: String,
    },

    /// A message to or from the owner larger than one frame holds: said
    /// as that, not as a disk or version problem.
    #[error(
        "{what} is {bytes} bytes, more than the {limit} bytes one message to or from the kumban that holds the database may carry, so it was not sent and nothing was saved; save or ask for less at a time"
    )]
    TooLarge {
        what: String,
        bytes: u64,
        limit: u64,
    },

    #[error(
        "the disk that holds the database has {} MB free, and this import needs about {} MB; nothing was imported; free some space on it (or import the files in parts), then try again",
        .free / 1_000_000, .needed.div_ceil(1_000_000)
    )]
    NoRoom { needed: u64, free: u64 },
}

fn join_problems(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

impl StoreError {
    pub fn refused(
        kind: RecordKind,
        field: &'static str,
        message: impl Into<String>,
    ) -> StoreError {
        StoreError::Refused {
            kind,
            problems: vec![Problem::new(field, message)],
        }
    }

    /// The problems to show beside form fields, if this is a rule refusal.
    pub fn problems(&self) -> &[Problem] {
        match self {
            StoreError::Refused { problems, .. } => problems,
            _ => &[],
        }
    }
}

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> StoreError {
        match e {
            sled::Error::Io(io) => StoreError::from_io(&io),
            other => StoreError::Storage(other.to_string()),
        }
    }
}

impl StoreError {
    /// An IO failure of the database's files, in words: a full disk is
    /// said so, never as Rust's `Os { code: 28, … }`.
    pub(crate) fn from_io(e: &std::io::Error) -> StoreError {
        if is_disk_full(e) {
            StoreError::DiskFull
        } else {
            StoreError::Storage(io_reason(e))
        }
    }

    /// True for a failure of the disk under sled (after which the owner
    /// opens the folder again), not for a refusal.
    pub(crate) fn is_storage_failure(&self) -> bool {
        matches!(self, StoreError::Storage(_) | StoreError::DiskFull)
    }
}

/// sled hands back a copy of its first IO error for every later call,
/// made with the original's debug text and kind but no OS code.
fn is_disk_full(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::{QuotaExceeded, StorageFull};
    const ENOSPC: i32 = 28;
    const EDQUOT: i32 = 122;
    matches!(e.kind(), StorageFull | QuotaExceeded)
        || matches!(e.raw_os_error(), Some(ENOSPC | EDQUOT))
        || e.to_string().contains("code: 28,")
}

/// The system's words for an IO error, also out of sled's debug copy
/// (`Os { code: 5, kind: …, message: "Input/output error" }`).
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    if e.raw_os_error().is_some() {
        return text;
    }
    text.split_once("message: \"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(message, _)| message.to_string())
        .unwrap_or(text)
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
