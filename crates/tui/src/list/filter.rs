//! Filtering: which rows have every typed word in one of their cells.

use super::column::Column;
use super::rows::Rows;
use super::shown::Show;
use super::strings::Strings;
use super::view::ListView;

/// Whether a row has every word of the filter in one of its cells. Each
/// distinct string is searched at most once per word, when a row first
/// asks about it.
pub(super) struct Matcher<'a> {
    rows: &'a Rows,
    /// Per column, how its cells are shown when that is not as stored
    /// (another language): a word typed as shown finds them too.
    shown: Vec<Option<Show>>,
    words: Vec<String>,
    /// Per word and column (`word * width + column`), per distinct
    /// string: 0 not searched yet, 1 absent, 2 present.
    seen: Vec<Vec<u8>>,
    /// Per word, the columns a row may have it in: when every string was
    /// searched at once, only those where some string has it (a word is
    /// usually in one or two columns of eight, so a row is asked about
    /// those alone).
    live: Vec<Vec<usize>>,
    eager: bool,
}

impl<'a> Matcher<'a> {
    /// `None` when the filter has no words: every row matches. When more
    /// rows are to be tested than there are distinct strings, every string
    /// is searched at once, in memory order.
    pub(super) fn new(
        rows: &'a Rows,
        columns: &[Column],
        filter: &str,
        candidates: usize,
    ) -> Option<Matcher<'a>> {
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
        let shown = shown_columns(rows, columns);
        // A column shown otherwise than stored (translated) may show a
        // word its strings do not hold.
        let cannot = |k: usize| {
            let c = k % rows.width;
            shown.get(c).copied().flatten().is_none()
                && rows.columns[c].cannot_hold(&words[k / rows.width])
        };
        let seen: Vec<Vec<u8>> = (0..words.len() * rows.width)
            .map(|k| {
                let strings = &rows.columns[k % rows.width];
                if cannot(k) {
                    vec![1u8; strings.len()]
                } else if eager {
                    let word = words[k / rows.width].as_str();
                    let show = shown.get(k % rows.width).copied().flatten();
                    (0..strings.len())
                        .map(|d| 1 + u8::from(has(strings, d, word, show)))
                        .collect()
                } else {
                    vec![0u8; strings.len()]
                }
            })
            .collect();
        let live: Vec<Vec<usize>> = (0..words.len())
            .map(|n| {
                (0..rows.width)
                    .filter(|c| {
                        let k = n * rows.width + c;
                        !cannot(k) && (!eager || seen[k].contains(&2))
                    })
                    .collect()
            })
            .collect();
        // A word every string of some column has (the "t" of ear tags all
        // starting with T) is in every row: rows are not asked about it.
        let everywhere: Vec<bool> = (0..words.len())
            .map(|n| {
                eager
                    && live[n]
                        .iter()
                        .any(|c| seen[n * rows.width + c].iter().all(|&s| s == 2))
            })
            .collect();
        let width = rows.width;
        let words = without(words, |n| everywhere[n]);
        let live = without(live, |n| everywhere[n]);
        let seen = without(seen, |k| everywhere[k / width]);
        Some(Matcher {
            rows,
            shown,
            words,
            seen,
            live,
            eager,
        })
    }

    /// Every row matches: each word is in every string of some column.
    pub(super) fn matches_every_row(&self) -> bool {
        self.words.is_empty()
    }

    /// Keeps the rows of `visible` that match. When every string was
    /// searched at once, a row is a lookup or two in small tables, done
    /// here without asking `matches` a million times (Income's first
    /// filter letter went through 1,012,461 rows in 16 ms that way, 4 ms
    /// this way).
    pub(super) fn retain(&mut self, visible: &mut Vec<usize>) {
        if !self.eager {
            visible.retain(|i| self.matches(*i));
            return;
        }
        let w = self.rows.width;
        let tables: Vec<Vec<(usize, &[u8])>> = self
            .live
            .iter()
            .enumerate()
            .map(|(n, live)| {
                live.iter()
                    .map(|&c| (c, self.seen[n * w + c].as_slice()))
                    .collect()
            })
            .collect();
        let cells = &self.rows.cells;
        visible.retain(|&r| {
            let row = &cells[r * w..(r + 1) * w];
            tables
                .iter()
                .all(|columns| columns.iter().any(|&(c, seen)| seen[row[c] as usize] == 2))
        });
    }

    pub(super) fn matches(&mut self, row: usize) -> bool {
        let Matcher {
            rows,
            shown,
            words,
            seen,
            live,
            ..
        } = self;
        let w = rows.width;
        words
            .iter()
            .zip(live.iter())
            .enumerate()
            .all(|(n, (word, live))| {
                live.iter().any(|&c| {
                    let d = rows.cell_index(row, c);
                    let known = &mut seen[n * w + c][d];
                    if *known == 0 {
                        let show = shown.get(c).copied().flatten();
                        *known = 1 + u8::from(has(&rows.columns[c], d, word, show));
                    }
                    *known == 2
                })
            })
    }
}

/// `items` without those whose place `drop` says to leave out.
fn without<T>(items: Vec<T>, drop: impl Fn(usize) -> bool) -> Vec<T> {
    items
        .into_iter()
        .enumerate()
        .filter(|(n, _)| !drop(*n))
        .map(|(_, item)| item)
        .collect()
}

/// The columns whose cells show otherwise than stored, in a language
/// other than English; a column of very many distinct texts (History's
/// changes) is searched as stored only, which a frame can afford.
fn shown_columns(rows: &Rows, columns: &[Column]) -> Vec<Option<Show>> {
    const TRANSLATED: usize = 500;
    if kumban_i18n::current() == kumban_i18n::Lang::En {
        return Vec::new();
    }
    columns
        .iter()
        .enumerate()
        .map(|(i, c)| match c.show {
            Show::AsIs => None,
            Show::With(_) if rows.columns.get(i).is_none_or(|s| s.len() > TRANSLATED) => None,
            show => Some(show),
        })
        .collect()
}

/// Whether distinct string `d` has `word`, as stored or as shown.
fn has(strings: &Strings, d: usize, word: &str, show: Option<Show>) -> bool {
    strings.lower(d).contains(word)
        || show.is_some_and(|show| {
            kumban_i18n::collate::fold(&show.cell(strings.get(d))).contains(word)
        })
}

impl ListView {
    /// After letters were added to the end of the filter: the matches can
    /// only be among the rows shown now, so only those are searched (a
    /// filter typed over 100,000 rows gets faster with each letter).
    /// This holds under folding: `collate::fold` works a character at a
    /// time (a tone mark dropped, a letter lower-cased), so the folded
    /// filter only grows at its end: its last word gets longer, or a word
    /// is added, and either way fewer cells have every word
    /// (`narrow_tests` compares it with a full search).
    pub fn narrow(&mut self, page: usize) {
        if let Some(mut matcher) =
            Matcher::new(&self.rows, self.columns, &self.filter, self.visible.len())
            && !matcher.matches_every_row()
        {
            matcher.retain(&mut self.visible);
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
