//! Trainings the project gives (breeding, disease prevention, weaving,
//! corn …) and who attended them: one attendance record per household
//! member per training, so that a person's trainings can be counted.

use super::{Date, MemberId, Problem, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};

/// Topics the project trains on most, offered as suggestions; any other
/// topic may be written.
pub const KNOWN_TOPICS: [&str; 4] = ["breeding", "disease prevention", "weaving", "corn"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Training {
    pub date: Date,
    /// Free text; `KNOWN_TOPICS` are suggested.
    pub topic: String,
    pub trainer: String,
    /// A village's name as the households write it, or any place.
    pub place: String,
    pub notes: String,
}

impl Training {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.date("date", self.date);
        p.text("topic", &self.topic, 80, true);
        p.text("trainer", &self.trainer, 80, true);
        p.text("place", &self.place, 80, true);
        p.text("notes", &self.notes, 500, false);
        p.0
    }

    /// The rules of `validate` plus the one that needs today's date: a
    /// training after today is refused (it is recorded once it was held).
    /// The store knows no "today", so forms and the importer call this.
    pub fn problems_on(&self, today: Date) -> Vec<Problem> {
        let mut p = Problems(self.validate());
        if let Some(m) = after_today("err-training-after-today", self.date, today) {
            p.add("date", m);
        }
        p.0
    }

    pub fn facts(&self) -> Vec<crate::review::Fact> {
        use crate::review::fact;
        vec![fact("date", self.date, format!("{:?}", self))]
    }
}

/// One household member at one training.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attendance {
    pub training: super::TrainingId,
    pub member: MemberId,
}

impl Attendance {
    pub fn validate(&self) -> Vec<Problem> {
        // Both fields are references: the store checks them.
        Vec::new()
    }

    pub fn facts(&self) -> Vec<crate::review::Fact> {
        // Dated by its training, which an approved month locks.
        Vec::new()
    }
}

/// The message refusing `date` after `today`, if it is.
pub(crate) fn after_today(id: &'static str, date: Date, today: Date) -> Option<Message> {
    (date > today).then(|| {
        Message::new(id)
            .with("date", date.to_string())
            .with("today", today.to_string())
    })
}

/// Why a training's date is refused on `today`, in English (the importer).
pub fn training_after_today(date: Date, today: Date) -> Option<String> {
    after_today("err-training-after-today", date, today).map(|m| m.english())
}

/// `training_after_today`, to be said in the session's language.
pub fn training_after_today_said(date: Date, today: Date) -> Option<Message> {
    after_today("err-training-after-today", date, today)
}

// Trainings are the project office's: the place is free text, not always
// one village's, so no village's approved month locks them by place.
crate::kind!(Training: Training, TrainingId, "training", |_me| crate::BelongsTo::Office);
crate::kind!(Attendance: Attendance, AttendanceId, "attendance", |_me| crate::BelongsTo::Office);

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Training {
        Training {
            date: Date::from_ymd(2026, 3, 14).unwrap(),
            topic: "disease prevention".into(),
            trainer: "Dr. Somsak".into(),
            place: "Bansuo".into(),
            notes: String::new(),
        }
    }

    #[test]
    fn rules() {
        let today = Date::from_ymd(2026, 11, 28).unwrap();
        assert!(sample().problems_on(today).is_empty());
        let mut t = sample();
        t.topic = " ".into();
        t.trainer = String::new();
        t.place = "x\u{7}".into();
        let fields: Vec<&str> = t.validate().iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["topic", "trainer", "place"]);
        let mut t = sample();
        t.date = Date::from_ymd(2026, 11, 29).unwrap();
        assert!(t.validate().is_empty(), "the store alone cannot tell");
        let msgs: Vec<String> = t.problems_on(today).iter().map(|p| p.to_string()).collect();
        assert_eq!(
            msgs,
            vec![
                "date: 2026-11-29 is after today (2026-11-28); record a training once it was held"
            ]
        );
        t.date = today;
        assert!(t.problems_on(today).is_empty(), "held today is fine");
    }
}
