//! One row as a tab builds it, with the keys, mark and flags the view
//! sorts, colours and offers keys by.

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
