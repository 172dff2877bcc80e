//! The backup file: JSON lines, a header first and a checksum last.
//!
//! ```text
//! {"format":"kumban-backup","version":1,"schema":1,"kumban":"0.1.0",...}
//! {"counters":{...}}
//! {"record":{"id":1,"audit":{...},"record":{"Household":{...}}}}
//! {"change":{"seq":1,"txn":1,...}}
//! {"sha256":"<64 hex digits over every byte above>"}
//! ```
//!
//! Text, so that a damaged file can still be read by eye; one item per
//! line, so that writing and checking need one line of memory at a time.

use super::BackupError;
use super::upgrade;
use crate::model::AnyRecord;
use crate::store::schema::SCHEMA_VERSION;
use crate::store::{Audit, Change, Counters, Dump, Stored};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

pub const FORMAT_NAME: &str = "kumban-backup";
/// The layout of the file (header, lines, checksum). The records inside
/// follow the database schema named in the header.
pub const FORMAT_VERSION: u32 = 1;

/// No line of a real backup comes near this; a longer one is damage.
const MAX_LINE: u64 = 8 << 20;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: u32,
    pub schema: u32,
    #[serde(default)]
    pub kumban: String,
    /// RFC 3339, UTC.
    #[serde(default)]
    pub written_at: String,
    #[serde(default)]
    pub written_by: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Line {
    Counters(Counters),
    Record(RecordLine),
    Change(Change),
}

#[derive(Debug, Serialize, Deserialize)]
struct RecordLine {
    id: u64,
    audit: Audit,
    record: AnyRecord,
}

#[derive(Debug, Serialize, Deserialize)]
struct Checksum {
    sha256: String,
}

/// Hashes every byte it passes on.
struct Hashing<'w, W: Write> {
    inner: &'w mut W,
    sha: Sha256,
}

impl<W: Write> Write for Hashing<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.sha.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn line<W: Write>(w: &mut W, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *w, value).map_err(io::Error::other)?;
    w.write_all(b"\n")
}

pub struct Written {
    pub records: usize,
    pub history: usize,
}

/// Writes everything `read` yields as a backup into `w`.
pub fn write<W: Write>(
    w: &mut W,
    header: &Header,
    counters: &Counters,
    records: impl Iterator<Item = Result<Stored<AnyRecord>, crate::store::StoreError>>,
    history: impl Iterator<Item = Result<Change, crate::store::StoreError>>,
) -> Result<Written, BackupError> {
    let mut h = Hashing {
        inner: w,
        sha: Sha256::new(),
    };
    let io = |e: io::Error| BackupError::Write(e.to_string());
    line(&mut h, header).map_err(io)?;
    line(&mut h, &Line::Counters(counters.clone())).map_err(io)?;
    let mut n = Written {
        records: 0,
        history: 0,
    };
    for r in records {
        let r = r?;
        let l = Line::Record(RecordLine {
            id: r.id,
            audit: r.audit,
            record: r.record,
        });
        line(&mut h, &l).map_err(io)?;
        n.records += 1;
    }
    for c in history {
        line(&mut h, &Line::Change(c?)).map_err(io)?;
        n.history += 1;
    }
    let sha256 = hex(&h.sha.finalize());
    line(h.inner, &Checksum { sha256 }).map_err(io)?;
    Ok(n)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads one line (with its newline) into `buf`; false at the end.
fn next_line<R: BufRead>(r: &mut R, buf: &mut Vec<u8>, path: &Path) -> Result<bool, BackupError> {
    buf.clear();
    let n = io::Read::take(&mut *r, MAX_LINE + 1)
        .read_until(b'\n', buf)
        .map_err(|e| BackupError::read(path, e))?;
    if n as u64 > MAX_LINE {
        return Err(BackupError::damaged(
            path,
            "a line is far longer than any backup writes",
        ));
    }
    Ok(n > 0)
}

fn open(path: &Path) -> Result<BufReader<File>, BackupError> {
    File::open(path)
        .map(|f| BufReader::with_capacity(256 * 1024, f))
        .map_err(|e| BackupError::read(path, e))
}

fn header(r: &mut impl BufRead, buf: &mut Vec<u8>, path: &Path) -> Result<Header, BackupError> {
    let not = || BackupError::NotABackup {
        path: path.to_path_buf(),
    };
    if !next_line(r, buf, path).map_err(|_| not())? {
        return Err(not());
    }
    let value: serde_json::Value = serde_json::from_slice(buf).map_err(|_| not())?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
        return Err(not());
    }
    let header: Header = serde_json::from_value(value)
        .map_err(|e| BackupError::damaged(path, &format!("its header: {e}")))?;
    let too_new = |what: &'static str, found: u32, supported: u32| BackupError::TooNew {
        path: path.to_path_buf(),
        what,
        found,
        supported,
    };
    if header.version > FORMAT_VERSION {
        return Err(too_new("backup format", header.version, FORMAT_VERSION));
    }
    if header.schema > SCHEMA_VERSION {
        return Err(too_new("database schema", header.schema, SCHEMA_VERSION));
    }
    if header.version == 0 || header.schema == 0 {
        return Err(BackupError::damaged(path, "its header names a version 0"));
    }
    Ok(header)
}

/// Checks the header and the checksum, reading the file once, one line at
/// a time. Nothing is parsed beyond the header until this passes.
pub fn verify(path: &Path) -> Result<Header, BackupError> {
    let mut r = open(path)?;
    let mut buf = Vec::new();
    let header = header(&mut r, &mut buf, path)?;
    let mut sha = Sha256::new();
    sha.update(&buf);
    let mut last = Vec::new();
    let mut lines = 0u64;
    while next_line(&mut r, &mut buf, path)? {
        if lines > 0 {
            sha.update(&last);
        }
        std::mem::swap(&mut last, &mut buf);
        lines += 1;
    }
    let incomplete = || BackupError::Incomplete {
        path: path.to_path_buf(),
    };
    if lines == 0 || !last.ends_with(b"\n") {
        return Err(incomplete());
    }
    let Ok(sum) = serde_json::from_slice::<Checksum>(&last) else {
        // The last line is a record: the file stops before its checksum.
        if serde_json::from_slice::<serde_json::Value>(&last).is_ok() {
            return Err(incomplete());
        }
        return Err(BackupError::damaged(
            path,
            "its checksum line is unreadable",
        ));
    };
    if sum.sha256 != hex(&sha.finalize()) {
        return Err(BackupError::damaged(
            path,
            "its checksum does not match its content: bytes were changed after it was written",
        ));
    }
    Ok(header)
}

/// Reads a verified backup into records, brought up to this kumban's
/// schema on the way.
pub fn read(path: &Path) -> Result<(Header, Dump), BackupError> {
    let header = verify(path)?;
    let mut r = open(path)?;
    let mut buf = Vec::new();
    next_line(&mut r, &mut buf, path)?;
    let mut counters = None;
    let mut records = Vec::new();
    let mut history = Vec::new();
    let mut n = 1;
    while next_line(&mut r, &mut buf, path)? {
        n += 1;
        let value: serde_json::Value = serde_json::from_slice(&buf)
            .map_err(|e| BackupError::damaged(path, &format!("line {n}: {e}")))?;
        if value.get("sha256").is_some() {
            break;
        }
        let value = upgrade::to_current(header.schema, value)
            .map_err(|e| BackupError::damaged(path, &format!("line {n}: {e}")))?;
        match serde_json::from_value::<Line>(value) {
            Ok(Line::Counters(c)) => counters = Some(c),
            Ok(Line::Record(r)) => records.push(Stored {
                id: r.id,
                audit: r.audit,
                record: r.record,
            }),
            Ok(Line::Change(c)) => history.push(c),
            Err(e) => return Err(BackupError::damaged(path, &format!("line {n}: {e}"))),
        }
    }
    let counters = counters.ok_or_else(|| BackupError::damaged(path, "it has no counters line"))?;
    Ok((
        header,
        Dump {
            records,
            history,
            counters,
        },
    ))
}
