//! Calls to the owner that expect one kind of reply: anything else is
//! an error that names what came instead.

use crate::error::Result;
use crate::query::typed;
use crate::record::Stored;
use crate::remote::wire::{ListQuery, Reply, Request};
use crate::remote::{Client, unexpected};
use crate::schema::Record;
use kumban_model::*;

impl Client {
    pub(super) fn record(&self, request: &Request) -> Result<Option<Stored<AnyRecord>>> {
        match self.call(request)? {
            Reply::Record(r) => Ok(r),
            other => Err(unexpected(&other)),
        }
    }

    pub(super) fn number(&self, request: &Request) -> Result<u64> {
        match self.call(request)? {
            Reply::Number(n) => Ok(n),
            other => Err(unexpected(&other)),
        }
    }

    pub(super) fn done(&self, request: &Request) -> Result<()> {
        match self.call(request)? {
            Reply::Done => Ok(()),
            other => Err(unexpected(&other)),
        }
    }

    pub(super) fn flag(&self, request: &Request) -> Result<bool> {
        match self.call(request)? {
            Reply::Flag(b) => Ok(b),
            other => Err(unexpected(&other)),
        }
    }

    /// A list, with whatever did not fit in the first answer fetched by id.
    pub(super) fn list<R: Record>(&self, q: ListQuery) -> Result<Vec<Stored<R>>> {
        let kind = q.kind();
        let (mut records, mut rest) = match self.call(&Request::List(q))? {
            Reply::Records { records, rest } => (records, rest),
            other => return Err(unexpected(&other)),
        };
        while !rest.is_empty() {
            let ids: Vec<u64> = rest.drain(..rest.len().min(1000)).collect();
            match self.call(&Request::GetMany { kind, ids })? {
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
                other => return Err(unexpected(&other)),
            }
        }
        records.into_iter().map(typed).collect()
    }

    /// A write, one at a time from this process.
    pub(super) fn write(&self, request: &Request) -> Result<Reply> {
        let _gate = self.write_gate();
        self.call(request)
    }
}
