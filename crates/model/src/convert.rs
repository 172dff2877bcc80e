//! Converting money between currencies with the rates a database keeps.
//!
//! An amount converts with the newest rate on or before its date: from
//! its currency into the base with its currency's rate, then from the
//! base into the target with the target's rate (when the target is not
//! the base). An amount with no usable rate is never guessed: the caller
//! gets `NoRate`, which says which rate is missing, and keeps it apart.

use crate::rate::{ExchangeRate, RateValue};
use crate::{Currency, Date};
use std::collections::BTreeMap;
use std::fmt;

/// Every rate of a database, by currency, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RateBook {
    base: Option<Currency>,
    rates: BTreeMap<Currency, BTreeMap<Date, RateValue>>,
}

/// Why an amount could not be converted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoRate {
    /// `currency` has no rate on or before the amount's date; its first
    /// rate (if it has any) is dated `first`.
    Missing {
        currency: Currency,
        first: Option<Date>,
    },
    /// The converted amount does not fit in 128 bits.
    TooLarge,
}

impl fmt::Display for NoRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoRate::Missing {
                currency,
                first: Some(first),
            } => write!(f, "no rate for {currency} before {first}"),
            NoRate::Missing {
                currency,
                first: None,
            } => write!(f, "no rate for {currency}"),
            NoRate::TooLarge => f.write_str("too large to convert"),
        }
    }
}

impl RateBook {
    /// The book of these rates. Their base is the first rate's (the store
    /// refuses rates of another base); with no rate it is `DEFAULT_BASE`.
    pub fn new<'a>(rates: impl IntoIterator<Item = &'a ExchangeRate>) -> RateBook {
        let mut book = RateBook::default();
        for r in rates {
            book.base.get_or_insert(r.base);
            book.rates
                .entry(r.currency)
                .or_default()
                .insert(r.date, r.value);
        }
        book
    }

    pub fn base(&self) -> Currency {
        self.base.unwrap_or(crate::rate::DEFAULT_BASE)
    }

    /// The newest rate of `currency` on or before `on`; the base is
    /// always worth one.
    pub fn rate_on(&self, currency: Currency, on: Date) -> Result<RateValue, NoRate> {
        if currency == self.base() {
            return Ok(RateValue::ONE);
        }
        let dated = self.rates.get(&currency);
        dated
            .and_then(|d| d.range(..=on).next_back())
            .map(|(_, v)| *v)
            .ok_or(NoRate::Missing {
                currency,
                first: dated.and_then(|d| d.keys().next().copied()),
            })
    }

    /// The days in `from..=to` after `from` on which the rate of
    /// `currency` changes: a sum over `from..=to` converts with one rate
    /// only if this is empty.
    pub fn changes_after(&self, currency: Currency, from: Date, to: Date) -> Vec<Date> {
        if currency == self.base() || to <= from {
            return Vec::new();
        }
        self.rates.get(&currency).map_or_else(Vec::new, |d| {
            d.range(from..=to)
                .map(|(on, _)| *on)
                .filter(|on| *on > from)
                .collect()
        })
    }

    /// `minor` units of `from` on `on`, in minor units of `to`, rounded
    /// half away from zero.
    pub fn convert(
        &self,
        minor: i128,
        from: Currency,
        on: Date,
        to: Currency,
    ) -> Result<i128, NoRate> {
        if from == to {
            return Ok(minor);
        }
        let into_base = self.rate_on(from, on)?;
        let target = self.rate_on(to, on)?;
        let numerator = minor
            .checked_mul(i128::from(into_base.0))
            .ok_or(NoRate::TooLarge)?;
        Ok(divide_rounded(numerator, i128::from(target.0)))
    }
}

/// `n / d` rounded half away from zero (`d` > 0).
fn divide_rounded(n: i128, d: i128) -> i128 {
    let q = n / d;
    let r = n % d;
    if r.unsigned_abs() * 2 >= d.unsigned_abs() {
        q + n.signum()
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(m: u32, d: u32) -> Date {
        Date::from_ymd(2026, m, d).unwrap()
    }

    fn rate(on: Date, currency: Currency, value: &str) -> ExchangeRate {
        ExchangeRate {
            date: on,
            currency,
            value: RateValue::parse(value).unwrap(),
            base: Currency::Usd,
            source: String::new(),
        }
    }

    fn book() -> RateBook {
        RateBook::new(&[
            rate(day(1, 1), Currency::Lak, "0.00005"),
            rate(day(1, 15), Currency::Lak, "0.0000625"),
            rate(day(1, 1), Currency::Thb, "0.03125"),
        ])
    }

    #[test]
    fn the_newest_rate_on_or_before_the_date_converts() {
        let b = book();
        // 2,000,000 LAK at 0.00005 = 100 USD; at 0.0000625 = 125 USD.
        let lak = 200_000_000;
        assert_eq!(
            b.convert(lak, Currency::Lak, day(1, 14), Currency::Usd),
            Ok(10_000)
        );
        assert_eq!(
            b.convert(lak, Currency::Lak, day(1, 15), Currency::Usd),
            Ok(12_500)
        );
        // Through the base: 100 USD at 0.03125 = 3,200 THB.
        assert_eq!(
            b.convert(lak, Currency::Lak, day(1, 2), Currency::Thb),
            Ok(320_000)
        );
        assert_eq!(b.convert(5, Currency::Usd, day(1, 2), Currency::Usd), Ok(5));
    }

    #[test]
    fn a_missing_rate_is_named_never_guessed() {
        let b = book();
        let before = b.convert(
            100,
            Currency::Lak,
            Date::from_ymd(2025, 12, 31).unwrap(),
            Currency::Usd,
        );
        assert_eq!(
            before.unwrap_err().to_string(),
            "no rate for LAK before 2026-01-01"
        );
        let none = b.convert(100, Currency::Cny, day(3, 1), Currency::Usd);
        assert_eq!(none.unwrap_err().to_string(), "no rate for CNY");
        let target = b.convert(100, Currency::Usd, day(3, 1), Currency::Cny);
        assert_eq!(target.unwrap_err().to_string(), "no rate for CNY");
    }

    #[test]
    fn changes_inside_a_span_are_listed() {
        let b = book();
        assert_eq!(
            b.changes_after(Currency::Lak, day(1, 1), day(1, 31)),
            vec![day(1, 15)]
        );
        assert_eq!(
            b.changes_after(Currency::Lak, day(1, 15), day(1, 31)),
            vec![]
        );
        assert_eq!(
            b.changes_after(Currency::Usd, day(1, 1), day(1, 31)),
            vec![]
        );
        assert_eq!(RateBook::default().base(), Currency::Usd);
    }

    proptest! {
        #[test]
        fn converting_into_the_base_and_back_loses_at_most_rounding(
            minor in -1_000_000_000_000i128..1_000_000_000_000i128,
            value in 1u64..2_000_000_000_000u64,
        ) {
            let b = RateBook::new(&[ExchangeRate {
                date: day(1, 1),
                currency: Currency::Cny,
                value: RateValue(value),
                base: Currency::Usd,
                source: String::new(),
            }]);
            let usd = b.convert(minor, Currency::Cny, day(6, 1), Currency::Usd).unwrap();
            // Exact: minor * value / 10^12, rounded half away from zero.
            let exact = minor * i128::from(value);
            let one = 1_000_000_000_000i128;
            prop_assert!((usd * one - exact).abs() * 2 <= one);
            // Sums convert like their parts, within one rounding each.
            let half = b.convert(minor / 2, Currency::Cny, day(6, 1), Currency::Usd).unwrap();
            let rest = b.convert(minor - minor / 2, Currency::Cny, day(6, 1), Currency::Usd).unwrap();
            prop_assert!((half + rest - usd).abs() <= 1);
            // Never converted before the first rate.
            let early = b.convert(minor, Currency::Cny, Date::from_ymd(2025, 12, 31).unwrap(), Currency::Usd);
            prop_assert!(early.is_err(), "converted before the first rate");
        }

        #[test]
        fn the_rate_used_is_the_newest_on_or_before(days in proptest::collection::btree_set(0i32..400, 1..8), probe in 0i32..420) {
            let start = day(1, 1).day_number();
            let dated: Vec<ExchangeRate> = days.iter().map(|d| {
                let on = Date::from_day_number(start + d).unwrap();
                ExchangeRate { date: on, currency: Currency::Thb, value: RateValue(u64::try_from(*d).unwrap() + 1), base: Currency::Usd, source: String::new() }
            }).collect();
            let b = RateBook::new(&dated);
            let on = Date::from_day_number(start + probe).unwrap();
            let expected = days.iter().rev().find(|d| **d <= probe).map(|d| RateValue(u64::try_from(*d).unwrap() + 1));
            prop_assert_eq!(b.rate_on(Currency::Thb, on).ok(), expected);
        }
    }
}
