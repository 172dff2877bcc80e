//! Reads of records: by id, by kind, by code or tag, and the records
//! that belong to another (a household's pens, a cow's calves, ...).

use super::paging::{Either, Pages};
use crate::error::{Result, StoreError};
use crate::query::typed;
use crate::record::Stored;
use crate::remote::unexpected;
use crate::remote::wire::{ListQuery, Reply, Request};
use crate::schema::Record;
use crate::{Backend, Store};
use kumban_model::*;

impl Store {
    pub fn get_any(&self, kind: RecordKind, id: u64) -> Result<Option<Stored<AnyRecord>>> {
        match &self.backend {
            Backend::Local(l) => l.get_any(kind, id),
            Backend::Remote(c) => c.record(&Request::Get { kind, id }),
        }
    }

    pub(crate) fn next_id(&self, kind: RecordKind) -> Result<u64> {
        match &self.backend {
            Backend::Local(l) => l.next_id(kind),
            Backend::Remote(c) => c.number(&Request::NextId(kind)),
        }
    }

    pub fn get<R: Record>(&self, id: R::Id) -> Result<Option<Stored<R>>> {
        match &self.backend {
            Backend::Local(l) => l.get::<R>(id),
            Backend::Remote(c) => c
                .record(&Request::Get {
                    kind: R::KIND,
                    id: R::raw_id(id),
                })?
                .map(typed)
                .transpose(),
        }
    }

    /// Like `get`, but a missing record is an error that names it.
    pub fn fetch<R: Record>(&self, id: R::Id) -> Result<Stored<R>> {
        self.get::<R>(id)?.ok_or(StoreError::NotFound {
            kind: R::KIND,
            id: R::raw_id(id),
        })
    }

    /// Every record of one kind, in id order.
    pub fn all<R: Record>(&self) -> impl Iterator<Item = Result<Stored<R>>> + '_ {
        match &self.backend {
            Backend::Local(l) => Either::Local(l.all::<R>()),
            Backend::Remote(c) => Either::Remote(
                Pages::new(Box::new(move |after| {
                    match c.call(&Request::Page {
                        kind: R::KIND,
                        after,
                    })? {
                        Reply::Page { items, done } => Ok((items, done)),
                        other => Err(unexpected(&other)),
                    }
                }))
                .map(|r| r.and_then(typed)),
            ),
        }
    }

    /// How many records of `kind` there are. sled keeps no count: this
    /// reads every key of the kind's tree (about a second per million), so
    /// screens use `counters` where a bound will do.
    pub fn count(&self, kind: RecordKind) -> usize {
        match &self.backend {
            Backend::Local(l) => l.count(kind).unwrap_or(0),
            Backend::Remote(c) => c.number(&Request::Count(kind)).unwrap_or(0) as usize,
        }
    }

    pub fn household_by_code(&self, code: &str) -> Result<Option<Stored<Household>>> {
        match &self.backend {
            Backend::Local(l) => l.household_by_code(code),
            Backend::Remote(c) => c
                .record(&Request::ByCode(code.to_string()))?
                .map(typed)
                .transpose(),
        }
    }

    pub fn animal_by_tag(&self, tag: &str) -> Result<Option<Stored<Animal>>> {
        match &self.backend {
            Backend::Local(l) => l.animal_by_tag(tag),
            Backend::Remote(c) => c
                .record(&Request::ByTag(tag.to_string()))?
                .map(typed)
                .transpose(),
        }
    }

    pub fn pens_of(&self, h: HouseholdId) -> Result<Vec<Stored<Pen>>> {
        match &self.backend {
            Backend::Local(l) => l.pens_of(h),
            Backend::Remote(c) => c.list(ListQuery::PensOf(h.0)),
        }
    }

    pub fn animals_of(&self, h: HouseholdId) -> Result<Vec<Stored<Animal>>> {
        match &self.backend {
            Backend::Local(l) => l.animals_of(h),
            Backend::Remote(c) => c.list(ListQuery::AnimalsOf(h.0)),
        }
    }

    pub fn animals_in_pen(&self, p: PenId) -> Result<Vec<Stored<Animal>>> {
        match &self.backend {
            Backend::Local(l) => l.animals_in_pen(p),
            Backend::Remote(c) => c.list(ListQuery::AnimalsInPen(p.0)),
        }
    }

    pub fn calves_of(&self, dam: AnimalId) -> Result<Vec<Stored<Animal>>> {
        match &self.backend {
            Backend::Local(l) => l.calves_of(dam),
            Backend::Remote(c) => c.list(ListQuery::CalvesOf(dam.0)),
        }
    }

    /// A cow's breeding history, oldest first.
    pub fn pregnancies_of(&self, cow: AnimalId) -> Result<Vec<Stored<Pregnancy>>> {
        match &self.backend {
            Backend::Local(l) => l.pregnancies_of(cow),
            Backend::Remote(c) => c.list(ListQuery::PregnanciesOf(cow.0)),
        }
    }

    pub fn income_of(&self, h: HouseholdId) -> Result<Vec<Stored<IncomeLog>>> {
        match &self.backend {
            Backend::Local(l) => l.income_of(h),
            Backend::Remote(c) => c.list(ListQuery::IncomeOf(h.0)),
        }
    }

    pub fn income_of_animal(&self, a: AnimalId) -> Result<Vec<Stored<IncomeLog>>> {
        match &self.backend {
            Backend::Local(l) => l.income_of_animal(a),
            Backend::Remote(c) => c.list(ListQuery::IncomeOfAnimal(a.0)),
        }
    }

    /// One household's income logs dated `from..=to`, in date order.
    pub fn income_of_between(
        &self,
        h: HouseholdId,
        from: Date,
        to: Date,
    ) -> Result<Vec<Stored<IncomeLog>>> {
        match &self.backend {
            Backend::Local(l) => l.income_of_between(h, from, to),
            Backend::Remote(c) => c.list(ListQuery::IncomeOfBetween(h.0, from, to)),
        }
    }

    /// Every income log dated `from..=to`, in date order.
    pub fn income_between(&self, from: Date, to: Date) -> Result<Vec<Stored<IncomeLog>>> {
        match &self.backend {
            Backend::Local(l) => l.income_between(from, to),
            Backend::Remote(c) => c.list(ListQuery::IncomeBetween(from, to)),
        }
    }

    /// The `limit` income logs with the latest dates, newest first.
    pub fn income_newest(&self, limit: usize) -> Result<Vec<Stored<IncomeLog>>> {
        match &self.backend {
            Backend::Local(l) => l.income_newest(limit),
            Backend::Remote(c) => c.list(ListQuery::IncomeNewest(
                u32::try_from(limit).unwrap_or(u32::MAX),
            )),
        }
    }

    /// Pregnancies whose expected calving falls in `from..=to`, soonest first.
    pub fn pregnancies_expected_between(
        &self,
        from: Date,
        to: Date,
    ) -> Result<Vec<Stored<Pregnancy>>> {
        match &self.backend {
            Backend::Local(l) => l.pregnancies_expected_between(from, to),
            Backend::Remote(c) => c.list(ListQuery::PregnanciesExpectedBetween(from, to)),
        }
    }

    /// Pending pregnancies expected in `from..=to` (either end open),
    /// soonest first. Reads only the pending index, never the history of
    /// closed pregnancies.
    pub fn pending_expected_between(
        &self,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<Stored<Pregnancy>>> {
        match &self.backend {
            Backend::Local(l) => l.pending_expected_between(from, to),
            Backend::Remote(c) => c.list(ListQuery::PendingExpectedBetween(from, to)),
        }
    }

    /// The ids of `pending_expected_between`, read from the index alone:
    /// counting them decodes no record.
    pub fn pending_expected_ids(
        &self,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<PregnancyId>> {
        match &self.backend {
            Backend::Local(l) => l.pending_expected_ids(from, to),
            Backend::Remote(c) => match c.call(&Request::PendingExpectedIds(from, to))? {
                Reply::Ids(ids) => Ok(ids.into_iter().map(PregnancyId).collect()),
                other => Err(unexpected(&other)),
            },
        }
    }
}
