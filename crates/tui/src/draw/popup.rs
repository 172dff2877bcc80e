//! Popups over the screen: help (from the keymap) and a record's detail.

use crate::app::{App, Popup};
use crate::component::{help_beneath, mode_keys};
use crate::detail::{Detail, DetailLine};
use crate::keymap::{self, Binding, Mode};
use crate::text::{self, Align, fit};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Popups cover everything but the tab bar and the status bar, so the
/// tab and the last message stay in view.
pub(super) fn page(area: Rect) -> Rect {
    Rect {
        x: area.x,
        y: area.y + 1,
        width: area.width,
        height: area.height.saturating_sub(2),
    }
}

/// Draws `lines` in a bordered box, scrolled to `scroll` (clamped so the
/// last page stays full), with hints on the bottom border.
/// What a popup box shows besides its lines.
struct BoxSpec<'a> {
    rect: Rect,
    title: &'a str,
    scroll: usize,
    /// The keys the bottom border lists.
    keys: Vec<&'static Binding>,
}

fn boxed(frame: &mut Frame, app: &App, b: BoxSpec, lines: Vec<Line<'static>>) {
    let BoxSpec {
        rect,
        title,
        scroll,
        keys,
    } = b;
    let inner_height = usize::from(rect.height.saturating_sub(2));
    let max_scroll = lines.len().saturating_sub(inner_height);
    let scroll = scroll.min(max_scroll);
    let more = if lines.len() > inner_height {
        format!(
            " {} ",
            kumban_i18n::tr!(
                "popup-position",
                first = scroll + 1,
                last = (scroll + inner_height).min(lines.len()),
                total = lines.len()
            )
        )
    } else {
        String::new()
    };
    let room = usize::from(rect.width.saturating_sub(4));
    // Whole hints only, as many as fit beside the position.
    let mut hints: Vec<String> = Vec::new();
    let mut used = text::width(&more) + 2;
    for (k, w) in keymap::hints_of(keys, app.hint_flags()) {
        let hint = format!("{k} {w}");
        let cost = text::width(&hint) + 3;
        if used + cost > room {
            break;
        }
        used += cost;
        hints.push(hint);
    }
    let title = fit(title, room.min(text::width(title)), Align::Left);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border())
        .title(Line::styled(format!(" {title} "), app.theme.title()))
        .title_bottom(Line::from(format!(" {} ", hints.join(" · "))))
        .title_bottom(Line::from(more).right_aligned());
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(inner_height).collect();
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(visible).block(block), rect);
}

pub fn help(frame: &mut Frame, app: &App, area: Rect, scroll: usize) {
    let rect = page(area);
    let lines = help_lines(app, rect.width);
    let title = kumban_i18n::tr!("help-title", screen = app.tab.name());
    let b = BoxSpec {
        rect,
        title: &title,
        scroll,
        keys: mode_keys(app, Mode::Help),
    };
    boxed(frame, app, b, lines);
}

/// The help text for a popup `width` cells wide.
fn help_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let sections: Vec<(String, Vec<keymap::HelpLine>)> = help_beneath(app)
        .into_iter()
        .map(|s| (s.heading, keymap::help_lines_of(s.keys)))
        .collect();
    let key_width = sections
        .iter()
        .flat_map(|(_, l)| l.iter().map(|h| text::width(&h.keys)))
        .max()
        .unwrap_or(0)
        .min(20);
    let mut lines = Vec::new();
    for (i, (heading, entries)) in sections.into_iter().enumerate() {
        if i > 0 {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(heading, app.theme.header()));
        let room = usize::from(width.saturating_sub(2)).saturating_sub(key_width + 2);
        for h in entries {
            for (n, chunk) in wrap(&h.help, room.max(10)).into_iter().enumerate() {
                let keys = if n == 0 { h.keys.as_str() } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(fit(keys, key_width, Align::Left), app.theme.key()),
                    Span::raw("  "),
                    Span::raw(chunk),
                ]));
            }
        }
    }
    lines
}

pub fn detail(frame: &mut Frame, app: &App, area: Rect, d: &Detail) {
    let rect = page(area);
    let lines = detail_lines(app, d, rect.width);
    let b = BoxSpec {
        rect,
        title: &d.title,
        scroll: d.scroll,
        // The keys of the record's own tab, wherever it was opened from.
        keys: keymap::bindings(Mode::Detail, d.tab).collect(),
    };
    boxed(frame, app, b, lines);
}

/// How far the popup on top can scroll: its lines less one screenful.
/// `update` clamps with this so that a key pressed past the end is not
/// silently stored and then undone by the next presses.
pub fn max_scroll(app: &App) -> usize {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let rect = page(area);
    let inner = usize::from(rect.height.saturating_sub(2));
    let lines = match app.popups.last() {
        Some(Popup::Help(_)) => help_lines(app, rect.width).len(),
        Some(Popup::Detail(d)) => detail_lines(app, d, rect.width).len(),
        _ => 0,
    };
    lines.saturating_sub(inner)
}

/// The detail text for a popup `width` cells wide.
fn detail_lines(app: &App, d: &Detail, width: u16) -> Vec<Line<'static>> {
    let inner = usize::from(width.saturating_sub(2));
    const LABEL: usize = 17;
    let mut lines = Vec::new();
    for l in &d.lines {
        match l {
            DetailLine::Field(label, value) | DetailLine::Warn(label, value) => {
                let style = if matches!(l, DetailLine::Warn(..)) {
                    app.theme.error()
                } else {
                    Style::new()
                };
                // Long values (notes) wrap under the value column.
                let chunks = wrap(value, inner.saturating_sub(LABEL + 1).max(10));
                for (n, chunk) in chunks.into_iter().enumerate() {
                    let head = if n == 0 {
                        fit(&format!("{label}:"), LABEL, Align::Left)
                    } else {
                        " ".repeat(LABEL)
                    };
                    lines.push(Line::from(vec![
                        Span::styled(format!("{head} "), app.theme.key()),
                        Span::styled(chunk, style),
                    ]));
                }
            }
            DetailLine::Heading(h) => lines.push(Line::styled(h.clone(), app.theme.header())),
            DetailLine::Item(s) => {
                for chunk in wrap(s, inner.saturating_sub(2).max(10)) {
                    lines.push(Line::raw(format!("  {chunk}")));
                }
            }
            DetailLine::Blank => lines.push(Line::raw("")),
        }
    }
    lines
}

/// Splits `s` into pieces of at most `cells` cells, at spaces where it can.
pub(super) fn wrap(s: &str, cells: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while text::width(rest) > cells {
        let (head, _) = text::truncate(rest, cells);
        let cut = match head.rfind(' ') {
            Some(i) if i > 0 => i,
            _ => head.len(),
        };
        if cut == 0 {
            break;
        }
        out.push(rest[..cut].to_string());
        rest = rest[cut..].trim_start();
    }
    out.push(rest.to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_cuts_at_spaces_and_keeps_everything() {
        let s = "技术员意见：圈舍通风良好。Adviser: pen well ventilated.";
        let parts = wrap(s, 20);
        assert!(parts.iter().all(|p| text::width(p) <= 20), "{parts:?}");
        assert_eq!(parts.concat().replace(' ', ""), s.replace(' ', ""));
        assert_eq!(wrap("short", 20), vec!["short"]);
    }
}
