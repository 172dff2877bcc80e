//! The view on a list's rows: scope, selection and scrolling, and
//! working out which rows show in which order.

use super::column::{Column, MAX_NEED};
use super::filter::Matcher;
use super::rows::{RowRef, Rows};
use crate::action::{Related, Tab};
use std::collections::HashSet;

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
    pub(super) ranks: Vec<Option<Vec<u32>>>,
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
    /// Per column, its widest cell as stored (at most `MAX_NEED`).
    widest: Vec<u16>,
    /// A record to select at the next load (one just saved on a form
    /// opened from another tab).
    pub want: Option<u64>,
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
            widest: columns.iter().map(|c| c.width).collect(),
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
                let widest = self.rows.widest(i).max(crate::text::width(c.title));
                widest.clamp(1, usize::from(MAX_NEED)) as u16
            })
            .collect();
        self.widest = (0..self.columns.len())
            .map(|i| self.rows.widest(i).min(usize::from(MAX_NEED)) as u16)
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

    /// `needs` in the session's language: its headings and words are
    /// another width than the English ones (Lao's mostly wider).
    pub fn shown_needs(&self) -> Vec<u16> {
        if kumban_i18n::current() == kumban_i18n::Lang::En || !self.loaded {
            return self.needs.clone();
        }
        self.columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let cells = match c.show {
                    super::Show::AsIs | super::Show::Date => {
                        usize::from(self.widest.get(i).copied().unwrap_or(c.width))
                    }
                    show => self.rows.widest_shown(i, show),
                };
                let widest = cells.max(crate::text::width(&c.heading()));
                widest.clamp(1, usize::from(MAX_NEED)) as u16
            })
            .collect()
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
        let mut visible: Vec<usize> = (0..self.rows.len())
            .filter(|i| scope.is_none_or(|ids| ids.contains(&self.rows.ids[*i])))
            .collect();
        if let Some(mut matcher) =
            Matcher::new(&self.rows, self.columns, &self.filter, visible.len())
        {
            matcher.retain(&mut visible);
        }
        if let Some((column, reversed)) = self.sort {
            self.sort_rows(&mut visible, column, reversed);
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

    /// `12/40`: the selected row and how many rows pass scope and filter.
    pub fn position(&self) -> String {
        if self.visible.is_empty() {
            "0/0".into()
        } else {
            format!("{}/{}", self.selected + 1, self.visible.len())
        }
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
