//! The seal of a backup of format 2: the zstd stream of the lines, then a
//! skippable frame with the SHA-256 of every compressed byte before it.

use super::BackupError;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

/// zstd's default: most of the gain of the higher levels (measured in
/// docs/performance.md) at a fraction of their time.
const LEVEL: i32 = 3;

/// zstd's marker of a frame decoders skip: here it carries the SHA-256
/// of every compressed byte before it, so that a change to any byte of
/// the file, even one zstd would not notice, is refused.
const SEAL_MAGIC: [u8; 4] = [0x50, 0x2A, 0x4D, 0x18];
const SEAL_LEN: u64 = 4 + 4 + 32;

/// Hashes every byte it passes on.
pub(super) struct Hashing<W: Write> {
    pub(super) inner: W,
    pub(super) sha: Sha256,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.sha.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Writes what `fill` writes through zstd into `w`, then the seal.
pub(super) fn sealed<W: Write, T>(
    w: &mut W,
    fill: impl FnOnce(&mut dyn Write) -> Result<T, BackupError>,
) -> Result<T, BackupError> {
    let io = |e: io::Error| BackupError::Write(e.to_string());
    let hashing = Hashing {
        inner: &mut *w,
        sha: Sha256::new(),
    };
    let mut z = zstd::stream::write::Encoder::new(hashing, LEVEL).map_err(io)?;
    z.include_checksum(true).map_err(io)?;
    let value = fill(&mut z)?;
    let hashing = z.finish().map_err(io)?;
    let sum = hashing.sha.finalize();
    w.write_all(&SEAL_MAGIC).map_err(io)?;
    w.write_all(&32u32.to_le_bytes()).map_err(io)?;
    w.write_all(&sum).map_err(io)?;
    Ok(value)
}

/// Checks the seal at the end of a file of format 2.
pub(super) fn check_seal(path: &Path) -> Result<(), BackupError> {
    let mut file = File::open(path).map_err(|e| BackupError::read(path, e))?;
    let len = file
        .metadata()
        .map_err(|e| BackupError::read(path, e))?
        .len();
    let incomplete = || BackupError::Incomplete {
        path: path.to_path_buf(),
    };
    if len < SEAL_LEN {
        return Err(incomplete());
    }
    let body = len - SEAL_LEN;
    let mut sha = Sha256::new();
    let copied = io::copy(&mut Read::take(&mut file, body), &mut HashSink(&mut sha))
        .map_err(|e| BackupError::read(path, e))?;
    let mut seal = [0u8; SEAL_LEN as usize];
    file.read_exact(&mut seal)
        .map_err(|e| BackupError::read(path, e))?;
    if copied != body || seal[..4] != SEAL_MAGIC || seal[4..8] != 32u32.to_le_bytes() {
        return Err(incomplete());
    }
    if seal[8..] != sha.finalize()[..] {
        return Err(BackupError::damaged(
            path,
            &kumban_i18n::tr!("backup-checksum-mismatch"),
        ));
    }
    Ok(())
}

struct HashSink<'s>(&'s mut Sha256);

impl Write for HashSink<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
