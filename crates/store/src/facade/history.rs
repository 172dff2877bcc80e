//! The history of changes, read either way round, a page at a time
//! through an owner.

use super::paging::{Either, Pages};
use crate::error::Result;
use crate::record::Change;
use crate::request::{Reply, Request, unexpected};
use crate::{Backend, Store};

impl Store {
    /// The history, newest first.
    pub fn history(&self) -> impl Iterator<Item = Result<Change>> + '_ {
        self.history_pages(true)
    }

    /// The history in the order it was written (`history` is newest first).
    pub fn history_oldest_first(&self) -> impl Iterator<Item = Result<Change>> + '_ {
        self.history_pages(false)
    }

    fn history_pages(&self, newest_first: bool) -> impl Iterator<Item = Result<Change>> + '_ {
        match &self.backend {
            Backend::Local(l) if newest_first => Either::Local(Either::Local(l.history())),
            Backend::Local(l) => Either::Local(Either::Remote(l.history_oldest_first())),
            Backend::Remote(_) => Either::Remote(Pages::new(Box::new(move |from| {
                match self.call(Request::History { from, newest_first })? {
                    Reply::History { items, done } => Ok((items, done)),
                    other => Err(unexpected(&other)),
                }
            }))),
        }
    }

    /// The changes of one transaction, in the order they were made.
    pub fn changes_of_txn(&self, txn: u64) -> Result<Vec<Change>> {
        match self.call(Request::ChangesOfTxn(txn))? {
            Reply::Changes(v) => Ok(v),
            other => Err(unexpected(&other)),
        }
    }
}
