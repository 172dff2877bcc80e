//! How each kind of field answers keys: a line editor for text-like
//! fields, cycling for choices, ticking for multi-choice, a picker for
//! references.

use super::field::FieldKey;
use super::line_edit::{EditError, LineEdit, Pasted};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kumban_i18n::Localize;

pub(super) fn paste_result(r: Result<Pasted, EditError>) -> FieldKey {
    match r {
        Ok(Pasted::All) => FieldKey::Changed,
        Ok(Pasted::FirstLineOnly) => FieldKey::Note(kumban_i18n::tr("form-pasted-first-line")),
        Err(e) => FieldKey::Refused(e.localized()),
    }
}

/// A key that types a character: no Ctrl or Alt held.
pub fn typed_char(key: &KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(c)
        }
        _ => None,
    }
}

fn changed(b: bool) -> FieldKey {
    if b {
        FieldKey::Changed
    } else {
        FieldKey::Unchanged
    }
}

pub(super) fn edit_key(e: &mut LineEdit, key: KeyEvent) -> FieldKey {
    if let Some(c) = typed_char(&key) {
        return match e.insert(c) {
            Ok(()) => FieldKey::Changed,
            Err(err) => FieldKey::Refused(err.localized()),
        };
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Backspace => changed(e.backspace()),
        KeyCode::Delete => changed(e.delete()),
        KeyCode::Left => changed(e.left()),
        KeyCode::Right => changed(e.right()),
        KeyCode::Home => {
            e.home();
            FieldKey::Unchanged
        }
        KeyCode::End => {
            e.end();
            FieldKey::Unchanged
        }
        // Readline habits: Ctrl-A/E to the ends, Ctrl-U clears.
        KeyCode::Char('a') if ctrl => {
            e.home();
            FieldKey::Unchanged
        }
        KeyCode::Char('e') if ctrl => {
            e.end();
            FieldKey::Unchanged
        }
        KeyCode::Char('u') if ctrl => {
            let had = !e.is_empty();
            e.clear();
            changed(had)
        }
        _ => FieldKey::NotMine,
    }
}

pub(super) fn choice_key(options: &[String], index: &mut usize, key: KeyEvent) -> FieldKey {
    let len = options.len();
    if len == 0 {
        return FieldKey::NotMine;
    }
    match (key.code, typed_char(&key)) {
        (KeyCode::Right, _) | (_, Some(' ')) => {
            *index = (*index + 1) % len;
            FieldKey::Changed
        }
        (KeyCode::Left, _) => {
            *index = (*index + len - 1) % len;
            FieldKey::Changed
        }
        // A letter jumps to the next option that starts with it.
        (_, Some(c)) => {
            let c = c.to_lowercase().to_string();
            let hit = (1..=len)
                .map(|step| (*index + step) % len)
                .find(|i| options[*i].to_lowercase().starts_with(&c));
            match hit {
                Some(i) => {
                    let was = *index;
                    *index = i;
                    changed(was != i)
                }
                None => FieldKey::Unchanged,
            }
        }
        _ => FieldKey::NotMine,
    }
}

pub(super) fn yes_no_key(b: &mut bool, key: KeyEvent) -> FieldKey {
    let set = |b: &mut bool, v: bool| {
        let was = *b;
        *b = v;
        changed(was != v)
    };
    match (key.code, typed_char(&key)) {
        (KeyCode::Left | KeyCode::Right, _) | (_, Some(' ')) => {
            *b = !*b;
            FieldKey::Changed
        }
        (_, Some('y' | 'Y')) => set(b, true),
        (_, Some('n' | 'N')) => set(b, false),
        _ => FieldKey::NotMine,
    }
}

pub(super) fn multi_key(
    options: &[String],
    chosen: &mut [bool],
    at: &mut usize,
    new: &mut LineEdit,
    key: KeyEvent,
) -> FieldKey {
    let len = options.len();
    match (key.code, typed_char(&key)) {
        (KeyCode::Right, _) if len > 0 => {
            *at = (*at + 1) % len;
            FieldKey::Unchanged
        }
        (KeyCode::Left, _) if len > 0 => {
            *at = (*at + len - 1) % len;
            FieldKey::Unchanged
        }
        // Space ticks unless a new option is being typed (names have no
        // spaces, so a space there would be refused by validation anyway).
        (_, Some(' ')) if new.is_empty() && len > 0 => {
            if let Some(c) = chosen.get_mut(*at) {
                *c = !*c;
            }
            FieldKey::Changed
        }
        (_, Some(c)) => match new.insert(c) {
            Ok(()) => FieldKey::Changed,
            Err(e) => FieldKey::Refused(e.localized()),
        },
        (KeyCode::Backspace, _) => changed(new.backspace()),
        _ => FieldKey::NotMine,
    }
}

pub(super) fn reference_key(
    value: &mut Option<(u64, String)>,
    optional: bool,
    key: KeyEvent,
) -> FieldKey {
    match (key.code, typed_char(&key)) {
        // Enter picks when empty and moves on once filled, so that pressing
        // Enter again and again walks through a form; Space or typing
        // always opens the list.
        (KeyCode::Enter, _) if value.is_none() => FieldKey::OpenPicker(String::new()),
        (_, Some(' ')) => FieldKey::OpenPicker(String::new()),
        (_, Some(c)) => FieldKey::OpenPicker(c.to_string()),
        (KeyCode::Backspace | KeyCode::Delete, _) if optional => {
            let had = value.is_some();
            *value = None;
            changed(had)
        }
        _ => FieldKey::NotMine,
    }
}

/// A ticks field opens its list on Enter, Space or a typed character (the
/// filter starts with it). Enter opens it even once something is ticked:
/// more attendees are usual, and on the last field Enter would otherwise
/// save a training started from one household with that household alone.
pub(super) fn ticks_key(key: KeyEvent) -> FieldKey {
    match (key.code, typed_char(&key)) {
        (KeyCode::Enter, _) | (_, Some(' ')) => FieldKey::OpenPicker(String::new()),
        (_, Some(c)) => FieldKey::OpenPicker(c.to_string()),
        _ => FieldKey::NotMine,
    }
}
