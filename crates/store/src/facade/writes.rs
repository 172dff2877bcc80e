//! Writes: each one a transaction here, or one request the owner makes
//! into one, behind this process's write gate.

use crate::error::{Result, StoreError};
use crate::remote::unexpected;
use crate::remote::wire::{Reply, Request};
use crate::schema::Record;
use crate::write::Step;
use crate::{Backend, Store};
use kumban_model::*;

impl Store {
    /// Saves a new record and returns its id.
    pub fn insert<R: Record>(&self, record: R) -> Result<R::Id> {
        match &self.backend {
            Backend::Local(l) => l.insert_any(record.into()).map(R::id_from),
            Backend::Remote(c) => c.number(&Request::Insert(record.into())).map(R::id_from),
        }
    }

    /// Replaces the fields of an existing record.
    pub fn update<R: Record>(&self, id: R::Id, record: R) -> Result<()> {
        self.update_checked(R::raw_id(id), record.into(), None)
    }

    /// Replaces the fields of a record only if no one changed it since it
    /// was read: `expected` is the `audit.updated_at` it had then.
    /// Otherwise refused with `StoreError::Changed`, which names who
    /// changed it and when (a form then offers to reload or overwrite).
    pub fn update_if_unchanged<R: Record>(
        &self,
        id: R::Id,
        record: R,
        expected: i64,
    ) -> Result<()> {
        self.update_checked(R::raw_id(id), record.into(), Some(expected))
    }

    fn update_checked(&self, id: u64, record: AnyRecord, expected: Option<i64>) -> Result<()> {
        match &self.backend {
            Backend::Local(l) => l.update_any(id, record, expected),
            Backend::Remote(c) => c
                .write(&Request::Update {
                    id,
                    record,
                    expected,
                })
                .and_then(|r| match r {
                    Reply::Done => Ok(()),
                    other => Err(unexpected(&other)),
                }),
        }
    }

    /// Deletes a record that nothing points to.
    pub fn delete<R: Record>(&self, id: R::Id) -> Result<()> {
        self.delete_any(R::KIND, R::raw_id(id))
    }

    pub fn delete_any(&self, kind: RecordKind, id: u64) -> Result<()> {
        match &self.backend {
            Backend::Local(l) => l.delete_any(kind, id),
            Backend::Remote(c) => {
                let _gate = c.write_gate();
                c.done(&Request::Delete { kind, id })
            }
        }
    }

    /// Closes a pending pregnancy as calved and, when `calf` is given,
    /// creates the calf's record in the same transaction. The calf's origin
    /// is set to this cow.
    pub fn record_calving(
        &self,
        pregnancy: PregnancyId,
        on: Date,
        calf: Option<Animal>,
    ) -> Result<Option<AnimalId>> {
        match &self.backend {
            Backend::Local(l) => l.record_calving(pregnancy, on, calf),
            Backend::Remote(c) => match c.write(&Request::RecordCalving {
                pregnancy: pregnancy.0,
                on,
                calf,
            })? {
                Reply::MaybeNumber(id) => Ok(id.map(AnimalId)),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// The most recent transaction in the history, if any.
    pub fn last_txn(&self) -> Result<Option<u64>> {
        match &self.backend {
            Backend::Local(l) => l.last_txn(),
            Backend::Remote(c) => match c.call(&Request::LastTxn)? {
                Reply::MaybeNumber(t) => Ok(t),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// Reverses every change of transaction `txn` in one new transaction,
    /// recorded in the history as an undo. Refused, like any write, if the
    /// result would break a rule (for example, undoing a household's
    /// creation after a pen was added to it).
    pub fn undo(&self, txn: u64) -> Result<u64> {
        match &self.backend {
            Backend::Local(l) => l.undo(txn),
            Backend::Remote(c) => {
                let _gate = c.write_gate();
                c.number(&Request::Undo(txn))
            }
        }
    }

    pub(crate) fn refusals_of(&self, steps: &[Step]) -> Result<Vec<(usize, StoreError)>> {
        match &self.backend {
            Backend::Local(l) => l.refusals(steps),
            Backend::Remote(c) => {
                let ops = crate::remote::ops_of(steps.to_vec());
                match c.call(&Request::Refusals(ops))? {
                    Reply::Refusals(v) => {
                        Ok(v.into_iter().map(|(i, e)| (i as usize, e.into())).collect())
                    }
                    other => Err(unexpected(&other)),
                }
            }
        }
    }
}
