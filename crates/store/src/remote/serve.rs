//! The owner's side of a client connection: each request run against the
//! database this process holds, as that client's user.

use super::super::dispatch::{dispatch, steps_of};
use super::super::error::{Result, StoreError};
use super::super::record::Stored;
use super::super::{Local, Store};
use super::wire::*;
use kumban_model::AnyRecord;
use std::io::Read;
use std::os::unix::net::UnixStream;
use std::time::Duration;

/// A client that holds the write lock and sends nothing for this long
/// loses it: its batch is dropped and its connection closed, so one
/// stopped process (Ctrl-Z) cannot hold up every other session's saves.
pub const LEASE: Duration = Duration::from_secs(30);

/// Who is asking, as the owner decided from the socket's credentials.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user: String,
    /// What this user may do in the review, from the credentials.
    pub role: crate::review::Role,
    /// Why this client may only read, if it may only read.
    pub read_only: Option<String>,
}

/// What the owner's connection loop needs from the owner around it.
pub trait Owner {
    /// Called after every committed write, with its transaction.
    fn committed(&self, txn: u64);
    /// True if this client is the only one: the owner then exits after
    /// answering.
    fn stop_if_idle(&self) -> bool;
}

/// Why a connection was closed.
#[derive(Debug)]
pub enum Closed {
    /// The client hung up between requests.
    Normally,
    /// A frame that could not be read or understood; the client was told.
    Garbage(String),
    /// The lease ran out while the client held the write lock.
    LeaseExpired,
    Io(std::io::Error),
    /// The owner was asked to stop and agreed.
    Stopping,
}

impl From<FrameError> for Closed {
    fn from(e: FrameError) -> Closed {
        match e {
            FrameError::Closed => Closed::Normally,
            FrameError::TooLarge(n) => Closed::Garbage(format!(
                "a message of {n} bytes, more than the {MAX_FRAME} allowed"
            )),
            FrameError::Io(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                Closed::LeaseExpired
            }
            FrameError::Io(e) => Closed::Io(e),
        }
    }
}

/// The owner's write lock, held while it exits.
pub struct Quiet<'a>(#[allow(dead_code)] std::sync::MutexGuard<'a, ()>);

/// The database held by the owner.
pub struct Held {
    local: Local,
    backup: StartBackup,
    compose: Compose,
}

/// Works out a figure of a layer above the store (`Request::Composed`)
/// from the database held here: `Ok(None)` for a name it does not know.
/// The owner hands it in, as it does the backup.
pub type Compose = fn(&Store, &str, &[u8]) -> Result<Option<Vec<u8>>>;

/// Starts today's backup of a store into a folder in the background and
/// returns the last failure there not yet reported. The backup is written
/// by a layer above the store (interchange), which the owner hands in.
pub type StartBackup = fn(Store, kumban_model::Date, std::path::PathBuf, bool) -> Option<String>;

impl Held {
    /// The store of an owner: it must have been opened, not connected.
    pub fn new(store: &Store, backup: StartBackup, compose: Compose) -> Option<Held> {
        store.local().map(|l| Held {
            local: l.clone(),
            backup,
            compose,
        })
    }

    /// The newest committed transaction.
    pub fn committed(&self) -> u64 {
        self.local.committed()
    }

    /// Waits for any write in progress, then flushes: for a clean exit.
    /// No write starts while the result lives.
    pub fn quiesce(&self) -> Quiet<'_> {
        let guard = self.local.lock();
        let _ = self.local.flush();
        Quiet(guard)
    }

    /// Answers one client's requests until it hangs up.
    pub fn serve(&self, stream: &mut UnixStream, caller: &Caller, owner: &dyn Owner) -> Closed {
        let me = self.local.as_user(&caller.user);
        loop {
            let request = match next_request(stream) {
                Ok(r) => r,
                Err(closed) => return closed,
            };
            let result = match request {
                Request::Lock(purpose) => {
                    if purpose == LockFor::Batch
                        && let Some(why) = &caller.read_only
                    {
                        Err(StoreError::ReadOnly(why.clone()))
                    } else {
                        let guard = me.lock();
                        if let Err(e) = send(stream, &Ok(Reply::Done)) {
                            return Closed::Io(e);
                        }
                        let end = locked(&me, stream, purpose, owner);
                        drop(guard);
                        match end {
                            Ok(()) => continue,
                            Err(closed) => return closed,
                        }
                    }
                }
                Request::StopIfIdle => {
                    if owner.stop_if_idle() {
                        let _ = send(stream, &Ok(Reply::Done));
                        return Closed::Stopping;
                    }
                    Err(StoreError::Owner {
                        path: me.path().to_path_buf(),
                        reason: "other kumban sessions are still using it".into(),
                    })
                }
                Request::Unlock
                | Request::Commit(_)
                | Request::ImportChunk(_)
                | Request::ImportApply { .. } => Err(StoreError::Write(
                    "no save was in progress on this connection".into(),
                )),
                Request::DailyBackup { today, dir } => self.daily_backup(caller, today, dir),
                Request::Composed { name, args } => {
                    let here = super::super::Store::held_here(self.local.clone());
                    match (self.compose)(&here, &name, &args) {
                        Ok(Some(bytes)) => Ok(Reply::Composed(bytes)),
                        Ok(None) => Err(StoreError::Owner {
                            path: me.path().to_path_buf(),
                            reason: format!(
                                "it does not work out \"{name}\"; is it an older kumban?"
                            ),
                        }),
                        Err(e) => Err(e),
                    }
                }
                Request::ImportOutcome(id) => {
                    // The write lock: an import still being written on
                    // another connection (whose client lost it) ends first.
                    let _guard = me.lock();
                    me.or_discard(|| {
                        me.settle_journal()?;
                        me.import_outcome(id).map(Reply::MaybeNumber)
                    })
                }
                Request::Review(r) => {
                    let writes = matches!(r, ReviewRequest::Act(_));
                    let result = me.or_discard(|| {
                        crate::review::serve(&me, r, caller.role, caller.read_only.as_deref())
                    });
                    if writes && result.is_ok() {
                        owner.committed(me.committed());
                    }
                    result
                }
                other => {
                    let writes = other.writes();
                    match (&caller.read_only, writes) {
                        (Some(why), true) => Err(StoreError::ReadOnly(why.clone())),
                        _ => {
                            let r = me.or_discard(|| {
                                // Reads wait while an import is written;
                                // writes and `Check` wait at the write
                                // lock, which the import holds.
                                let _whole = match writes || matches!(other, Request::Check) {
                                    true => None,
                                    false => Some(me.whole_imports()?),
                                };
                                run(&me, other)
                            });
                            if writes && r.is_ok() {
                                owner.committed(me.committed());
                            }
                            r
                        }
                    }
                }
            };
            if let Err(e) = send(stream, &result) {
                return Closed::Io(e);
            }
        }
    }
}

impl Held {
    /// Starts today's backup on a thread of the owner, so that no session
    /// waits for it and none cuts it short by quitting. A folder other
    /// than the database's own `backups/` is written only for the user the
    /// owner runs as: the owner does not write (or rotate away) files
    /// where another user merely asks it to.
    fn daily_backup(
        &self,
        caller: &Caller,
        today: kumban_model::Date,
        dir: std::path::PathBuf,
    ) -> Result<Reply> {
        let own = self.local.path().join("backups");
        if dir != own && caller.user != self.local.user() {
            return Err(StoreError::Forbidden(format!(
                "the kumban that holds the database writes the automatic backups into {} only, for users other than {}",
                own.display(),
                self.local.user()
            )));
        }
        let store = super::super::Store::held_here(self.local.clone());
        Ok(Reply::Note((self.backup)(store, today, dir, true)))
    }
}

fn next_request(stream: &mut UnixStream) -> std::result::Result<Request, Closed> {
    let frame = read_frame(stream).map_err(|e| {
        let closed = Closed::from(e);
        if let Closed::Garbage(why) = &closed {
            tell_garbage(stream, why);
        }
        closed
    })?;
    decode::<Request>(&frame).map_err(|e| {
        let why = format!("a request that could not be read ({e})");
        tell_garbage(stream, &why);
        Closed::Garbage(why)
    })
}

fn tell_garbage(stream: &mut UnixStream, why: &str) {
    let _ = send(
        stream,
        &Err(StoreError::Incompatible(format!(
            "the kumban that holds the database received {why} and closed the connection; use the same kumban for every session"
        ))),
    );
    // Whatever else was sent is not read.
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Requests while this client holds the write lock, until it lets go.
fn locked(
    me: &Local,
    stream: &mut UnixStream,
    purpose: LockFor,
    owner: &dyn Owner,
) -> std::result::Result<(), Closed> {
    stream.set_read_timeout(Some(LEASE)).map_err(Closed::Io)?;
    // An import's writes, as they arrive in chunks.
    let mut import: Vec<Op> = Vec::new();
    let end = loop {
        let request = next_request(stream)?;
        let (result, last) = match request {
            Request::Unlock => (Ok(Reply::Done), true),
            Request::ImportChunk(ops) if purpose == LockFor::Batch => {
                import.extend(ops);
                (Ok(Reply::Done), false)
            }
            Request::ImportApply { id, ops } if purpose == LockFor::Batch => {
                let writes = std::mem::take(&mut import);
                let r = me.or_discard(|| apply_import(me, id, ops, writes));
                if matches!(r, Ok(Reply::Number(_))) {
                    owner.committed(me.committed());
                }
                (r, true)
            }
            Request::Commit(ops) if purpose == LockFor::Batch => {
                let r = me.or_discard(|| dispatch(me, Request::Commit(ops)));
                if r.is_ok() {
                    owner.committed(me.committed());
                }
                (r, true)
            }
            // This client holds the write lock already.
            Request::Check => (me.or_discard(|| me.check_now().map(problems_reply)), false),
            r if r.writes() || matches!(r, Request::Lock(_) | Request::StopIfIdle) => (
                Err(StoreError::Write(
                    "a save is already in progress in this session; finish it first".into(),
                )),
                false,
            ),
            r => (me.or_discard(|| run(me, r)), false),
        };
        if let Err(e) = send(stream, &result) {
            break Err(Closed::Io(e));
        }
        if last {
            break Ok(());
        }
    };
    stream.set_read_timeout(None).map_err(Closed::Io)?;
    end
}

fn send(stream: &mut UnixStream, result: &Result<Reply>) -> std::io::Result<()> {
    let wire: std::result::Result<&Reply, StoreError> = match result {
        Ok(r) => Ok(r),
        Err(e) => Err(e.clone().for_client()),
    };
    let bytes = match encode(&wire) {
        Ok(b) if b.len() <= MAX_FRAME => b,
        Ok(b) => too_large(b.len())?,
        Err(e) => {
            let e: std::result::Result<Reply, StoreError> = Err(StoreError::Write(e));
            encode(&e).map_err(std::io::Error::other)?
        }
    };
    write_frame(stream, &bytes)
}

fn too_large(bytes: usize) -> std::io::Result<Vec<u8>> {
    let e: std::result::Result<Reply, StoreError> = Err(StoreError::TooLarge {
        what: "the answer".into(),
        bytes: bytes as u64,
        limit: MAX_FRAME as u64,
    });
    encode(&e).map_err(std::io::Error::other)
}

/// One request that neither takes nor needs the write lock held across
/// requests: the dispatcher's answer, cut to what one message carries (a
/// list a page at a time, the rest fetched by id; a check's first
/// problems).
fn run(me: &Local, request: Request) -> Result<Reply> {
    let paged = matches!(request, Request::List(_) | Request::GetMany { .. });
    Ok(match dispatch(me, request)? {
        Reply::Records { records, .. } if paged => records_reply(records),
        Reply::Problems(problems) => problems_reply(problems),
        other => other,
    })
}

/// A check of a damaged database can list every record; a message holds
/// this many (the rest are counted).
const MAX_PROBLEMS: usize = 20_000;

fn problems_reply(mut problems: Vec<super::super::CheckProblem>) -> Reply {
    if problems.len() > MAX_PROBLEMS {
        let more = problems.len() - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
        problems.push(super::super::CheckProblem {
            place: "database".into(),
            message: format!("and {more} more problems"),
        });
    }
    Reply::Problems(problems)
}

/// The records that fit in a page, and the ids of the rest.
fn records_reply(records: Vec<Stored<AnyRecord>>) -> Reply {
    let mut bytes = 0;
    let mut cut = records.len();
    for (i, s) in records.iter().enumerate() {
        bytes += encode(s).map(|b| b.len()).unwrap_or(PAGE_BYTES);
        if bytes > PAGE_BYTES {
            cut = i.max(1);
            break;
        }
    }
    let mut records = records;
    let rest = records.split_off(cut).into_iter().map(|s| s.id).collect();
    Reply::Records { records, rest }
}

/// At most this many refusals go back for one import; the client lists
/// only the first few dozen anyway.
const MAX_REFUSALS: usize = 1_000;

/// Checks an import's writes as one and writes them under the journal.
fn apply_import(me: &Local, id: u128, expected: u64, ops: Vec<Op>) -> Result<Reply> {
    if ops.len() as u64 != expected {
        return Err(StoreError::Incompatible(format!(
            "the kumban that holds the database received {} of the import's {expected} records; nothing was saved; use the same kumban for every session",
            ops.len()
        )));
    }
    let steps = steps_of(me, &ops)?;
    // The steps hold the records now; half the memory.
    drop(ops);
    let mut refused = me.refusals(&steps)?;
    if !refused.is_empty() {
        refused.truncate(MAX_REFUSALS);
        return Ok(Reply::Refusals(
            refused.into_iter().map(|(i, e)| (i as u64, e)).collect(),
        ));
    }
    Ok(Reply::Number(me.apply_import(id, &steps)?))
}

/// Reads and discards whatever a refused client still sends, briefly, so
/// that it sees our answer rather than a reset connection.
pub fn drain(stream: &mut UnixStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(100)));
    let mut sink = [0u8; 4096];
    let mut total = 0;
    while let Ok(n) = stream.read(&mut sink) {
        total += n;
        if n == 0 || total > MAX_FRAME {
            break;
        }
    }
}
