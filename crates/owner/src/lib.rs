//! `kumban serve`: the process that holds a database and serves every
//! kumban session on it through a Unix socket in the database folder.
//!
//! Started by a service manager (in the foreground, until stopped), or in
//! the background by the first kumban that finds no owner (it then exits
//! a while after its last client leaves). One thread per connection; the
//! store's write lock orders the writes, each one transaction flushed
//! before its answer is sent.

// House rules (docs/architecture.md, tests/house_rules.rs): a bad file or
// keystroke becomes an error the user can read, never a crash; and this
// layer never prints (it returns what to say). Tests may do all of this.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::dbg_macro,
    clippy::print_stdout,
    clippy::print_stderr
)]

pub use kumban_store::access;
mod connection;
pub use kumban_store::remote::owner_log as log;

use kumban_store::remote::serve::{Held, Owner};
use kumban_store::remote::socket_path;
use kumban_store::{Store, StoreError, holder};
use std::collections::HashMap;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long a starting owner waits for the previous one to let go.
const PATIENCE: Duration = Duration::from_secs(3);
/// How long an owner asked to stop waits for the answer to reach the
/// client that asked.
const ANSWER_WAIT: Duration = Duration::from_secs(1);
/// More connections than this are turned away, so a runaway client
/// cannot use up the owner's threads.
const MAX_CLIENTS: usize = 256;
/// Connections of one user at most (a TUI holds two, a command one), so
/// that one user's runaway script or flood leaves room for everyone else.
pub const MAX_PER_USER: usize = 64;

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
/// idle long enough, or its socket is taken away while no one is
/// connected (with clients connected, it makes the socket again).
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
    let Some(held) = Held::new(
        &store,
        kumban_interchange::backup::background::start,
        kumban_report::compose,
    ) else {
        return Err(ServeError::Store(StoreError::Write(
            "the owner needs the database itself".into(),
        )));
    };
    // What this user made here before, with a narrower umask or by an
    // older kumban, becomes the group's as well.
    access::share_tree(&db, &db);
    let socket = socket_path(&db);
    // sled is ours, so no other owner lives: a socket there is stale.
    let _ = std::fs::remove_file(&socket);
    let listening = listen(&db, &socket)?;

    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGHUP,
    ] {
        signal_hook::flag::register(sig, stop.clone()).map_err(ServeError::Signals)?;
    }

    log::start(&db);
    log::line(&format!(
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
            per_user: HashMap::new(),
            closing: false,
            stop_asked: None,
            last_left: Instant::now(),
        }),
        wake: Condvar::new(),
        txn: Mutex::new(0),
        changed: Condvar::new(),
        listening: Mutex::new(None),
    });
    shared.publish(shared.held.committed());
    shared.clone().serve_on(listening);
    let why = shared.wait_for_end(opts, &stop, &socket);
    // Held until this process ends: a write that was waiting for it is
    // never cut off halfway (its client hears nothing and says so).
    let _quiet = shared.close(&socket);
    log::finish();
    log::line(&format!("stopped: {why}"));
    Ok(())
}

/// The socket, made afresh: reachable by the folder's group when the
/// folder lets the group in, by its owner alone otherwise.
fn listen(db: &Path, socket: &Path) -> Result<Listening, ServeError> {
    let listener = UnixListener::bind(socket).map_err(|error| ServeError::Socket {
        path: socket.to_path_buf(),
        error,
    })?;
    let group_may_enter = std::fs::metadata(db)
        .map(|m| m.mode() & 0o010 != 0)
        .unwrap_or(false);
    let mode = if group_may_enter { 0o770 } else { 0o700 };
    let _ = std::fs::set_permissions(socket, std::fs::Permissions::from_mode(mode));
    access::share(db, socket);
    let inode = std::fs::metadata(socket).map(|m| m.ino()).ok();
    Ok(Listening {
        listener,
        inode,
        retired: Arc::new(AtomicBool::new(false)),
    })
}

/// The socket being served, and how to stop its accepting thread.
struct Listening {
    listener: UnixListener,
    inode: Option<u64>,
    retired: Arc<AtomicBool>,
}

impl Listening {
    /// Ends the thread accepting on this socket (its `accept` returns at
    /// once once the socket is shut down).
    fn retire(&self) {
        self.retired.store(true, Ordering::SeqCst);
        let _ =
            nix::sys::socket::shutdown(self.listener.as_raw_fd(), nix::sys::socket::Shutdown::Read);
    }
}

/// What became of the socket file.
enum SocketFile {
    Ours,
    Gone,
    Replaced,
}

struct State {
    clients: usize,
    /// Connections of each uid, for `MAX_PER_USER`.
    per_user: HashMap<u32, usize>,
    closing: bool,
    /// When the only client asked this owner to stop.
    stop_asked: Option<Instant>,
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
    listening: Mutex<Option<Listening>>,
}

fn guard<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Shared {
    /// Accepts connections on `listening` in a thread of its own, until
    /// it is retired.
    fn serve_on(self: Arc<Self>, listening: Listening) {
        let listener = listening.listener.try_clone();
        let retired = listening.retired.clone();
        let old = guard(&self.listening).replace(listening);
        if let Some(old) = old {
            old.retire();
        }
        match listener {
            Ok(l) => {
                std::thread::spawn(move || connection::accept(l, self, retired));
            }
            Err(e) => log::line(&format!("cannot accept connections: {e}")),
        }
    }

    fn socket_file(&self, socket: &Path) -> SocketFile {
        let ours = guard(&self.listening).as_ref().and_then(|l| l.inode);
        match std::fs::symlink_metadata(socket) {
            Ok(m) if Some(m.ino()) == ours => SocketFile::Ours,
            Ok(_) => SocketFile::Replaced,
            Err(_) => SocketFile::Gone,
        }
    }

    fn wait_for_end(self: &Arc<Self>, opts: &Serve, stop: &AtomicBool, socket: &Path) -> String {
        let mut state = guard(&self.state);
        loop {
            if stop.load(Ordering::SeqCst) {
                return "asked to stop by a signal".into();
            }
            // Once that client has its answer: it waits for it, and
            // would take an owner gone before answering for no owner.
            if let Some(asked) = state.stop_asked
                && (state.clients == 0 || asked.elapsed() >= ANSWER_WAIT)
            {
                return "asked to stop by its only client".into();
            }
            // A daily backup being written keeps the owner: the session
            // that asked for it may have quit already.
            if state.clients == 0
                && let Some(idle) = opts.idle_exit
                && state.last_left.elapsed() >= idle
                && !kumban_interchange::backup::background::busy()
            {
                return format!("no client for {} s", idle.as_secs());
            }
            match self.socket_file(socket) {
                SocketFile::Ours => {}
                // No one can reach this owner now; with no one to serve,
                // the next session simply starts another.
                SocketFile::Gone if state.clients == 0 => {
                    return format!("{} was removed", socket.display());
                }
                // Its clients stay; new sessions must reach it too.
                SocketFile::Gone => {
                    drop(state);
                    match listen(&self.db, socket) {
                        Ok(l) => {
                            self.clone().serve_on(l);
                            log::line(&format!("{} was removed; made it again", socket.display()));
                        }
                        Err(e) => return format!("{} was removed and {e}", socket.display()),
                    }
                    state = guard(&self.state);
                    continue;
                }
                SocketFile::Replaced => {
                    return format!("{} was replaced by another file", socket.display());
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
    fn close(&self, socket: &Path) -> kumban_store::remote::serve::Quiet<'_> {
        guard(&self.state).closing = true;
        if matches!(self.socket_file(socket), SocketFile::Ours) {
            let _ = std::fs::remove_file(socket);
        }
        if let Some(l) = guard(&self.listening).as_ref() {
            l.retire();
        }
        let quiet = self.held.quiesce();
        holder::release(&self.db);
        quiet
    }

    /// A place for a new connection of `uid`, or why there is none.
    fn enter(&self, uid: u32) -> Result<(), Option<String>> {
        let mut state = guard(&self.state);
        if state.closing {
            // Closed before the handshake: the client tries again and
            // reaches the next owner.
            return Err(None);
        }
        let mine = state.per_user.get(&uid).copied().unwrap_or(0);
        if mine >= MAX_PER_USER {
            let user = access::user_name(uid);
            return Err(Some(format!(
                "{user} already has {MAX_PER_USER} connections to the kumban that holds this database; close some of {user}'s kumban sessions and try again"
            )));
        }
        if state.clients >= MAX_CLIENTS {
            return Err(Some(format!(
                "the kumban that holds this database already serves {MAX_CLIENTS} sessions; close some and try again"
            )));
        }
        state.clients += 1;
        state.per_user.insert(uid, mine + 1);
        Ok(())
    }

    fn publish(&self, txn: u64) {
        let mut t = guard(&self.txn);
        if txn > *t {
            *t = txn;
            self.changed.notify_all();
        }
    }

    fn left(&self, uid: u32) {
        let mut state = guard(&self.state);
        state.clients = state.clients.saturating_sub(1);
        if let Some(n) = state.per_user.get_mut(&uid) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                state.per_user.remove(&uid);
            }
        }
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
            state.stop_asked = Some(Instant::now());
            self.wake.notify_all();
            true
        } else {
            false
        }
    }
}
