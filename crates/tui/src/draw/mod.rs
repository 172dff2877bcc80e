//! Drawing: the whole screen from `App`, nothing else. Layout at 80×24:
//! the bar of screen groups (1 row, `nav`), body (21 rows), key hints (1), status bar (1).

mod cells;
pub(super) mod dashboard;
pub(super) mod entry;
mod health_due;
pub(super) mod popup;
pub(super) mod reports;

pub use popup::max_scroll;
pub(super) mod table;
pub(super) mod welcome;

use super::app::{App, MIN_HEIGHT, MIN_WIDTH};
use super::component::{DrawCtx, front_keys};
use super::keymap::{self, Mode};
use super::nav;
use super::text::{self, Align, fit};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if app.too_small() || area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area);
        return;
    }
    let [bar, body, hints, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    tab_bar(frame, app, bar);
    let screen = DrawCtx { app, top: true };
    app.screen().component().draw(frame, body, &screen);
    hint_bar(frame, app, hints);
    status_bar(frame, app, status);
    let last = app.popups.len().saturating_sub(1);
    for (i, p) in app.popups.iter().enumerate() {
        // Only the popup on top takes typing, so only it places the cursor.
        let ctx = DrawCtx {
            app,
            top: i == last,
        };
        p.component().draw(frame, area, &ctx);
    }
    cells::split_clusters(frame.buffer_mut());
}

/// The rows of the list on screen, which a scroll moves: below the tab
/// bar, the info line and the header, above the hints and the status bar.
/// `None` when no list shows, or something covers it.
pub fn scroll_band(app: &App) -> Option<std::ops::Range<u16>> {
    let (_, h) = app.size;
    let list = app.tab.is_list() && app.popups.is_empty() && !app.too_small();
    list.then(|| 3..h.saturating_sub(2))
}

fn too_small(frame: &mut Frame, area: Rect) {
    let msg = format!(
        "kumban needs a terminal of at least {MIN_WIDTH} columns by {MIN_HEIGHT} rows; \
         this one is {} by {}. Make the window bigger (or the font smaller). \
         Press {} to quit.",
        area.width,
        area.height,
        keymap::key_for(&super::Action::Quit)
    );
    frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
}

/// The groups by number, the current one spelled out (`nav::bar`).
fn tab_bar(frame: &mut Frame, app: &App, area: Rect) {
    let line = nav::bar_line(&nav::labels(), app.tab, usize::from(area.width), &app.theme);
    frame.render_widget(line, area);
}

fn hint_bar(frame: &mut Frame, app: &App, area: Rect) {
    let mut spans = Vec::new();
    let mut used = 0usize;
    let room = usize::from(area.width);
    let hints = keymap::hints_of(front_keys(app), app.hint_flags());
    for (key, word) in hints {
        let piece = text::width(&key) + 1 + text::width(&word) + 2;
        if used + piece > room {
            break;
        }
        used += piece;
        spans.push(Span::styled(key, app.theme.key()));
        spans.push(Span::raw(format!(" {word}  ")));
    }
    frame.render_widget(Line::from(spans), area);
}

fn status_bar(frame: &mut Frame, app: &App, area: Rect) {
    let room = usize::from(area.width);
    let mut who = format!(" {} · {}", app.db_label, app.user);
    if app.read_only.is_some() {
        who.push_str(&format!(" · {}", kumban_i18n::tr("status-read-only")));
    }
    if app.seen.is_some_and(|c| !c.connected) {
        who.push_str(&format!(" · {}", kumban_i18n::tr("status-owner-gone")));
    }
    let line = match &app.message {
        Some(m) => {
            let msg = if m.error {
                kumban_i18n::tr!("status-error", text = m.text.clone())
            } else {
                m.text.clone()
            };
            // The message matters more than the path: give it the room.
            let who_room = room.saturating_sub(text::width(&msg) + 3).clamp(12, 40);
            let who = tail(&who, who_room);
            let rest = room.saturating_sub(text::width(&who) + 3);
            let style = if m.error {
                app.theme.error()
            } else {
                app.theme.status_bar()
            };
            Line::from(vec![
                Span::styled(format!("{who} │ "), app.theme.status_bar()),
                Span::styled(fit(&msg, rest, Align::Left), style),
            ])
        }
        None => Line::styled(fit(&who, room, Align::Left), app.theme.status_bar()),
    };
    frame.render_widget(line, area);
}

/// The end of `s` in `cells` cells, cut at the front with `…` (paths are
/// most recognisable by their last folders).
fn tail(s: &str, cells: usize) -> String {
    if text::width(s) <= cells {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut used = 1;
    for c in chars.iter().rev() {
        let w = unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
        if used + w > cells {
            break;
        }
        used += w;
        out.insert(0, *c);
    }
    format!("…{out}")
}

/// Whether the filter line shows a cursor (typing).
fn typing(app: &App) -> bool {
    app.mode() == Mode::Filter
}
