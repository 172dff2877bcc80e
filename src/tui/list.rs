//! One browsable list: every loaded row as prepared strings, and the view
//! on it (scope, filter, sort, selection, scroll). Drawing takes only the
//! rows on screen, so a long list costs no more per frame than a short one.

use super::action::{Related, Tab};
use super::text::Align;
use std::collections::HashSet;

/// A table column: its header, the cells it needs, and whether it takes the
/// room left over (one column per table does).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub title: &'static str,
    pub width: u16,
    pub align: Align,
    pub flex: bool,
}

pub const fn col(title: &'static str, width: u16) -> Column {
    Column {
        title,
        width,
        align: Align::Left,
        flex: false,
    }
}
pub const fn num(title: &'static str, width: u16) -> Column {
    Column {
        title,
        width,
        align: Align::Right,
        flex: false,
    }
}
pub const fn flex(title: &'static str, width: u16) -> Column {
    Column {
        title,
        width,
        align: Align::Left,
        flex: true,
    }
}

/// How a cell sorts: numbers and money by value, the rest as text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum SortKey {
    Num(i64),
    Text(String),
}

/// A row mark that the table shows in words and, where there is colour,
/// in red (warn) or bold (watch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mark {
    #[default]
    None,
    Warn,
    Watch,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// The record's store id (for History: the change's sequence number).
    pub id: u64,
    pub cells: Vec<String>,
    /// Sort keys of the columns that do not sort as their lower-cased text
    /// (numbers, money); the rest are made only when a sort asks for them.
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
        self.with_sort_key(column, SortKey::Num(key))
    }

    pub fn with_sort_key(mut self, column: usize, key: SortKey) -> Row {
        self.keys.retain(|(c, _)| *c != column);
        self.keys.push((column, key));
        self
    }

    /// How this row sorts by `column`.
    pub fn sort_key(&self, column: usize) -> SortKey {
        match self.keys.iter().find(|(c, _)| *c == column) {
            Some((_, k)) => k.clone(),
            None => SortKey::Text(
                self.cells
                    .get(column)
                    .map(|c| c.to_lowercase())
                    .unwrap_or_default(),
            ),
        }
    }

    pub fn marked(mut self, mark: Mark) -> Row {
        self.mark = mark;
        self
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
    pub rows: Vec<Row>,
    /// Every row's cells, lower-cased, one after another: what the filter
    /// searches. One buffer rather than a string per row, so a search over
    /// 100,000 rows reads memory in order.
    haystack: String,
    /// Where each row's text ends in `haystack`.
    hay_ends: Vec<usize>,
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
    /// A record to select at the next load (one just saved on a form
    /// opened from another tab).
    pub want: Option<u64>,
}

impl ListView {
    pub fn new(columns: &'static [Column]) -> ListView {
        ListView {
            columns,
            rows: Vec::new(),
            haystack: String::new(),
            hay_ends: Vec::new(),
            visible: Vec::new(),
            selected: 0,
            offset: 0,
            filter: String::new(),
            sort: None,
            scope: None,
            loaded: false,
            want: None,
        }
    }

    /// Replaces the rows, selecting the wanted record, else keeping the
    /// selected one, else (it was deleted) the row now in its place.
    pub fn set_rows(&mut self, rows: Vec<Row>, page: usize) {
        let keep = self.want.take().or(self.selected_id());
        let index = self.selected;
        self.haystack.clear();
        self.hay_ends.clear();
        for row in &rows {
            for cell in &row.cells {
                // A separator no one types, so a word never spans two cells.
                self.haystack.push('\u{1f}');
                self.haystack
                    .extend(cell.chars().flat_map(char::to_lowercase));
            }
            self.hay_ends.push(self.haystack.len());
        }
        self.rows = rows;
        self.loaded = true;
        self.recompute();
        self.select_id(keep, page);
        if self.selected_id() != keep {
            self.selected = index.min(self.visible.len().saturating_sub(1));
            self.scroll_into_view(page);
        }
    }

    pub fn selected_row(&self) -> Option<&Row> {
        self.visible.get(self.selected).map(|i| &self.rows[*i])
    }

    pub fn selected_id(&self) -> Option<u64> {
        self.selected_row().map(|r| r.id)
    }

    /// Puts the selection on `id` if visible, else on the first row.
    pub fn select_id(&mut self, id: Option<u64>, page: usize) {
        self.selected = id
            .and_then(|id| self.visible.iter().position(|i| self.rows[*i].id == id))
            .unwrap_or(0);
        self.scroll_into_view(page);
    }

    /// The filter's text of row `i`.
    fn hay(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.hay_ends[i - 1] };
        &self.haystack[start..self.hay_ends[i]]
    }

    fn matches(&self, i: usize, words: &[&str]) -> bool {
        let hay = self.hay(i);
        words.iter().all(|w| hay.contains(w))
    }

    /// Applies scope, filter and sort. The filter matches every word
    /// anywhere in the row, ignoring case (Unicode lower-casing).
    pub fn recompute(&mut self) {
        let needle = self.filter.to_lowercase();
        let words: Vec<&str> = needle.split_whitespace().collect();
        let scope = self.scope.as_ref().map(|s| &s.ids);
        let mut visible: Vec<usize> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| scope.is_none_or(|ids| ids.contains(&r.id)))
            .filter(|(i, _)| self.matches(*i, &words))
            .map(|(i, _)| i)
            .collect();
        if let Some((column, reversed)) = self.sort {
            // Keys made once per row, not once per comparison.
            let mut keyed: Vec<(SortKey, usize)> = visible
                .iter()
                .map(|i| (self.rows[*i].sort_key(column), *i))
                .collect();
            // Stable: ties keep load order.
            keyed.sort_by(|a, b| {
                let o = a.0.cmp(&b.0);
                if reversed { o.reverse() } else { o }
            });
            visible = keyed.into_iter().map(|(_, i)| i).collect();
        }
        self.visible = visible;
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
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
        let needle = self.filter.to_lowercase();
        let words: Vec<&str> = needle.split_whitespace().collect();
        let mut visible = std::mem::take(&mut self.visible);
        visible.retain(|i| self.matches(*i, &words));
        self.visible = visible;
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
    pub fn window(&self, page: usize) -> impl Iterator<Item = (usize, &Row)> {
        let start = self.offset.min(self.visible.len());
        let end = (start + page).min(self.visible.len());
        self.visible[start..end]
            .iter()
            .enumerate()
            .map(move |(n, i)| (start + n, &self.rows[*i]))
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
            ],
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
        assert_eq!(v.rows[v.visible[2]].cells[0], "row 10");
        v.cycle_sort(10); // by N, numerically: 1, 2, ..., 12
        assert_eq!(v.rows[v.visible[0]].cells[1], "1");
        assert_eq!(v.rows[v.visible[11]].cells[1], "12");
        v.reverse_sort(10);
        assert_eq!(v.rows[v.visible[0]].cells[1], "12");
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
}
