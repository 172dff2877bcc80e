//! One connection to the owner: the handshake, then frames.

use super::super::error::StoreError;
use super::wire::{self, FrameError, Hello, HelloHead, Purpose, Session, Welcome};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Duration;

/// An owner that accepted the connection answers the handshake at once;
/// one that does not within this time is stuck or not an owner.
const HANDSHAKE: Duration = Duration::from_secs(10);

pub(crate) struct Conn {
    stream: UnixStream,
    pub session: Session,
}

/// Why a connection could not be made.
pub(crate) enum Attempt {
    /// No owner listens there (no socket, or a stale one).
    Unreachable,
    /// The owner closed the connection before answering: it is exiting.
    Gone,
    /// The owner answered no; trying again will not help.
    Refused(StoreError),
}

impl Conn {
    pub(crate) fn open(socket: &Path, read_only: bool, purpose: Purpose) -> Result<Conn, Attempt> {
        let mut stream = UnixStream::connect(socket).map_err(|_| Attempt::Unreachable)?;
        let hello = Hello {
            head: HelloHead::ours(),
            read_only,
            purpose,
        };
        let bytes = wire::encode(&hello).map_err(|_| Attempt::Gone)?;
        stream
            .set_read_timeout(Some(HANDSHAKE))
            .map_err(|_| Attempt::Gone)?;
        // An owner that turns a connection away answers at once and
        // closes it, maybe before our hello is written: its answer is
        // then still there to read.
        let sent = wire::write_frame(&mut stream, &bytes);
        let frame = match wire::read_frame(&mut stream) {
            Ok(f) => f,
            Err(_) => return Err(Attempt::Gone),
        };
        let welcome = wire::decode::<Welcome>(&frame);
        if sent.is_err() && !matches!(welcome, Ok(Welcome::Refused(_))) {
            return Err(Attempt::Gone);
        }
        let session = match welcome {
            Ok(Welcome::Ok(session)) => session,
            Ok(Welcome::Refused(why)) => return Err(Attempt::Refused(refusal(why))),
            Err(_) => {
                // A different kumban: its refusal (variant 0) still reads.
                return Err(Attempt::Refused(
                    match wire::decode_prefix::<Welcome>(&frame) {
                        Ok((Welcome::Refused(why), _)) => refusal(why),
                        _ => StoreError::Incompatible(
                            "the kumban that holds this database is a different version and its answer cannot be read; use the same kumban for every session".into(),
                        ),
                    },
                ));
            }
        };
        if let Some(why) = session.head.mismatch(true) {
            return Err(Attempt::Refused(StoreError::Incompatible(why)));
        }
        stream.set_read_timeout(None).map_err(|_| Attempt::Gone)?;
        Ok(Conn { stream, session })
    }

    pub(crate) fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        wire::write_frame(&mut self.stream, bytes)
    }

    pub(crate) fn receive(&mut self) -> Result<Vec<u8>, FrameError> {
        wire::read_frame(&mut self.stream)
    }

    /// The stream, for the change feed's reader.
    pub(crate) fn into_stream(self) -> UnixStream {
        self.stream
    }
}

/// Version refusals are worded by whichever side noticed; access
/// refusals by the owner.
fn refusal(why: String) -> StoreError {
    if why.contains(" speaks schema ") {
        StoreError::Incompatible(why)
    } else {
        StoreError::Forbidden(why)
    }
}
