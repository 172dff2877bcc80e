//! Running income sums by month, household, production group and
//! currency, kept by every write in the same transaction as the logs (like
//! the dashboard's totals in `aggregate`, but in a tree of their own: the
//! dashboard reads all of its tree, and this one holds a row per household
//! and month). A report of a district's year then reads some thousands of
//! rows in key order instead of fetching 200,000 logs one by one.
//!
//! Beside each household's months it keeps its year (month 0 of the year,
//! `year * 100`), so a year's report reads one row per household instead
//! of twelve.
//!
//! Key: month (`year * 100 + month`, 4 bytes) · household id (8 bytes, 0
//! for the sum over every household) · currency (1 byte, its place in
//! `Currency::ALL`) · group name. Value: income, expense (16 bytes each,
//! minor units) and the number of logs (8 bytes), big-endian.

use super::Local;
use super::error::{Result, StoreError};
use super::kinds::StoreKind;
use super::schema::Tree;
use super::write::Step;
use kumban_model::*;
use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use std::collections::BTreeMap;

mod read;
pub(crate) use read::add_months;

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

/// The month key of a whole year's row: month 0 of the year. It sorts
/// before the year's months, and no date has it.
pub(crate) fn year_row(month: u32) -> u32 {
    month - month % 100
}

pub(crate) fn is_year_row(month: u32) -> bool {
    month.is_multiple_of(100)
}

/// What one record adds to the rows, counted `sign` times: its own
/// household's month and year, and those of every household.
fn contribution(record: &AnyRecord, out: &mut MonthDeltas, sign: i64) {
    let mut add = |cell: Cell, f: Figures| {
        let year = Cell {
            month: year_row(cell.month),
            ..cell.clone()
        };
        let every = |c: &Cell| Cell {
            household: EVERY_HOUSEHOLD,
            ..c.clone()
        };
        for c in [every(&cell), every(&year), cell, year] {
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

/// Adds the year rows that schema 2 did not keep, summed from the month
/// rows: no log is read. Year rows already there (a run cut short) are
/// removed first, so running it again gives the same rows.
pub(crate) fn add_year_rows(store: &Local) -> Result<()> {
    let tree = store.tree(Tree::IncomeMonths)?;
    let mut years = MonthDeltas::new();
    let mut stale = Vec::new();
    for item in tree.iter() {
        let (k, v) = item?;
        let mut cell = Cell::decode(&k).ok_or_else(|| damaged(&k))?;
        if is_year_row(cell.month) {
            stale.push(k);
            continue;
        }
        let f = Figures::decode(&v).ok_or_else(|| damaged(&k))?;
        cell.month = year_row(cell.month);
        let row = years.entry(cell.key()).or_default();
        *row = row.plus(f).ok_or_else(|| damaged(&k))?;
    }
    let mut batch = sled::Batch::default();
    for k in stale {
        batch.remove(k);
    }
    tree.apply_batch(batch)?;
    for slice in years.into_iter().collect::<Vec<_>>().chunks(REWRITE_BATCH) {
        let mut batch = sled::Batch::default();
        for (key, f) in slice {
            batch.insert(key.as_slice(), f.encode().to_vec());
        }
        tree.apply_batch(batch)?;
        store.flush()?;
    }
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
    let when = match is_year_row(cell.month) {
        true => format!("{} (the year)", cell.month / 100),
        false => format!("{}-{:02}", cell.month / 100, cell.month % 100),
    };
    format!("income sum {when} {whose} {} {}", cell.group, cell.currency)
}

fn differ(kept: &Figures, count: &Figures) -> String {
    format!(
        "kept as income {} expense {} in {} logs but the logs add up to income {} expense {} in {} logs",
        kept.income, kept.expense, kept.logs, count.income, count.expense, count.logs
    )
}

pub(crate) fn damaged(key: &[u8]) -> StoreError {
    StoreError::Corrupt {
        place: format!("income sums row of {} key bytes", key.len()),
        reason: "it does not decode; run kumban check".into(),
    }
}
