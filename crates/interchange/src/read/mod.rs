//! Reading import files into rows of cells, one row at a time: CSV or
//! JSON, with or without a byte-order mark, LF or CRLF, each row bounded in
//! size. What cannot be read is reported as a problem, never a panic.

mod crlf;
mod csv;
mod json;
pub mod meter;

use super::columns;
use super::problems::{Loc, Problems};
use kumban_i18n::tr;
use kumban_model::RecordKind;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// One row, its cells in the order of `columns::of(kind)`; a column the
/// file does not have reads as an empty cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    pub kind: RecordKind,
    pub loc: Loc,
    pub cells: Vec<String>,
}

/// The longest row read by default. Real rows are under 5 KB; this only
/// stops a runaway line or a quote left open from filling memory.
pub const DEFAULT_MAX_ROW_BYTES: u64 = 1 << 20;

pub struct Reader<'a> {
    pub problems: &'a mut Problems,
    pub max_row_bytes: u64,
    /// Told how many bytes of the current file have been read.
    pub progress: &'a mut dyn FnMut(u64),
    pub row: &'a mut dyn FnMut(RawRow, &mut Problems),
}

impl Reader<'_> {
    /// Reads one file, calling `row` for each row. `file` is the index the
    /// file was registered under in `problems`.
    pub fn read(&mut self, path: &Path, file: usize) {
        let mut input = match File::open(path) {
            Ok(f) => BufReader::with_capacity(64 * 1024, f),
            Err(e) => {
                self.problems
                    .file(file, tr!("imp-cannot-open", reason = e.to_string()));
                return;
            }
        };
        let start = match input.fill_buf() {
            Ok(b) => b.get(..4.min(b.len())).unwrap_or_default().to_vec(),
            Err(e) => {
                self.problems
                    .file(file, tr!("imp-cannot-read", reason = e.to_string()));
                return;
            }
        };
        if let Some(message) = refuse_by_start(&start) {
            self.problems.file(file, message);
            return;
        }
        if start.starts_with(b"\xEF\xBB\xBF") {
            input.consume(3);
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let kind = columns::kind_of_stem(stem);
        let ext = path.extension().and_then(|s| s.to_str()).unwrap_or("");
        let json = if ext.eq_ignore_ascii_case("json") {
            true
        } else if ext.eq_ignore_ascii_case("csv") {
            false
        } else {
            looks_like_json(&mut input)
        };
        if json {
            json::read(self, input, file, kind);
        } else {
            csv::read(self, input, file, kind);
        }
    }
}

/// Files that are surely not UTF-8 CSV or JSON, told apart by their first
/// bytes so the message can say what to do.
fn refuse_by_start(start: &[u8]) -> Option<String> {
    let trimmed: &[u8] = start.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(start);
    if trimmed.is_empty() {
        return Some(tr!("imp-file-empty"));
    }
    if start.starts_with(b"\xFF\xFE") || start.starts_with(b"\xFE\xFF") {
        return Some(tr!("imp-file-utf16"));
    }
    if start.starts_with(b"PK\x03\x04") {
        return Some(tr!("imp-file-workbook"));
    }
    if start.starts_with(b"kumb") {
        return Some(tr!("imp-file-backup"));
    }
    None
}

fn looks_like_json(input: &mut BufReader<File>) -> bool {
    input.fill_buf().is_ok_and(|b| {
        b.iter()
            .find(|c| !c.is_ascii_whitespace())
            .is_some_and(|c| *c == b'[' || *c == b'{')
    })
}

/// Maps header names to column positions, reporting unknown, repeated and
/// missing columns. `None` when the header cannot be used.
fn header_map(
    names: &[String],
    kind: RecordKind,
    loc: Loc,
    problems: &mut Problems,
) -> Option<Vec<Option<usize>>> {
    let cols = columns::of(kind);
    let mut map = vec![None; cols.len()];
    let mut ok = true;
    for (pos, name) in names.iter().enumerate() {
        match cols.iter().position(|c| c.name == name) {
            Some(i) if map[i].is_some() => {
                problems.row(loc, tr!("imp-column-twice", name = name.as_str()));
                ok = false;
            }
            Some(i) => map[i] = Some(pos),
            None => {
                problems.row(
                    loc,
                    tr!(
                        "imp-column-unknown",
                        name = name.as_str(),
                        stem = columns::stem(kind),
                        columns = column_list(kind)
                    ),
                );
                ok = false;
            }
        }
    }
    for (i, c) in cols.iter().enumerate() {
        if c.required && map[i].is_none() {
            problems.row(loc, tr!("imp-column-missing", name = c.name));
            ok = false;
        }
    }
    ok.then_some(map)
}

fn column_list(kind: RecordKind) -> String {
    columns::of(kind)
        .iter()
        .map(|c| c.name)
        .collect::<Vec<_>>()
        .join(",")
}

/// The message when a file's kind cannot be told from its name or header.
fn unknown_kind() -> String {
    let names: Vec<String> = RecordKind::ALL
        .iter()
        .map(|k| format!("{}.csv", columns::stem(*k)))
        .collect();
    tr!("imp-kind-unknown", names = names.join(", "))
}
