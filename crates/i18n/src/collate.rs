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
    match LAO.as_ref() {
        Some(collator) => collator.compare(a, b).then_with(|| a.cmp(b)),
        // Compiled data cannot be missing; code points are the fallback.
        None => a.cmp(b),
    }
}

/// `s`'s collation key: keys compare as bytes in the order `compare`
/// gives (before its code-point tie-break). Sorting many strings by key
/// makes one pass of the collator over each instead of one per comparison.
pub fn sort_key(s: &str) -> Vec<u8> {
    let mut key = Vec::new();
    if let Some(collator) = LAO.as_ref() {
        let Ok(()) = collator.write_sort_key_to(s, &mut key);
    } else {
        key.extend_from_slice(s.as_bytes());
    }
    key
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
