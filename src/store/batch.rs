//! Several writes as one transaction: the demonstration data, an import,
//! a calving with its calf. Records in a batch may refer to each other
//! (a pen to a household inserted earlier in the same batch).

use super::Store;
use super::error::{Result, StoreError};
use super::schema::Record;
use super::write::Step;
use crate::model::RecordKind;
use std::collections::HashMap;

pub struct Batch<'s> {
    store: &'s Store,
    next: HashMap<RecordKind, u64>,
    pub(crate) steps: Vec<Step>,
}

impl<'s> Batch<'s> {
    /// Reserves the next id of the record's kind and queues the insert.
    pub fn insert<R: Record>(&mut self, record: R) -> Result<R::Id> {
        let id = match self.next.get(&R::KIND) {
            Some(n) => *n,
            None => self.store.next_id(R::KIND)?,
        };
        self.next.insert(R::KIND, id + 1);
        self.steps.push(Step {
            kind: R::KIND,
            id,
            before: None,
            after: Some(record.into()),
        });
        Ok(R::id_from(id))
    }

    /// Queues an update of a record that exists in the store.
    pub fn update<R: Record>(&mut self, id: R::Id, record: R) -> Result<()> {
        let raw = R::raw_id(id);
        let before = self
            .store
            .get_any(R::KIND, raw)?
            .ok_or(StoreError::NotFound {
                kind: R::KIND,
                id: raw,
            })?;
        self.steps.push(Step {
            kind: R::KIND,
            id: raw,
            before: Some(before),
            after: Some(record.into()),
        });
        Ok(())
    }

    /// Every queued write checked as the commit would check it (the
    /// model's validation, then the store's rules against the store as it
    /// will be after the whole batch), without stopping at the first
    /// refusal: the index of each refused write, in the order queued, and
    /// why. The commit still checks again.
    pub fn refusals(&self) -> Result<Vec<(usize, StoreError)>> {
        let mut out = Vec::new();
        let mut valid = Vec::new();
        for (i, s) in self.steps.iter().enumerate() {
            let problems = s.after.as_ref().map(|a| a.validate()).unwrap_or_default();
            if problems.is_empty() {
                valid.push(i);
            } else {
                out.push((
                    i,
                    StoreError::Refused {
                        kind: s.kind,
                        problems,
                    },
                ));
            }
        }
        let steps: Vec<Step> = valid.iter().map(|i| self.steps[*i].clone()).collect();
        for (j, e) in super::rules::check_all(self.store, &steps)? {
            out.push((valid[j], e));
        }
        out.sort_by_key(|(i, _)| *i);
        Ok(out)
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

impl Store {
    /// Runs `build` to queue writes, then commits them all in one
    /// transaction (or none, if any is refused). Returns the transaction
    /// number that `undo` takes.
    pub fn batch<T>(&self, build: impl FnOnce(&mut Batch<'_>) -> Result<T>) -> Result<(u64, T)> {
        let _guard = self.lock();
        let mut batch = Batch {
            store: self,
            next: HashMap::new(),
            steps: Vec::new(),
        };
        let value = build(&mut batch)?;
        let steps = std::mem::take(&mut batch.steps);
        let txn = self.commit(steps, None)?;
        Ok((txn, value))
    }
}
