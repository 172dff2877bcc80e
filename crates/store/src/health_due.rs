//! The dashboard's health figures without a scan of every event: a tree
//! (`Tree::HealthDue`, schema 4) kept by every write, in which each animal
//! holds a few keys derived from its health events and its status.
//!
//! - `v | vaccination date | animal`: each day an animal still active was
//!   vaccinated (a day with two vaccinations is one key);
//! - `d | next due | animal | event`: for each product of an active
//!   animal, the latest of its events of that product that has a next due
//!   date (latest by date, then id): the due date that is still in force;
//! - `t | date | event`: every treatment, whatever became of the animal.
//!
//! So "vaccinated in 12 months", "due in 30 days" and "treatments in 30
//! days" are key counts over a date range. A write recomputes the keys of
//! the animals it touches, before and after, and applies the difference in
//! its transaction; `check` recomputes them all and compares.

use super::error::Result;
use super::schema::Tree;
use super::write::Step;
use super::{Local, keys};
use kumban_model::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

pub(crate) const VACCINATED: u8 = b'v';
pub(crate) const DUE: u8 = b'd';
pub(crate) const TREATED: u8 = b't';

/// Days counted back from today, today included, for "in the 12 months".
pub const VACCINATED_WINDOW_DAYS: u64 = 365;
/// Days counted back from today, today included, for "treatments in 30 days".
pub const TREATED_WINDOW_DAYS: u64 = 30;
/// Days ahead of today, today included, for "due in 30 days".
pub const DUE_WINDOW_DAYS: u64 = 30;

/// The health figures of the dashboard and `status --json`, defined in
/// docs/status-json.md.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthFigures {
    pub vaccinated_12_months: u64,
    pub due_30_days: u64,
    pub treatments_30_days: u64,
    /// Due dates (animal and product) up to today + 30, overdue included:
    /// how many in all, and the soonest first, at most the limit asked.
    pub due_rows: u64,
    pub due_listed: Vec<DueRow>,
}

/// One due vaccination or treatment: the event whose next due date it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueRow {
    pub due: Date,
    pub animal: AnimalId,
    pub event: HealthEventId,
}

/// A product's name as compared: "FMD " and "fmd" are one product.
pub(crate) fn same_product(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The keys an animal holds, from whether it is active and its events.
fn keys_for<'e>(
    animal: u64,
    active: bool,
    events: impl IntoIterator<Item = (u64, &'e HealthEvent)>,
) -> BTreeSet<Vec<u8>> {
    let mut out = BTreeSet::new();
    // product → (date, id, due) of the latest event with a due date.
    let mut latest: BTreeMap<String, (Date, u64, Date)> = BTreeMap::new();
    for (id, e) in events {
        if e.kind == HealthKind::Treatment {
            out.insert(keys::join(&[
                &[TREATED],
                &keys::date(e.date),
                &keys::id(id),
            ]));
        }
        if !active {
            continue;
        }
        if e.kind == HealthKind::Vaccination {
            out.insert(keys::join(&[
                &[VACCINATED],
                &keys::date(e.date),
                &keys::id(animal),
            ]));
        }
        if let Some(due) = e.next_due {
            let slot = latest
                .entry(same_product(&e.product))
                .or_insert((e.date, id, due));
            if (e.date, id) > (slot.0, slot.1) {
                *slot = (e.date, id, due);
            }
        }
    }
    for (_, (_, id, due)) in latest {
        out.insert(keys::join(&[
            &[DUE],
            &keys::date(due),
            &keys::id(animal),
            &keys::id(id),
        ]));
    }
    out
}

/// The keys `animal` calls for now, from its record and its events.
pub(crate) fn animal_keys(store: &Local, animal: u64) -> Result<BTreeSet<Vec<u8>>> {
    let (active, events) = stored(store, animal)?;
    Ok(keys_for(
        animal,
        active,
        events.iter().map(|(id, e)| (*id, e)),
    ))
}

/// An animal as stored: whether it is active, and its events.
fn stored(store: &Local, animal: u64) -> Result<(bool, Vec<(u64, HealthEvent)>)> {
    let active = store
        .get::<Animal>(AnimalId(animal))?
        .is_some_and(|a| a.record.is_active());
    let mut events = Vec::new();
    for id in store.ids_with_prefix(Tree::HealthByAnimal, &keys::id(animal))? {
        if let Some(e) = store.get::<HealthEvent>(HealthEventId(id))? {
            events.push((id, e.record));
        }
    }
    Ok((active, events))
}

/// The animals whose keys `steps` may change: those of the health events
/// written and the animals written themselves (a death drops its keys).
fn touched(steps: &[Step]) -> BTreeSet<u64> {
    let mut animals = BTreeSet::new();
    for s in steps {
        if s.kind == RecordKind::Animal {
            animals.insert(s.id);
        }
        let records = s.before.iter().map(|b| &b.record).chain(s.after.iter());
        for r in records {
            if let AnyRecord::HealthEvent(e) = r {
                animals.insert(e.animal.0);
            }
        }
    }
    animals
}

/// What `steps` change in the tree: keys to remove, keys to insert.
#[derive(Debug, Default)]
pub(crate) struct Changes {
    pub remove: Vec<Vec<u8>>,
    pub insert: Vec<Vec<u8>>,
}

impl Changes {
    /// Applies the changes inside the write's transaction.
    pub(crate) fn apply(
        &self,
        tree: &sled::transaction::TransactionalTree,
    ) -> std::result::Result<(), sled::transaction::ConflictableTransactionError<String>> {
        for k in &self.remove {
            tree.remove(k.as_slice())?;
        }
        for k in &self.insert {
            tree.insert(k.as_slice(), &[] as &[u8])?;
        }
        Ok(())
    }
}

pub(crate) fn changes(store: &Local, steps: &[Step]) -> Result<Changes> {
    let animals = touched(steps);
    let mut out = Changes::default();
    if animals.is_empty() {
        return Ok(out);
    }
    // Each stored event is read once; the steps say what changes.
    let mut written: HashSet<u64> = HashSet::new();
    let mut new_of: HashMap<u64, Vec<(u64, &HealthEvent)>> = HashMap::new();
    let mut animal_after: HashMap<u64, bool> = HashMap::new();
    for s in steps {
        match (s.kind, &s.after) {
            (RecordKind::HealthEvent, after) => {
                written.insert(s.id);
                if let Some(AnyRecord::HealthEvent(e)) = after {
                    new_of.entry(e.animal.0).or_default().push((s.id, e));
                }
            }
            (RecordKind::Animal, Some(AnyRecord::Animal(a))) => {
                animal_after.insert(s.id, a.is_active());
            }
            (RecordKind::Animal, _) => {
                animal_after.insert(s.id, false);
            }
            _ => {}
        }
    }
    for a in animals {
        let (active, events) = stored(store, a)?;
        let was = keys_for(a, active, events.iter().map(|(id, e)| (*id, e)));
        let kept = events
            .iter()
            .filter(|(id, _)| !written.contains(id))
            .map(|(id, e)| (*id, e));
        let added = new_of.get(&a).into_iter().flatten().copied();
        let now = keys_for(
            a,
            animal_after.get(&a).copied().unwrap_or(active),
            kept.chain(added),
        );
        out.remove.extend(was.difference(&now).cloned());
        out.insert.extend(now.difference(&was).cloned());
    }
    Ok(out)
}

/// Every key the records call for, animal by animal (through the index
/// by animal, so memory holds the keys, not the events).
fn recount(store: &Local) -> Result<BTreeSet<Vec<u8>>> {
    let mut out = BTreeSet::new();
    let mut animals: BTreeSet<u64> = BTreeSet::new();
    for item in store.tree(Tree::HealthByAnimal)?.iter().keys() {
        if let Some(a) = keys::decode_id(&item?) {
            animals.insert(a);
        }
    }
    for a in animals {
        let (active, events) = stored(store, a)?;
        out.append(&mut keys_for(
            a,
            active,
            events.iter().map(|(id, e)| (*id, e)),
        ));
    }
    Ok(out)
}

/// Clears the tree and writes it again from the records: the migration to
/// schema 4 and a rebuild. Safe to run again.
pub(crate) fn rewrite(store: &Local) -> Result<()> {
    let wanted = recount(store)?;
    // The figures kept in memory were read from the tree being replaced.
    store.forget_health_figures();
    let tree = store.tree(Tree::HealthDue)?;
    tree.clear()?;
    let mut batch = sled::Batch::default();
    for k in wanted {
        batch.insert(k, Vec::<u8>::new());
    }
    tree.apply_batch(batch)?;
    Ok(())
}

/// `check`: each key missing from the tree or kept without a reason.
pub(crate) fn mismatches(store: &Local) -> Result<Vec<(String, String)>> {
    let wanted = recount(store)?;
    let mut kept = BTreeSet::new();
    for k in store.tree(Tree::HealthDue)?.iter().keys() {
        kept.insert(k?.to_vec());
    }
    let missing = wanted.difference(&kept).count();
    let extra = kept.difference(&wanted).count();
    if missing == 0 && extra == 0 {
        return Ok(Vec::new());
    }
    Ok(vec![(
        "health due tree".into(),
        format!(
            "{missing} entries missing and {extra} not called for by the health events; `kumban rebuild` writes it again"
        ),
    )])
}

/// The first and last key of a family between two dates, inclusive.
pub(crate) fn span(family: u8, from: Option<Date>, to: Date) -> (Vec<u8>, Vec<u8>) {
    let lo = match from {
        Some(d) => keys::join(&[&[family], &keys::date(d)]),
        None => vec![family],
    };
    let hi = keys::join(&[&[family], &keys::date(to), &[0xff; 16]]);
    (lo, hi)
}

impl Local {
    /// The health figures as of `today`, and at most `limit` due rows,
    /// counted over the tree's ranges (some 75 ms at district size): what
    /// the figures kept in memory (`health_held`) are tested against.
    pub fn health_figures_counted(&self, today: Date, limit: u32) -> Result<HealthFigures> {
        let tree = self.tree(Tree::HealthDue)?;
        let mut f = HealthFigures::default();

        let from = today.minus_days(VACCINATED_WINDOW_DAYS - 1);
        let (lo, hi) = span(VACCINATED, from, today);
        let mut animals = HashSet::new();
        for k in tree.range(lo..=hi).keys() {
            animals.extend(keys::trailing_id(&k?));
        }
        f.vaccinated_12_months = animals.len() as u64;

        let until = today.plus_days(DUE_WINDOW_DAYS).unwrap_or(today);
        let (lo, hi) = span(DUE, None, until);
        let mut animals = HashSet::new();
        for k in tree.range(lo..=hi).keys() {
            let k = k?;
            // d | date (4) | animal (8) | event (8)
            let (Some(animal), Some(event), Some(day)) = (
                k.get(5..13).and_then(keys::decode_id),
                keys::trailing_id(&k),
                k.get(1..5).and_then(decode_date),
            ) else {
                continue;
            };
            animals.insert(animal);
            f.due_rows += 1;
            if f.due_listed.len() < limit as usize {
                f.due_listed.push(DueRow {
                    due: day,
                    animal: AnimalId(animal),
                    event: HealthEventId(event),
                });
            }
        }
        f.due_30_days = animals.len() as u64;

        let from = today.minus_days(TREATED_WINDOW_DAYS - 1);
        let (lo, hi) = span(TREATED, from, today);
        f.treatments_30_days = tree.range(lo..=hi).keys().count() as u64;
        Ok(f)
    }
}

/// The inverse of `keys::date`.
pub(crate) fn decode_date(bytes: &[u8]) -> Option<Date> {
    let raw = u32::from_be_bytes(bytes.try_into().ok()?) ^ 0x8000_0000;
    Date::from_day_number(raw as i32)
}
