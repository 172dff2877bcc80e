//! What every report produces: a titled table that text, CSV and JSON
//! all write out the same way, so the three formats cannot disagree.

use super::{ReportKind, Span, Words};
use kumban_model::Currency;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    pub kind: ReportKind,
    /// Said in the reader's language when shown (`Words::say`).
    pub title: Words,
    pub span: Span,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// Figures about the whole table (profit per cow, how rows are ranked).
    pub notes: Vec<Words>,
    /// Set when the span holds nothing to report: the sentence that says so.
    pub empty: Option<Words>,
    /// What each row is about, by place in `rows`, for a screen to open
    /// (a household, a month); shorter than `rows` or `None` where a row
    /// is about nothing one record or month stands for (a total, a
    /// village). Text, CSV and JSON leave it out.
    pub row_links: Vec<Option<RowLink>>,
    /// The currency every amount was converted into (`--currency`).
    pub currency: Option<Currency>,
    /// What could not be converted, by currency: kept apart, never dropped.
    pub not_converted: Vec<Apart>,
}

/// What a row of a report stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RowLink {
    /// A household, by id.
    Household(u64),
    /// A calendar month: (year, month).
    Month(i32, u32),
}

/// The amounts of one currency that could not be converted, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Apart {
    pub currency: Currency,
    /// "no rate for LAK before 2026-01-01", one per distinct reason.
    pub reasons: Vec<Words>,
    pub income: i128,
    pub expense: i128,
    pub logs: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Column {
    /// As it heads the text table and the CSV, and keys the JSON rows.
    pub name: String,
    pub numeric: bool,
    /// Amounts kept apart (not converted): CSV and JSON carry them as
    /// columns; text sums them up in a line per currency instead.
    pub apart: bool,
}

impl Column {
    /// A text cell of this column as a person reads it (text, HTML, the
    /// Reports screen); CSV and JSON keep the cell as built.
    pub fn shown<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        if self.name == super::baseline::OTHERS {
            std::borrow::Cow::Owned(super::baseline::others_shown(text))
        } else {
            std::borrow::Cow::Borrowed(text)
        }
    }

    /// The column's heading as a person reads it in the session's
    /// language (text, HTML, the Reports screen); `name` stays the
    /// machine name CSV and JSON use. Looked up from the name when shown,
    /// so a table worked out by an owner in another language, or kept in
    /// a cache, still heads its columns in this session's words.
    /// `kind` tells the herd's `head` (a count of cattle) from a
    /// household's head (a person).
    pub fn label(&self, kind: ReportKind) -> String {
        let (apart, rest) = match self.name.strip_prefix("not converted ") {
            Some(rest) => (true, rest),
            None => (false, self.name.as_str()),
        };
        // A money column ends in its currency's code, which stays as is.
        let (what, code) = match rest.rsplit_once(' ') {
            Some((what, code))
                if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) =>
            {
                (what, Some(code))
            }
            _ => (rest, None),
        };
        let what = match (kind, what) {
            (ReportKind::Herd, "head") => "head count",
            _ => what,
        };
        let mut label = kumban_i18n::tr_text("report-col", what);
        if let Some(code) = code {
            label = format!("{label} {code}");
        }
        if apart {
            label = kumban_i18n::tr!("report-col-not-converted", column = label);
        }
        label
    }

    pub fn text(name: &str) -> Column {
        Column {
            name: name.to_string(),
            numeric: false,
            apart: false,
        }
    }
    pub fn number(name: &str) -> Column {
        Column {
            name: name.to_string(),
            numeric: true,
            apart: false,
        }
    }
    /// A money column: its name carries the currency (`net USD`).
    pub fn money(what: &str, currency: Currency) -> Column {
        Column::number(&format!("{what} {currency}"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Cell {
    Text(String),
    Count(i64),
    /// Minor units; the currency is in the column's name.
    Money(i128),
    /// No figure (a household with no baseline, a month with no logs in
    /// a currency): empty in text and CSV, null in JSON.
    Blank,
}

impl Table {
    pub fn new(kind: ReportKind, title: Words, span: Span) -> Table {
        Table {
            kind,
            title,
            span,
            columns: Vec::new(),
            rows: Vec::new(),
            notes: Vec::new(),
            empty: None,
            row_links: Vec::new(),
            currency: None,
            not_converted: Vec::new(),
        }
    }

    /// What the row at `place` stands for, if anything.
    pub fn link(&self, place: usize) -> Option<RowLink> {
        self.row_links.get(place).copied().flatten()
    }
}
