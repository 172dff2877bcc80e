//! An import too large for one sled transaction (sled holds a transaction
//! in memory, some 20 KB a record), still all or nothing.
//!
//! The import is written in batches of a few thousand records, each its
//! own transaction, flushed. Before the first, the journal is opened: a
//! meta entry naming the import, the transaction number all its batches
//! share, and the counters as they were. Each batch notes, in the same
//! transaction, every record it writes under the import's id, with what
//! the record was before (nothing, for a new one). Closing the journal is
//! the import's commit: one small transaction that removes the journal
//! and records the import's id as done.
//!
//! A journal found open (a kill -9 mid-import, a failed batch) is undone:
//! every noted record put back, the import's history entries removed, the
//! counters restored; each step removes the notes it undid, so an undo
//! that is itself cut short goes on where it stopped. The store opens
//! it at every opening of a database, and before anything else is written.
//!
//! No one sees part of an import: the import holds the write lock from
//! its checks to its commit, so no other write lands between its batches,
//! and reads by other sessions (through the owner) wait at the import gate
//! (`whole_imports`) until it is committed or undone. The one process
//! that holds the database alone (`--local`) has no other sessions.

use super::Local;
use super::aggregate;
use super::codec;
use super::envelope::decode_record;
use super::error::{Result, StoreError};
use super::keys;
use super::raw::Counters;
use super::rules::View;
use super::schema::{Tree, index_entries, kind_tag, meta};
use super::write::{Step, add_totals};
use kumban_model::{AnyRecord, RecordKind};
use serde::{Deserialize, Serialize};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use std::sync::atomic::Ordering;
use std::sync::{RwLockReadGuard, RwLockWriteGuard};

/// Meta keys. Every key of the journal starts with `journal/`.
const OPEN: &[u8] = b"journal/open";
const RECORD: &[u8] = b"journal/record/";
const DONE: &[u8] = b"journal/done/";

/// Records written (or undone) per transaction.
pub const BATCH: usize = 2_000;

/// Disk an imported record takes, with its index entries, history entry,
/// journal note and sled's overhead: about 0.9 KB was measured (150,000
/// income logs in 135 MB); twice that, to be safe.
const BYTES_PER_RECORD: u64 = 2_000;
/// And room for sled's own log segments besides.
const SLACK_BYTES: u64 = 4 << 20;

/// `KUMBAN_IMPORT_BATCH` makes batches smaller, so that tests see many
/// batches in a small import.
fn batch_size() -> usize {
    std::env::var("KUMBAN_IMPORT_BATCH")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(BATCH)
}

/// A debug build kills itself (kill -9) after this many batches
/// of an import when `KUMBAN_TEST_ABORT_AFTER_BATCHES` says so: the tests
/// of the undo need a crash at a known point. Release builds ignore it.
/// `KUMBAN_TEST_ABORT_AFTER_UNDONE` does the same after that many batches
/// of an undo, `KUMBAN_TEST_ABORT_AFTER_COMMIT=1` after an import's commit
/// (before its answer).
fn crash_for_tests(variable: &str, batches_done: usize) {
    if cfg!(debug_assertions)
        && std::env::var(variable)
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            == Some(batches_done)
    {
        let _ = nix::sys::signal::raise(nix::sys::signal::Signal::SIGKILL);
        std::process::abort();
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    id: u128,
    /// The transaction every batch of the import is written as.
    txn: u64,
    /// History entries from this sequence number on are the import's.
    first_change: u64,
    /// The id and sequence counters before the import.
    counters: Counters,
}

/// What a batch of an import writes with each record.
pub(crate) struct Tag {
    pub id: u128,
    pub txn: u64,
}

impl Tag {
    /// A record's note: the import's id, then the record's stored bytes
    /// before the import (none for a new record; a stored record is never
    /// empty).
    pub(crate) fn entry(&self, before: Option<&[u8]>) -> Vec<u8> {
        let mut v = self.id.to_be_bytes().to_vec();
        v.extend_from_slice(before.unwrap_or_default());
        v
    }
}

pub(crate) fn record_key(kind: RecordKind, id: u64) -> Vec<u8> {
    keys::join(&[RECORD, &[kind_tag(kind)], &keys::id(id)])
}

fn done_key(id: u128) -> Vec<u8> {
    keys::join(&[DONE, &id.to_be_bytes()])
}

fn parse_record_key(key: &[u8]) -> Option<(RecordKind, u64)> {
    let rest = key.strip_prefix(RECORD)?;
    let (&tag, id) = rest.split_first()?;
    let kind = RecordKind::ALL.into_iter().find(|k| kind_tag(*k) == tag)?;
    (id.len() == 8)
        .then(|| keys::decode_id(id))
        .flatten()
        .map(|id| (kind, id))
}

fn corrupt(reason: impl Into<String>) -> StoreError {
    StoreError::Corrupt {
        place: "import journal".into(),
        reason: reason.into(),
    }
}

/// A fresh import id: unique across processes and restarts.
pub fn new_import_id() -> u128 {
    use std::hash::{BuildHasher, Hasher};
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    (u128::from(now ^ u64::from(std::process::id())) << 64) | u128::from(random)
}

/// One transaction on the meta tree alone.
fn on_meta(
    meta: &sled::Tree,
    f: impl Fn(&TransactionalTree) -> std::result::Result<(), ConflictableTransactionError<String>>,
) -> Result<()> {
    match meta.transaction(|m| f(m)) {
        Ok(()) => Ok(()),
        Err(TransactionError::Abort(reason)) => Err(StoreError::Write(reason)),
        Err(TransactionError::Storage(e)) => Err(e.into()),
    }
}

impl Local {
    /// Writes an import's steps, each already checked against the store
    /// as it will be after all of them, in batches under the journal;
    /// returns its transaction. The caller holds the write lock. On any
    /// failure the import is undone before this returns (or, if that
    /// fails too, before anything else is read or written).
    pub(crate) fn apply_import(&self, id: u128, steps: &[Step]) -> Result<u64> {
        let _hidden = self.hide_imports();
        self.settle_journal_now()?;
        self.room_for(steps.len())?;
        match self.or_discard(|| self.apply_journaled(id, steps)) {
            Ok(txn) => {
                // Only needed to undo; a failure leaves them to the next
                // opening or import.
                let _ = self.or_discard(|| self.clear_notes());
                self.inner.committed.fetch_max(txn, Ordering::SeqCst);
                crash_for_tests("KUMBAN_TEST_ABORT_AFTER_COMMIT", 1);
                Ok(txn)
            }
            // On a failed disk, writing the undo now would only fail
            // again; it is done before the next read or write, or at the
            // next opening.
            Err(e) if e.is_storage_failure() => {
                // The commit may have reached the disk before the flush
                // after it failed: sled now holds only what is on disk.
                if let Ok(Some(txn)) = self.import_outcome(id) {
                    self.inner.committed.fetch_max(txn, Ordering::SeqCst);
                    return Ok(txn);
                }
                self.inner.journal_open.store(true, Ordering::SeqCst);
                Err(e)
            }
            Err(e) => {
                let _ = self.settle_journal_now();
                Err(e)
            }
        }
    }

    /// Refuses an import the disk has clearly no room for, before
    /// anything is written: sled 0.34 does not always survive running out
    /// of space halfway through many flushed batches (see storage.md).
    fn room_for(&self, records: usize) -> Result<()> {
        let Ok(fs) = nix::sys::statvfs::statvfs(self.path()) else {
            return Ok(());
        };
        let free = fs.blocks_available().saturating_mul(fs.fragment_size());
        let needed = (records as u64)
            .saturating_mul(BYTES_PER_RECORD)
            .saturating_add(SLACK_BYTES);
        if free < needed {
            return Err(StoreError::NoRoom { needed, free });
        }
        Ok(())
    }

    fn apply_journaled(&self, id: u128, steps: &[Step]) -> Result<u64> {
        let counters = self.counters()?;
        let txn = counters.next_txn;
        let journal = Journal {
            id,
            txn,
            first_change: counters.next_change,
            counters,
        };
        let bytes = codec::encode(codec::tag::JOURNAL, &journal).map_err(StoreError::Write)?;
        let meta_tree = self.tree(Tree::Meta)?;
        on_meta(&meta_tree, |m| {
            m.insert(OPEN, bytes.as_slice())?;
            m.insert(meta::NEXT_TXN, &(txn + 1).to_be_bytes())?;
            Ok(())
        })?;
        self.flush()?;
        let tag = Tag { id, txn };
        for (n, batch) in steps.chunks(batch_size()).enumerate() {
            self.write_steps(batch, None, Some(&tag))?;
            crash_for_tests("KUMBAN_TEST_ABORT_AFTER_BATCHES", n + 1);
        }
        // The commit.
        on_meta(&meta_tree, |m| {
            m.remove(OPEN)?;
            m.insert(done_key(id), &txn.to_be_bytes())?;
            Ok(())
        })?;
        self.flush()?;
        Ok(txn)
    }

    /// The transaction of import `id` if it was committed here, `None` if
    /// it never was (it never began, or was undone).
    pub(crate) fn import_outcome(&self, id: u128) -> Result<Option<u64>> {
        Ok(self
            .tree(Tree::Meta)?
            .get(done_key(id))?
            .and_then(|v| keys::decode_id(&v)))
    }

    /// Undoes an import cut short, if one is: called at every opening,
    /// with the notice printed, before anything is served.
    #[allow(
        clippy::print_stderr,
        reason = "the notice is printed at opening, before any screen or owner serves"
    )]
    pub(crate) fn recover_at_open(&self) -> Result<()> {
        let _guard = self.lock();
        let _hidden = self.hide_imports();
        if self.settle_journal_now()? {
            eprintln!(
                "kumban: an import into {} was cut short (kumban was stopped, or the disk failed or filled); nothing of it was kept: run the import again",
                kumban_model::text::escape_for_display(&self.path().display().to_string())
            );
        }
        Ok(())
    }

    /// Before a write, with the write lock held: undoes an import that a
    /// failure in this process left half written.
    pub(crate) fn settle_journal(&self) -> Result<()> {
        if self.inner.journal_open.load(Ordering::SeqCst) {
            let _hidden = self.hide_imports();
            self.settle_journal_now()?;
        }
        Ok(())
    }

    /// Undoes the open import, if any (true then). The caller holds the
    /// write lock, then the import gate.
    fn settle_journal_now(&self) -> Result<bool> {
        match self.or_discard(|| self.roll_back()) {
            Ok(undone) => {
                self.inner.journal_open.store(false, Ordering::SeqCst);
                Ok(undone)
            }
            Err(e) => {
                self.inner.journal_open.store(true, Ordering::SeqCst);
                Err(e)
            }
        }
    }

    /// Reads by other sessions hold this while they read, so that none
    /// sees part of an import: an import being written or undone holds it
    /// alone. Not to be taken while holding the write lock.
    pub(crate) fn whole_imports(&self) -> Result<RwLockReadGuard<'_, ()>> {
        if self.inner.journal_open.load(Ordering::SeqCst) {
            let _guard = self.lock();
            self.settle_journal()?;
        }
        Ok(self
            .inner
            .import_gate
            .read()
            .unwrap_or_else(|p| p.into_inner()))
    }

    fn hide_imports(&self) -> RwLockWriteGuard<'_, ()> {
        self.inner
            .import_gate
            .write()
            .unwrap_or_else(|p| p.into_inner())
    }

    /// Undoes the open import, batch by batch; false when none is open
    /// (stale notes of a committed one are cleared then).
    fn roll_back(&self) -> Result<bool> {
        let meta_tree = self.tree(Tree::Meta)?;
        let Some(raw) = meta_tree.get(OPEN)? else {
            self.clear_notes()?;
            return Ok(false);
        };
        let journal: Journal = codec::decode(codec::tag::JOURNAL, &raw).map_err(corrupt)?;
        let batch = batch_size();
        let mut undone = 0;
        loop {
            let notes = meta_tree
                .scan_prefix(RECORD)
                .take(batch)
                .collect::<std::result::Result<Vec<_>, _>>()?;
            if notes.is_empty() {
                break;
            }
            self.undo_notes(&notes)?;
            undone += 1;
            crash_for_tests("KUMBAN_TEST_ABORT_AFTER_UNDONE", undone);
        }
        let history = self.tree(Tree::History)?;
        loop {
            let keys = history
                .range(keys::id(journal.first_change)..)
                .keys()
                .take(batch)
                .collect::<std::result::Result<Vec<_>, _>>()?;
            if keys.is_empty() {
                break;
            }
            let mut gone = sled::Batch::default();
            for k in keys {
                gone.remove(k);
            }
            history.apply_batch(gone)?;
            self.flush()?;
        }
        let c = &journal.counters;
        on_meta(&meta_tree, |m| {
            for (kind, next) in &c.next_id {
                m.insert(meta::next_id(*kind), &next.to_be_bytes())?;
            }
            m.insert(meta::NEXT_TXN, &c.next_txn.to_be_bytes())?;
            m.insert(meta::NEXT_CHANGE, &c.next_change.to_be_bytes())?;
            m.remove(OPEN)?;
            Ok(())
        })?;
        self.flush()?;
        // The import's transaction number is free again (an opening read
        // the newest as the import's).
        self.inner
            .committed
            .store(c.next_txn.saturating_sub(1), Ordering::SeqCst);
        Ok(true)
    }

    /// Puts back the records of one batch of notes and removes the notes,
    /// in one transaction.
    fn undo_notes(&self, notes: &[(sled::IVec, sled::IVec)]) -> Result<()> {
        let mut steps = Vec::with_capacity(notes.len());
        let mut befores: Vec<&[u8]> = Vec::with_capacity(notes.len());
        for (k, v) in notes {
            let (kind, id) = parse_record_key(k)
                .ok_or_else(|| corrupt(format!("a malformed key of {} bytes", k.len())))?;
            let before = v
                .get(16..)
                .ok_or_else(|| corrupt(format!("a note of {} bytes", v.len())))?;
            let after: Option<AnyRecord> = if before.is_empty() {
                None
            } else {
                Some(decode_record(kind, id, before)?.1)
            };
            steps.push(Step {
                kind,
                id,
                before: self.get_any(kind, id)?,
                after,
            });
            befores.push(before);
        }
        let deltas = aggregate::deltas(self, &View::new(self, &steps), &steps)?;
        let month_deltas = super::monthly::deltas(&steps);
        let health = super::health_due::changes(self, &steps)?;
        let sled = self.sled()?;
        let result = sled.trees().transaction(|tx: &Vec<TransactionalTree>| {
            let t = |t: Tree| &tx[t as usize];
            add_totals(t(Tree::Aggregates), &deltas)?;
            super::monthly::apply(t(Tree::IncomeMonths), &month_deltas)?;
            health.apply(t(Tree::HealthDue))?;
            // Every old index entry goes before any is put back: two
            // records may trade a unique key.
            for s in &steps {
                if let Some(now) = &s.before {
                    for (tree, key, _) in index_entries(s.id, &now.record) {
                        t(tree).remove(key)?;
                    }
                }
            }
            for ((s, before), (note, _)) in steps.iter().zip(&befores).zip(notes) {
                if let Some(was) = &s.after {
                    for (tree, key, value) in index_entries(s.id, was) {
                        t(tree).insert(key, value)?;
                    }
                }
                let records = t(Tree::of_kind(s.kind));
                if before.is_empty() {
                    records.remove(&keys::id(s.id))?;
                } else {
                    records.insert(&keys::id(s.id), *before)?;
                }
                t(Tree::Meta).remove(note)?;
            }
            Ok(())
        });
        match result {
            Ok(()) => {}
            Err(TransactionError::Abort(reason)) => return Err(StoreError::Write(reason)),
            Err(TransactionError::Storage(e)) => return Err(e.into()),
        }
        sled.flush()
    }

    /// Removes the notes of a committed import.
    fn clear_notes(&self) -> Result<()> {
        let meta_tree = self.tree(Tree::Meta)?;
        loop {
            let keys = meta_tree
                .scan_prefix(RECORD)
                .keys()
                .take(batch_size())
                .collect::<std::result::Result<Vec<_>, _>>()?;
            if keys.is_empty() {
                return Ok(());
            }
            let mut gone = sled::Batch::default();
            for k in keys {
                gone.remove(k);
            }
            meta_tree.apply_batch(gone)?;
        }
    }
}
