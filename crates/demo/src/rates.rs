//! Monthly exchange rates for the demonstration data: kip, yuan and baht
//! against the dollar on the first of every month from January of
//! `first_year` to today's month. The figures drift the way the market
//! did in 2024-2026: the kip weakening from about 21,000 to 22,000 a
//! dollar through 2025-2026, the yuan between 7.1 and 7.3, the baht
//! between 32 and 36. Deterministic: no randomness, no clock.

use super::date;
use kumban_model::*;
use kumban_store::{Batch, StoreError};

/// A small seasonal wave, in thousandths of its swing, by month.
const WAVE: [i64; 12] = [0, 300, 600, 900, 500, 0, -400, -800, -1000, -600, -100, 300];

/// Units of `currency` one dollar buys in month `index` (months since
/// January 2025, negative before), in thousandths.
fn per_dollar_milli(currency: Currency, index: i64) -> i64 {
    let wave = WAVE[index.rem_euclid(12) as usize];
    match currency {
        // 21,000 in January 2025, 42 more each month, +-150 with the season.
        Currency::Lak => (21_000 + 42 * index) * 1_000 + wave * 150,
        // 7.20 +-0.08.
        Currency::Cny => 7_200 + wave * 8 / 100,
        // 34.0 +-1.8.
        Currency::Thb => 34_000 + wave * 18 / 10,
        Currency::Usd => 1_000,
    }
}

/// One unit's worth in dollars: 1 / per-dollar, to twelve places.
fn value(per_dollar_milli: i64) -> RateValue {
    let one = 10u128.pow(rate::RATE_SCALE) * 1_000;
    let per = u128::try_from(per_dollar_milli.max(1)).unwrap_or(1);
    RateValue(u64::try_from((one + per / 2) / per).unwrap_or(u64::MAX))
}

/// Inserts the rates; returns how many.
pub fn monthly(b: &mut Batch<'_>, first_year: i32, today: Date) -> Result<usize, StoreError> {
    let mut n = 0;
    for year in first_year..=today.year() {
        for month in 1..=12u32 {
            let on = date(year, month, 1);
            if on > today {
                return Ok(n);
            }
            let index = i64::from(year - 2025) * 12 + i64::from(month) - 1;
            for currency in [Currency::Lak, Currency::Cny, Currency::Thb] {
                b.insert(ExchangeRate {
                    date: on,
                    currency,
                    value: value(per_dollar_milli(currency, index)),
                    base: Currency::Usd,
                    source: "BCEL board (demo)".into(),
                })?;
                n += 1;
            }
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_stay_in_the_ranges_of_2025_and_2026() {
        for index in 0..24 {
            let lak = per_dollar_milli(Currency::Lak, index);
            assert!((20_800_000..=22_200_000).contains(&lak), "{index}: {lak}");
            let cny = per_dollar_milli(Currency::Cny, index);
            assert!((7_100..=7_300).contains(&cny), "{index}: {cny}");
            let thb = per_dollar_milli(Currency::Thb, index);
            assert!((32_000..=36_000).contains(&thb), "{index}: {thb}");
        }
        // 21,000 kip a dollar: one kip is 0.000047619048 dollars.
        assert_eq!(value(21_000_000).to_string(), "0.000047619048");
        assert_eq!(value(7_200).per_base_text(), "7.20");
    }
}
