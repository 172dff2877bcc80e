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

pub fn render(t: &Table) -> String {
    let mut out = format!("{} ({} to {})\n\n", t.title, t.span.from, t.span.to);
    if let Some(empty) = &t.empty {
        out.push_str(empty);
        out.push('\n');
        return out;
    }
    // Names and notes come from the records: control characters and bidi
    // overrides are refused at input, but a damaged record is shown safely.
    let shown = |s: String| kumban_model::text::escape_for_display(&s).into_owned();
    // Amounts kept apart are summed up below the table, not in columns.
    let kept: Vec<bool> = t.columns.iter().map(|c| !c.apart).collect();
    let columns: Vec<&super::Column> = t.columns.iter().filter(|c| !c.apart).collect();
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .zip(&kept)
                .filter(|(_, k)| **k)
                .map(|(c, _)| shown(cell_text(c, true)))
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|c| c.name.width()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, ((cell, w), col)) in cells.iter().zip(&widths).zip(&columns).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            let pad = " ".repeat(w.saturating_sub(cell.width()));
            if col.numeric {
                s.push_str(&pad);
                s.push_str(cell);
            } else {
                s.push_str(cell);
                s.push_str(&pad);
            }
        }
        s.trim_end().to_string() + "\n"
    };
    out.push_str(&line(columns.iter().map(|c| c.name.as_str()).collect()));
    for row in &rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    let notes: Vec<String> = apart_lines(t)
        .into_iter()
        .chain(t.notes.iter().cloned())
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
            format!(
                "not converted ({}): income {}, expense {}, net {} in {} log{}",
                a.reasons.join("; "),
                amount(a.income, c),
                amount(a.expense, c),
                amount(a.income - a.expense, c),
                a.logs,
                if a.logs == 1 { "" } else { "s" }
            )
        })
        .collect()
}
