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

pub use convert::Conversion;
pub use span::{Span, Unit, month_end};
pub use table::{Apart, Cell, Column, RowLink, Table};
pub use text::apart_lines;

use kumban_model::{Currency, Date};
use kumban_store::{Store, StoreError};

/// Which report: what `--by` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
