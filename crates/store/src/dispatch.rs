//! The one dispatcher: every `Request` answered against the database held
//! in this process. `Store::call` runs it for a database held here, and
//! the owner runs it for each client's request, so a query is one
//! variant, one arm here and one wrapper in `facade`, whichever side
//! asks.
//!
//! A few requests belong to a connection, not to the database (taking
//! the owner's write lock, an import sent in chunks, stopping the owner,
//! the review role the owner decided): `remote::serve` answers those
//! itself and refuses them here.

use super::Local;
use super::error::{Result, StoreError};
use super::record::Stored;
use super::request::{ListQuery, Op, Reply, Request};
use super::schema::Record;
use super::write::Step;
use kumban_model::*;
use std::collections::HashMap;

/// Answers `request` as `me.user()`. `Request::Commit` expects the
/// caller to hold the write lock (a batch takes it before it reads what
/// it queues); every other write takes it itself.
pub(crate) fn dispatch(me: &Local, request: Request) -> Result<Reply> {
    Ok(match request {
        Request::Get { kind, id } => Reply::Record(me.get_any(kind, id)?),
        Request::GetMany { kind, ids } => {
            let mut records = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some(s) = me.get_any(kind, id)? {
                    records.push(s);
                }
            }
            records_of(records)
        }
        Request::Count(kind) => Reply::Number(me.count(kind)? as u64),
        Request::IsEmpty => Reply::Flag(me.is_empty()?),
        Request::IsBlank => Reply::Flag(me.is_blank()?),
        Request::SizeOnDisk => Reply::Number(me.size_on_disk()),
        Request::ByCode(code) => Reply::Record(me.household_by_code(&code)?.map(any)),
        Request::ByTag(tag) => Reply::Record(me.animal_by_tag(&tag)?.map(any)),
        Request::List(q) => records_of(list(me, q)?),
        Request::PendingExpectedIds(from, to) => Reply::Ids(
            me.pending_expected_ids(from, to)?
                .into_iter()
                .map(|p| p.0)
                .collect(),
        ),
        Request::Page { kind, after } => {
            let (items, done) = me.page(kind, after.as_deref())?;
            Reply::Page { items, done }
        }
        Request::History { from, newest_first } => {
            let (items, done) = me.history_page(from.as_deref(), newest_first)?;
            Reply::History { items, done }
        }
        Request::ChangesOfTxn(txn) => Reply::Changes(me.changes_of_txn(txn)?),
        Request::LastTxn => Reply::MaybeNumber(me.last_txn()?),
        Request::Totals => Reply::Totals(me.totals()?),
        Request::Total(name) => Reply::Total(me.total(&name)?),
        Request::Counters => Reply::Counters(me.counters()?),
        Request::Check => Reply::Problems(me.check()?),
        Request::NextId(kind) => Reply::Number(me.next_id(kind)?),
        Request::Insert(record) => Reply::Number(me.insert_any(record)?),
        Request::Update {
            id,
            record,
            expected,
        } => {
            me.update_any(id, record, expected)?;
            Reply::Done
        }
        Request::Delete { kind, id } => {
            me.delete_any(kind, id)?;
            Reply::Done
        }
        Request::RecordCalving {
            pregnancy,
            on,
            calf,
        } => Reply::MaybeNumber(
            me.record_calving(PregnancyId(pregnancy), on, calf)?
                .map(|AnimalId(a)| a),
        ),
        Request::RecordCalvingEntry { pregnancy, entry } => Reply::MaybeNumber(
            me.record_calving_entry(PregnancyId(pregnancy), entry)?
                .map(|AnimalId(a)| a),
        ),
        Request::Undo(txn) => Reply::Number(me.undo(txn)?),
        Request::RestoreRaw(dump) => {
            me.restore_raw(&dump)?;
            Reply::Done
        }
        Request::Refusals(ops) => Reply::Refusals(
            me.refusals(&steps_of(me, &ops)?)?
                .into_iter()
                .map(|(i, e)| (i as u64, e))
                .collect(),
        ),
        Request::Commit(ops) => Reply::Number(me.commit(steps_of(me, &ops)?, None)?),
        Request::Together(list) => {
            if list
                .iter()
                .any(|r| r.writes() || matches!(r, Request::Together(_)))
            {
                return Err(StoreError::Forbidden(
                    "only reads are asked together; send each write on its own".into(),
                ));
            }
            Reply::Together(
                list.into_iter()
                    .map(|r| dispatch(me, r))
                    .collect::<Result<Vec<_>>>()?,
            )
        }
        Request::Review(r) => match crate::review::read_request(me, r) {
            Some(reply) => reply?,
            None => return Err(on_its_own()),
        },
        Request::IncomeSums { from, to, split } => {
            Reply::IncomeSums(me.income_sums(from, to, split)?)
        }
        Request::HealthFigures { today, limit } => Reply::Health(me.health_figures(today, limit)?),
        Request::AttendanceCounts => Reply::Ids(
            me.attendance_counts()?
                .into_iter()
                .flat_map(|(training, n)| [training, n])
                .collect(),
        ),
        Request::ProductsInUse => Reply::Names(me.products_in_use()?),
        Request::GroupsInUse => Reply::Names(me.groups_in_use()?),
        Request::HouseholdsNamed { village, head } => {
            Reply::Ids(me.households_named(&village, &head)?)
        }
        Request::Lock(_)
        | Request::Unlock
        | Request::StopIfIdle
        | Request::DailyBackup { .. }
        | Request::Composed { .. }
        | Request::ImportChunk(_)
        | Request::ImportApply { .. }
        | Request::ImportOutcome(_) => return Err(on_its_own()),
    })
}

fn on_its_own() -> StoreError {
    StoreError::Write("this request cannot be run on its own".into())
}

/// What one of the list reads returns, untyped.
fn list(me: &Local, q: ListQuery) -> Result<Vec<Stored<AnyRecord>>> {
    fn any_of<R: Record>(v: Vec<Stored<R>>) -> Vec<Stored<AnyRecord>> {
        v.into_iter().map(any).collect()
    }
    Ok(match q {
        ListQuery::PensOf(h) => any_of(me.pens_of(HouseholdId(h))?),
        ListQuery::AnimalsOf(h) => any_of(me.animals_of(HouseholdId(h))?),
        ListQuery::AnimalsInPen(p) => any_of(me.animals_in_pen(PenId(p))?),
        ListQuery::CalvesOf(a) => any_of(me.calves_of(AnimalId(a))?),
        ListQuery::PregnanciesOf(a) => any_of(me.pregnancies_of(AnimalId(a))?),
        ListQuery::PregnanciesBySire(a) => any_of(me.pregnancies_by_sire(AnimalId(a))?),
        ListQuery::IncomeOf(h) => any_of(me.income_of(HouseholdId(h))?),
        ListQuery::IncomeOfAnimal(a) => any_of(me.income_of_animal(AnimalId(a))?),
        ListQuery::IncomeOfBetween(h, from, to) => {
            any_of(me.income_of_between(HouseholdId(h), from, to)?)
        }
        ListQuery::IncomeBetween(from, to) => any_of(me.income_between(from, to)?),
        ListQuery::IncomeNewest(limit) => {
            any_of(me.income_newest(usize::try_from(limit).unwrap_or(usize::MAX))?)
        }
        ListQuery::PregnanciesExpectedBetween(from, to) => {
            any_of(me.pregnancies_expected_between(from, to)?)
        }
        ListQuery::PendingExpectedBetween(from, to) => {
            any_of(me.pending_expected_between(from, to)?)
        }
        ListQuery::MembersOf(h) => any_of(me.members_of(HouseholdId(h))?),
        ListQuery::HealthOf(a) => any_of(me.health_of(AnimalId(a))?),
        ListQuery::WeightsOf(a) => any_of(me.weights_of(AnimalId(a))?),
        ListQuery::AttendanceOf(t) => any_of(me.attendance_of(TrainingId(t))?),
        ListQuery::AttendanceOfMember(m) => any_of(me.attendance_of_member(MemberId(m))?),
        ListQuery::VisitsOf(h) => any_of(me.visits_of(HouseholdId(h))?),
    })
}

/// A whole list; the owner cuts it to a page before sending it.
fn records_of(records: Vec<Stored<AnyRecord>>) -> Reply {
    Reply::Records {
        records,
        rest: Vec::new(),
    }
}

pub(crate) fn any<R: Into<AnyRecord>>(s: Stored<R>) -> Stored<AnyRecord> {
    Stored {
        id: s.id,
        audit: s.audit,
        record: s.record.into(),
    }
}

/// A batch as steps: what each record was is read here, never taken from
/// the asker, and a new record only gets an id no record has had, so a
/// client cannot overwrite what it did not read.
pub(crate) fn steps_of(me: &Local, ops: &[Op]) -> Result<Vec<Step>> {
    let mut floor: HashMap<RecordKind, u64> = HashMap::new();
    let mut steps = Vec::with_capacity(ops.len());
    for op in ops {
        if let Some(after) = &op.after
            && after.kind() != op.kind
        {
            return Err(StoreError::refused(
                op.kind,
                "id",
                "the kind of a record cannot change",
            ));
        }
        let before = if op.exists {
            Some(me.existing(op.kind, op.id)?)
        } else {
            let next = match floor.get(&op.kind) {
                Some(n) => *n,
                None => me.next_id(op.kind)?,
            };
            if op.id < next || op.after.is_none() {
                return Err(StoreError::Write(format!(
                    "a new {} was given id {}, which is not free",
                    op.kind.noun(),
                    op.id
                )));
            }
            floor.insert(op.kind, op.id + 1);
            None
        };
        steps.push(Step {
            kind: op.kind,
            id: op.id,
            before,
            after: op.after.clone(),
        });
    }
    Ok(steps)
}
