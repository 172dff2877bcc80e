//! The table as aligned plain text, for a terminal or a printout.

use super::{Cell, Table};
use unicode_width::UnicodeWidthStr;

pub fn cell_text(cell: &Cell, separators: bool) -> String {
    match cell {
        Cell::Text(s) => s.clone(),
        Cell::Count(n) => n.to_string(),
        Cell::Money(m) => kumban_model::money::format_wide_minor(*m, separators),
        Cell::Blank => String::new(),
    }
}

/// The month report's last row is named `total` in CSV and JSON; a
/// person reads it in the session's language.
pub fn total_row(t: &Table, row: &[Cell]) -> bool {
    t.kind == super::ReportKind::Month && matches!(row.first(), Some(Cell::Text(s)) if s == "total")
}

/// Every cell's text as shown, one after the other in one string, with
/// where each starts and ends and its width in columns: a district's
/// household table has a quarter of a million cells, too many for a
/// string apiece.
#[derive(Default)]
struct Shown {
    text: String,
    cells: Vec<(usize, usize, usize)>,
}

impl Shown {
    fn push(&mut self, cell: &Cell, column: &super::Column) {
        use std::fmt::Write;
        let start = self.text.len();
        match cell {
            Cell::Text(s) => self
                .text
                .push_str(&kumban_model::text::escape_for_display(&column.shown(s))),
            Cell::Count(n) => {
                let _ = write!(self.text, "{n}");
            }
            Cell::Money(m) => kumban_model::money::push_wide_minor(&mut self.text, *m, true),
            Cell::Blank => {}
        }
        self.end(start);
    }

    fn push_word(&mut self, word: &str) {
        let start = self.text.len();
        self.text.push_str(word);
        self.end(start);
    }

    fn end(&mut self, start: usize) {
        let text = &self.text[start..];
        let width = if text.is_ascii() {
            text.len()
        } else {
            text.width()
        };
        self.cells.push((start, self.text.len(), width));
    }

    /// The cells of row `i` of rows `per_row` cells wide.
    fn row(&self, i: usize, per_row: usize) -> impl Iterator<Item = (&str, usize)> {
        let from = (i * per_row).min(self.cells.len());
        let to = (from + per_row).min(self.cells.len());
        self.cells[from..to]
            .iter()
            .map(|(start, end, width)| (&self.text[*start..*end], *width))
    }
}

/// One line of the table: cells padded to their column's width (figures
/// to the right), two spaces apart, no spaces at the end.
fn push_line<'a>(
    out: &mut String,
    cells: impl Iterator<Item = (&'a str, usize)>,
    widths: &[usize],
    numeric: &[bool],
) {
    let start = out.len();
    for (i, ((cell, width), (w, right))) in cells.zip(widths.iter().zip(numeric)).enumerate() {
        if i > 0 {
            out.push_str("  ");
        }
        let pad = std::iter::repeat_n(' ', w.saturating_sub(width));
        if *right {
            out.extend(pad);
            out.push_str(cell);
        } else {
            out.push_str(cell);
            out.extend(pad);
        }
    }
    let kept = out[start..].trim_end().len();
    out.truncate(start + kept);
    out.push('\n');
}

/// "Income by household, 2026 (2026-01-01 to 2026-12-31)".
pub fn heading(t: &Table) -> String {
    kumban_i18n::tr!(
        "report-heading",
        title = t.title.say(),
        from = t.span.from.to_string(),
        to = t.span.to.to_string()
    )
}

pub fn render(t: &Table) -> String {
    let mut out = heading(t);
    out.push_str("\n\n");
    if let Some(empty) = &t.empty {
        out.push_str(&empty.say());
        out.push('\n');
        return out;
    }
    // Names and notes come from the records: control characters and bidi
    // overrides are refused at input, but a damaged record is shown safely.
    let shown = |s: String| kumban_model::text::escape_for_display(&s).into_owned();
    // Amounts kept apart are summed up below the table, not in columns.
    let kept: Vec<bool> = t.columns.iter().map(|c| !c.apart).collect();
    let columns: Vec<&super::Column> = t.columns.iter().filter(|c| !c.apart).collect();
    // Each cell's text and width are worked out once.
    let mut shown_cells = Shown::default();
    shown_cells.cells.reserve(t.rows.len() * columns.len());
    for r in &t.rows {
        let total = total_row(t, r);
        let mut pushed = 0;
        for ((cell, column), _) in r.iter().zip(&t.columns).zip(&kept).filter(|(_, k)| **k) {
            if pushed == 0 && total {
                shown_cells.push_word(&kumban_i18n::tr("report-total"));
            } else {
                shown_cells.push(cell, column);
            }
            pushed += 1;
        }
        // A short row is blank to the end, so every row is as wide.
        for _ in pushed..columns.len() {
            shown_cells.push_word("");
        }
    }
    let per_row = columns.len();
    let labels: Vec<String> = columns.iter().map(|c| c.label(t.kind)).collect();
    let mut widths: Vec<usize> = labels.iter().map(|l| l.width()).collect();
    for (i, (_, _, width)) in shown_cells.cells.iter().enumerate() {
        if let Some(w) = widths.get_mut(i % per_row.max(1)) {
            *w = (*w).max(*width);
        }
    }
    let numeric: Vec<bool> = columns.iter().map(|c| c.numeric).collect();
    let per_line: usize = widths.iter().sum::<usize>() + 2 * widths.len() + 1;
    out.reserve(per_line * (t.rows.len() + 1));
    push_line(
        &mut out,
        labels.iter().map(|l| (l.as_str(), l.width())),
        &widths,
        &numeric,
    );
    for i in 0..t.rows.len() {
        push_line(&mut out, shown_cells.row(i, per_row), &widths, &numeric);
    }
    let notes: Vec<String> = apart_lines(t)
        .into_iter()
        .chain(t.notes.iter().map(super::Words::say))
        .collect();
    if !notes.is_empty() {
        out.push('\n');
        for n in notes {
            out.push_str(&shown(n));
            out.push('\n');
        }
    }
    out
}

/// One line per currency kept apart: "not converted (no rate for LAK
/// before 2026-01-01): income 1,000,000.00 LAK, expense 0.00 LAK, net
/// 1,000,000.00 LAK in 3 logs".
pub fn apart_lines(t: &Table) -> Vec<String> {
    let amount = |minor: i128, c| {
        format!(
            "{} {c}",
            kumban_model::money::format_wide_minor(minor, true)
        )
    };
    t.not_converted
        .iter()
        .map(|a| {
            let c = a.currency;
            kumban_i18n::tr!(
                "report-not-converted",
                reasons = a
                    .reasons
                    .iter()
                    .map(super::Words::say)
                    .collect::<Vec<_>>()
                    .join("; "),
                income = amount(a.income, c),
                expense = amount(a.expense, c),
                net = amount(a.income - a.expense, c),
                logs = i64::try_from(a.logs).unwrap_or(i64::MAX)
            )
        })
        .collect()
}
