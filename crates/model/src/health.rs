//! Animal health: vaccinations, treatments, dewormings and check-ups, one
//! record per animal. A vaccination campaign over a pen, household or
//! village writes one event per animal, all with the same campaign id.

use super::{AnimalId, Date, Money, Problem, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};

/// What was done to the animal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HealthKind {
    Vaccination,
    Treatment,
    Deworming,
    CheckUp,
}

impl HealthKind {
    pub const ALL: [HealthKind; 4] = [
        HealthKind::Vaccination,
        HealthKind::Treatment,
        HealthKind::Deworming,
        HealthKind::CheckUp,
    ];

    pub fn label(self) -> &'static str {
        match self {
            HealthKind::Vaccination => "vaccination",
            HealthKind::Treatment => "treatment",
            HealthKind::Deworming => "deworming",
            HealthKind::CheckUp => "check-up",
        }
    }

    /// Reads a label as written in exports and forms (`check-up`, also
    /// `check up`, `checkup`).
    pub fn parse(s: &str) -> Option<HealthKind> {
        let s = s.trim().to_lowercase().replace([' ', '_'], "-");
        if s == "checkup" {
            return Some(HealthKind::CheckUp);
        }
        HealthKind::ALL.into_iter().find(|k| k.label() == s)
    }
}

/// Diseases and products the project meets most, offered as suggestions;
/// any other name may be written.
pub const KNOWN_PRODUCTS: [&str; 8] = [
    "haemorrhagic septicaemia",
    "foot-and-mouth disease",
    "blackleg",
    "anthrax",
    "parasites",
    "lumpy skin disease",
    "diarrhoea",
    "wound",
];

/// The longest withdrawal period a label gives, in days: a year.
pub const MAX_WITHDRAWAL_DAYS: i32 = 365;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HealthEvent {
    pub animal: AnimalId,
    pub date: Date,
    pub kind: HealthKind,
    /// The disease vaccinated or treated against, or the product given.
    pub product: String,
    pub dose: String,
    pub given_by: String,
    /// What the event cost, in the currency it was paid in.
    pub cost: Option<Money>,
    /// Days the animal's milk and meat must not be used after the event.
    /// Signed so that a typed -1 reaches the rule and its message.
    pub withdrawal_days: i32,
    pub next_due: Option<Date>,
    /// Shared by the events written together by one campaign: the id of
    /// the campaign's first event.
    pub campaign: Option<u64>,
    pub notes: String,
}

impl HealthEvent {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.date("date", self.date);
        p.text("product", &self.product, 80, true);
        p.text("dose", &self.dose, 40, false);
        p.text("given_by", &self.given_by, 80, false);
        if let Some(c) = self.cost
            && c.minor <= 0
        {
            p.add("cost", Message::new("err-health-cost-positive"));
        }
        if !(0..=MAX_WITHDRAWAL_DAYS).contains(&self.withdrawal_days) {
            p.add(
                "withdrawal_days",
                Message::new("err-withdrawal-days")
                    .with("days", i64::from(self.withdrawal_days))
                    .with("max", i64::from(MAX_WITHDRAWAL_DAYS)),
            );
        }
        if let Some(due) = self.next_due {
            p.date("next_due", due);
            p.not_before("next_due", due, self.date, Message::new("term-event-date"));
        }
        p.text("notes", &self.notes, 500, false);
        p.0
    }

    /// The last day the animal's milk and meat are withheld, if any.
    pub fn withdrawal_until(&self) -> Option<Date> {
        let days = u64::try_from(self.withdrawal_days)
            .ok()
            .filter(|d| *d > 0)?;
        self.date.plus_days(days)
    }

    pub fn facts(&self) -> Vec<crate::review::Fact> {
        use crate::review::fact;
        vec![fact("date", self.date, format!("{self:?}"))]
    }
}

crate::kind!(HealthEvent: HealthEvent, HealthEventId, "health event", |me| crate::BelongsTo::Cow(me.animal));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).expect("test date")
    }

    fn sample() -> HealthEvent {
        HealthEvent {
            animal: AnimalId(3),
            date: day(2026, 3, 10),
            kind: HealthKind::Vaccination,
            product: "haemorrhagic septicaemia".into(),
            dose: "2 ml".into(),
            given_by: "Mr Somphone".into(),
            cost: Some(Money::from_major(15_000, Currency::Lak)),
            withdrawal_days: 0,
            next_due: Some(day(2027, 3, 10)),
            campaign: None,
            notes: String::new(),
        }
    }

    #[test]
    fn rules() {
        assert!(sample().validate().is_empty());
        let mut e = sample();
        e.product = " ".into();
        e.withdrawal_days = -1;
        e.next_due = Some(day(2026, 3, 9));
        e.cost = Some(Money::new(0, Currency::Lak));
        let msgs: Vec<String> = e.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            msgs,
            vec![
                "product: must not be empty",
                "cost: the cost must be more than zero; leave it empty if nothing was paid",
                "withdrawal_days: -1 days is not a withdrawal period; write 0 to 365 (0 if none)",
                "next_due: 2026-03-09 is before the event's date (2026-03-10)",
            ]
        );
        let mut e = sample();
        e.withdrawal_days = 365;
        e.next_due = Some(e.date);
        assert!(e.validate().is_empty(), "the bounds are allowed");
        e.withdrawal_days = 366;
        assert_eq!(e.validate().len(), 1);
    }

    #[test]
    fn withdrawal_ends_days_after_the_event() {
        let mut e = sample();
        assert_eq!(e.withdrawal_until(), None);
        e.withdrawal_days = 28;
        assert_eq!(e.withdrawal_until(), Some(day(2026, 4, 7)));
    }

    #[test]
    fn kinds_read_back_from_their_labels() {
        for k in HealthKind::ALL {
            assert_eq!(HealthKind::parse(k.label()), Some(k));
        }
        assert_eq!(HealthKind::parse("Check up"), Some(HealthKind::CheckUp));
        assert_eq!(HealthKind::parse("checkup"), Some(HealthKind::CheckUp));
        assert_eq!(HealthKind::parse("surgery"), None);
    }
}
