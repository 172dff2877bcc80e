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
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| r.iter().map(|c| shown(cell_text(c, true))).collect())
        .collect();
    let mut widths: Vec<usize> = t.columns.iter().map(|c| c.name.width()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, ((cell, w), col)) in cells.iter().zip(&widths).zip(&t.columns).enumerate() {
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
    out.push_str(&line(t.columns.iter().map(|c| c.name.as_str()).collect()));
    for row in &rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    if !t.notes.is_empty() {
        out.push('\n');
        for n in &t.notes {
            out.push_str(&shown(n.clone()));
            out.push('\n');
        }
    }
    out
}
