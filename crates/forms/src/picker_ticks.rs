//! A picker where several items are ticked (a training's attendees): Tab
//! ticks the selected row, Ctrl-A every row the filter shows (type a
//! village's name, then Ctrl-A), Enter hands the ticked set back. The keys
//! that type into the filter are left alone, Space included, so a filter
//! of several words still works.

use super::{PickItem, Picker};

impl Picker {
    /// A list where several items are ticked (`ticked` ids at first) and
    /// the filter matches the detail too (a household's village).
    pub fn new_ticks(
        field: &'static str,
        title: &str,
        items: Vec<PickItem>,
        query: &str,
        ticked: &[u64],
    ) -> Picker {
        let mut p = Picker::empty(field, title, query, true);
        p.fill(items, Some(ticked));
        p
    }

    /// True for a list where several items are ticked.
    pub fn is_ticks(&self) -> bool {
        self.ticks.is_some()
    }

    /// Whether the `n`th shown item is ticked.
    pub fn is_ticked(&self, n: usize) -> bool {
        let i = self.shown.get(n);
        matches!((&self.ticks, i), (Some(t), Some(i)) if t.get(*i).copied().unwrap_or(false))
    }

    /// How many items are ticked, shown or not.
    pub fn ticked_count(&self) -> usize {
        self.ticks
            .as_ref()
            .map_or(0, |t| t.iter().filter(|b| **b).count())
    }

    /// The ticked items' ids and codes, in list order.
    pub fn ticked(&self) -> Vec<(u64, String)> {
        let Some(ticks) = &self.ticks else {
            return Vec::new();
        };
        self.items
            .iter()
            .zip(ticks)
            .filter(|(_, t)| **t)
            .map(|(i, _)| (i.id, i.code.clone()))
            .collect()
    }

    /// Ticks or unticks the selected item, then selects the next, so a run
    /// of rows is ticked by pressing the key again and again.
    pub(super) fn tick_selected(&mut self) {
        let Some(ticks) = &mut self.ticks else {
            return;
        };
        if let Some(t) = self
            .shown
            .get(self.selected)
            .and_then(|i| ticks.get_mut(*i))
        {
            *t = !*t;
        }
        self.selected = (self.selected + 1).min(self.shown.len().saturating_sub(1));
    }

    /// Ticks every item the filter shows; when all are ticked already,
    /// unticks them instead.
    pub(super) fn tick_shown(&mut self) {
        let Some(ticks) = &mut self.ticks else {
            return;
        };
        let all = self
            .shown
            .iter()
            .all(|i| ticks.get(*i).copied().unwrap_or(false));
        for i in &self.shown {
            if let Some(t) = ticks.get_mut(*i) {
                *t = !all;
            }
        }
    }
}

impl Picker {
    /// In a list of several, the filter typed is exactly a village's name
    /// ("Bansuo 2"): that village's items alone. As words found anywhere,
    /// "bansuo 2" would also find Bansuo's households with a 2 in their
    /// code, and "bansuo" those of "Bansuo 2" too; Ctrl-A must tick the
    /// village the clerk named.
    pub(super) fn one_village(&self, query: &str) -> Option<Vec<usize>> {
        let wanted = query.split_whitespace().collect::<Vec<_>>().join(" ");
        if self.ticks.is_none() || wanted.is_empty() {
            return None;
        }
        let same = |detail: &str| {
            detail
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
                == wanted
        };
        // The detail ends each haystack: most items are passed over
        // without a copy of theirs.
        let last = wanted.rsplit(' ').next().unwrap_or_default();
        let shown: Vec<usize> = self
            .items
            .iter()
            .enumerate()
            .filter(|(i, item)| {
                self.haystacks.get(*i).is_some_and(|h| h.ends_with(last)) && same(&item.detail)
            })
            .map(|(i, _)| i)
            .collect();
        (!shown.is_empty()).then_some(shown)
    }
}
