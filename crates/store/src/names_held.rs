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

use super::Local;
use super::error::Result;
use super::health_due::same_product;
use super::record::Change;
use kumban_model::text::folded;
use kumban_model::*;
use std::collections::{BTreeSet, HashMap};

/// More changes than this since the names were kept: reading every
/// record again is about as quick as following them one by one.
const MOST_CHANGES: usize = 20_000;
/// Reads of every record tried while other sessions write before one is
/// made holding the write lock.
const READ_TRIES: usize = 3;

/// A name and how many records use it.
pub type NameUse = (String, u64);

/// The names as of one history entry.
#[derive(Default)]
pub(crate) struct HeldNames {
    /// The newest history entry followed: its number and when written.
    mark: Option<(u64, i64)>,
    /// By product as compared (`same_product`): each spelling and how
    /// many events use it.
    products: HashMap<String, HashMap<String, u64>>,
    /// Households by folded village and folded head's name.
    households: HashMap<(String, String), BTreeSet<u64>>,
    /// Each group and where it is listed: (household, place in its list).
    groups: HashMap<String, BTreeSet<(u64, usize)>>,
}

fn household_key(h: &Household) -> (String, String) {
    (folded(&h.village), folded(&h.head_name))
}

impl HeldNames {
    /// Every health event and household read once, at one moment: the
    /// history's newest entry is the same before and after the read, or
    /// the read is made again (at last holding the write lock), so no
    /// write is both read and followed.
    fn read(store: &Local) -> Result<HeldNames> {
        for _ in 0..READ_TRIES {
            let mark = newest(store)?;
            let held = HeldNames::read_at(store, mark)?;
            if newest(store)? == mark {
                return Ok(held);
            }
        }
        let _writes_wait = store.lock();
        let mark = newest(store)?;
        HeldNames::read_at(store, mark)
    }

    fn read_at(store: &Local, mark: Option<(u64, i64)>) -> Result<HeldNames> {
        let mut held = HeldNames {
            mark,
            ..HeldNames::default()
        };
        // Each spelling counted first, without folding it or allocating
        // for it again: a district's hundreds of thousands of events use
        // a few dozen names.
        let mut spellings: HashMap<String, u64> = HashMap::new();
        for e in store.all::<HealthEvent>() {
            let product = e?.record.product;
            match spellings.get_mut(product.as_str()) {
                Some(n) => *n += 1,
                None => {
                    spellings.insert(product, 1);
                }
            }
        }
        for (spelling, n) in spellings {
            *held
                .products
                .entry(same_product(&spelling))
                .or_default()
                .entry(spelling)
                .or_default() += n;
        }
        for h in store.all::<Household>() {
            let h = h?;
            held.count_household(h.id, &h.record);
        }
        Ok(held)
    }

    fn count_product(&mut self, product: &str) {
        *self
            .products
            .entry(same_product(product))
            .or_default()
            .entry(product.to_string())
            .or_default() += 1;
    }

    fn count_household(&mut self, id: u64, h: &Household) {
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

    /// Counts out what a record brought; false when it was never counted.
    fn uncount(&mut self, id: u64, record: &AnyRecord) -> bool {
        match record {
            AnyRecord::HealthEvent(e) => {
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
            AnyRecord::Household(h) => {
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
            _ => true,
        }
    }

    fn count(&mut self, id: u64, record: &AnyRecord) {
        match record {
            AnyRecord::HealthEvent(e) => self.count_product(&e.product),
            AnyRecord::Household(h) => self.count_household(id, h),
            _ => {}
        }
    }

    /// Follows `changes`, oldest first; false when one takes away what was
    /// never counted (the names must then be read again).
    fn follow(&mut self, changes: &[Change]) -> bool {
        for c in changes {
            self.mark = Some((c.seq, c.at));
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

    /// Brought up to date from the history, or read again.
    fn current(self, store: &Local) -> Result<HeldNames> {
        let changes = crate::changes_since(store.history(), self.mark, MOST_CHANGES)?;
        let mut held = self;
        match changes {
            Some(changes) if changes.is_empty() => Ok(held),
            // Names kept from an empty history were not necessarily kept
            // from an empty database (a backup restored writes records
            // with a history of its own).
            Some(_) if held.mark.is_none() => HeldNames::read(store),
            Some(changes) if held.follow(&changes) => Ok(held),
            _ => HeldNames::read(store),
        }
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

/// The newest history entry: its number and when it was written.
fn newest(store: &Local) -> Result<Option<(u64, i64)>> {
    match store.history().next() {
        Some(c) => {
            let c = c?;
            Ok(Some((c.seq, c.at)))
        }
        None => Ok(None),
    }
}

impl Local {
    /// Asks the names kept in memory, brought up to date first.
    fn with_names<T>(&self, ask: impl FnOnce(&HeldNames) -> T) -> Result<T> {
        // A poisoned slot held names a panic left half counted: start again.
        let mut slot = self.inner.names.lock().unwrap_or_else(|e| e.into_inner());
        let held = match slot.take() {
            Some(held) => held.current(self)?,
            None => HeldNames::read(self)?,
        };
        let answer = ask(&held);
        *slot = Some(held);
        Ok(answer)
    }

    /// Every disease or product name the health events use, with how many
    /// events use it, most used first. Names that differ only in case and
    /// outer spaces are one, spelled as most of its events spell it.
    pub fn products_in_use(&self) -> Result<Vec<NameUse>> {
        self.with_names(HeldNames::products_in_use)
    }

    /// Every production group the households list, with how many
    /// households list it, in the order of first use (by household id,
    /// then place in its list).
    pub fn groups_in_use(&self) -> Result<Vec<NameUse>> {
        self.with_names(HeldNames::groups_in_use)
    }

    /// The ids of the households of `village` whose head is named `head`,
    /// case and spaces aside (`text::folded`), lowest first.
    pub fn households_named(&self, village: &str, head: &str) -> Result<Vec<u64>> {
        self.with_names(|held| held.households_named(village, head))
    }

    /// The products and groups in use from every record read now, without
    /// the memo: what the kept answers must equal (tests).
    pub fn names_counted(&self) -> Result<(Vec<NameUse>, Vec<NameUse>)> {
        let held = HeldNames::read_at(self, None)?;
        Ok((held.products_in_use(), held.groups_in_use()))
    }
}
