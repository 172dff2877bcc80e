//! The dashboard's health line and its "vaccination due" list: the
//! figures of `report::Health` (the same as `kumban status` prints), and
//! the due rows soonest first, overdue ones marked late, as many as fit,
//! then how many more.

use crate::text::{self, Align, clean, fit};
use crate::theme::Theme;
use kumban_i18n::tr;
use kumban_report::{DueHealth, Health};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The health figures under their label; on a second line (under the
/// label's column) when one would pass `width`.
pub(super) fn figures(h: &Health, label: Span<'static>, width: u16) -> Vec<Line<'static>> {
    let items = [
        tr!("fig-health-vaccinated", n = h.vaccinated_12_months),
        tr!("fig-health-due", n = h.due_30_days),
        tr!("fig-health-treatments", n = h.treatments_30_days),
    ];
    let pad = " ".repeat(text::width(&label.content));
    let one = items.join(" · ");
    if text::width(&label.content) + text::width(&one) <= usize::from(width) {
        return vec![Line::from(vec![label, Span::raw(one)])];
    }
    vec![
        Line::from(vec![label, Span::raw(items[..2].join(" · "))]),
        Line::from(vec![Span::raw(pad), Span::raw(items[2].clone())]),
    ]
}

/// A heading and as many due rows as fit in `area`, then how many more.
pub(super) fn due_list(
    t: &Theme,
    h: &Health,
    area: Rect,
    selected: Option<usize>,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(tr("dash-health-due-title"), t.title())];
    if h.due.is_empty() {
        lines.push(Line::raw(format!("  {}", tr("dash-health-nothing-due"))));
        return lines;
    }
    let room = usize::from(area.height).saturating_sub(1);
    let total = usize::try_from(h.due_total).unwrap_or(usize::MAX);
    // The "more" line needs a row of its own whenever a row is left out,
    // but not at the cost of the only row: with room for one, the soonest
    // due row is worth more (the health line above gives the count).
    let shown = if total > h.due.len().min(room) && room >= 2 {
        h.due.len().min(room - 1)
    } else {
        h.due.len().min(room)
    };
    let width = usize::from(area.width.saturating_sub(1));
    for (i, row) in h.due[..shown].iter().enumerate() {
        let style = if selected == Some(i) {
            t.selected()
        } else if row.overdue() {
            t.warn()
        } else {
            Style::new()
        };
        lines.push(Line::styled(
            fit(&text_of(row, width), width, Align::Left),
            style,
        ));
    }
    if total > shown {
        let more = format!(" {}", tr!("status-and-more", n = total - shown));
        lines.push(Line::raw(fit(&more, width, Align::Left)));
    }
    lines
}

/// One row: the due date, how far off (late when overdue), ear tag,
/// household and product; narrow, the date's year and the words give way.
fn text_of(row: &DueHealth, width: usize) -> String {
    let due = row.due.to_string();
    let when = match row.days {
        0 => tr("when-today"),
        1 => tr("when-tomorrow"),
        n if n > 0 => tr!("when-in-days", n = n),
        n => tr!("when-days-late", n = -n),
    };
    let long = format!(
        " {} {} {} {} {}",
        crate::list::date(&due),
        fit(&when, 12, Align::Left),
        clean(&row.tag),
        clean(&row.household_code),
        clean(&row.product)
    );
    if text::width(&long) <= width {
        return long;
    }
    let shown = crate::list::date(&due);
    let short = match kumban_i18n::current() {
        kumban_i18n::Lang::Lo => shown.get(..5),
        _ => due.get(5..),
    };
    let short_when = match row.days {
        0 => tr("when-today"),
        n if n > 0 => tr!("when-short-ahead", n = n),
        n => tr!("when-short-late", n = -n),
    };
    format!(
        " {} {} {} {short_when} {}",
        short.unwrap_or(&due),
        clean(&row.tag),
        clean(&row.household_code),
        clean(&row.product)
    )
}
