//! Reading an amount as it is written: `1 200 000 ກີບ`, `₭1,200,000`,
//! `$800.50`, `USD -25`, `1.200.000`, Lao digits. A dot is the decimal
//! point unless the dots group thousands (`1.200.000`); `1.200`, which
//! could be either, is refused with both readings spelled out.

use super::{plain_digits, words};
use crate::money::{MINOR_PER_MAJOR, MoneyError};
use crate::{Currency, Money};

pub fn parse(input: &str, default: Currency) -> Result<Money, MoneyError> {
    let text = plain_digits(input);
    let s = text.trim();
    if s.is_empty() {
        return Err(MoneyError::Empty);
    }
    let not_a_number = || MoneyError::NotANumber(s.to_string());
    let (Some(first), Some(last)) = (
        s.find(|c: char| c.is_ascii_digit()),
        s.rfind(|c: char| c.is_ascii_digit()),
    ) else {
        return Err(not_a_number());
    };
    // ASCII digits are one byte, so `last + 1` is a boundary.
    let start = if s[..first].ends_with('.') {
        first - 1
    } else {
        first
    };
    let number = &s[start..=last];
    let (mut prefix, suffix) = (&s[..start], &s[last + 1..]);
    let mut negative = false;
    for sign in ['-', '\u{2212}'] {
        if let Some(rest) = prefix.trim().strip_prefix(sign) {
            negative = true;
            prefix = rest;
        } else if let Some(rest) = prefix.trim_end().strip_suffix(sign) {
            negative = true;
            prefix = rest;
        }
    }
    // A typo stuck to the number (`12x USD`) is named alone: "12x".
    let word_end = s[last..]
        .find(char::is_whitespace)
        .map_or(s.len(), |i| last + i);
    let typo = || MoneyError::NotANumber(s[start..word_end].to_string());
    let before = currency_in(prefix, true).ok_or_else(not_a_number)?;
    let after = currency_in(suffix, false).ok_or_else(typo)?;
    let currency = match (before?, after?) {
        (Some(a), Some(b)) if a != b => {
            return Err(MoneyError::TwoCurrencies(a.to_string(), b.to_string()));
        }
        (Some(c), _) | (None, Some(c)) => c,
        (None, None) => default,
    };
    let minor = minor_units(number)?;
    Ok(Money::new(if negative { -minor } else { minor }, currency))
}

/// The currency a word beside the number names. `None` when the word is
/// stuck to the number and names nothing (`12x` is a typo, not a
/// currency); `Some(Err)` when a separate word names no currency kumban
/// knows (`5 EUR`).
fn currency_in(word: &str, before_number: bool) -> Option<Result<Option<Currency>, MoneyError>> {
    let trimmed = word.trim();
    if trimmed.is_empty() {
        return Some(Ok(None));
    }
    if let Some(c) = words::currency(trimmed) {
        return Some(Ok(Some(c)));
    }
    let separate = if before_number {
        word.ends_with(char::is_whitespace)
    } else {
        word.starts_with(char::is_whitespace)
    };
    separate.then(|| Err(MoneyError::UnknownCurrency(trimmed.to_string())))
}

/// `1,200,000.50`, `1 200 000`, `1.200.000`, `.5` as hundredths.
fn minor_units(number: &str) -> Result<i64, MoneyError> {
    let bad = || MoneyError::NotANumber(number.to_string());
    if !number
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
    {
        return Err(bad());
    }
    let dots = number.matches('.').count();
    let (whole, frac) = match dots {
        0 => (number, ""),
        1 => number.split_once('.').unwrap_or((number, "")),
        // Several dots can only be thousands: 1.200.000.
        _ if number.contains([',', ' ']) => return Err(bad()),
        _ => (number, ""),
    };
    let separator = [',', ' ', '.']
        .into_iter()
        .filter(|c| whole.contains(*c))
        .collect::<Vec<_>>();
    let groups: Vec<&str> = match separator.as_slice() {
        [] => vec![whole],
        [one] => whole.split(*one).collect(),
        _ => return Err(bad()),
    };
    if groups.len() > 1
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return Err(bad());
    }
    let digits: String = groups.concat();
    if (digits.is_empty() && frac.is_empty()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    if frac.len() == 3 && groups.len() == 1 {
        return Err(unclear(number, &digits, frac));
    }
    if frac.len() > 2 {
        return Err(MoneyError::TooManyDecimals);
    }
    let whole_value: i64 = if digits.is_empty() {
        0
    } else {
        digits.parse().map_err(|_| MoneyError::TooLarge)?
    };
    let frac_value: i64 = format!("{frac:0<2}").parse().map_err(|_| bad())?;
    whole_value
        .checked_mul(MINOR_PER_MAJOR)
        .and_then(|v| v.checked_add(frac_value))
        .ok_or(MoneyError::TooLarge)
}

/// `1.200`: a thousand and two hundred, or one point two? Both readings,
/// written the way kumban reads each without doubt.
fn unclear(number: &str, whole: &str, frac: &str) -> MoneyError {
    let thousands = format!("{whole}{frac}")
        .parse::<i64>()
        .map(|v| crate::money::format_wide_minor(i128::from(v) * 100, true))
        .map(|t| t.trim_end_matches(".00").to_string())
        .unwrap_or_else(|_| format!("{whole},{frac}"));
    let whole = if whole.is_empty() { "0" } else { whole };
    MoneyError::Unclear {
        input: number.to_string(),
        thousands,
        decimal: format!("{whole}.{}", &frac[..2]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> (i64, Currency) {
        let m = parse(input, Currency::Usd).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        (m.minor, m.currency)
    }

    fn message(input: &str) -> String {
        match parse(input, Currency::Usd) {
            Ok(m) => panic!("{input:?} was read as {m}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn amounts_as_a_lao_office_writes_them() {
        let lak = (120_000_000, Currency::Lak);
        for input in [
            "1 200 000 LAK",
            "1 200 000 ກີບ",
            "1,200,000 kip",
            "₭1,200,000",
            "₭ 1 200 000",
            "1200000₭",
            "1.200.000 ກີບ",
            "໑ ໒໐໐ ໐໐໐ ກີບ",
            "1\u{202F}200\u{202F}000 LAK",
            "LAK 1,200,000",
        ] {
            assert_eq!(ok(input), lak, "{input}");
        }
        assert_eq!(ok("$800.50"), (80_050, Currency::Usd));
        assert_eq!(ok("800.5 ໂດລາ"), (80_050, Currency::Usd));
        assert_eq!(ok("¥120"), (12_000, Currency::Cny));
        assert_eq!(ok("120元"), (12_000, Currency::Cny));
        assert_eq!(ok("RMB 120"), (12_000, Currency::Cny));
        assert_eq!(ok("฿1,500"), (150_000, Currency::Thb));
        assert_eq!(ok("1500 บาท"), (150_000, Currency::Thb));
        assert_eq!(ok("1500 ບາດ"), (150_000, Currency::Thb));
        assert_eq!(ok("-$25"), (-2_500, Currency::Usd));
        assert_eq!(ok("$-25"), (-2_500, Currency::Usd));
        assert_eq!(ok(".5"), (50, Currency::Usd));
        assert_eq!(ok("800"), (80_000, Currency::Usd));
    }

    #[test]
    fn unclear_and_wrong_amounts_say_what_to_type() {
        assert_eq!(
            message("1.200"),
            "\"1.200\" is unclear: write 1,200 if you mean thousands, or 1.20 for a decimal (a dot is the decimal point)"
        );
        assert_eq!(
            message("1.200 LAK"),
            "\"1.200\" is unclear: write 1,200 if you mean thousands, or 1.20 for a decimal (a dot is the decimal point)"
        );
        assert_eq!(
            message("5 EUR"),
            "\"EUR\" is not a currency kumban knows; use LAK, USD, CNY or THB"
        );
        assert_eq!(
            message("$5 LAK"),
            "USD and LAK are two currencies; write one"
        );
        assert!(message("12x").contains("\"12x\" is not an amount"));
        assert!(message("12x USD").starts_with("\"12x\" is not an amount"));
        assert!(message("1 20 000").contains("is not an amount"));
        assert!(message("1,200 000").contains("is not an amount"));
        assert!(message("1.200,50").contains("is not an amount"));
        assert!(message("kip").contains("is not an amount"));
        assert_eq!(
            message("1,200.505"),
            "use at most two decimal places, such as 800.50"
        );
    }

    proptest::proptest! {
        #[test]
        fn spaces_and_lao_digits_read_as_commas_and_ascii(minor in 0i64..10_000_000_000_000i64) {
            let written = Money::new(minor, Currency::Lak).amount_text();
            let lao: String = written
                .chars()
                .map(|c| match c {
                    ',' => ' ',
                    d if d.is_ascii_digit() => char::from_u32(0x0ED0 + (d as u32 - '0' as u32)).unwrap_or(d),
                    other => other,
                })
                .collect();
            proptest::prop_assert_eq!(parse(&format!("{lao} ກີບ"), Currency::Usd), Ok(Money::new(minor, Currency::Lak)));
            proptest::prop_assert_eq!(parse(&format!("₭{written}"), Currency::Usd), Ok(Money::new(minor, Currency::Lak)));
        }
    }
}
