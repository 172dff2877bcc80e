//! The picker popup: a filter line, a count, and the list with the
//! selected row marked `>` and REVERSED+BOLD.

use super::keys;
use super::line_edit::width;
use super::picker::Picker;
use kumban_i18n::{tr, tr_text};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

pub struct PickerView<'a> {
    picker: &'a Picker,
}

/// "Filter: " in the session's language, and its width in columns.
fn filter_label() -> (String, u16) {
    let label = tr!("picker-filter");
    let w = u16::try_from(width(&label)).unwrap_or(u16::MAX);
    (label, w)
}

impl<'a> PickerView<'a> {
    pub fn new(picker: &'a Picker) -> PickerView<'a> {
        PickerView { picker }
    }

    /// The popup's rectangle, centred in `outer` (the whole screen).
    pub fn area(outer: Rect) -> Rect {
        let w = outer.width.saturating_sub(4).min(72);
        let h = outer.height.saturating_sub(2).min(20);
        Rect {
            x: outer.x + (outer.width - w) / 2,
            y: outer.y + (outer.height - h) / 2,
            width: w,
            height: h,
        }
    }

    /// The terminal cursor, in the filter line. `area` is the popup's
    /// rectangle (from `PickerView::area`).
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        let inner = Block::bordered().inner(area);
        if inner.height == 0 {
            return None;
        }
        let x0 = inner.x + filter_label().1;
        let col = self
            .picker
            .query()
            .view(inner.right().saturating_sub(x0))
            .cursor_col;
        Some(Position::new(
            (x0 + col).min(inner.right().saturating_sub(1)),
            inner.y,
        ))
    }
}

/// `s` padded with spaces to `cols` display columns (cut if longer).
fn pad(s: &str, cols: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(s, true) {
        let gw = width(g);
        if w + gw > cols {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    out.push_str(&" ".repeat(cols - w));
    out
}

impl Widget for PickerView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = self.picker;
        Clear.render(area, buf);
        let block = Block::bordered()
            .title(
                Line::from(format!(" {} ", tr_text("picker", p.title())))
                    .style(Style::new().add_modifier(Modifier::BOLD)),
            )
            .title_bottom(Line::from(hint_line(p.is_ticks())));
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height < 3 {
            return;
        }
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let (filter, filter_w) = filter_label();
        buf.set_stringn(inner.x, inner.y, &filter, usize::from(inner.width), bold);
        let x0 = inner.x + filter_w;
        let q = p.query().view(inner.right().saturating_sub(x0));
        buf.set_stringn(
            x0,
            inner.y,
            q.text,
            usize::from(inner.right().saturating_sub(x0)),
            Style::new(),
        );
        let count = if p.loading().is_some() {
            tr!("picker-loading")
        } else if p.shown_len() == p.total() {
            tr!("picker-count", total = p.total())
        } else {
            tr!("picker-matches", shown = p.shown_len(), total = p.total())
        };
        let count = if p.is_ticks() && p.loading().is_none() {
            tr!("picker-ticked", count = count, ticked = p.ticked_count())
        } else {
            count
        };
        buf.set_stringn(
            inner.x,
            inner.y + 1,
            count,
            usize::from(inner.width),
            Style::new().add_modifier(Modifier::DIM),
        );
        let list_y = inner.y + 2;
        let height = usize::from(inner.height - 2);
        if p.loading().is_some() {
            return;
        }
        if p.shown_len() == 0 {
            let why = if p.total() == 0 {
                tr!("picker-empty")
            } else {
                tr!("picker-no-match")
            };
            buf.set_stringn(
                inner.x + 2,
                list_y,
                why,
                usize::from(inner.width),
                Style::new(),
            );
            return;
        }
        let code_w = p.shown().map(|i| width(&i.code)).max().unwrap_or(0).min(20);
        let name_w = p.shown().map(|i| width(&i.name)).max().unwrap_or(0).min(30);
        let offset = p.selected().saturating_sub(height.saturating_sub(1));
        for (row, item) in p.shown().enumerate().skip(offset).take(height) {
            let y = list_y + (row - offset) as u16;
            let selected = row == p.selected();
            let tick = match (p.is_ticks(), p.is_ticked(row)) {
                (false, _) => "",
                (true, true) => "[x] ",
                (true, false) => "[ ] ",
            };
            let text = format!(
                "{}{tick}{} {} {}",
                if selected { "> " } else { "  " },
                pad(&item.code, code_w),
                pad(&item.name, name_w),
                item.detail
            );
            let style = if selected {
                Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
            } else {
                Style::new()
            };
            buf.set_stringn(inner.x, y, text, usize::from(inner.width), style);
        }
    }
}

/// The picker's keys, named from `forms::keys`: " ↑↓ move  Enter choose  Esc back ";
/// a list of several names its ticking keys too.
fn hint_line(ticks: bool) -> String {
    let moves = keys::PICK_MOVE.keys;
    let name = |i: usize| moves.get(i).map(keys::short_name).unwrap_or_default();
    if ticks {
        let keys = tr!(
            "picker-keys-ticks",
            moves = format!("{}{}", name(0), name(1)),
            tick = keys::PICK_TICK.name(),
            all = keys::PICK_TICK_SHOWN.name(),
            done = keys::PICK_CHOOSE.name(),
            back = keys::PICK_BACK.name()
        );
        return format!(" {keys} ");
    }
    let keys = tr!(
        "picker-keys",
        moves = format!("{}{}", name(0), name(1)),
        choose = keys::PICK_CHOOSE.name(),
        back = keys::PICK_BACK.name()
    );
    format!(" {keys} ")
}
