//! `Store::call`: the one way a request reaches the database, held here
//! or by an owner. Every public method of `Store` that reads or writes
//! records is a thin wrapper around it.

use crate::dispatch::dispatch;
use crate::error::Result;
use crate::remote::Client;
use crate::request::{Reply, Request};
use crate::{Backend, Store};

impl Store {
    /// Answers `request` here, or has the owner answer it with the same
    /// dispatcher.
    pub(crate) fn call(&self, request: Request) -> Result<Reply> {
        match &self.backend {
            Backend::Local(l) => dispatch(l, request),
            Backend::Remote(c) => c.request(&request),
        }
    }
}

impl Client {
    /// One request, one write at a time from this process, with whatever
    /// of a list did not fit in the first answer fetched by id.
    pub(crate) fn request(&self, request: &Request) -> Result<Reply> {
        let _gate = request.writes().then(|| self.write_gate());
        let reply = self.call(request)?;
        let Request::List(q) = request else {
            return Ok(reply);
        };
        let (mut records, mut rest) = match reply {
            Reply::Records { records, rest } => (records, rest),
            other => return Ok(other),
        };
        while !rest.is_empty() {
            let ids: Vec<u64> = rest.drain(..rest.len().min(1000)).collect();
            match self.call(&Request::GetMany {
                kind: q.kind(),
                ids,
            })? {
                Reply::Records {
                    records: more,
                    rest: again,
                } => {
                    records.extend(more);
                    // What did not fit comes first again.
                    let mut next = again;
                    next.extend(rest);
                    rest = next;
                }
                other => return Err(crate::request::unexpected(&other)),
            }
        }
        Ok(Reply::Records {
            records,
            rest: Vec::new(),
        })
    }
}
