//! What travels between a client and the owner: length-prefixed frames
//! (u32 big-endian, at most `MAX_FRAME` bytes) holding bincode messages.
//! The first frame each way is a handshake whose leading fields never
//! change, so two different kumbans can always tell each other so.
//! After it, each request is a `store::Request` as it is, and each answer
//! a `Result<Reply, StoreError>` as it is: no type is mirrored for the
//! wire.

mod frame;
mod handshake;

pub use crate::error::StoreError;
pub use crate::request::{Keyed, ListQuery, LockFor, Op, Reply, Request, ReviewRequest};
pub use frame::{FrameError, read_frame, write_frame};
pub use handshake::{Hello, HelloHead, Notice, Purpose, Session, Welcome};

use serde::{Serialize, de::DeserializeOwned};

/// Bump whenever a message changes shape. 4: errors travel as
/// `StoreError` itself. 5: `Request::IncomeSums`. 6:
/// `Request::HealthFigures`. 7: `Request::AttendanceCounts`. 8:
/// `Request::ProductsInUse`, `GroupsInUse` and `HouseholdsNamed`.
pub const PROTOCOL: u32 = 8;
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
