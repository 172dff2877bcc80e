//! `kumban report`: the office's tables for any year, quarter or month,
//! composed from store reads (the store's income sums, the households,
//! animals and pregnancies). Every figure is defined in docs/reports.md.
//! Each report builds a `Table`; `text`, `csv` and `json` write any table;
//! `html` writes the printable report around one or more.

mod baseline;
mod calvings;
mod convert;
mod csv;
mod group;
mod herd;
mod household;
pub mod html;
mod json;
mod money;
mod month;
mod span;
mod table;
mod text;
mod village;
mod words;

pub use convert::Conversion;
pub use span::{Span, Unit, month_end};
pub use table::{Apart, Cell, Column, RowLink, Table};
pub use text::{apart_lines, total_row};
pub use words::{Said, Words};

use kumban_model::{Currency, Date};
use kumban_store::{Store, StoreError};

/// Which report: what `--by` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ReportKind {
    Household,
    Village,
    Group,
    Month,
    Baseline,
    Herd,
    Calvings,
}

impl ReportKind {
    pub const ALL: [ReportKind; 7] = [
        ReportKind::Household,
        ReportKind::Village,
        ReportKind::Group,
        ReportKind::Month,
        ReportKind::Baseline,
        ReportKind::Herd,
        ReportKind::Calvings,
    ];

    /// As `--by` takes it and the JSON's `report` key gives it.
    pub fn name(self) -> &'static str {
        match self {
            ReportKind::Household => "household",
            ReportKind::Village => "village",
            ReportKind::Group => "group",
            ReportKind::Month => "month",
            ReportKind::Baseline => "baseline",
            ReportKind::Herd => "herd",
            ReportKind::Calvings => "calvings",
        }
    }
}

/// How a table is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Csv,
    Json,
    /// A self-contained A4 page; `html::Printable` adds the indicators,
    /// the charts and the source around the tables.
    Html,
}

/// Works out one report over `span`. `today` only tells which calvings
/// are still ahead and which overdue.
pub fn build(
    store: &Store,
    kind: ReportKind,
    span: Span,
    today: Date,
) -> Result<Table, StoreError> {
    build_in(store, kind, span, today, None)
}

/// `build`, with every amount converted into `currency` when one is
/// given (`--currency`); what has no rate is kept apart
/// (`Table::not_converted`). Herd and calvings have no money.
pub fn build_in(
    store: &Store,
    kind: ReportKind,
    span: Span,
    today: Date,
    currency: Option<Currency>,
) -> Result<Table, StoreError> {
    // Through an owner, the owner works the table out where the records
    // are (one round trip) with this same code: only the table crosses
    // the socket, not 60,000 animals or a month row per household.
    let ask = Ask {
        kind,
        span,
        today,
        currency,
    };
    match store.composed(REPORT, remote::encode(&ask)?) {
        Ok(Some(bytes)) => return remote::decode(&bytes),
        Ok(None) => {}
        // A table larger than one message (a district of many tens of
        // thousands of households): worked out here from paged reads.
        Err(StoreError::TooLarge { .. }) => {}
        Err(e) => return Err(e),
    }
    build_here(store, ask)
}

/// The name a report is asked for by (`Request::Composed`).
pub const REPORT: &str = "report";

/// A report as a client asks an owner for it.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub struct Ask {
    pub kind: ReportKind,
    pub span: Span,
    pub today: Date,
    pub currency: Option<Currency>,
}

/// Works the report out from the store's reads, wherever they go.
pub fn build_here(store: &Store, ask: Ask) -> Result<Table, StoreError> {
    let Ask {
        kind,
        span,
        today,
        currency,
    } = ask;
    let conversion = match currency {
        Some(c) => Some(Conversion::load(store, c)?),
        None => None,
    };
    let conv = conversion.as_ref();
    match kind {
        ReportKind::Household => household::build(store, span, conv),
        ReportKind::Village => village::build(store, span, conv),
        ReportKind::Group => group::build(store, span, conv),
        ReportKind::Month => month::build(store, span, conv),
        ReportKind::Baseline => baseline::build(store, span, conv),
        ReportKind::Herd => herd::build(store, span),
        ReportKind::Calvings => calvings::build(store, span, today),
    }
}

/// The table's way over the socket: bincode, a third of JSON's size for
/// a district's 20,000 rows of figures.
pub(crate) mod remote {
    use kumban_store::StoreError;

    pub fn encode<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
        bincode::serde::encode_to_vec(value, bincode::config::standard())
            .map_err(|e| StoreError::Write(format!("cannot encode the report: {e}")))
    }

    pub fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
        bincode::serde::decode_from_slice(bytes, bincode::config::standard())
            .map(|(value, _)| value)
            .map_err(|e| StoreError::Corrupt {
                place: "the report the owner sent".into(),
                reason: e.to_string(),
            })
    }
}

impl Table {
    /// The table in `format`, ready to print or write to a file.
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Text => text::render(self),
            Format::Csv => csv::render(self),
            Format::Json => json::render(self),
            Format::Html => html::Printable::tables_only(vec![self.clone()], self.span).render(),
        }
    }
}
