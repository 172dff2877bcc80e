//! Keeps the frame buffer in step with what terminals do with clusters of
//! narrow letters.
//!
//! ratatui keeps a grapheme cluster in one cell, and treats a cluster two
//! columns wide like a Chinese character: one wide cell and a blank after
//! it that it never writes. A Lao consonant with the vowel AM (`ຄຳ`, in
//! very many names) is such a cluster, but a terminal puts its two letters
//! in two cells of their own. When something else is later drawn there, a
//! space over the consonant clears only the consonant, and the AM stays on
//! screen (seen when a popup over a Lao name closes). Splitting such a
//! cluster into one cell per column makes the buffer say what the terminal
//! shows, so ratatui's diff clears every cell it should.

use ratatui::buffer::Buffer;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Splits every cell that holds a cluster of narrow letters (with their
/// zero-width marks) spanning several columns into one cell per column.
pub fn split_clusters(buf: &mut Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let cell = &buf[(x, y)];
            let symbol = cell.symbol();
            let pieces = if symbol.is_ascii() {
                None
            } else {
                pieces(symbol)
            };
            match pieces {
                Some(p) if usize::from(area.right() - x) >= p.len() => {
                    let style = cell.style();
                    for (i, piece) in p.iter().enumerate() {
                        let c = &mut buf[(x + i as u16, y)];
                        c.set_symbol(piece);
                        c.set_style(style);
                    }
                    x += p.len() as u16;
                }
                _ => x += 1,
            }
        }
    }
}

/// `ຄຳ` → [`ຄ`, `ຳ`]: one piece per column, each zero-width mark kept
/// with the letter before it. `None` when the cluster takes one column,
/// holds a wide character, or does not add up (leave it to ratatui).
fn pieces(cluster: &str) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for c in cluster.chars() {
        match c.width() {
            Some(0) => out.last_mut()?.push(c),
            Some(1) => out.push(c.to_string()),
            _ => return None,
        }
    }
    (out.len() > 1 && out.len() == cluster.width()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Modifier, Style};

    #[test]
    fn a_lao_am_cluster_becomes_two_cells_with_its_style() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        let bold = Style::new().add_modifier(Modifier::BOLD);
        buf.set_string(0, 0, "ນາງ ຄຳແພງ", bold);
        // ratatui: ຄຳ in one cell, a blank after it.
        assert_eq!(buf[(4, 0)].symbol(), "ຄຳ");
        split_clusters(&mut buf);
        let cells: Vec<&str> = (0..9).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(cells, ["ນ", "າ", "ງ", " ", "ຄ", "ຳ", "ແ", "ພ", "ງ"]);
        assert_eq!(buf[(5, 0)].style().add_modifier, Modifier::BOLD);
    }

    #[test]
    fn marks_wide_characters_and_plain_text_are_left_alone() {
        assert_eq!(pieces("ສີ"), None, "a mark on a letter: one column");
        assert_eq!(pieces("范"), None);
        assert_eq!(pieces("a"), None);
        assert_eq!(pieces("ສີຳ"), Some(vec!["ສີ".to_string(), "ຳ".to_string()]));
    }
}
