use super::pen_inspection::{CheckItem, InspectionResult};
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

/// Its stored layout changed with inspection details (layout 3, the last
/// three fields); `pen_inspection` reads and writes both layouts.
#[derive(Debug, Clone, PartialEq)]
pub struct Pen {
    pub household: HouseholdId,
    pub label: String,
    pub capacity: u16,
    pub status: PenStatus,
    pub inspected_on: Option<Date>,
    pub inspected_by: Option<String>,
    pub notes: String,
    pub inspection_result: Option<InspectionResult>,
    /// The checklist items the pen failed, each at most once; the others
    /// passed (or were not looked at, when there is no result).
    pub checklist_failed: Vec<CheckItem>,
    pub next_inspection: Option<Date>,
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
        self.inspection_rules(&mut p);
        p.text("notes", &self.notes, 500, false);
        p.0
    }

    fn inspection_rules(&self, p: &mut Problems) {
        // An inspected pen without its date is already refused for that.
        let undated = self.inspected_on.is_none() && self.status != PenStatus::Inspected;
        if undated {
            if self.inspection_result.is_some() {
                p.add(
                    "inspection_result",
                    Message::new("err-inspection-result-date"),
                );
            }
            if !self.checklist_failed.is_empty() {
                p.add(
                    "checklist_failed",
                    Message::new("err-inspection-result-date"),
                );
            }
        }
        let twice = self
            .checklist_failed
            .iter()
            .enumerate()
            .any(|(i, c)| self.checklist_failed[..i].contains(c));
        if twice {
            p.add("checklist_failed", Message::new("err-checklist-twice"));
        }
        if let Some(next) = self.next_inspection {
            p.date("next_inspection", next);
            match self.inspected_on {
                Some(on) => p.not_before(
                    "next_inspection",
                    next,
                    on,
                    Message::new("term-inspection-date"),
                ),
                None if undated => p.add(
                    "next_inspection",
                    Message::new("err-inspection-result-date"),
                ),
                None => {}
            }
        }
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
            inspection_result: Some(InspectionResult::Fail),
            checklist_failed: vec![CheckItem::Trough],
            next_inspection: Date::from_ymd(2018, 4, 1),
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

    #[test]
    fn inspection_details_need_the_inspection() {
        let mut p = sample();
        p.status = PenStatus::Built;
        p.inspected_on = None;
        p.inspected_by = None;
        let fields: Vec<&str> = p.validate().iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            vec!["inspection_result", "checklist_failed", "next_inspection"]
        );
        let mut p = sample();
        p.next_inspection = Date::from_ymd(2018, 2, 28);
        let m: Vec<String> = p.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].starts_with("next_inspection: 2018-02-28 is before"),
            "{m:?}"
        );
        let mut p = sample();
        p.next_inspection = p.inspected_on;
        assert!(p.validate().is_empty(), "the same day is allowed");
        p.checklist_failed = vec![CheckItem::Roof, CheckItem::Floor, CheckItem::Roof];
        let fields: Vec<&str> = p.validate().iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["checklist_failed"]);
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
                let mut what = format!("{:?} {:?}", p.inspected_by, p.status);
                // What the inspection found is locked with it; a pen
                // without details keeps the words it always had.
                if p.has_inspection_details() {
                    what += &format!(
                        " {:?} {:?} {:?}",
                        p.inspection_result, p.checklist_failed, p.next_inspection
                    );
                }
                fact("inspected_on", on, what)
            })
            .into_iter()
            .collect()
    }
}

crate::kind!(Pen: Pen, PenId, "cattle pen", |me| crate::BelongsTo::Household(me.household));
