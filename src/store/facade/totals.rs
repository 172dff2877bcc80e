//! Running totals and counters as the writes keep them, and the
//! dashboard as the owner works it out.

use crate::model::*;
use crate::store::aggregate::Totals;
use crate::store::error::Result;
use crate::store::raw::Counters;
use crate::store::request::{Reply, Request, unexpected};
use crate::store::{Backend, Store};

impl Store {
    /// The dashboard as the owner works it out, for a client; `None` for a
    /// database held here (the caller works it out itself).
    pub(crate) fn owners_dashboard(&self, today: Date) -> Result<Option<crate::report::Dashboard>> {
        match &self.backend {
            Backend::Local(_) => Ok(None),
            Backend::Remote(c) => match c.call(&Request::Dashboard(today))? {
                Reply::Dashboard(d) => Ok(Some(*d)),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// Every running total, as kept by the writes.
    pub fn totals(&self) -> Result<Totals> {
        match self.call(Request::Totals)? {
            Reply::Totals(t) => Ok(t),
            other => Err(unexpected(&other)),
        }
    }

    /// One running total (0 when never counted).
    pub fn total(&self, name: &str) -> Result<i64> {
        match self.call(Request::Total(name.to_string()))? {
            Reply::Total(t) => Ok(t),
            other => Err(unexpected(&other)),
        }
    }

    pub fn counters(&self) -> Result<Counters> {
        match self.call(Request::Counters)? {
            Reply::Counters(v) => Ok(v),
            other => Err(unexpected(&other)),
        }
    }
}
