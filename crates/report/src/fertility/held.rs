//! The project's fertility for the dashboard without reading every
//! breeding record, animal and household each time the clerk enters it
//! (issue 15: some 136 ms at district size). Each cow's measures are kept
//! in the store's memo slot as of one history entry, and brought up to
//! date from the entries written since: a write touches a few cows, so
//! only their breeding records are read again.
//!
//! The history is the proof: if the entry the figures were worked out at
//! is gone or is another one (an import undone reuses its numbers), or if
//! too much was written since, everything is read again.

use super::{Entry, Fertility};
use kumban_model::fertility::CowFertility;
use kumban_model::{AnimalId, AnyRecord, Date, HouseholdId, Pregnancy, RecordKind, Sex};
use kumban_store::{Change, Store, StoreError};
use std::collections::{BTreeSet, HashMap};

/// More changes than this since the figures were kept: reading every
/// record is about as quick as following them one by one.
const MOST_CHANGES: usize = 20_000;

/// One female animal as kept: what her measures need besides `today`.
struct HeldCow {
    measures: CowFertility,
    household: HouseholdId,
    active: bool,
    born_on: Date,
}

/// Every cow's measures and every household's village, as of `mark`.
pub(super) struct Held {
    /// The newest history entry seen: its number and when it was written.
    mark: Option<(u64, i64)>,
    cows: HashMap<u64, HeldCow>,
    villages: HashMap<u64, String>,
    /// The last figures worked out, for `today`, at `mark`.
    last: Option<(Date, Fertility)>,
}

impl Held {
    /// Every record read once.
    fn read(store: &Store) -> Result<Held, StoreError> {
        // The mark first: a write landing while the records are read is
        // then followed again next time, never missed.
        let mark = newest(store)?;
        let mut histories: HashMap<u64, Vec<Pregnancy>> = HashMap::new();
        for p in store.all::<Pregnancy>() {
            let p = p?;
            histories.entry(p.record.cow.0).or_default().push(p.record);
        }
        let mut villages = HashMap::new();
        for h in store.all::<kumban_model::Household>() {
            let h = h?;
            villages.insert(h.id, h.record.village);
        }
        let mut cows = HashMap::new();
        for a in store.all::<kumban_model::Animal>() {
            let a = a?;
            if a.record.sex != Sex::Female {
                continue;
            }
            let history = histories.remove(&a.id).unwrap_or_default();
            cows.insert(a.id, held_cow(&a.record, CowFertility::of(&history)));
        }
        Ok(Held {
            mark,
            cows,
            villages,
            last: None,
        })
    }

    /// The changes written since `mark`, oldest first, or `None` when the
    /// figures cannot be brought up to date from them.
    fn since(&self, store: &Store) -> Result<Option<Vec<Change>>, StoreError> {
        kumban_store::changes_since(store.history(), self.mark, MOST_CHANGES)
    }

    /// Follows `changes`: households and animals from the records in
    /// them, cows whose breeding records changed read again.
    fn follow(&mut self, store: &Store, changes: &[Change]) -> Result<(), StoreError> {
        let mut again = BTreeSet::new();
        for c in changes {
            self.mark = Some((c.seq, c.at));
            match &c.after {
                Some(AnyRecord::Household(h)) => {
                    self.villages.insert(c.id, h.village.clone());
                }
                Some(AnyRecord::Animal(a)) if a.sex == Sex::Female => {
                    let measures = self
                        .cows
                        .remove(&c.id)
                        .map(|kept| kept.measures)
                        .unwrap_or_default();
                    self.cows.insert(c.id, held_cow(a, measures));
                    again.insert(c.id);
                }
                Some(AnyRecord::Animal(_)) => {
                    self.cows.remove(&c.id);
                }
                None if c.kind == kumban_model::RecordKind::Household => {
                    self.villages.remove(&c.id);
                }
                None if c.kind == kumban_model::RecordKind::Animal => {
                    self.cows.remove(&c.id);
                }
                _ => {}
            }
            for r in c.before.iter().chain(c.after.iter()) {
                if let AnyRecord::Pregnancy(p) = r {
                    again.insert(p.cow.0);
                }
            }
        }
        for id in again {
            if let Some(kept) = self.cows.get_mut(&id) {
                let history: Vec<Pregnancy> = store
                    .pregnancies_of(AnimalId(id))?
                    .into_iter()
                    .map(|p| p.record)
                    .collect();
                kept.measures = CowFertility::of(&history);
            }
        }
        Ok(())
    }

    fn figures(&self, today: Date) -> Fertility {
        let cows: Vec<Entry<'_>> = self
            .cows
            .values()
            .map(|c| Entry {
                measures: &c.measures,
                household: c.household,
                breeding_age: c.active
                    && kumban_model::fertility::of_breeding_age(c.born_on, today),
            })
            .collect();
        super::summarise_cows(&cows, &self.villages, today)
    }
}

fn held_cow(a: &kumban_model::Animal, measures: CowFertility) -> HeldCow {
    HeldCow {
        measures,
        household: a.household,
        active: a.is_active(),
        born_on: a.born_on,
    }
}

/// The newest history entry: its number and when it was written.
fn newest(store: &Store) -> Result<Option<(u64, i64)>, StoreError> {
    match store.history().next() {
        Some(c) => {
            let c = c?;
            Ok(Some((c.seq, c.at)))
        }
        None => Ok(None),
    }
}

/// The project's fertility through the store's memo slot; `None` when the
/// store has none (a client of an owner works it out in full).
pub(super) fn compute(store: &Store, today: Date) -> Result<Option<Fertility>, StoreError> {
    let Some(local) = store.local() else {
        return Ok(None);
    };
    // A poisoned slot held figures a panic left half done: start again.
    let mut slot = local.memo().lock().unwrap_or_else(|e| e.into_inner());
    let mut held = match slot.take().map(|b| b.downcast::<Held>()) {
        Some(Ok(held)) => *held,
        _ => Held::read(store)?,
    };
    match held.since(store)? {
        Some(changes) if changes.is_empty() => {}
        Some(changes) => {
            // Only households, animals and breeding records move the
            // figures: after an income log or a health event the last ones
            // stand (summing every cow again took some 25 ms at district
            // size, on each entry to the dashboard after any save).
            if changes.iter().any(|c| {
                matches!(
                    c.kind,
                    RecordKind::Household | RecordKind::Animal | RecordKind::Pregnancy
                )
            }) {
                held.last = None;
            }
            held.follow(store, &changes)?;
        }
        None => held = Held::read(store)?,
    }
    let figures = match &held.last {
        Some((day, f)) if *day == today => f.clone(),
        _ => {
            let f = held.figures(today);
            held.last = Some((today, f.clone()));
            f
        }
    };
    *slot = Some(Box::new(held));
    Ok(Some(figures))
}
