//! Turning read rows into writes: codes resolved to records (in this
//! import or already in the database), rows matched to existing records by
//! their key, every mismatch reported with the row's file and line. Only
//! reads the store; nothing is written here.
//!
//! Keys: a household by its code, a pen by its household and label, an
//! animal by its ear tag, a pregnancy by its cow and service date, an
//! income log by all of its fields (it has no code), a rate by its
//! currency and date, a household member by its household and name, a
//! health event by its animal, date, kind and product, a weight by its
//! animal, date and method, a training by its date, topic and place, an
//! attendance by its training and member, and a technician visit by its
//! household, date and technician.

mod health;
mod kinds;
mod rate;
mod refs;
mod training;
mod weight;

use super::from_cells::Draft;
use super::problems::{Loc, Problems};
use crate::kinds::{InterchangeKind, Resolved};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::{Store, StoreError, Stored};
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
    pub training: Option<Ref>,
    pub member: Option<Ref>,
    pub twin: Option<Ref>,
    pub sire: Option<Ref>,
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
    let (training, member) = (id(w.refs.training)?, id(w.refs.member)?);
    let (twin, sire) = (id(w.refs.twin)?, id(w.refs.sire)?);
    let mut r = w.record.clone();
    let resolved = Resolved {
        household,
        pen,
        animal,
        calf,
        training,
        member,
        twin,
        sire,
    };
    kumban_model::for_record!(&mut r, record => record.fill_refs(&resolved))?;
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
    rates: HashMap<(Currency, Date), Loc>,
    stored_rates: Option<Vec<Stored<ExchangeRate>>>,
    members: HashMap<(Ref, String), Loc>,
    health: HashMap<(Ref, Date, HealthKind, String), Loc>,
    weights: HashMap<(Ref, Date, WeighMethod), Loc>,
    weight_cache: HashMap<u64, Vec<Stored<Weight>>>,
    /// What a member's row resolved to, for the attendance rows.
    member_refs: HashMap<(Ref, String), Ref>,
    trainings: HashMap<crate::from_cells::TrainingKey, (Ref, Loc)>,
    attendances: HashMap<(Ref, Ref), Loc>,
    visits: HashMap<(Ref, Date, String), Loc>,
    plan: Plan,
}

pub(super) type StoreResult<T> = Result<T, StoreError>;

impl<'a> Planner<'a> {
    pub fn plan(
        store: &'a Store,
        update: bool,
        problems: &'a mut Problems,
        mut drafts: Drafts,
    ) -> StoreResult<Plan> {
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
            rates: HashMap::new(),
            stored_rates: None,
            members: HashMap::new(),
            health: HashMap::new(),
            weights: HashMap::new(),
            weight_cache: HashMap::new(),
            member_refs: HashMap::new(),
            trainings: HashMap::new(),
            attendances: HashMap::new(),
            visits: HashMap::new(),
            plan: Plan::default(),
        };
        let mut take = |k| drafts.rows.remove(&k).unwrap_or_default();
        let rates = take(RecordKind::ExchangeRate);
        let members = take(RecordKind::Member);
        let health = take(RecordKind::HealthEvent);
        let weights = take(RecordKind::Weight);
        let trainings = take(RecordKind::Training);
        let attendance = take(RecordKind::Attendance);
        let visits = take(RecordKind::Visit);
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
                twin,
                sire,
                pregnancy,
            } = d
            {
                let named = kinds::Named {
                    calf: calf.as_deref(),
                    twin: twin.as_deref(),
                    sire: sire.as_deref(),
                };
                p.pregnancy(loc, &cow, named, pregnancy)?;
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
        for (loc, d) in rates {
            if let Draft::Rate(r) = d {
                p.rate(loc, r)?;
            }
        }
        for (loc, d) in members {
            if let Draft::Member { household, member } = d {
                p.member(loc, &household, member)?;
            }
        }
        for (loc, d) in health {
            if let Draft::Health { animal, event } = d {
                p.health(loc, &animal, event)?;
            }
        }
        for (loc, d) in weights {
            if let Draft::Weight { animal, weight } = d {
                p.weight(loc, &animal, weight)?;
            }
        }
        p.trainings_and_visits(trainings, attendance, visits)?;
        Ok(p.plan)
    }
    fn tally(&mut self, kind: RecordKind) -> &mut Tally {
        self.plan.tally.entry(kind).or_default()
    }
    fn twice(&mut self, loc: Loc, field: &str, what: String, first: Loc) {
        let at = format!("{}:{}", self.problems.file_name(first.file), first.line);
        self.problems
            .field(loc, field, tr!("imp-twice", what = what, at = at));
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
                self.problems
                    .field(loc, key_field, tr!("imp-already-stored", what = what));
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
}

fn any<R: Into<AnyRecord>>(s: Stored<R>) -> Stored<AnyRecord> {
    Stored {
        id: s.id,
        audit: s.audit,
        record: s.record.into(),
    }
}
