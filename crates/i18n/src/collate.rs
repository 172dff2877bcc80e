//! Ordering and matching names as a Lao reader expects.
//!
//! Lao writes the vowels ເ ແ ໂ ໃ ໄ (U+0EC0..U+0EC4) before the consonant
//! they follow in speech, so code-point order files ເກ (ke) under ເ rather
//! than under ກ. ICU4X's collator with the Lao tailoring reorders them as
//! a dictionary does; Latin and Chinese names keep their usual order
//! beside them.

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;
use std::cmp::Ordering;
use std::sync::LazyLock;

static LAO: LazyLock<Option<CollatorBorrowed<'static>>> =
    LazyLock::new(|| Collator::try_new(locale!("lo").into(), CollatorOptions::default()).ok());

/// `a` against `b` in Lao dictionary order; equal under collation falls
/// back to code points, so the order is total and stable across runs.
pub fn compare(a: &str, b: &str) -> Ordering {
    // Lower-case ASCII letters, digits and spaces collate in code-point
    // order (space, digits, letters); comparing bytes spares the collator
    // the bulk of a district's codes and Latin names.
    let plain = |s: &str| {
        s.bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b' ')
    };
    if plain(a) && plain(b) {
        return a.cmp(b);
    }
    match LAO.as_ref() {
        Some(collator) => collator.compare(a, b).then_with(|| a.cmp(b)),
        // Compiled data cannot be missing; code points are the fallback.
        None => a.cmp(b),
    }
}

/// Lao tone marks: mai ek, mai tho, mai ti, mai catawa.
pub fn is_tone_mark(c: char) -> bool {
    ('\u{0EC8}'..='\u{0ECB}').contains(&c)
}

/// `s` as a filter compares it: lower case, without Lao tone marks, so a
/// clerk typing ບົວ finds ບົ່ວ (tone marks are often left out, or typed in
/// another order on phone keyboards).
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !is_tone_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}
