//! One browsable list: every loaded row, and the view on it (scope,
//! filter, sort, selection, scroll). Rows are kept column by column, each
//! column's distinct strings once: a million income logs name a few
//! thousand dates and households, so the filter and the sort work on the
//! distinct strings and the rows hold only small numbers. Drawing takes
//! only the rows on screen, so a long list costs no more per frame than a
//! short one.

use super::action::{Related, Tab};
use super::text::Align;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};

/// A table column: its header, the cells it needs, and whether it takes the
/// room left over (one column per table does).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub title: &'static str,
    pub width: u16,
    pub align: Align,
    pub flex: bool,
    /// When the screen is too narrow for every column, those of higher
    /// rank go first (0: never; the flexible column is never dropped).
    pub drop: u8,
}

impl Column {
    /// Sets when the column is dropped on a narrow screen (see `drop`).
    pub const fn dropped(mut self, rank: u8) -> Column {
        self.drop = rank;
        self
    }
}

pub const fn col(title: &'static str, width: u16) -> Column {
    Column {
        title,
        width,
        align: Align::Left,
        flex: false,
        drop: 1,
    }
}
pub const fn num(title: &'static str, width: u16) -> Column {
    Column {
        title,
        width,
        align: Align::Right,
        flex: false,
        drop: 1,
    }
}
pub const fn flex(title: &'static str, width: u16) -> Column {
    Column {
        title,
        width,
        align: Align::Left,
        flex: true,
        drop: 0,
    }
}

/// How a cell sorts when not as its lower-cased text: by number, or by a
/// pair of numbers (money: currency, then amount).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SortKey(pub i64, pub i64);

/// A row mark that the table shows in words and, where there is colour,
/// in red (warn) or bold (watch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mark {
    #[default]
    None,
    Warn,
    Watch,
}

/// One row as a tab builds it; `Rows` keeps it in compact form.
#[derive(Debug, Clone)]
pub struct Row {
    /// The record's store id (for History: the change's sequence number).
    pub id: u64,
    pub cells: Vec<String>,
    /// Sort keys of the columns that do not sort as their lower-cased text
    /// (numbers, money).
    pub keys: Vec<(usize, SortKey)>,
    pub mark: Mark,
    /// What the workflow keys can do with this record (`flag::*`), so the
    /// footer offers only the keys that apply to the selected row.
    pub flags: u8,
}

/// Row flags: which breeding-workflow steps apply to the record.
pub mod flag {
    /// An active animal: it can be sold or recorded dead.
    pub const ACTIVE: u8 = 1;
    /// An active female without a pending pregnancy: she can be served.
    pub const SERVICEABLE: u8 = 2;
    /// A pending pregnancy: check, calving or loss.
    pub const PENDING: u8 = 4;
}

impl Row {
    /// Cells sort as text unless given a key with `with_key`.
    pub fn new(id: u64, cells: Vec<String>) -> Row {
        Row {
            id,
            cells,
            keys: Vec::new(),
            mark: Mark::None,
            flags: 0,
        }
    }

    pub fn flagged(mut self, flags: u8) -> Row {
        self.flags = flags;
        self
    }

    pub fn with_key(self, column: usize, key: i64) -> Row {
        self.with_sort_key(column, SortKey(key, 0))
    }

    pub fn with_sort_key(mut self, column: usize, key: SortKey) -> Row {
        self.keys.retain(|(c, _)| *c != column);
        self.keys.push((column, key));
        self
    }

    pub fn marked(mut self, mark: Mark) -> Row {
        self.mark = mark;
        self
    }
}

/// No column asks for more than this, however long its longest cell: a
/// wide screen shows more columns, not one very wide one.
pub const MAX_NEED: u16 = 40;

/// No lower-cased copy: the string is already lower case.
const SAME: u32 = u32::MAX;

/// The distinct strings of one column, one after another in one buffer.
#[derive(Debug, Clone, Default)]
struct Strings {
    text: String,
    ends: Vec<usize>,
    /// Index into `lower_ends` of each string's lower-cased form, or `SAME`.
    lower_at: Vec<u32>,
    lower: String,
    lower_ends: Vec<usize>,
    keys: Keys,
}

/// A column's sort keys. A number or an amount shown the same way has the
/// same key, so usually one key per distinct string does; a column where
/// it does not (History's When is shown to the minute, keyed to the
/// microsecond) keeps one per row.
#[derive(Debug, Clone, Default)]
enum Keys {
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
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &str {
        slice(&self.text, &self.ends, i)
    }

    /// What the filter searches: lower-cased a character at a time.
    fn lower(&self, i: usize) -> &str {
        match self.lower_at[i] {
            SAME => self.get(i),
            at => slice(&self.lower, &self.lower_ends, at as usize),
        }
    }

    /// What the sort compares: `str::to_lowercase`, which differs from a
    /// character at a time only for a final Σ.
    fn sort_text(&self, i: usize) -> Cow<'_, str> {
        let text = self.get(i);
        if text.contains('Σ') {
            Cow::Owned(text.to_lowercase())
        } else {
            Cow::Borrowed(self.lower(i))
        }
    }

    fn push(&mut self, s: &str) -> u32 {
        let index = self.ends.len() as u32;
        self.text.push_str(s);
        self.ends.push(self.text.len());
        let start = self.lower.len();
        self.lower.extend(s.chars().flat_map(char::to_lowercase));
        if self.lower[start..] == *s {
            self.lower.truncate(start);
            self.lower_at.push(SAME);
        } else {
            self.lower_at.push(self.lower_ends.len() as u32);
            self.lower_ends.push(self.lower.len());
        }
        index
    }

    fn shrink(&mut self) {
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

/// Every loaded row of a list, column by column.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    width: usize,
    ids: Vec<u64>,
    marks: Vec<Mark>,
    flags: Vec<u8>,
    /// Row `r`'s cell in column `c` is distinct string
    /// `cells[r * width + c]` of `columns[c]`.
    cells: Vec<u32>,
    columns: Vec<Strings>,
    /// Said next to the tab's title: that not every record was loaded.
    note: Option<String>,
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
                .map(|d| super::text::width(strings.get(d)))
                .max()
                .unwrap_or(0)
        })
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

    fn cell_index(&self, row: usize, column: usize) -> usize {
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

/// A related-records view: only these ids, with a label saying whose they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    pub label: String,
    pub ids: HashSet<u64>,
    /// Where the view came from (tab, record, relation), so that it can be
    /// worked out again after a save adds or removes records, and so that
    /// `n` knows whose new record it is.
    pub origin: Option<(Tab, u64, Related)>,
}

#[derive(Debug, Clone)]
pub struct ListView {
    pub columns: &'static [Column],
    pub rows: Rows,
    /// Per column, each distinct string's place in sort order (equal
    /// places for equal keys), made when a sort first asks.
    ranks: Vec<Option<Vec<u32>>>,
    /// Indices into `rows` that pass scope and filter, in display order.
    pub visible: Vec<usize>,
    /// Index into `visible`.
    pub selected: usize,
    /// First index of `visible` on screen.
    pub offset: usize,
    pub filter: String,
    /// Column and whether the order is reversed.
    pub sort: Option<(usize, bool)>,
    pub scope: Option<Scope>,
    pub loaded: bool,
    /// Per column, the cells its widest content needs (at least its
    /// title): what the table shares the screen's width by.
    pub needs: Vec<u16>,
    /// A record to select at the next load (one just saved on a form
    /// opened from another tab).
    pub want: Option<u64>,
}

/// Whether a row has every word of the filter in one of its cells. Each
/// distinct string is searched at most once per word, when a row first
/// asks about it.
struct Matcher<'a> {
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
    fn new(rows: &'a Rows, filter: &str, candidates: usize) -> Option<Matcher<'a>> {
        let words: Vec<String> = filter
            .to_lowercase()
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

    fn matches(&mut self, row: usize) -> bool {
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

/// The place of each of a column's distinct strings in sort order: keyed
/// strings by key, before the rest by lower-cased text.
fn rank(strings: &Strings) -> Vec<u32> {
    let keys = match &strings.keys {
        Keys::Distinct(k) => Some(k),
        _ => None,
    };
    let key = |d: usize| keys.and_then(|k| k[d]);
    let cmp = |a: usize, b: usize| match (key(a), key(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => strings.sort_text(a).cmp(&strings.sort_text(b)),
    };
    let mut order: Vec<usize> = (0..strings.len()).collect();
    order.sort_by(|a, b| cmp(*a, *b));
    let mut ranks = vec![0u32; strings.len()];
    let mut place = 0u32;
    for (n, &d) in order.iter().enumerate() {
        if n > 0 && cmp(order[n - 1], d) != Ordering::Equal {
            place += 1;
        }
        ranks[d] = place;
    }
    ranks
}

impl ListView {
    pub fn new(columns: &'static [Column]) -> ListView {
        ListView {
            columns,
            rows: Rows::default(),
            ranks: Vec::new(),
            visible: Vec::new(),
            selected: 0,
            offset: 0,
            filter: String::new(),
            sort: None,
            scope: None,
            loaded: false,
            needs: columns.iter().map(|c| c.width).collect(),
            want: None,
        }
    }

    /// Replaces the rows, selecting the wanted record, else keeping the
    /// selected one, else (it was deleted) the row now in its place.
    pub fn set_rows(&mut self, rows: Rows, page: usize) {
        let keep = self.want.take().or(self.selected_id());
        let index = self.selected;
        self.rows = rows;
        self.needs = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let widest = self.rows.widest(i).max(super::text::width(c.title));
                widest.clamp(1, usize::from(MAX_NEED)) as u16
            })
            .collect();
        self.ranks = vec![None; self.rows.width];
        self.loaded = true;
        self.recompute();
        self.select_id(keep, page);
        if self.selected_id() != keep {
            self.selected = index.min(self.visible.len().saturating_sub(1));
            self.scroll_into_view(page);
        }
    }

    pub fn selected_row(&self) -> Option<RowRef<'_>> {
        self.visible.get(self.selected).map(|i| self.rows.get(*i))
    }

    pub fn selected_id(&self) -> Option<u64> {
        self.selected_row().map(|r| r.id())
    }

    /// Puts the selection on `id` if visible, else on the first row.
    pub fn select_id(&mut self, id: Option<u64>, page: usize) {
        self.selected = id
            .and_then(|id| self.visible.iter().position(|i| self.rows.ids[*i] == id))
            .unwrap_or(0);
        self.scroll_into_view(page);
    }

    /// Applies scope, filter and sort. The filter matches every word
    /// anywhere in the row (a word within one cell), ignoring case
    /// (Unicode lower-casing).
    pub fn recompute(&mut self) {
        let scope = self.scope.as_ref().map(|s| &s.ids);
        let mut matcher = Matcher::new(&self.rows, &self.filter, self.rows.len());
        let mut visible: Vec<usize> = (0..self.rows.len())
            .filter(|i| scope.is_none_or(|ids| ids.contains(&self.rows.ids[*i])))
            .filter(|i| matcher.as_mut().is_none_or(|m| m.matches(*i)))
            .collect();
        drop(matcher);
        if let Some((column, reversed)) = self.sort {
            self.sort_rows(&mut visible, column, reversed);
        }
        self.visible = visible;
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }

    /// Stable: ties keep load order, also when reversed.
    fn sort_rows(&mut self, visible: &mut [usize], column: usize, reversed: bool) {
        if column >= self.rows.width {
            return;
        }
        let strings = &self.rows.columns[column];
        let ranks = self.ranks[column].get_or_insert_with(|| rank(strings));
        let rows = &self.rows;
        let place = |r: usize| ranks[rows.cell_index(r, column)];
        let direct = |o: Ordering| if reversed { o.reverse() } else { o };
        match &strings.keys {
            Keys::PerRow(keys) => visible.sort_by(|&a, &b| {
                direct(match (keys[a], keys[b]) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => place(a).cmp(&place(b)),
                })
            }),
            _ => visible.sort_by(|&a, &b| direct(place(a).cmp(&place(b)))),
        }
    }

    /// Keeps the selected row on screen, moving the window as little as possible.
    pub fn scroll_into_view(&mut self, page: usize) {
        let page = page.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        let max_offset = self.visible.len().saturating_sub(page);
        self.offset = self.offset.min(max_offset);
    }

    /// Moves the selection by `delta` rows; true if it moved.
    pub fn move_by(&mut self, delta: isize, page: usize) -> bool {
        if self.visible.is_empty() {
            return false;
        }
        let last = self.visible.len() - 1;
        let target = self.selected.saturating_add_signed(delta).min(last);
        let changed = target != self.selected;
        self.selected = target;
        let before = self.offset;
        self.scroll_into_view(page);
        changed || before != self.offset
    }

    pub fn move_to(&mut self, index: usize, page: usize) -> bool {
        let before = (self.selected, self.offset);
        self.selected = index.min(self.visible.len().saturating_sub(1));
        self.scroll_into_view(page);
        before != (self.selected, self.offset)
    }

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

    /// `12/40`: the selected row and how many rows pass scope and filter.
    pub fn position(&self) -> String {
        if self.visible.is_empty() {
            "0/0".into()
        } else {
            format!("{}/{}", self.selected + 1, self.visible.len())
        }
    }

    pub fn sort_label(&self) -> Option<String> {
        let (column, reversed) = self.sort?;
        let title = self.columns.get(column)?.title;
        Some(format!("{title} {}", if reversed { "↓" } else { "↑" }))
    }

    /// `s`: natural order → first column → … → last column → natural order.
    pub fn cycle_sort(&mut self, page: usize) {
        let keep = self.selected_id();
        self.sort = match self.sort {
            None => Some((0, false)),
            Some((c, _)) if c + 1 < self.columns.len() => Some((c + 1, false)),
            Some(_) => None,
        };
        self.recompute();
        self.select_id(keep, page);
    }

    pub fn reverse_sort(&mut self, page: usize) {
        let keep = self.selected_id();
        self.sort = Some(match self.sort {
            None => (0, true),
            Some((c, r)) => (c, !r),
        });
        self.recompute();
        self.select_id(keep, page);
    }

    /// The rows on screen, for drawing.
    pub fn window(&self, page: usize) -> impl Iterator<Item = (usize, RowRef<'_>)> {
        let start = self.offset.min(self.visible.len());
        let end = (start + page).min(self.visible.len());
        self.visible[start..end]
            .iter()
            .enumerate()
            .map(move |(n, i)| (start + n, self.rows.get(*i)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static COLS: [Column; 2] = [col("Name", 10), num("N", 3)];

    fn view(n: usize) -> ListView {
        let mut v = ListView::new(&COLS);
        let rows = (0..n)
            .map(|i| {
                Row::new(i as u64, vec![format!("row {i}"), format!("{}", n - i)])
                    .with_key(1, (n - i) as i64)
            })
            .collect();
        v.set_rows(rows, 10);
        v
    }

    #[test]
    fn moving_keeps_the_selection_in_the_window() {
        let mut v = view(100);
        assert_eq!(v.position(), "1/100");
        assert!(!v.move_by(-1, 10));
        assert!(v.move_by(15, 10));
        assert_eq!((v.selected, v.offset), (15, 6));
        v.move_to(usize::MAX, 10);
        assert_eq!((v.selected, v.offset), (99, 90));
        assert_eq!(v.window(10).count(), 10);
        assert_eq!(v.window(10).next().map(|(i, _)| i), Some(90));
        assert!(!v.move_by(1, 10));
    }

    #[test]
    fn filter_matches_words_in_any_case() {
        let mut v = ListView::new(&COLS);
        v.set_rows(
            vec![
                Row::new(1, vec!["ທ້າວ ບຸນມີ ພົມມະຈັນ".into(), "1".into()]),
                Row::new(2, vec!["Bounmy Keomany".into(), "2".into()]),
                Row::new(3, vec!["范锡宁".into(), "3".into()]),
            ]
            .into_iter()
            .collect(),
            10,
        );
        v.filter = "BOUNMY".into();
        v.refilter(10);
        assert_eq!(v.position(), "1/1");
        v.filter = "ບຸນມີ".into();
        v.refilter(10);
        assert_eq!(v.selected_id(), Some(1));
        v.filter = "锡".into();
        v.refilter(10);
        assert_eq!(v.selected_id(), Some(3));
        v.filter = "范锡".into();
        v.refilter(10);
        v.filter.push('宁');
        v.narrow(10);
        assert_eq!(v.selected_id(), Some(3));
        v.filter.push('x');
        v.narrow(10);
        assert_eq!(v.position(), "0/0");
        v.filter = "nothing".into();
        v.refilter(10);
        assert_eq!(v.position(), "0/0");
        assert_eq!(v.selected_id(), None);
    }

    #[test]
    fn sort_cycles_columns_and_keeps_the_selected_record() {
        let mut v = view(12);
        v.move_to(2, 10);
        assert_eq!(v.selected_id(), Some(2));
        v.cycle_sort(10); // by Name, as text: "row 0", "row 1", "row 10", ...
        assert_eq!(v.sort_label().as_deref(), Some("Name ↑"));
        assert_eq!(v.selected_id(), Some(2));
        assert_eq!(v.rows.get(v.visible[2]).cell(0), "row 10");
        v.cycle_sort(10); // by N, numerically: 1, 2, ..., 12
        assert_eq!(v.rows.get(v.visible[0]).cell(1), "1");
        assert_eq!(v.rows.get(v.visible[11]).cell(1), "12");
        v.reverse_sort(10);
        assert_eq!(v.rows.get(v.visible[0]).cell(1), "12");
        v.cycle_sort(10);
        assert_eq!(v.sort, None);
        assert_eq!(v.visible, (0..12).collect::<Vec<_>>());
    }

    #[test]
    fn scope_limits_rows() {
        let mut v = view(10);
        v.scope = Some(Scope {
            label: "x".into(),
            ids: [3, 5].into_iter().collect(),
            origin: None,
        });
        v.refilter(10);
        assert_eq!(v.position(), "1/2");
        assert_eq!(v.selected_id(), Some(3));
    }

    fn ids(v: &ListView) -> Vec<u64> {
        v.visible.iter().map(|i| v.rows.get(*i).id()).collect()
    }

    #[test]
    fn repeated_cells_are_kept_once_and_read_back_as_given() {
        let rows: Rows = (0..1000u64)
            .map(|i| Row::new(i, vec![format!("Day {}", i % 7), format!("{i}")]))
            .collect();
        assert_eq!(rows.columns[0].len(), 7);
        assert_eq!(rows.columns[1].len(), 1000);
        assert_eq!(rows.get(9).cell(0), "Day 2");
        assert_eq!(rows.get(9).cell(1), "9");
        assert_eq!(rows.get(9).cell(5), "", "past the last column");
        // Only the strings that are not lower case have a lower-cased copy.
        assert_eq!(rows.columns[0].lower(2), "day 2");
        assert_eq!(rows.columns[1].lower_ends.len(), 0);
    }

    #[test]
    fn a_word_matches_within_one_cell_only() {
        let mut v = ListView::new(&COLS);
        v.set_rows(
            [
                Row::new(1, vec!["red".into(), "fox".into()]),
                Row::new(2, vec!["red fox".into(), "1".into()]),
            ]
            .into_iter()
            .collect(),
            10,
        );
        v.filter = "dfo".into();
        v.refilter(10);
        assert_eq!(ids(&v), [] as [u64; 0]);
        v.filter = "RED FOX".into();
        v.refilter(10);
        assert_eq!(ids(&v), [1, 2], "each word in some cell");
        v.filter = "red f".into();
        v.refilter(10);
        v.filter.push('o');
        v.narrow(10);
        assert_eq!(ids(&v), [1, 2]);
    }

    #[test]
    fn a_column_whose_text_does_not_fix_its_key_sorts_by_each_rows_key() {
        // Like History's When: shown to the minute, keyed to the microsecond.
        static WHEN: [Column; 1] = [col("When", 16)];
        let mut v = ListView::new(&WHEN);
        let mut b = RowsBuilder::new(1);
        for (id, text, key) in [
            (1, "10:01", 5),
            (2, "10:00", 2),
            (3, "10:01", 4),
            (4, "10:00", 1),
        ] {
            b.push(Row::new(id, vec![text.into()]).with_key(0, key));
        }
        v.set_rows(b.finish(), 10);
        v.cycle_sort(10);
        assert_eq!(ids(&v), [4, 2, 3, 1]);
        v.reverse_sort(10);
        assert_eq!(ids(&v), [1, 3, 2, 4]);
    }

    #[test]
    fn sorting_is_stable_and_ties_keep_load_order_when_reversed() {
        let mut v = ListView::new(&COLS);
        v.set_rows(
            [
                Row::new(1, vec!["b".into(), "x".into()]),
                Row::new(2, vec!["A".into(), "x".into()]),
                Row::new(3, vec!["a".into(), "x".into()]),
                Row::new(4, vec!["B".into(), "x".into()]),
            ]
            .into_iter()
            .collect(),
            10,
        );
        v.cycle_sort(10);
        assert_eq!(ids(&v), [2, 3, 1, 4]);
        v.reverse_sort(10);
        assert_eq!(ids(&v), [1, 4, 2, 3]);
    }

    #[test]
    fn finish_in_reorders_every_part_of_a_row() {
        let mut b = RowsBuilder::new(2);
        b.push(Row::new(10, vec!["ten".into(), "x".into()]).marked(Mark::Warn));
        b.push(Row::new(20, vec!["twenty".into(), "y".into()]).flagged(flag::PENDING));
        let rows = b.finish_in([1, 0]);
        let first = rows.get(0);
        assert_eq!(
            (first.id(), first.cell(0), first.mark(), first.flags()),
            (20, "twenty", Mark::None, flag::PENDING)
        );
        assert_eq!((rows.get(1).id(), rows.get(1).mark()), (10, Mark::Warn));
    }
}
