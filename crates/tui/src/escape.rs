//! A terminal sends Esc as the byte ESC and Alt+key as ESC then the key,
//! so Esc followed quickly by a digit (typed ahead on a slow link, or by
//! a quick hand) arrives as one Alt+digit. kumban binds no Alt key, so an
//! Alt+character is always read as the two keys it most likely was.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The events `ev` stands for: Alt+character (without Ctrl) becomes Esc
/// then the character; every other event stands for itself.
pub fn split(ev: Event) -> Vec<Event> {
    match ev {
        Event::Key(key)
            if matches!(key.code, KeyCode::Char(_))
                && key.modifiers.contains(KeyModifiers::ALT)
                && !key.modifiers.contains(KeyModifiers::CONTROL) =>
        {
            let mut plain = key;
            plain.modifiers.remove(KeyModifiers::ALT);
            let mut esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
            esc.kind = key.kind;
            vec![Event::Key(esc), Event::Key(plain)]
        }
        other => vec![other],
    }
}
