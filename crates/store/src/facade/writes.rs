//! Writes: each one a transaction here, or one request the owner makes
//! into one, behind this process's write gate.

use crate::Store;
use crate::error::{Result, StoreError};
use crate::request::{Request, ops_of};
use crate::schema::Record;
use crate::write::Step;
use kumban_model::*;

impl Store {
    /// Saves a new record and returns its id.
    pub fn insert<R: Record>(&self, record: R) -> Result<R::Id> {
        self.call(Request::Insert(record.into()))?
            .number()
            .map(R::id_from)
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
        self.call(Request::Update {
            id,
            record,
            expected,
        })?
        .done()
    }

    /// Deletes a record that nothing points to.
    pub fn delete<R: Record>(&self, id: R::Id) -> Result<()> {
        self.delete_any(R::KIND, R::raw_id(id))
    }

    pub fn delete_any(&self, kind: RecordKind, id: u64) -> Result<()> {
        self.call(Request::Delete { kind, id })?.done()
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
        let calf = self.call(Request::RecordCalving {
            pregnancy: pregnancy.0,
            on,
            calf,
        })?;
        Ok(calf.maybe_number()?.map(AnimalId))
    }

    /// Closes a pending pregnancy as calved with the calving's details,
    /// creating the calves' records (their dam set to the cow) in the same
    /// transaction; says the first calf's id.
    pub fn record_calving_entry(
        &self,
        pregnancy: PregnancyId,
        entry: CalvingEntry,
    ) -> Result<Option<AnimalId>> {
        let calf = self.call(Request::RecordCalvingEntry {
            pregnancy: pregnancy.0,
            entry,
        })?;
        Ok(calf.maybe_number()?.map(AnimalId))
    }

    /// The most recent transaction in the history, if any.
    pub fn last_txn(&self) -> Result<Option<u64>> {
        self.call(Request::LastTxn)?.maybe_number()
    }

    /// Reverses every change of transaction `txn` in one new transaction,
    /// recorded in the history as an undo. Refused, like any write, if the
    /// result would break a rule (for example, undoing a household's
    /// creation after a pen was added to it).
    pub fn undo(&self, txn: u64) -> Result<u64> {
        self.call(Request::Undo(txn))?.number()
    }

    pub(crate) fn refusals_of(&self, steps: &[Step]) -> Result<Vec<(usize, StoreError)>> {
        self.call(Request::Refusals(ops_of(steps.to_vec())))?
            .refusals()
    }
}
