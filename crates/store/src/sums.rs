//! Sums of income logs over a span of dates, worked out where the records
//! are: a report of a district's year reads some 200,000 logs, and through
//! an owner only the sums (one row per household, month or group) cross
//! the socket, never the logs themselves.

use super::Local;
use super::error::Result;
use kumban_model::{Currency, Date, Flow, Group, IncomeLog};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    pub fn income_sums(&self, from: Date, to: Date, split: IncomeSplit) -> Result<IncomeSums> {
        let mut out: BTreeMap<SumKey, Sum> = BTreeMap::new();
        for log in self.income_between(from, to)? {
            add(&mut out, &log.record, split);
        }
        Ok(out.into_iter().collect())
    }
}

fn add(out: &mut BTreeMap<SumKey, Sum>, log: &IncomeLog, split: IncomeSplit) {
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
    let sum = out.entry(key).or_default();
    match log.flow {
        Flow::Income => sum.income += i128::from(log.amount.minor),
        Flow::Expense => sum.expense += i128::from(log.amount.minor),
    }
    sum.logs += 1;
}
