//! One browsable list: every loaded row, and the view on it (scope,
//! filter, sort, selection, scroll). Rows are kept column by column, each
//! column's distinct strings once: a million income logs name a few
//! thousand dates and households, so the filter and the sort work on the
//! distinct strings and the rows hold only small numbers. Drawing takes
//! only the rows on screen, so a long list costs no more per frame than a
//! short one.

mod column;
mod filter;
mod row;
mod rows;
mod shown;
mod sort;
mod strings;
mod view;

#[cfg(test)]
mod collation_tests;
#[cfg(test)]
mod narrow_tests;
#[cfg(test)]
mod tests;

pub use column::{Column, MAX_NEED, col, flex, num};
pub use row::{Mark, Row, SortKey, flag};
pub use rows::{RowRef, Rows, RowsBuilder};
pub use shown::{Show, choice, date, dates_in, in_lang};
pub use view::{ListView, Scope};
