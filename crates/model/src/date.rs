//! Calendar dates. Arithmetic is chrono's; this type only fixes how a date
//! is typed, printed and stored (as a day number, four bytes in bincode's
//! varint instead of a ten-byte string).

use chrono::{Datelike, Days, NaiveDate};
use kumban_i18n::{Localize, Message};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// Dates outside this range are almost surely typing mistakes (2206 for 2026).
pub const EARLIEST: &str = "1990-01-01";
pub const LATEST: &str = "2100-12-31";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("enter a date such as 2026-03-15 or 15/03/2026 (day first), or the word today")]
    Empty,
    #[error(
        "\"{0}\" is not a date; write it as 2026-03-15 or 15/03/2026 (day first), or the word today"
    )]
    Malformed(String),
    #[error("\"{0}\": write the year in full, such as 15/03/2026")]
    ShortYear(String),
    #[error("{0} is outside the years 1990 to 2100; check the year")]
    OutOfRange(String),
}

impl Localize for DateError {
    fn message(&self) -> Message {
        match self {
            DateError::Empty => Message::new("err-date-empty"),
            DateError::Malformed(s) => Message::new("err-date-malformed").with("text", s.as_str()),
            DateError::ShortYear(s) => Message::new("err-date-short-year").with("text", s.as_str()),
            DateError::OutOfRange(s) => Message::new("err-date-range").with("date", s.as_str()),
        }
    }
}

impl Date {
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(y, m, d).map(Date)
    }

    /// Accepts a date as people write it (see `input::date`):
    /// `2026-11-30`, `30/11/2026`, `today`, `yesterday`, in Lao and
    /// Chinese words too.
    pub fn parse(input: &str, today: Date) -> Result<Date, DateError> {
        crate::input::date::parse(input, today)
    }

    pub fn in_sane_range(self) -> bool {
        let lo = NaiveDate::from_ymd_opt(1990, 1, 1);
        let hi = NaiveDate::from_ymd_opt(2100, 12, 31);
        lo.is_some_and(|lo| self.0 >= lo) && hi.is_some_and(|hi| self.0 <= hi)
    }

    pub fn plus_days(self, days: u64) -> Option<Date> {
        self.0.checked_add_days(Days::new(days)).map(Date)
    }

    pub fn minus_days(self, days: u64) -> Option<Date> {
        self.0.checked_sub_days(Days::new(days)).map(Date)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// Days since 0001-01-01 (day 1); what is stored and what keys sort by.
    pub fn day_number(self) -> i32 {
        self.0.num_days_from_ce()
    }

    pub fn from_day_number(n: i32) -> Option<Date> {
        NaiveDate::from_num_days_from_ce_opt(n).map(Date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i32(self.day_number())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let n = i32::deserialize(d)?;
        Date::from_day_number(n)
            .ok_or_else(|| serde::de::Error::custom(format!("day number {n} is not a date")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s, Date::from_ymd(2026, 11, 28).unwrap()).unwrap()
    }

    #[test]
    fn parses_iso_and_today() {
        assert_eq!(d("2026-03-15").to_string(), "2026-03-15");
        assert_eq!(d("TODAY").to_string(), "2026-11-28");
    }

    #[test]
    fn bad_dates_say_what_to_do() {
        let today = Date::from_ymd(2026, 11, 28).unwrap();
        let msg = |s: &str| Date::parse(s, today).unwrap_err().to_string();
        assert_eq!(
            msg(""),
            "enter a date such as 2026-03-15 or 15/03/2026 (day first), or the word today"
        );
        assert_eq!(
            msg("2026-02-30"),
            "\"2026-02-30\" is not a date; write it as 2026-03-15 or 15/03/2026 (day first), or the word today"
        );
        assert!(msg("15/13/2026").contains("is not a date"));
        assert!(msg("2026-3-5").contains("is not a date"));
        assert_eq!(
            msg("2162-01-01"),
            "2162-01-01 is outside the years 1990 to 2100; check the year"
        );
    }

    #[test]
    fn gestation_arithmetic_uses_the_calendar() {
        // 283 days after 2026-01-01 crosses month ends of every length.
        assert_eq!(
            d("2026-01-01").plus_days(283).unwrap().to_string(),
            "2026-10-11"
        );
        // Leap year: 2028-02-29 exists.
        assert_eq!(
            d("2028-02-28").plus_days(1).unwrap().to_string(),
            "2028-02-29"
        );
        assert_eq!(d("2026-01-01").days_until(d("2026-10-11")), 283);
    }

    #[test]
    fn day_numbers_round_trip_and_sort() {
        let a = d("1999-12-31");
        let b = d("2000-01-01");
        assert!(a.day_number() < b.day_number());
        assert_eq!(Date::from_day_number(b.day_number()), Some(b));
    }
}
