//! Reading a date as it is written: `2026-11-30`, `30/11/2026` (day
//! first, as in Laos), Lao digits, and the words for today and yesterday
//! in English, Lao and Chinese. chrono checks that the day exists.

use super::plain_digits;
use crate::date::{Date, DateError};
use chrono::NaiveDate;

const TODAY: &[&str] = &["today", "ມື້ນີ້", "今天"];
const YESTERDAY: &[&str] = &["yesterday", "ມື້ວານ", "ມື້ວານນີ້", "昨天"];

pub fn parse(input: &str, today: Date) -> Result<Date, DateError> {
    let text = plain_digits(input);
    let s = text.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let word = s.to_lowercase();
    if TODAY.contains(&word.as_str()) {
        return Ok(today);
    }
    if YESTERDAY.contains(&word.as_str()) {
        return today
            .minus_days(1)
            .ok_or_else(|| DateError::Malformed(s.to_string()));
    }
    let parsed = if s.contains('/') {
        day_first(s)?
    } else {
        iso(s)?
    };
    let date = Date(parsed);
    if !date.in_sane_range() {
        return Err(DateError::OutOfRange(s.to_string()));
    }
    Ok(date)
}

/// `YYYY-MM-DD` exactly: chrono also takes `2026-3-5` and years of any
/// width, but exports and imports must match byte for byte.
fn iso(s: &str) -> Result<NaiveDate, DateError> {
    let parsed = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| DateError::Malformed(s.to_string()))?;
    if parsed.format("%Y-%m-%d").to_string() != s {
        return Err(DateError::Malformed(s.to_string()));
    }
    Ok(parsed)
}

/// `30/11/2026` or `5/3/2026`: day, month, then the year in full (a
/// two-digit year is refused rather than given a century).
fn day_first(s: &str) -> Result<NaiveDate, DateError> {
    let malformed = || DateError::Malformed(s.to_string());
    let parts: Vec<&str> = s.split('/').collect();
    let [day, month, year] = parts.as_slice() else {
        return Err(malformed());
    };
    let number = |p: &str, widths: std::ops::RangeInclusive<usize>| {
        (widths.contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    if year.len() == 2 && number(year, 2..=2).is_some() {
        return Err(DateError::ShortYear(s.to_string()));
    }
    let (Some(d), Some(m), Some(y)) = (
        number(day, 1..=2),
        number(month, 1..=2),
        number(year, 4..=4),
    ) else {
        return Err(malformed());
    };
    let y = i32::try_from(y).map_err(|_| malformed())?;
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::from_ymd(2026, 11, 30).unwrap_or_else(|| panic!("a real date"))
    }

    fn read(s: &str) -> String {
        match parse(s, today()) {
            Ok(d) => d.to_string(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn dates_as_people_write_them() {
        for (input, date) in [
            ("2026-11-30", "2026-11-30"),
            ("30/11/2026", "2026-11-30"),
            ("5/3/2026", "2026-03-05"),
            ("05/03/2026", "2026-03-05"),
            ("໓໐/໑໑/໒໐໒໖", "2026-11-30"),
            ("today", "2026-11-30"),
            ("Today", "2026-11-30"),
            ("ມື້ນີ້", "2026-11-30"),
            ("今天", "2026-11-30"),
            ("yesterday", "2026-11-29"),
            ("ມື້ວານ", "2026-11-29"),
            ("昨天", "2026-11-29"),
        ] {
            assert_eq!(read(input), date, "{input}");
        }
    }

    #[test]
    fn wrong_dates_say_what_to_type() {
        assert_eq!(
            read("31/02/2026"),
            "error: \"31/02/2026\" is not a date; write it as 2026-03-15 or 15/03/2026 (day first), or the word today"
        );
        assert_eq!(
            read("30/11/26"),
            "error: \"30/11/26\": write the year in full, such as 15/03/2026"
        );
        assert!(read("11/30/2026").contains("is not a date"));
        assert!(read("2026-3-5").contains("is not a date"));
        assert!(read("30/11").contains("is not a date"));
        assert_eq!(
            read("01/01/2162"),
            "error: 01/01/2162 is outside the years 1990 to 2100; check the year"
        );
    }
}
