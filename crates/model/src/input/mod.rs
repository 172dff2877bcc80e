//! Amounts and dates as people write them at a Lao village office:
//! `1 200 000 ກີບ`, `₭1,200,000`, Lao digits, `30/11/2026`, `ມື້ວານ`.
//! What is stored and exported stays canonical (`1200000.00`, `2026-11-30`);
//! only reading is lenient, and never so lenient that it guesses.

pub mod amount;
pub mod date;
pub mod words;

/// Lao (U+0ED0–U+0ED9) and Thai (U+0E50–U+0E59) digits as ASCII, and the
/// spaces word processors put between thousands (no-break, thin, narrow
/// no-break) as plain spaces.
pub fn plain_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{0ED0}'..='\u{0ED9}' => shift(c, '\u{0ED0}'),
            '\u{0E50}'..='\u{0E59}' => shift(c, '\u{0E50}'),
            '\u{00A0}' | '\u{2009}' | '\u{202F}' => ' ',
            other => other,
        })
        .collect()
}

fn shift(c: char, zero: char) -> char {
    char::from_digit(u32::from(c) - u32::from(zero), 10).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn lao_and_thai_digits_become_ascii() {
        assert_eq!(super::plain_digits("໑໒໓໔໕໖໗໘໙໐"), "1234567890");
        assert_eq!(super::plain_digits("๑๒๓"), "123");
        assert_eq!(super::plain_digits("1\u{00A0}200\u{202F}000"), "1 200 000");
    }
}
