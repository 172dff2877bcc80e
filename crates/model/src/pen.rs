use super::{Date, HouseholdId, Problem, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};

/// A pen moves forward through these stages as the household builds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PenStatus {
    Planned,
    Building,
    Built,
    Inspected,
}

impl PenStatus {
    pub const ALL: [PenStatus; 4] = [
        PenStatus::Planned,
        PenStatus::Building,
        PenStatus::Built,
        PenStatus::Inspected,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PenStatus::Planned => "planned",
            PenStatus::Building => "building",
            PenStatus::Built => "built",
            PenStatus::Inspected => "inspected",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pen {
    pub household: HouseholdId,
    pub label: String,
    pub capacity: u16,
    pub status: PenStatus,
    pub inspected_on: Option<Date>,
    pub inspected_by: Option<String>,
    pub notes: String,
}

pub const MAX_CAPACITY: u16 = 200;

impl Pen {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.text("label", &self.label, 40, true);
        if !(1..=MAX_CAPACITY).contains(&self.capacity) {
            p.add("capacity", Message::new("err-capacity-range"));
        }
        match (self.status, self.inspected_on) {
            (PenStatus::Inspected, None) => {
                p.add("inspected_on", Message::new("err-inspection-date-needed"))
            }
            (PenStatus::Inspected, Some(d)) => p.date("inspected_on", d),
            (_, Some(_)) => p.add("inspected_on", Message::new("err-inspection-date-only")),
            (_, None) => {}
        }
        if let Some(by) = &self.inspected_by {
            p.text("inspected_by", by, 60, true);
            if self.status != PenStatus::Inspected {
                p.add("inspected_by", Message::new("err-inspector-only"));
            }
        }
        p.text("notes", &self.notes, 500, false);
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Pen {
        Pen {
            household: HouseholdId(1),
            label: "Pen A".into(),
            capacity: 4,
            status: PenStatus::Inspected,
            inspected_on: Date::from_ymd(2018, 3, 1),
            inspected_by: Some("范锡宁".into()),
            notes: String::new(),
        }
    }

    #[test]
    fn rules() {
        assert!(sample().validate().is_empty());
        let mut p = sample();
        p.capacity = 0;
        p.inspected_on = None;
        let m: Vec<String> = p.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            m,
            vec![
                "capacity: capacity must be between 1 and 200 head",
                "inspected_on: an inspected pen needs the date of the inspection",
            ]
        );
        let mut p = sample();
        p.status = PenStatus::Built;
        p.label = "".into();
        p.capacity = 201;
        let m: Vec<String> = p.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(m.len(), 4, "{m:?}");
        assert!(m[0].starts_with("label: must not be empty"));
        assert!(m[2].contains("only an inspected pen has an inspection date"));
        assert!(m[3].contains("only an inspected pen has an inspector"));
    }
}

impl Pen {
    /// The dated events of the record, which an approved month locks
    /// (see `review::facts`).
    pub fn facts(&self) -> Vec<crate::review::Fact> {
        use crate::review::fact;
        let p = self;
        p.inspected_on
            .map(|on| {
                fact(
                    "inspected_on",
                    on,
                    format!("{:?} {:?}", p.inspected_by, p.status),
                )
            })
            .into_iter()
            .collect()
    }
}

crate::kind!(Pen: Pen, PenId, "cattle pen", |me| crate::BelongsTo::Household(me.household));
