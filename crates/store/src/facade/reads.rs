//! Reads of records: by id, by kind, by code or tag, and the records
//! that belong to another (a household's pens, a cow's calves, ...).

use super::paging::{Either, Pages};
use crate::error::{Result, StoreError};
use crate::query::typed;
use crate::record::Stored;
use crate::request::{ListQuery, Reply, Request, unexpected};
use crate::schema::Record;
use crate::{Backend, Store};
use kumban_model::*;

impl Store {
    pub fn get_any(&self, kind: RecordKind, id: u64) -> Result<Option<Stored<AnyRecord>>> {
        self.call(Request::Get { kind, id })?.any_record()
    }

    pub(crate) fn next_id(&self, kind: RecordKind) -> Result<u64> {
        self.call(Request::NextId(kind))?.number()
    }

    pub fn get<R: Record>(&self, id: R::Id) -> Result<Option<Stored<R>>> {
        self.call(Request::Get {
            kind: R::KIND,
            id: R::raw_id(id),
        })?
        .record()
    }

    /// The records of these ids that exist, in one request (or a few, for
    /// more than fit in one message): for a screen or report that lists a
    /// handful of records, one round trip to the owner instead of one each.
    pub fn get_many<R: Record>(&self, ids: &[R::Id]) -> Result<Vec<Stored<R>>> {
        let mut rest: Vec<u64> = ids.iter().map(|id| R::raw_id(*id)).collect();
        let mut out = Vec::with_capacity(rest.len());
        while !rest.is_empty() {
            let reply = self.call(Request::GetMany {
                kind: R::KIND,
                ids: std::mem::take(&mut rest),
            })?;
            let crate::request::Reply::Records {
                records,
                rest: more,
            } = reply
            else {
                return Err(crate::request::unexpected(&reply));
            };
            for r in records {
                out.push(crate::query::typed(r)?);
            }
            rest = more;
        }
        Ok(out)
    }

    /// Several reads in one round trip (one request to the owner), each
    /// answered as on its own, in order: for a report that composes
    /// several reads. Writes are refused.
    pub fn together(&self, requests: Vec<Request>) -> Result<Vec<Reply>> {
        match self.call(Request::Together(requests))? {
            Reply::Together(replies) => Ok(replies),
            other => Err(crate::request::unexpected(&other)),
        }
    }

    /// A layer above's figure worked out by the owner (`Request::Composed`);
    /// `None` for a database held here, which the caller works out itself.
    pub fn composed(&self, name: &str, args: Vec<u8>) -> Result<Option<Vec<u8>>> {
        if !self.is_remote() {
            return Ok(None);
        }
        match self.call(Request::Composed {
            name: name.to_string(),
            args,
        })? {
            Reply::Composed(bytes) => Ok(Some(bytes)),
            other => Err(crate::request::unexpected(&other)),
        }
    }

    /// Like `get`, but a missing record is an error that names it.
    pub fn fetch<R: Record>(&self, id: R::Id) -> Result<Stored<R>> {
        self.get::<R>(id)?.ok_or(StoreError::NotFound {
            kind: R::KIND,
            id: R::raw_id(id),
        })
    }

    /// Every record of one kind, in id order. Read as it goes from a
    /// database held here; through an owner, a page at a time, so a long
    /// list never crosses the socket in one reply.
    pub fn all<R: Record>(&self) -> impl Iterator<Item = Result<Stored<R>>> + '_ {
        match &self.backend {
            Backend::Local(l) => Either::Local(l.all::<R>()),
            Backend::Remote(_) => Either::Remote(
                Pages::new(Box::new(move |after| {
                    match self.call(Request::Page {
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
        let n = self.call(Request::Count(kind)).and_then(Reply::number);
        n.unwrap_or(0) as usize
    }

    pub fn household_by_code(&self, code: &str) -> Result<Option<Stored<Household>>> {
        self.call(Request::ByCode(code.to_string()))?.record()
    }

    pub fn animal_by_tag(&self, tag: &str) -> Result<Option<Stored<Animal>>> {
        self.call(Request::ByTag(tag.to_string()))?.record()
    }

    fn list<R: Record>(&self, q: ListQuery) -> Result<Vec<Stored<R>>> {
        self.call(Request::List(q))?.records()
    }

    pub fn pens_of(&self, h: HouseholdId) -> Result<Vec<Stored<Pen>>> {
        self.list(ListQuery::PensOf(h.0))
    }

    /// A household's members, in the order they were recorded.
    pub fn members_of(&self, h: HouseholdId) -> Result<Vec<Stored<Member>>> {
        self.list(ListQuery::MembersOf(h.0))
    }

    /// An animal's health events, in the order they were recorded.
    pub fn health_of(&self, a: AnimalId) -> Result<Vec<Stored<HealthEvent>>> {
        self.list(ListQuery::HealthOf(a.0))
    }

    /// An animal's weights, oldest first.
    pub fn weights_of(&self, a: AnimalId) -> Result<Vec<Stored<Weight>>> {
        self.list(ListQuery::WeightsOf(a.0))
    }

    /// A training's attendance.
    pub fn attendance_of(&self, t: TrainingId) -> Result<Vec<Stored<Attendance>>> {
        self.list(ListQuery::AttendanceOf(t.0))
    }

    /// The trainings a member attended, as attendance records.
    pub fn attendance_of_member(&self, m: MemberId) -> Result<Vec<Stored<Attendance>>> {
        self.list(ListQuery::AttendanceOfMember(m.0))
    }

    /// A household's technician visits, oldest first.
    pub fn visits_of(&self, h: HouseholdId) -> Result<Vec<Stored<Visit>>> {
        self.list(ListQuery::VisitsOf(h.0))
    }

    pub fn animals_of(&self, h: HouseholdId) -> Result<Vec<Stored<Animal>>> {
        self.list(ListQuery::AnimalsOf(h.0))
    }

    pub fn animals_in_pen(&self, p: PenId) -> Result<Vec<Stored<Animal>>> {
        self.list(ListQuery::AnimalsInPen(p.0))
    }

    pub fn calves_of(&self, dam: AnimalId) -> Result<Vec<Stored<Animal>>> {
        self.list(ListQuery::CalvesOf(dam.0))
    }

    /// A cow's breeding history, oldest first.
    pub fn pregnancies_of(&self, cow: AnimalId) -> Result<Vec<Stored<Pregnancy>>> {
        self.list(ListQuery::PregnanciesOf(cow.0))
    }

    /// A herd bull's services (those naming it as sire), oldest first.
    pub fn pregnancies_by_sire(&self, bull: AnimalId) -> Result<Vec<Stored<Pregnancy>>> {
        self.list(ListQuery::PregnanciesBySire(bull.0))
    }

    pub fn income_of(&self, h: HouseholdId) -> Result<Vec<Stored<IncomeLog>>> {
        self.list(ListQuery::IncomeOf(h.0))
    }

    pub fn income_of_animal(&self, a: AnimalId) -> Result<Vec<Stored<IncomeLog>>> {
        self.list(ListQuery::IncomeOfAnimal(a.0))
    }

    /// One household's income logs dated `from..=to`, in date order.
    pub fn income_of_between(
        &self,
        h: HouseholdId,
        from: Date,
        to: Date,
    ) -> Result<Vec<Stored<IncomeLog>>> {
        self.list(ListQuery::IncomeOfBetween(h.0, from, to))
    }

    /// Every income log dated `from..=to`, in date order.
    pub fn income_between(&self, from: Date, to: Date) -> Result<Vec<Stored<IncomeLog>>> {
        self.list(ListQuery::IncomeBetween(from, to))
    }

    /// The `limit` income logs with the latest dates, newest first.
    pub fn income_newest(&self, limit: usize) -> Result<Vec<Stored<IncomeLog>>> {
        self.list(ListQuery::IncomeNewest(
            u32::try_from(limit).unwrap_or(u32::MAX),
        ))
    }

    /// Pregnancies whose expected calving falls in `from..=to`, soonest first.
    pub fn pregnancies_expected_between(
        &self,
        from: Date,
        to: Date,
    ) -> Result<Vec<Stored<Pregnancy>>> {
        self.list(ListQuery::PregnanciesExpectedBetween(from, to))
    }

    /// Pending pregnancies expected in `from..=to` (either end open),
    /// soonest first. Reads only the pending index, never the history of
    /// closed pregnancies.
    pub fn pending_expected_between(
        &self,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<Stored<Pregnancy>>> {
        self.list(ListQuery::PendingExpectedBetween(from, to))
    }

    /// The ids of `pending_expected_between`, read from the index alone:
    /// counting them decodes no record.
    pub fn pending_expected_ids(
        &self,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<PregnancyId>> {
        match self.call(Request::PendingExpectedIds(from, to))? {
            Reply::Ids(ids) => Ok(ids.into_iter().map(PregnancyId).collect()),
            other => Err(unexpected(&other)),
        }
    }

    /// Sums of the income logs dated `from..=to`, split by household,
    /// month and group as `split` asks (and always by currency), worked out
    /// where the database is held: one request, however many logs.
    pub fn income_sums(
        &self,
        from: Date,
        to: Date,
        split: crate::sums::IncomeSplit,
    ) -> Result<crate::sums::IncomeSums> {
        match self.call(Request::IncomeSums { from, to, split })? {
            Reply::IncomeSums(sums) => Ok(sums),
            other => Err(unexpected(&other)),
        }
    }

    /// How many attend each training, by training id (trainings nobody
    /// attends are left out), counted from the index without reading the
    /// attendance records.
    pub fn attendance_counts(&self) -> Result<std::collections::HashMap<TrainingId, u64>> {
        match self.call(Request::AttendanceCounts)? {
            Reply::Ids(pairs) => Ok(pairs
                .chunks_exact(2)
                .map(|pair| (TrainingId(pair[0]), pair[1]))
                .collect()),
            other => Err(unexpected(&other)),
        }
    }

    /// The dashboard's health figures as of `today`, with at most `limit`
    /// due rows, soonest first (docs/status-json.md).
    pub fn health_figures(
        &self,
        today: Date,
        limit: u32,
    ) -> Result<crate::health_due::HealthFigures> {
        match self.call(Request::HealthFigures { today, limit })? {
            Reply::Health(f) => Ok(f),
            other => Err(unexpected(&other)),
        }
    }
}
