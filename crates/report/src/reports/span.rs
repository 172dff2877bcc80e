//! The span of dates a report covers: a year, a quarter or a month.

use chrono::Datelike;
use kumban_model::Date;

/// A calendar year, quarter or month, as `--year` or `--period` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Span {
    pub from: Date,
    pub to: Date,
    pub unit: Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Unit {
    Year,
    Quarter,
    Month,
    /// Twelve months from a month on: what the calving calendar shows
    /// when no period is asked for.
    Ahead,
}

impl Span {
    pub fn year(year: i32) -> Option<Span> {
        Some(Span {
            from: Date::from_ymd(year, 1, 1)?,
            to: Date::from_ymd(year, 12, 31)?,
            unit: Unit::Year,
        })
    }

    /// Twelve months from the month of `day`, that month included.
    pub fn ahead_from(day: Date) -> Option<Span> {
        let (y, m) = (day.0.year(), day.0.month());
        let (ly, lm) = if m == 1 { (y, 12) } else { (y + 1, m - 1) };
        Some(Span {
            from: Date::from_ymd(y, m, 1)?,
            to: month_end(ly, lm)?,
            unit: Unit::Ahead,
        })
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-Qn`, in the years kumban accepts dates in.
    pub fn parse(text: &str) -> Result<Span, String> {
        let text = text.trim();
        let bad = || kumban_i18n::tr!("err-span-malformed", text = text);
        let (year, rest) = match text.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (text, None),
        };
        if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let span = match rest {
            None => Span::year(year),
            Some(q) if q.starts_with(['Q', 'q']) => match &q[1..] {
                n @ ("1" | "2" | "3" | "4") => {
                    let first = (n.parse::<u32>().unwrap_or(1) - 1) * 3 + 1;
                    month_span(year, first, first + 2, Unit::Quarter)
                }
                _ => None,
            },
            Some(m) if m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()) => {
                let month: u32 = m.parse().map_err(|_| bad())?;
                month_span(year, month, month, Unit::Month)
            }
            Some(_) => None,
        };
        let span = span.ok_or_else(bad)?;
        if !span.from.in_sane_range() || !span.to.in_sane_range() {
            return Err(kumban_i18n::tr!("err-period-range", text = text));
        }
        Ok(span)
    }

    /// How the span is written in titles and file contents: `2026`,
    /// `2026-Q1`, `2026-03`.
    pub fn label(&self) -> String {
        let (y, m) = (self.from.0.year(), self.from.0.month());
        match self.unit {
            Unit::Year => format!("{y}"),
            Unit::Quarter => format!("{y}-Q{}", (m - 1) / 3 + 1),
            Unit::Month => format!("{y}-{m:02}"),
            Unit::Ahead => kumban_i18n::tr!("report-span-ahead", month = format!("{y}-{m:02}")),
        }
    }

    /// The months of the span, as `(year, month)`, first to last.
    pub fn months(&self) -> Vec<(i32, u32)> {
        let mut out = Vec::new();
        let (mut y, mut m) = (self.from.0.year(), self.from.0.month());
        let end = (self.to.0.year(), self.to.0.month());
        while (y, m) <= end {
            out.push((y, m));
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        out
    }
}

/// The last day of a month.
pub fn month_end(year: i32, month: u32) -> Option<Date> {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    Date::from_ymd(ny, nm, 1)?.minus_days(1)
}

fn month_span(year: i32, first: u32, last: u32, unit: Unit) -> Option<Span> {
    Some(Span {
        from: Date::from_ymd(year, first, 1)?,
        to: month_end(year, last)?,
        unit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_quarters_and_months() {
        let q = Span::parse("2026-Q2").expect("a quarter");
        assert_eq!(q.from.to_string(), "2026-04-01");
        assert_eq!(q.to.to_string(), "2026-06-30");
        assert_eq!(q.label(), "2026-Q2");
        assert_eq!(q.months(), vec![(2026, 4), (2026, 5), (2026, 6)]);
        let m = Span::parse("2024-02").expect("a month");
        assert_eq!(m.to.to_string(), "2024-02-29");
        assert_eq!(Span::parse("2025").expect("a year").months().len(), 12);
        let ahead = Span::ahead_from(m.to).expect("a year ahead");
        assert_eq!(ahead.from.to_string(), "2024-02-01");
        assert_eq!(ahead.to.to_string(), "2025-01-31");
        assert_eq!(ahead.months().len(), 12);
        let january = Span::ahead_from(Date::from_ymd(2026, 1, 9).expect("a date"));
        assert_eq!(january.map(|s| s.to.to_string()), Some("2026-12-31".into()));
        for bad in ["2026-13", "2026-Q5", "26", "2026-1", "x", "2026-Q"] {
            assert!(Span::parse(bad).is_err(), "{bad} was accepted");
        }
    }
}
