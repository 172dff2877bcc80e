//! Filling a new, blank database from a stream of records and history
//! (a backup being restored, or a database being compacted), in bounded
//! memory: a few thousand entries per batch, flushed, then verified as a
//! whole before anyone may use it. The folder it is built in is a staging
//! folder (see `staging`): until it is swapped into place nothing else
//! reads it, so a batch need not be a transaction of its own.

use super::envelope::{encode_change, encode_record};
use super::error::{Result, StoreError};
use super::keys;
use super::raw::Counters;
use super::record::{Change, Stored};
use super::schema::{Tree, index_entries, meta};
use super::{Local, Store};
use kumban_model::{AnyRecord, RecordKind};
use sha2::Digest;
use std::collections::BTreeMap;

/// Entries (records or history) written per batch: large enough that the
/// flushes cost little, small enough that a batch is a few MB.
pub const BATCH: usize = 4096;

/// A database being filled. `finish` verifies it and writes the totals
/// and counters; until then it is not a sound database.
pub struct Rebuild {
    store: Local,
    pending: Vec<(Tree, Vec<u8>, Vec<u8>)>,
    pending_items: usize,
    /// What was handed in, per tree: entries and an order-independent
    /// checksum, compared with what reads back from the disk.
    written: BTreeMap<Tree, Tally>,
    max_id: BTreeMap<RecordKind, u64>,
    max_seq: u64,
    max_txn: u64,
    items: u64,
}

/// A count and a sum of digests: equal for the same set of entries in
/// any order, and (all but surely) different for any other set.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    entries: u64,
    sum: u128,
}

impl Tally {
    fn add(&mut self, key: &[u8], value: &[u8]) {
        let mut h = sha2::Sha256::new();
        h.update((key.len() as u64).to_be_bytes());
        h.update(key);
        h.update(value);
        let d = h.finalize();
        let mut first = [0u8; 16];
        first.copy_from_slice(&d[..16]);
        self.entries += 1;
        self.sum = self.sum.wrapping_add(u128::from_be_bytes(first));
    }
}

/// What `finish` found and wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    pub records: u64,
    pub history: u64,
}

impl Store {
    /// Starts filling this database, which must be held by this process
    /// and blank. Give it the only handle: `finish` closes the database and
    /// opens it again, to verify it in the memory of a fresh opening.
    pub fn rebuild(self) -> Result<Rebuild> {
        let Some(local) = self.local() else {
            return Err(StoreError::Write(
                "a database can only be rebuilt by the process that holds it".into(),
            ));
        };
        if !local.is_blank()? {
            return Err(StoreError::NotBlank {
                path: local.path().to_path_buf(),
            });
        }
        Ok(Rebuild {
            store: local.clone(),
            pending: Vec::new(),
            pending_items: 0,
            written: BTreeMap::new(),
            max_id: BTreeMap::new(),
            max_seq: 0,
            max_txn: 0,
            items: 0,
        })
    }
}

impl Rebuild {
    /// Entries handed in so far.
    pub fn items(&self) -> u64 {
        self.items
    }

    /// Bytes the folder takes on disk now.
    pub fn size_on_disk(&self) -> u64 {
        self.store.size_on_disk()
    }

    pub fn add_record(&mut self, s: &Stored<AnyRecord>) -> Result<()> {
        let kind = s.record.kind();
        if s.id == 0 {
            return Err(corrupt(format!("{} 0", kind.noun()), "an id is never 0"));
        }
        let m = self.max_id.entry(kind).or_default();
        *m = (*m).max(s.id);
        let t = Tree::of_kind(kind);
        let value = encode_record(&s.audit, &s.record)?;
        self.put(t, keys::id(s.id).to_vec(), value);
        for (t, k, v) in index_entries(s.id, &s.record) {
            self.pending.push((t, k, v));
        }
        self.item_done()
    }

    pub fn add_change(&mut self, c: &Change) -> Result<()> {
        if c.seq == 0 {
            return Err(corrupt(
                "history entry 0".into(),
                "a history number is never 0",
            ));
        }
        self.max_seq = self.max_seq.max(c.seq);
        self.max_txn = self.max_txn.max(c.txn);
        let value = encode_change(c)?;
        self.put(Tree::History, keys::id(c.seq).to_vec(), value);
        self.item_done()
    }

    /// The officer's review of a village's month: a restore keeps what
    /// was approved locked. A month given twice reads back as one entry
    /// fewer than handed in, and `finish` refuses the lot.
    pub fn add_review(&mut self, r: &kumban_model::Review) -> Result<()> {
        let key = super::review::key(&r.village, r.period);
        let value = super::review::encode(r)?;
        self.put(Tree::Review, key, value);
        self.item_done()
    }

    fn put(&mut self, t: Tree, key: Vec<u8>, value: Vec<u8>) {
        self.written.entry(t).or_default().add(&key, &value);
        self.pending.push((t, key, value));
    }

    fn item_done(&mut self) -> Result<()> {
        self.items += 1;
        self.pending_items += 1;
        if self.pending_items >= BATCH {
            self.write_batch()?;
        }
        Ok(())
    }

    /// Writes what is pending and flushes it. One insert at a time, not
    /// a sled batch: sled keeps every page version a batch replaces until
    /// the batch ends, which at 4,096 records took 1.2 GB (measured); the
    /// staging folder is thrown away whole if anything fails, so nothing
    /// needs the batch's atomicity.
    fn write_batch(&mut self) -> Result<()> {
        let sled = self.store.sled()?;
        for (t, k, v) in self.pending.drain(..) {
            sled.trees[t as usize].insert(k, v)?;
        }
        sled.flush()?;
        self.pending_items = 0;
        Ok(())
    }

    /// Writes the rest, checks that every entry reads back as written (a
    /// repeated id or number shows as a missing entry), that the counters
    /// are above every id and number used, then writes the running totals
    /// and the counters and runs `check` over the whole database. Any
    /// problem refuses the lot: the caller throws the folder away.
    pub fn finish(mut self, counters: &Counters) -> Result<Built> {
        self.write_batch()?;
        // What sled holds from writing (a few hundred MB at district size)
        // is let go: the checks below read in the memory of a fresh start.
        let (path, user) = (
            self.store.path().to_path_buf(),
            self.store.user().to_string(),
        );
        let written = std::mem::take(&mut self.written);
        let (max_id, max_seq, max_txn) =
            (std::mem::take(&mut self.max_id), self.max_seq, self.max_txn);
        drop(self);
        let store = super::open::open_waiting(&path, &user, std::time::Duration::from_secs(5))?;
        read_back(&store, &written)?;
        counters_above(counters, &max_id, max_seq, max_txn)?;
        let totals = match super::aggregate::recount(&store) {
            Ok(t) => t,
            Err(StoreError::Corrupt { place, reason }) => {
                return Err(unsound(&[format!("{place}: {reason}")]));
            }
            Err(e) => return Err(e),
        };
        let sled = store.sled()?;
        let mut agg = sled::Batch::default();
        for (name, total) in totals {
            agg.insert(name.into_bytes(), total.to_be_bytes().to_vec());
        }
        sled.trees[Tree::Aggregates as usize].apply_batch(agg)?;
        super::monthly::rewrite(&store)?;
        super::health_due::rewrite(&store)?;
        let mut m = sled::Batch::default();
        for (kind, next) in &counters.next_id {
            m.insert(meta::next_id(*kind), next.to_be_bytes().to_vec());
        }
        m.insert(meta::NEXT_TXN, counters.next_txn.to_be_bytes().to_vec());
        m.insert(
            meta::NEXT_CHANGE,
            counters.next_change.to_be_bytes().to_vec(),
        );
        sled.trees[Tree::Meta as usize].apply_batch(m)?;
        sled.flush()?;
        let problems = store.check()?;
        if !problems.is_empty() {
            let shown: Vec<String> = problems
                .iter()
                .map(|p| format!("{}: {}", p.place, p.message))
                .collect();
            return Err(unsound(&shown));
        }
        let records = RecordKind::ALL
            .iter()
            .filter_map(|k| written.get(&Tree::of_kind(*k)))
            .map(|t| t.entries)
            .sum();
        let history = written.get(&Tree::History).map_or(0, |t| t.entries);
        Ok(Built { records, history })
    }
}

/// Counts and checksums of the records and history on disk against what
/// was handed in.
fn read_back(store: &Local, written: &BTreeMap<Tree, Tally>) -> Result<()> {
    let sled = store.sled()?;
    for (t, want) in written {
        let mut have = Tally::default();
        for item in sled.trees[*t as usize].iter() {
            let (k, v) = item?;
            have.add(&k, &v);
        }
        if have.entries != want.entries {
            let what = match RecordKind::ALL.iter().find(|k| Tree::of_kind(**k) == *t) {
                Some(k) => format!("{} records", k.noun()),
                None if *t == Tree::Review => "reviews of months".to_string(),
                None => "history".to_string(),
            };
            return Err(corrupt(
                what,
                &format!(
                    "{} were read but only {} are distinct: an id or number appears twice",
                    want.entries, have.entries
                ),
            ));
        }
        if have != *want {
            return Err(StoreError::Write(format!(
                "the copy in {} does not read back as it was written ({}); check the disk",
                store.path().display(),
                t.name()
            )));
        }
    }
    Ok(())
}

/// At most this many broken rules are named; the count says the rest.
const SHOWN_PROBLEMS: usize = 10;

pub(crate) fn unsound(broken: &[String]) -> StoreError {
    let mut reason = broken
        .iter()
        .take(SHOWN_PROBLEMS)
        .map(|p| kumban_model::text::escape_for_display(p).into_owned())
        .collect::<Vec<_>>()
        .join("; ");
    if broken.len() > SHOWN_PROBLEMS {
        reason.push_str(&format!("; … and {} more", broken.len() - SHOWN_PROBLEMS));
    }
    StoreError::Unrestorable {
        place: format!(
            "it breaks kumban's rules in {}, so it was altered after it was written",
            if broken.len() == 1 {
                "1 place".to_string()
            } else {
                format!("{} places", broken.len())
            }
        ),
        reason,
    }
}

/// Refuses counters that would hand out an id, change number or
/// transaction number already used by what was written.
pub(crate) fn counters_above(
    counters: &Counters,
    max_id: &BTreeMap<RecordKind, u64>,
    max_seq: u64,
    max_txn: u64,
) -> Result<()> {
    for (kind, max) in max_id {
        let next = counters.next_id.get(kind).copied().unwrap_or(1);
        if next <= *max {
            return Err(corrupt(
                format!("{} id counter", kind.noun()),
                &format!("next id {next} is not above the highest id {max}"),
            ));
        }
    }
    if counters.next_change <= max_seq || counters.next_txn <= max_txn {
        return Err(corrupt(
            "history counters".into(),
            "the next change or transaction number is already in use",
        ));
    }
    Ok(())
}

pub(crate) fn corrupt(place: String, reason: &str) -> StoreError {
    StoreError::Unrestorable {
        place,
        reason: reason.to_string(),
    }
}
