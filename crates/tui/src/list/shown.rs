//! What a cell shows a person, in the session's language, as against what
//! the list keeps: the stored English words and ISO dates, which the
//! filter and the sort work on (a filter typed in English keeps working
//! in every language, and the order is the same). Only the rows on screen
//! go through here, so translating costs a screenful of lookups a frame.

use kumban_i18n::{Lang, current, tr_text};
use std::borrow::Cow;

/// How a column's cells are shown.
#[derive(Debug, Clone, Copy)]
pub enum Show {
    /// As stored: names, codes, numbers, amounts.
    AsIs,
    /// A stored word (`poor`, `female`, `active`): its `choice-` message.
    Choice,
    /// A date, or a date and a time: day-first in Lao.
    Date,
    /// Text a tab composed in English from parts it can take apart again.
    With(fn(&str) -> String),
}

impl Show {
    pub fn cell<'a>(self, cell: &'a str) -> Cow<'a, str> {
        // English is shown exactly as stored, so its screens never change.
        if current() == Lang::En {
            return Cow::Borrowed(cell);
        }
        match self {
            Show::AsIs => Cow::Borrowed(cell),
            Show::Choice => Cow::Owned(choice(cell)),
            Show::Date => date(cell),
            Show::With(f) => Cow::Owned(f(cell)),
        }
    }
}

/// A stored word in the session's language; a dash or an unknown word
/// as it is.
pub fn choice(word: &str) -> String {
    if word.is_empty() || word == "—" || current() == Lang::En {
        return word.to_string();
    }
    tr_text("choice", word)
}

/// `english` as it is in English, else as `translate` takes it apart
/// and words it in the session's language (text the code composed in
/// English for the list, shown again in a detail).
pub fn in_lang(english: String, translate: fn(&str) -> String) -> String {
    if current() == Lang::En {
        english
    } else {
        translate(&english)
    }
}

/// `2026-11-30` (and `2026-11-30 14:05`) as a person reads it: day-first
/// (`30/11/2026`) in Lao, where that is how dates are written; ISO in
/// English and Chinese. Text not starting with an ISO date is left alone.
pub fn date(text: &str) -> Cow<'_, str> {
    if current() != Lang::Lo {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let iso = bytes.len() >= 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| bytes[i].is_ascii_digit());
    if !iso {
        return Cow::Borrowed(text);
    }
    // All ASCII up to 10, so these slices are on character boundaries.
    let (year, month, day, rest) = (&text[0..4], &text[5..7], &text[8..10], &text[10..]);
    Cow::Owned(format!("{day}/{month}/{year}{rest}"))
}

/// Every ISO date in a text shown day-first in Lao (the dates inside a
/// history line or a detail's list).
pub fn dates_in(text: &str) -> Cow<'_, str> {
    if current() != Lang::Lo || !text.bytes().any(|b| b == b'-') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let starts_word = out
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_ascii_alphanumeric());
        match date(rest) {
            Cow::Owned(d) if starts_word => {
                out.push_str(&d[..10]);
                rest = &rest[10..];
            }
            _ => {
                let run = rest
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len());
                out.push_str(&rest[..run]);
                rest = &rest[run..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_i18n::with_lang;

    #[test]
    fn dates_are_day_first_in_lao_only() {
        with_lang(Lang::Lo, || {
            assert_eq!(date("2026-11-30"), "30/11/2026");
            assert_eq!(date("2026-11-30 14:05"), "30/11/2026 14:05");
            assert_eq!(date("—"), "—");
            assert_eq!(date("2026-1"), "2026-1");
            assert_eq!(
                dates_in("served 2026-01-02, due 2026-10-12 (BS-2026-07)"),
                "served 02/01/2026, due 12/10/2026 (BS-2026-07)"
            );
        });
        for lang in [Lang::En, Lang::Zh] {
            with_lang(lang, || {
                assert_eq!(date("2026-11-30"), "2026-11-30");
                assert_eq!(dates_in("on 2026-11-30"), "on 2026-11-30");
            });
        }
    }

    #[test]
    fn stored_words_are_shown_in_the_language_and_kept_in_english() {
        let shown = with_lang(Lang::Lo, || Show::Choice.cell("poor").into_owned());
        assert_eq!(shown, with_lang(Lang::Lo, || tr_text("choice", "poor")));
        assert_ne!(shown, "poor");
        assert_eq!(with_lang(Lang::En, || Show::Choice.cell("poor")), "poor");
        assert_eq!(with_lang(Lang::Lo, || Show::Choice.cell("—")), "—");
    }
}

#[cfg(test)]
mod filter_tests {
    use super::super::{Column, ListView, Row, col};
    use super::*;
    use kumban_i18n::with_lang;

    static COLS: [Column; 2] = [col("Name", 10), col("Poverty", 9).shown(Show::Choice)];

    fn ids(v: &ListView) -> Vec<u64> {
        v.visible.iter().map(|i| v.rows.get(*i).id()).collect()
    }

    #[test]
    fn a_filter_finds_a_stored_word_typed_in_english_or_as_shown() {
        let mut v = ListView::new(&COLS);
        let rows = [(1, "poor"), (2, "not poor"), (3, "exited")]
            .into_iter()
            .map(|(id, w)| Row::new(id, vec![format!("name {id}"), w.to_string()]))
            .collect();
        v.set_rows(rows, 10);
        let shown = with_lang(Lang::Lo, || choice("exited"));
        for lang in [Lang::En, Lang::Lo] {
            with_lang(lang, || {
                v.filter = "exited".into();
                v.refilter(10);
                assert_eq!(ids(&v), [3], "{lang:?}: English still finds it");
            });
        }
        with_lang(Lang::Lo, || {
            v.filter = shown.clone();
            v.refilter(10);
            assert_eq!(ids(&v), [3], "Lao finds it in Lao");
        });
        // Only where it is shown so.
        v.filter = shown;
        v.refilter(10);
        assert!(ids(&v).is_empty());
    }
}
