//! Table columns: how wide each wants to be, and which go first when
//! the screen is narrow.

use crate::text::Align;

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

/// No column asks for more than this, however long its longest cell: a
/// wide screen shows more columns, not one very wide one.
pub const MAX_NEED: u16 = 40;
