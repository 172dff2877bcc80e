//! Running totals and counters as the writes keep them.

use crate::aggregate::Totals;
use crate::error::Result;
use crate::raw::Counters;
use crate::remote::unexpected;
use crate::remote::wire::{Reply, Request};
use crate::{Backend, Store};

impl Store {
    /// Every running total, as kept by the writes.
    pub fn totals(&self) -> Result<Totals> {
        match &self.backend {
            Backend::Local(l) => l.totals(),
            Backend::Remote(c) => match c.call(&Request::Totals)? {
                Reply::Totals(t) => Ok(t),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// One running total (0 when never counted).
    pub fn total(&self, name: &str) -> Result<i64> {
        match &self.backend {
            Backend::Local(l) => l.total(name),
            Backend::Remote(c) => match c.call(&Request::Total(name.to_string()))? {
                Reply::Total(t) => Ok(t),
                other => Err(unexpected(&other)),
            },
        }
    }

    pub fn counters(&self) -> Result<Counters> {
        match &self.backend {
            Backend::Local(l) => l.counters(),
            Backend::Remote(c) => match c.call(&Request::Counters)? {
                Reply::Counters(v) => Ok(v),
                other => Err(unexpected(&other)),
            },
        }
    }
}
