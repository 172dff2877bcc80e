//! Running income sums by month, household, production group and
//! currency, kept by every write in the same transaction as the logs (like
//! the dashboard's totals in `aggregate`, but in a tree of their own: the
//! dashboard reads all of its tree, and this one holds a row per household
//! and month). A report of a district's year then reads some thousands of
//! rows in key order instead of fetching 200,000 logs one by one.
//!
//! Key: month (`year * 100 + month`, 4 bytes) · household id (8 bytes, 0
//! for the sum over every household) · currency (1 byte, its place in
//! `Currency::ALL`) · group name. Value: income, expense (16 bytes each,
//! minor units) and the number of logs (8 bytes), big-endian.

use super::Local;
use super::error::{Result, StoreError};
use super::kinds::StoreKind;
use super::schema::Tree;
use super::sums::{IncomeSplit, Sum, SumKey};
use super::write::Step;
use kumban_model::*;
use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use std::collections::BTreeMap;

/// The household id of the rows summed over every household (ids start
/// at 1, so it names none).
const EVERY_HOUSEHOLD: u64 = 0;

/// Mismatches `check` lists one by one before it only counts the rest.
const SHOWN_MISMATCHES: usize = 20;

/// One row of the sums: what it is of.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cell {
    pub month: u32,
    pub household: u64,
    pub currency: Currency,
    pub group: Group,
}

/// What a row holds, or a change to it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    pub income: i128,
    pub expense: i128,
    pub logs: i64,
}

/// Changes to rows, by encoded key.
pub(crate) type MonthDeltas = BTreeMap<Vec<u8>, Figures>;

/// The month key of a date, as `SumKey::month` has it.
pub fn month_of(date: Date) -> u32 {
    use chrono::Datelike;
    (date.0.year().max(0) as u32) * 100 + date.0.month()
}

impl Figures {
    fn is_zero(&self) -> bool {
        *self == Figures::default()
    }

    fn plus(self, other: Figures) -> Option<Figures> {
        Some(Figures {
            income: self.income.checked_add(other.income)?,
            expense: self.expense.checked_add(other.expense)?,
            logs: self.logs.checked_add(other.logs)?,
        })
    }

    pub(crate) fn encode(&self) -> [u8; 40] {
        let mut v = [0u8; 40];
        v[..16].copy_from_slice(&self.income.to_be_bytes());
        v[16..32].copy_from_slice(&self.expense.to_be_bytes());
        v[32..].copy_from_slice(&self.logs.to_be_bytes());
        v
    }

    fn decode(v: &[u8]) -> Option<Figures> {
        Some(Figures {
            income: i128::from_be_bytes(v.get(..16)?.try_into().ok()?),
            expense: i128::from_be_bytes(v.get(16..32)?.try_into().ok()?),
            logs: i64::from_be_bytes(v.get(32..)?.try_into().ok()?),
        })
    }
}

impl Cell {
    fn key(&self) -> Vec<u8> {
        let mut k = Vec::with_capacity(13 + self.group.as_str().len());
        k.extend_from_slice(&self.month.to_be_bytes());
        k.extend_from_slice(&self.household.to_be_bytes());
        k.push(currency_byte(self.currency));
        k.extend_from_slice(self.group.as_str().as_bytes());
        k
    }

    fn decode(k: &[u8]) -> Option<Cell> {
        let currency = *Currency::ALL.get(usize::from(*k.get(12)?))?;
        Some(Cell {
            month: u32::from_be_bytes(k.get(..4)?.try_into().ok()?),
            household: u64::from_be_bytes(k.get(4..12)?.try_into().ok()?),
            currency,
            group: Group::parse(std::str::from_utf8(k.get(13..)?).ok()?).ok()?,
        })
    }
}

/// A row's key without its group.
struct Head {
    month: u32,
    household: u64,
    currency: Currency,
}

impl Head {
    fn decode(k: &[u8]) -> Option<Head> {
        Some(Head {
            month: u32::from_be_bytes(k.get(..4)?.try_into().ok()?),
            household: u64::from_be_bytes(k.get(4..12)?.try_into().ok()?),
            currency: *Currency::ALL.get(usize::from(*k.get(12)?))?,
        })
    }
}

fn currency_byte(c: Currency) -> u8 {
    Currency::ALL.iter().position(|x| *x == c).unwrap_or(0) as u8
}

/// What one record adds to the rows, counted `sign` times: its own
/// household's row and the row of every household.
fn contribution(record: &AnyRecord, out: &mut MonthDeltas, sign: i64) {
    let mut add = |cell: Cell, f: Figures| {
        let every = Cell {
            household: EVERY_HOUSEHOLD,
            ..cell.clone()
        };
        for c in [cell, every] {
            let row = out.entry(c.key()).or_default();
            row.income += f.income * i128::from(sign);
            row.expense += f.expense * i128::from(sign);
            row.logs += f.logs * sign;
        }
    };
    for_record!(record, r => r.month_sums(&mut add))
}

/// What an income log adds: its amount on its flow's side, and one log.
pub(crate) fn of_log(log: &IncomeLog, add: &mut dyn FnMut(Cell, Figures)) {
    let minor = i128::from(log.amount.minor);
    let (income, expense) = match log.flow {
        Flow::Income => (minor, 0),
        Flow::Expense => (0, minor),
    };
    add(
        Cell {
            month: month_of(log.date),
            household: log.household.0,
            currency: log.amount.currency,
            group: log.group.clone(),
        },
        Figures {
            income,
            expense,
            logs: 1,
        },
    );
}

/// The change to the rows that `steps` make, zero changes dropped.
pub(crate) fn deltas(steps: &[Step]) -> MonthDeltas {
    let mut out = MonthDeltas::new();
    for s in steps {
        if let Some(b) = &s.before {
            contribution(&b.record, &mut out, -1);
        }
        if let Some(a) = &s.after {
            contribution(a, &mut out, 1);
        }
    }
    out.retain(|_, f| !f.is_zero());
    out
}

/// Adds `deltas` to the rows, inside the write's transaction; a row that
/// comes to nothing is removed.
pub(crate) fn apply(
    tree: &TransactionalTree,
    deltas: &MonthDeltas,
) -> std::result::Result<(), ConflictableTransactionError<String>> {
    for (key, delta) in deltas {
        // A damaged row counts as empty here, as a damaged total does;
        // `check` reports it.
        let old = tree
            .get(key)?
            .and_then(|v| Figures::decode(&v))
            .unwrap_or_default();
        let Some(new) = old.plus(*delta) else {
            return Err(ConflictableTransactionError::Abort(
                "a monthly income sum would overflow".into(),
            ));
        };
        if new.is_zero() {
            tree.remove(key.as_slice())?;
        } else {
            tree.insert(key.as_slice(), new.encode().as_slice())?;
        }
    }
    Ok(())
}

/// The rows recounted from every income log. Logs that do not decode are
/// skipped here; `check` reports them.
pub(crate) fn recount(store: &Local) -> MonthDeltas {
    let mut out = MonthDeltas::new();
    for log in store.all::<IncomeLog>().flatten() {
        contribution(&log.record.into(), &mut out, 1);
    }
    out.retain(|_, f| !f.is_zero());
    out
}

/// Rows written per batch by `rewrite`: sled holds a whole batch in
/// memory several times over (a district's 800,000 rows in one batch took
/// 4.6 GB), so the rows go in slices of a few MB.
const REWRITE_BATCH: usize = 20_000;

/// Replaces the rows with a recount from the logs. Not one transaction:
/// the caller (a migration, a rebuild) runs it again from the start if
/// it is cut short, and it first removes every row there is.
pub(crate) fn rewrite(store: &Local) -> Result<()> {
    let counted = recount(store);
    let tree = store.tree(Tree::IncomeMonths)?;
    tree.clear()?;
    let mut batch = sled::Batch::default();
    let mut in_batch = 0;
    for (key, f) in counted {
        batch.insert(key, f.encode().to_vec());
        in_batch += 1;
        if in_batch == REWRITE_BATCH {
            tree.apply_batch(std::mem::take(&mut batch))?;
            // sled holds written pages until a flush: let them go.
            store.flush()?;
            in_batch = 0;
        }
    }
    tree.apply_batch(batch)?;
    store.flush()
}

/// The rows against a recount: one line per row that differs (the first
/// few, then how many more).
pub(crate) fn mismatches(store: &Local) -> Result<Vec<(String, String)>> {
    let mut counted = recount(store);
    let mut out = Vec::new();
    let mut more = 0usize;
    let mut say = |place: String, message: String| {
        if out.len() < SHOWN_MISMATCHES {
            out.push((place, message));
        } else {
            more += 1;
        }
    };
    for item in store.tree(Tree::IncomeMonths)?.iter() {
        let (k, v) = item?;
        let kept = Figures::decode(&v);
        let count = counted.remove(k.as_ref()).unwrap_or_default();
        match (Cell::decode(&k), kept) {
            (Some(_), Some(kept)) if kept == count => {}
            (Some(cell), Some(kept)) => say(place(&cell), differ(&kept, &count)),
            (cell, _) => say(
                cell.map_or_else(|| "income sums".to_string(), |c| place(&c)),
                format!(
                    "a row of {} key and {} value bytes that does not decode",
                    k.len(),
                    v.len()
                ),
            ),
        }
    }
    for (k, count) in counted {
        let at = Cell::decode(&k).map_or_else(|| "income sums".to_string(), |c| place(&c));
        say(at, differ(&Figures::default(), &count));
    }
    if more > 0 {
        out.push((
            "income sums".to_string(),
            format!("{more} more rows differ from the logs"),
        ));
    }
    Ok(out)
}

fn place(cell: &Cell) -> String {
    let whose = if cell.household == EVERY_HOUSEHOLD {
        "every household".to_string()
    } else {
        format!("household {}", cell.household)
    };
    format!(
        "income sum {}-{:02} {whose} {} {}",
        cell.month / 100,
        cell.month % 100,
        cell.group,
        cell.currency
    )
}

fn differ(kept: &Figures, count: &Figures) -> String {
    format!(
        "kept as income {} expense {} in {} logs but the logs add up to income {} expense {} in {} logs",
        kept.income, kept.expense, kept.logs, count.income, count.expense, count.logs
    )
}

/// Adds the rows of the months `first..=last` (month keys) to `out`, as
/// `split` asks: with households, their own rows; without, the rows of
/// every household, found by jumping from month to month.
pub(crate) fn add_months(
    store: &Local,
    first: u32,
    last: u32,
    split: IncomeSplit,
    out: &mut BTreeMap<SumKey, Sum>,
) -> Result<()> {
    let tree = store.tree(Tree::IncomeMonths)?;
    let end = last.saturating_add(1).to_be_bytes();
    let mut from = first.to_be_bytes().to_vec();
    'months: loop {
        for item in tree.range(from.as_slice()..end.as_slice()) {
            let (k, v) = item?;
            // The group's name is parsed only when the sums are split by
            // it: most rows of a household report need only the numbers.
            let cell = Head::decode(&k).ok_or_else(|| damaged(&k))?;
            let every = cell.household == EVERY_HOUSEHOLD;
            if every == split.household {
                if !split.household {
                    // This month's rows of every household are read: go
                    // on to the next month.
                    from = cell.month.saturating_add(1).to_be_bytes().to_vec();
                    if cell.month >= last {
                        break 'months;
                    }
                    continue 'months;
                }
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
            let sum = out.entry(key).or_default();
            sum.income += f.income;
            sum.expense += f.expense;
            sum.logs += u64::try_from(f.logs).map_err(|_| damaged(&k))?;
        }
        break;
    }
    Ok(())
}

fn damaged(key: &[u8]) -> StoreError {
    StoreError::Corrupt {
        place: format!("income sums row of {} key bytes", key.len()),
        reason: "it does not decode; run kumban check".into(),
    }
}
