//! CSV rows: a header row of column names, then one record per row.

use super::meter::Metered;
use super::{RawRow, Reader, header_map, unknown_kind};
use crate::cell::unguard_formula;
use crate::columns;
use crate::problems::Loc;
use kumban_i18n::tr;
use kumban_model::RecordKind;
use std::io::Read;

pub(super) fn read(r: &mut Reader<'_>, input: impl Read, file: usize, kind: Option<RecordKind>) {
    let (metered, meter) = Metered::new(input, r.max_row_bytes);
    let mut csv = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(64 * 1024)
        .from_reader(super::crlf::CrLf::new(metered));
    let mut record = ::csv::ByteRecord::new();
    let mut header: Option<(RecordKind, Vec<Option<usize>>, usize)> = None;
    loop {
        let at = csv.position().line();
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let loc = Loc { file, line: at };
                if meter.overflowed() {
                    r.problems.row(
                        loc,
                        tr!("imp-row-too-long", limit = r.max_row_bytes.to_string()),
                    );
                } else {
                    r.problems
                        .row(loc, tr!("imp-cannot-read-here", reason = e.to_string()));
                }
                return;
            }
        }
        meter.mark();
        (r.progress)(meter.total());
        let loc = Loc {
            file,
            line: record.position().map(|p| p.line()).unwrap_or(at),
        };
        let mut cells = Vec::with_capacity(record.len());
        for (i, raw) in record.iter().enumerate() {
            match std::str::from_utf8(raw) {
                Ok(s) => cells.push(s.to_string()),
                Err(_) => {
                    r.problems.row(loc, tr!("imp-cell-not-utf8", n = i + 1));
                    return;
                }
            }
        }
        let Some((kind, map, width)) = &header else {
            let names: Vec<String> = cells.iter().map(|c| columns::normalise(c)).collect();
            let Some(kind) = kind.or_else(|| columns::guess_kind(&names)) else {
                r.problems.row(loc, unknown_kind());
                return;
            };
            match header_map(&names, kind, loc, r.problems) {
                Some(map) => header = Some((kind, map, names.len())),
                None => return,
            }
            continue;
        };
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cols = columns::of(*kind);
        if let Some(i) = cells.iter().position(|c| c.contains(['\n', '\r'])) {
            let name = map
                .iter()
                .position(|m| *m == Some(i))
                .map(|c| cols[c].name)
                .unwrap_or("cell");
            r.problems.field(loc, name, tr!("imp-cell-multiline"));
            continue;
        }
        if cells.len() != *width {
            r.problems
                .row(loc, tr!("imp-cell-count", n = cells.len(), width = *width));
            continue;
        }
        let row = RawRow {
            kind: *kind,
            loc,
            cells: map
                .iter()
                .map(|m| {
                    m.map(|i| unguard_formula(&cells[i]).to_string())
                        .unwrap_or_default()
                })
                .collect(),
        };
        (r.row)(row, r.problems);
    }
    if header.is_none() {
        r.problems.file(file, tr!("imp-no-header"));
    }
}
