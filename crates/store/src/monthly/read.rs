//! Reading the running sums for a report: whole years from their year
//! rows when the months are not wanted apart, the other months row by row.

use super::super::Local;
use super::super::error::Result;
use super::super::schema::Tree;
use super::super::sums::{IncomeSplit, SumKey, Tally};
use super::{Cell, EVERY_HOUSEHOLD, Figures, Head, damaged, is_year_row, year_row};

/// A part of the months `first..=last` read from one kind of row.
#[derive(Debug, PartialEq, Eq)]
enum Piece {
    /// A whole year, from its year rows (the year's month 0).
    Year(u32),
    /// Months `first..=last`, from their month rows.
    Months(u32, u32),
}

/// The months cut into pieces: every calendar year the span holds whole
/// is read from its year rows unless the sums are split by month.
fn pieces(first: u32, last: u32, by_month: bool) -> Vec<Piece> {
    if by_month {
        return vec![Piece::Months(first, last)];
    }
    let mut out = Vec::new();
    let mut at = first;
    while at <= last {
        let year = year_row(at);
        let december = year + 12;
        if at == year + 1 && last >= december {
            out.push(Piece::Year(year));
        } else {
            out.push(Piece::Months(at, last.min(december)));
        }
        at = year + 101;
    }
    out
}

/// Adds the rows of the months `first..=last` (month keys) to `out`, as
/// `split` asks: with households, their own rows; without, the rows of
/// every household, found by jumping from month to month.
pub(crate) fn add_months(
    store: &Local,
    first: u32,
    last: u32,
    split: IncomeSplit,
    out: &mut Tally,
) -> Result<()> {
    let tree = store.tree(Tree::IncomeMonths)?;
    for piece in pieces(first, last, split.month) {
        match piece {
            Piece::Year(year) => add_rows(&tree, year, year, true, split, out)?,
            Piece::Months(from, to) => add_rows(&tree, from, to, false, split, out)?,
        }
    }
    Ok(())
}

/// Adds the rows of month keys `first..=last` that are year rows when
/// `years`, month rows when not.
fn add_rows(
    tree: &sled::Tree,
    first: u32,
    last: u32,
    years: bool,
    split: IncomeSplit,
    out: &mut Tally,
) -> Result<()> {
    let end = last.saturating_add(1).to_be_bytes();
    let mut from = first.to_be_bytes().to_vec();
    'months: loop {
        for item in tree.range(from.as_slice()..end.as_slice()) {
            let (k, v) = item?;
            // The group's name is parsed only when the sums are split by
            // it: most rows of a household report need only the numbers.
            let cell = Head::decode(&k).ok_or_else(|| damaged(&k))?;
            let every = cell.household == EVERY_HOUSEHOLD;
            // Every household's rows come first in a month: once past
            // them, or in a month of the wrong kind of row, go on to the
            // next month.
            let past_every = every == split.household && !split.household;
            if is_year_row(cell.month) != years || past_every {
                if cell.month >= last {
                    break 'months;
                }
                from = cell.month.saturating_add(1).to_be_bytes().to_vec();
                continue 'months;
            }
            if every == split.household {
                continue;
            }
            let f = Figures::decode(&v).ok_or_else(|| damaged(&k))?;
            let key = SumKey {
                household: if split.household { cell.household } else { 0 },
                month: if split.month { cell.month } else { 0 },
                group: match split.group {
                    true => Some(Cell::decode(&k).ok_or_else(|| damaged(&k))?.group),
                    false => None,
                },
                currency: cell.currency,
            };
            let logs = u64::try_from(f.logs).map_err(|_| damaged(&k))?;
            out.add(key, f.income, f.expense, logs);
        }
        break;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_years_are_read_from_year_rows_unless_months_are_wanted() {
        use Piece::*;
        assert_eq!(pieces(202601, 202612, false), vec![Year(202600)]);
        assert_eq!(pieces(202601, 202612, true), vec![Months(202601, 202612)]);
        assert_eq!(pieces(202604, 202606, false), vec![Months(202604, 202606)]);
        assert_eq!(
            pieces(202411, 202702, false),
            vec![
                Months(202411, 202412),
                Year(202500),
                Year(202600),
                Months(202701, 202702)
            ]
        );
        assert_eq!(pieces(202601, 202611, false), vec![Months(202601, 202611)]);
        assert_eq!(pieces(202602, 202612, false), vec![Months(202602, 202612)]);
        assert_eq!(pieces(202607, 202606, false), vec![]);
    }
}
