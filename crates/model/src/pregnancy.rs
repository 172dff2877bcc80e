use super::lineage::{Calving, Sire};
use super::{AnimalId, Date, Problem, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};

/// Cattle gestation, service to calving, used unless the record says otherwise.
pub const DEFAULT_GESTATION_DAYS: u16 = 283;
pub const GESTATION_RANGE: std::ops::RangeInclusive<u16> = 260..=300;
/// Days of grace after the expected calving: a pending pregnancy is overdue
/// only once more than this many days have passed.
pub const GRACE_DAYS: u64 = 14;

/// The latest expected calving date that is overdue on `today` (everything
/// expected on or before it is); `None` before the calendar's start. The
/// dashboard reads the pending index up to this date; `is_overdue` is the
/// same rule for one record.
pub fn overdue_if_expected_by(today: Date) -> Option<Date> {
    today.minus_days(GRACE_DAYS + 1)
}

/// The earliest expected calving date still in its grace period on `today`
/// (late, not yet overdue).
pub fn grace_starts(today: Date) -> Option<Date> {
    today.minus_days(GRACE_DAYS)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Method {
    Natural,
    Ai,
}

impl Method {
    pub fn label(self) -> &'static str {
        match self {
            Method::Natural => "natural",
            Method::Ai => "AI",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    Pending,
    Calved { on: Date, calf: Option<AnimalId> },
    Lost { on: Date, reason: String },
}

impl Outcome {
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Pending => "pending",
            Outcome::Calved { .. } => "calved",
            Outcome::Lost { .. } => "lost",
        }
    }
}

/// A service of a cow and what came of it. Its stored layout changed
/// with lineage (layout 2: `sire` a `Sire`, `calving` added); records of
/// layout 1 are read by `pregnancy_layout`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pregnancy {
    pub cow: AnimalId,
    pub service_date: Date,
    pub method: Method,
    pub sire: Option<Sire>,
    pub confirmed_on: Option<Date>,
    pub gestation_days: u16,
    pub outcome: Outcome,
    /// The calving's details; the default unless the outcome is calved.
    #[serde(serialize_with = "super::pregnancy_layout::calving_in_layout_2")]
    pub calving: Calving,
}

impl Pregnancy {
    pub fn expected_calving(&self) -> Date {
        // In range by validation; saturate rather than panic on damaged data.
        self.service_date
            .plus_days(u64::from(self.gestation_days))
            .unwrap_or(self.service_date)
    }

    /// The calves' records this calving names: the first calf, then a twin.
    pub fn calves(&self) -> impl Iterator<Item = AnimalId> + '_ {
        let first = match &self.outcome {
            Outcome::Calved { calf, .. } => *calf,
            _ => None,
        };
        first
            .into_iter()
            .chain(self.calving.twin.and_then(|t| t.calf))
    }

    /// The herd bull named as sire, if the sire is one.
    pub fn sire_bull(&self) -> Option<AnimalId> {
        self.sire.as_ref().and_then(Sire::bull)
    }

    pub fn is_pending(&self) -> bool {
        self.outcome == Outcome::Pending
    }

    /// Past the expected date by more than two weeks with no outcome.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.is_pending()
            && overdue_if_expected_by(today).is_some_and(|last| self.expected_calving() <= last)
    }

    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.date("service_date", self.service_date);
        if let Some(Sire::Outside(code)) = &self.sire {
            p.text("sire", code, 40, true);
        }
        if let Some(c) = self.confirmed_on {
            p.date("confirmed_on", c);
            p.not_before("confirmed_on", c, self.service_date, service_date());
        }
        if !GESTATION_RANGE.contains(&self.gestation_days) {
            p.add("gestation_days", Message::new("err-gestation"));
        }
        match &self.outcome {
            Outcome::Pending | Outcome::Lost { .. } if !self.calving.is_default() => {
                p.add("calving", Message::new("err-calving-not-calved"));
            }
            _ => {}
        }
        self.calving.check(&mut p);
        if let (
            Outcome::Calved {
                calf: Some(first), ..
            },
            Some(twin),
        ) = (&self.outcome, self.calving.twin)
            && twin.calf == Some(*first)
        {
            p.add("twin_calf", Message::new("err-twin-same-calf"));
        }
        match &self.outcome {
            Outcome::Pending => {}
            Outcome::Calved { on, .. } => {
                p.date("outcome", *on);
                p.not_before("outcome", *on, self.service_date, service_date());
            }
            Outcome::Lost { on, reason } => {
                p.date("outcome", *on);
                p.not_before("outcome", *on, self.service_date, service_date());
                if let Some(m) = super::text::text_message(reason, 80, true) {
                    p.add("outcome", Message::new("err-reason").with("problem", m));
                }
            }
        }
        p.0
    }
}

fn service_date() -> Message {
    Message::new("term-service-date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overdue_starts_after_the_grace_days() {
        let today = Date::from_ymd(2026, 11, 28).unwrap();
        let mut p = sample();
        let expected = |p: &mut Pregnancy, days_ago: u64| {
            let on = today.minus_days(days_ago).unwrap();
            p.service_date = on.minus_days(u64::from(p.gestation_days)).unwrap();
        };
        expected(&mut p, GRACE_DAYS);
        assert!(!p.is_overdue(today));
        assert_eq!(grace_starts(today), Some(p.expected_calving()));
        expected(&mut p, GRACE_DAYS + 1);
        assert!(p.is_overdue(today));
        assert_eq!(overdue_if_expected_by(today), Some(p.expected_calving()));
    }

    fn sample() -> Pregnancy {
        Pregnancy {
            cow: AnimalId(3),
            service_date: Date::from_ymd(2026, 3, 1).unwrap(),
            method: Method::Ai,
            sire: Some(Sire::Outside("Brahman straw 77".into())),
            confirmed_on: Date::from_ymd(2026, 5, 1),
            gestation_days: DEFAULT_GESTATION_DAYS,
            outcome: Outcome::Pending,
            calving: Calving::default(),
        }
    }

    #[test]
    fn expected_and_overdue() {
        let p = sample();
        assert_eq!(p.expected_calving().to_string(), "2026-12-09");
        assert!(!p.is_overdue(Date::from_ymd(2026, 12, 23).unwrap()));
        assert!(p.is_overdue(Date::from_ymd(2026, 12, 24).unwrap()));
    }

    #[test]
    fn rules() {
        assert!(sample().validate().is_empty());
        let mut p = sample();
        p.confirmed_on = Date::from_ymd(2026, 2, 1);
        p.gestation_days = 100;
        p.outcome = Outcome::Lost {
            on: Date::from_ymd(2026, 2, 1).unwrap(),
            reason: String::new(),
        };
        let m: Vec<String> = p.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            m,
            vec![
                "confirmed_on: 2026-02-01 is before the service date (2026-03-01)",
                "gestation_days: gestation must be between 260 and 300 days (283 is usual for cattle)",
                "outcome: 2026-02-01 is before the service date (2026-03-01)",
                "outcome: reason must not be empty",
            ]
        );
    }
}

impl Pregnancy {
    /// The dated events of the record, which an approved month locks
    /// (see `review::facts`).
    pub fn facts(&self) -> Vec<crate::review::Fact> {
        use crate::review::fact;
        let p = self;
        {
            let mut v = vec![fact(
                "service_date",
                p.service_date,
                format!("{:?} {:?} {:?}", p.cow, p.method, p.sire),
            )];
            if let Some(on) = p.confirmed_on {
                v.push(fact("confirmed_on", on, String::new()));
            }
            match &p.outcome {
                Outcome::Calved { on, .. } | Outcome::Lost { on, .. } => v.push(fact(
                    "outcome",
                    *on,
                    format!("{:?} {:?}", p.outcome, p.calving),
                )),
                Outcome::Pending => {}
            }
            v
        }
    }
}

crate::kind!(Pregnancy: Pregnancy, PregnancyId, "pregnancy", |me| crate::BelongsTo::Cow(me.cow));
