//! A record list: the info line (what is shown, filter, sort, position),
//! the header and only the rows that fit on screen.

use super::typing;
use crate::Action;
use crate::app::App;
use crate::keymap::{self, Mode};
use crate::list::{Column, ListView, Mark};
use crate::text::{self, Align, fit};
use kumban_i18n::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let list = app.list();
    let [info, table] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    info_line(frame, app, list, info);

    // (column index, width) of the columns that fit.
    let shown: Vec<(usize, u16)> = fit_columns(list.columns, &list.shown_needs(), table.width)
        .into_iter()
        .enumerate()
        .filter(|(_, w)| *w > 0)
        .collect();
    let widths: Vec<u16> = shown.iter().map(|(_, w)| *w).collect();
    let header = Row::new(shown.iter().map(|(i, w)| {
        let c = &list.columns[*i];
        Cell::from(fit(&c.heading(), usize::from(*w), c.align))
    }))
    .style(app.theme.header());
    let page = usize::from(table.height.saturating_sub(1));
    if list.visible.is_empty() {
        let [head, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(table);
        frame.render_widget(
            Table::new(Vec::<Row>::new(), constraints(&widths))
                .header(header)
                .column_spacing(1),
            head,
        );
        frame.render_widget(Paragraph::new(empty_text(app, list)), rest);
        return;
    }
    // Only the rows on screen are built: a long list costs what a short one does.
    let rows: Vec<Row> = list
        .window(page)
        .map(|(index, row)| {
            let selected = index == list.selected;
            let cells = shown.iter().enumerate().map(|(place, (i, w))| {
                let column = &list.columns[*i];
                let text = column.show.cell(row.cell(*i));
                let cell = Cell::from(fit(&text, usize::from(*w), column.align));
                // Only the first cell (a code, tag or date: ASCII in every
                // language) shows the selection, so a row move rewrites two
                // short cells, not two whole rows of Lao or Chinese text
                // (issue 16: bytes per row move over SSH).
                if selected && place == 0 {
                    cell.style(app.theme.selected())
                } else {
                    cell
                }
            });
            let style = match row.mark() {
                Mark::Warn => app.theme.warn(),
                Mark::Watch => app.theme.watch(),
                Mark::None => ratatui::style::Style::new(),
            };
            Row::new(cells).style(style)
        })
        .collect();
    frame.render_widget(
        Table::new(rows, constraints(&widths))
            .header(header)
            .column_spacing(1),
        table,
    );
}

fn constraints(widths: &[u16]) -> Vec<Constraint> {
    widths.iter().map(|w| Constraint::Length(*w)).collect()
}

/// Column widths for `room` cells, shared by need: each column gets what
/// its widest cell needs (`needs`, from the rows; at most `MAX_NEED`), and
/// room left over stays blank, so a wide screen gains columns, not a wider
/// name. When they do not all fit, the flexible column (the name) first
/// gives up a quarter of its width, then columns go by their drop rank
/// (the detail popup has them all), and as a last resort the widest
/// columns shrink a cell at a time. A width of 0 hides a column.
pub fn fit_columns(columns: &[Column], needs: &[u16], room: u16) -> Vec<u16> {
    let need = |i: usize| needs.get(i).copied().unwrap_or(columns[i].width).max(1);
    let mut widths: Vec<u16> = (0..columns.len()).map(need).collect();
    let total = |w: &[u16]| -> u32 {
        let shown = w.iter().filter(|x| **x > 0);
        let n = shown.clone().count() as u32;
        shown.map(|x| u32::from(*x)).sum::<u32>() + n.saturating_sub(1)
    };
    let flex = columns.iter().position(|c| c.flex);
    let mut order: Vec<usize> = (0..columns.len())
        .filter(|&i| columns[i].drop > 0 && !columns[i].flex)
        .collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(columns[i].drop), std::cmp::Reverse(i)));
    let mut order = order.into_iter();
    loop {
        let over = total(&widths).saturating_sub(u32::from(room));
        if over == 0 {
            break;
        }
        if let Some(f) = flex {
            let soft = (need(f) * 3 / 4).max(16).min(need(f));
            if widths[f] > soft {
                let less = u16::try_from(over).unwrap_or(u16::MAX);
                widths[f] = widths[f].saturating_sub(less).max(soft);
                continue;
            }
        }
        let Some(i) = order.next() else { break };
        widths[i] = 0;
        if let Some(f) = flex {
            widths[f] = need(f);
        }
    }
    while total(&widths) > u32::from(room) {
        let widest = (0..widths.len())
            .filter(|&i| widths[i] > 3)
            .max_by_key(|&i| (widths[i], Some(i) == flex));
        let Some(i) = widest else { break };
        widths[i] -= 1;
    }
    widths
}

fn info_line(frame: &mut Frame, app: &App, list: &ListView, area: Rect) {
    let room = usize::from(area.width);
    let position = list.position();
    let mut left: Vec<Span> = vec![Span::styled(app.tab.name(), app.theme.title())];
    if let Some(note) = list.rows.note() {
        left.push(Span::raw(format!(" · {note}")));
    }
    if let Some(scope) = scope_text(app, list) {
        left.push(Span::raw(scope));
    }
    let typing = typing(app);
    let filter_prompt = format!(" · {} ", tr("list-filter"));
    if typing || !list.filter.is_empty() {
        left.push(Span::raw(filter_prompt.clone()));
        left.push(Span::styled(list.filter.clone(), app.theme.key()));
        // A kept filter is still there when the tab is opened again:
        // say how to clear it.
        if !typing {
            let clears = tr!("list-clears", key = back_key(app));
            left.push(Span::raw(format!(" ({clears})")));
        }
    }
    if let Some(sort) = list.sort_label() {
        left.push(Span::raw(format!(" · {}", tr!("list-sort", sort = sort))));
    }
    let left_width: usize = left.iter().map(|s| text::width(&s.content)).sum();
    let free = room.saturating_sub(text::width(&position) + 1);
    let mut spans = if left_width <= free {
        let mut spans = left;
        spans.push(Span::raw(" ".repeat(free - left_width + 1)));
        spans
    } else {
        let all: String = left.iter().map(|s| s.content.as_ref()).collect();
        vec![Span::raw(fit(&all, free, Align::Left)), Span::raw(" ")]
    };
    spans.push(Span::raw(position));
    frame.render_widget(Line::from(spans), area);
    if typing {
        let before: usize = {
            let mut w = text::width(&app.tab.name());
            if let Some(note) = list.rows.note() {
                w += text::width(&format!(" · {note}"));
            }
            if let Some(scope) = scope_text(app, list) {
                w += text::width(&scope);
            }
            w + text::width(&filter_prompt) + text::width(&list.filter)
        };
        let x = area.x + (before.min(room.saturating_sub(1)) as u16);
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

/// The key that clears a filter or leaves a related view, from the keymap.
fn back_key(app: &App) -> String {
    keymap::key_here(&Action::Back, Mode::Main, app.tab).unwrap_or_else(|| "Esc".into())
}

/// A related view (a household's pens), and what the back key does with
/// it: go back where it was opened from, or, when the tab was opened again
/// by its number meanwhile, show every record.
fn scope_text(app: &App, list: &ListView) -> Option<String> {
    let scope = list.scope.as_ref()?;
    let leads_back = app.trail.last().is_some_and(|t| t.target == app.tab);
    let what = tr(if leads_back {
        "list-scope-back"
    } else {
        "list-scope-all"
    });
    Some(format!(" · {} ({}: {what})", scope.label, back_key(app)))
}

fn empty_text(app: &App, list: &ListView) -> Line<'static> {
    // English names the tab in lower case inside a sentence.
    let what = match kumban_i18n::current() {
        kumban_i18n::Lang::En => app.tab.title().to_lowercase(),
        _ => app.tab.name(),
    };
    let text = if !list.filter.is_empty() {
        tr!("list-no-match", filter = list.filter.clone())
    } else if list.scope.is_some() {
        tr("list-none-in-view")
    } else if list.rows.is_empty() && app.is_loading(app.tab) {
        tr("list-loading")
    } else if list.rows.is_empty() {
        let new =
            keymap::key_here(&Action::New, Mode::Main, app.tab).filter(|_| app.read_only.is_none());
        match new {
            Some(key) => tr!("list-empty-add", what = what, key = key),
            None => tr!("list-empty", what = what),
        }
    } else {
        tr("list-nothing")
    };
    // Fluent drops a message's leading space: the gap from the edge is ours.
    Line::from(format!(" {text}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::list::{col, flex};

    static COLS: [Column; 4] = [col("A", 10), flex("B", 20), col("C", 10), col("D", 10)];

    #[test]
    fn columns_share_the_room_by_need() {
        let needs = [10, 20, 10, 10];
        // 10+20+10+10 and three gaps = 53; the rest stays blank.
        assert_eq!(fit_columns(&COLS, &needs, 80), vec![10, 20, 10, 10]);
        assert_eq!(fit_columns(&COLS, &needs, 53), vec![10, 20, 10, 10]);
        // Too narrow: B gives up a quarter (to 16), then D goes, then C.
        assert_eq!(fit_columns(&COLS, &needs, 50), vec![10, 17, 10, 10]);
        assert_eq!(fit_columns(&COLS, &needs, 45), vec![10, 20, 10, 0]);
        assert_eq!(fit_columns(&COLS, &needs, 30), vec![10, 19, 0, 0]);
        assert_eq!(fit_columns(&COLS, &needs, 20), vec![0, 20, 0, 0]);
    }

    #[test]
    fn a_column_of_higher_rank_goes_first() {
        static RANKED: [Column; 4] = [
            col("A", 10).dropped(0),
            flex("B", 20),
            col("C", 10).dropped(2),
            col("D", 10),
        ];
        let needs = [10, 20, 10, 10];
        assert_eq!(fit_columns(&RANKED, &needs, 45), vec![10, 20, 0, 10]);
        assert_eq!(fit_columns(&RANKED, &needs, 30), vec![10, 19, 0, 0]);
        // A is never dropped: the widest shrink instead.
        assert_eq!(fit_columns(&RANKED, &needs, 20), vec![10, 9, 0, 0]);
    }
}
