//! What a stored record carries besides its fields: who wrote it and when.

use kumban_model::AnyRecord;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audit {
    /// Microseconds since the Unix epoch, UTC.
    pub created_at: i64,
    pub created_by: String,
    pub updated_at: i64,
    pub updated_by: String,
}

impl Audit {
    pub fn new(at: i64, by: &str) -> Audit {
        Audit {
            created_at: at,
            created_by: by.to_string(),
            updated_at: at,
            updated_by: by.to_string(),
        }
    }

    pub fn touched(&self, at: i64, by: &str) -> Audit {
        Audit {
            updated_at: at,
            updated_by: by.to_string(),
            ..self.clone()
        }
    }
}

/// A record as read back: its id, its audit stamp and its fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored<R> {
    pub id: u64,
    pub audit: Audit,
    pub record: R,
}

/// One entry of the history tree: a record before and after one change.
/// All changes made by one call share a `txn`, which undo reverses as one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub seq: u64,
    pub txn: u64,
    pub at: i64,
    pub by: String,
    pub kind: kumban_model::RecordKind,
    pub id: u64,
    pub before: Option<AnyRecord>,
    pub after: Option<AnyRecord>,
    /// Set when this change was made by undoing transaction `undoes`.
    pub undoes: Option<u64>,
}

pub fn now_micros() -> i64 {
    chrono::Utc::now().timestamp_micros()
}

/// Formats a stamp in local time for people: `2026-11-28 14:05`.
pub fn format_stamp(micros: i64) -> String {
    chrono::DateTime::from_timestamp_micros(micros)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|| "unknown time".into())
}
