//! The change feed: a second connection on which the owner pushes the
//! number of each committed transaction. A thread reads it, so the
//! screens can ask "anything new?" without waiting.

use super::Connect;
use super::conn::{Attempt, Conn};
use super::start::socket_path;
use super::wire::{self, Notice, Purpose};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the change feed has seen so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Changes {
    /// The newest transaction committed by any session, as last heard.
    /// It only grows; when it differs from the one a screen was drawn
    /// at, that screen is out of date.
    pub txn: u64,
    /// False while the owner cannot be reached (it stopped or crashed):
    /// the next request starts a new one.
    pub connected: bool,
}

pub(crate) struct Live {
    txn: AtomicU64,
    connected: AtomicBool,
    stop: AtomicBool,
    stream: Mutex<Option<UnixStream>>,
}

/// How often a lost feed tries again. It never starts an owner itself:
/// the next request does.
const RETRY: Duration = Duration::from_millis(250);

impl Live {
    pub(crate) fn start(db: &Path, how: &Connect) -> Arc<Live> {
        let live = Arc::new(Live {
            txn: AtomicU64::new(0),
            connected: AtomicBool::new(false),
            stop: AtomicBool::new(false),
            stream: Mutex::new(None),
        });
        let socket = socket_path(db);
        let read_only = how.read_only;
        let feed = live.clone();
        // Connect once before returning, so the first answer is current.
        let first = Conn::open(&socket, read_only, Purpose::Changes).ok();
        if let Some(c) = &first {
            live.txn.store(c.session.txn, Ordering::SeqCst);
            live.connected.store(true, Ordering::SeqCst);
        }
        std::thread::spawn(move || feed.run(&socket, read_only, first));
        live
    }

    pub(crate) fn now(&self) -> Changes {
        Changes {
            txn: self.txn.load(Ordering::SeqCst),
            connected: self.connected.load(Ordering::SeqCst),
        }
    }

    pub(crate) fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(s) = self.stream.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }

    fn run(&self, socket: &Path, read_only: bool, mut first: Option<Conn>) {
        while !self.stop.load(Ordering::SeqCst) {
            let conn = match first.take() {
                Some(c) => Ok(c),
                None => Conn::open(socket, read_only, Purpose::Changes),
            };
            match conn {
                Ok(conn) => {
                    self.txn.fetch_max(conn.session.txn, Ordering::SeqCst);
                    let mut stream = conn.into_stream();
                    if let Ok(s) = stream.try_clone() {
                        *self.stream.lock().unwrap_or_else(|p| p.into_inner()) = Some(s);
                    }
                    if self.stop.load(Ordering::SeqCst) {
                        return;
                    }
                    self.connected.store(true, Ordering::SeqCst);
                    while let Ok(frame) = wire::read_frame(&mut stream) {
                        if let Ok(n) = wire::decode::<Notice>(&frame) {
                            self.txn.fetch_max(n.txn, Ordering::SeqCst);
                        }
                    }
                    self.connected.store(false, Ordering::SeqCst);
                }
                Err(Attempt::Refused(_)) => return,
                Err(Attempt::Unreachable | Attempt::Gone) => {}
            }
            if self.stop.load(Ordering::SeqCst) {
                return;
            }
            std::thread::sleep(RETRY);
        }
    }
}
