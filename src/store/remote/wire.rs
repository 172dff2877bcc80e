//! What travels between a client and the owner: length-prefixed frames
//! (u32 big-endian, at most `MAX_FRAME` bytes) holding bincode messages.
//! The first frame each way is a handshake whose leading fields never
//! change, so two different kumbans can always tell each other so.

use super::super::aggregate::Totals;
use super::super::check::CheckProblem;
use super::super::error::StoreError;
use super::super::raw::Counters;
use super::super::record::{Change, Stored};
use super::super::restore::Dump;
use super::super::schema::SCHEMA_VERSION;
use crate::model::{Animal, AnyRecord, Date, Problem, RecordKind};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use std::io::{Read, Write};
use std::path::PathBuf;

/// Bump whenever a message below changes shape.
pub const PROTOCOL: u32 = 3;
/// No request or reply is larger; a longer length prefix closes the
/// connection before anything is allocated.
pub const MAX_FRAME: usize = 8 << 20;
/// Pages of records and lists are cut at about this many bytes.
pub const PAGE_BYTES: usize = 1 << 20;
pub const MAGIC: &str = "kumban-owner";

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<MAX_FRAME>()
}

pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    bincode::serde::encode_to_vec(value, config()).map_err(|e| e.to_string())
}

/// Decodes a whole frame: trailing bytes are an error.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let (value, used) = decode_prefix(bytes)?;
    if used != bytes.len() {
        return Err(format!(
            "{} stray bytes after the message",
            bytes.len() - used
        ));
    }
    Ok(value)
}

/// Decodes the start of a frame (the fixed head of a handshake).
pub fn decode_prefix<T: DeserializeOwned>(bytes: &[u8]) -> Result<(T, usize), String> {
    bincode::serde::decode_from_slice(bytes, config()).map_err(|e| e.to_string())
}

#[derive(Debug)]
pub enum FrameError {
    /// The other side closed the connection between frames.
    Closed,
    TooLarge(u64),
    Io(std::io::Error),
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::Closed => write!(f, "the connection was closed"),
            FrameError::TooLarge(n) => write!(
                f,
                "a message of {n} bytes, more than the {MAX_FRAME} allowed"
            ),
            FrameError::Io(e) => write!(f, "{e}"),
        }
    }
}

pub fn write_frame(w: &mut impl Write, payload: &[u8]) -> std::io::Result<()> {
    let len = u32::try_from(payload.len())
        .ok()
        .filter(|n| *n as usize <= MAX_FRAME)
        .ok_or_else(|| std::io::Error::other(format!("message of {} bytes", payload.len())))?;
    let mut buf = Vec::with_capacity(4 + payload.len());
    buf.extend_from_slice(&len.to_be_bytes());
    buf.extend_from_slice(payload);
    w.write_all(&buf)?;
    w.flush()
}

pub fn read_frame(r: &mut impl Read) -> Result<Vec<u8>, FrameError> {
    let mut head = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        match r.read(&mut head[got..]) {
            Ok(0) if got == 0 => return Err(FrameError::Closed),
            Ok(0) => return Err(FrameError::Io(std::io::ErrorKind::UnexpectedEof.into())),
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(FrameError::Io(e)),
        }
    }
    let len = u32::from_be_bytes(head) as u64;
    if len as usize > MAX_FRAME {
        return Err(FrameError::TooLarge(len));
    }
    // Grows as bytes arrive: a peer that announces 8 MiB and sends ten
    // bytes costs ten bytes.
    let mut payload = Vec::new();
    r.take(len)
        .read_to_end(&mut payload)
        .map_err(FrameError::Io)?;
    if payload.len() as u64 != len {
        return Err(FrameError::Io(std::io::ErrorKind::UnexpectedEof.into()));
    }
    Ok(payload)
}

/// The fields every kumban, of any version, sends first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HelloHead {
    pub magic: String,
    pub protocol: u32,
    pub schema: u32,
    pub kumban: String,
}

impl HelloHead {
    pub fn ours() -> HelloHead {
        HelloHead {
            magic: MAGIC.into(),
            protocol: PROTOCOL,
            schema: SCHEMA_VERSION,
            kumban: env!("CARGO_PKG_VERSION").into(),
        }
    }

    /// Why a peer that sent `self` cannot talk to this kumban, if it cannot.
    pub fn mismatch(&self, peer_is_owner: bool) -> Option<String> {
        let ours = HelloHead::ours();
        if self.protocol == ours.protocol
            && self.schema == ours.schema
            && self.kumban == ours.kumban
        {
            return None;
        }
        let show = |h: &HelloHead| {
            format!(
                "kumban {} speaks schema {} (protocol {})",
                crate::model::text::escape_for_display(&h.kumban),
                h.schema,
                h.protocol
            )
        };
        let (client, owner) = if peer_is_owner {
            (&ours, self)
        } else {
            (self, &ours)
        };
        Some(format!(
            "this {}; the kumban that holds this database ({}) is a different one; use the same kumban for every session, or stop the other one first",
            show(client),
            show(owner).replacen("kumban ", "", 1)
        ))
    }
}

/// A client's first frame: the head, then what it wants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hello {
    pub head: HelloHead,
    pub read_only: bool,
    pub purpose: Purpose,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    /// Requests and replies.
    Requests,
    /// Only change notices, pushed by the owner.
    Changes,
}

/// The owner's first frame. `Refused` stays variant 0 with one string
/// forever, so any kumban can read why it was turned away.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Welcome {
    Refused(String),
    Ok(Session),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub head: HelloHead,
    /// The user the owner writes as the author of this client's changes.
    pub user: String,
    pub owner_pid: u32,
    /// Why this session may only read, when it may only read.
    pub read_only: Option<String>,
    /// The newest committed transaction.
    pub txn: u64,
}

/// Pushed on a `Purpose::Changes` connection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub txn: u64,
}

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
}

impl ListQuery {
    pub fn kind(&self) -> RecordKind {
        match self {
            ListQuery::PensOf(_) => RecordKind::Pen,
            ListQuery::AnimalsOf(_) | ListQuery::AnimalsInPen(_) | ListQuery::CalvesOf(_) => {
                RecordKind::Animal
            }
            ListQuery::PregnanciesOf(_)
            | ListQuery::PregnanciesExpectedBetween(..)
            | ListQuery::PendingExpectedBetween(..) => RecordKind::Pregnancy,
            ListQuery::IncomeOf(_)
            | ListQuery::IncomeOfAnimal(_)
            | ListQuery::IncomeOfBetween(..)
            | ListQuery::IncomeBetween(..)
            | ListQuery::IncomeNewest(_) => RecordKind::Income,
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
    /// The dashboard, worked out by the owner in one request instead of
    /// one per calving listed.
    Dashboard(Date),
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ReviewRequest {
    /// Every month with a review stored.
    List,
    /// The owner decides the role from the socket's credentials.
    Act(crate::store::review::Act),
    /// What the owner decided this connection's user may do.
    Role,
    /// Every village's month with records or a review.
    Months,
    /// The records dated in one village's month.
    Records {
        village: String,
        period: crate::model::Period,
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
pub type Keyed<T> = (Vec<u8>, Result<T, WireError>);

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
    Refusals(Vec<(u64, WireError)>),
    Dashboard(Box<crate::report::Dashboard>),
    /// Something to tell the user, if anything.
    Note(Option<String>),
    Reviews(Vec<crate::model::Review>),
    Role(crate::store::review::Role),
    Months(Vec<crate::store::review::MonthRow>),
}

/// `StoreError` as it travels. Field names of problems come back as
/// strings and are interned (`Problem::field` is `&'static str`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum WireError {
    InUse {
        path: String,
        holder: String,
    },
    TooNew {
        path: String,
        found: u32,
        supported: u32,
    },
    Refused {
        kind: RecordKind,
        problems: Vec<(String, String)>,
    },
    Referenced {
        what: String,
        by: Vec<String>,
    },
    NotFound {
        kind: RecordKind,
        id: u64,
    },
    NoSuchChange(u64),
    Corrupt {
        place: String,
        reason: String,
    },
    NotBlank {
        path: String,
    },
    Unrestorable {
        place: String,
        reason: String,
    },
    Open {
        path: String,
        reason: String,
    },
    Write(String),
    Changed {
        kind: RecordKind,
        id: u64,
        by: String,
        at: i64,
    },
    Disconnected {
        path: String,
        reason: String,
    },
    MaybeSaved {
        path: String,
    },
    ReadOnly(String),
    Forbidden(String),
    Incompatible(String),
    Owner {
        path: String,
        reason: String,
    },
    DiskFull,
    Reopen(String),
    TooLarge {
        what: String,
        bytes: u64,
        limit: u64,
    },
    NoRoom {
        needed: u64,
        free: u64,
    },
}

fn text(p: &std::path::Path) -> String {
    p.to_string_lossy().into_owned()
}

impl From<&StoreError> for WireError {
    fn from(e: &StoreError) -> WireError {
        use StoreError as S;
        match e {
            S::InUse { path, holder } => WireError::InUse {
                path: text(path),
                holder: holder.clone(),
            },
            S::TooNew {
                path,
                found,
                supported,
            } => WireError::TooNew {
                path: text(path),
                found: *found,
                supported: *supported,
            },
            S::Refused { kind, problems } => WireError::Refused {
                kind: *kind,
                problems: problems
                    .iter()
                    .map(|p| (p.field.to_string(), p.message.clone()))
                    .collect(),
            },
            S::Referenced { what, by } => WireError::Referenced {
                what: what.clone(),
                by: by.clone(),
            },
            S::NotFound { kind, id } => WireError::NotFound {
                kind: *kind,
                id: *id,
            },
            S::NoSuchChange(t) => WireError::NoSuchChange(*t),
            S::Corrupt { place, reason } => WireError::Corrupt {
                place: place.clone(),
                reason: reason.clone(),
            },
            S::NotBlank { path } => WireError::NotBlank { path: text(path) },
            S::Unrestorable { place, reason } => WireError::Unrestorable {
                place: place.clone(),
                reason: reason.clone(),
            },
            S::Open { path, reason } => WireError::Open {
                path: text(path),
                reason: reason.clone(),
            },
            S::Write(s) | S::Storage(s) => WireError::Write(s.clone()),
            S::Changed { kind, id, by, at } => WireError::Changed {
                kind: *kind,
                id: *id,
                by: by.clone(),
                at: *at,
            },
            S::Disconnected { path, reason } => WireError::Disconnected {
                path: text(path),
                reason: reason.clone(),
            },
            S::MaybeSaved { path } => WireError::MaybeSaved { path: text(path) },
            S::ReadOnly(s) => WireError::ReadOnly(s.clone()),
            S::Forbidden(s) => WireError::Forbidden(s.clone()),
            S::Incompatible(s) => WireError::Incompatible(s.clone()),
            S::Owner { path, reason } => WireError::Owner {
                path: text(path),
                reason: reason.clone(),
            },
            S::DiskFull => WireError::DiskFull,
            S::Reopen(s) => WireError::Reopen(s.clone()),
            S::NoRoom { needed, free } => WireError::NoRoom {
                needed: *needed,
                free: *free,
            },
            S::TooLarge { what, bytes, limit } => WireError::TooLarge {
                what: what.clone(),
                bytes: *bytes,
                limit: *limit,
            },
        }
    }
}

impl From<WireError> for StoreError {
    fn from(e: WireError) -> StoreError {
        use WireError as W;
        match e {
            W::InUse { path, holder } => StoreError::InUse {
                path: PathBuf::from(path),
                holder,
            },
            W::TooNew {
                path,
                found,
                supported,
            } => StoreError::TooNew {
                path: PathBuf::from(path),
                found,
                supported,
            },
            W::Refused { kind, problems } => StoreError::Refused {
                kind,
                problems: problems
                    .into_iter()
                    .map(|(f, m)| Problem::new(intern(&f), m))
                    .collect(),
            },
            W::Referenced { what, by } => StoreError::Referenced { what, by },
            W::NotFound { kind, id } => StoreError::NotFound { kind, id },
            W::NoSuchChange(t) => StoreError::NoSuchChange(t),
            W::Corrupt { place, reason } => StoreError::Corrupt { place, reason },
            W::NotBlank { path } => StoreError::NotBlank {
                path: PathBuf::from(path),
            },
            W::Unrestorable { place, reason } => StoreError::Unrestorable { place, reason },
            W::Open { path, reason } => StoreError::Open {
                path: PathBuf::from(path),
                reason,
            },
            W::Write(s) => StoreError::Write(s),
            W::Changed { kind, id, by, at } => StoreError::Changed { kind, id, by, at },
            W::Disconnected { path, reason } => StoreError::Disconnected {
                path: PathBuf::from(path),
                reason,
            },
            W::MaybeSaved { path } => StoreError::MaybeSaved {
                path: PathBuf::from(path),
            },
            W::ReadOnly(s) => StoreError::ReadOnly(s),
            W::Forbidden(s) => StoreError::Forbidden(s),
            W::Incompatible(s) => StoreError::Incompatible(s),
            W::Owner { path, reason } => StoreError::Owner {
                path: PathBuf::from(path),
                reason,
            },
            W::DiskFull => StoreError::DiskFull,
            W::Reopen(s) => StoreError::Reopen(s),
            W::TooLarge { what, bytes, limit } => StoreError::TooLarge { what, bytes, limit },
            W::NoRoom { needed, free } => StoreError::NoRoom { needed, free },
        }
    }
}

/// Field names are a small fixed set; each distinct one is leaked once.
/// Past a bound (an owner gone mad) the name is replaced, not leaked.
fn intern(name: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES
        .get_or_init(|| Mutex::new(HashSet::new()))
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if let Some(n) = names.get(name) {
        return n;
    }
    if names.len() >= 512 || name.len() > 64 {
        return "record";
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}
