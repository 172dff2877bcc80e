//! Turning read rows into writes: codes resolved to records (in this
//! import or already in the database), rows matched to existing records by
//! their key, every mismatch reported with the row's file and line. Only
//! reads the store; nothing is written here.
//!
//! Keys: a household by its code, a pen by its household and label, an
//! animal by its ear tag, a pregnancy by its cow and service date, and an
//! income log by all of its fields (it has no code).

use super::from_cells::Draft;
use super::problems::{Loc, Problems};
use crate::model::*;
use crate::store::{Store, StoreError, Stored};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A reference: a record already stored, or the `n`th write of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ref {
    Id(u64),
    New(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Insert,
    Update(u64),
}

/// The references of one record, filled in when the ids are known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Refs {
    pub household: Option<Ref>,
    pub pen: Option<Ref>,
    /// The dam, the cow, or the animal an income log is about.
    pub animal: Option<Ref>,
    pub calf: Option<Ref>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Write {
    pub loc: Loc,
    pub action: Action,
    pub record: AnyRecord,
    pub refs: Refs,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

#[derive(Debug, Default)]
pub struct Plan {
    /// In an order where every `Ref::New` points to an earlier write.
    pub writes: Vec<Write>,
    pub tally: BTreeMap<RecordKind, Tally>,
}

/// Rows by kind, in file order, and the codes of rows that could not be
/// read (so that rows naming them are not reported a second time).
#[derive(Debug, Default)]
pub struct Drafts {
    pub rows: BTreeMap<RecordKind, Vec<(Loc, Draft)>>,
    pub broken_households: HashSet<String>,
    pub broken_animals: HashSet<String>,
}

/// Fills the references into a record. `ids[n]` is the id the `n`th
/// write got; `None` when a `Ref::New` has no id yet.
pub fn materialise(w: &Write, ids: &[Option<u64>]) -> Option<AnyRecord> {
    let id = |r: Option<Ref>| -> Option<Option<u64>> {
        match r {
            None => Some(None),
            Some(Ref::Id(i)) => Some(Some(i)),
            Some(Ref::New(n)) => ids.get(n).copied().flatten().map(Some),
        }
    };
    let (household, pen, animal, calf) = (
        id(w.refs.household)?,
        id(w.refs.pen)?,
        id(w.refs.animal)?,
        id(w.refs.calf)?,
    );
    let mut r = w.record.clone();
    match &mut r {
        AnyRecord::Household(_) => {}
        AnyRecord::Pen(p) => p.household = HouseholdId(household?),
        AnyRecord::Animal(a) => {
            a.household = HouseholdId(household?);
            a.pen = pen.map(PenId);
            if let Origin::BornTo { dam } = &mut a.origin {
                *dam = AnimalId(animal?);
            }
        }
        AnyRecord::Pregnancy(p) => {
            p.cow = AnimalId(animal?);
            if let Outcome::Calved { calf: c, .. } = &mut p.outcome {
                *c = calf.map(AnimalId);
            }
        }
        AnyRecord::Income(l) => {
            l.household = HouseholdId(household?);
            l.animal = animal.map(AnimalId);
        }
    }
    Some(r)
}

pub struct Planner<'a> {
    store: &'a Store,
    update: bool,
    problems: &'a mut Problems,
    broken_households: HashSet<String>,
    broken_animals: HashSet<String>,
    households: HashMap<String, (Ref, Loc)>,
    pens: HashMap<(Ref, String), (Ref, Loc)>,
    animals: HashMap<String, (Ref, Loc)>,
    pregnancies: HashMap<(Ref, Date), Loc>,
    income_cache: HashMap<u64, Vec<(IncomeLog, bool)>>,
    plan: Plan,
}

type R<T> = Result<T, StoreError>;

impl<'a> Planner<'a> {
    pub fn plan(
        store: &'a Store,
        update: bool,
        problems: &'a mut Problems,
        mut drafts: Drafts,
    ) -> R<Plan> {
        let mut p = Planner {
            store,
            update,
            problems,
            broken_households: std::mem::take(&mut drafts.broken_households),
            broken_animals: std::mem::take(&mut drafts.broken_animals),
            households: HashMap::new(),
            pens: HashMap::new(),
            animals: HashMap::new(),
            pregnancies: HashMap::new(),
            income_cache: HashMap::new(),
            plan: Plan::default(),
        };
        let mut take = |k| drafts.rows.remove(&k).unwrap_or_default();
        let (hh, pens, animals, pregs, income) = (
            take(RecordKind::Household),
            take(RecordKind::Pen),
            take(RecordKind::Animal),
            take(RecordKind::Pregnancy),
            take(RecordKind::Income),
        );
        for (loc, d) in hh {
            if let Draft::Household(h) = d {
                p.household(loc, h)?;
            }
        }
        for (loc, d) in pens {
            if let Draft::Pen { household, pen } = d {
                p.pen(loc, household, pen)?;
            }
        }
        for i in p.dams_first(&animals) {
            if let (
                loc,
                Draft::Animal {
                    household,
                    pen,
                    dam,
                    animal,
                },
            ) = &animals[i]
            {
                p.animal(
                    *loc,
                    household,
                    pen.as_deref(),
                    dam.as_deref(),
                    animal.clone(),
                )?;
            }
        }
        for (loc, d) in pregs {
            if let Draft::Pregnancy {
                cow,
                calf,
                pregnancy,
            } = d
            {
                p.pregnancy(loc, &cow, calf.as_deref(), pregnancy)?;
            }
        }
        for (loc, d) in income {
            if let Draft::Income {
                household,
                animal,
                log,
            } = d
            {
                p.income(loc, &household, animal.as_deref(), log)?;
            }
        }
        Ok(p.plan)
    }

    fn tally(&mut self, kind: RecordKind) -> &mut Tally {
        self.plan.tally.entry(kind).or_default()
    }

    fn twice(&mut self, loc: Loc, field: &str, what: String, first: Loc) {
        let at = format!("{}:{}", self.problems.file_name(first.file), first.line);
        self.problems.field(
            loc,
            field,
            format!("{what} appears twice in this import (also at {at})"),
        );
    }

    /// Adds the write for a row, or matches it to the stored record with
    /// the same key. Returns what references to the row resolve to.
    fn settle(
        &mut self,
        loc: Loc,
        key_field: &str,
        what: &str,
        existing: Option<Stored<AnyRecord>>,
        record: AnyRecord,
        refs: Refs,
    ) -> Ref {
        let kind = record.kind();
        let write = |action| Write {
            loc,
            action,
            record,
            refs,
        };
        match existing {
            None => {
                self.plan.writes.push(write(Action::Insert));
                self.tally(kind).added += 1;
                Ref::New(self.plan.writes.len() - 1)
            }
            Some(e) if !self.update => {
                self.problems.field(
                    loc,
                    key_field,
                    format!(
                        "{what} is already in the database; leave the row out, or import with --update to change it"
                    ),
                );
                Ref::Id(e.id)
            }
            Some(e) => {
                let w = write(Action::Update(e.id));
                if materialise(&w, &[]).as_ref() == Some(&e.record) {
                    self.tally(kind).unchanged += 1;
                } else {
                    self.plan.writes.push(w);
                    self.tally(kind).updated += 1;
                }
                Ref::Id(e.id)
            }
        }
    }

    fn household(&mut self, loc: Loc, h: Household) -> R<()> {
        let code = h.code.clone();
        if let Some((_, first)) = self.households.get(&code) {
            let first = *first;
            self.twice(loc, "code", format!("household {code}"), first);
            return Ok(());
        }
        let existing = self.store.household_by_code(&code)?.map(any);
        let what = format!("household {code}");
        let r = self.settle(loc, "code", &what, existing, h.into(), Refs::default());
        self.households.insert(code, (r, loc));
        Ok(())
    }

    fn household_ref(&mut self, loc: Loc, field: &str, code: &str) -> R<Option<Ref>> {
        if let Some((r, _)) = self.households.get(code) {
            return Ok(Some(*r));
        }
        if let Some(h) = self.store.household_by_code(code)? {
            return Ok(Some(Ref::Id(h.id)));
        }
        if !self.broken_households.contains(code) {
            let m = if code.is_empty() {
                "enter the code of the household, such as BS-07".to_string()
            } else {
                format!("there is no household {code} in this import or in the database")
            };
            self.problems.field(loc, field, m);
        }
        Ok(None)
    }

    fn stored_pens(&self, household: Ref, label: &str) -> R<Vec<Stored<Pen>>> {
        Ok(match household {
            Ref::Id(h) => self
                .store
                .pens_of(HouseholdId(h))?
                .into_iter()
                .filter(|p| p.record.label == label)
                .collect(),
            Ref::New(_) => Vec::new(),
        })
    }

    fn pen(&mut self, loc: Loc, household: String, pen: Pen) -> R<()> {
        let Some(h) = self.household_ref(loc, "household", &household)? else {
            return Ok(());
        };
        let label = pen.label.clone();
        let what = format!("pen \"{label}\" of household {household}");
        if let Some((_, first)) = self.pens.get(&(h, label.clone())) {
            let first = *first;
            self.twice(loc, "label", what, first);
            return Ok(());
        }
        let mut stored = self.stored_pens(h, &label)?;
        if stored.len() > 1 {
            self.problems.field(
                loc,
                "label",
                format!(
                    "household {household} has {} pens labelled \"{label}\" in the database; give them different labels first",
                    stored.len()
                ),
            );
            return Ok(());
        }
        let refs = Refs {
            household: Some(h),
            ..Refs::default()
        };
        let existing = stored.pop().map(any);
        let r = self.settle(loc, "label", &what, existing, pen.into(), refs);
        self.pens.insert((h, label), (r, loc));
        Ok(())
    }

    fn pen_ref(&mut self, loc: Loc, household: Ref, code: &str, label: &str) -> R<Option<Ref>> {
        if let Some((r, _)) = self.pens.get(&(household, label.to_string())) {
            return Ok(Some(*r));
        }
        let stored = self.stored_pens(household, label)?;
        match stored.as_slice() {
            [one] => return Ok(Some(Ref::Id(one.id))),
            [] => self.problems.field(
                loc,
                "pen",
                format!("household {code} has no pen labelled \"{label}\" in this import or in the database"),
            ),
            many => self.problems.field(
                loc,
                "pen",
                format!(
                    "household {code} has {} pens labelled \"{label}\"; give them different labels first",
                    many.len()
                ),
            ),
        }
        Ok(None)
    }

    fn animal_ref(&mut self, loc: Loc, field: &str, tag: &str) -> R<Option<Ref>> {
        if let Some((r, _)) = self.animals.get(tag) {
            return Ok(Some(*r));
        }
        if let Some(a) = self.store.animal_by_tag(tag)? {
            return Ok(Some(Ref::Id(a.id)));
        }
        if !self.broken_animals.contains(tag) {
            self.problems.field(
                loc,
                field,
                format!("there is no animal {tag} in this import or in the database"),
            );
        }
        Ok(None)
    }

    /// Animal rows in an order where a dam named in this import comes
    /// before her calves; a loop of dams is reported and left out.
    fn dams_first(&mut self, rows: &[(Loc, Draft)]) -> Vec<usize> {
        let tag = |i: usize| match &rows[i].1 {
            Draft::Animal { animal, .. } => animal.ear_tag.as_str(),
            _ => "",
        };
        let mut index: HashMap<&str, usize> = HashMap::new();
        for i in 0..rows.len() {
            index.entry(tag(i)).or_insert(i);
        }
        let dam_of = |i: usize| match &rows[i].1 {
            Draft::Animal { dam: Some(d), .. } => index.get(d.as_str()).copied(),
            _ => None,
        };
        // 0 unvisited, 1 on the current path, 2 placed (or left out).
        let mut state = vec![0u8; rows.len()];
        let mut order = Vec::with_capacity(rows.len());
        for start in 0..rows.len() {
            if state[start] != 0 {
                continue;
            }
            let mut path = vec![start];
            state[start] = 1;
            while let Some(&cur) = path.last() {
                match dam_of(cur) {
                    Some(d) if state[d] == 0 => {
                        state[d] = 1;
                        path.push(d);
                    }
                    Some(d) if state[d] == 1 => {
                        let from = path.iter().position(|p| *p == d).unwrap_or(0);
                        for &i in &path[from..] {
                            state[i] = 2;
                            self.broken_animals.insert(tag(i).to_string());
                            self.problems.field(
                                rows[i].0,
                                "dam",
                                format!(
                                    "the line of dams of {} leads back to {}; an animal cannot be its own ancestor",
                                    tag(i),
                                    tag(i)
                                ),
                            );
                        }
                        path.truncate(from);
                    }
                    _ => {
                        state[cur] = 2;
                        order.push(cur);
                        path.pop();
                    }
                }
            }
        }
        order
    }

    fn animal(
        &mut self,
        loc: Loc,
        household: &str,
        pen: Option<&str>,
        dam: Option<&str>,
        animal: Animal,
    ) -> R<()> {
        let tag = animal.ear_tag.clone();
        if let Some((_, first)) = self.animals.get(&tag) {
            let first = *first;
            self.twice(loc, "ear_tag", format!("animal {tag}"), first);
            return Ok(());
        }
        let h = self.household_ref(loc, "household", household)?;
        let p = match (h, pen) {
            (Some(h), Some(label)) => self.pen_ref(loc, h, household, label)?.map(Some),
            (_, None) => Some(None),
            (None, Some(_)) => None,
        };
        let d = match dam {
            Some(d) => self.animal_ref(loc, "dam", d)?.map(Some),
            None => Some(None),
        };
        let (Some(h), Some(p), Some(d)) = (h, p, d) else {
            // Reported; keep the tag known so rows naming it say no more.
            self.broken_animals.insert(tag);
            return Ok(());
        };
        let existing = self.store.animal_by_tag(&tag)?.map(any);
        let refs = Refs {
            household: Some(h),
            pen: p,
            animal: d,
            calf: None,
        };
        let what = format!("animal {tag}");
        let r = self.settle(loc, "ear_tag", &what, existing, animal.into(), refs);
        self.animals.insert(tag, (r, loc));
        Ok(())
    }

    fn pregnancy(
        &mut self,
        loc: Loc,
        cow: &str,
        calf: Option<&str>,
        pregnancy: Pregnancy,
    ) -> R<()> {
        let c = self.animal_ref(loc, "cow", cow)?;
        let k = match calf {
            Some(t) => self.animal_ref(loc, "calf", t)?.map(Some),
            None => Some(None),
        };
        let (Some(c), Some(k)) = (c, k) else {
            return Ok(());
        };
        let date = pregnancy.service_date;
        let what = format!("the pregnancy of {cow} serviced on {date}");
        if let Some(first) = self.pregnancies.get(&(c, date)) {
            let first = *first;
            self.twice(loc, "service_date", what, first);
            return Ok(());
        }
        self.pregnancies.insert((c, date), loc);
        let mut stored: Vec<Stored<Pregnancy>> = match c {
            Ref::Id(id) => self
                .store
                .pregnancies_of(AnimalId(id))?
                .into_iter()
                .filter(|p| p.record.service_date == date)
                .collect(),
            Ref::New(_) => Vec::new(),
        };
        if stored.len() > 1 {
            self.problems.field(
                loc,
                "service_date",
                format!(
                    "{cow} has {} pregnancies serviced on {date} in the database; cannot tell which this row is",
                    stored.len()
                ),
            );
            return Ok(());
        }
        let refs = Refs {
            animal: Some(c),
            calf: k,
            ..Refs::default()
        };
        let existing = stored.pop().map(any);
        self.settle(loc, "service_date", &what, existing, pregnancy.into(), refs);
        Ok(())
    }

    fn income(&mut self, loc: Loc, household: &str, animal: Option<&str>, log: IncomeLog) -> R<()> {
        let h = self.household_ref(loc, "household", household)?;
        let a = match animal {
            Some(t) => self.animal_ref(loc, "animal", t)?.map(Some),
            None => Some(None),
        };
        let (Some(h), Some(a)) = (h, a) else {
            return Ok(());
        };
        let refs = Refs {
            household: Some(h),
            animal: a,
            ..Refs::default()
        };
        let write = Write {
            loc,
            action: Action::Insert,
            record: log.into(),
            refs,
        };
        // A log has no code: it matches a stored log with every field
        // equal, each stored log matched at most once.
        if let (Ref::Id(hid), Some(AnyRecord::Income(concrete))) = (h, materialise(&write, &[])) {
            if !self.income_cache.contains_key(&hid) {
                let logs = self.store.income_of(HouseholdId(hid))?;
                self.income_cache
                    .insert(hid, logs.into_iter().map(|s| (s.record, false)).collect());
            }
            let logs = self.income_cache.get_mut(&hid);
            if let Some(slot) = logs
                .into_iter()
                .flatten()
                .find(|(l, used)| !used && *l == concrete)
            {
                slot.1 = true;
                if self.update {
                    self.tally(RecordKind::Income).unchanged += 1;
                } else {
                    self.problems.row(
                        loc,
                        format!(
                            "this income log of {household} on {} is already in the database; leave the row out, or import with --update to skip it",
                            concrete.date
                        ),
                    );
                }
                return Ok(());
            }
        }
        self.plan.writes.push(write);
        self.tally(RecordKind::Income).added += 1;
        Ok(())
    }
}

fn any<R: Into<AnyRecord>>(s: Stored<R>) -> Stored<AnyRecord> {
    Stored {
        id: s.id,
        audit: s.audit,
        record: s.record.into(),
    }
}
