//! One report's table as HTML: the same cells text and CSV write, with
//! the header in `<thead>` so a printer repeats it on each page.

use super::super::text::cell_text;
use super::super::{Cell, Table};
use super::escape::escape;
use std::fmt::Write;

/// Tables with more columns than this are set in a smaller type so they
/// fit across an A4 page (a village report in three currencies has 11).
const WIDE: usize = 8;

pub fn render(t: &Table, out: &mut String) {
    let _ = writeln!(
        out,
        "<h2>{} <small>({})</small></h2>",
        escape(&t.title.say()),
        escape(&kumban_i18n::tr!(
            "report-html-to",
            from = t.span.from.to_string(),
            to = t.span.to.to_string()
        ))
    );
    if let Some(empty) = &t.empty {
        let _ = writeln!(out, r#"<p class="empty">{}</p>"#, escape(&empty.say()));
        return;
    }
    // As in the text table: amounts that could not be converted are not
    // columns here but lines under the table, one per currency.
    let kept: Vec<bool> = t.columns.iter().map(|c| !c.apart).collect();
    let shown = kept.iter().filter(|k| **k).count();
    let class = if shown > WIDE { r#" class="wide""# } else { "" };
    let _ = write!(out, "<table{class}><thead><tr>");
    for c in t.columns.iter().filter(|c| !c.apart) {
        let numeric = if c.numeric { r#" class="n""# } else { "" };
        let _ = write!(
            out,
            r#"<th scope="col"{numeric}>{}</th>"#,
            escape(&c.label(t.kind))
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        // The income tables end on a `total` row; it is set apart.
        let total = super::super::text::total_row(t, row);
        out.push_str(if total {
            r#"<tr class="total">"#
        } else {
            "<tr>"
        });
        for ((cell, column), _) in row
            .iter()
            .zip(&t.columns)
            .zip(&kept)
            .filter(|(_, kept)| **kept)
        {
            let numeric = if column.numeric { r#" class="n""# } else { "" };
            let text = match (total, cell) {
                (true, Cell::Text(_)) => kumban_i18n::tr("report-total"),
                (false, Cell::Text(s)) => column.shown(s).into_owned(),
                _ => cell_text(cell, true),
            };
            let _ = write!(out, "<td{numeric}>{}</td>", escape(&text));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
    let notes = t.notes.iter().map(super::super::Words::say);
    for note in super::super::text::apart_lines(t).into_iter().chain(notes) {
        let _ = writeln!(out, r#"<p class="note">{}</p>"#, escape(&note));
    }
}
