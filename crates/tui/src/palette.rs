//! The go-to palette (`:` or Ctrl-P): every screen by name, in a list
//! that narrows as you type, as editors and television have it. Enter goes
//! there, Esc closes. Each row shows the keys that reach the screen
//! directly from where you are, so the palette also teaches the digits.

use super::action::Action;
use super::action::Tab;
use super::app::{App, Popup};
use super::component::{Component, Ctx, DrawCtx, Outcome, mode_keys, post};
use super::keymap::{self, Binding, Mode};
use super::nav;
use super::queue::{AppEvent, Queue};
use super::text::{self, Align, fit};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kumban_model::text::is_forbidden;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// A filter typed is a few words, not a page.
const FILTER_MAX: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    pub filter: String,
    /// Index into `matches()`.
    pub selected: usize,
}

impl Palette {
    /// Opened with the current screen selected, so Enter stays put.
    pub fn open(here: Tab) -> Palette {
        Palette {
            filter: String::new(),
            selected: here.index(),
        }
    }

    /// The screens whose "digit group screen" holds every typed word, in
    /// bar order; case does not matter, in any script.
    pub fn matches(&self) -> Vec<Tab> {
        // Folded as list filters are: Lao tone marks may be left out.
        let words: Vec<String> = kumban_i18n::collate::fold(&self.filter)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        Tab::ALL
            .into_iter()
            .filter(|tab| {
                let (g, _) = nav::place(*tab);
                let hay = kumban_i18n::collate::fold(&format!("{} {}", g + 1, nav::path(*tab)));
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect()
    }

    pub fn chosen(&self) -> Option<Tab> {
        self.matches().get(self.selected).copied()
    }

    fn narrowed(&mut self) {
        // A narrowed list starts at its best match, not a stale index.
        self.selected = 0;
    }

    fn type_text(&mut self, s: &str) -> bool {
        let before = self.filter.len();
        for c in s.chars().filter(|c| !is_forbidden(*c)) {
            if self.filter.chars().count() >= FILTER_MAX {
                break;
            }
            self.filter.push(c);
        }
        let changed = self.filter.len() != before;
        if changed {
            self.narrowed();
        }
        changed
    }

    fn move_by(&mut self, delta: isize) -> bool {
        let last = self.matches().len().saturating_sub(1);
        let before = self.selected;
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.selected != before
    }
}

/// `:` or Ctrl-P on a screen.
pub fn open(app: &mut App) -> bool {
    app.popups.push(Popup::Palette(Palette::open(app.tab)));
    true
}

impl Palette {
    /// A key while the palette is on top.
    fn key(&mut self, ev: KeyEvent, queue: &mut Queue) -> Outcome {
        let page = Tab::ALL.len() as isize;
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let changed = match ev.code {
            KeyCode::Esc => return post(queue, AppEvent::PopupClosed),
            KeyCode::Enter => match self.chosen() {
                Some(tab) => return post(queue, AppEvent::GoTo(tab)),
                None => false,
            },
            KeyCode::Up => self.move_by(-1),
            KeyCode::Down => self.move_by(1),
            KeyCode::PageUp => self.move_by(-page),
            KeyCode::PageDown => self.move_by(page),
            KeyCode::Home => self.move_by(isize::MIN),
            KeyCode::End => self.move_by(isize::MAX),
            KeyCode::Backspace => {
                let changed = self.filter.pop().is_some();
                if changed {
                    self.narrowed();
                }
                changed
            }
            KeyCode::Char('u') if ctrl => {
                let changed = !self.filter.is_empty();
                self.filter.clear();
                self.narrowed();
                changed
            }
            KeyCode::Char(c) if !ctrl && !ev.modifiers.contains(KeyModifiers::ALT) => {
                self.type_text(&c.to_string())
            }
            _ => false,
        };
        Outcome::from_changed(changed)
    }
}

impl Component for Palette {
    fn event(&mut self, action: &Action, _ctx: &Ctx, queue: &mut Queue) -> Outcome {
        match action {
            Action::Key(ev) => self.key(*ev, queue),
            // Pasted text only narrows the list; it never presses Enter.
            Action::Paste(pasted) => {
                let one_line: String = pasted.lines().collect::<Vec<_>>().join(" ");
                Outcome::from_changed(self.type_text(&one_line))
            }
            _ => Outcome::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw(frame, ctx.app, area, self, ctx.top);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Palette)
    }
}

/// The palette box: below the bar (which keeps saying where you are),
/// centred, as tall as the list of every screen so it does not jump
/// while narrowing.
pub fn draw(frame: &mut Frame, app: &App, area: Rect, p: &Palette, has_keys: bool) {
    let width = area.width.saturating_sub(4).min(56);
    let height = (Tab::ALL.len() as u16 + 3).min(area.height.saturating_sub(3));
    let rect = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + 2,
        width,
        height,
    };
    let inner = usize::from(width.saturating_sub(2));
    let filter = text::clean(&p.filter);
    let shown_filter = tail_fit(&filter, inner.saturating_sub(4));
    let mut lines = vec![Line::from(vec![
        Span::styled(" > ", app.theme.key()),
        Span::raw(shown_filter.clone()),
    ])];
    let matches = p.matches();
    let rows = usize::from(height.saturating_sub(3)).max(1);
    let first = p.selected.saturating_sub(rows - 1);
    if matches.is_empty() {
        lines.push(Line::raw(format!(" {}", kumban_i18n::tr("palette-none"))));
    }
    for (i, tab) in matches.iter().enumerate().skip(first).take(rows) {
        let (g, _) = nav::place(*tab);
        let keys = if *tab == app.tab {
            kumban_i18n::tr("palette-here")
        } else {
            nav::shortest(app.tab, *tab, 3).map_or(String::new(), |k| k.join(" "))
        };
        let name = format!(" {} {}", g + 1, nav::path(*tab));
        let room = inner.saturating_sub(text::width(&keys) + 2);
        let row = format!("{}{keys} ", fit(&name, room + 1, Align::Left));
        let style = if i == p.selected {
            app.theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(fit(&row, inner, Align::Left), style));
    }
    let hints: Vec<String> = keymap::hints_of(p.keys(app), 0)
        .into_iter()
        .map(|(k, w)| format!("{k} {w}"))
        .collect();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border())
        .title(Line::styled(
            format!(" {} ", kumban_i18n::tr("palette-title")),
            app.theme.title(),
        ))
        .title_bottom(Line::from(format!(" {} ", hints.join(" · "))));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
    if has_keys && rect.height > 2 {
        let x = rect.x + 4 + text::width(&shown_filter) as u16;
        if x < rect.right().saturating_sub(1) {
            frame.set_cursor_position((x, rect.y + 1));
        }
    }
}

/// The end of what was typed, when it is longer than the line: the
/// letters being typed are the ones to see.
fn tail_fit(s: &str, cells: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > cells {
            break;
        }
        used += w;
        out.push(c);
    }
    out.into_iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_narrows_by_screen_or_group_in_any_case() {
        let mut p = Palette::open(Tab::Households);
        assert_eq!(p.chosen(), Some(Tab::Households));
        p.type_text("HERD");
        assert_eq!(p.matches(), [Tab::Cattle, Tab::Breeding, Tab::Weights]);
        assert_eq!(
            p.chosen(),
            Some(Tab::Cattle),
            "a narrowed list starts at the top"
        );
        p.type_text(" bre");
        assert_eq!(p.matches(), [Tab::Breeding]);
        p.filter = "rev".into();
        assert_eq!(p.matches(), [Tab::Review]);
        p.filter = "ຂ".into();
        assert!(p.matches().is_empty());
        assert_eq!(p.chosen(), None);
    }

    #[test]
    fn control_characters_are_not_typed_and_moves_stay_in_the_list() {
        let mut p = Palette::open(Tab::Dashboard);
        assert!(!p.type_text("\u{1b}\u{202e}"));
        assert!(p.filter.is_empty());
        assert!(!p.move_by(-1), "already at the top");
        assert!(p.move_by(100));
        assert_eq!(p.chosen(), Some(Tab::Visits));
    }
}
