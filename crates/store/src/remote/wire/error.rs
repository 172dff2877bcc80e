//! Errors as they travel from the owner to a client.

use crate::error::StoreError;
use kumban_model::{Problem, RecordKind};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// `StoreError` as it travels. Field names of problems come back as
/// strings and are interned (`Problem::field` is `&'static str`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum WireError {
    InUse {
        path: String,
        holder: String,
    },
    TooNew {
        path: String,
        found: u32,
        supported: u32,
    },
    Refused {
        kind: RecordKind,
        problems: Vec<(String, String)>,
    },
    Referenced {
        what: String,
        by: Vec<String>,
    },
    NotFound {
        kind: RecordKind,
        id: u64,
    },
    NoSuchChange(u64),
    Corrupt {
        place: String,
        reason: String,
    },
    NotBlank {
        path: String,
    },
    Unrestorable {
        place: String,
        reason: String,
    },
    Open {
        path: String,
        reason: String,
    },
    Write(String),
    Changed {
        kind: RecordKind,
        id: u64,
        by: String,
        at: i64,
    },
    Disconnected {
        path: String,
        reason: String,
    },
    MaybeSaved {
        path: String,
    },
    ReadOnly(String),
    Forbidden(String),
    Incompatible(String),
    Owner {
        path: String,
        reason: String,
    },
    DiskFull,
    Reopen(String),
    TooLarge {
        what: String,
        bytes: u64,
        limit: u64,
    },
    NoRoom {
        needed: u64,
        free: u64,
    },
}

fn text(p: &std::path::Path) -> String {
    p.to_string_lossy().into_owned()
}

impl From<&StoreError> for WireError {
    fn from(e: &StoreError) -> WireError {
        use StoreError as S;
        match e {
            S::InUse { path, holder } => WireError::InUse {
                path: text(path),
                holder: holder.clone(),
            },
            S::TooNew {
                path,
                found,
                supported,
            } => WireError::TooNew {
                path: text(path),
                found: *found,
                supported: *supported,
            },
            S::Refused { kind, problems } => WireError::Refused {
                kind: *kind,
                problems: problems
                    .iter()
                    .map(|p| (p.field.to_string(), p.message.clone()))
                    .collect(),
            },
            S::Referenced { what, by } => WireError::Referenced {
                what: what.clone(),
                by: by.clone(),
            },
            S::NotFound { kind, id } => WireError::NotFound {
                kind: *kind,
                id: *id,
            },
            S::NoSuchChange(t) => WireError::NoSuchChange(*t),
            S::Corrupt { place, reason } => WireError::Corrupt {
                place: place.clone(),
                reason: reason.clone(),
            },
            S::NotBlank { path } => WireError::NotBlank { path: text(path) },
            S::Unrestorable { place, reason } => WireError::Unrestorable {
                place: place.clone(),
                reason: reason.clone(),
            },
            S::Open { path, reason } => WireError::Open {
                path: text(path),
                reason: reason.clone(),
            },
            S::Write(s) | S::Storage(s) => WireError::Write(s.clone()),
            S::Changed { kind, id, by, at } => WireError::Changed {
                kind: *kind,
                id: *id,
                by: by.clone(),
                at: *at,
            },
            S::Disconnected { path, reason } => WireError::Disconnected {
                path: text(path),
                reason: reason.clone(),
            },
            S::MaybeSaved { path } => WireError::MaybeSaved { path: text(path) },
            S::ReadOnly(s) => WireError::ReadOnly(s.clone()),
            S::Forbidden(s) => WireError::Forbidden(s.clone()),
            S::Incompatible(s) => WireError::Incompatible(s.clone()),
            S::Owner { path, reason } => WireError::Owner {
                path: text(path),
                reason: reason.clone(),
            },
            S::DiskFull => WireError::DiskFull,
            S::Reopen(s) => WireError::Reopen(s.clone()),
            S::NoRoom { needed, free } => WireError::NoRoom {
                needed: *needed,
                free: *free,
            },
            S::TooLarge { what, bytes, limit } => WireError::TooLarge {
                what: what.clone(),
                bytes: *bytes,
                limit: *limit,
            },
        }
    }
}

impl From<WireError> for StoreError {
    fn from(e: WireError) -> StoreError {
        use WireError as W;
        match e {
            W::InUse { path, holder } => StoreError::InUse {
                path: PathBuf::from(path),
                holder,
            },
            W::TooNew {
                path,
                found,
                supported,
            } => StoreError::TooNew {
                path: PathBuf::from(path),
                found,
                supported,
            },
            W::Refused { kind, problems } => StoreError::Refused {
                kind,
                problems: problems
                    .into_iter()
                    .map(|(f, m)| Problem::new(intern(&f), m))
                    .collect(),
            },
            W::Referenced { what, by } => StoreError::Referenced { what, by },
            W::NotFound { kind, id } => StoreError::NotFound { kind, id },
            W::NoSuchChange(t) => StoreError::NoSuchChange(t),
            W::Corrupt { place, reason } => StoreError::Corrupt { place, reason },
            W::NotBlank { path } => StoreError::NotBlank {
                path: PathBuf::from(path),
            },
            W::Unrestorable { place, reason } => StoreError::Unrestorable { place, reason },
            W::Open { path, reason } => StoreError::Open {
                path: PathBuf::from(path),
                reason,
            },
            W::Write(s) => StoreError::Write(s),
            W::Changed { kind, id, by, at } => StoreError::Changed { kind, id, by, at },
            W::Disconnected { path, reason } => StoreError::Disconnected {
                path: PathBuf::from(path),
                reason,
            },
            W::MaybeSaved { path } => StoreError::MaybeSaved {
                path: PathBuf::from(path),
            },
            W::ReadOnly(s) => StoreError::ReadOnly(s),
            W::Forbidden(s) => StoreError::Forbidden(s),
            W::Incompatible(s) => StoreError::Incompatible(s),
            W::Owner { path, reason } => StoreError::Owner {
                path: PathBuf::from(path),
                reason,
            },
            W::DiskFull => StoreError::DiskFull,
            W::Reopen(s) => StoreError::Reopen(s),
            W::TooLarge { what, bytes, limit } => StoreError::TooLarge { what, bytes, limit },
            W::NoRoom { needed, free } => StoreError::NoRoom { needed, free },
        }
    }
}

/// Field names are a small fixed set; each distinct one is leaked once.
/// Past a bound (an owner gone mad) the name is replaced, not leaked.
fn intern(name: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES
        .get_or_init(|| Mutex::new(HashSet::new()))
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if let Some(n) = names.get(name) {
        return n;
    }
    if names.len() >= 512 || name.len() > 64 {
        return "record";
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}
