//! `kumban serve`: the process that holds a database and serves every
//! kumban session on it through a Unix socket in the database folder.
//!
//! Started by a service manager (in the foreground, until stopped), or in
//! the background by the first kumban that finds no owner (it then exits
//! a while after its last client leaves). One thread per connection; the
//! store's write lock orders the writes, each one transaction flushed
//! before its answer is sent.

pub mod access;

use crate::store::remote::serve::{Caller, Closed, Held, Owner};
use crate::store::remote::socket_path;
use crate::store::remote::wire::{self, Hello, HelloHead, MAGIC, Notice, Purpose, Welcome};
use crate::store::{Store, StoreError, holder};
use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long a starting owner waits for the previous one to let go.
const PATIENCE: Duration = Duration::from_secs(3);
/// A client must say hello within this time.
const HELLO_WAIT: Duration = Duration::from_secs(10);
/// More connections than this are turned away, so a runaway client
/// cannot use up the owner's threads.
const MAX_CLIENTS: usize = 256;

#[derive(Debug, Clone, Default)]
pub struct Serve {
    /// Exit this long after the last client leaves (never, if `None`).
    pub idle_exit: Option<Duration>,
    /// Started by a client: leave its session (and terminal) behind.
    pub background: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {path}: {error}")]
    Socket {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("cannot install the signal handlers: {0}")]
    Signals(std::io::Error),
}

/// Runs the owner of `db` until it is stopped (SIGTERM, SIGINT, SIGHUP),
/// idle long enough, or its socket is taken away.
pub fn serve(db: &Path, opts: &Serve) -> Result<(), ServeError> {
    if opts.background {
        // Its own session: a terminal that closes sends it no hang-up.
        let _ = nix::unistd::setsid();
    }
    let db = std::path::absolute(db).unwrap_or_else(|_| db.to_path_buf());
    if db.is_dir() {
        access::set_umask(&db);
    }
    let me = access::user_name(nix::unistd::getuid().as_raw());
    let store = Store::open_waiting(&db, &me, PATIENCE)?;
    let Some(held) = Held::new(&store) else {
        return Err(ServeError::Store(StoreError::Write(
            "the owner needs the database itself".into(),
        )));
    };
    let socket = socket_path(&db);
    // sled is ours, so no other owner lives: a socket there is stale.
    let _ = std::fs::remove_file(&socket);
    let listener = UnixListener::bind(&socket).map_err(|error| ServeError::Socket {
        path: socket.clone(),
        error,
    })?;
    let group_may_enter = std::fs::metadata(&db)
        .map(|m| m.mode() & 0o010 != 0)
        .unwrap_or(false);
    let mode = if group_may_enter { 0o770 } else { 0o700 };
    let _ = std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(mode));
    let inode = std::fs::metadata(&socket).map(|m| m.ino()).ok();

    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGHUP,
    ] {
        signal_hook::flag::register(sig, stop.clone()).map_err(ServeError::Signals)?;
    }

    log(&format!(
        "serving {} as process {} (kumban {})",
        db.display(),
        std::process::id(),
        env!("CARGO_PKG_VERSION")
    ));
    let shared = Arc::new(Shared {
        db: db.clone(),
        held,
        state: Mutex::new(State {
            clients: 0,
            closing: false,
            stop_asked: false,
            last_left: Instant::now(),
        }),
        wake: Condvar::new(),
        txn: Mutex::new(0),
        changed: Condvar::new(),
    });
    shared.publish(shared.held.committed());
    {
        let shared = shared.clone();
        std::thread::spawn(move || accept(listener, shared));
    }
    let why = shared.wait_for_end(opts, &stop, &socket, inode);
    // Held until this process ends: a write that was waiting for it is
    // never cut off halfway (its client hears nothing and says so).
    let _quiet = shared.close(&socket, inode);
    log(&format!("stopped: {why}"));
    Ok(())
}

struct State {
    clients: usize,
    closing: bool,
    stop_asked: bool,
    last_left: Instant,
}

struct Shared {
    db: PathBuf,
    held: Held,
    state: Mutex<State>,
    wake: Condvar,
    /// The newest committed transaction, for the change feeds.
    txn: Mutex<u64>,
    changed: Condvar,
}

fn guard<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn log(line: &str) {
    eprintln!(
        "{} kumban owner: {}",
        chrono::Local::now().format("%Y-%m-%d %H:%M:%S"),
        crate::model::text::escape_for_display(line)
    );
}

impl Shared {
    fn wait_for_end(
        &self,
        opts: &Serve,
        stop: &AtomicBool,
        socket: &Path,
        inode: Option<u64>,
    ) -> String {
        let mut state = guard(&self.state);
        loop {
            if stop.load(Ordering::SeqCst) {
                return "asked to stop by a signal".into();
            }
            if state.stop_asked {
                return "asked to stop by its only client".into();
            }
            if state.clients == 0 {
                // A daily backup being written keeps the owner: the
                // session that asked for it may have quit already.
                if let Some(idle) = opts.idle_exit
                    && state.last_left.elapsed() >= idle
                    && !crate::interchange::backup::background::busy()
                {
                    return format!("no client for {} s", idle.as_secs());
                }
                // Deleted or replaced: no one can reach this owner now.
                let still_ours = std::fs::metadata(socket).map(|m| m.ino()).ok() == inode;
                if !still_ours {
                    return format!("{} was removed", socket.display());
                }
            }
            state = self
                .wake
                .wait_timeout(state, Duration::from_millis(200))
                .map(|(s, _)| s)
                .unwrap_or_else(|p| p.into_inner().0);
        }
    }

    /// No new client from here on; the write in progress, if any, ends
    /// and no other starts while the returned guard lives.
    fn close(&self, socket: &Path, inode: Option<u64>) -> crate::store::remote::serve::Quiet<'_> {
        guard(&self.state).closing = true;
        if std::fs::metadata(socket).map(|m| m.ino()).ok() == inode {
            let _ = std::fs::remove_file(socket);
        }
        let quiet = self.held.quiesce();
        holder::release(&self.db);
        quiet
    }

    fn publish(&self, txn: u64) {
        let mut t = guard(&self.txn);
        if txn > *t {
            *t = txn;
            self.changed.notify_all();
        }
    }

    fn left(&self) {
        let mut state = guard(&self.state);
        state.clients = state.clients.saturating_sub(1);
        state.last_left = Instant::now();
        self.wake.notify_all();
    }
}

impl Owner for Shared {
    fn committed(&self, txn: u64) {
        self.publish(txn);
    }

    fn stop_if_idle(&self) -> bool {
        let mut state = guard(&self.state);
        if state.clients <= 1 {
            state.stop_asked = true;
            self.wake.notify_all();
            true
        } else {
            false
        }
    }
}

fn accept(listener: UnixListener, shared: Arc<Shared>) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        {
            let mut state = guard(&shared.state);
            if state.closing {
                // Closed before the handshake: the client tries again and
                // reaches the next owner.
                continue;
            }
            if state.clients >= MAX_CLIENTS {
                drop(state);
                refuse(
                    stream,
                    &format!(
                        "the kumban that holds this database already serves {MAX_CLIENTS} sessions; close some and try again"
                    ),
                );
                continue;
            }
            state.clients += 1;
        }
        let shared = shared.clone();
        let spawned = std::thread::Builder::new()
            .name("kumban-client".into())
            .spawn({
                let shared = shared.clone();
                move || {
                    client(stream, &shared);
                    shared.left();
                }
            });
        if spawned.is_err() {
            shared.left();
        }
    }
}

/// Reads the hello (bounded in time and size) and answers it refused.
fn refuse(mut stream: UnixStream, why: &str) {
    let _ = stream.set_read_timeout(Some(HELLO_WAIT));
    let _ = wire::read_frame(&mut stream);
    send_welcome(&mut stream, &Welcome::Refused(why.to_string()));
}

fn send_welcome(stream: &mut UnixStream, welcome: &Welcome) {
    if let Ok(bytes) = wire::encode(welcome) {
        let _ = wire::write_frame(stream, &bytes);
    }
}

/// One connection, from hello to hang-up.
fn client(mut stream: UnixStream, shared: &Shared) {
    let peer = match access::peer(&stream) {
        Ok(p) => p,
        Err(e) => {
            log(&format!("a connection without credentials refused: {e}"));
            return;
        }
    };
    let hello = match read_hello(&mut stream) {
        Ok(h) => h,
        Err(why) => {
            log(&format!("process {} (uid {}): {why}", peer.pid, peer.uid));
            send_welcome(&mut stream, &Welcome::Refused(why));
            return;
        }
    };
    let admitted = match access::admit(&shared.db, &peer) {
        Ok(a) => a,
        Err(why) => {
            log(&format!("refused process {}: {why}", peer.pid));
            send_welcome(&mut stream, &Welcome::Refused(why));
            return;
        }
    };
    let read_only = admitted.viewer.clone().or_else(|| {
        hello
            .read_only
            .then(|| "this session was started with --read-only".to_string())
    });
    let session = wire::Session {
        head: HelloHead::ours(),
        user: admitted.user.clone(),
        owner_pid: std::process::id(),
        read_only: read_only.clone(),
        txn: *guard(&shared.txn),
    };
    send_welcome(&mut stream, &Welcome::Ok(session));
    if stream.set_read_timeout(None).is_err() {
        return;
    }
    match hello.purpose {
        Purpose::Requests => {
            let caller = Caller {
                user: admitted.user,
                read_only,
            };
            match shared.held.serve(&mut stream, &caller, shared) {
                Closed::Normally | Closed::Stopping => {}
                Closed::Garbage(why) => log(&format!(
                    "closed the connection of process {} ({}): {why}",
                    peer.pid, caller.user
                )),
                Closed::LeaseExpired => log(&format!(
                    "process {} ({}) held the write lock without a word for {} s; its save was dropped",
                    peer.pid,
                    caller.user,
                    crate::store::remote::serve::LEASE.as_secs()
                )),
                Closed::Io(_) => {}
            }
        }
        Purpose::Changes => {
            // Read apart from the call: a guard made in the argument list
            // would live until feed returned, and no save could publish.
            let sent = *guard(&shared.txn);
            feed(stream, shared, sent)
        }
    }
}

fn read_hello(stream: &mut UnixStream) -> Result<Hello, String> {
    stream
        .set_read_timeout(Some(HELLO_WAIT))
        .map_err(|e| e.to_string())?;
    let frame = wire::read_frame(stream).map_err(|e| format!("no hello: {e}"))?;
    let (head, _) = wire::decode_prefix::<HelloHead>(&frame)
        .map_err(|_| "a hello that is not kumban's; closed".to_string())?;
    if head.magic != MAGIC {
        return Err("a hello that is not kumban's; closed".into());
    }
    if let Some(why) = head.mismatch(false) {
        return Err(why);
    }
    wire::decode::<Hello>(&frame).map_err(|e| format!("a hello that could not be read ({e})"))
}

/// Pushes each new transaction number to a client until it hangs up.
fn feed(mut stream: UnixStream, shared: &Shared, mut sent: u64) {
    loop {
        let txn = {
            let t = guard(&shared.txn);
            let (t, _) = shared
                .changed
                .wait_timeout_while(t, Duration::from_secs(1), |t| *t <= sent)
                .unwrap_or_else(|p| p.into_inner());
            *t
        };
        if txn > sent {
            let Ok(bytes) = wire::encode(&Notice { txn }) else {
                return;
            };
            if wire::write_frame(&mut stream, &bytes).is_err() {
                return;
            }
            sent = txn;
        }
        if hung_up(&mut stream) || guard(&shared.state).closing {
            return;
        }
    }
}

/// True when the client closed its end (it never sends on a feed).
fn hung_up(stream: &mut UnixStream) -> bool {
    if stream.set_nonblocking(true).is_err() {
        return true;
    }
    let mut byte = [0u8; 1];
    let gone = match stream.read(&mut byte) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
    };
    gone || stream.set_nonblocking(false).is_err()
}
