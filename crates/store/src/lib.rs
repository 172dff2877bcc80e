//! The record store: sled trees behind an API that speaks in records and
//! ids. The only module that touches sled or bincode.

// House rules (docs/architecture.md, tests/house_rules.rs): a bad file or
// keystroke becomes an error the user can read, never a crash; and this
// layer never prints (it returns what to say). Tests may do all of this.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::dbg_macro,
    clippy::print_stdout,
    clippy::print_stderr
)]

pub mod access;
pub mod aggregate;
mod batch;
mod check;
pub mod codec;
mod dispatch;
mod envelope;
mod error;
mod facade;
pub mod health_due;
mod health_held;
pub mod holder;
mod journal;
pub mod keys;
mod kinds;
mod migrate;
mod monthly;
mod names_held;
mod open;
mod query;
mod raw;
mod rebuild;
pub mod record;
pub mod remote;
mod reopen;
mod request;
mod restore;
pub mod review;
mod rules;
pub mod schema;
pub mod signals;
mod since;
pub mod staging;
pub mod sums;
mod write;

pub use batch::{Batch, Imported};
pub use check::CheckProblem;
pub use error::{Result, StoreError, shown_record};
pub use facade::distribute::Distributed;
pub use facade::health::{Campaign, Scope as CampaignScope, VETERINARY, expense_of};
pub use facade::training::TrainingSaved;
pub use journal::new_import_id;
pub use names_held::NameUse;
pub use open::database_at;
pub use raw::Counters;
pub use rebuild::{BATCH as REBUILD_BATCH, Built, Rebuild};
pub use record::{Audit, Change, Stored};
pub use request::{ListQuery, Reply, Request, ReviewRequest};
pub use restore::Dump;
pub use schema::Record;
pub use since::changes_since;

use schema::Tree;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

/// sled's page cache defaults to 1 GiB and is known to overshoot; a village
/// laptop gets a small one.
pub const CACHE_BYTES: u64 = 64 * 1024 * 1024;

/// A handle on one database. Cheap to clone; all clones share one
/// connection. Either this process holds the database itself (`open`), or
/// it is a client of the process that does, the owner (`connect`): every
/// method behaves the same either way.
#[derive(Clone)]
pub struct Store {
    backend: Backend,
}

#[derive(Clone)]
enum Backend {
    Local(Local),
    Remote(Arc<remote::Client>),
}

/// The database held by this process: sled itself.
#[derive(Clone)]
pub struct Local {
    inner: Arc<Inner>,
    /// Who is written into audit stamps and history. The owner gives each
    /// client its own handle, named from the socket's peer credentials.
    user: Arc<str>,
}

struct Inner {
    /// sled itself, dropped and opened again from disk after a failed
    /// write (see `reopen`); `None` while that could not be done yet.
    sled: RwLock<Slot>,
    /// Only one thread opens sled again at a time.
    reopening: Mutex<()>,
    path: PathBuf,
    /// Rules are checked with reads before the transaction (sled has no
    /// range scans inside one), so writes are serialised to keep those
    /// reads true until the commit. `check` holds it too, to read one
    /// moment.
    write_lock: Mutex<()>,
    /// The newest committed transaction, for the owner's change notices.
    committed: AtomicU64,
    /// Held alone while an import is written or undone, shared by reads of
    /// other sessions (see `journal`). Taken after the write lock.
    import_gate: RwLock<()>,
    /// An import failed here and could not be undone yet: it is undone
    /// before anything else is read or written.
    journal_open: std::sync::atomic::AtomicBool,
    /// What a reader worked out from the records and keeps with them
    /// (see `memo`).
    memo: Memo,
    /// The dashboard's health figures as of one history entry (see
    /// `health_held`).
    health: Mutex<Option<health_held::HeldHealth>>,
    /// The names in use the forms suggest and compare with, as of one
    /// history entry (see `names_held`).
    names: Mutex<names_held::HeldNames>,
}

/// The slot behind `Store::memo`.
pub type Memo = Mutex<Option<Box<dyn std::any::Any + Send>>>;

/// The open sled, and how many times it has been opened: a failure seen
/// on one opening must not throw away the next one.
struct Slot {
    open: Option<Arc<Sled>>,
    generation: u64,
}

/// One opening of the database folder by sled.
pub(crate) struct Sled {
    db: sled::Db,
    trees: Vec<sled::Tree>,
    /// sled makes a flush stable with `sync_file_range`, which survives a
    /// killed process but not a power cut (the drive cache and the file
    /// size are not flushed). An fdatasync of its log file after each flush
    /// closes that gap (fdatasync also commits a grown file's size); it
    /// measured p99 0.2 ms here against 3.9 ms for a full fsync.
    log_file: Option<std::fs::File>,
}

impl Store {
    /// Opens the database in this process, which then holds it alone
    /// (sled's file lock): a second process is refused as in use.
    ///
    /// An owner process serving no one but its idle wait (a background
    /// owner outlives its last client by a minute) is asked to exit, so a
    /// command that needs the database itself is not turned away for it.
    pub fn open(path: &Path, user: &str) -> Result<Store> {
        let local = match open::open(path, user) {
            Err(StoreError::InUse { .. }) if remote::stop_idle_owner(path)? => {
                open::open_waiting(path, user, std::time::Duration::from_secs(3))?
            }
            other => other?,
        };
        Ok(Store {
            backend: Backend::Local(local),
        })
    }

    /// Like `open`, waiting up to `patience` for another process to let go
    /// of the database (an owner starting while the last one exits).
    pub fn open_waiting(path: &Path, user: &str, patience: std::time::Duration) -> Result<Store> {
        Ok(Store {
            backend: Backend::Local(open::open_waiting(path, user, patience)?),
        })
    }

    /// A client of the database's owner process, started in the
    /// background if none is running (see `remote::Connect`).
    pub fn connect(path: &Path, how: &remote::Connect) -> Result<Store> {
        remote::connect(path, how)
    }

    pub fn local(&self) -> Option<&Local> {
        match &self.backend {
            Backend::Local(l) => Some(l),
            Backend::Remote(_) => None,
        }
    }

    /// True when this handle talks to an owner process.
    pub fn is_remote(&self) -> bool {
        matches!(self.backend, Backend::Remote(_))
    }
}

impl Local {
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    /// The same database, with `user` as the author of what is written.
    pub(crate) fn as_user(&self, user: &str) -> Local {
        Local {
            inner: self.inner.clone(),
            user: user.into(),
        }
    }

    /// One tree of the open sled (reopened first if a failed write left
    /// none).
    fn tree(&self, t: Tree) -> Result<sled::Tree> {
        Ok(self.sled()?.trees[t as usize].clone())
    }

    /// A tree's items, or the one error that kept it from being read.
    fn items(&self, t: Tree) -> reopen::Items {
        reopen::Items::of(self.tree(t))
    }

    /// Writes everything to disk. Every write already does this before it
    /// returns; this is for shutdown.
    pub fn flush(&self) -> Result<()> {
        self.sled()?.flush()
    }

    /// True when no record of any kind is stored.
    pub fn is_empty(&self) -> Result<bool> {
        for k in kumban_model::RecordKind::ALL {
            if !self.tree(Tree::of_kind(k))?.is_empty() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Size of the database files on disk, in bytes.
    pub fn size_on_disk(&self) -> u64 {
        self.sled()
            .ok()
            .and_then(|s| s.db.size_on_disk().ok())
            .unwrap_or(0)
    }

    /// The newest transaction committed since this process opened the
    /// database (or before, as the history counter says).
    pub fn committed(&self) -> u64 {
        self.inner.committed.load(Ordering::SeqCst)
    }

    /// One slot, living as long as this opening of the database, where a
    /// reader may keep figures it brings up to date from the history
    /// instead of reading every record again (the dashboard's fertility).
    /// The reader must check the history itself: nothing here is cleared
    /// by a write.
    pub fn memo(&self) -> &Memo {
        &self.inner.memo
    }
}

/// A handle that does not keep the database open, for signal handlers.
#[derive(Clone)]
pub struct WeakStore(WeakBackend);

#[derive(Clone)]
enum WeakBackend {
    Local(std::sync::Weak<Inner>, Arc<str>),
    Remote(std::sync::Weak<remote::Client>),
}

impl WeakStore {
    pub fn upgrade(&self) -> Option<Store> {
        let backend = match &self.0 {
            WeakBackend::Local(w, user) => Backend::Local(Local {
                inner: w.upgrade()?,
                user: user.clone(),
            }),
            WeakBackend::Remote(w) => Backend::Remote(w.upgrade()?),
        };
        Some(Store { backend })
    }
}

impl Store {
    pub fn downgrade(&self) -> WeakStore {
        WeakStore(match &self.backend {
            Backend::Local(l) => WeakBackend::Local(Arc::downgrade(&l.inner), l.user.clone()),
            Backend::Remote(c) => WeakBackend::Remote(Arc::downgrade(c)),
        })
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        let slot = self.sled.get_mut().unwrap_or_else(|p| p.into_inner());
        if let Some(open) = slot.open.take() {
            let _ = open.db.flush();
        }
        holder::release(&self.path);
    }
}
