//! `--currency`: the income sums of a span in one currency, with what
//! cannot be converted kept apart, never dropped or guessed.
//!
//! The store sums logs, it does not convert them; conversion needs each
//! log's date only to the extent that the rate changes. So the sums are
//! asked for by month, and a month in which a rate in use changes after
//! its first day (or its first rate starts) is asked for again in day
//! spans between the changes: inside each span every rate is constant,
//! and a sum converts exactly as its logs one by one would (up to the
//! rounding of the sum to the cent).

use super::span::month_end;
use kumban_model::{Currency, Date, ExchangeRate, NoRate, RateBook};
use kumban_store::sums::{IncomeSplit, Sum, SumKey};
use kumban_store::{Store, StoreError};
use std::collections::{BTreeMap, BTreeSet};

/// The currency to report in, and the rates to get there.
#[derive(Debug, Clone)]
pub struct Conversion {
    pub target: Currency,
    pub book: RateBook,
}

impl Conversion {
    /// The database's rates, for reporting in `target`.
    pub fn load(store: &Store, target: Currency) -> Result<Conversion, StoreError> {
        let mut rates = Vec::new();
        for r in store.all::<ExchangeRate>() {
            rates.push(r?.record);
        }
        Ok(Conversion {
            target,
            book: RateBook::new(&rates),
        })
    }
}

/// A span's sums: in the target currency when converting (otherwise
/// as stored), and, apart, those that could not be converted, in their
/// own currency, with why.
#[derive(Debug, Default)]
pub struct Sums {
    pub sums: Vec<(SumKey, Sum)>,
    pub apart: Vec<(SumKey, Sum)>,
    /// Why each currency's amounts apart were not converted.
    pub reasons: BTreeMap<Currency, BTreeSet<NoRate>>,
}

/// Why an amount was not converted, to be said in the reader's language.
pub fn why(no_rate: NoRate) -> super::Words {
    use super::Words;
    match no_rate {
        NoRate::Missing {
            currency,
            first: Some(first),
        } => Words::new("report-no-rate-before")
            .text("currency", currency.code())
            .text("first", first.to_string()),
        NoRate::Missing {
            currency,
            first: None,
        } => Words::new("report-no-rate").text("currency", currency.code()),
        NoRate::TooLarge => Words::new("report-too-large"),
    }
}

/// The logs dated `from..=to`, summed as `split` asks, converted when
/// `conversion` is given.
pub fn sums(
    store: &Store,
    from: Date,
    to: Date,
    split: IncomeSplit,
    conversion: Option<&Conversion>,
) -> Result<Sums, StoreError> {
    let Some(conv) = conversion else {
        return Ok(Sums {
            sums: store.income_sums(from, to, split)?,
            ..Sums::default()
        });
    };
    let by_month = IncomeSplit {
        month: true,
        ..split
    };
    let mut pieces: Vec<(Date, SumKey, Sum)> = Vec::new();
    let mut months: BTreeMap<u32, Vec<(SumKey, Sum)>> = BTreeMap::new();
    for (key, sum) in store.income_sums(from, to, by_month)? {
        months.entry(key.month).or_default().push((key, sum));
    }
    for (month, entries) in months {
        let (start, end) = month_bounds(month, from, to);
        let mut changes: BTreeSet<Date> = BTreeSet::new();
        for (key, _) in &entries {
            if key.currency != conv.target {
                changes.extend(conv.book.changes_after(key.currency, start, end));
                changes.extend(conv.book.changes_after(conv.target, start, end));
            }
        }
        if changes.is_empty() {
            pieces.extend(entries.into_iter().map(|(k, s)| (start, k, s)));
            continue;
        }
        // A rate changes inside the month: ask again, span by span.
        let mut starts: Vec<Date> = vec![start];
        starts.extend(changes);
        for (i, piece_from) in starts.iter().enumerate() {
            let piece_to = match starts.get(i + 1).and_then(|next| next.minus_days(1)) {
                Some(day) => day,
                None => end,
            };
            for (key, sum) in store.income_sums(*piece_from, piece_to, by_month)? {
                pieces.push((*piece_from, key, sum));
            }
        }
    }
    let mut converted: BTreeMap<SumKey, Sum> = BTreeMap::new();
    let mut apart: BTreeMap<SumKey, Sum> = BTreeMap::new();
    let mut reasons: BTreeMap<Currency, BTreeSet<NoRate>> = BTreeMap::new();
    for (on, mut key, sum) in pieces {
        if !split.month {
            key.month = 0;
        }
        let currency = key.currency;
        let income = conv.book.convert(sum.income, currency, on, conv.target);
        let expense = conv.book.convert(sum.expense, currency, on, conv.target);
        match (income, expense) {
            (Ok(income), Ok(expense)) => {
                key.currency = conv.target;
                add(&mut converted, key, income, expense, sum.logs);
            }
            (Err(why), _) | (_, Err(why)) => {
                reasons.entry(currency).or_default().insert(why);
                add(&mut apart, key, sum.income, sum.expense, sum.logs);
            }
        }
    }
    Ok(Sums {
        sums: converted.into_iter().collect(),
        apart: apart.into_iter().collect(),
        reasons,
    })
}

fn add(into: &mut BTreeMap<SumKey, Sum>, key: SumKey, income: i128, expense: i128, logs: u64) {
    let s = into.entry(key).or_default();
    s.income += income;
    s.expense += expense;
    s.logs += logs;
}

/// The days of month `yyyymm` inside `from..=to`.
fn month_bounds(month: u32, from: Date, to: Date) -> (Date, Date) {
    let (y, m) = (i32::try_from(month / 100).unwrap_or(0), month % 100);
    let first = Date::from_ymd(y, m, 1).unwrap_or(from).max(from);
    let last = month_end(y, m).unwrap_or(to).min(to);
    (first, last)
}
