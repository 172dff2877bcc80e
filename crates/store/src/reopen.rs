//! A failed write leaves sled unusable and untrustworthy: sled 0.34 keeps
//! the first IO error and returns it for every later call, reads
//! included, and keeps the writes it could not make durable in its
//! memory, where other sessions would read them. So after a failure the
//! open sled is dropped and the folder opened again: what remains is
//! exactly what reached the disk, and the next request works again once
//! the disk does (a full disk with space freed).

use super::error::{Result, StoreError};
use super::{Local, Sled};
use std::cell::Cell;
use std::sync::Arc;
use std::sync::TryLockError;

impl Sled {
    /// Makes everything written so far durable (see `log_file`).
    pub(crate) fn flush(&self) -> Result<()> {
        self.db.flush()?;
        if let Some(f) = &self.log_file {
            f.sync_all().map_err(|e| StoreError::from_io(&e))?;
        }
        Ok(())
    }

    pub(crate) fn trees(&self) -> &[sled::Tree] {
        &self.trees
    }
}

thread_local! {
    /// The opening of sled this thread last used: a failure that `op`
    /// returns came from it (every call runs on the caller's thread).
    static USED: Cell<u64> = const { Cell::new(0) };
}

impl Local {
    /// The open sled, opened again first if a failed write dropped it.
    pub(crate) fn sled(&self) -> Result<Arc<Sled>> {
        let open = {
            let slot = self.slot();
            slot.open.clone().map(|o| (o, slot.generation))
        };
        let (open, generation) = match open {
            Some(o) => o,
            None => self.reopen()?,
        };
        USED.set(generation);
        Ok(open)
    }

    /// Runs `op`; if it fails on the disk, the opening of sled it used is
    /// dropped and the folder opened again before the error is returned,
    /// so that no one reads what did not reach the disk. Nested calls
    /// drop that opening once.
    pub(crate) fn or_discard<T>(&self, op: impl FnOnce() -> Result<T>) -> Result<T> {
        let result = op();
        if let Err(e) = &result
            && e.is_storage_failure()
        {
            self.discard(USED.get());
        }
        result
    }

    /// Drops opening `generation` of sled, which failed, and opens the
    /// folder again; if that fails too (the disk is still full), the next
    /// request tries again. An opening that has already been replaced is
    /// left alone.
    fn discard(&self, generation: u64) {
        {
            let mut slot = self.inner.sled.write().unwrap_or_else(|p| p.into_inner());
            if slot.generation != generation || slot.open.is_none() {
                return;
            }
            slot.open = None;
        }
        let _ = self.reopen();
    }

    fn slot(&self) -> std::sync::RwLockReadGuard<'_, super::Slot> {
        self.inner.sled.read().unwrap_or_else(|p| p.into_inner())
    }

    fn reopen(&self) -> Result<(Arc<Sled>, u64)> {
        // Never wait here: a session still reading the dropped opening
        // holds sled's file lock until it finishes, and it may be the one
        // asking. It gets this error and lets go; a later request opens.
        let _one = match self.inner.reopening.try_lock() {
            Ok(g) => g,
            Err(TryLockError::Poisoned(p)) => p.into_inner(),
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Reopen(
                    "another session is opening it right now".into(),
                ));
            }
        };
        {
            let slot = self.slot();
            if let Some(open) = &slot.open {
                return Ok((open.clone(), slot.generation));
            }
        }
        let sled = Arc::new(super::open::reopen_sled(self.path())?);
        let mut slot = self.inner.sled.write().unwrap_or_else(|p| p.into_inner());
        slot.generation += 1;
        slot.open = Some(sled.clone());
        Ok((sled, slot.generation))
    }
}

/// A tree's items in key order (either end), with sled's errors as the
/// store's; or the one error that kept the tree from being read.
pub(crate) enum Items {
    Open(Box<sled::Iter>),
    Failed(Option<StoreError>),
}

impl Items {
    pub(crate) fn of(tree: Result<sled::Tree>) -> Items {
        match tree {
            Ok(t) => Items::Open(Box::new(t.iter())),
            Err(e) => Items::Failed(Some(e)),
        }
    }
}

type Item = Result<(sled::IVec, sled::IVec)>;

impl Iterator for Items {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        match self {
            Items::Open(i) => i.next().map(|r| r.map_err(StoreError::from)),
            Items::Failed(e) => e.take().map(Err),
        }
    }
}

impl DoubleEndedIterator for Items {
    fn next_back(&mut self) -> Option<Item> {
        match self {
            Items::Open(i) => i.next_back().map(|r| r.map_err(StoreError::from)),
            Items::Failed(e) => e.take().map(Err),
        }
    }
}
