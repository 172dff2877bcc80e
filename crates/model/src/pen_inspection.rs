//! What a pen inspection found, and reading a pen in either stored layout
//! (see `layout`): layout 1 had only the date and inspector; layout 3 adds
//! the result, the failed checklist items and the next inspection date.

use super::layout;
use super::pen::{Pen, PenStatus};
use super::{Date, HouseholdId};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What the inspector concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InspectionResult {
    Pass,
    NeedsWork,
    Fail,
}

impl InspectionResult {
    pub const ALL: [InspectionResult; 3] = [
        InspectionResult::Pass,
        InspectionResult::NeedsWork,
        InspectionResult::Fail,
    ];

    /// The stored word (export files, forms).
    pub fn label(self) -> &'static str {
        match self {
            InspectionResult::Pass => "pass",
            InspectionResult::NeedsWork => "needs-work",
            InspectionResult::Fail => "fail",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.label() == word)
    }
}

/// One point of the inspection checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckItem {
    Roof,
    Floor,
    Drainage,
    Trough,
    /// Space per animal.
    Space,
}

impl CheckItem {
    pub const ALL: [CheckItem; 5] = [
        CheckItem::Roof,
        CheckItem::Floor,
        CheckItem::Drainage,
        CheckItem::Trough,
        CheckItem::Space,
    ];

    /// The stored word (export files, form field names after `check_`).
    pub fn label(self) -> &'static str {
        match self {
            CheckItem::Roof => "roof",
            CheckItem::Floor => "floor",
            CheckItem::Drainage => "drainage",
            CheckItem::Trough => "trough",
            CheckItem::Space => "space",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.label() == word)
    }
}

impl Pen {
    /// Whether anything of layout 3 is set; a pen without it keeps the
    /// version-1 bytes it always had.
    pub fn has_inspection_details(&self) -> bool {
        self.inspection_result.is_some()
            || !self.checklist_failed.is_empty()
            || self.next_inspection.is_some()
    }
}

#[derive(Serialize)]
#[serde(rename = "Pen")]
struct FirstRef<'a> {
    household: &'a HouseholdId,
    label: &'a String,
    capacity: &'a u16,
    status: &'a PenStatus,
    inspected_on: &'a Option<Date>,
    inspected_by: &'a Option<String>,
    notes: &'a String,
}

#[derive(Serialize)]
#[serde(rename = "Pen")]
struct InspectionRef<'a> {
    household: &'a HouseholdId,
    label: &'a String,
    capacity: &'a u16,
    status: &'a PenStatus,
    inspected_on: &'a Option<Date>,
    inspected_by: &'a Option<String>,
    notes: &'a String,
    inspection_result: &'a Option<InspectionResult>,
    checklist_failed: &'a Vec<CheckItem>,
    next_inspection: &'a Option<Date>,
}

impl Serialize for Pen {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let full = s.is_human_readable()
            || self.has_inspection_details()
            || layout::write_floor() >= layout::INSPECTION;
        if !full {
            layout::shortened(layout::INSPECTION);
            return FirstRef {
                household: &self.household,
                label: &self.label,
                capacity: &self.capacity,
                status: &self.status,
                inspected_on: &self.inspected_on,
                inspected_by: &self.inspected_by,
                notes: &self.notes,
            }
            .serialize(s);
        }
        layout::wrote(layout::INSPECTION);
        InspectionRef {
            household: &self.household,
            label: &self.label,
            capacity: &self.capacity,
            status: &self.status,
            inspected_on: &self.inspected_on,
            inspected_by: &self.inspected_by,
            notes: &self.notes,
            inspection_result: &self.inspection_result,
            checklist_failed: &self.checklist_failed,
            next_inspection: &self.next_inspection,
        }
        .serialize(s)
    }
}

#[derive(Deserialize)]
#[serde(rename = "Pen")]
struct First {
    household: HouseholdId,
    label: String,
    capacity: u16,
    status: PenStatus,
    inspected_on: Option<Date>,
    inspected_by: Option<String>,
    notes: String,
}

#[derive(Deserialize)]
#[serde(rename = "Pen")]
struct Inspection {
    household: HouseholdId,
    label: String,
    capacity: u16,
    status: PenStatus,
    inspected_on: Option<Date>,
    inspected_by: Option<String>,
    notes: String,
    // JSON files written before inspection details lack them.
    #[serde(default)]
    inspection_result: Option<InspectionResult>,
    #[serde(default)]
    checklist_failed: Vec<CheckItem>,
    #[serde(default)]
    next_inspection: Option<Date>,
}

impl<'de> Deserialize<'de> for Pen {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() && layout::read_version() < layout::INSPECTION {
            let p = First::deserialize(d)?;
            return Ok(Pen {
                household: p.household,
                label: p.label,
                capacity: p.capacity,
                status: p.status,
                inspected_on: p.inspected_on,
                inspected_by: p.inspected_by,
                notes: p.notes,
                inspection_result: None,
                checklist_failed: Vec::new(),
                next_inspection: None,
            });
        }
        let p = Inspection::deserialize(d)?;
        Ok(Pen {
            household: p.household,
            label: p.label,
            capacity: p.capacity,
            status: p.status,
            inspected_on: p.inspected_on,
            inspected_by: p.inspected_by,
            notes: p.notes,
            inspection_result: p.inspection_result,
            checklist_failed: p.checklist_failed,
            next_inspection: p.next_inspection,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inspected() -> Pen {
        Pen {
            household: HouseholdId(3),
            label: "Pen B".into(),
            capacity: 6,
            status: PenStatus::Inspected,
            inspected_on: Date::from_ymd(2025, 3, 1),
            inspected_by: Some("Somchai".into()),
            notes: String::new(),
            inspection_result: Some(InspectionResult::NeedsWork),
            checklist_failed: vec![CheckItem::Roof, CheckItem::Drainage],
            next_inspection: Date::from_ymd(2025, 6, 1),
        }
    }

    #[test]
    fn words_read_back() {
        for r in InspectionResult::ALL {
            assert_eq!(InspectionResult::parse(r.label()), Some(r));
        }
        for c in CheckItem::ALL {
            assert_eq!(CheckItem::parse(c.label()), Some(c));
        }
        assert_eq!(InspectionResult::parse("needs work"), None);
        assert_eq!(CheckItem::parse("Roof"), None);
    }

    /// A pen as a backup or JSON file before inspection details held it.
    #[test]
    fn a_json_pen_from_before_inspection_details_reads() {
        let mut old = serde_json::to_value(inspected()).expect("JSON");
        let fields = old.as_object_mut().expect("an object");
        assert_eq!(fields["inspection_result"], "needs-work");
        for gone in ["inspection_result", "checklist_failed", "next_inspection"] {
            fields.remove(gone);
        }
        let read: Pen = serde_json::from_value(old).expect("old JSON");
        let mut want = inspected();
        want.inspection_result = None;
        want.checklist_failed.clear();
        want.next_inspection = None;
        assert_eq!(read, want);
        let json = serde_json::to_string(&inspected()).expect("JSON");
        assert_eq!(
            serde_json::from_str::<Pen>(&json).expect("JSON"),
            inspected()
        );
    }
}
