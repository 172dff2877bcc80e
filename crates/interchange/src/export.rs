//! `kumban export`: every record as CSV or JSON, one file per kind, in id
//! order, so the same database always gives the same bytes.

use super::atomic_file;
use super::cell::guard_formula;
use super::columns::{self, Cell, Column};
use super::to_cells::{ExportError, Names, cells};
use kumban_model::*;
use kumban_store::{Record, Store};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// Excel reads a CSV file as UTF-8 only when it starts with this mark;
/// without it Lao and Chinese names come out garbled.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Version of the one-document JSON export (`--out -`).
pub const JSON_DOCUMENT_VERSION: u32 = 1;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    /// Records written, by kind, in `RecordKind::ALL` order.
    pub counts: Vec<(RecordKind, usize)>,
    pub files: Vec<PathBuf>,
}

/// The path an error names when the export went to standard output;
/// said in the session's language where a person reads it.
pub const STANDARD_OUTPUT: &str = "standard output";

#[derive(Debug, thiserror::Error)]
pub enum ExportFailure {
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error("cannot write {path}: {error}; check the folder exists and is writable")]
    Io { path: PathBuf, error: io::Error },
}

/// What stops an export halfway; given the file's path at the top.
enum Fail {
    Io(io::Error),
    Export(ExportError),
}

impl From<io::Error> for Fail {
    fn from(e: io::Error) -> Fail {
        Fail::Io(e)
    }
}

impl From<csv::Error> for Fail {
    fn from(e: csv::Error) -> Fail {
        Fail::Io(e.into())
    }
}

impl From<ExportError> for Fail {
    fn from(e: ExportError) -> Fail {
        Fail::Export(e)
    }
}

impl From<kumban_store::StoreError> for Fail {
    fn from(e: kumban_store::StoreError) -> Fail {
        Fail::Export(e.into())
    }
}

fn at(path: &Path) -> impl Fn(Fail) -> ExportFailure + '_ {
    move |f| match f {
        Fail::Io(error) => ExportFailure::Io {
            path: path.to_path_buf(),
            error,
        },
        Fail::Export(e) => ExportFailure::Export(e),
    }
}

/// Writes `households.csv`, `pens.csv`, ... (or `.json`) into `dir`,
/// creating it if needed. Existing files of those names are replaced;
/// nothing else in the folder is touched.
pub fn to_dir(store: &Store, format: Format, dir: &Path) -> Result<ExportSummary, ExportFailure> {
    atomic_file::create_private_dir(dir).map_err(|e| at(dir)(e.into()))?;
    store.without_writes(|| {
        let names = Names::read(store).map_err(ExportError::from)?;
        let mut summary = ExportSummary::default();
        for kind in RecordKind::ALL {
            let path = dir.join(format!("{}.{}", columns::stem(kind), format.extension()));
            let n = atomic_file::write(&path, |w| match format {
                Format::Csv => write_csv(store, &names, kind, w),
                Format::Json => write_json_array(store, &names, kind, w),
            })
            .map_err(at(&path))?;
            summary.counts.push((kind, n));
            summary.files.push(path);
        }
        Ok(summary)
    })
}

/// Writes the one-document JSON export (every kind in one object) to `w`.
pub fn json_document(store: &Store, w: &mut dyn Write) -> Result<ExportSummary, ExportFailure> {
    let stdout = Path::new(STANDARD_OUTPUT);
    store.without_writes(|| {
        let names = Names::read(store).map_err(ExportError::from)?;
        let mut summary = ExportSummary::default();
        (|| {
            write!(
                w,
                "{{\"format\":\"kumban-export\",\"version\":{JSON_DOCUMENT_VERSION}"
            )?;
            for kind in RecordKind::ALL {
                write!(w, ",\n\"{}\":", columns::stem(kind))?;
                let n = write_json_array(store, &names, kind, w)?;
                summary.counts.push((kind, n));
            }
            writeln!(w, "}}")?;
            w.flush()?;
            Ok(())
        })()
        .map_err(at(stdout))?;
        Ok(summary)
    })
}

/// Calls `row` with every record of `kind`, in id order.
fn each_row(
    store: &Store,
    names: &Names,
    kind: RecordKind,
    mut row: impl FnMut(&[String]) -> Result<(), Fail>,
) -> Result<usize, Fail> {
    fn go<R: Record>(
        store: &Store,
        names: &Names,
        row: &mut dyn FnMut(&[String]) -> Result<(), Fail>,
    ) -> Result<usize, Fail> {
        let mut n = 0;
        for s in store.all::<R>() {
            row(&cells(&s?.record.into(), names)?)?;
            n += 1;
        }
        Ok(n)
    }
    kumban_model::for_kind!(kind, K => go::<K>(store, names, &mut row))
}

fn write_csv(
    store: &Store,
    names: &Names,
    kind: RecordKind,
    w: &mut dyn Write,
) -> Result<usize, Fail> {
    w.write_all(UTF8_BOM)?;
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(w);
    let cols = columns::of(kind);
    csv.write_record(cols.iter().map(|c| c.name))?;
    let n = each_row(store, names, kind, |cells| {
        Ok(csv.write_record(cells.iter().map(|c| guard_formula(c).into_owned()))?)
    })?;
    csv.flush()?;
    Ok(n)
}

/// A JSON array with one record object per line, keys in column order.
fn write_json_array(
    store: &Store,
    names: &Names,
    kind: RecordKind,
    w: &mut dyn Write,
) -> Result<usize, Fail> {
    let cols = columns::of(kind);
    let mut first = true;
    w.write_all(b"[")?;
    let n = each_row(store, names, kind, |cells| {
        let sep: &[u8] = if first { b"\n" } else { b",\n" };
        first = false;
        w.write_all(sep)?;
        Ok(w.write_all(json_object(cols, cells).as_bytes())?)
    })?;
    w.write_all(if n == 0 { b"]" } else { b"\n]" })?;
    Ok(n)
}
pub fn json_object(cols: &[Column], cells: &[String]) -> String {
    let mut out = String::from("{");
    for (i, (col, cell)) in cols.iter().zip(cells).enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::Value::from(col.name).to_string());
        out.push(':');
        out.push_str(&json_value(col.cell, cell).to_string());
    }
    out.push('}');
    out
}

fn json_value(cell: Cell, text: &str) -> serde_json::Value {
    use serde_json::Value;
    match cell {
        Cell::Text if text.is_empty() => Value::Null,
        Cell::Text => Value::from(text),
        Cell::Int => text
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::from(text)),
        Cell::Bool => Value::from(text == "yes"),
        Cell::List => Value::from(
            super::cell::split_groups(text)
                .map(Value::from)
                .collect::<Vec<_>>(),
        ),
    }
}
