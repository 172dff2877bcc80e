//! Text laid out in the form's columns: padding and wrapping that count
//! columns (Lao marks take none, Chinese characters two), never cutting a
//! grapheme.

use super::line_edit::width;

/// `text` padded with spaces to `cols` columns (`format!`'s padding
/// counts chars, which is wrong for Lao marks and Chinese).
pub(crate) fn pad_to(text: &str, cols: usize) -> String {
    let w = width(text);
    format!("{text}{}", " ".repeat(cols.saturating_sub(w)))
}

/// Splits `text` into lines of at most `cols` columns at spaces; a run
/// wider than a line (Chinese and Lao write no spaces between words) is
/// cut between graphemes, never inside one, and nothing is lost.
pub(crate) fn wrap(text: &str, cols: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').flat_map(|w| pieces(w, cols)) {
        let w = width(&word);
        if !line.is_empty() && width(&line) + 1 + w > cols {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `word` in pieces of at most `cols` columns, cut between graphemes.
fn pieces(word: &str, cols: usize) -> Vec<String> {
    let mut out = vec![String::new()];
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(word, true) {
        let last = out.last().map_or(0, |p| width(p));
        if last > 0 && last + width(g) > cols.max(1) {
            out.push(String::new());
        }
        if let Some(p) = out.last_mut() {
            p.push_str(g);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{width, wrap};

    #[test]
    fn a_run_without_spaces_is_cut_between_graphemes_and_nothing_is_lost() {
        let zh = "请输入日期如二零二六年三月十五日或今天";
        let lines = wrap(zh, 10);
        assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
        assert_eq!(lines.concat(), zh);
        // ບໍ່ and ໄດ້ stack marks on their consonant: never split from it.
        let lo = "ບໍ່ໄດ້ບັນທຶກບໍ່ໄດ້ບັນທຶກ";
        let lines = wrap(lo, 5);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.concat(), lo);
        for l in &lines {
            let first = l.chars().next().unwrap_or(' ');
            assert!(
                !matches!(first, '\u{0EB1}' | '\u{0EB4}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECE}'),
                "{l}"
            );
        }
        assert_eq!(
            wrap("fix the marked field", 9),
            ["fix the", "marked", "field"]
        );
    }
}
