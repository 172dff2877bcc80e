//! Writing a backup back: records with their own ids and audit stamps, the
//! history as it was, and the counters, in one transaction and one flush.
//! Only into a blank database, so nothing is ever merged or overwritten.

use super::Local;
use super::aggregate;
use super::envelope::{encode_change, encode_record};
use super::error::{Result, StoreError};
use super::keys;
use super::raw::Counters;
use super::rebuild::{corrupt, counters_above, unsound};
use super::record::{Change, Stored};
use super::rules::{self, View};
use super::schema::{Tree, index_entries, meta};
use super::write::Step;
use kumban_model::{AnyRecord, RecordKind};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use std::collections::{BTreeMap, HashSet};

/// Everything a backup holds, as records and history entries.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dump {
    pub records: Vec<Stored<AnyRecord>>,
    pub history: Vec<Change>,
    pub counters: Counters,
    /// The officer's review of villages' months: a restore keeps
    /// approved months locked.
    pub reviews: Vec<kumban_model::Review>,
}

impl Local {
    /// Writes `dump` exactly as given. Refused (and nothing written) when
    /// the database is not blank, a record fails its model validation, an
    /// id or sequence number repeats, or a counter would hand out a number
    /// already in use.
    pub fn restore_raw(&self, dump: &Dump) -> Result<()> {
        let _guard = self.lock();
        // A failed write drops what sled kept of it (see `reopen`).
        self.or_discard(|| self.restore_now(dump))
    }

    fn restore_now(&self, dump: &Dump) -> Result<()> {
        if !self.is_blank()? {
            return Err(StoreError::NotBlank {
                path: self.path().to_path_buf(),
            });
        }
        let mut writes: Vec<(Tree, Vec<u8>, Vec<u8>)> = Vec::new();
        let mut max_id: BTreeMap<RecordKind, u64> = BTreeMap::new();
        let mut seen = HashSet::new();
        // What would make the restored database unsound: the backup's
        // checksum only shows it was not damaged by accident, so every
        // record is held to the rules a form save or an import meets.
        let mut broken: Vec<String> = Vec::new();
        for s in &dump.records {
            let kind = s.record.kind();
            let place = || format!("{} {}", kind.noun(), s.id);
            if s.id == 0 || !seen.insert((kind, s.id)) {
                return Err(corrupt(place(), "the id is 0 or appears twice"));
            }
            for p in s.record.validate() {
                broken.push(format!("{} {}: {p}", kind.noun(), s.id));
            }
            let m = max_id.entry(kind).or_default();
            *m = (*m).max(s.id);
            writes.push((
                Tree::of_kind(kind),
                keys::id(s.id).to_vec(),
                encode_record(&s.audit, &s.record)?,
            ));
            writes.extend(index_entries(s.id, &s.record));
        }
        let mut reviewed = HashSet::new();
        for r in &dump.reviews {
            let key = super::review::key(&r.village, r.period);
            if !reviewed.insert(key.clone()) {
                return Err(corrupt(
                    format!("review of {} {}", r.village, r.period),
                    "the month appears twice",
                ));
            }
            writes.push((Tree::Review, key, super::review::encode(r)?));
        }
        let (mut max_seq, mut max_txn) = (0, 0);
        let mut seqs = HashSet::new();
        for c in &dump.history {
            if c.seq == 0 || !seqs.insert(c.seq) {
                return Err(corrupt(
                    format!("history entry {}", c.seq),
                    "the number is 0 or appears twice",
                ));
            }
            max_seq = max_seq.max(c.seq);
            max_txn = max_txn.max(c.txn);
            writes.push((Tree::History, keys::id(c.seq).to_vec(), encode_change(c)?));
        }
        let counters = &dump.counters;
        counters_above(counters, &max_id, max_seq, max_txn)?;
        // The running totals, counted the way every write counts them.
        let steps: Vec<Step> = dump
            .records
            .iter()
            .map(|s| Step {
                kind: s.record.kind(),
                id: s.id,
                before: None,
                after: Some(s.record.clone()),
            })
            .collect();
        if broken.is_empty() {
            for (i, e) in rules::check_all(self, &steps)? {
                let s = &steps[i];
                match e.problems() {
                    [] => broken.push(format!("{} {}: {e}", s.kind.noun(), s.id)),
                    ps => broken.extend(
                        ps.iter()
                            .map(|p| format!("{} {}: {p}", s.kind.noun(), s.id)),
                    ),
                }
            }
        }
        if !broken.is_empty() {
            return Err(unsound(&broken));
        }
        let deltas =
            aggregate::deltas(self, &View::new(self, &steps), &steps).map_err(|e| {
                match e.problems() {
                    [] => e,
                    ps => unsound(&ps.iter().map(|p| p.to_string()).collect::<Vec<_>>()),
                }
            })?;
        for (name, total) in deltas {
            writes.push((
                Tree::Aggregates,
                name.into_bytes(),
                total.to_be_bytes().to_vec(),
            ));
        }
        // Into a blank database, so each change is the row itself.
        for (key, row) in super::monthly::deltas(&steps) {
            writes.push((Tree::IncomeMonths, key, row.encode().to_vec()));
        }
        for key in super::health_due::changes(self, &steps)?.insert {
            writes.push((Tree::HealthDue, key, Vec::new()));
        }
        for (kind, next) in &counters.next_id {
            writes.push((
                Tree::Meta,
                meta::next_id(*kind),
                next.to_be_bytes().to_vec(),
            ));
        }
        writes.push((
            Tree::Meta,
            meta::NEXT_TXN.to_vec(),
            counters.next_txn.to_be_bytes().to_vec(),
        ));
        writes.push((
            Tree::Meta,
            meta::NEXT_CHANGE.to_vec(),
            counters.next_change.to_be_bytes().to_vec(),
        ));

        let sled = self.sled()?;
        let result = sled.trees().transaction(|tx: &Vec<TransactionalTree>| {
            for (t, key, value) in &writes {
                tx[*t as usize].insert(key.as_slice(), value.as_slice())?;
            }
            Ok::<_, ConflictableTransactionError<String>>(())
        });
        match result {
            Ok(()) => {}
            Err(TransactionError::Abort(reason)) => return Err(StoreError::Write(reason)),
            Err(TransactionError::Storage(e)) => return Err(e.into()),
        }
        sled.flush()?;
        let last = counters.next_txn.saturating_sub(1);
        self.inner
            .committed
            .fetch_max(last, std::sync::atomic::Ordering::SeqCst);
        Ok(())
    }
}
