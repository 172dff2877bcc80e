//! Filtering: which rows have every typed word in one of their cells.

use super::rows::Rows;
use super::strings::Strings;
use super::view::ListView;

/// Whether a row has every word of the filter in one of its cells. Each
/// distinct string is searched at most once per word, when a row first
/// asks about it.
pub(super) struct Matcher<'a> {
    rows: &'a Rows,
    words: Vec<String>,
    /// Per word and column (`word * width + column`), per distinct
    /// string: 0 not searched yet, 1 absent, 2 present.
    seen: Vec<Vec<u8>>,
}

impl<'a> Matcher<'a> {
    /// `None` when the filter has no words: every row matches. When more
    /// rows are to be tested than there are distinct strings, every string
    /// is searched at once, in memory order.
    pub(super) fn new(rows: &'a Rows, filter: &str, candidates: usize) -> Option<Matcher<'a>> {
        // Folded as the cells are: a clerk may leave out tone marks.
        let words: Vec<String> = kumban_i18n::collate::fold(filter)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        if words.is_empty() {
            return None;
        }
        let distinct: usize = rows.columns.iter().map(Strings::len).sum();
        let eager = candidates > distinct;
        let seen = (0..words.len() * rows.width)
            .map(|k| {
                let strings = &rows.columns[k % rows.width];
                if eager {
                    let word = words[k / rows.width].as_str();
                    (0..strings.len())
                        .map(|d| 1 + u8::from(strings.lower(d).contains(word)))
                        .collect()
                } else {
                    vec![0u8; strings.len()]
                }
            })
            .collect();
        Some(Matcher { rows, words, seen })
    }

    pub(super) fn matches(&mut self, row: usize) -> bool {
        let Matcher { rows, words, seen } = self;
        let w = rows.width;
        words.iter().enumerate().all(|(n, word)| {
            (0..w).any(|c| {
                let d = rows.cell_index(row, c);
                let known = &mut seen[n * w + c][d];
                if *known == 0 {
                    *known = 1 + u8::from(rows.columns[c].lower(d).contains(word.as_str()));
                }
                *known == 2
            })
        })
    }
}

impl ListView {
    /// After letters were added to the end of the filter: the matches can
    /// only be among the rows shown now, so only those are searched (a
    /// filter typed over 100,000 rows gets faster with each letter).
    pub fn narrow(&mut self, page: usize) {
        if let Some(mut matcher) = Matcher::new(&self.rows, &self.filter, self.visible.len()) {
            self.visible.retain(|i| matcher.matches(*i));
        }
        self.selected = 0;
        self.offset = 0;
        self.scroll_into_view(page);
    }

    /// After the filter narrows or widens the list: back to the first row.
    pub fn refilter(&mut self, page: usize) {
        self.recompute();
        self.selected = 0;
        self.offset = 0;
        self.scroll_into_view(page);
    }
}
