//! Reads for backups: the id and sequence counters, the history oldest
//! first, and a way to read everything while no write can land halfway.

use super::Local;
use super::envelope::decode_change;
use super::error::{Result, StoreError};
use super::keys;
use super::record::Change;
use super::schema::{Tree, meta};
use super::write::read_counter;
use kumban_model::RecordKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The counters that keep ids and history numbers from ever being reused.
/// A backup carries them so that a restored database does not hand out an
/// id that a deleted record once had.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counters {
    pub next_id: BTreeMap<RecordKind, u64>,
    pub next_txn: u64,
    pub next_change: u64,
}

impl Local {
    pub fn counters(&self) -> Result<Counters> {
        let meta = self.tree(Tree::Meta)?;
        let mut next_id = BTreeMap::new();
        for kind in RecordKind::ALL {
            next_id.insert(
                kind,
                read_counter(meta.get(meta::next_id(kind))?.as_deref()),
            );
        }
        Ok(Counters {
            next_id,
            next_txn: read_counter(meta.get(meta::NEXT_TXN)?.as_deref()),
            next_change: read_counter(meta.get(meta::NEXT_CHANGE)?.as_deref()),
        })
    }

    /// The history in the order it was written (`history` is newest first).
    pub fn history_oldest_first(&self) -> impl Iterator<Item = Result<Change>> + '_ {
        self.items(Tree::History).map(|item| {
            let (k, v) = item?;
            let seq = keys::decode_id(&k).ok_or_else(|| StoreError::Corrupt {
                place: "history".into(),
                reason: format!("malformed key of {} bytes", k.len()),
            })?;
            decode_change(seq, &v)
        })
    }

    /// True when nothing was ever written: no records and no history.
    pub fn is_blank(&self) -> Result<bool> {
        Ok(self.is_empty()? && self.tree(Tree::History)?.is_empty())
    }

    /// Runs `read` while this process makes no write, so that a backup
    /// sees records, history and counters from one moment.
    pub fn without_writes<R>(&self, read: impl FnOnce() -> R) -> R {
        let _guard = self.lock();
        read()
    }
}

/// Bytes of keys and values held in one tree, for size reports.
#[derive(Debug, Clone, Default)]
pub struct TreeSize {
    pub name: &'static str,
    pub entries: u64,
    pub key_bytes: u64,
    pub value_bytes: u64,
}

impl Local {
    /// The logical size of every tree: what sled stores before its own
    /// overhead (page headers, superseded pages not yet reclaimed).
    pub fn tree_sizes(&self) -> Result<Vec<TreeSize>> {
        let mut out = Vec::new();
        for t in super::schema::Tree::ALL {
            let mut size = TreeSize {
                name: t.name(),
                ..TreeSize::default()
            };
            for item in self.tree(t)?.iter() {
                let (k, v) = item?;
                size.entries += 1;
                size.key_bytes += k.len() as u64;
                size.value_bytes += v.len() as u64;
            }
            out.push(size);
        }
        Ok(out)
    }
}
