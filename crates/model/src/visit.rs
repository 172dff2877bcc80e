//! A technician's visit to a household: when, who came, why, what they
//! found, and when they mean to come again.

use super::training::after_today;
use super::{Date, HouseholdId, Problem, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};

/// Purposes of visits the project makes most, offered as suggestions; any
/// other purpose may be written.
pub const KNOWN_PURPOSES: [&str; 5] = [
    "pen inspection",
    "sick animal",
    "vaccination",
    "breeding advice",
    "follow-up",
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub household: HouseholdId,
    pub date: Date,
    pub technician: String,
    /// Free text; `KNOWN_PURPOSES` are suggested.
    pub purpose: String,
    pub findings: String,
    /// Not before `date`; may be after today (it is a plan).
    pub next_visit: Option<Date>,
}

impl Visit {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.date("date", self.date);
        p.text("technician", &self.technician, 80, true);
        p.text("purpose", &self.purpose, 80, true);
        p.text("findings", &self.findings, 500, false);
        if let Some(next) = self.next_visit {
            p.date("next_visit", next);
            p.not_before(
                "next_visit",
                next,
                self.date,
                Message::new("term-visit-date"),
            );
        }
        p.0
    }

    /// The rules of `validate` plus the one that needs today's date: a
    /// visit after today is refused (the next visit is where a plan goes).
    pub fn problems_on(&self, today: Date) -> Vec<Problem> {
        let mut p = Problems(self.validate());
        if let Some(m) = after_today("err-visit-after-today", self.date, today) {
            p.add("date", m);
        }
        p.0
    }

    pub fn facts(&self) -> Vec<crate::review::Fact> {
        use crate::review::fact;
        vec![fact("date", self.date, format!("{:?}", self))]
    }
}

/// Why a visit's date is refused on `today`, in English (the importer).
pub fn visit_after_today(date: Date, today: Date) -> Option<String> {
    after_today("err-visit-after-today", date, today).map(|m| m.english())
}

/// `visit_after_today`, to be said in the session's language.
pub fn visit_after_today_said(date: Date, today: Date) -> Option<Message> {
    after_today("err-visit-after-today", date, today)
}

crate::kind!(Visit: Visit, VisitId, "technician visit", |me| crate::BelongsTo::Household(me.household));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        let today = Date::from_ymd(2026, 11, 28).unwrap();
        let v = Visit {
            household: HouseholdId(1),
            date: Date::from_ymd(2026, 11, 2).unwrap(),
            technician: "Mr. Bounmy".into(),
            purpose: "pen inspection".into(),
            findings: "roof leaks".into(),
            next_visit: Some(Date::from_ymd(2027, 1, 10).unwrap()),
        };
        assert!(v.problems_on(today).is_empty(), "a next visit may be ahead");
        let mut bad = v.clone();
        bad.technician = " ".into();
        bad.next_visit = Some(Date::from_ymd(2026, 11, 1).unwrap());
        let msgs: Vec<String> = bad.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            msgs,
            vec![
                "technician: must not be empty",
                "next_visit: 2026-11-01 is before the date of the visit (2026-11-02)",
            ]
        );
        let mut later = v;
        later.date = Date::from_ymd(2026, 12, 1).unwrap();
        later.next_visit = None;
        let msgs: Vec<String> = later
            .problems_on(today)
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            msgs,
            vec!["date: 2026-12-01 is after today (2026-11-28); record a visit once it was made"]
        );
    }
}
