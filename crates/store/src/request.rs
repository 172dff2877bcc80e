//! The one request type of the store and its replies. Every call of the
//! public `Store` API becomes a `Request`, which `dispatch` answers
//! against the database held in this process, or the client carries to
//! the owner, which answers it with the same `dispatch`. Variants are
//! only ever appended: bincode numbers them in order (bump
//! `wire::PROTOCOL` otherwise).

use crate::aggregate::Totals;
use crate::check::CheckProblem;
use crate::error::{Result, StoreError};
use crate::raw::Counters;
use crate::record::{Change, Stored};
use crate::restore::Dump;
use crate::schema::Record;
use crate::write::Step;
use kumban_model::{Animal, AnyRecord, Date, RecordKind};
use serde::{Deserialize, Serialize};

/// Lists of records, as the store's list methods return them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ListQuery {
    PensOf(u64),
    AnimalsOf(u64),
    AnimalsInPen(u64),
    CalvesOf(u64),
    PregnanciesOf(u64),
    IncomeOf(u64),
    IncomeOfAnimal(u64),
    IncomeOfBetween(u64, Date, Date),
    IncomeBetween(Date, Date),
    PregnanciesExpectedBetween(Date, Date),
    PendingExpectedBetween(Option<Date>, Option<Date>),
    IncomeNewest(u32),
    MembersOf(u64),
    HealthOf(u64),
    WeightsOf(u64),
    /// A training's attendance, by member id.
    AttendanceOf(u64),
    /// A member's attendance at trainings.
    AttendanceOfMember(u64),
    /// A household's technician visits, oldest first.
    VisitsOf(u64),
    /// Services by a herd bull (lineage).
    PregnanciesBySire(u64),
}

impl ListQuery {
    pub fn kind(&self) -> RecordKind {
        match self {
            ListQuery::PensOf(_) => RecordKind::Pen,
            ListQuery::AnimalsOf(_) | ListQuery::AnimalsInPen(_) | ListQuery::CalvesOf(_) => {
                RecordKind::Animal
            }
            ListQuery::PregnanciesOf(_)
            | ListQuery::PregnanciesBySire(_)
            | ListQuery::PregnanciesExpectedBetween(..)
            | ListQuery::PendingExpectedBetween(..) => RecordKind::Pregnancy,
            ListQuery::IncomeOf(_)
            | ListQuery::IncomeOfAnimal(_)
            | ListQuery::IncomeOfBetween(..)
            | ListQuery::IncomeBetween(..)
            | ListQuery::IncomeNewest(_) => RecordKind::Income,
            ListQuery::MembersOf(_) => RecordKind::Member,
            ListQuery::HealthOf(_) => RecordKind::HealthEvent,
            ListQuery::WeightsOf(_) => RecordKind::Weight,
            ListQuery::AttendanceOf(_) | ListQuery::AttendanceOfMember(_) => RecordKind::Attendance,
            ListQuery::VisitsOf(_) => RecordKind::Visit,
        }
    }
}

/// One write of a batch. The owner reads `before` itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Op {
    pub kind: RecordKind,
    pub id: u64,
    /// True for a record that exists (an update), false for a new one.
    pub exists: bool,
    pub after: Option<AnyRecord>,
}

/// What the write lock is taken for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LockFor {
    /// A batch: ends with `Commit` (or `Unlock` if abandoned).
    Batch,
    /// Reads of one moment (a backup, an export): ends with `Unlock`.
    Reading,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    Get {
        kind: RecordKind,
        id: u64,
    },
    GetMany {
        kind: RecordKind,
        ids: Vec<u64>,
    },
    Count(RecordKind),
    IsEmpty,
    IsBlank,
    SizeOnDisk,
    ByCode(String),
    ByTag(String),
    List(ListQuery),
    PendingExpectedIds(Option<Date>, Option<Date>),
    /// Records of one kind after the key `after`, in key order.
    Page {
        kind: RecordKind,
        after: Option<Vec<u8>>,
    },
    /// History entries from the key `from` (not included), newest first
    /// or oldest first.
    History {
        from: Option<Vec<u8>>,
        newest_first: bool,
    },
    ChangesOfTxn(u64),
    LastTxn,
    Totals,
    Total(String),
    Counters,
    Check,
    NextId(RecordKind),
    Insert(AnyRecord),
    Update {
        id: u64,
        record: AnyRecord,
        expected: Option<i64>,
    },
    Delete {
        kind: RecordKind,
        id: u64,
    },
    RecordCalving {
        pregnancy: u64,
        on: Date,
        calf: Option<Animal>,
    },
    Undo(u64),
    RestoreRaw(Dump),
    Lock(LockFor),
    Unlock,
    Refusals(Vec<Op>),
    Commit(Vec<Op>),
    /// Asks the owner to exit if no other client is connected.
    StopIfIdle,
    /// Asks the owner to write today's automatic backup into `dir` in the
    /// background (answered at once, before it is written).
    DailyBackup {
        today: Date,
        dir: std::path::PathBuf,
    },
    /// Part of an import's writes, while this client holds the write lock
    /// for a batch: the owner keeps them until `ImportApply`.
    ImportChunk(Vec<Op>),
    /// Checks every write sent in chunks (`ops` of them) as one and, if
    /// none is refused, writes them under the import journal as import
    /// `id`; ends the batch. Answered with `Refusals` or the transaction.
    ImportApply {
        id: u128,
        ops: u64,
    },
    /// The transaction of import `id` if it was committed, for a client
    /// whose `ImportApply` answer was lost.
    ImportOutcome(u128),
    /// The officer's review of villages' months (appended last, so the
    /// variants before it keep their numbers).
    Review(ReviewRequest),
    /// Several reads answered in one round trip, in order (a report that
    /// composes several store reads asks them together). Only reads: a
    /// write or a nested `Together` is refused.
    Together(Vec<Request>),
    /// A figure a layer above the store works out from the store's reads
    /// (the dashboard), worked out where the database is held, so that a
    /// client pays one round trip instead of one per read. `name` says
    /// which; `args` and the answer are that layer's own encoding. Only the
    /// owner answers it, with the function the owner was given
    /// (`serve::Compose`).
    Composed {
        name: String,
        args: Vec<u8>,
    },
    /// Sums of the income logs dated `from..=to`, split as asked: what a
    /// report needs from a year of logs, without the logs.
    IncomeSums {
        from: Date,
        to: Date,
        split: crate::sums::IncomeSplit,
    },
    /// A calving with its details and up to two calves (lineage):
    /// `RecordCalving` with more to say, appended so the numbers before
    /// it stay.
    RecordCalvingEntry {
        pregnancy: u64,
        entry: kumban_model::CalvingEntry,
    },
    /// The dashboard's health figures as of a day, with at most `limit`
    /// due rows (`health_due`).
    HealthFigures {
        today: Date,
        limit: u32,
    },
    /// How many attend each training, counted from the attendance index's
    /// keys: answered with `Ids` as pairs (training id, count), by
    /// training id, trainings nobody attends left out.
    AttendanceCounts,
    /// The disease or product names the health events use, with how
    /// many use each, most used first (`names_held`).
    ProductsInUse,
    /// The production groups the households list, with how many list
    /// each, in the order of first use.
    GroupsInUse,
    /// The ids of the households of a village whose head has a name, case
    /// and spaces aside: answered with `Ids`, lowest first.
    HouseholdsNamed {
        village: String,
        head: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ReviewRequest {
    /// Every month with a review stored.
    List,
    /// The owner decides the role from the socket's credentials.
    Act(crate::review::Act),
    /// What the owner decided this connection's user may do.
    Role,
    /// Every village's month with records or a review.
    Months,
    /// The records dated in one village's month.
    Records {
        village: String,
        period: kumban_model::Period,
    },
}

impl Request {
    /// Changes the database: refused to read-only sessions, and never
    /// sent twice when the answer was lost.
    pub fn writes(&self) -> bool {
        matches!(
            self,
            Request::Insert(_)
                | Request::Update { .. }
                | Request::Delete { .. }
                | Request::RecordCalving { .. }
                | Request::RecordCalvingEntry { .. }
                | Request::Undo(_)
                | Request::RestoreRaw(_)
                | Request::Lock(LockFor::Batch)
                | Request::Commit(_)
                | Request::ImportChunk(_)
                | Request::ImportApply { .. }
                | Request::Review(ReviewRequest::Act(_))
        )
    }
}

/// One item of a page, with the key to continue after it.
pub type Keyed<T> = (Vec<u8>, Result<T, StoreError>);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Done,
    Number(u64),
    MaybeNumber(Option<u64>),
    Flag(bool),
    Record(Option<Stored<AnyRecord>>),
    /// The first records of a list, and the ids of the rest to fetch
    /// with `GetMany` (a list too long for one message).
    Records {
        records: Vec<Stored<AnyRecord>>,
        rest: Vec<u64>,
    },
    Page {
        items: Vec<Keyed<Stored<AnyRecord>>>,
        done: bool,
    },
    History {
        items: Vec<Keyed<Change>>,
        done: bool,
    },
    Changes(Vec<Change>),
    Ids(Vec<u64>),
    Totals(Totals),
    Total(i64),
    Counters(Counters),
    Problems(Vec<CheckProblem>),
    Refusals(Vec<(u64, StoreError)>),
    /// Something to tell the user, if anything.
    Note(Option<String>),
    Reviews(Vec<kumban_model::Review>),
    Role(crate::review::Role),
    Months(Vec<crate::review::MonthRow>),
    /// The answers to `Request::Together`, in the order asked.
    Together(Vec<Reply>),
    /// As one run of bytes: the same encoding as a `Vec<u8>`, read and
    /// written at once instead of byte by byte (a district's household
    /// report is 2 MB).
    Composed(#[serde(with = "serde_bytes")] Vec<u8>),
    IncomeSums(crate::sums::IncomeSums),
    Health(crate::health_due::HealthFigures),
    /// Names with how many records use each.
    Names(Vec<crate::NameUse>),
}

/// A batch's steps as they travel: what each record was is read again by
/// whoever commits them, never taken from the asker.
pub(crate) fn ops_of(steps: Vec<Step>) -> Vec<Op> {
    steps
        .into_iter()
        .map(|s| Op {
            kind: s.kind,
            id: s.id,
            exists: s.before.is_some(),
            after: s.after,
        })
        .collect()
}

/// A reply of another kind than the request asks for: only a different
/// kumban at the other end of the socket sends one.
pub(crate) fn unexpected(reply: &Reply) -> StoreError {
    let name = format!("{reply:?}");
    let name: String = name.chars().take_while(|c| c.is_alphanumeric()).collect();
    StoreError::Incompatible(format!(
        "the kumban that holds the database answered with {name}, which this one did not ask for; use the same kumban for every session"
    ))
}

/// Takes the one reply a request expects apart, or says what came
/// instead.
impl Reply {
    pub(crate) fn done(self) -> Result<()> {
        match self {
            Reply::Done => Ok(()),
            other => Err(unexpected(&other)),
        }
    }

    pub(crate) fn number(self) -> Result<u64> {
        match self {
            Reply::Number(n) => Ok(n),
            other => Err(unexpected(&other)),
        }
    }

    pub(crate) fn maybe_number(self) -> Result<Option<u64>> {
        match self {
            Reply::MaybeNumber(n) => Ok(n),
            other => Err(unexpected(&other)),
        }
    }

    pub(crate) fn flag(self) -> Result<bool> {
        match self {
            Reply::Flag(b) => Ok(b),
            other => Err(unexpected(&other)),
        }
    }

    pub(crate) fn record<R: Record>(self) -> Result<Option<Stored<R>>> {
        match self {
            Reply::Record(r) => r.map(crate::query::typed).transpose(),
            other => Err(unexpected(&other)),
        }
    }

    pub(crate) fn any_record(self) -> Result<Option<Stored<AnyRecord>>> {
        match self {
            Reply::Record(r) => Ok(r),
            other => Err(unexpected(&other)),
        }
    }

    /// A list's records (the client has fetched the rest already).
    pub fn records<R: Record>(self) -> Result<Vec<Stored<R>>> {
        match self {
            Reply::Records { records, .. } => {
                records.into_iter().map(crate::query::typed).collect()
            }
            other => Err(unexpected(&other)),
        }
    }

    pub(crate) fn refusals(self) -> Result<Vec<(usize, StoreError)>> {
        match self {
            Reply::Refusals(v) => Ok(v.into_iter().map(|(i, e)| (i as usize, e)).collect()),
            other => Err(unexpected(&other)),
        }
    }
}
