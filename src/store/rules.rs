//! The rules that involve more than one record: unique codes, references
//! that resolve, one pending pregnancy per cow, and deletes refused while
//! something points at the record. Checked under the write lock, before the
//! transaction, against the store as it will be after the steps.

use super::error::{Result, StoreError};
use super::review::Locks;
use super::schema::{Record, T, index_entries};
use super::write::Step;
use super::{Local, keys};
use crate::model::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The store seen through the steps about to be written.
pub(crate) struct View<'a> {
    store: &'a Local,
    pending: HashMap<(RecordKind, u64), Option<&'a AnyRecord>>,
    /// Index entries the pending records will have, by tree, for prefix
    /// scans; built once so a large batch checks in O(n log n).
    pending_index: HashMap<T, BTreeMap<Vec<u8>, u64>>,
}

impl<'a> View<'a> {
    pub(crate) fn new(store: &'a Local, steps: &'a [Step]) -> View<'a> {
        let mut pending_index: HashMap<T, BTreeMap<Vec<u8>, u64>> = HashMap::new();
        for s in steps {
            if let Some(after) = &s.after {
                for (t, key, _) in index_entries(s.id, after) {
                    pending_index.entry(t).or_default().insert(key, s.id);
                }
            }
        }
        View {
            store,
            pending: steps
                .iter()
                .map(|s| ((s.kind, s.id), s.after.as_ref()))
                .collect(),
            pending_index,
        }
    }

    /// A record as stored, before this transaction.
    pub(crate) fn stored<R: Record>(&self, id: u64) -> Result<Option<R>> {
        Ok(self.store.get::<R>(R::id_from(id))?.map(|s| s.record))
    }

    pub(crate) fn get<R: Record>(&self, id: u64) -> Result<Option<R>> {
        if let Some(p) = self.pending.get(&(R::KIND, id)) {
            return Ok(p.and_then(|r| R::from_any(r.clone())));
        }
        Ok(self.store.get::<R>(R::id_from(id))?.map(|s| s.record))
    }

    /// Ids in an index under `prefix`, with this transaction's changes applied.
    pub(crate) fn referrers(&self, t: T, kind: RecordKind, prefix: &[u8]) -> Result<Vec<u64>> {
        let mut ids = self.store.ids_with_prefix(t, prefix)?;
        // A stored entry is stale if its record is being deleted or changed
        // in this transaction; the pending entries below replace it.
        ids.retain(|id| !self.pending.contains_key(&(kind, *id)));
        if let Some(entries) = self.pending_index.get(&t) {
            let mut seen: BTreeSet<u64> = ids.iter().copied().collect();
            for (_, id) in entries
                .range(prefix.to_vec()..)
                .take_while(|(k, _)| k.starts_with(prefix))
            {
                if seen.insert(*id) {
                    ids.push(*id);
                }
            }
        }
        Ok(ids)
    }
}

fn check_step(view: &View, s: &Step, locks: &Locks) -> Result<()> {
    match &s.after {
        Some(after) => check_record(view, s.id, after)?,
        None => check_delete(view, s)?,
    }
    locks.check(view, s)
}

pub(crate) fn check(store: &Local, steps: &[Step]) -> Result<()> {
    check_with(store, steps, &Locks::load(store)?)
}

/// `check` against the given approved months (`Locks::none()` for a
/// rule check of what is stored, where nothing changes).
pub(crate) fn check_with(store: &Local, steps: &[Step], locks: &Locks) -> Result<()> {
    let view = View::new(store, steps);
    for s in steps {
        check_step(&view, s, locks)?;
    }
    Ok(())
}

/// Like `check`, but goes on after a refusal and returns every refused
/// step's index with its reason, so an import can list them all. Errors
/// other than refusals (a read failing) still stop it.
pub(crate) fn check_all(store: &Local, steps: &[Step]) -> Result<Vec<(usize, StoreError)>> {
    let view = View::new(store, steps);
    let locks = Locks::load(store)?;
    let mut refused = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        match check_step(&view, s, &locks) {
            Ok(()) => {}
            Err(e @ (StoreError::Refused { .. } | StoreError::Referenced { .. })) => {
                refused.push((i, e))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(refused)
}

fn refused(kind: RecordKind, field: &'static str, message: String) -> StoreError {
    StoreError::refused(kind, field, message)
}

fn unique(view: &View, t: T, key: &str, id: u64) -> Result<Option<u64>> {
    // Another record of the same transaction may claim the code too.
    if let Some(other) = view
        .pending_index
        .get(&t)
        .and_then(|m| m.get(key.as_bytes()))
        .filter(|o| **o != id)
    {
        return Ok(Some(*other));
    }
    let other = match view.store.tree(t)?.get(key.as_bytes())? {
        Some(v) => keys::decode_id(&v),
        None => None,
    };
    // The holder of the code may itself be changing in this transaction.
    Ok(other.filter(|o| *o != id))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn check_record(view: &View, id: u64, record: &AnyRecord) -> Result<()> {
    match record {
        AnyRecord::Household(h) => {
            if let Some(other) = unique(view, T::HouseholdByCode, &h.code, id)? {
                let still = view
                    .get::<Household>(other)?
                    .is_some_and(|o| o.code == h.code);
                if still {
                    return Err(refused(
                        RecordKind::Household,
                        "code",
                        format!("household code {} is already used; choose another", h.code),
                    ));
                }
            }
        }
        AnyRecord::Pen(p) => {
            household_exists(view, RecordKind::Pen, p.household)?;
            // Exports name a pen by household code and label.
            let siblings =
                view.referrers(T::PenByHousehold, RecordKind::Pen, &keys::id(p.household.0))?;
            for other in siblings.into_iter().filter(|o| *o != id) {
                if view.get::<Pen>(other)?.is_some_and(|o| o.label == p.label) {
                    return Err(refused(
                        RecordKind::Pen,
                        "label",
                        format!(
                            "this household already has a pen called {}; choose another label",
                            p.label
                        ),
                    ));
                }
            }
            let animals = view.referrers(T::AnimalByPen, RecordKind::Animal, &keys::id(id))?;
            for a in animals {
                if let Some(animal) = view.get::<Animal>(a)?
                    && animal.household != p.household
                {
                    return Err(refused(
                        RecordKind::Pen,
                        "household",
                        format!(
                            "animal {} in this pen belongs to another household; move it first",
                            animal.ear_tag
                        ),
                    ));
                }
            }
        }
        AnyRecord::Animal(a) => check_animal(view, id, a)?,
        AnyRecord::Pregnancy(p) => check_pregnancy(view, id, p)?,
        AnyRecord::Income(l) => {
            household_exists(view, RecordKind::Income, l.household)?;
            if let Some(animal) = l.animal
                && view.get::<Animal>(animal.0)?.is_none()
            {
                return Err(refused(
                    RecordKind::Income,
                    "animal",
                    format!("there is no animal with id {animal}; pick one from the list"),
                ));
            }
        }
    }
    Ok(())
}

fn household_exists(view: &View, kind: RecordKind, h: HouseholdId) -> Result<()> {
    if view.get::<Household>(h.0)?.is_none() {
        return Err(refused(
            kind,
            "household",
            format!("there is no household with id {h}; pick one from the list"),
        ));
    }
    Ok(())
}

fn check_animal(view: &View, id: u64, a: &Animal) -> Result<()> {
    const K: RecordKind = RecordKind::Animal;
    if let Some(other) = unique(view, T::AnimalByTag, &a.ear_tag, id)?
        && view
            .get::<Animal>(other)?
            .is_some_and(|o| o.ear_tag == a.ear_tag)
    {
        return Err(refused(
            K,
            "ear_tag",
            format!("ear tag {} is already used by another animal", a.ear_tag),
        ));
    }
    household_exists(view, K, a.household)?;
    if let Some(pen) = a.pen {
        match view.get::<Pen>(pen.0)? {
            None => {
                return Err(refused(
                    K,
                    "pen",
                    format!("there is no pen with id {pen}; pick one from the list"),
                ));
            }
            Some(p) if p.household != a.household => {
                return Err(refused(
                    K,
                    "pen",
                    format!(
                        "pen {} belongs to another household; pick a pen of the owner",
                        p.label
                    ),
                ));
            }
            Some(_) => {}
        }
    }
    if let Origin::BornTo { dam } = a.origin {
        if dam.0 == id {
            return Err(refused(
                K,
                "origin",
                "an animal cannot be its own dam".into(),
            ));
        }
        match view.get::<Animal>(dam.0)? {
            None => {
                return Err(refused(
                    K,
                    "origin",
                    format!("there is no animal with id {dam} to be the dam"),
                ));
            }
            Some(d) if d.sex != Sex::Female => {
                return Err(refused(
                    K,
                    "origin",
                    format!("{} is not a female, so it cannot be the dam", d.ear_tag),
                ));
            }
            Some(_) => {}
        }
    }
    if !a.is_active() {
        for p in view.referrers(T::PregnancyByCow, RecordKind::Pregnancy, &keys::id(id))? {
            if view.get::<Pregnancy>(p)?.is_some_and(|p| p.is_pending()) {
                return Err(refused(
                    K,
                    "status",
                    format!(
                        "{} has a pending pregnancy; record its outcome first (calved or lost)",
                        a.ear_tag
                    ),
                ));
            }
        }
    }
    if a.sex != Sex::Female {
        let calves = view.referrers(T::AnimalByDam, K, &keys::id(id))?;
        let pregs = view.referrers(T::PregnancyByCow, RecordKind::Pregnancy, &keys::id(id))?;
        if !calves.is_empty() || !pregs.is_empty() {
            return Err(refused(
                K,
                "sex",
                format!(
                    "this animal has {} and {} as a cow, so it must stay female",
                    plural(calves.len(), "calf", "calves"),
                    plural(pregs.len(), "breeding record", "breeding records")
                ),
            ));
        }
    }
    // The pregnancy's own rules (an active cow; the calf born to the cow)
    // must still hold when the animal changes, or `check` would fail later.
    if !a.is_active() {
        let pregs = view.referrers(T::PregnancyByCow, RecordKind::Pregnancy, &keys::id(id))?;
        for p in pregs {
            if view.get::<Pregnancy>(p)?.is_some_and(|p| p.is_pending()) {
                return Err(refused(
                    K,
                    "status",
                    format!(
                        "{} has a pending pregnancy; record its outcome (calved or lost) first",
                        a.ear_tag
                    ),
                ));
            }
        }
    }
    if let Some(before) = view.store.get::<Animal>(AnimalId(id))?
        && let Origin::BornTo { dam } = before.record.origin
        && a.origin != before.record.origin
    {
        let births = view.referrers(T::PregnancyByCow, RecordKind::Pregnancy, &keys::id(dam.0))?;
        for b in births {
            if view.get::<Pregnancy>(b)?.is_some_and(
                |p| matches!(p.outcome, Outcome::Calved { calf: Some(c), .. } if c.0 == id),
            ) {
                return Err(refused(
                    K,
                    "origin",
                    format!(
                        "{} is the calf of a calving record of its dam; change that calving record first",
                        a.ear_tag
                    ),
                ));
            }
        }
    }
    Ok(())
}

fn check_pregnancy(view: &View, id: u64, p: &Pregnancy) -> Result<()> {
    const K: RecordKind = RecordKind::Pregnancy;
    let Some(cow) = view.get::<Animal>(p.cow.0)? else {
        return Err(refused(
            K,
            "cow",
            format!(
                "there is no animal with id {}; pick a cow from the list",
                p.cow
            ),
        ));
    };
    if cow.sex != Sex::Female {
        return Err(refused(
            K,
            "cow",
            format!("{} is a male; a pregnancy needs a cow", cow.ear_tag),
        ));
    }
    if p.is_pending() {
        let mut pregnant = false;
        let others = view.referrers(T::PregnancyByCow, K, &keys::id(p.cow.0))?;
        for o in others.into_iter().filter(|o| *o != id) {
            if view.get::<Pregnancy>(o)?.is_some_and(|op| op.is_pending()) {
                pregnant = true;
                break;
            }
        }
        let why = match cow.can_be_served(pregnant) {
            Ok(()) => None,
            Err(NotServable::Inactive) => Some(format!(
                "{} {}; only an active cow can have a pending pregnancy",
                cow.ear_tag,
                match cow.status {
                    AnimalStatus::Sold { .. } => "was sold",
                    _ => "has died",
                }
            )),
            // Refused above, for every pregnancy.
            Err(NotServable::Male) => Some(format!(
                "{} is a male; a pregnancy needs a cow",
                cow.ear_tag
            )),
            Err(NotServable::Pregnant) => Some(format!(
                "{} already has a pending pregnancy; record its outcome first",
                cow.ear_tag
            )),
        };
        if let Some(why) = why {
            return Err(refused(K, "cow", why));
        }
    }
    if let Outcome::Calved {
        calf: Some(calf), ..
    } = p.outcome
    {
        match view.get::<Animal>(calf.0)? {
            None => {
                return Err(refused(
                    K,
                    "outcome",
                    format!("there is no animal with id {calf} to be the calf"),
                ));
            }
            Some(c) if c.origin != (Origin::BornTo { dam: p.cow }) => {
                return Err(refused(
                    K,
                    "outcome",
                    format!("{} was not born to {}", c.ear_tag, cow.ear_tag),
                ));
            }
            Some(_) => {}
        }
    }
    Ok(())
}

fn check_delete(view: &View, step: &Step) -> Result<()> {
    let id = step.id;
    let key = keys::id(id);
    let mut by = Vec::new();
    let mut count = |n: usize, one: &str, many: &str| {
        if n == 1 {
            by.push(format!("1 {one}"));
        } else if n > 1 {
            by.push(format!("{n} {many}"));
        }
    };
    let what;
    match step.before.as_ref().map(|b| &b.record) {
        Some(AnyRecord::Household(h)) => {
            what = format!("household {}", h.code);
            count(
                view.referrers(T::PenByHousehold, RecordKind::Pen, &key)?
                    .len(),
                "cattle pen",
                "cattle pens",
            );
            count(
                view.referrers(T::AnimalByHousehold, RecordKind::Animal, &key)?
                    .len(),
                "animal",
                "animals",
            );
            count(
                view.referrers(T::IncomeByHouseholdDate, RecordKind::Income, &key)?
                    .len(),
                "income log",
                "income logs",
            );
        }
        Some(AnyRecord::Pen(p)) => {
            what = format!("pen {}", p.label);
            count(
                view.referrers(T::AnimalByPen, RecordKind::Animal, &key)?
                    .len(),
                "animal in it",
                "animals in it",
            );
        }
        Some(AnyRecord::Animal(a)) => {
            what = format!("animal {}", a.ear_tag);
            count(
                view.referrers(T::PregnancyByCow, RecordKind::Pregnancy, &key)?
                    .len(),
                "breeding record",
                "breeding records",
            );
            count(
                view.referrers(T::AnimalByDam, RecordKind::Animal, &key)?
                    .len(),
                "calf",
                "calves",
            );
            count(
                view.referrers(T::IncomeByAnimal, RecordKind::Income, &key)?
                    .len(),
                "income log",
                "income logs",
            );
            if let Origin::BornTo { dam } = a.origin {
                let births =
                    view.referrers(T::PregnancyByCow, RecordKind::Pregnancy, &keys::id(dam.0))?;
                let mut n = 0;
                for b in births {
                    if let Some(p) = view.get::<Pregnancy>(b)?
                        && matches!(p.outcome, Outcome::Calved { calf: Some(c), .. } if c.0 == id)
                    {
                        n += 1;
                    }
                }
                count(n, "calving record", "calving records");
            }
        }
        Some(AnyRecord::Pregnancy(_)) | Some(AnyRecord::Income(_)) | None => return Ok(()),
    }
    if by.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Referenced { what, by })
    }
}
