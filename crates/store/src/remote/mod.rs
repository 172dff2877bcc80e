//! Several kumbans on one database: one process, the owner, holds sled;
//! every other session is its client over a Unix socket in the database
//! folder. This is the client, and the request loop the owner runs for
//! each client (`serve`); the owner process itself is `kumban_owner`.

mod conn;
mod live;
pub mod owner_log;
pub mod serve;
mod start;
pub mod wire;

pub use live::Changes;
pub use start::{LOG_FILE, SOCKET_FILE, socket_path};

use super::error::{Result, StoreError};
use super::request::{ops_of, unexpected};
use super::write::Step;
use super::{Backend, Store};
use conn::Conn;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::Duration;
use wire::{LockFor, Op, Reply, Request};

/// How to reach a database's owner.
#[derive(Debug, Clone)]
pub struct Connect {
    /// Ask the owner to refuse every write of this session.
    pub read_only: bool,
    /// Start an owner in the background when none answers.
    pub start_owner: bool,
    /// The kumban executable to start as the owner (default: this one).
    pub exe: Option<PathBuf>,
    /// How long a started owner stays after its last client leaves.
    pub idle_exit: Duration,
    /// When no owner can be started but the database opens here, hold it
    /// in this process (as before shared access), written as this user.
    pub alone_as: Option<String>,
}

impl Default for Connect {
    fn default() -> Connect {
        Connect {
            read_only: false,
            start_owner: true,
            exe: None,
            idle_exit: Duration::from_secs(60),
            alone_as: None,
        }
    }
}

/// A connection to the owner, remade when the owner restarts.
pub(crate) struct Client {
    path: PathBuf,
    how: Connect,
    user: String,
    conn: Mutex<Option<Conn>>,
    /// One batch or write at a time from this process, as with a local
    /// database's write lock.
    gate: Mutex<()>,
    /// Set while this client holds the owner's write lock: a lost
    /// connection then ends the batch instead of reconnecting quietly.
    in_session: AtomicBool,
    live: OnceLock<Arc<live::Live>>,
}

pub(crate) fn connect(path: &Path, how: &Connect) -> Result<Store> {
    match start::reach(path, how, how.alone_as.is_some())? {
        start::Reached::Owner(conn) => {
            let client = Client {
                path: path.to_path_buf(),
                how: how.clone(),
                user: conn.session.user.clone(),
                conn: Mutex::new(Some(conn)),
                gate: Mutex::new(()),
                in_session: AtomicBool::new(false),
                live: OnceLock::new(),
            };
            Ok(Store {
                backend: Backend::Remote(Arc::new(client)),
            })
        }
        start::Reached::Alone(local) => Ok(Store {
            backend: Backend::Local(local),
        }),
    }
}

/// Asks the owner of `db`, if one runs, to exit: it agrees only when no
/// other client is connected. True once it has gone; false when none
/// answered; an error names why it stays.
pub fn stop_idle_owner(db: &Path) -> Result<bool> {
    let mut conn = match Conn::open(&socket_path(db), false, wire::Purpose::Requests) {
        Ok(c) => c,
        Err(conn::Attempt::Refused(e)) => return Err(e),
        Err(_) => return Ok(false),
    };
    let pid = conn.session.owner_pid;
    let bytes = wire::encode(&Request::StopIfIdle).map_err(StoreError::Write)?;
    let answer = conn
        .send(&bytes)
        .ok()
        .and_then(|()| conn.receive().ok())
        .and_then(|f| wire::decode::<std::result::Result<Reply, StoreError>>(&f).ok());
    match answer {
        Some(Ok(_)) => {}
        Some(Err(e)) => {
            return Err(StoreError::InUse {
                path: db.to_path_buf(),
                holder: format!(" by other kumban sessions ({e})"),
            });
        }
        None => return Ok(false),
    }
    drop(conn);
    // Gone when its process is.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while std::time::Instant::now() < deadline {
        let alive = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid as i32), None).is_ok()
            && !is_zombie(pid);
        if !alive {
            return Ok(true);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    Ok(true)
}

/// An exited owner whose parent (the client that started it) has not
/// reaped it yet holds nothing any more.
fn is_zombie(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            s.rsplit_once(')')
                .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z'))
        })
        .unwrap_or(false)
}

/// How many connections one request, or one batch, may use while owners
/// keep going away (killed, or stopped for an upgrade) before the loss is
/// reported.
const ATTEMPTS: u32 = 5;

/// True for a request that may be sent again when its answer was lost: it
/// changes nothing, or only takes the write lock, which the owner lets go
/// of when the connection is lost.
fn repeatable(request: &Request) -> bool {
    !request.writes() || matches!(request, Request::Lock(_))
}

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Client {
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn user(&self) -> &str {
        &self.user
    }

    /// Why the owner refuses this session's writes, if it does: as its
    /// welcome said (a viewer, or `--read-only`).
    pub(crate) fn read_only(&self) -> Option<String> {
        match locked(&self.conn).as_ref() {
            Some(c) => c.session.read_only.clone(),
            None if self.how.read_only => Some("this session was started with --read-only".into()),
            None => None,
        }
    }

    /// Sends one request and waits for its answer. A request that never
    /// reached the owner, or one that is safe to repeat (a read, or
    /// taking the write lock, which goes with a lost connection) whose
    /// answer was lost, is sent again on a new connection (starting a new
    /// owner if need be), a few times while owners keep going away. A
    /// write whose answer was lost is not, and says so. While this client
    /// holds the write lock, a lost connection ends the batch: the owner
    /// dropped all of it, and `resend_batch` starts it again.
    pub(crate) fn call(&self, request: &Request) -> Result<Reply> {
        let bytes = wire::encode(request).map_err(StoreError::Write)?;
        if bytes.len() > wire::MAX_FRAME {
            return Err(StoreError::TooLarge {
                what: "the request".into(),
                bytes: bytes.len() as u64,
                limit: wire::MAX_FRAME as u64,
            });
        }
        let in_session = self.in_session.load(Ordering::SeqCst);
        let mut slot = locked(&self.conn);
        let mut tries = 0;
        loop {
            tries += 1;
            if slot.is_none() {
                if in_session {
                    // Nothing of this request was sent.
                    return Err(self.disconnected("the connection was lost during the save".into()));
                }
                *slot = Some(start::reconnect(&self.path, &self.how)?);
            }
            let Some(conn) = slot.as_mut() else {
                continue;
            };
            if let Err(e) = conn.send(&bytes) {
                // A whole message did not reach the owner: it cannot have
                // acted on it, so it is safe to send again.
                *slot = None;
                if tries < ATTEMPTS && !in_session {
                    continue;
                }
                return Err(self.disconnected(e.to_string()));
            }
            match conn.receive() {
                Ok(frame) => {
                    return match wire::decode::<std::result::Result<Reply, StoreError>>(&frame) {
                        Ok(Ok(reply)) => Ok(reply),
                        Ok(Err(e)) => Err(e),
                        Err(e) => {
                            *slot = None;
                            Err(StoreError::Incompatible(format!(
                                "the answer of the kumban that holds the database could not be read ({e}); use the same kumban for every session"
                            )))
                        }
                    };
                }
                Err(e) => {
                    *slot = None;
                    if !in_session && repeatable(request) && tries < ATTEMPTS {
                        continue;
                    }
                    return Err(self.lost(request, &e.to_string()));
                }
            }
        }
    }

    /// Runs `batch` (take the write lock, queue, commit) again while it
    /// fails because the connection was lost before the owner got its
    /// commit: the owner then dropped the whole batch, so nothing of it
    /// was applied, and starting again reads the database afresh. A
    /// commit whose answer was lost ends as `MaybeSaved`, never again.
    pub(crate) fn resend_batch<T>(&self, mut batch: impl FnMut() -> Result<T>) -> Result<T> {
        let mut tries = 0;
        loop {
            tries += 1;
            match batch() {
                Err(StoreError::Disconnected { .. }) if tries < ATTEMPTS => {}
                other => return other,
            }
        }
    }

    fn disconnected(&self, reason: String) -> StoreError {
        StoreError::Disconnected {
            path: self.path.clone(),
            reason,
        }
    }

    fn lost(&self, request: &Request, reason: &str) -> StoreError {
        match request {
            Request::Commit(_)
            | Request::Insert(_)
            | Request::Update { .. }
            | Request::Delete { .. }
            | Request::RecordCalving { .. }
            | Request::RecordCalvingEntry { .. }
            | Request::Undo(_)
            | Request::ImportApply { .. }
            | Request::RestoreRaw(_) => StoreError::MaybeSaved {
                path: self.path.clone(),
            },
            _ => self.disconnected(format!("{reason}; the owner may have stopped")),
        }
    }

    /// After the answer to a commit was lost: whether transaction `txn`,
    /// the one the commit was to be, holds exactly its writes, as the
    /// owner (a new one if need be) now tells. Applied: `txn`. Not (the
    /// number is free, or another session's): `Disconnected`, so that
    /// the batch is sent again. `MaybeSaved` only when no owner answers.
    fn settle(&self, txn: u64, ops: &[Op]) -> Result<u64> {
        let changes = match self.call(&Request::ChangesOfTxn(txn)) {
            Ok(Reply::Changes(changes)) => changes,
            _ => {
                return Err(StoreError::MaybeSaved {
                    path: self.path.clone(),
                });
            }
        };
        let ours = changes.len() == ops.len()
            && changes.iter().zip(ops).all(|(c, op)| {
                c.kind == op.kind
                    && c.id == op.id
                    && c.after == op.after
                    && c.undoes.is_none()
                    && c.by == self.user
            });
        if ours {
            Ok(txn)
        } else {
            Err(self.disconnected("the connection was lost before the save reached it".into()))
        }
    }

    /// Serialises this process's writes, as a local write lock would.
    pub(crate) fn write_gate(&self) -> MutexGuard<'_, ()> {
        locked(&self.gate)
    }

    /// Takes the owner's write lock for a batch.
    pub(crate) fn begin_batch(&self) -> Result<Session<'_>> {
        self.begin(LockFor::Batch)
    }

    /// Takes the owner's write lock so that reads see one moment.
    pub(crate) fn hold_writes(&self) -> Result<Session<'_>> {
        self.begin(LockFor::Reading)
    }

    fn begin(&self, purpose: LockFor) -> Result<Session<'_>> {
        let gate = self.write_gate();
        self.call(&Request::Lock(purpose))?;
        self.in_session.store(true, Ordering::SeqCst);
        Ok(Session {
            client: self,
            _gate: gate,
            open: true,
        })
    }

    /// The change feed, started on first use.
    pub(crate) fn changes(&self) -> Changes {
        self.live
            .get_or_init(|| live::Live::start(&self.path, &self.how))
            .now()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if let Some(live) = self.live.get() {
            live.stop();
        }
    }
}

/// This client holds the owner's write lock until the session ends.
pub(crate) struct Session<'c> {
    client: &'c Client,
    _gate: MutexGuard<'c, ()>,
    open: bool,
}

impl Session<'_> {
    /// Sends the batch's writes; the owner commits them in one transaction
    /// and lets go of the lock.
    pub(crate) fn commit(mut self, steps: Vec<Step>) -> Result<u64> {
        let ops = ops_of(steps);
        // Nothing else commits while this session holds the lock: applied,
        // the batch is this transaction.
        let txn = match self.client.call(&Request::Counters)? {
            Reply::Counters(c) => c.next_txn,
            other => return Err(unexpected(&other)),
        };
        let request = Request::Commit(ops);
        let reply = self.client.call(&request);
        self.open = false;
        self.client.in_session.store(false, Ordering::SeqCst);
        match reply {
            Ok(Reply::Number(txn)) => Ok(txn),
            Ok(other) => Err(unexpected(&other)),
            Err(StoreError::MaybeSaved { .. }) => match request {
                Request::Commit(ops) => self.client.settle(txn, &ops),
                _ => Err(StoreError::MaybeSaved {
                    path: self.client.path.clone(),
                }),
            },
            Err(e) => Err(e),
        }
    }
}

/// An import's writes travel in chunks of about this many bytes.
const CHUNK_BYTES: usize = wire::PAGE_BYTES;

impl Session<'_> {
    /// Sends an import's writes in chunks, then asks the owner to check
    /// them as one and write them under its journal as import `id`; ends
    /// the batch. A lost answer is settled by asking for the import by
    /// its id: applied, or (rolled back, or never begun) `Disconnected`,
    /// so that `resend_batch` sends it again.
    pub(crate) fn import(mut self, id: u128, steps: Vec<Step>) -> Result<super::batch::Imported> {
        use super::batch::Imported;
        let ops = ops_of(steps);
        let total = ops.len() as u64;
        let mut chunk = Vec::new();
        let mut bytes = 0;
        for op in ops {
            let size = wire::encode(&op).map_err(StoreError::Write)?.len();
            if !chunk.is_empty() && bytes + size > CHUNK_BYTES {
                self.send_chunk(std::mem::take(&mut chunk))?;
                bytes = 0;
            }
            bytes += size;
            chunk.push(op);
        }
        if !chunk.is_empty() {
            self.send_chunk(chunk)?;
        }
        let reply = self.client.call(&Request::ImportApply { id, ops: total });
        self.open = false;
        self.client.in_session.store(false, Ordering::SeqCst);
        match reply {
            Ok(Reply::Number(txn)) => Ok(Imported::Applied(txn)),
            Ok(refused @ Reply::Refusals(_)) => Ok(Imported::Refused(refused.refusals()?)),
            Ok(other) => Err(unexpected(&other)),
            Err(StoreError::MaybeSaved { .. }) => {
                match self.client.call(&Request::ImportOutcome(id)) {
                    Ok(Reply::MaybeNumber(Some(txn))) => Ok(Imported::Applied(txn)),
                    Ok(Reply::MaybeNumber(None)) => Err(self.client.disconnected(
                        "the connection was lost before the import was written".into(),
                    )),
                    _ => Err(StoreError::MaybeSaved {
                        path: self.client.path.clone(),
                    }),
                }
            }
            Err(e) => Err(e),
        }
    }

    fn send_chunk(&self, ops: Vec<Op>) -> Result<()> {
        match self.client.call(&Request::ImportChunk(ops))? {
            Reply::Done => Ok(()),
            other => Err(unexpected(&other)),
        }
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        if self.open {
            // The batch was abandoned (refused, or an error in the middle):
            // let go of the lock. If the connection is gone, so is the lock.
            let _ = self.client.call(&Request::Unlock);
            self.client.in_session.store(false, Ordering::SeqCst);
        }
    }
}
