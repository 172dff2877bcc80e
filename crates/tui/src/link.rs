//! The link to the user's terminal, which over SSH can go away: a hang-up
//! is seen on the terminal itself (so a wrapper that swallows SIGHUP does
//! not leave kumban running), and a terminal nobody reads any more (a
//! silently dropped link) is noticed by a watchdog.

use kumban_store::WeakStore;
use nix::libc;
use std::os::fd::RawFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long the terminal may refuse what kumban writes before the session
/// is over (`KUMBAN_WRITE_TIMEOUT`, in seconds, changes it).
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(60);

pub fn write_timeout() -> Duration {
    std::env::var("KUMBAN_WRITE_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|s| *s > 0)
        .map_or(WRITE_TIMEOUT, Duration::from_secs)
}

/// The terminals kumban talks to (standard input and output, those of
/// them that were terminals when the session started).
pub struct Terminals(Vec<RawFd>);

impl Terminals {
    pub fn at_start() -> Terminals {
        // SAFETY: isatty only looks at the descriptor.
        Terminals(
            [0, 1]
                .into_iter()
                .filter(|fd| unsafe { libc::isatty(*fd) } == 1)
                .collect(),
        )
    }

    /// True when one of them has hung up (the other end of the
    /// pseudo-terminal closed, or the session was hung up): poll reports a
    /// hang-up or an error there. One system call; nothing is written.
    pub fn gone(&self) -> bool {
        self.0.iter().any(|fd| hung_up(*fd))
    }
}

fn hung_up(fd: RawFd) -> bool {
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd, for the length given; no waiting.
    let ready = unsafe { libc::poll(&mut pfd, 1, 0) };
    ready > 0 && pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// Whether SIGHUP was set to be ignored by whoever started kumban (nohup,
/// a wrapper that handles hang-ups itself). Then kumban leaves it ignored,
/// as such a parent asks, and relies on the terminal itself to tell.
pub fn hangup_ignored() -> bool {
    // SAFETY: a query only (no new action); `old` is written by the call.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGHUP, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

/// After a stall, how long the blocked write gets to return before the
/// process ends without it (the store flushed and released first).
const LAST_RESORT: Duration = Duration::from_secs(10);

/// Watches the writes to the terminal. While one has been blocked longer
/// than the timeout (nobody reads the other end), it marks the session
/// stalled, throws away the terminal's pending output and interrupts the
/// blocked write, so that it returns and the session ends cleanly.
pub struct Watchdog {
    start: Instant,
    /// Milliseconds since `start` when the write in progress began, plus
    /// one; zero when not writing.
    writing_since: Arc<AtomicU64>,
    stalled: Arc<AtomicBool>,
}

impl Watchdog {
    /// Watches writes made on the calling thread.
    pub fn start(timeout: Duration, store: WeakStore) -> Watchdog {
        let w = Watchdog {
            start: Instant::now(),
            writing_since: Arc::new(AtomicU64::new(0)),
            stalled: Arc::new(AtomicBool::new(false)),
        };
        let since = Arc::clone(&w.writing_since);
        let stalled = Arc::clone(&w.stalled);
        let start = w.start;
        // SAFETY: the id of the calling thread, which outlives the watchdog
        // (the process ends with it).
        let writer = unsafe { libc::pthread_self() };
        let check = (timeout / 4).clamp(Duration::from_millis(100), Duration::from_secs(1));
        std::thread::spawn(move || {
            let mut stalled_at: Option<Instant> = None;
            loop {
                std::thread::sleep(check);
                let began = since.load(Ordering::SeqCst);
                if began == 0 {
                    continue;
                }
                let now = start.elapsed().as_millis() as u64 + 1;
                if now.saturating_sub(began) < timeout.as_millis() as u64 {
                    continue;
                }
                stalled.store(true, Ordering::SeqCst);
                let at = *stalled_at.get_or_insert_with(Instant::now);
                if at.elapsed() > LAST_RESORT {
                    if let Some(store) = store.upgrade() {
                        let _ = store.flush();
                        kumban_store::holder::release(store.path());
                    }
                    std::process::exit(1);
                }
                // SAFETY: tcflush discards what waits to be read on the
                // terminal's far side; SIGWINCH (handled by the terminal
                // library, restarting the call) wakes the blocked write so
                // that it sees the room.
                unsafe {
                    libc::tcflush(1, libc::TCOFLUSH);
                    libc::pthread_kill(writer, libc::SIGWINCH);
                }
            }
        });
        w
    }

    /// Runs `write` under watch.
    pub fn watch<T>(&self, write: impl FnOnce() -> T) -> T {
        let now = self.start.elapsed().as_millis() as u64 + 1;
        self.writing_since.store(now, Ordering::SeqCst);
        let out = write();
        self.writing_since.store(0, Ordering::SeqCst);
        out
    }

    /// True once a write was blocked past the timeout.
    pub fn stalled(&self) -> bool {
        self.stalled.load(Ordering::SeqCst)
    }
}
