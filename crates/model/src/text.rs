//! Clean text: the one place that decides what text may enter the database.
//!
//! Control characters and bidirectional overrides are refused rather than
//! stripped, so what the clerk sees in the form is exactly what is stored and
//! nothing stored can move a terminal's cursor or reorder what a reader sees.
//! Invisible (zero-width) characters are refused too: they would let two
//! names that look the same be stored as different text.

use kumban_i18n::Message;

/// Why a piece of text was refused, worded for the person typing it.
pub fn text_problem(value: &str, max_chars: usize, required: bool) -> Option<String> {
    text_message(value, max_chars, required).map(|m| m.english())
}

/// `text_problem`, unsaid, for the session's language.
pub fn text_message(value: &str, max_chars: usize, required: bool) -> Option<Message> {
    if required && value.trim().is_empty() {
        return Some(Message::new("err-must-not-be-empty"));
    }
    if let Some(c) = value.chars().find(|c| is_forbidden(*c)) {
        let id = if is_invisible(c) {
            "err-invisible-character"
        } else {
            "err-control-character"
        };
        return Some(Message::new(id).with("char", escape_char(c)));
    }
    let n = value.chars().count();
    if n > max_chars {
        return Some(
            Message::new("err-too-long")
                .with("n", n.to_string())
                .with("max", max_chars.to_string()),
        );
    }
    if value != value.trim() {
        return Some(Message::new("err-spaces-at-ends"));
    }
    None
}

/// Characters that must never reach a terminal from stored text: C0/C1
/// controls, DEL, the bidi embedding/override/isolate controls, and the
/// invisible characters of `is_invisible`.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
        || is_invisible(c)
}

/// Characters that take no space: zero-width space, non-joiner and joiner
/// (U+200B–U+200D), word joiner and the invisible operators
/// (U+2060–U+2064), and the zero-width no-break space / byte-order mark
/// (U+FEFF; one at the very start of a file is read as the mark, not text).
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// A name as compared for duplicates and typos: case and spaces do not
/// count ("Bounmy  Keo" and "bounmykeo" are one name). The forms' warnings
/// and the store's memo of names in use fold the same way.
pub fn folded(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

fn escape_char(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Text made safe to print: any forbidden character is shown as `\u{..}`.
/// Used wherever stored text is written outside ratatui (stderr, CSV
/// previews, window titles) in case an old or damaged record holds one.
pub fn escape_for_display(value: &str) -> std::borrow::Cow<'_, str> {
    if !value.chars().any(is_forbidden) {
        return std::borrow::Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        if is_forbidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lao_chinese_and_latin() {
        for s in ["ນາງ ຄຳແພງ ສີສຸວັນ", "范锡宁", "Bounmy Phommachanh"]
        {
            assert_eq!(text_problem(s, 80, true), None, "{s}");
        }
    }

    #[test]
    fn refuses_escape_and_bidi() {
        let esc = text_problem("a\u{1b}[2Jb", 80, true).unwrap();
        assert!(esc.contains("U+001B"), "{esc}");
        let bidi = text_problem("abc\u{202E}def", 80, true).unwrap();
        assert!(bidi.contains("U+202E"), "{bidi}");
        assert!(text_problem("tab\there", 80, true).is_some());
    }

    #[test]
    fn refuses_invisible_characters_that_make_look_alike_names() {
        for c in ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'] {
            let name = format!("Bounmy{c} Phommachanh");
            assert_eq!(
                text_problem(&name, 80, true).unwrap(),
                format!(
                    "contains an invisible character (U+{:04X}); retype it without special keys",
                    c as u32
                )
            );
            assert_eq!(
                escape_for_display(&name),
                format!("Bounmy\\u{{{:x}}} Phommachanh", c as u32)
            );
        }
    }

    #[test]
    fn length_empty_and_spaces() {
        assert_eq!(text_problem("", 10, true).unwrap(), "must not be empty");
        assert_eq!(text_problem("", 10, false), None);
        assert_eq!(
            text_problem("abcdefghijk", 10, true).unwrap(),
            "is 11 characters long; the limit is 10"
        );
        assert_eq!(
            text_problem(" a", 10, true).unwrap(),
            "must not start or end with spaces"
        );
        // Limits count characters, not bytes: 10 Lao letters fit in 10.
        assert_eq!(text_problem("ກກກກກກກກກກ", 10, true), None);
    }

    #[test]
    fn escapes_for_display() {
        assert_eq!(escape_for_display("ok"), "ok");
        assert_eq!(escape_for_display("a\u{1b}b"), "a\\u{1b}b");
    }
}
