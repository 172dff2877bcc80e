//! Sums of income logs over a span of dates, worked out where the records
//! are: a report of a district's year reads some 200,000 logs, and through
//! an owner only the sums (one row per household, month or group) cross
//! the socket, never the logs themselves.

use super::Local;
use super::error::Result;
use kumban_model::{Currency, Date, Flow, Group, IncomeLog};
use serde::{Deserialize, Serialize};

/// How the logs of a span are split into sums; every sum is also split by
/// currency. A part left out is summed over (its key field is then 0 or
/// `None`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomeSplit {
    pub household: bool,
    pub month: bool,
    pub group: bool,
}

/// What one sum is of: the household's id (0 when not split by
/// household), the month as `year * 100 + month` (0 when not split by
/// month), the production group and the currency.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SumKey {
    pub household: u64,
    pub month: u32,
    pub group: Option<Group>,
    pub currency: Currency,
}

/// Income and expense in minor units (wide: no number of logs can
/// overflow them) and how many logs made them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sum {
    pub income: i128,
    pub expense: i128,
    pub logs: u64,
}

pub type IncomeSums = Vec<(SumKey, Sum)>;

impl Local {
    /// The logs dated `from..=to`, summed as `split` asks, in key order.
    ///
    /// Whole months come from the running sums (`monthly`), a few
    /// thousand rows for a district's year; only the days of a month cut
    /// by `from` or `to` are read log by log.
    pub fn income_sums(&self, from: Date, to: Date, split: IncomeSplit) -> Result<IncomeSums> {
        let mut out = Tally::default();
        let by_logs = |a: Date, b: Date, out: &mut Tally| -> Result<()> {
            for log in self.income_between(a, b)? {
                add(out, &log.record, split);
            }
            Ok(())
        };
        match WholeMonths::within(from, to) {
            Some(whole) => {
                if let Some((a, b)) = whole.head {
                    by_logs(a, b, &mut out)?;
                }
                super::monthly::add_months(self, whole.first, whole.last, split, &mut out)?;
                if let Some((a, b)) = whole.tail {
                    by_logs(a, b, &mut out)?;
                }
            }
            None => by_logs(from, to, &mut out)?,
        }
        Ok(out.finish())
    }
}

/// Sums gathered as they come and put in key order once at the end: the
/// running sums arrive nearly in key order, so this is a few passes over
/// a vector where a map would search and allocate for every one of a
/// district's 50,000 rows.
#[derive(Debug, Default)]
pub(crate) struct Tally(Vec<(SumKey, Sum)>);

impl Tally {
    pub(crate) fn add(&mut self, key: SumKey, income: i128, expense: i128, logs: u64) {
        if let Some((last, sum)) = self.0.last_mut()
            && *last == key
        {
            sum.income += income;
            sum.expense += expense;
            sum.logs += logs;
            return;
        }
        self.0.push((
            key,
            Sum {
                income,
                expense,
                logs,
            },
        ));
    }

    /// One sum per key, in key order.
    pub(crate) fn finish(mut self) -> IncomeSums {
        // Stable and quick on the long sorted runs the rows arrive in.
        self.0.sort_by(|a, b| a.0.cmp(&b.0));
        self.0.dedup_by(|later, kept| {
            if later.0 != kept.0 {
                return false;
            }
            kept.1.income += later.1.income;
            kept.1.expense += later.1.expense;
            kept.1.logs += later.1.logs;
            true
        });
        self.0
    }
}

/// A span cut into the whole months it covers (month keys `first..=last`)
/// and the days before and after them.
#[derive(Debug, PartialEq, Eq)]
struct WholeMonths {
    head: Option<(Date, Date)>,
    first: u32,
    last: u32,
    tail: Option<(Date, Date)>,
}

impl WholeMonths {
    /// `None` when `from..=to` holds no whole month of the years 1 to
    /// 9999 (month keys outside them are not unique: see `month_of`).
    fn within(from: Date, to: Date) -> Option<WholeMonths> {
        use chrono::{Datelike, NaiveDate};
        if from > to {
            return None;
        }
        let floor = NaiveDate::from_ymd_opt(1, 1, 1)?;
        let ceiling = NaiveDate::from_ymd_opt(9999, 12, 31)?;
        let start = from.0.max(floor);
        let end = to.0.min(ceiling);
        // The first day of the first whole month, and the last of the last.
        let first_day = if start.day() == 1 {
            start
        } else {
            first_of_next_month(start)?
        };
        let last_day = match end.succ_opt() {
            Some(next) if next.day() == 1 => end,
            _ => end.with_day(1)?.pred_opt()?,
        };
        if first_day > last_day {
            return None;
        }
        let head =
            (from.0 < first_day).then(|| (from, Date(first_day.pred_opt().unwrap_or(first_day))));
        let tail = (to.0 > last_day).then(|| (Date(last_day.succ_opt().unwrap_or(last_day)), to));
        Some(WholeMonths {
            head,
            first: super::monthly::month_of(Date(first_day)),
            last: super::monthly::month_of(Date(last_day)),
            tail,
        })
    }
}

fn first_of_next_month(d: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
    use chrono::Datelike;
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    chrono::NaiveDate::from_ymd_opt(y, m, 1)
}

fn add(out: &mut Tally, log: &IncomeLog, split: IncomeSplit) {
    use chrono::Datelike;
    let key = SumKey {
        household: if split.household { log.household.0 } else { 0 },
        month: if split.month {
            (log.date.0.year().max(0) as u32) * 100 + log.date.0.month()
        } else {
            0
        },
        group: split.group.then(|| log.group.clone()),
        currency: log.amount.currency,
    };
    let amount = i128::from(log.amount.minor);
    match log.flow {
        Flow::Income => out.add(key, amount, 0, 1),
        Flow::Expense => out.add(key, 0, amount, 1),
    }
}
