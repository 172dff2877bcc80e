//! Keys, in the three forms the tests press them: a `KeyEvent` for a
//! form, an `Action` or a press through the key map for an `App`, and the
//! bytes a terminal sends for the real binary.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use kumban::tui::{Action, App, Effect, action_for_event, update};

pub const TAB: &[u8] = b"\t";
pub const ENTER: &[u8] = b"\r";
pub const ESC: &[u8] = b"\x1b";
pub const CTRL_S: &[u8] = &[0x13];
pub const CTRL_U: &[u8] = &[0x15];

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub fn shift_tab() -> KeyEvent {
    KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)
}

/// A key as an `Action`, bypassing the key map.
pub fn action(code: KeyCode) -> Action {
    Action::Key(key(code))
}

/// Each character of `text` as an `Action`.
pub fn typed_actions(text: &str) -> Vec<Action> {
    text.chars().map(|c| action(KeyCode::Char(c))).collect()
}

/// A key pressed as the terminal would send it: through the key map,
/// then the update step.
pub fn press_with(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    let ev = Event::Key(KeyEvent::new(code, mods));
    match action_for_event(app, &ev) {
        Some(a) => update(app, a),
        None => Vec::new(),
    }
}

pub fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    press_with(app, code, KeyModifiers::NONE)
}

pub fn press_ctrl(app: &mut App, c: char) -> Vec<Effect> {
    press_with(app, KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub fn ch(app: &mut App, c: char) -> Vec<Effect> {
    press(app, KeyCode::Char(c))
}

/// Types `s` one key at a time, through the key map.
pub fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        ch(app, c);
    }
}
