//! Table columns: how wide each wants to be, and which go first when
//! the screen is narrow.

use super::shown::Show;
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
    /// How its cells are shown (translated words, day-first dates).
    pub show: Show,
}

impl Column {
    /// Sets when the column is dropped on a narrow screen (see `drop`).
    pub const fn dropped(mut self, rank: u8) -> Column {
        self.drop = rank;
        self
    }

    /// Sets how the column's cells are shown (see `Show`).
    pub const fn shown(mut self, show: Show) -> Column {
        self.show = show;
        self
    }

    /// The heading in the session's language (`col-` and its English).
    pub fn heading(&self) -> String {
        kumban_i18n::tr_text("col", self.title)
    }
}

pub const fn col(title: &'static str, width: u16) -> Column {
    Column {
        title,
        width,
        align: Align::Left,
        flex: false,
        drop: 1,
        show: Show::AsIs,
    }
}
pub const fn num(title: &'static str, width: u16) -> Column {
    Column {
        title,
        width,
        align: Align::Right,
        flex: false,
        drop: 1,
        show: Show::AsIs,
    }
}
pub const fn flex(title: &'static str, width: u16) -> Column {
    Column {
        title,
        width,
        align: Align::Left,
        flex: true,
        drop: 0,
        show: Show::AsIs,
    }
}

/// No column asks for more than this, however long its longest cell: a
/// wide screen shows more columns, not one very wide one.
pub const MAX_NEED: u16 = 40;
