//! The keys of forms and pickers, as data. The form and the picker match
//! keys against these rows; the TUI's one key table lists them (so help,
//! the footer and the user guide show them), and the hint lines the
//! forms draw name their keys from here instead of typing the letters.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key as the tables write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySpec {
    Key(KeyCode, KeyModifiers),
    /// Any printable character (typing into the filter, a form or a picker).
    AnyChar,
}

const fn code(c: KeyCode) -> KeySpec {
    KeySpec::Key(c, KeyModifiers::NONE)
}
const fn ctrl(c: char) -> KeySpec {
    KeySpec::Key(KeyCode::Char(c), KeyModifiers::CONTROL)
}
pub const SHIFT_TAB: KeySpec = KeySpec::Key(KeyCode::BackTab, KeyModifiers::SHIFT);

/// One row: the keys and what they do, in the words help shows.
#[derive(Debug, Clone, Copy)]
pub struct FormKeys {
    pub keys: &'static [KeySpec],
    pub help: &'static str,
}

impl FormKeys {
    /// True when `ev` is one of the row's keys. A key written with Ctrl
    /// needs Ctrl held; other modifiers are not looked at (Shift-Down
    /// still moves to the next field, as it always has).
    pub fn matches(&self, ev: &KeyEvent) -> bool {
        self.keys.iter().any(|spec| match *spec {
            KeySpec::Key(c, m) => {
                c == ev.code
                    && (!m.contains(KeyModifiers::CONTROL)
                        || ev.modifiers.contains(KeyModifiers::CONTROL))
            }
            KeySpec::AnyChar => false,
        })
    }

    /// The row's first key, as a hint line writes it.
    pub fn name(&self) -> String {
        self.keys.first().map_or_else(String::new, short_name)
    }
}

pub const NEXT_FIELD: FormKeys = FormKeys {
    keys: &[code(KeyCode::Tab), code(KeyCode::Down)],
    help: "next field",
};
pub const PREV_FIELD: FormKeys = FormKeys {
    keys: &[SHIFT_TAB, code(KeyCode::Up)],
    help: "previous field",
};
pub const ENTER: FormKeys = FormKeys {
    keys: &[code(KeyCode::Enter)],
    help: "next field; on the last field, save; on an empty reference, open its list",
};
pub const SAVE: FormKeys = FormKeys {
    keys: &[ctrl('s')],
    help: "save (only valid records are saved; what was typed stays)",
};
pub const CLOSE: FormKeys = FormKeys {
    keys: &[code(KeyCode::Esc)],
    help: "close the form; asks y/N first if anything was typed",
};
pub const MOVE_IN_TEXT: FormKeys = FormKeys {
    keys: &[
        code(KeyCode::Left),
        code(KeyCode::Right),
        code(KeyCode::Home),
        code(KeyCode::End),
    ],
    help: "move in the text; change a choice",
};
pub const ACCEPT_SUGGESTION: FormKeys = FormKeys {
    keys: &[code(KeyCode::Right)],
    help: "at the end of the text: take the dimmed name suggested after it",
};
pub const SAVE_ANYWAY: FormKeys = FormKeys {
    keys: &[code(KeyCode::Enter), ctrl('s')],
    help: "after warnings, with nothing changed: save anyway",
};
pub const DELETE_CHAR: FormKeys = FormKeys {
    keys: &[code(KeyCode::Backspace), code(KeyCode::Delete)],
    help: "delete the character before / after the cursor",
};
pub const CLEAR_FIELD: FormKeys = FormKeys {
    keys: &[ctrl('u')],
    help: "clear the field",
};
pub const TYPE_IN_FIELD: FormKeys = FormKeys {
    keys: &[KeySpec::AnyChar],
    help: "typed into the field (Space changes a choice or opens a list)",
};
/// Space, which changes a choice and ticks a multi-choice.
pub const SPACE: KeySpec = code(KeyCode::Char(' '));

pub const PICK_TYPE: FormKeys = FormKeys {
    keys: &[KeySpec::AnyChar],
    help: "narrow the list: code or name, any case, any script",
};
pub const PICK_MOVE: FormKeys = FormKeys {
    keys: &[
        code(KeyCode::Up),
        code(KeyCode::Down),
        code(KeyCode::PageUp),
        code(KeyCode::PageDown),
        code(KeyCode::Home),
        code(KeyCode::End),
    ],
    help: "move in the list",
};
pub const PICK_CHOOSE: FormKeys = FormKeys {
    keys: &[code(KeyCode::Enter)],
    help: "choose",
};
pub const PICK_BACK: FormKeys = FormKeys {
    keys: &[code(KeyCode::Esc)],
    help: "back to the form, nothing chosen",
};
/// Tab, not Space: Space types into the filter (a filter of two words).
pub const PICK_TICK: FormKeys = FormKeys {
    keys: &[code(KeyCode::Tab)],
    help: "in a list of several (a training's attendees): tick or untick the row, then go to the next",
};
pub const PICK_TICK_SHOWN: FormKeys = FormKeys {
    keys: &[ctrl('a')],
    help: "in a list of several: tick every row the filter shows (a whole village); again to untick them",
};
pub const PICK_WIDEN: FormKeys = FormKeys {
    keys: &[code(KeyCode::Backspace), ctrl('u')],
    help: "widen the filter",
};

/// How a key is written in help, the footer and the user guide.
pub fn key_name(spec: &KeySpec) -> String {
    let (code, mods) = match spec {
        KeySpec::AnyChar => return "text".into(),
        KeySpec::Key(c, m) => (*c, *m),
    };
    match code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
            format!("Ctrl-{}", c.to_ascii_uppercase())
        }
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Delete => "Delete".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    }
}

/// A key as the narrow hint lines of a form write it ("S-Tab", "Del").
pub fn short_name(spec: &KeySpec) -> String {
    match spec {
        KeySpec::Key(KeyCode::BackTab, _) => "S-Tab".into(),
        KeySpec::Key(KeyCode::Delete, _) => "Del".into(),
        other => key_name(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_keys_need_ctrl_and_plain_keys_take_any_modifier() {
        let plain_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::NONE);
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert!(SAVE.matches(&ctrl_s));
        assert!(!SAVE.matches(&plain_s), "s is typed, not a save");
        let shift_down = KeyEvent::new(KeyCode::Down, KeyModifiers::SHIFT);
        assert!(NEXT_FIELD.matches(&shift_down));
        assert!(!PREV_FIELD.matches(&shift_down));
    }

    #[test]
    fn hint_names_are_short() {
        assert_eq!(PREV_FIELD.name(), "S-Tab");
        assert_eq!(SAVE.name(), "Ctrl-S");
        assert_eq!(short_name(&DELETE_CHAR.keys[1]), "Del");
        assert_eq!(PICK_MOVE.name(), "↑");
    }
}
