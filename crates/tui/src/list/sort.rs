//! Sorting: each column's distinct strings ranked once, rows ordered by
//! rank (or by their own key where the text does not fix it).

use super::strings::{Keys, Strings};
use super::view::ListView;
use kumban_i18n::collate;
use std::cmp::Ordering;

/// The place of each of a column's distinct strings in sort order: keyed
/// strings by key, before the rest by lower-cased text in Lao dictionary
/// order (`collate::compare`: a vowel written before its consonant sorts
/// by the consonant), which is the usual order for Latin text.
fn rank(strings: &Strings) -> Vec<u32> {
    let keys = match &strings.keys {
        Keys::Distinct(k) => Some(k),
        _ => None,
    };
    let key = |d: usize| keys.and_then(|k| k[d]);
    // Once per string, not once per comparison: the collator is slow next
    // to comparing bytes (a district's names sort in well under a second).
    let texts: Vec<_> = (0..strings.len()).map(|d| strings.sort_text(d)).collect();
    let collation: Vec<Vec<u8>> = (0..strings.len())
        .map(|d| match key(d) {
            Some(_) => Vec::new(),
            None => collate::sort_key(&texts[d]),
        })
        .collect();
    let cmp = |a: usize, b: usize| match (key(a), key(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => collation[a]
            .cmp(&collation[b])
            .then_with(|| texts[a].cmp(&texts[b])),
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
    /// Stable: ties keep load order, also when reversed.
    pub(super) fn sort_rows(&mut self, visible: &mut [usize], column: usize, reversed: bool) {
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

    pub fn sort_label(&self) -> Option<String> {
        let (column, reversed) = self.sort?;
        let title = self.columns.get(column)?.heading();
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
}
