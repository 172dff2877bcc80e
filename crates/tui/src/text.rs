//! Fitting text into terminal cells by display width, not by bytes or
//! chars: Lao vowel and tone marks take no cell, Chinese characters take
//! two. Every string that reaches a table cell goes through `fit`.

use kumban_model::text::escape_for_display;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width of `s` in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Stored text made safe for the screen: control and bidi characters are
/// shown as `\u{..}` instead of being written raw.
pub fn clean(s: &str) -> String {
    escape_for_display(s).into_owned()
}

/// The longest prefix of `s` that fits in `max` cells. Zero-width marks
/// stay with the letter they ride on: they are kept after a kept letter and
/// dropped after a dropped one.
pub fn truncate(s: &str, max: usize) -> (&str, usize) {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > max {
            return (&s[..i], used);
        }
        used += w;
    }
    (s, used)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// `s` padded or cut to exactly `cells` cells; a cut is marked with `…`.
pub fn fit(s: &str, cells: usize, align: Align) -> String {
    let w = width(s);
    let (body, used) = if w <= cells {
        (s, w)
    } else if cells == 0 {
        ("", 0)
    } else {
        let (cut, used) = truncate(s, cells - 1);
        return pad(&format!("{cut}…"), used + 1, cells, align);
    };
    pad(body, used, cells, align)
}

fn pad(s: &str, used: usize, cells: usize, align: Align) -> String {
    let gap = " ".repeat(cells.saturating_sub(used));
    match align {
        Align::Left => format!("{s}{gap}"),
        Align::Right => format!("{gap}{s}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAO_1: &str = "ນາງ ຄຳແພງ ສີສຸວັນ";
    const LAO_2: &str = "ທ້າວ ບຸນມີ ພົມມະຈັນ";
    const CHINESE: &str = "范锡宁";

    #[test]
    fn widths_count_cells() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width(CHINESE), 6);
        // Tone and vowel marks ride on the previous letter.
        assert!(width(LAO_2) < LAO_2.chars().count());
    }

    #[test]
    fn fit_pads_and_cuts_to_exact_width() {
        for s in [LAO_1, LAO_2, CHINESE, "Bounmy Phommachanh", ""] {
            for cells in [0, 1, 2, 5, 8, 12, 30] {
                let left = fit(s, cells, Align::Left);
                assert_eq!(width(&left), cells, "{s:?} in {cells}: {left:?}");
                let right = fit(s, cells, Align::Right);
                assert_eq!(width(&right), cells, "{s:?} in {cells}: {right:?}");
            }
        }
        assert_eq!(fit("abc", 5, Align::Right), "  abc");
        assert_eq!(fit("abcdef", 4, Align::Left), "abc…");
        // A wide character that does not fit leaves a space, not half a glyph.
        assert_eq!(fit(CHINESE, 4, Align::Left), "范… ");
    }

    #[test]
    fn marks_stay_with_their_letter() {
        // "ທ້າວ": the tone mark (U+0EC9) belongs to the first letter.
        let (cut, used) = truncate(LAO_2, 1);
        assert_eq!(cut, "ທ້");
        assert_eq!(used, 1);
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(clean("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(clean("x\u{202e}y"), "x\\u{202e}y");
    }
}
