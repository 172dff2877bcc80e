//! The names in use, kept in memory for the forms (issue 15): the disease
//! or product names of the health events with how often each is used, the
//! production groups of the households, and the households by village
//! and head's name. A form asked these of every record when it opened or
//! saved: 454,167 health events and 20,000 households at district size.
//!
//! Built on first use and brought up to date from the history entries
//! written since, as the health figures are (`health_held`): each entry
//! says what its record was before and after, so the names it took away
//! and brought are counted out and in. If the entry the names were kept
//! at is gone or is another one (an import undone reuses its numbers),
//! if too much was written since, or if an entry takes away a name that
//! was never counted, everything is read again.
//!
//! The households are read at once (some 50 ms at district size, once).
//! Reading every health event took 1.2 to 2.3 s there, too long for the
//! key that opens a form: while they are read behind, in pages, the names
//! of the first `FIRST_EVENTS` events answer, as the forms had before.

use super::error::Result;
use super::health_due::same_product;
use super::record::Change;
use super::since::newest;
use super::{Inner, Local};
use kumban_model::text::folded;
use kumban_model::*;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Weak};

/// More changes than this since the names were kept: reading every
/// record again is about as quick as following them one by one.
const MOST_CHANGES: usize = 20_000;
/// Reads of every record tried while other sessions write before one is
/// made holding the write lock (or, behind, given up until asked again).
const READ_TRIES: usize = 3;
/// The events whose names answer while every event is read behind.
pub const FIRST_EVENTS: usize = 5_000;

/// A name and how many records use it.
pub type NameUse = (String, u64);

/// The slot in the store: what is kept, and whether the events are being
/// read behind.
#[derive(Default)]
pub(crate) struct HeldNames {
    households: Option<HeldHouseholds>,
    products: Option<HeldProducts>,
    reading_events: bool,
}

/// The names of the households as of one history entry.
#[derive(Default)]
struct HeldHouseholds {
    mark: Option<(u64, i64)>,
    /// Households by folded village and folded head's name.
    households: HashMap<(String, String), BTreeSet<u64>>,
    /// Each group and where it is listed: (household, place in its list).
    groups: HashMap<String, BTreeSet<(u64, usize)>>,
}

/// The names of the health events as of one history entry.
#[derive(Default)]
struct HeldProducts {
    mark: Option<(u64, i64)>,
    /// By product as compared (`same_product`): each spelling and how
    /// many events use it.
    products: HashMap<String, HashMap<String, u64>>,
}

/// What is kept from one kind of record, counted in and out.
trait Kept: Sized {
    fn mark(&mut self) -> &mut Option<(u64, i64)>;
    fn count(&mut self, id: u64, record: &AnyRecord);
    /// Counts out what a record brought; false when it was never counted.
    fn uncount(&mut self, id: u64, record: &AnyRecord) -> bool;

    /// Follows `changes`, oldest first; false when one takes away what
    /// was never counted (the names must then be read again).
    fn follow(&mut self, changes: &[Change]) -> bool {
        for c in changes {
            *self.mark() = Some((c.seq, c.at));
            if let Some(before) = &c.before
                && !self.uncount(c.id, before)
            {
                return false;
            }
            if let Some(after) = &c.after {
                self.count(c.id, after);
            }
        }
        true
    }

    /// Brought up to date from the history; `None` when it must be read
    /// again.
    fn current(mut self, store: &Local) -> Result<Option<Self>> {
        let mark = *self.mark();
        match crate::changes_since(store.history(), mark, MOST_CHANGES)? {
            Some(changes) if changes.is_empty() => Ok(Some(self)),
            // Names kept from an empty history were not necessarily kept
            // from an empty database (a backup restored writes records
            // with a history of its own).
            Some(_) if mark.is_none() => Ok(None),
            Some(changes) if self.follow(&changes) => Ok(Some(self)),
            _ => Ok(None),
        }
    }
}

fn household_key(h: &Household) -> (String, String) {
    (folded(&h.village), folded(&h.head_name))
}

impl Kept for HeldHouseholds {
    fn mark(&mut self) -> &mut Option<(u64, i64)> {
        &mut self.mark
    }

    fn count(&mut self, id: u64, record: &AnyRecord) {
        let AnyRecord::Household(h) = record else {
            return;
        };
        self.households
            .entry(household_key(h))
            .or_default()
            .insert(id);
        for (place, g) in h.groups.iter().enumerate() {
            self.groups
                .entry(g.as_str().to_string())
                .or_default()
                .insert((id, place));
        }
    }

    fn uncount(&mut self, id: u64, record: &AnyRecord) -> bool {
        let AnyRecord::Household(h) = record else {
            return true;
        };
        let key = household_key(h);
        let Some(ids) = self.households.get_mut(&key) else {
            return false;
        };
        if !ids.remove(&id) {
            return false;
        }
        if ids.is_empty() {
            self.households.remove(&key);
        }
        for (place, g) in h.groups.iter().enumerate() {
            let Some(uses) = self.groups.get_mut(g.as_str()) else {
                return false;
            };
            if !uses.remove(&(id, place)) {
                return false;
            }
            if uses.is_empty() {
                self.groups.remove(g.as_str());
            }
        }
        true
    }
}

impl HeldHouseholds {
    fn read(store: &Local) -> Result<HeldHouseholds> {
        let mut held = HeldHouseholds::default();
        for h in store.all::<Household>() {
            let h = h?;
            held.count(h.id, &AnyRecord::Household(h.record));
        }
        Ok(held)
    }

    fn groups_in_use(&self) -> Vec<NameUse> {
        let mut out: Vec<((u64, usize), NameUse)> = self
            .groups
            .iter()
            // A household lists a group once (the model refuses it
            // twice), so each use is another household.
            .filter_map(|(name, uses)| Some((*uses.first()?, (name.clone(), uses.len() as u64))))
            .collect();
        out.sort();
        out.into_iter().map(|(_, n)| n).collect()
    }

    fn households_named(&self, village: &str, head: &str) -> Vec<u64> {
        self.households
            .get(&(folded(village), folded(head)))
            .map(|ids| ids.iter().copied().collect())
            .unwrap_or_default()
    }
}

impl Kept for HeldProducts {
    fn mark(&mut self) -> &mut Option<(u64, i64)> {
        &mut self.mark
    }

    fn count(&mut self, _: u64, record: &AnyRecord) {
        if let AnyRecord::HealthEvent(e) = record {
            self.add(e.product.clone(), 1);
        }
    }

    fn uncount(&mut self, _: u64, record: &AnyRecord) -> bool {
        let AnyRecord::HealthEvent(e) = record else {
            return true;
        };
        let key = same_product(&e.product);
        let Some(spellings) = self.products.get_mut(&key) else {
            return false;
        };
        let Some(n) = spellings.get_mut(&e.product) else {
            return false;
        };
        *n -= 1;
        if *n == 0 {
            spellings.remove(&e.product);
        }
        if spellings.is_empty() {
            self.products.remove(&key);
        }
        true
    }
}

/// Each spelling counted before it is folded: a district's hundreds of
/// thousands of events use a few dozen names.
#[derive(Default)]
struct Spellings(HashMap<String, u64>);

impl Spellings {
    fn add(&mut self, product: String) {
        match self.0.get_mut(product.as_str()) {
            Some(n) => *n += 1,
            None => {
                self.0.insert(product, 1);
            }
        }
    }

    fn held(self) -> HeldProducts {
        let mut held = HeldProducts::default();
        for (spelling, n) in self.0 {
            held.add(spelling, n);
        }
        held
    }
}

impl HeldProducts {
    fn add(&mut self, spelling: String, n: u64) {
        *self
            .products
            .entry(same_product(&spelling))
            .or_default()
            .entry(spelling)
            .or_default() += n;
    }

    /// The first `most` events; true with them when there are no more.
    fn read_first(store: &Local, most: usize) -> Result<(HeldProducts, bool)> {
        let mut spellings = Spellings::default();
        let mut read = 0;
        for e in store.all::<HealthEvent>().take(most + 1) {
            let e = e?;
            read += 1;
            if read <= most {
                spellings.add(e.record.product);
            }
        }
        Ok((spellings.held(), read <= most))
    }

    /// Every event read a page at a time, behind the forms, holding the
    /// database only while a page is read (so that closing it is never
    /// kept waiting); `None` when it was closed or written meanwhile.
    fn read_behind(store: &Weak<Inner>, user: &Arc<str>) -> Result<Option<HeldProducts>> {
        let open = || {
            store.upgrade().map(|inner| Local {
                inner,
                user: user.clone(),
            })
        };
        let Some(mark) = open().map(|s| newest(&s)).transpose()? else {
            return Ok(None);
        };
        let mut spellings = Spellings::default();
        let mut after: Option<Vec<u8>> = None;
        loop {
            let Some(local) = open() else {
                return Ok(None);
            };
            let (items, done) = local.page(RecordKind::HealthEvent, after.as_deref())?;
            drop(local);
            for (key, record) in items {
                if let AnyRecord::HealthEvent(e) = record?.record {
                    spellings.add(e.product);
                }
                after = Some(key);
            }
            if done {
                break;
            }
        }
        let Some(local) = open() else {
            return Ok(None);
        };
        if newest(&local)? != mark {
            return Ok(None);
        }
        let mut held = spellings.held();
        held.mark = mark;
        Ok(Some(held))
    }

    fn products_in_use(&self) -> Vec<NameUse> {
        let mut out: Vec<NameUse> = self
            .products
            .values()
            .filter_map(|spellings| {
                let total = spellings.values().sum();
                // The spelling used most stands for the product; of two
                // used as often, the first in order, so the answer is the
                // same on every reading.
                let (shown, _) = spellings
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))?;
                Some((shown.clone(), total))
            })
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }
}

/// `read` at one moment: the history's newest entry is the same before
/// and after it, or it is made again (at last holding the write lock), so
/// no write is both read and followed. With the mark it was read at.
fn stable<T: Kept>(store: &Local, mut read: impl FnMut(&Local) -> Result<T>) -> Result<T> {
    for _ in 0..READ_TRIES {
        let mark = newest(store)?;
        let mut held = read(store)?;
        if newest(store)? == mark {
            *held.mark() = mark;
            return Ok(held);
        }
    }
    let _writes_wait = store.lock();
    let mark = newest(store)?;
    let mut held = read(store)?;
    *held.mark() = mark;
    Ok(held)
}

impl Local {
    fn names_slot(&self) -> std::sync::MutexGuard<'_, HeldNames> {
        // A poisoned slot held names a panic left half counted: start again.
        self.inner.names.lock().unwrap_or_else(|e| {
            let mut slot = e.into_inner();
            *slot = HeldNames::default();
            slot
        })
    }

    /// Asks the households' names kept in memory, brought up to date or
    /// read first.
    fn with_households<T>(&self, ask: impl FnOnce(&HeldHouseholds) -> T) -> Result<T> {
        let mut slot = self.names_slot();
        let held = match slot.households.take() {
            Some(held) => held.current(self)?,
            None => None,
        };
        let held = match held {
            Some(held) => held,
            None => stable(self, HeldHouseholds::read)?,
        };
        let answer = ask(&held);
        slot.households = Some(held);
        Ok(answer)
    }

    /// Every disease or product name the health events use, with how many
    /// events use it, most used first. Names that differ only in case and
    /// outer spaces are one, spelled as most of its events spell it. While
    /// a large database's events are first read (behind, in a thread), the
    /// answer is that of its first `FIRST_EVENTS` events.
    pub fn products_in_use(&self) -> Result<Vec<NameUse>> {
        let mut slot = self.names_slot();
        if let Some(held) = slot.products.take()
            && let Some(held) = held.current(self)?
        {
            let answer = held.products_in_use();
            slot.products = Some(held);
            return Ok(answer);
        }
        let (first, all) = {
            let mut complete = false;
            let first = stable(self, |s| {
                let (held, all) = HeldProducts::read_first(s, FIRST_EVENTS)?;
                complete = all;
                Ok(held)
            })?;
            (first, complete)
        };
        let answer = first.products_in_use();
        if all {
            slot.products = Some(first);
        } else if !slot.reading_events {
            slot.reading_events = self.read_events_behind();
        }
        Ok(answer)
    }

    /// Starts reading every event in a thread, which keeps them when done;
    /// false when no thread could be started.
    fn read_events_behind(&self) -> bool {
        let store = Arc::downgrade(&self.inner);
        let user = self.user.clone();
        std::thread::Builder::new()
            .name("kumban-names".into())
            .spawn(move || {
                let read = HeldProducts::read_behind(&store, &user);
                let Some(inner) = store.upgrade() else {
                    return;
                };
                let local = Local { inner, user };
                let mut slot = local.names_slot();
                slot.reading_events = false;
                // Read again on the next question if this read failed or
                // was overtaken by a write.
                if let (Ok(Some(held)), None) = (read, &slot.products) {
                    slot.products = Some(held);
                }
            })
            .is_ok()
    }

    /// Every production group the households list, with how many
    /// households list it, in the order of first use (by household id,
    /// then place in its list).
    pub fn groups_in_use(&self) -> Result<Vec<NameUse>> {
        self.with_households(HeldHouseholds::groups_in_use)
    }

    /// The ids of the households of `village` whose head is named `head`,
    /// case and spaces aside (`text::folded`), lowest first.
    pub fn households_named(&self, village: &str, head: &str) -> Result<Vec<u64>> {
        self.with_households(|held| held.households_named(village, head))
    }

    /// True when every health event's names are kept (the read behind is
    /// done): for benches and tests that time the kept answers.
    pub fn products_kept(&self) -> bool {
        self.names_slot().products.is_some()
    }

    /// The products and groups in use from every record read now, without
    /// the memo: what the kept answers must equal (tests).
    pub fn names_counted(&self) -> Result<(Vec<NameUse>, Vec<NameUse>)> {
        let (products, _) = HeldProducts::read_first(self, usize::MAX - 1)?;
        let households = HeldHouseholds::read(self)?;
        Ok((products.products_in_use(), households.groups_in_use()))
    }
}
