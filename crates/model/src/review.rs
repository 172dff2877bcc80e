//! The officer's review of a village's month: its state, the log of who
//! approved, returned, reopened or fixed it, and which facts of a record
//! fall in a month (what an approval locks).

use super::{AnyRecord, Date};
use chrono::Datelike;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar month, `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    pub year: i32,
    pub month: u8,
}

impl Period {
    pub fn of(d: Date) -> Period {
        Period {
            year: d.0.year(),
            month: d.0.month() as u8,
        }
    }

    /// Accepts `YYYY-MM` in the years kumban accepts dates in.
    pub fn parse(s: &str) -> Result<Period, String> {
        Period::parse_said(s).map_err(|m| m.english())
    }

    /// `parse`, its refusal to be said in the session's language.
    pub fn parse_said(s: &str) -> Result<Period, kumban_i18n::Message> {
        let s = s.trim();
        let bad = || kumban_i18n::Message::new("err-period-malformed").with("text", s);
        let (y, m) = s.split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        if !(1990..=2100).contains(&year) {
            return Err(kumban_i18n::Message::new("err-period-range").with("text", s));
        }
        Ok(Period { year, month })
    }

    pub fn first_day(self) -> Option<Date> {
        Date::from_ymd(self.year, self.month as u32, 1)
    }

    /// The month before this one.
    pub fn previous(self) -> Period {
        if self.month == 1 {
            Period {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Period {
                year: self.year,
                month: self.month - 1,
            }
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewState {
    Open,
    Approved,
    Returned,
}

impl ReviewState {
    pub fn label(self) -> &'static str {
        match self {
            ReviewState::Open => "open",
            ReviewState::Approved => "approved",
            ReviewState::Returned => "returned",
        }
    }
}

/// What someone did to a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewAction {
    /// An officer signed the month off: its records are locked.
    Approve,
    /// An officer sent the month back to the clerk with a comment.
    Return,
    /// An officer opened an approved month again.
    Reopen,
    /// A clerk says the returned month's comment has been dealt with.
    FixesDone,
}

impl ReviewAction {
    pub fn label(self) -> &'static str {
        match self {
            ReviewAction::Approve => "approved",
            ReviewAction::Return => "returned",
            ReviewAction::Reopen => "reopened",
            ReviewAction::FixesDone => "fixes done",
        }
    }

    /// Only an officer may approve, return or reopen.
    pub fn needs_officer(self) -> bool {
        !matches!(self, ReviewAction::FixesDone)
    }
}

/// One line of a month's review log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewEntry {
    pub action: ReviewAction,
    pub by: String,
    /// Microseconds since the epoch, UTC (as audit stamps).
    pub at: i64,
    pub comment: String,
}

/// The review of one village's month. A month with no review stored is
/// open, with an empty log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub village: String,
    pub period: Period,
    pub state: ReviewState,
    /// Oldest first; the last entry made the state what it is.
    pub log: Vec<ReviewEntry>,
}

impl Review {
    pub fn open(village: &str, period: Period) -> Review {
        Review {
            village: village.to_string(),
            period,
            state: ReviewState::Open,
            log: Vec::new(),
        }
    }

    pub fn last(&self) -> Option<&ReviewEntry> {
        self.log.last()
    }

    /// The comment the month was returned with, while it is returned.
    pub fn comment(&self) -> Option<&str> {
        match self.state {
            ReviewState::Returned => self.last().map(|e| e.comment.as_str()),
            _ => None,
        }
    }

    /// Applies `action`, or says why it cannot be done in this state.
    /// Reopening an approved month with a comment returns it (the comment
    /// goes to the clerk); returning an open or returned month needs one.
    pub fn apply(
        &mut self,
        action: ReviewAction,
        by: &str,
        at: i64,
        comment: &str,
    ) -> Result<(), String> {
        let name = format!("{} {}", self.village, self.period);
        let comment = comment.trim();
        let next = match (action, self.state) {
            (ReviewAction::Approve, ReviewState::Approved) => {
                return Err(format!(
                    "{name} is already {}",
                    self.approval_words().unwrap_or_else(|| "approved".into())
                ));
            }
            (ReviewAction::Approve, _) => ReviewState::Approved,
            (ReviewAction::Reopen, ReviewState::Approved) if comment.is_empty() => {
                ReviewState::Open
            }
            (ReviewAction::Reopen | ReviewAction::Return, _) if !comment.is_empty() => {
                ReviewState::Returned
            }
            (ReviewAction::Reopen | ReviewAction::Return, _) => {
                return Err(format!(
                    "{name} is {}, not approved; to return it to the clerk, give a comment saying what to fix (--comment TEXT)",
                    self.state.label()
                ));
            }
            (ReviewAction::FixesDone, ReviewState::Returned) => ReviewState::Open,
            (ReviewAction::FixesDone, state) => {
                return Err(format!(
                    "{name} is {}, not returned; only a returned month has fixes to mark done",
                    state.label()
                ));
            }
        };
        let action = match (action, next) {
            (ReviewAction::Reopen, ReviewState::Returned) => ReviewAction::Return,
            (a, _) => a,
        };
        self.state = next;
        self.log.push(ReviewEntry {
            action,
            by: by.to_string(),
            at,
            comment: comment.to_string(),
        });
        Ok(())
    }

    /// `approved by NAME on DATE`, while approved.
    pub fn approval_words(&self) -> Option<String> {
        self.approval_message().map(|m| m.english())
    }

    /// `approval_words`, unsaid: for the session's language.
    pub fn approval_message(&self) -> Option<kumban_i18n::Message> {
        if self.state != ReviewState::Approved {
            return None;
        }
        let e = self.last()?;
        Some(
            kumban_i18n::Message::new("cmd-approval-words")
                .with("by", super::text::escape_for_display(&e.by).into_owned())
                .with("date", stamp_date(e.at)),
        )
    }

    /// Why a change touching this month is refused, while it is approved.
    pub fn lock_message(&self) -> Option<String> {
        self.lock_words().map(|m| m.english())
    }

    /// `lock_message`, unsaid: the store refuses with it, so a form and
    /// an import say it in the session's language.
    pub fn lock_words(&self) -> Option<kumban_i18n::Message> {
        Some(
            kumban_i18n::Message::new("cmd-locked")
                .with(
                    "village",
                    super::text::escape_for_display(&self.village).into_owned(),
                )
                .with("period", self.period.to_string())
                .with("approval", self.approval_message()?),
        )
    }
}

/// The local date of a stamp, `YYYY-MM-DD`.
pub fn stamp_date(micros: i64) -> String {
    chrono::DateTime::from_timestamp_micros(micros)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d")
                .to_string()
        })
        .unwrap_or_else(|| "an unknown day".into())
}

/// One thing a record says happened on a day: the field it is dated by,
/// the day, and everything the record says of that event (compared
/// before and after a change).
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub field: &'static str,
    pub on: Date,
    pub what: String,
}

/// The dated events of a record. An approved month locks the events in
/// it; fields that belong to no event (notes, an animal's pen, a
/// household's details) stay editable. Households are the register
/// itself, not events of a month, and have none.
pub fn facts(record: &AnyRecord) -> Vec<Fact> {
    crate::for_record!(record, r => crate::Kind::facts(r))
}

/// A fact of a record's: the field it is dated by, the day, and what the
/// record says of that event.
pub(crate) fn fact(field: &'static str, on: Date, what: String) -> Fact {
    Fact { field, on, what }
}

/// The periods a record has events in.
pub fn periods(record: &AnyRecord) -> Vec<Period> {
    let mut v: Vec<Period> = facts(record).iter().map(|f| Period::of(f.on)).collect();
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_strictly() {
        assert_eq!(
            Period::parse("2026-10"),
            Ok(Period {
                year: 2026,
                month: 10
            })
        );
        for bad in ["2026-1", "2026-13", "26-10", "2026/10", "", "1900-01"] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_month_moves_open_approved_returned_open() {
        let p = Period::parse("2026-10").unwrap();
        let mut r = Review::open("Bansuo", p);
        assert!(r.apply(ReviewAction::FixesDone, "c", 1, "").is_err());
        assert!(r.apply(ReviewAction::Reopen, "o", 1, "").is_err());
        r.apply(ReviewAction::Approve, "o", 1, "").unwrap();
        assert_eq!(r.state, ReviewState::Approved);
        assert!(r.apply(ReviewAction::Approve, "o", 2, "").is_err());
        r.apply(ReviewAction::Reopen, "o", 2, "cow 7 sold twice")
            .unwrap();
        assert_eq!(r.state, ReviewState::Returned);
        assert_eq!(r.comment(), Some("cow 7 sold twice"));
        assert_eq!(r.log[1].action, ReviewAction::Return);
        r.apply(ReviewAction::FixesDone, "c", 3, "").unwrap();
        assert_eq!(r.state, ReviewState::Open);
        assert_eq!(r.log.len(), 3);
    }
}
