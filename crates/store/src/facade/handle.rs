//! What a `Store` handle is: where the database is, who writes through
//! it, whether it may write, and how it hears of other sessions.

use crate::error::{Result, StoreError};
use crate::remote::Changes;
use crate::request::{Reply, Request};
use crate::{Backend, Store};
use std::path::Path;

impl Store {
    pub fn path(&self) -> &Path {
        match &self.backend {
            Backend::Local(l) => l.path(),
            Backend::Remote(c) => c.path(),
        }
    }

    /// Who is written as the author of this handle's changes. Through an
    /// owner, the user the owner sees at the other end of the socket.
    pub fn user(&self) -> &str {
        match &self.backend {
            Backend::Local(l) => l.user(),
            Backend::Remote(c) => c.user(),
        }
    }

    /// Why this session may only look, when it may only look: `None` for
    /// a database held here and for a client the owner lets write.
    pub fn read_only(&self) -> Option<String> {
        match &self.backend {
            Backend::Local(_) => None,
            Backend::Remote(c) => c.read_only(),
        }
    }

    /// Writes everything to disk. Every write already does this before it
    /// returns (the owner too, before it answers); this is for shutdown.
    pub fn flush(&self) -> Result<()> {
        match &self.backend {
            Backend::Local(l) => l.flush(),
            Backend::Remote(_) => Ok(()),
        }
    }

    /// True when no record of any kind is stored. (If the owner cannot be
    /// reached, true: the next call says why.)
    pub fn is_empty(&self) -> bool {
        let empty = self.call(Request::IsEmpty).and_then(Reply::flag);
        empty.unwrap_or(true)
    }

    /// Size of the database files on disk, in bytes.
    pub fn size_on_disk(&self) -> u64 {
        let bytes = self.call(Request::SizeOnDisk).and_then(Reply::number);
        bytes.unwrap_or(0)
    }

    /// The logical size of every tree, read from sled itself: a
    /// maintainer's measure, so only for a database held here.
    pub fn tree_sizes(&self) -> Result<Vec<crate::raw::TreeSize>> {
        match &self.backend {
            Backend::Local(l) => l.tree_sizes(),
            Backend::Remote(_) => Err(StoreError::Forbidden(
                "tree sizes are read from sled itself; run with --local (KUMBAN_LOCAL=1)".into(),
            )),
        }
    }

    /// What other sessions have committed, as far as this one has heard:
    /// `None` for a database held in this process (no one else writes).
    /// Never waits; the first call starts listening.
    pub fn changes(&self) -> Option<Changes> {
        match &self.backend {
            Backend::Local(_) => None,
            Backend::Remote(c) => Some(c.changes()),
        }
    }

    /// A handle on a database this process holds (the owner's own use).
    pub(crate) fn held_here(local: crate::Local) -> Store {
        Store {
            backend: Backend::Local(local),
        }
    }
}
