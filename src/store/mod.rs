//! The record store: sled trees behind an API that speaks in records and
//! ids. The only module that touches sled or bincode.

pub mod aggregate;
mod batch;
mod check;
pub mod codec;
mod envelope;
mod error;
pub mod holder;
pub mod keys;
mod migrate;
mod open;
mod query;
mod raw;
pub mod record;
mod restore;
mod rules;
pub mod schema;
mod write;

pub use batch::Batch;
pub use check::CheckProblem;
pub use error::{Result, StoreError};
pub use raw::Counters;
pub use record::{Audit, Change, Stored};
pub use restore::Dump;
pub use schema::Record;

use schema::T;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// sled's page cache defaults to 1 GiB and is known to overshoot; a village
/// laptop gets a small one.
pub const CACHE_BYTES: u64 = 64 * 1024 * 1024;

/// A handle on one open database. Cheap to clone; all clones share one sled
/// instance and one write lock.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    db: sled::Db,
    trees: Vec<sled::Tree>,
    path: PathBuf,
    user: String,
    /// Rules are checked with reads before the transaction (sled has no
    /// range scans inside one), so writes are serialised to keep those
    /// reads true until the commit.
    write_lock: Mutex<()>,
    /// sled makes a flush stable with `sync_file_range`, which survives a
    /// killed process but not a power cut (the drive cache and the file
    /// size are not flushed). An fdatasync of its log file after each flush
    /// closes that gap (fdatasync also commits a grown file's size); it
    /// measured p99 0.2 ms here against 3.9 ms for a full fsync.
    log_file: Option<std::fs::File>,
}

impl Store {
    pub fn open(path: &Path, user: &str) -> Result<Store> {
        open::open(path, user)
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    pub fn user(&self) -> &str {
        &self.inner.user
    }

    fn tree(&self, t: T) -> &sled::Tree {
        &self.inner.trees[t as usize]
    }

    /// Writes everything to disk. Every write already does this before it
    /// returns; this is for shutdown.
    pub fn flush(&self) -> Result<()> {
        self.inner.db.flush()?;
        if let Some(f) = &self.inner.log_file {
            f.sync_all().map_err(|e| {
                StoreError::Write(format!("fsync of the database file failed: {e}"))
            })?;
        }
        Ok(())
    }

    /// True when no record of any kind is stored.
    pub fn is_empty(&self) -> bool {
        crate::model::RecordKind::ALL
            .iter()
            .all(|k| self.tree(T::of_kind(*k)).is_empty())
    }

    /// Size of the database files on disk, in bytes.
    pub fn size_on_disk(&self) -> u64 {
        self.inner.db.size_on_disk().unwrap_or(0)
    }
}

/// A handle that does not keep the database open, for signal handlers.
#[derive(Clone)]
pub struct WeakStore(std::sync::Weak<Inner>);

impl WeakStore {
    pub fn upgrade(&self) -> Option<Store> {
        self.0.upgrade().map(|inner| Store { inner })
    }
}

impl Store {
    pub fn downgrade(&self) -> WeakStore {
        WeakStore(Arc::downgrade(&self.inner))
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        let _ = self.db.flush();
        holder::release(&self.path);
    }
}
