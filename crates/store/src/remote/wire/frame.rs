//! Length-prefixed frames: a u32 big-endian length, then that many bytes.

use super::MAX_FRAME;
use std::io::{Read, Write};

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
