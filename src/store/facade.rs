//! The public `Store` API, the same for a database held here and one held
//! by an owner process: each call goes to sled or becomes one request.

use super::aggregate::Totals;
use super::check::CheckProblem;
use super::error::{Result, StoreError};
use super::query::typed;
use super::raw::Counters;
use super::record::{Change, Stored};
use super::remote::wire::{Keyed, ListQuery, Reply, Request};
use super::remote::{Changes, Client, unexpected};
use super::restore::Dump;
use super::schema::Record;
use super::write::Step;
use super::{Backend, Store};
use crate::model::*;
use std::collections::VecDeque;
use std::path::Path;

/// Either backend's iterator, without boxing the local one.
enum Either<L, R> {
    Local(L),
    Remote(R),
}

impl<T, L: Iterator<Item = T>, R: Iterator<Item = T>> Iterator for Either<L, R> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self {
            Either::Local(l) => l.next(),
            Either::Remote(r) => r.next(),
        }
    }
}

type Fetch<'c, T> = Box<dyn FnMut(Option<Vec<u8>>) -> Result<(Vec<Keyed<T>>, bool)> + 'c>;

/// Items fetched from the owner a page at a time, each page continuing
/// after the last key of the one before.
struct Pages<'c, T> {
    fetch: Fetch<'c, T>,
    buffer: VecDeque<Keyed<T>>,
    after: Option<Vec<u8>>,
    done: bool,
}

impl<'c, T> Pages<'c, T> {
    fn new(fetch: Fetch<'c, T>) -> Pages<'c, T> {
        Pages {
            fetch,
            buffer: VecDeque::new(),
            after: None,
            done: false,
        }
    }
}

impl<T> Iterator for Pages<'_, T> {
    type Item = Result<T>;
    fn next(&mut self) -> Option<Result<T>> {
        if self.buffer.is_empty() && !self.done {
            match (self.fetch)(self.after.clone()) {
                Ok((items, done)) => {
                    self.done = done || items.is_empty();
                    self.buffer.extend(items);
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        let (key, item) = self.buffer.pop_front()?;
        self.after = Some(key);
        Some(item.map_err(StoreError::from))
    }
}

impl Client {
    fn record(&self, request: &Request) -> Result<Option<Stored<AnyRecord>>> {
        match self.call(request)? {
            Reply::Record(r) => Ok(r),
            other => Err(unexpected(&other)),
        }
    }

    fn number(&self, request: &Request) -> Result<u64> {
        match self.call(request)? {
            Reply::Number(n) => Ok(n),
            other => Err(unexpected(&other)),
        }
    }

    fn done(&self, request: &Request) -> Result<()> {
        match self.call(request)? {
            Reply::Done => Ok(()),
            other => Err(unexpected(&other)),
        }
    }

    fn flag(&self, request: &Request) -> Result<bool> {
        match self.call(request)? {
            Reply::Flag(b) => Ok(b),
            other => Err(unexpected(&other)),
        }
    }

    /// A list, with whatever did not fit in the first answer fetched by id.
    fn list<R: Record>(&self, q: ListQuery) -> Result<Vec<Stored<R>>> {
        let kind = q.kind();
        let (mut records, mut rest) = match self.call(&Request::List(q))? {
            Reply::Records { records, rest } => (records, rest),
            other => return Err(unexpected(&other)),
        };
        while !rest.is_empty() {
            let ids: Vec<u64> = rest.drain(..rest.len().min(1000)).collect();
            match self.call(&Request::GetMany { kind, ids })? {
                Reply::Records {
                    records: more,
                    rest: again,
                } => {
                    records.extend(more);
                    // What did not fit comes first again.
                    let mut next = again;
                    next.extend(rest);
                    rest = next;
                }
                other => return Err(unexpected(&other)),
            }
        }
        records.into_iter().map(typed).collect()
    }

    /// A write, one at a time from this process.
    fn write(&self, request: &Request) -> Result<Reply> {
        let _gate = self.write_gate();
        self.call(request)
    }
}

impl Store {
    pub fn path(&self) -> &Path {
        match &self.backend {
            Backend::Local(l) => l.path(),
            Backend::Remote(c) => c.path(),
        }
    }

    /// Who is written as the author of this handle's changes. Through an
    /// owner, the user the owner sees at the other end of the socket.
    pub fn user(&self) -> &str {
        match &self.backend {
            Backend::Local(l) => l.user(),
            Backend::Remote(c) => c.user(),
        }
    }

    /// Why this session may only look, when it may only look: `None` for
    /// a database held here and for a client the owner lets write.
    pub fn read_only(&self) -> Option<String> {
        match &self.backend {
            Backend::Local(_) => None,
            Backend::Remote(c) => c.read_only(),
        }
    }

    /// Writes everything to disk. Every write already does this before it
    /// returns (the owner too, before it answers); this is for shutdown.
    pub fn flush(&self) -> Result<()> {
        match &self.backend {
            Backend::Local(l) => l.flush(),
            Backend::Remote(_) => Ok(()),
        }
    }

    /// True when no record of any kind is stored. (If the owner cannot be
    /// reached, true: the next call says why.)
    pub fn is_empty(&self) -> bool {
        match &self.backend {
            Backend::Local(l) => l.is_empty().unwrap_or(true),
            Backend::Remote(c) => c.flag(&Request::IsEmpty).unwrap_or(true),
        }
    }

    /// Size of the database files on disk, in bytes.
    pub fn size_on_disk(&self) -> u64 {
        match &self.backend {
            Backend::Local(l) => l.size_on_disk(),
            Backend::Remote(c) => c.number(&Request::SizeOnDisk).unwrap_or(0),
        }
    }

    /// The logical size of every tree, read from sled itself: a
    /// maintainer's measure, so only for a database held here.
    pub fn tree_sizes(&self) -> Result<Vec<super::raw::TreeSize>> {
        match &self.backend {
            Backend::Local(l) => l.tree_sizes(),
            Backend::Remote(_) => Err(StoreError::Forbidden(
                "tree sizes are read from sled itself; run with --local (KUMBAN_LOCAL=1)".into(),
            )),
        }
    }

    /// What other sessions have committed, as far as this one has heard:
    /// `None` for a database held in this process (no one else writes).
    /// Never waits; the first call starts listening.
    pub fn changes(&self) -> Option<Changes> {
        match &self.backend {
            Backend::Local(_) => None,
            Backend::Remote(c) => Some(c.changes()),
        }
    }

    /// Saves a new record and returns its id.
    pub fn insert<R: Record>(&self, record: R) -> Result<R::Id> {
        match &self.backend {
            Backend::Local(l) => l.insert_any(record.into()).map(R::id_from),
            Backend::Remote(c) => c.number(&Request::Insert(record.into())).map(R::id_from),
        }
    }

    /// Replaces the fields of an existing record.
    pub fn update<R: Record>(&self, id: R::Id, record: R) -> Result<()> {
        self.update_checked(R::raw_id(id), record.into(), None)
    }

    /// Replaces the fields of a record only if no one changed it since it
    /// was read: `expected` is the `audit.updated_at` it had then.
    /// Otherwise refused with `StoreError::Changed`, which names who
    /// changed it and when (a form then offers to reload or overwrite).
    pub fn update_if_unchanged<R: Record>(
        &self,
        id: R::Id,
        record: R,
        expected: i64,
    ) -> Result<()> {
        self.update_checked(R::raw_id(id), record.into(), Some(expected))
    }

    fn update_checked(&self, id: u64, record: AnyRecord, expected: Option<i64>) -> Result<()> {
        match &self.backend {
            Backend::Local(l) => l.update_any(id, record, expected),
            Backend::Remote(c) => c
                .write(&Request::Update {
                    id,
                    record,
                    expected,
                })
                .and_then(|r| match r {
                    Reply::Done => Ok(()),
                    other => Err(unexpected(&other)),
                }),
        }
    }

    /// Deletes a record that nothing points to.
    pub fn delete<R: Record>(&self, id: R::Id) -> Result<()> {
        self.delete_any(R::KIND, R::raw_id(id))
    }

    pub fn delete_any(&self, kind: RecordKind, id: u64) -> Result<()> {
        match &self.backend {
            Backend::Local(l) => l.delete_any(kind, id),
            Backend::Remote(c) => {
                let _gate = c.write_gate();
                c.done(&Request::Delete { kind, id })
            }
        }
    }

    /// Closes a pending pregnancy as calved and, when `calf` is given,
    /// creates the calf's record in the same transaction. The calf's origin
    /// is set to this cow.
    pub fn record_calving(
        &self,
        pregnancy: PregnancyId,
        on: Date,
        calf: Option<Animal>,
    ) -> Result<Option<AnimalId>> {
        match &self.backend {
            Backend::Local(l) => l.record_calving(pregnancy, on, calf),
            Backend::Remote(c) => match c.write(&Request::RecordCalving {
                pregnancy: pregnancy.0,
                on,
                calf,
            })? {
                Reply::MaybeNumber(id) => Ok(id.map(AnimalId)),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// The most recent transaction in the history, if any.
    pub fn last_txn(&self) -> Result<Option<u64>> {
        match &self.backend {
            Backend::Local(l) => l.last_txn(),
            Backend::Remote(c) => match c.call(&Request::LastTxn)? {
                Reply::MaybeNumber(t) => Ok(t),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// Reverses every change of transaction `txn` in one new transaction,
    /// recorded in the history as an undo. Refused, like any write, if the
    /// result would break a rule (for example, undoing a household's
    /// creation after a pen was added to it).
    pub fn undo(&self, txn: u64) -> Result<u64> {
        match &self.backend {
            Backend::Local(l) => l.undo(txn),
            Backend::Remote(c) => {
                let _gate = c.write_gate();
                c.number(&Request::Undo(txn))
            }
        }
    }

    pub(crate) fn get_any(&self, kind: RecordKind, id: u64) -> Result<Option<Stored<AnyRecord>>> {
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

    pub(crate) fn refusals_of(&self, steps: &[Step]) -> Result<Vec<(usize, StoreError)>> {
        match &self.backend {
            Backend::Local(l) => l.refusals(steps),
            Backend::Remote(c) => {
                let ops = super::remote::ops_of(steps.to_vec());
                match c.call(&Request::Refusals(ops))? {
                    Reply::Refusals(v) => {
                        Ok(v.into_iter().map(|(i, e)| (i as usize, e.into())).collect())
                    }
                    other => Err(unexpected(&other)),
                }
            }
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

    /// The history, newest first.
    pub fn history(&self) -> impl Iterator<Item = Result<Change>> + '_ {
        self.history_pages(true)
    }

    /// The history in the order it was written (`history` is newest first).
    pub fn history_oldest_first(&self) -> impl Iterator<Item = Result<Change>> + '_ {
        self.history_pages(false)
    }

    fn history_pages(&self, newest_first: bool) -> impl Iterator<Item = Result<Change>> + '_ {
        match &self.backend {
            Backend::Local(l) if newest_first => Either::Local(Either::Local(l.history())),
            Backend::Local(l) => Either::Local(Either::Remote(l.history_oldest_first())),
            Backend::Remote(c) => Either::Remote(Pages::new(Box::new(move |from| {
                match c.call(&Request::History { from, newest_first })? {
                    Reply::History { items, done } => Ok((items, done)),
                    other => Err(unexpected(&other)),
                }
            }))),
        }
    }

    /// The changes of one transaction, in the order they were made.
    pub fn changes_of_txn(&self, txn: u64) -> Result<Vec<Change>> {
        match &self.backend {
            Backend::Local(l) => l.changes_of_txn(txn),
            Backend::Remote(c) => match c.call(&Request::ChangesOfTxn(txn))? {
                Reply::Changes(v) => Ok(v),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// The dashboard as the owner works it out, for a client; `None` for a
    /// database held here (the caller works it out itself).
    /// Has the owner write today's automatic backup into `dir`, in the
    /// background; `None` when this database is held here. `Some(Ok(note))`
    /// carries a failure of an earlier try to warn of.
    pub fn daily_backup_by_owner(&self, today: Date, dir: &Path) -> Option<Result<Option<String>>> {
        let Backend::Remote(c) = &self.backend else {
            return None;
        };
        Some(
            match c.call(&Request::DailyBackup {
                today,
                dir: dir.to_path_buf(),
            }) {
                Ok(Reply::Note(note)) => Ok(note),
                Ok(other) => Err(unexpected(&other)),
                Err(e) => Err(e),
            },
        )
    }

    pub(crate) fn owners_dashboard(&self, today: Date) -> Result<Option<crate::report::Dashboard>> {
        match &self.backend {
            Backend::Local(_) => Ok(None),
            Backend::Remote(c) => match c.call(&Request::Dashboard(today))? {
                Reply::Dashboard(d) => Ok(Some(*d)),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// A handle on a database this process holds (the owner's own use).
    pub(crate) fn held_here(local: super::Local) -> Store {
        Store {
            backend: Backend::Local(local),
        }
    }

    /// Every running total, as kept by the writes.
    pub fn totals(&self) -> Result<Totals> {
        match &self.backend {
            Backend::Local(l) => l.totals(),
            Backend::Remote(c) => match c.call(&Request::Totals)? {
                Reply::Totals(t) => Ok(t),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// One running total (0 when never counted).
    pub fn total(&self, name: &str) -> Result<i64> {
        match &self.backend {
            Backend::Local(l) => l.total(name),
            Backend::Remote(c) => match c.call(&Request::Total(name.to_string()))? {
                Reply::Total(t) => Ok(t),
                other => Err(unexpected(&other)),
            },
        }
    }

    pub fn counters(&self) -> Result<Counters> {
        match &self.backend {
            Backend::Local(l) => l.counters(),
            Backend::Remote(c) => match c.call(&Request::Counters)? {
                Reply::Counters(v) => Ok(v),
                other => Err(unexpected(&other)),
            },
        }
    }

    /// True when nothing was ever written: no records and no history.
    pub fn is_blank(&self) -> bool {
        match &self.backend {
            Backend::Local(l) => l.is_blank().unwrap_or(true),
            Backend::Remote(c) => c.flag(&Request::IsBlank).unwrap_or(true),
        }
    }

    /// Runs `read` while no write lands (in this process, or through the
    /// owner in any), so that a backup sees records, history and counters
    /// from one moment. Through an owner this holds up every session's
    /// saves: keep it short (the owner lets go after 30 s of silence).
    pub fn without_writes<R>(&self, read: impl FnOnce() -> R) -> R {
        match &self.backend {
            Backend::Local(l) => l.without_writes(read),
            Backend::Remote(c) => {
                // If the lock cannot be had, the reads below fail (or are
                // merely not of one moment): never worse than refusing.
                let held = c.hold_writes();
                let value = read();
                drop(held);
                value
            }
        }
    }

    /// Writes `dump` exactly as given, into a blank database only.
    pub fn restore_raw(&self, dump: &Dump) -> Result<()> {
        match &self.backend {
            Backend::Local(l) => l.restore_raw(dump),
            Backend::Remote(c) => {
                let _gate = c.write_gate();
                c.done(&Request::RestoreRaw(dump.clone()))
            }
        }
    }

    /// Reads the whole database and lists everything that is not as it
    /// should be. An empty list means the database is sound.
    pub fn check(&self) -> Result<Vec<CheckProblem>> {
        match &self.backend {
            Backend::Local(l) => l.check(),
            Backend::Remote(c) => match c.call(&Request::Check)? {
                Reply::Problems(p) => Ok(p),
                other => Err(unexpected(&other)),
            },
        }
    }
}
