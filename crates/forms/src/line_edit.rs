//! A one-line text editor whose cursor moves by grapheme cluster, so that a
//! Lao vowel or tone mark stays with its consonant and a Chinese character
//! counts as one step but two columns.
//!
//! Widths come from ratatui's own `CellWidth` (unicode-width plus ratatui's
//! corrections), so the cursor lands exactly where ratatui drew the text.

use kumban_model::text::is_forbidden;
use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEdit {
    text: String,
    /// Byte offset into `text`, always on a grapheme cluster boundary.
    cursor: usize,
    /// The text is a suggestion (the next free code, the previous entry's
    /// value): the first character typed or pasted replaces it whole, as
    /// a selected default does; moving or deleting in it keeps it.
    suggested: bool,
}

/// Why typed or pasted text was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error(
        "{} is a control character and cannot be typed here",
        escape(*.0)
    )]
    Forbidden(char),
    #[error(
        "the pasted text holds a control character ({}); nothing was pasted",
        escape(*.0)
    )]
    ForbiddenInPaste(char),
}

impl kumban_i18n::Localize for EditError {
    fn message(&self) -> kumban_i18n::Message {
        let (id, c) = match self {
            EditError::Forbidden(c) => ("err-typed-control-character", c),
            EditError::ForbiddenInPaste(c) => ("err-pasted-control-character", c),
        };
        kumban_i18n::Message::new(id).with("char", escape(*c))
    }
}

fn escape(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// What happened to a paste that was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pasted {
    All,
    /// Only the first line went in: a form field holds one line, and a
    /// pasted line break must never act as Enter.
    FirstLineOnly,
}

/// What the editor shows in a given width: the visible slice of the text
/// and the cursor's column within it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View<'a> {
    pub text: &'a str,
    pub cursor_col: u16,
}

impl LineEdit {
    pub fn new() -> LineEdit {
        LineEdit::default()
    }

    /// An editor holding `text` with the cursor at its end. Forbidden
    /// characters in `text` (from a damaged record) are kept so that
    /// validation can name them; they are never drawn raw because ratatui
    /// drops control characters.
    pub fn with_text(text: &str) -> LineEdit {
        LineEdit {
            text: text.to_string(),
            cursor: text.len(),
            suggested: false,
        }
    }

    /// An editor holding a suggestion that typing replaces (see
    /// `suggested`); an empty suggestion is an empty editor.
    pub fn suggestion(text: &str) -> LineEdit {
        LineEdit {
            suggested: !text.is_empty(),
            ..LineEdit::with_text(text)
        }
    }

    /// True while the text is a suggestion nothing was typed into.
    pub fn is_suggestion(&self) -> bool {
        self.suggested
    }

    /// Typing into a suggestion starts afresh.
    fn replace_suggestion(&mut self) {
        if std::mem::take(&mut self.suggested) {
            self.clear();
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The cursor as a byte offset (always a cluster boundary).
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn set_text(&mut self, text: &str) {
        self.suggested = false;
        self.text = text.to_string();
        self.cursor = self.text.len();
    }

    pub fn clear(&mut self) {
        self.suggested = false;
        self.text.clear();
        self.cursor = 0;
    }

    pub fn insert(&mut self, c: char) -> Result<(), EditError> {
        if is_forbidden(c) {
            return Err(EditError::Forbidden(c));
        }
        self.replace_suggestion();
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        self.snap_forward();
        Ok(())
    }

    /// Inserts a pasted string: its first line only, and nothing at all if
    /// that line holds a control character.
    pub fn paste(&mut self, s: &str) -> Result<Pasted, EditError> {
        let (line, rest) = match s.find(['\n', '\r']) {
            Some(i) => (&s[..i], s[i..].trim_start_matches(['\n', '\r'])),
            None => (s, ""),
        };
        if let Some(c) = line.chars().find(|c| is_forbidden(*c)) {
            return Err(EditError::ForbiddenInPaste(c));
        }
        self.replace_suggestion();
        self.text.insert_str(self.cursor, line);
        self.cursor += line.len();
        self.snap_forward();
        Ok(if rest.is_empty() {
            Pasted::All
        } else {
            Pasted::FirstLineOnly
        })
    }

    /// Removes the whole grapheme cluster before the cursor.
    pub fn backspace(&mut self) -> bool {
        self.suggested = false;
        match self.prev_boundary() {
            Some(start) => {
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
                true
            }
            None => false,
        }
    }

    /// Removes the whole grapheme cluster after the cursor.
    pub fn delete(&mut self) -> bool {
        self.suggested = false;
        match self.next_boundary() {
            Some(end) => {
                self.text.replace_range(self.cursor..end, "");
                true
            }
            None => false,
        }
    }

    pub fn left(&mut self) -> bool {
        self.suggested = false;
        match self.prev_boundary() {
            Some(b) => {
                self.cursor = b;
                true
            }
            None => false,
        }
    }

    pub fn right(&mut self) -> bool {
        self.suggested = false;
        match self.next_boundary() {
            Some(b) => {
                self.cursor = b;
                true
            }
            None => false,
        }
    }

    pub fn home(&mut self) {
        self.suggested = false;
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.suggested = false;
        self.cursor = self.text.len();
    }

    /// Display columns from the start of the text to the cursor.
    pub fn cursor_width(&self) -> usize {
        width(&self.text[..self.cursor])
    }

    /// The part of the text that fits in `cols` columns with the cursor in
    /// view (scrolled so the cursor sits at the right edge when the text is
    /// too long), and where the cursor is within it.
    pub fn view(&self, cols: u16) -> View<'_> {
        let cols = usize::from(cols);
        if cols == 0 {
            return View {
                text: "",
                cursor_col: 0,
            };
        }
        // Leave one column for the cursor itself after the last cluster.
        let mut start = 0;
        let before = &self.text[..self.cursor];
        if width(before) >= cols {
            let mut w = 0;
            start = self.cursor;
            for (i, g) in before.grapheme_indices(true).rev() {
                let gw = width(g);
                if w + gw >= cols {
                    break;
                }
                w += gw;
                start = i;
            }
        }
        let mut end = start;
        let mut w = 0;
        for (i, g) in self.text[start..].grapheme_indices(true) {
            let gw = width(g);
            if w + gw > cols {
                break;
            }
            w += gw;
            end = start + i + g.len();
        }
        let cursor_col = width(&self.text[start..self.cursor]);
        View {
            text: &self.text[start..end],
            cursor_col: u16::try_from(cursor_col).unwrap_or(u16::MAX),
        }
    }

    fn prev_boundary(&self) -> Option<usize> {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map(|(i, _)| i)
    }

    fn next_boundary(&self) -> Option<usize> {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map(|g| self.cursor + g.len())
    }

    /// After an insert the cursor may sit inside a cluster (a consonant
    /// typed before a mark that had no base): move it to the cluster's end.
    fn snap_forward(&mut self) {
        let mut at = 0;
        for g in self.text.graphemes(true) {
            if at >= self.cursor {
                break;
            }
            at += g.len();
        }
        self.cursor = at;
    }
}

/// Columns a string takes on screen, counted the way ratatui draws it.
pub fn width(s: &str) -> usize {
    s.graphemes(true)
        .filter(|g| !g.contains(char::is_control))
        .map(|g| usize::from(g.cell_width()))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineEdit {
        let mut e = LineEdit::new();
        for c in s.chars() {
            e.insert(c).unwrap();
        }
        e
    }

    #[test]
    fn lao_marks_ride_on_their_consonant() {
        // ຄຳ is ຄ + ຳ (a spacing mark in the same cluster), ແພງ three more.
        let mut e = typed("ຄຳແພງ");
        assert_eq!(e.text(), "ຄຳແພງ");
        e.home();
        e.right();
        assert_eq!(&e.text()[..e.cursor()], "ຄຳ");
        e.end();
        assert!(e.backspace());
        assert_eq!(e.text(), "ຄຳແພ");
        e.home();
        assert!(e.delete());
        assert_eq!(e.text(), "ແພ");
    }

    #[test]
    fn a_mark_typed_after_a_consonant_joins_it() {
        // ສີ: ສ then the vowel ີ (zero width, combining).
        let mut e = typed("ສີ");
        assert_eq!(e.cursor_width(), 1);
        assert!(e.backspace());
        assert_eq!(e.text(), "");
    }

    #[test]
    fn chinese_is_two_columns_per_character() {
        let mut e = typed("范锡宁");
        assert_eq!(e.cursor_width(), 6);
        e.left();
        assert_eq!(e.cursor_width(), 4);
        e.insert('x').unwrap();
        assert_eq!(e.text(), "范锡x宁");
        assert_eq!(e.cursor_width(), 5);
    }

    #[test]
    fn control_characters_are_refused() {
        let mut e = typed("ab");
        assert_eq!(e.insert('\u{1b}'), Err(EditError::Forbidden('\u{1b}')));
        assert_eq!(e.insert('\u{202E}'), Err(EditError::Forbidden('\u{202E}')));
        assert_eq!(e.text(), "ab");
        assert_eq!(
            e.paste("x\u{7}y"),
            Err(EditError::ForbiddenInPaste('\u{7}'))
        );
        assert_eq!(e.text(), "ab");
    }

    #[test]
    fn paste_stops_at_the_first_line_break() {
        let mut e = LineEdit::with_text("BS-");
        assert_eq!(e.paste("07\r\nBS-08\n"), Ok(Pasted::FirstLineOnly));
        assert_eq!(e.text(), "BS-07");
        assert_eq!(e.paste("\n"), Ok(Pasted::All));
        assert_eq!(e.text(), "BS-07");
        e.home();
        assert_eq!(e.paste("ນາງ "), Ok(Pasted::All));
        assert_eq!(e.text(), "ນາງ BS-07");
        assert_eq!(e.cursor_width(), 4);
    }

    #[test]
    fn view_scrolls_to_keep_the_cursor_visible() {
        let e = typed("范锡宁范锡宁");
        let v = e.view(7);
        // The cursor at the end needs a free column: three characters fit.
        assert_eq!(v.text, "范锡宁");
        assert_eq!(v.cursor_col, 6);
        let mut e = e;
        e.home();
        let v = e.view(7);
        assert_eq!(v.text, "范锡宁");
        assert_eq!(v.cursor_col, 0);
        assert_eq!(LineEdit::with_text("abc").view(10).text, "abc");
        assert_eq!(LineEdit::with_text("abc").view(10).cursor_col, 3);
    }
}
