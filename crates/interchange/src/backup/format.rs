//! The backup file: JSON lines, a header first and a checksum last,
//! compressed as one zstd stream (format 2; format 1 is the same lines
//! uncompressed, and is still read).
//!
//! ```text
//! {"format":"kumban-backup","version":2,"schema":1,"kumban":"0.1.0",...}
//! {"counters":{...}}
//! {"record":{"id":1,"audit":{...},"record":{"Household":{...}}}}
//! {"change":{"seq":1,"txn":1,...}}
//! {"review":{"village":"Bansuo","period":{...},"state":"Approved",...}}
//! {"sha256":"<64 hex digits over every byte above>"}
//! ```
//!
//! Text inside, so that `zstd -dc` shows a damaged file to the eye; one
//! item per line, so that writing, checking and reading need one line of
//! memory at a time. The checksum is over the uncompressed lines, so it
//! means the same in both formats; zstd's own frame checksum catches
//! damage to the compressed bytes before a line is even parsed.

use super::BackupError;
use super::seal::{Hashing, check_seal, sealed};
use super::upgrade;
use kumban_i18n::tr;
use kumban_model::AnyRecord;
use kumban_store::schema::SCHEMA_VERSION;
use kumban_store::{Audit, Change, Counters, Stored};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

pub const FORMAT_NAME: &str = "kumban-backup";
/// The layout of the file (header, lines, checksum, compression). The
/// records inside follow the database schema named in the header.
pub const FORMAT_VERSION: u32 = 2;
/// The first format: the same lines, uncompressed.
pub const PLAIN_VERSION: u32 = 1;

/// Every zstd frame starts with these bytes; no JSON line does.
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xB5, 0x2F, 0xFD];
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
    /// The officer's review of a village's month (after the history; a
    /// kumban before reviews does not read a backup that has one).
    Review(kumban_model::Review),
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

fn line<W: Write>(w: &mut W, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *w, value).map_err(io::Error::other)?;
    w.write_all(b"\n")
}

pub struct Written {
    pub records: usize,
    pub history: usize,
}

/// Writes everything given as a backup of format 2 into `w`: the lines
/// go through zstd as they are made, so memory stays the same whatever
/// the size of the database.
pub fn write<W: Write>(
    w: &mut W,
    header: &Header,
    counters: &Counters,
    records: impl Iterator<Item = Result<Stored<AnyRecord>, kumban_store::StoreError>>,
    history: impl Iterator<Item = Result<Change, kumban_store::StoreError>>,
    reviews: &[kumban_model::Review],
) -> Result<Written, BackupError> {
    sealed(w, |mut z| {
        write_lines(&mut z, header, counters, records, history, reviews)
    })
}

/// Compresses the lines of a backup (as `write_lines` makes them) into a
/// file of format 2.
pub fn compress_lines<W: Write>(mut plain: impl Read, w: &mut W) -> Result<(), BackupError> {
    sealed(w, |z| {
        io::copy(&mut plain, z).map_err(|e| BackupError::Write(e.to_string()))?;
        Ok(())
    })
}

/// The lines of a backup, uncompressed (format 1 is exactly this).
pub fn write_lines<W: Write>(
    w: &mut W,
    header: &Header,
    counters: &Counters,
    records: impl Iterator<Item = Result<Stored<AnyRecord>, kumban_store::StoreError>>,
    history: impl Iterator<Item = Result<Change, kumban_store::StoreError>>,
    reviews: &[kumban_model::Review],
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
    for r in reviews {
        line(&mut h, &Line::Review(r.clone())).map_err(io)?;
    }
    let sha256 = hex(&h.sha.finalize());
    line(&mut h.inner, &Checksum { sha256 }).map_err(io)?;
    Ok(n)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The lines of a backup file, decompressed on the way when it is of
/// format 2.
struct Lines {
    path: PathBuf,
    inner: Box<dyn BufRead + Send>,
    compressed: bool,
    buf: Vec<u8>,
}

impl Lines {
    fn open(path: &Path) -> Result<Lines, BackupError> {
        let mut file = File::open(path)
            .map(|f| BufReader::with_capacity(256 * 1024, f))
            .map_err(|e| BackupError::read(path, e))?;
        let start = file.fill_buf().map_err(|e| BackupError::read(path, e))?;
        let compressed = start.starts_with(&ZSTD_MAGIC);
        let inner: Box<dyn BufRead + Send> = if compressed {
            let z = zstd::stream::read::Decoder::with_buffer(file)
                .map_err(|e| BackupError::read(path, e))?;
            Box::new(BufReader::with_capacity(256 * 1024, z))
        } else {
            Box::new(file)
        };
        Ok(Lines {
            path: path.to_path_buf(),
            inner,
            compressed,
            buf: Vec::new(),
        })
    }

    /// Reads the next line (with its newline) into `self.buf`; false at
    /// the end.
    fn next(&mut self) -> Result<bool, BackupError> {
        self.buf.clear();
        let n = Read::take(&mut self.inner, MAX_LINE + 1)
            .read_until(b'\n', &mut self.buf)
            .map_err(|e| self.failed(e))?;
        if n as u64 > MAX_LINE {
            return Err(BackupError::damaged(
                &self.path,
                &tr!("backup-line-too-long"),
            ));
        }
        Ok(n > 0)
    }

    /// A read error: of the disk, or of zstd finding the compressed bytes
    /// cut short or changed.
    fn failed(&self, e: io::Error) -> BackupError {
        if !self.compressed || e.raw_os_error().is_some() {
            return BackupError::read(&self.path, e);
        }
        if e.kind() == io::ErrorKind::UnexpectedEof || e.to_string().contains("incomplete") {
            return BackupError::Incomplete {
                path: self.path.clone(),
            };
        }
        BackupError::damaged(
            &self.path,
            &tr!("backup-compressed-unreadable", reason = e.to_string()),
        )
    }

    fn header(&mut self) -> Result<Header, BackupError> {
        let path = self.path.clone();
        let not = || BackupError::NotABackup { path: path.clone() };
        let compressed = self.compressed;
        let more = self
            .next()
            .map_err(|e| if compressed { e } else { not() })?;
        if !more {
            return Err(not());
        }
        let value: serde_json::Value = serde_json::from_slice(&self.buf).map_err(|_| not())?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
            return Err(not());
        }
        let header: Header = serde_json::from_value(value).map_err(|e| {
            BackupError::damaged(&path, &tr!("backup-header", reason = e.to_string()))
        })?;
        let too_new = |what: &'static str, found: u32, supported: u32| BackupError::TooNew {
            path: path.clone(),
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
            return Err(BackupError::damaged(&path, &tr!("backup-version-0")));
        }
        if self.compressed != (header.version >= FORMAT_VERSION) {
            return Err(BackupError::damaged(&path, &tr!("backup-other-format")));
        }
        Ok(header)
    }
}

/// Checks the header and the checksum, reading the file once, one line at
/// a time. Nothing is parsed beyond the header until this passes.
pub fn verify(path: &Path) -> Result<Header, BackupError> {
    let mut lines = Lines::open(path)?;
    let header = lines.header()?;
    if lines.compressed {
        check_seal(path)?;
    }
    let mut sha = Sha256::new();
    sha.update(&lines.buf);
    let mut last = Vec::new();
    let mut count = 0u64;
    while lines.next()? {
        if count > 0 {
            sha.update(&last);
        }
        std::mem::swap(&mut last, &mut lines.buf);
        count += 1;
    }
    let incomplete = || BackupError::Incomplete {
        path: path.to_path_buf(),
    };
    if count == 0 || !last.ends_with(b"\n") {
        return Err(incomplete());
    }
    let Ok(sum) = serde_json::from_slice::<Checksum>(&last) else {
        // The last line is a record: the file stops before its checksum.
        if serde_json::from_slice::<serde_json::Value>(&last).is_ok() {
            return Err(incomplete());
        }
        return Err(BackupError::damaged(
            path,
            &tr!("backup-checksum-unreadable"),
        ));
    };
    if sum.sha256 != hex(&sha.finalize()) {
        return Err(BackupError::damaged(path, &tr!("backup-checksum-mismatch")));
    }
    Ok(header)
}

/// One item of a backup after its counters.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Record(Stored<AnyRecord>),
    Change(Change),
    Review(kumban_model::Review),
}

/// A verified backup of either format, read one item at a time and
/// brought up to this kumban's schema on the way: records in kind and id
/// order, then the history oldest first. Memory stays at one line.
pub struct Reader {
    items: Items,
    counters: Counters,
}

/// The lines after the header, parsed.
struct Items {
    lines: Lines,
    header: Header,
    line_no: u64,
    done: bool,
}

impl Reader {
    /// Verifies the whole file (header, checksum), then opens it again
    /// for reading: nothing is yielded from a file that fails the check.
    pub fn open(path: &Path) -> Result<Reader, BackupError> {
        let header = verify(path)?;
        let mut lines = Lines::open(path)?;
        lines.header()?;
        let mut items = Items {
            lines,
            header,
            line_no: 1,
            done: false,
        };
        let counters = match items.next_line()? {
            Some(Line::Counters(c)) => c,
            _ => return Err(items.damaged(tr!("backup-no-counters"))),
        };
        Ok(Reader { items, counters })
    }

    pub fn header(&self) -> &Header {
        &self.items.header
    }

    /// The id, transaction and history counters the database had.
    pub fn counters(&self) -> &Counters {
        &self.counters
    }
}

impl Items {
    fn damaged(&self, e: impl std::fmt::Display) -> BackupError {
        BackupError::damaged(
            &self.lines.path,
            &tr!(
                "backup-at-line",
                line = self.line_no.to_string(),
                reason = e.to_string()
            ),
        )
    }

    fn next_line(&mut self) -> Result<Option<Line>, BackupError> {
        if self.done || !self.lines.next()? {
            self.done = true;
            return Ok(None);
        }
        self.line_no += 1;
        let value: serde_json::Value =
            serde_json::from_slice(&self.lines.buf).map_err(|e| self.damaged(e))?;
        if value.get("sha256").is_some() {
            self.done = true;
            return Ok(None);
        }
        let value = upgrade::to_current(self.header.schema, value).map_err(|e| self.damaged(e))?;
        serde_json::from_value::<Line>(value)
            .map(Some)
            .map_err(|e| self.damaged(e))
    }
}

impl Iterator for Reader {
    type Item = Result<Item, BackupError>;

    fn next(&mut self) -> Option<Self::Item> {
        let items = &mut self.items;
        let item = match items.next_line() {
            Ok(None) => return None,
            Ok(Some(Line::Record(r))) => Ok(Item::Record(Stored {
                id: r.id,
                audit: r.audit,
                record: r.record,
            })),
            Ok(Some(Line::Change(c))) => Ok(Item::Change(c)),
            Ok(Some(Line::Review(r))) => Ok(Item::Review(r)),
            Ok(Some(Line::Counters(_))) => Err(items.damaged(tr!("backup-second-counters"))),
            Err(e) => Err(e),
        };
        if item.is_err() {
            items.done = true;
        }
        Some(item)
    }
}
