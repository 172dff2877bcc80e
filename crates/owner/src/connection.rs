//! The owner's side of each connection before and around the requests:
//! a place for it (or a refusal at once), the hello, who it is, and the
//! change feed.

use super::{Shared, access, guard, log};
use kumban_store::remote::serve::{Caller, Closed};
use kumban_store::remote::wire::{self, Hello, HelloHead, MAGIC, Notice, Purpose, Welcome};
use std::io::Read;
use std::os::unix::net::{UnixListener, UnixStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A client must have said all of its hello within this time; a
/// connection that has not is closed and its place freed.
const HELLO_WAIT: Duration = Duration::from_secs(5);
/// A hello is a few dozen bytes; a longer one is not kumban's.
const HELLO_MAX: u64 = 4096;

pub(super) fn accept(listener: UnixListener, shared: Arc<Shared>, retired: Arc<AtomicBool>) {
    for stream in listener.incoming() {
        if retired.load(Ordering::SeqCst) {
            return;
        }
        let stream = match stream {
            Ok(s) => s,
            Err(e) => {
                // Out of files, say: a moment for connections to end.
                log::event("accept", &format!("cannot accept a connection: {e}"));
                std::thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        let peer = match access::peer(&stream) {
            Ok(p) => p,
            Err(e) => {
                log::event(
                    "no credentials",
                    &format!("a connection without credentials refused: {e}"),
                );
                continue;
            }
        };
        match shared.enter(peer.uid) {
            Ok(()) => {}
            Err(None) => continue,
            Err(Some(why)) => {
                log::event(
                    &format!("full uid {}", peer.uid),
                    &format!("refused process {} (uid {}): {why}", peer.pid, peer.uid),
                );
                turn_away(stream, &why);
                continue;
            }
        }
        let spawned = std::thread::Builder::new()
            .name("kumban-client".into())
            .spawn({
                let shared = shared.clone();
                move || {
                    client(stream, peer, &shared);
                    shared.left(peer.uid);
                }
            });
        if spawned.is_err() {
            shared.left(peer.uid);
        }
    }
}

/// Answers a connection no place is left for, without waiting for its
/// hello (the accepting thread must never wait on a client): the answer
/// is read by a kumban client even after the connection is closed.
fn turn_away(mut stream: UnixStream, why: &str) {
    if stream.set_nonblocking(true).is_ok() {
        send_welcome(&mut stream, &Welcome::Refused(why.to_string()));
    }
}

fn send_welcome(stream: &mut UnixStream, welcome: &Welcome) {
    if let Ok(bytes) = wire::encode(welcome) {
        let _ = wire::write_frame(stream, &bytes);
    }
}

/// One connection, from hello to hang-up.
fn client(mut stream: UnixStream, peer: access::Peer, shared: &Shared) {
    // A client that does not read its answer cannot hold this thread.
    let _ = stream.set_write_timeout(Some(HELLO_WAIT));
    let hello = match read_hello(&stream) {
        Ok(h) => h,
        Err(why) => {
            log::event(
                &format!("hello uid {}", peer.uid),
                &format!("process {} (uid {}): {why}", peer.pid, peer.uid),
            );
            send_welcome(&mut stream, &Welcome::Refused(why));
            return;
        }
    };
    let admitted = match access::admit(&shared.db, &peer) {
        Ok(a) => a,
        Err(why) => {
            log::event(
                &format!("refused uid {}", peer.uid),
                &format!("refused process {}: {why}", peer.pid),
            );
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
    if stream.set_read_timeout(None).is_err() || stream.set_write_timeout(None).is_err() {
        return;
    }
    match hello.purpose {
        Purpose::Requests => {
            let caller = Caller {
                role: admitted.role,
                user: admitted.user,
                read_only,
            };
            match shared.held.serve(&mut stream, &caller, shared) {
                Closed::Normally | Closed::Stopping => {}
                Closed::Garbage(why) => log::event(
                    &format!("garbage uid {}", peer.uid),
                    &format!(
                        "closed the connection of process {} ({}): {why}",
                        peer.pid, caller.user
                    ),
                ),
                Closed::LeaseExpired => log::line(&format!(
                    "process {} ({}) held the write lock without a word for {} s; its save was dropped",
                    peer.pid,
                    caller.user,
                    kumban_store::remote::serve::LEASE.as_secs()
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

fn read_hello(stream: &UnixStream) -> Result<Hello, String> {
    let mut within = Within {
        stream,
        until: Instant::now() + HELLO_WAIT,
    }
    .take(HELLO_MAX + 4);
    let frame = wire::read_frame(&mut within).map_err(|e| match e {
        wire::FrameError::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => {
            format!("no hello within {} s; closed", HELLO_WAIT.as_secs())
        }
        e => format!("no hello: {e}"),
    })?;
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

/// Reads from a stream until a moment, however the bytes trickle in.
struct Within<'a> {
    stream: &'a UnixStream,
    until: Instant,
}

impl Read for Within<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        match self.stream.read(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                Err(std::io::ErrorKind::TimedOut.into())
            }
            other => other,
        }
    }
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
