//! Shared by the tui_* tests: an App on a fresh database, and the screen
//! it draws at 80×24 as text.
#![allow(dead_code)]

use kumban::store::Store;
use kumban::tui::theme::Theme;
use kumban::tui::{Action, App, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

pub use super::today;

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub app: App,
}

/// An App on an empty database.
pub fn empty() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    let app = prepared(App::new(store, today()));
    Fixture { dir, app }
}

/// An App on the demonstration data (Bansuo), today 2026-11-28.
pub fn demo() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    kumban::demo::fill(&store, today()).unwrap();
    let app = prepared(App::new(store, today()));
    Fixture { dir, app }
}

/// Same for every machine: no colour (NO_COLOR may differ), a fixed path.
fn prepared(mut app: App) -> App {
    app.theme = Theme::plain();
    app.db_label = "/home/clerk/.local/share/kumban/db".into();
    app
}

pub fn keys(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        update(app, a);
    }
}

pub fn buffer(app: &App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| draw::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text, one line per row, with the wall-clock stamps that
/// the store writes replaced by `YYYY-MM-DD hh:mm`.
pub fn screen(app: &App) -> String {
    let b = buffer(app, app.size.0, app.size.1);
    let mut out = String::new();
    for y in 0..b.area.height {
        let mut line = String::new();
        // A wide character's second cell is blank in the buffer but not on
        // a terminal: skip it, as TestBackend's own Display does.
        let mut skip = 0;
        for x in 0..b.area.width {
            let symbol = b[(x, y)].symbol();
            if skip == 0 {
                line.push_str(symbol);
            }
            skip = std::cmp::max(skip, unicode_width::UnicodeWidthStr::width(symbol))
                .saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    redact_stamps(&out)
}

/// Replaces every `dddd-dd-dd dd:dd` with `YYYY-MM-DD hh:mm`, and the
/// same stamp shown day-first in Lao (`dd/dd/dddd dd:dd`) with
/// `##/##/#### ##:##` (no letters: the Lao screens are searched for
/// English words).
pub fn redact_stamps(s: &str) -> String {
    const PATTERNS: [(&[u8], &str); 2] = [
        (b"dddd-dd-dd dd:dd", "YYYY-MM-DD hh:mm"),
        (b"dd/dd/dddd dd:dd", "##/##/#### ##:##"),
    ];
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    'next: while i < bytes.len() {
        for (pattern, placeholder) in PATTERNS {
            let fits = i + pattern.len() <= bytes.len()
                && pattern.iter().zip(&bytes[i..]).all(|(p, c)| match p {
                    b'd' => c.is_ascii_digit(),
                    p => p == c,
                });
            if fits {
                out.push_str(placeholder);
                i += pattern.len();
                continue 'next;
            }
        }
        let ch = s[i..].chars().next().unwrap();
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}
