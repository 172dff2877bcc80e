//! The Reports tab: which report and period, the table's title, a chart
//! where one reads better than figures (net income by month, the herd
//! over the months), the table scrolled to its selected row, and its
//! notes. Charts are drawn in ASCII (`#`, `=`, `_`), which every terminal
//! and the linux console show, and mean the same without colour.

use crate::report_view::Prepared;
use crate::screens::ReportsScreen;
use crate::text::{self, Align, fit};
use crate::theme::Theme;
use kumban_i18n::{tr, tr_text};
use kumban_report::reports::{Cell, ReportKind, RowLink, Words};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::bar::Set;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph, Sparkline, Wrap};

/// Bars of `#`, topped by `=` or `_` for a part of a row.
const BARS: Set = Set {
    full: "#",
    seven_eighths: "#",
    three_quarters: "#",
    five_eighths: "=",
    half: "=",
    three_eighths: "=",
    one_quarter: "_",
    one_eighth: "_",
    empty: " ",
};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn draw(frame: &mut Frame, s: &ReportsScreen, area: Rect, t: &Theme) {
    let shown = s.shown();
    let notes = shown.map_or(0, |p| note_rows(p, area.width));
    let chart = match shown {
        Some(p) if has_chart(p) && area.height >= 14 => (area.height / 3).clamp(5, 12),
        _ => 0,
    };
    let [head, title, chart_area, table, notes_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(chart),
        Constraint::Min(0),
        Constraint::Length(notes),
    ])
    .areas(area);
    frame.render_widget(head_line(s, t, head.width), head);
    let Some(p) = shown else {
        let text = match &s.error {
            Some(e) => Span::styled(format!(" {e}"), t.error()),
            None => Span::raw(format!(" {}", tr("report-tui-building"))),
        };
        frame.render_widget(Line::from(text), title);
        return;
    };
    frame.render_widget(title_line(s, p, t, title.width), title);
    if let Some(empty) = &p.table.empty {
        frame.render_widget(
            Paragraph::new(format!(" {}", empty.say())).wrap(Wrap { trim: true }),
            chart_area.union(table),
        );
        return;
    }
    if chart > 0 {
        match p.table.kind {
            ReportKind::Month => month_chart(frame, p, chart_area, t),
            _ => herd_chart(frame, p, chart_area, t),
        }
    }
    rows(frame, s, p, table, t);
    let text: Vec<String> = note_lines(p).iter().map(|n| text::clean(n)).collect();
    frame.render_widget(
        Paragraph::new(format!(" {}", text.join(" "))).wrap(Wrap { trim: true }),
        notes_area,
    );
}

fn has_chart(p: &Prepared) -> bool {
    p.table.empty.is_none() && matches!(p.table.kind, ReportKind::Month | ReportKind::Herd)
}

/// What could not be converted comes first: it is money the table's
/// columns leave out.
fn note_lines(p: &Prepared) -> Vec<String> {
    let mut out = kumban_report::reports::apart_lines(&p.table);
    out.extend(p.table.notes.iter().map(Words::say));
    out
}

/// The notes take two rows when they are longer than one.
fn note_rows(p: &Prepared, width: u16) -> u16 {
    let len: usize = note_lines(p).iter().map(|n| text::width(n) + 1).sum();
    match len {
        0 => 0,
        n if n < usize::from(width) => 1,
        _ => 2,
    }
}

/// The reports by name, the chosen one reversed, then the period.
fn head_line(s: &ReportsScreen, t: &Theme, width: u16) -> Line<'static> {
    let period = match (s.span(), s.currency) {
        (Some(span), Some(c)) => format!(
            "< {} > {}",
            span.label(),
            tr!("report-tui-in", currency = c.code())
        ),
        (Some(span), None) => format!("< {} >", span.label()),
        (None, _) => String::new(),
    };
    let busy = if s.job.is_some() {
        format!(" {}", tr("report-tui-busy"))
    } else {
        String::new()
    };
    let names: usize = ReportKind::ALL
        .iter()
        .map(|k| text::width(&kind_name(*k)) + 1)
        .sum();
    let mut spans = vec![Span::raw(" ")];
    if names + text::width(&period) + text::width(&busy) + 2 <= usize::from(width) {
        for k in ReportKind::ALL {
            let style = if k == s.kind { t.selected() } else { t.dim() };
            spans.push(Span::styled(kind_name(k), style));
            spans.push(Span::raw(" "));
        }
    } else {
        // Narrow: the chosen report alone, and where it is in the round.
        let place = ReportKind::ALL
            .iter()
            .position(|k| *k == s.kind)
            .unwrap_or(0);
        spans.push(Span::styled(kind_name(s.kind), t.selected()));
        spans.push(Span::raw(format!(
            " ({}/{}) ",
            place + 1,
            ReportKind::ALL.len()
        )));
    }
    spans.push(Span::styled(period, t.title()));
    spans.push(Span::raw(busy));
    Line::from(spans)
}

/// A report's name as the head line shows it; `--by` keeps the English.
fn kind_name(kind: ReportKind) -> String {
    tr_text("report-kind", kind.name())
}

fn title_line(s: &ReportsScreen, p: &Prepared, t: &Theme, width: u16) -> Line<'static> {
    let table = &p.table;
    let mut text = format!(
        " {}",
        text::clean(&tr!(
            "report-heading",
            title = table.title.say(),
            from = table.span.from.to_string(),
            to = table.span.to.to_string()
        ))
    );
    let hidden = table.columns.len() - fitting(p, width).len();
    if table.empty.is_none() && hidden > 0 {
        text.push_str(&format!(
            " · {}",
            tr!("report-tui-more-columns", hidden = hidden)
        ));
    }
    if s.job.is_some() && s.span().is_some_and(|span| !s.cache.fresh(s.which(), span)) {
        text.push_str(&format!(" · {}", tr("report-tui-updating")));
    }
    Line::styled(fit(&text, usize::from(width), Align::Left), t.title())
}

/// The columns that fit in `width`, from the first.
/// Each column's width: the prepared one, widened to the heading in this
/// session's words (the table may have been prepared in another language).
fn widths(p: &Prepared) -> Vec<usize> {
    p.widths
        .iter()
        .zip(&p.table.columns)
        .map(|(w, c)| (*w).max(text::width(&c.label(p.table.kind))))
        .collect()
}

fn fitting(p: &Prepared, width: u16) -> Vec<usize> {
    let mut used = 1;
    let mut out = Vec::new();
    for (i, w) in widths(p).iter().enumerate() {
        let need = w + if i == 0 { 0 } else { 2 };
        if used + need > usize::from(width) {
            break;
        }
        used += need;
        out.push(i);
    }
    out
}

fn rows(frame: &mut Frame, s: &ReportsScreen, p: &Prepared, area: Rect, t: &Theme) {
    let columns = fitting(p, area.width);
    let widths = widths(p);
    let line = |cells: &dyn Fn(usize) -> String| -> String {
        let mut out = String::from(" ");
        for (n, i) in columns.iter().enumerate() {
            if n > 0 {
                out.push_str("  ");
            }
            let align = if p.table.columns[*i].numeric {
                Align::Right
            } else {
                Align::Left
            };
            out.push_str(&fit(&cells(*i), widths[*i], align));
        }
        fit(&out, usize::from(area.width), Align::Left)
    };
    let mut lines = vec![Line::styled(
        line(&|i| p.table.columns[i].label(p.table.kind)),
        t.header(),
    )];
    let room = usize::from(area.height).saturating_sub(1);
    let selected = s.selected.min(p.cells.len().saturating_sub(1));
    let mut offset = s.offset.get();
    if selected < offset {
        offset = selected;
    } else if room > 0 && selected >= offset + room {
        offset = selected + 1 - room;
    }
    s.offset.set(offset);
    for (i, row) in p.cells.iter().enumerate().skip(offset).take(room) {
        let total = p
            .table
            .rows
            .get(i)
            .is_some_and(|r| kumban_report::reports::total_row(&p.table, r));
        let text = line(&|c| match (total, c) {
            (true, 0) => tr("report-total"),
            _ => row.get(c).cloned().unwrap_or_default(),
        });
        let style = if i == selected {
            t.selected()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// `1234567` minor units as `12.3k`: a bar's figure in five cells.
fn short(minor: i128) -> String {
    let major = minor as f64 / 100.0;
    let (value, unit) = match major.abs() {
        a if a >= 1e9 => (major / 1e9, "G"),
        a if a >= 1e6 => (major / 1e6, "M"),
        a if a >= 1e3 => (major / 1e3, "k"),
        _ => (major, ""),
    };
    if value.abs() >= 10.0 || unit.is_empty() {
        format!("{value:.0}{unit}")
    } else {
        format!("{value:.1}{unit}")
    }
}

/// A caption line, then the chart under it.
fn split(area: Rect) -> (Rect, Rect) {
    let [caption, chart] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    (caption, chart)
}

/// Net income of each month, in the table's first currency, as bars.
fn month_chart(frame: &mut Frame, p: &Prepared, area: Rect, t: &Theme) {
    let table = &p.table;
    let Some(col) = table
        .columns
        .iter()
        .position(|c| c.name.starts_with("net "))
    else {
        return;
    };
    let points: Vec<(u32, i128)> = table
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| match (table.link(i), row.get(col)) {
            (Some(RowLink::Month(_, m)), Some(Cell::Money(v))) => Some((m, *v)),
            _ => None,
        })
        .collect();
    if points.is_empty() {
        return;
    }
    let currencies = table
        .columns
        .iter()
        .filter(|c| c.name.starts_with("net "))
        .count();
    let (caption, chart) = split(area);
    let mut words = format!(
        " {}",
        tr!(
            "report-tui-net-by-month",
            column = table.columns[col].label(table.kind)
        )
    );
    if currencies > 1 {
        words.push_str(&format!(" {}", tr("report-tui-most-used")));
    }
    frame.render_widget(
        Line::styled(
            fit(&words, usize::from(area.width), Align::Left),
            t.header(),
        ),
        caption,
    );
    let n = points.len() as u16;
    let width = ((chart.width.saturating_sub(1) + 1) / n)
        .saturating_sub(1)
        .clamp(1, 8);
    let bars: Vec<Bar> = points
        .iter()
        .map(|(m, v)| {
            let name = MONTHS.get(*m as usize - 1).copied().unwrap_or("?");
            let label = if width >= 3 {
                tr_text("report-month", name)
            } else {
                m.to_string()
            };
            Bar::default()
                .value(u64::try_from((*v).max(0) / 100).unwrap_or(u64::MAX))
                .text_value(short(*v))
                .label(Line::from(label))
        })
        .collect();
    let inner = Rect {
        x: chart.x + 1,
        width: chart.width.saturating_sub(1),
        ..chart
    };
    frame.render_widget(
        BarChart::default()
            .data(BarGroup::default().bars(&bars))
            .bar_width(width)
            .bar_gap(1)
            .bar_set(BARS)
            .value_style(t.key()),
        inner,
    );
}

/// The herd at each month's end, as a sparkline stretched to the width;
/// its bars start near the lowest figure, so that a change of a few head
/// in a thousand shows.
fn herd_chart(frame: &mut Frame, p: &Prepared, area: Rect, t: &Theme) {
    let table = &p.table;
    let Some(col) = table.columns.iter().position(|c| c.name == "head") else {
        return;
    };
    let points: Vec<(String, i64)> = table
        .rows
        .iter()
        .filter_map(|row| match (row.first(), row.get(col)) {
            (Some(Cell::Text(month)), Some(Cell::Count(n))) => Some((month.clone(), *n)),
            _ => None,
        })
        .collect();
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return;
    };
    let low = points.iter().map(|p| p.1).min().unwrap_or(0);
    let high = points.iter().map(|p| p.1).max().unwrap_or(0);
    let floor = (low - ((high - low) / 2).max(1)).max(0);
    let (caption, chart) = split(area);
    let words = format!(
        " {}",
        tr!(
            "report-tui-herd",
            first_month = first.0.as_str(),
            first = first.1,
            last_month = last.0.as_str(),
            last = last.1,
            low = low,
            high = high,
            floor = floor
        )
    );
    frame.render_widget(
        Line::styled(
            fit(&words, usize::from(area.width), Align::Left),
            t.header(),
        ),
        caption,
    );
    let inner = Rect {
        x: chart.x + 1,
        width: chart.width.saturating_sub(2),
        ..chart
    };
    let each = (usize::from(inner.width) / points.len()).max(1);
    let data: Vec<u64> = points
        .iter()
        .flat_map(|(_, n)| std::iter::repeat_n(u64::try_from(n - floor).unwrap_or(0), each))
        .collect();
    frame.render_widget(
        Sparkline::default()
            .data(&data)
            .max(u64::try_from(high - floor).unwrap_or(1).max(1))
            .bar_set(BARS),
        inner,
    );
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn bar_figures_fit_in_five_cells() {
        assert_eq!(short(123_456_700), "1.2M");
        assert_eq!(short(-4_550), "-46");
        assert_eq!(short(98_765_432_100), "988M");
        assert_eq!(short(1_500_000), "15k");
        assert_eq!(short(0), "0");
    }
}
