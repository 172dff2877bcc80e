//! A column's distinct strings, kept once each with their lower-cased
//! forms and sort keys, so the filter and the sort work on a few
//! thousand strings rather than a million cells.

use super::row::SortKey;
use kumban_i18n::collate::{fold, is_tone_mark};
use std::borrow::Cow;

/// No lower-cased copy: the string is already lower case.
const SAME: u32 = u32::MAX;

/// The distinct strings of one column, one after another in one buffer.
#[derive(Debug, Clone, Default)]
pub(super) struct Strings {
    pub(super) text: String,
    pub(super) ends: Vec<usize>,
    /// Index into `lower_ends` of each string's lower-cased form, or `SAME`.
    pub(super) lower_at: Vec<u32>,
    pub(super) lower: String,
    pub(super) lower_ends: Vec<usize>,
    pub(super) keys: Keys,
    /// Which ASCII characters the folded strings hold (bit `c` for `c`),
    /// and whether any holds another: a word with a character no string
    /// holds is in none of them, which the filter knows without searching
    /// (no ear tag or amount has a "w").
    ascii: u128,
    wide: bool,
}

/// A column's sort keys. A number or an amount shown the same way has the
/// same key, so usually one key per distinct string does; a column where
/// it does not (History's When is shown to the minute, keyed to the
/// microsecond) keeps one per row.
#[derive(Debug, Clone, Default)]
pub(super) enum Keys {
    #[default]
    Text,
    Distinct(Vec<Option<SortKey>>),
    PerRow(Vec<Option<SortKey>>),
}

fn slice<'a>(buffer: &'a str, ends: &[usize], i: usize) -> &'a str {
    let start = if i == 0 { 0 } else { ends[i - 1] };
    &buffer[start..ends[i]]
}

impl Strings {
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn get(&self, i: usize) -> &str {
        slice(&self.text, &self.ends, i)
    }

    /// What the filter searches: lower-cased a character at a time and
    /// without Lao tone marks (`collate::fold`), as the filter's words are.
    pub(super) fn lower(&self, i: usize) -> &str {
        match self.lower_at[i] {
            SAME => self.get(i),
            at => slice(&self.lower, &self.lower_ends, at as usize),
        }
    }

    /// What the sort compares: `str::to_lowercase`, which differs from a
    /// character at a time only for a final Σ, and keeps the tone marks
    /// the filter's form drops.
    pub(super) fn sort_text(&self, i: usize) -> Cow<'_, str> {
        let text = self.get(i);
        if text.contains('Σ') || text.contains(is_tone_mark) {
            Cow::Owned(text.to_lowercase())
        } else {
            Cow::Borrowed(self.lower(i))
        }
    }

    pub(super) fn push(&mut self, s: &str) -> u32 {
        let index = self.ends.len() as u32;
        self.text.push_str(s);
        self.ends.push(self.text.len());
        let start = self.lower.len();
        self.lower.push_str(&fold(s));
        for c in self.lower[start..].chars() {
            match u8::try_from(c) {
                Ok(b) if b.is_ascii() => self.ascii |= 1 << b,
                _ => self.wide = true,
            }
        }
        if self.lower[start..] == *s {
            self.lower.truncate(start);
            self.lower_at.push(SAME);
        } else {
            self.lower_at.push(self.lower_ends.len() as u32);
            self.lower_ends.push(self.lower.len());
        }
        index
    }

    /// False when some string might hold `word` (folded as they are);
    /// true when none can, for it has a character none of them has.
    pub(super) fn cannot_hold(&self, word: &str) -> bool {
        word.chars().any(|c| match u8::try_from(c) {
            Ok(b) if b.is_ascii() => self.ascii & (1 << b) == 0,
            _ => !self.wide,
        })
    }

    pub(super) fn shrink(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.lower_at.shrink_to_fit();
        self.lower.shrink_to_fit();
        self.lower_ends.shrink_to_fit();
        match &mut self.keys {
            Keys::Text => {}
            Keys::Distinct(k) | Keys::PerRow(k) => k.shrink_to_fit(),
        }
    }
}
