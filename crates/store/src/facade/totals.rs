//! Running totals and counters as the writes keep them.

use crate::Store;
use crate::aggregate::Totals;
use crate::error::Result;
use crate::raw::Counters;
use crate::request::{Reply, Request, unexpected};

impl Store {
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
