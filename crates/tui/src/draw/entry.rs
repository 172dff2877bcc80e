//! The data-entry popups: a form over the tab, a picker over the form, a
//! y/N question and a message. The terminal cursor goes where the popup
//! on top takes typing.

use super::popup::{page, wrap};
use crate::app::{App, Confirm, OnYes};
use crate::component::mode_keys;
use crate::keymap::{self, Mode};
use crate::review::Comment;
use kumban_forms::keys as form_keys;
use kumban_forms::{Form, FormView, Picker, PickerView};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// A form covers everything but the tab bar and the status bar, so the
/// tab stays named and "saved" or the error shows below it.
pub fn form(frame: &mut Frame, app: &App, area: Rect, form: &Form, top: bool) {
    let rect = page(area);
    let view = FormView::new(form).colour(app.theme.colour);
    let cursor = view.cursor(rect);
    frame.render_widget(view, rect);
    if top && let Some(p) = cursor {
        frame.set_cursor_position(p);
    }
}

pub fn picker(frame: &mut Frame, area: Rect, picker: &Picker, top: bool) {
    let rect = PickerView::area(area);
    let view = PickerView::new(picker);
    let cursor = view.cursor(rect);
    frame.render_widget(view, rect);
    if top && let Some(p) = cursor {
        frame.set_cursor_position(p);
    }
}

pub fn confirm(frame: &mut Frame, app: &App, area: Rect, c: &Confirm) {
    message_box(
        frame,
        app,
        area,
        &if c.on_yes == OnYes::ResumeDraft {
            kumban_i18n::tr("confirm-title-draft")
        } else {
            kumban_i18n::tr("confirm-title")
        },
        &c.question,
        Mode::Confirm,
    );
}

pub fn notice(frame: &mut Frame, app: &App, area: Rect, title: &str, text: &str) {
    message_box(frame, app, area, title, text, Mode::Notice);
}

/// A small centred box: the text wrapped, the keys of `mode` on its
/// bottom border.
fn message_box(frame: &mut Frame, app: &App, area: Rect, title: &str, text: &str, mode: Mode) {
    let width = area.width.saturating_sub(4).min(64);
    let inner = usize::from(width.saturating_sub(4)).max(10);
    let mut lines = vec![Line::raw("")];
    lines.extend(
        wrap(text, inner)
            .into_iter()
            .map(|l| Line::raw(format!(" {l}"))),
    );
    lines.push(Line::raw(""));
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    };
    let hints: Vec<String> = keymap::hints_of(mode_keys(app, mode), 0)
        .into_iter()
        .map(|(k, w)| format!("{k} {w}"))
        .collect();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border())
        .title(Line::styled(format!(" {title} "), app.theme.title()))
        .title_bottom(Line::from(format!(" {} ", hints.join(" · "))));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

/// The officer's comment for a returned month: a line to type in, the
/// cursor at its end.
pub fn comment(frame: &mut Frame, app: &App, area: Rect, c: &Comment, top: bool) {
    let width = area.width.saturating_sub(4).min(64);
    let inner = usize::from(width.saturating_sub(4)).max(10);
    let mut lines = vec![Line::raw("")];
    lines.extend(
        wrap("What should the clerk fix?", inner)
            .into_iter()
            .map(|l| Line::raw(format!(" {l}"))),
    );
    let text = crate::text::clean(&c.text);
    let typed = wrap(&text, inner.saturating_sub(2));
    let shown = if typed.is_empty() {
        vec![String::new()]
    } else {
        typed
    };
    for l in &shown {
        lines.push(Line::raw(format!(" > {l}")));
    }
    let cursor_line = (lines.len() - 1) as u16;
    lines.push(Line::raw(""));
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    };
    let title = format!(
        " Return {} {} to the clerk ",
        crate::text::clean(&c.village),
        c.period
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border())
        .title(Line::styled(title, app.theme.title()))
        .title_bottom(Line::from(format!(
            " {} return it · {} do not ",
            form_keys::ENTER.name(),
            form_keys::CLOSE.name()
        )));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
    if top {
        let last = shown.last().map(|l| crate::text::width(l)).unwrap_or(0);
        let row = rect.y + 1 + cursor_line;
        let x = rect.x + 4 + last as u16;
        if x < rect.x + rect.width.saturating_sub(1) && row < rect.y + rect.height {
            frame.set_cursor_position((x, row));
        }
    }
}
