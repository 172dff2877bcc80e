//! Writes. Each public call is one sled transaction across every tree it
//! touches, flushed before it returns: when it says saved, a kill -9 a
//! moment later loses nothing.

use super::Local;
use super::aggregate;
use super::envelope::{encode_change, encode_record};
use super::error::{Result, StoreError};
use super::keys;
use super::monthly;
use super::record::{Audit, Change, Stored, now_micros};
use super::rules;
use super::schema::{Record, Tree, index_entries, meta};
use kumban_model::*;
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use std::collections::BTreeMap;
use std::sync::atomic::Ordering;

/// One record changing within a transaction.
#[derive(Debug, Clone)]
pub(crate) struct Step {
    pub kind: RecordKind,
    pub id: u64,
    pub before: Option<Stored<AnyRecord>>,
    pub after: Option<AnyRecord>,
}

impl Local {
    pub fn lock(&self) -> std::sync::MutexGuard<'_, ()> {
        // A panic elsewhere while holding the lock leaves no partial write
        // (the transaction either committed or not), so carry on.
        self.inner
            .write_lock
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn next_id(&self, kind: RecordKind) -> Result<u64> {
        Ok(read_counter(
            self.tree(Tree::Meta)?.get(meta::next_id(kind))?.as_deref(),
        ))
    }

    /// Saves a new record and returns its id.
    pub fn insert_any(&self, record: AnyRecord) -> Result<u64> {
        let _guard = self.lock();
        let kind = record.kind();
        let id = self.next_id(kind)?;
        self.commit(
            vec![Step {
                kind,
                id,
                before: None,
                after: Some(record),
            }],
            None,
        )?;
        Ok(id)
    }

    /// Replaces the fields of an existing record. With `expected`, only if
    /// the record was last written at that stamp (`Audit::updated_at`):
    /// otherwise someone else changed it since it was read, and the update
    /// is refused with `StoreError::Changed`.
    pub fn update_any(&self, id: u64, record: AnyRecord, expected: Option<i64>) -> Result<()> {
        let _guard = self.lock();
        let kind = record.kind();
        let before = self.existing(kind, id)?;
        if let Some(at) = expected {
            unchanged_since(&before, kind, at)?;
        }
        self.commit(
            vec![Step {
                kind,
                id,
                before: Some(before),
                after: Some(record),
            }],
            None,
        )?;
        Ok(())
    }

    pub fn delete_any(&self, kind: RecordKind, id: u64) -> Result<()> {
        let _guard = self.lock();
        let before = self.existing(kind, id)?;
        self.commit(
            vec![Step {
                kind,
                id,
                before: Some(before),
                after: None,
            }],
            None,
        )?;
        Ok(())
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
        let entry = CalvingEntry {
            on,
            calving: Calving::default(),
            calf,
            twin_calf: None,
        };
        self.record_calving_entry(pregnancy, entry)
    }

    /// `record_calving` with the calving's details and a twin's record.
    pub fn record_calving_entry(
        &self,
        pregnancy: PregnancyId,
        entry: CalvingEntry,
    ) -> Result<Option<AnimalId>> {
        let CalvingEntry {
            on,
            calving,
            calf,
            twin_calf,
        } = entry;
        if twin_calf.is_some() && calving.twin.is_none() {
            return Err(crate::rules::refused_said(
                RecordKind::Pregnancy,
                "calves",
                kumban_i18n::Message::new("err-twin-without-twins"),
            ));
        }
        let _guard = self.lock();
        let before = self.existing(RecordKind::Pregnancy, pregnancy.0)?;
        let Some(mut preg) = Pregnancy::from_any(before.record.clone()) else {
            return Err(StoreError::NotFound {
                kind: RecordKind::Pregnancy,
                id: pregnancy.0,
            });
        };
        if !preg.is_pending() {
            return Err(crate::rules::refused_said(
                RecordKind::Pregnancy,
                "outcome",
                kumban_i18n::Message::new("store-pregnancy-closed").with(
                    "outcome",
                    kumban_i18n::tr_text("choice", preg.outcome.label()),
                ),
            ));
        }
        let mut steps = Vec::new();
        // The counter moves at the commit: the second calf takes the next id.
        let mut next = self.next_id(RecordKind::Animal)?;
        let mut new_calf = |calf: Option<Animal>| -> Result<Option<AnimalId>> {
            let Some(mut calf) = calf else {
                return Ok(None);
            };
            calf.origin = Origin::BornTo { dam: preg.cow };
            let id = next;
            next += 1;
            steps.push(Step {
                kind: RecordKind::Animal,
                id,
                before: None,
                after: Some(calf.into()),
            });
            Ok(Some(AnimalId(id)))
        };
        let calf_id = new_calf(calf)?;
        let twin_id = new_calf(twin_calf)?;
        preg.outcome = Outcome::Calved { on, calf: calf_id };
        preg.calving = calving;
        if let Some(twin) = &mut preg.calving.twin {
            twin.calf = twin_id;
        }
        steps.push(Step {
            kind: RecordKind::Pregnancy,
            id: pregnancy.0,
            before: Some(before),
            after: Some(preg.into()),
        });
        self.commit(steps, None)?;
        Ok(calf_id)
    }

    /// The most recent transaction in the history, if any.
    pub fn last_txn(&self) -> Result<Option<u64>> {
        Ok(self.history().next().transpose()?.map(|c| c.txn))
    }

    /// Reverses every change of transaction `txn` in one new transaction,
    /// recorded in the history as an undo. Refused, like any write, if the
    /// result would break a rule (for example, undoing a household's
    /// creation after a pen was added to it).
    pub fn undo(&self, txn: u64) -> Result<u64> {
        let _guard = self.lock();
        let changes = self.changes_of_txn(txn)?;
        if changes.is_empty() {
            return Err(StoreError::NoSuchChange(txn));
        }
        let mut steps = Vec::new();
        for c in changes.iter().rev() {
            let current = self.get_any(c.kind, c.id)?;
            let current_record = current.as_ref().map(|s| &s.record);
            if current_record != c.after.as_ref() {
                return Err(crate::rules::refused_said(
                    c.kind,
                    "id",
                    kumban_i18n::Message::new("store-changed-again")
                        .with("noun", kumban_i18n::tr_text("noun", c.kind.noun())),
                ));
            }
            steps.push(Step {
                kind: c.kind,
                id: c.id,
                before: current,
                after: c.before.clone(),
            });
        }
        self.commit(steps, Some(txn))
    }

    pub(crate) fn existing(&self, kind: RecordKind, id: u64) -> Result<Stored<AnyRecord>> {
        self.get_any(kind, id)?
            .ok_or(StoreError::NotFound { kind, id })
    }

    /// Validates, checks the store's rules, then writes every step in one
    /// transaction and flushes. Caller holds the write lock. If the disk
    /// fails, sled is opened again before this returns: nothing of the
    /// transaction stays visible unless it reached the disk.
    pub(crate) fn commit(&self, steps: Vec<Step>, undoes: Option<u64>) -> Result<u64> {
        // An import cut short here and not yet undone: undo it first, so
        // that nothing is written on top of half an import.
        self.settle_journal()?;
        self.or_discard(|| self.commit_now(steps, undoes))
    }

    fn commit_now(&self, steps: Vec<Step>, undoes: Option<u64>) -> Result<u64> {
        for s in &steps {
            if let Some(after) = &s.after {
                let problems = after.validate();
                if !problems.is_empty() {
                    return Err(StoreError::Refused {
                        kind: s.kind,
                        problems,
                    });
                }
                if let Some(before) = &s.before
                    && before.record.kind() != after.kind()
                {
                    return Err(StoreError::refused(
                        s.kind,
                        "id",
                        "the kind of a record cannot change",
                    ));
                }
            }
        }
        rules::check(self, &steps)?;
        let txn = self.write_steps(&steps, undoes, None)?;
        self.inner.committed.fetch_max(txn, Ordering::SeqCst);
        Ok(txn)
    }

    /// Writes `steps`, already checked, in one transaction and flushes.
    /// As part of an import (`tag`), the steps join the import's one
    /// transaction number and each record written is noted in the
    /// import's journal with what it was before (see `journal`), in the
    /// same sled transaction; the caller makes the import visible.
    pub(crate) fn write_steps(
        &self,
        steps: &[Step],
        undoes: Option<u64>,
        tag: Option<&super::journal::Tag>,
    ) -> Result<u64> {
        let deltas = aggregate::deltas(self, &rules::View::new(self, steps), steps)?;
        let month_deltas = monthly::deltas(steps);
        let health = super::health_due::changes(self, steps)?;

        let at = now_micros();
        let by = self.user().to_string();
        let mut prepared = Vec::with_capacity(steps.len());
        let mut counters: BTreeMap<RecordKind, (u64, u64)> = BTreeMap::new();
        for s in steps {
            let audit = match (&s.before, &s.after) {
                (Some(b), Some(_)) => b.audit.touched(at, &by),
                _ => Audit::new(at, &by),
            };
            let bytes = s
                .after
                .as_ref()
                .map(|a| encode_record(&audit, a))
                .transpose()?;
            let old_index = s
                .before
                .as_ref()
                .map(|b| index_entries(s.id, &b.record))
                .unwrap_or_default();
            let new_index = s
                .after
                .as_ref()
                .map(|a| index_entries(s.id, a))
                .unwrap_or_default();
            if s.before.is_none() && undoes.is_none() {
                let expected = self.next_id(s.kind)?;
                let entry = counters.entry(s.kind).or_insert((expected, expected));
                entry.1 = entry.1.max(s.id + 1);
            }
            prepared.push((s, bytes, old_index, new_index));
        }

        let sled = self.sled()?;
        let result = sled.trees().transaction(|tx: &Vec<TransactionalTree>| {
            let t = |t: Tree| &tx[t as usize];
            for (kind, (expected, next)) in &counters {
                let key = meta::next_id(*kind);
                let found = read_counter(t(Tree::Meta).get(&key)?.as_deref());
                if found != *expected {
                    // Another writer got in between; cannot happen while the
                    // write lock is held, but never write a reused id.
                    return Err(ConflictableTransactionError::Abort(format!(
                        "id counter for {} moved from {expected} to {found}",
                        kind.noun()
                    )));
                }
                t(Tree::Meta).insert(key, &next.to_be_bytes())?;
            }
            add_totals(t(Tree::Aggregates), &deltas)?;
            monthly::apply(t(Tree::IncomeMonths), &month_deltas)?;
            health.apply(t(Tree::HealthDue))?;
            let txn = match tag {
                Some(tag) => tag.txn,
                None => bump(t(Tree::Meta), meta::NEXT_TXN)?,
            };
            for (s, bytes, old_index, new_index) in &prepared {
                if let Some(tag) = tag {
                    let key = super::journal::record_key(s.kind, s.id);
                    // Only the first write of a record in the import
                    // holds what it was before the import.
                    if t(Tree::Meta).get(&key)?.is_none() {
                        let before = t(Tree::of_kind(s.kind)).get(keys::id(s.id))?;
                        t(Tree::Meta).insert(key, tag.entry(before.as_deref()))?;
                    }
                }
                for (tree, key, _) in old_index {
                    t(*tree).remove(key.as_slice())?;
                }
                for (tree, key, value) in new_index {
                    t(*tree).insert(key.as_slice(), value.as_slice())?;
                }
                let tree = t(Tree::of_kind(s.kind));
                match bytes {
                    Some(b) => tree.insert(&keys::id(s.id), b.as_slice())?,
                    None => tree.remove(&keys::id(s.id))?,
                };
                let seq = bump(t(Tree::Meta), meta::NEXT_CHANGE)?;
                let change = Change {
                    seq,
                    txn,
                    at,
                    by: by.clone(),
                    kind: s.kind,
                    id: s.id,
                    before: s.before.as_ref().map(|b| b.record.clone()),
                    after: s.after.clone(),
                    undoes,
                };
                let encoded = encode_change(&change)
                    .map_err(|e| ConflictableTransactionError::Abort(e.to_string()))?;
                t(Tree::History).insert(&keys::id(seq), encoded)?;
            }
            Ok(txn)
        });
        let txn = match result {
            Ok(txn) => txn,
            Err(TransactionError::Abort(reason)) => return Err(StoreError::Write(reason)),
            Err(TransactionError::Storage(e)) => return Err(e.into()),
        };
        sled.flush()?;
        Ok(txn)
    }
}

/// Adds `deltas` to the running totals, inside a transaction.
pub(crate) fn add_totals(
    agg: &TransactionalTree,
    deltas: &aggregate::Totals,
) -> std::result::Result<(), ConflictableTransactionError<String>> {
    for (name, delta) in deltas {
        let old = agg
            .get(name.as_bytes())?
            .map(|v| aggregate::decode_total(&v))
            .unwrap_or(0);
        let Some(new) = old.checked_add(*delta) else {
            return Err(ConflictableTransactionError::Abort(format!(
                "the total {name} would overflow"
            )));
        };
        if new == 0 {
            agg.remove(name.as_bytes())?;
        } else {
            agg.insert(name.as_bytes(), &new.to_be_bytes())?;
        }
    }
    Ok(())
}

/// Refuses when `before` was written after the stamp the caller read.
pub(crate) fn unchanged_since(before: &Stored<AnyRecord>, kind: RecordKind, at: i64) -> Result<()> {
    if before.audit.updated_at == at {
        return Ok(());
    }
    Err(StoreError::Changed {
        kind,
        id: before.id,
        by: before.audit.updated_by.clone(),
        at: before.audit.updated_at,
    })
}

pub(crate) fn read_counter(v: Option<&[u8]>) -> u64 {
    // Ids start at 1 so that 0 never names a record.
    v.and_then(keys::decode_id).unwrap_or(1)
}

fn bump(
    meta: &TransactionalTree,
    key: &[u8],
) -> std::result::Result<u64, sled::transaction::UnabortableTransactionError> {
    let n = read_counter(meta.get(key)?.as_deref());
    meta.insert(key, &(n + 1).to_be_bytes())?;
    Ok(n)
}
