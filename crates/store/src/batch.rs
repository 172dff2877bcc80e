//! Several writes as one transaction: the demonstration data, a calving
//! with its calf; and an import, as one whole written in batches under the
//! import journal (`import_batch`). Records in a batch may refer to each
//! other (a pen to a household inserted earlier in the same batch).

use super::dispatch::dispatch;
use super::error::{Result, StoreError};
use super::request::{Request, ops_of};
use super::schema::Record;
use super::write::{Step, unchanged_since};
use super::{Backend, Local, Store};
use kumban_model::RecordKind;
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

    /// Replaces the record of the last write queued, which must be an
    /// insert of the same kind (a record that names its own id, such as a
    /// campaign's first event).
    pub fn replace_queued<R: Record>(&mut self, record: R) -> Result<()> {
        match self.steps.last_mut() {
            Some(step) if step.kind == R::KIND && step.before.is_none() => {
                step.after = Some(record.into());
                Ok(())
            }
            _ => Err(StoreError::Corrupt {
                place: "a batch".into(),
                reason: format!("no {} insert queued to replace", R::KIND),
            }),
        }
    }

    /// Queues an update of a record that exists in the store.
    pub fn update<R: Record>(&mut self, id: R::Id, record: R) -> Result<()> {
        self.update_checked(id, record, None)
    }

    /// Queues an update, refused with `StoreError::Changed` unless the
    /// record was last written at `expected` (its `Audit::updated_at` when
    /// it was read): a form saving over a record someone else changed
    /// meanwhile.
    pub fn update_if_unchanged<R: Record>(
        &mut self,
        id: R::Id,
        record: R,
        expected: i64,
    ) -> Result<()> {
        self.update_checked(id, record, Some(expected))
    }

    fn update_checked<R: Record>(
        &mut self,
        id: R::Id,
        record: R,
        expected: Option<i64>,
    ) -> Result<()> {
        let raw = R::raw_id(id);
        let before = self
            .store
            .get_any(R::KIND, raw)?
            .ok_or(StoreError::NotFound {
                kind: R::KIND,
                id: raw,
            })?;
        if let Some(at) = expected {
            unchanged_since(&before, R::KIND, at)?;
        }
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
        self.store.refusals_of(&self.steps)
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The records of kind `R` this batch inserts, in the order queued,
    /// with their ids: what a later step of the same batch builds on (the
    /// demo weighs every animal it made).
    pub fn inserted<R: Record>(&self) -> Vec<(R::Id, R)> {
        self.steps
            .iter()
            .filter(|s| s.kind == R::KIND && s.before.is_none())
            .filter_map(|s| {
                let record = R::from_any(s.after.clone()?)?;
                Some((R::id_from(s.id), record))
            })
            .collect()
    }
}

impl<'s> Batch<'s> {
    pub(crate) fn new(store: &'s Store) -> Batch<'s> {
        Batch {
            store,
            next: HashMap::new(),
            steps: Vec::new(),
        }
    }
}

impl Local {
    /// What `Batch::refusals` says of `steps`.
    pub(crate) fn refusals(&self, steps: &[Step]) -> Result<Vec<(usize, StoreError)>> {
        let mut out = Vec::new();
        let mut valid = Vec::new();
        for (i, s) in steps.iter().enumerate() {
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
        let checked: Vec<Step> = valid.iter().map(|i| steps[*i].clone()).collect();
        for (j, e) in super::rules::check_all(self, &checked)? {
            out.push((valid[j], e));
        }
        out.sort_by_key(|(i, _)| *i);
        Ok(out)
    }
}

impl Store {
    /// Runs `build` to queue writes, then commits them all in one
    /// transaction (or none, if any is refused). Returns the transaction
    /// number that `undo` takes. No other write lands while `build` runs,
    /// in this process or (through the owner) any other. Through an owner,
    /// `build` runs again if the owner went away before it got the commit
    /// (nothing of the batch was applied then).
    pub fn batch<T>(&self, mut build: impl FnMut(&mut Batch<'_>) -> Result<T>) -> Result<(u64, T)> {
        match &self.backend {
            Backend::Local(local) => {
                let _guard = local.lock();
                let mut batch = Batch::new(self);
                let value = build(&mut batch)?;
                // The same request the owner answers for a client's batch.
                let ops = ops_of(std::mem::take(&mut batch.steps));
                let txn = dispatch(local, Request::Commit(ops))?.number()?;
                Ok((txn, value))
            }
            // Run again, with what the database holds then, if the owner
            // went away before it got the commit.
            Backend::Remote(client) => client.resend_batch(|| {
                let session = client.begin_batch()?;
                let mut batch = Batch::new(self);
                let value = build(&mut batch)?;
                let txn = session.commit(std::mem::take(&mut batch.steps))?;
                Ok((txn, value))
            }),
        }
    }
}

/// How an import's writes ended.
#[derive(Debug)]
pub enum Imported {
    /// Written, as this transaction.
    Applied(u64),
    /// Nothing written: the index of each refused write, in the order
    /// queued, and why (the first of them when there are very many).
    Refused(Vec<(usize, StoreError)>),
}

impl Store {
    /// Runs `build` to queue writes, then checks them all as one (the
    /// model's validation and the store's rules against the store as it
    /// will be after all of them) and, if none is refused, writes them in
    /// batches under the import journal: all of them or, after a failure
    /// or a crash at any moment, none (see `journal`). Through an owner
    /// the writes travel in chunks, never one message for all of them;
    /// `build` runs again if the owner went away before it had all of
    /// them (nothing was written then), and an import whose answer was
    /// lost is looked up by its id rather than sent twice.
    pub fn import_batch(
        &self,
        mut build: impl FnMut(&mut Batch<'_>) -> Result<()>,
    ) -> Result<Imported> {
        let id = super::journal::new_import_id();
        match &self.backend {
            Backend::Local(local) => {
                let _guard = local.lock();
                local.settle_journal()?;
                let mut batch = Batch::new(self);
                build(&mut batch)?;
                let steps = std::mem::take(&mut batch.steps);
                let refused = local.refusals(&steps)?;
                if !refused.is_empty() {
                    return Ok(Imported::Refused(refused));
                }
                Ok(Imported::Applied(local.apply_import(id, &steps)?))
            }
            Backend::Remote(client) => client.resend_batch(|| {
                let session = client.begin_batch()?;
                let mut batch = Batch::new(self);
                build(&mut batch)?;
                session.import(id, std::mem::take(&mut batch.steps))
            }),
        }
    }
}
