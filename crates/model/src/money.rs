//! Exact money: integer minor units and a currency. No floating point.

use kumban_i18n::{Localize, Message};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Currency {
    Lak,
    Usd,
    Cny,
    Thb,
}

impl Currency {
    pub const ALL: [Currency; 4] = [Currency::Lak, Currency::Usd, Currency::Cny, Currency::Thb];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Lak => "LAK",
            Currency::Usd => "USD",
            Currency::Cny => "CNY",
            Currency::Thb => "THB",
        }
    }

    /// A code (`LAK`, any case) or a word or sign people write for it
    /// (`kip`, `₭`, `ກີບ`, `$`, `元`, `฿` ...).
    pub fn parse(s: &str) -> Option<Currency> {
        crate::input::words::currency(s)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Every currency kumban knows is kept with two decimal places (ISO 4217).
pub const MINOR_PER_MAJOR: i64 = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Amount in hundredths of the currency's major unit.
    pub minor: i64,
    pub currency: Currency,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("enter an amount, such as 800 or 800.50 USD")]
    Empty,
    #[error("\"{0}\" is not an amount; write digits such as 1,200,000 or 800.50")]
    NotANumber(String),
    #[error("use at most two decimal places, such as 800.50")]
    TooManyDecimals,
    #[error("the amount is too large; the largest kumban keeps is 92,233,720,368,547,758.07")]
    TooLarge,
    #[error("\"{0}\" is not a currency kumban knows; use LAK, USD, CNY or THB")]
    UnknownCurrency(String),
    #[error("{0} and {1} are two currencies; write one")]
    TwoCurrencies(String, String),
    #[error(
        "\"{input}\" is unclear: write {thousands} if you mean thousands, or {decimal} for a decimal (a dot is the decimal point)"
    )]
    Unclear {
        input: String,
        thousands: String,
        decimal: String,
    },
}

impl Localize for MoneyError {
    fn message(&self) -> Message {
        match self {
            MoneyError::Empty => Message::new("err-amount-empty"),
            MoneyError::NotANumber(s) => {
                Message::new("err-amount-not-a-number").with("text", s.as_str())
            }
            MoneyError::TooManyDecimals => Message::new("err-amount-decimals"),
            MoneyError::TooLarge => Message::new("err-amount-too-large"),
            MoneyError::UnknownCurrency(s) => {
                Message::new("err-currency-unknown").with("text", s.as_str())
            }
            MoneyError::TwoCurrencies(a, b) => Message::new("err-two-currencies")
                .with("first", a.as_str())
                .with("second", b.as_str()),
            MoneyError::Unclear {
                input,
                thousands,
                decimal,
            } => Message::new("err-amount-unclear")
                .with("text", input.as_str())
                .with("thousands", thousands.as_str())
                .with("decimal", decimal.as_str()),
        }
    }
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    pub fn from_major(major: i64, currency: Currency) -> Money {
        Money::new(major.saturating_mul(MINOR_PER_MAJOR), currency)
    }

    /// Parses an amount as people write it (see `input::amount`): `800`,
    /// `800.50 USD`, `USD 800.50`, `1 200 000 ກີບ`, `₭1,200,000`, `-25`.
    /// The currency defaults to `default` when none is written.
    pub fn parse(input: &str, default: Currency) -> Result<Money, MoneyError> {
        crate::input::amount::parse(input, default)
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Money::new(
            self.minor.checked_add(other.minor)?,
            self.currency,
        ))
    }

    /// The amount alone, with thousands separators: `1,200,000.00`.
    pub fn amount_text(&self) -> String {
        format_minor(self.minor, true)
    }

    /// The amount as a plain decimal string for machines: `-1200000.00`.
    pub fn decimal_text(&self) -> String {
        format_minor(self.minor, false)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount_text(), self.currency)
    }
}

fn format_minor(minor: i64, separators: bool) -> String {
    format_wide_minor(i128::from(minor), separators)
}

/// Formats minor units of any width exactly, for sums of many amounts.
pub fn format_wide_minor(minor: i128, separators: bool) -> String {
    let mut out = String::with_capacity(24);
    push_wide_minor(&mut out, minor, separators);
    out
}

/// `format_wide_minor` written onto the end of `out`: a district's report
/// writes a quarter of a million amounts, so without a string apiece.
pub fn push_wide_minor(out: &mut String, minor: i128, separators: bool) {
    if minor < 0 {
        out.push('-');
    }
    let abs = minor.unsigned_abs();
    let per_major = MINOR_PER_MAJOR.unsigned_abs() as u128;
    // u64 arithmetic where it fits: u128 division is many times slower.
    let (mut whole, frac) = match u64::try_from(abs) {
        Ok(small) => {
            let per = per_major as u64;
            (u128::from(small / per), small % per)
        }
        Err(_) => (abs / per_major, (abs % per_major) as u64),
    };
    // Digits from the last; an i128 has at most 39.
    let mut digits = [0u8; 40];
    let mut n = 0;
    loop {
        digits[n] = b'0' + (whole % 10) as u8;
        n += 1;
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    for i in (0..n).rev() {
        out.push(char::from(digits[i]));
        if separators && i > 0 && i.is_multiple_of(3) {
            out.push(',');
        }
    }
    out.push('.');
    out.push(char::from(b'0' + (frac / 10) as u8));
    out.push(char::from(b'0' + (frac % 10) as u8));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_the_forms_clerks_write() {
        assert_eq!(
            Money::parse("800", Currency::Usd),
            Ok(Money::new(80_000, Currency::Usd))
        );
        assert_eq!(
            Money::parse("800.50 USD", Currency::Lak),
            Ok(Money::new(80_050, Currency::Usd))
        );
        assert_eq!(
            Money::parse("1,200,000 LAK", Currency::Usd),
            Ok(Money::new(120_000_000, Currency::Lak))
        );
        assert_eq!(
            Money::parse("THB 12.5", Currency::Usd),
            Ok(Money::new(1_250, Currency::Thb))
        );
        assert_eq!(
            Money::parse(" -25 cny ", Currency::Usd),
            Ok(Money::new(-2_500, Currency::Cny))
        );
    }

    #[test]
    fn every_bad_input_has_a_message() {
        let cases = [
            ("", "enter an amount, such as 800 or 800.50 USD"),
            (
                "12x",
                "\"12x\" is not an amount; write digits such as 1,200,000 or 800.50",
            ),
            (
                "1,20,000",
                "\"1,20,000\" is not an amount; write digits such as 1,200,000 or 800.50",
            ),
            (
                "1.234",
                "\"1.234\" is unclear: write 1,234 if you mean thousands, or 1.23 for a decimal (a dot is the decimal point)",
            ),
            ("1.2345", "use at most two decimal places, such as 800.50"),
            (
                "99999999999999999999",
                "the amount is too large; the largest kumban keeps is 92,233,720,368,547,758.07",
            ),
            (
                "5 EUR",
                "\"EUR\" is not a currency kumban knows; use LAK, USD, CNY or THB",
            ),
        ];
        for (input, message) in cases {
            let err = Money::parse(input, Currency::Usd).unwrap_err();
            assert_eq!(err.to_string(), message, "input {input:?}");
        }
    }

    #[test]
    fn prints_with_separators() {
        assert_eq!(
            Money::new(120_000_000, Currency::Lak).to_string(),
            "1,200,000.00 LAK"
        );
        assert_eq!(
            Money::new(-80_050, Currency::Usd).to_string(),
            "-800.50 USD"
        );
        assert_eq!(Money::new(5, Currency::Usd).amount_text(), "0.05");
        assert_eq!(
            Money::new(-120_000_000, Currency::Lak).decimal_text(),
            "-1200000.00"
        );
    }

    #[test]
    fn sums_are_checked() {
        let a = Money::new(i64::MAX, Currency::Usd);
        assert_eq!(a.checked_add(Money::new(1, Currency::Usd)), None);
        assert_eq!(
            Money::new(1, Currency::Usd).checked_add(Money::new(1, Currency::Lak)),
            None
        );
    }

    #[test]
    fn the_too_large_message_names_the_largest_amount() {
        assert_eq!(
            Money::new(i64::MAX, Currency::Lak).amount_text(),
            "92,233,720,368,547,758.07"
        );
        assert!(Money::parse("92,233,720,368,547,758.07", Currency::Lak).is_ok());
        assert_eq!(
            Money::parse("92,233,720,368,547,758.08", Currency::Lak),
            Err(MoneyError::TooLarge)
        );
        assert_eq!(
            format_wide_minor(3 * i128::from(i64::MAX), true),
            "276,701,161,105,643,274.21"
        );
    }

    proptest! {
        #[test]
        fn printing_then_parsing_gives_back_the_amount(minor in -10_000_000_000_000i64..10_000_000_000_000i64, cur in 0usize..4) {
            let m = Money::new(minor, Currency::ALL[cur]);
            prop_assert_eq!(Money::parse(&m.to_string(), Currency::Usd), Ok(m));
            prop_assert_eq!(Money::parse(&m.decimal_text(), m.currency), Ok(m));
        }

        /// Wide sums (beyond an i64, as a district's many years can make)
        /// print the same digits as the integer itself, separators apart.
        #[test]
        fn wide_amounts_print_their_digits(minor: i128) {
            let plain = format_wide_minor(minor, false);
            let with = format_wide_minor(minor, true);
            let sign = if minor < 0 { "-" } else { "" };
            let abs = minor.unsigned_abs();
            prop_assert_eq!(&plain, &format!("{sign}{}.{:02}", abs / 100, abs % 100));
            prop_assert_eq!(with.replace(',', ""), plain);
            let whole = with.trim_start_matches('-').split('.').next().unwrap_or("");
            prop_assert!(whole.split(',').skip(1).all(|g| g.len() == 3));
            prop_assert!((1..=3).contains(&whole.split(',').next().unwrap_or("").len()));
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,30}") {
            let _ = Money::parse(&s, Currency::Lak);
        }
    }
}

#[cfg(test)]
mod localize_tests {
    use super::MoneyError;
    use crate::date::DateError;
    use crate::rate::RateError;
    use kumban_i18n::{Lang, Localize, with_lang};

    /// Every refusal of the input conventions says in English exactly
    /// what its Display says, and something else in Lao and Chinese.
    #[test]
    fn input_refusals_are_said_in_each_language() {
        let s = || "1.200".to_string();
        let all: Vec<(String, Box<dyn Fn() -> String>)> = vec![
            (
                MoneyError::Empty.to_string(),
                Box::new(|| MoneyError::Empty.localized()),
            ),
            (
                MoneyError::NotANumber(s()).to_string(),
                Box::new(move || MoneyError::NotANumber(s()).localized()),
            ),
            (
                MoneyError::TooManyDecimals.to_string(),
                Box::new(|| MoneyError::TooManyDecimals.localized()),
            ),
            (
                MoneyError::TooLarge.to_string(),
                Box::new(|| MoneyError::TooLarge.localized()),
            ),
            (
                MoneyError::UnknownCurrency("kap".into()).to_string(),
                Box::new(|| MoneyError::UnknownCurrency("kap".into()).localized()),
            ),
            (
                MoneyError::TwoCurrencies("LAK".into(), "USD".into()).to_string(),
                Box::new(|| MoneyError::TwoCurrencies("LAK".into(), "USD".into()).localized()),
            ),
            (unclear().to_string(), Box::new(|| unclear().localized())),
            (
                DateError::Empty.to_string(),
                Box::new(|| DateError::Empty.localized()),
            ),
            (
                DateError::Malformed("3/x".into()).to_string(),
                Box::new(|| DateError::Malformed("3/x".into()).localized()),
            ),
            (
                DateError::ShortYear("3/4/26".into()).to_string(),
                Box::new(|| DateError::ShortYear("3/4/26".into()).localized()),
            ),
            (
                DateError::OutOfRange("2206-01-01".into()).to_string(),
                Box::new(|| DateError::OutOfRange("2206-01-01".into()).localized()),
            ),
            (
                RateError::Empty.to_string(),
                Box::new(|| RateError::Empty.localized()),
            ),
            (
                RateError::NotANumber("x".into()).to_string(),
                Box::new(|| RateError::NotANumber("x".into()).localized()),
            ),
            (
                RateError::NotPositive.to_string(),
                Box::new(|| RateError::NotPositive.localized()),
            ),
            (
                RateError::TooManyDecimals.to_string(),
                Box::new(|| RateError::TooManyDecimals.localized()),
            ),
            (
                RateError::TooLarge.to_string(),
                Box::new(|| RateError::TooLarge.localized()),
            ),
        ];
        for (display, said) in &all {
            assert_eq!(&with_lang(Lang::En, said), display);
            for lang in [Lang::Lo, Lang::Zh] {
                assert_ne!(&with_lang(lang, said), display, "{lang:?}");
            }
        }
    }

    fn unclear() -> MoneyError {
        MoneyError::Unclear {
            input: "1.200".into(),
            thousands: "1,200".into(),
            decimal: "1.20".into(),
        }
    }
}
