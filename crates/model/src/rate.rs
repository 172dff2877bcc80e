//! Exchange rates: what one unit of a currency is worth in the base
//! currency on a date. Reports convert a log with the newest rate on or
//! before its date (`convert`).

use super::{Currency, Date, Problem, Problems};
use kumban_i18n::{Localize, Message};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Decimal places a rate keeps: 1 LAK = 0.0000461 USD needs seven, and
/// twelve leave room for a rate worked out as 1 / 21,692.
pub const RATE_SCALE: u32 = 12;
const ONE: u64 = 10u64.pow(RATE_SCALE);

/// A rate as an exact decimal: an integer count of 10^-12 of the base
/// currency, so that sums never meet floating point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RateValue(pub u64);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RateError {
    #[error("enter what one unit is worth in the base currency, such as 0.0000461")]
    Empty,
    #[error("\"{0}\" is not a rate; write a decimal number such as 0.0000461 or 0.1389")]
    NotANumber(String),
    #[error("a rate must be more than zero; write what one unit is worth in the base currency")]
    NotPositive,
    #[error("use at most 12 decimal places, such as 0.000046082949")]
    TooManyDecimals,
    #[error("the rate is too large; one unit can be worth at most 18,000,000 of the base")]
    TooLarge,
}

impl Localize for RateError {
    fn message(&self) -> Message {
        match self {
            RateError::Empty => Message::new("err-rate-empty"),
            RateError::NotANumber(s) => {
                Message::new("err-rate-not-a-number").with("text", s.as_str())
            }
            RateError::NotPositive => Message::new("err-rate-not-positive"),
            RateError::TooManyDecimals => Message::new("err-rate-decimals"),
            RateError::TooLarge => Message::new("err-rate-too-large"),
        }
    }
}

impl RateValue {
    /// The base currency's own rate: one unit is one unit.
    pub const ONE: RateValue = RateValue(ONE);

    /// Parses `0.0000461`, `7.2`, `1,234.5`; refuses zero and negatives.
    pub fn parse(input: &str) -> Result<RateValue, RateError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(RateError::Empty);
        }
        let bad = || RateError::NotANumber(s.to_string());
        if let Some(rest) = s.strip_prefix('-') {
            // "-0" and "-0.5" are both refused as not more than zero, but
            // "-x" is still not a number.
            return match rest
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            {
                true if !rest.is_empty() => Err(RateError::NotPositive),
                _ => Err(bad()),
            };
        }
        let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
        let whole: String = whole.chars().filter(|c| *c != ',').collect();
        if (whole.is_empty() && frac.is_empty())
            || !whole.chars().all(|c| c.is_ascii_digit())
            || !frac.chars().all(|c| c.is_ascii_digit())
        {
            return Err(bad());
        }
        if frac.len() > RATE_SCALE as usize {
            return Err(RateError::TooManyDecimals);
        }
        let whole_value: u64 = match whole.is_empty() {
            true => 0,
            false => whole.parse().map_err(|_| RateError::TooLarge)?,
        };
        let frac_value: u64 = match frac.is_empty() {
            true => 0,
            false => {
                let padded = format!("{frac:0<width$}", width = RATE_SCALE as usize);
                padded.parse().map_err(|_| bad())?
            }
        };
        let value = whole_value
            .checked_mul(ONE)
            .and_then(|v| v.checked_add(frac_value))
            .ok_or(RateError::TooLarge)?;
        if value == 0 {
            return Err(RateError::NotPositive);
        }
        Ok(RateValue(value))
    }

    /// How many units one unit of the base buys, for people who think of
    /// rates the other way round ("21,692 LAK per USD"), to two places.
    pub fn per_base_text(self) -> String {
        if self.0 == 0 {
            return "-".into();
        }
        let hundredths = (u128::from(ONE) * 100 + u128::from(self.0) / 2) / u128::from(self.0);
        crate::money::format_wide_minor(i128::try_from(hundredths).unwrap_or(i128::MAX), true)
    }
}

impl fmt::Display for RateValue {
    /// The shortest exact decimal: `0.0000461`, `7.2`, `1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / ONE;
        let frac = self.0 % ONE;
        if frac == 0 {
            return write!(f, "{whole}");
        }
        let digits = format!("{frac:0width$}", width = RATE_SCALE as usize);
        write!(f, "{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// One unit of `currency` was worth `value` of `base` from `date` on
/// (until the next rate of the same currency).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeRate {
    pub date: Date,
    pub currency: Currency,
    pub value: RateValue,
    /// The currency reports convert through; one base for a database.
    pub base: Currency,
    /// Where the rate came from (a bank's board, a newspaper); may be empty.
    pub source: String,
}

/// The base currency of a database that has no rate yet.
pub const DEFAULT_BASE: Currency = Currency::Usd;

impl ExchangeRate {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.date("date", self.date);
        if self.currency == self.base {
            p.add(
                "currency",
                Message::new("err-rate-of-base").with("currency", self.base.to_string()),
            );
        }
        if self.value.0 == 0 {
            p.add("value", RateError::NotPositive.message());
        }
        p.text("source", &self.source, 120, false);
        p.0
    }

    /// Rates are the office's, not a village's: no month review locks them.
    pub fn facts(&self) -> Vec<crate::review::Fact> {
        Vec::new()
    }
}

crate::kind!(ExchangeRate: ExchangeRate, RateId, "exchange rate", |_me| crate::BelongsTo::Office);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> ExchangeRate {
        ExchangeRate {
            date: Date::from_ymd(2026, 1, 1).unwrap(),
            currency: Currency::Lak,
            value: RateValue::parse("0.0000461").unwrap(),
            base: Currency::Usd,
            source: "BCEL board".into(),
        }
    }

    #[test]
    fn rules() {
        assert!(sample().validate().is_empty());
        let mut r = sample();
        r.currency = Currency::Usd;
        r.value = RateValue(0);
        let m: Vec<String> = r.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            m,
            vec![
                "currency: USD is the base currency, always worth 1 USD; choose the currency this rate converts",
                "value: a rate must be more than zero; write what one unit is worth in the base currency",
            ]
        );
    }

    #[test]
    fn parses_and_prints_exactly() {
        assert_eq!(RateValue::parse("0.0000461"), Ok(RateValue(46_100_000)));
        assert_eq!(RateValue::parse("7.2").unwrap().to_string(), "7.2");
        assert_eq!(RateValue::parse("1").unwrap(), RateValue::ONE);
        assert_eq!(
            RateValue::parse("0.0000461").unwrap().to_string(),
            "0.0000461"
        );
        assert_eq!(
            RateValue::parse("0.0000461").unwrap().per_base_text(),
            "21,691.97"
        );
        assert_eq!(RateValue::parse("0"), Err(RateError::NotPositive));
        assert_eq!(RateValue::parse("0.000"), Err(RateError::NotPositive));
        assert_eq!(RateValue::parse("-0.5"), Err(RateError::NotPositive));
        assert_eq!(RateValue::parse(""), Err(RateError::Empty));
        assert_eq!(
            RateValue::parse("0.0000000000001"),
            Err(RateError::TooManyDecimals)
        );
        assert_eq!(
            RateValue::parse("abc"),
            Err(RateError::NotANumber("abc".into()))
        );
        assert_eq!(RateValue::parse("99999999"), Err(RateError::TooLarge));
    }

    proptest! {
        #[test]
        fn printing_then_parsing_gives_back_the_rate(v in 1u64..u64::MAX) {
            let r = RateValue(v);
            prop_assert_eq!(RateValue::parse(&r.to_string()), Ok(r));
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,30}") {
            let _ = RateValue::parse(&s);
        }
    }
}
