//! Every loaded row of a list, stored column by column as small numbers
//! into each column's distinct strings, and the builder that interns them.

use super::row::{Mark, Row, SortKey};
use super::strings::{Keys, Strings};
use std::hash::{BuildHasher, RandomState};

/// Every loaded row of a list, column by column.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub(super) width: usize,
    pub(super) ids: Vec<u64>,
    pub(super) marks: Vec<Mark>,
    pub(super) flags: Vec<u8>,
    /// Row `r`'s cell in column `c` is distinct string
    /// `cells[r * width + c]` of `columns[c]`.
    pub(super) cells: Vec<u32>,
    pub(super) columns: Vec<Strings>,
    /// Said next to the tab's title: that not every record was loaded.
    pub(super) note: Option<String>,
}

/// Builds `Rows` a row at a time, so a tab never holds all its rows as
/// strings.
pub struct RowsBuilder {
    rows: Rows,
    /// Each column's distinct strings by hash; dropped by `finish`.
    seen: Vec<hashbrown::HashTable<u32>>,
    hasher: RandomState,
}

impl RowsBuilder {
    pub fn new(width: usize) -> RowsBuilder {
        RowsBuilder {
            rows: Rows {
                width,
                columns: vec![Strings::default(); width],
                ..Rows::default()
            },
            seen: (0..width).map(|_| hashbrown::HashTable::new()).collect(),
            hasher: RandomState::new(),
        }
    }

    /// A note shown next to the list's title.
    pub fn note(&mut self, note: String) {
        self.rows.note = Some(note);
    }

    /// Rows pushed so far.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Adds a row; cells past the list's width are not kept.
    pub fn push(&mut self, row: Row) {
        debug_assert!(
            row.cells.len() <= self.rows.width,
            "more cells than columns"
        );
        let r = self.rows.ids.len();
        self.rows.ids.push(row.id);
        self.rows.marks.push(row.mark);
        self.rows.flags.push(row.flags);
        for c in 0..self.rows.width {
            let text = row.cells.get(c).map_or("", String::as_str);
            let (d, new) = self.intern(c, text);
            self.rows.cells.push(d);
            let key = row.keys.iter().find(|(k, _)| *k == c).map(|(_, k)| *k);
            self.key(c, r, d, new, key);
        }
    }

    /// The column's index of `text`, and whether it is new.
    fn intern(&mut self, column: usize, text: &str) -> (u32, bool) {
        let strings = &mut self.rows.columns[column];
        let seen = &mut self.seen[column];
        let hasher = &self.hasher;
        let hash = hasher.hash_one(text);
        if let Some(d) = seen.find(hash, |d| strings.get(*d as usize) == text) {
            return (*d, false);
        }
        let d = strings.push(text);
        seen.insert_unique(hash, d, |d| hasher.hash_one(strings.get(*d as usize)));
        (d, true)
    }

    fn key(&mut self, column: usize, row: usize, d: u32, new: bool, key: Option<SortKey>) {
        let strings = &mut self.rows.columns[column];
        let d = d as usize;
        if let (Keys::Text, Some(_)) = (&strings.keys, key) {
            strings.keys = Keys::Distinct(vec![None; strings.len() - usize::from(new)]);
        }
        match &mut strings.keys {
            Keys::Text => {}
            Keys::Distinct(keys) if new => keys.push(key),
            Keys::Distinct(keys) if keys[d] == key => {}
            Keys::Distinct(keys) => {
                // The same text with another key: one key per row from now on.
                let width = self.rows.width;
                let mut per_row: Vec<Option<SortKey>> = (0..row)
                    .map(|r| keys[self.rows.cells[r * width + column] as usize])
                    .collect();
                per_row.push(key);
                strings.keys = Keys::PerRow(per_row);
            }
            Keys::PerRow(keys) => keys.push(key),
        }
    }

    pub fn finish(self) -> Rows {
        let mut rows = self.rows;
        rows.ids.shrink_to_fit();
        rows.marks.shrink_to_fit();
        rows.flags.shrink_to_fit();
        rows.cells.shrink_to_fit();
        rows.columns.iter_mut().for_each(Strings::shrink);
        rows
    }

    /// Finishes with the rows in `order` (indices in push order).
    pub fn finish_in(self, order: impl IntoIterator<Item = usize>) -> Rows {
        let rows = self.rows;
        let w = rows.width;
        let order: Vec<usize> = order.into_iter().collect();
        debug_assert_eq!(order.len(), rows.len());
        let mut cells = Vec::with_capacity(order.len() * w);
        for &r in &order {
            cells.extend_from_slice(&rows.cells[r * w..(r + 1) * w]);
        }
        let mut columns = rows.columns;
        for strings in &mut columns {
            if let Keys::PerRow(keys) = &mut strings.keys {
                *keys = order.iter().map(|&r| keys[r]).collect();
            }
        }
        let ordered = Rows {
            width: w,
            ids: order.iter().map(|&r| rows.ids[r]).collect(),
            marks: order.iter().map(|&r| rows.marks[r]).collect(),
            flags: order.iter().map(|&r| rows.flags[r]).collect(),
            cells,
            columns,
            note: rows.note,
        };
        RowsBuilder {
            rows: ordered,
            seen: Vec::new(),
            hasher: self.hasher,
        }
        .finish()
    }
}

impl Rows {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Row `index`; panics past the end, like indexing a slice.
    pub fn get(&self, index: usize) -> RowRef<'_> {
        assert!(index < self.len(), "row {index} of {}", self.len());
        RowRef { rows: self, index }
    }

    /// The widest cell of `column`, in terminal cells (0 with no rows).
    pub fn widest(&self, column: usize) -> usize {
        self.columns.get(column).map_or(0, |strings| {
            (0..strings.len())
                .map(|d| crate::text::width(strings.get(d)))
                .max()
                .unwrap_or(0)
        })
    }

    /// The widest cell of `column` as `show` shows it. A column of many
    /// distinct texts (History's changes) is measured as stored: a frame
    /// cannot translate 100,000 of them, and its column is the flexible one.
    pub fn widest_shown(&self, column: usize, show: super::Show) -> usize {
        const MEASURED: usize = 500;
        match (show, self.columns.get(column)) {
            (super::Show::AsIs | super::Show::Date, _) | (_, None) => self.widest(column),
            (_, Some(strings)) if strings.len() > MEASURED => self.widest(column),
            (_, Some(strings)) => (0..strings.len())
                .map(|d| crate::text::width(&show.cell(strings.get(d))))
                .max()
                .unwrap_or(0),
        }
    }

    /// What the tab says about the rows it did not load, if any.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    pub fn set_note(&mut self, note: Option<String>) {
        self.note = note;
    }

    pub fn iter(&self) -> impl Iterator<Item = RowRef<'_>> {
        (0..self.len()).map(|index| RowRef { rows: self, index })
    }

    /// Bytes held on the heap (capacities), for measuring.
    pub fn heap_bytes(&self) -> usize {
        let keys = |k: &Keys| match k {
            Keys::Text => 0,
            Keys::Distinct(k) | Keys::PerRow(k) => k.capacity() * size_of::<Option<SortKey>>(),
        };
        self.ids.capacity() * 8
            + self.marks.capacity()
            + self.flags.capacity()
            + self.cells.capacity() * 4
            + self
                .columns
                .iter()
                .map(|s| {
                    s.text.capacity()
                        + s.ends.capacity() * 8
                        + s.lower_at.capacity() * 4
                        + s.lower.capacity()
                        + s.lower_ends.capacity() * 8
                        + keys(&s.keys)
                })
                .sum::<usize>()
    }

    /// Each column's number of distinct strings, for measuring.
    pub fn distinct_counts(&self) -> Vec<usize> {
        self.columns.iter().map(Strings::len).collect()
    }

    pub(super) fn cell_index(&self, row: usize, column: usize) -> usize {
        self.cells[row * self.width + column] as usize
    }
}

impl FromIterator<Row> for Rows {
    /// As wide as the widest row (tests and small lists).
    fn from_iter<I: IntoIterator<Item = Row>>(iter: I) -> Rows {
        let rows: Vec<Row> = iter.into_iter().collect();
        let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        let mut b = RowsBuilder::new(width);
        rows.into_iter().for_each(|r| b.push(r));
        b.finish()
    }
}

/// One row of `Rows`, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct RowRef<'a> {
    rows: &'a Rows,
    index: usize,
}

impl<'a> RowRef<'a> {
    pub fn id(&self) -> u64 {
        self.rows.ids[self.index]
    }

    /// The cell of `column`; empty past the last column.
    pub fn cell(&self, column: usize) -> &'a str {
        if column >= self.rows.width {
            return "";
        }
        let d = self.rows.cell_index(self.index, column);
        self.rows.columns[column].get(d)
    }

    pub fn mark(&self) -> Mark {
        self.rows.marks[self.index]
    }

    pub fn flags(&self) -> u8 {
        self.rows.flags[self.index]
    }
}
