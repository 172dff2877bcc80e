//! Pen rows in exports and imports: columns, cells, reading.

use super::{InterchangeKind, Resolved};
use crate::cell::*;
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_i18n::tr;
use kumban_model::*;

impl InterchangeKind for Pen {
    const STEM: &'static str = "pens";
    const ONE: &'static str = "pen";
    const MANY: &'static str = "pens";
    const COLUMNS: &'static [Column] = &[
        col("household", Text, true),
        col("label", Text, true),
        col("capacity", Int, true),
        col("status", Text, false),
        col("inspected_on", Text, false),
        col("inspected_by", Text, false),
        col("notes", Text, false),
        // Added with inspection details; files without them still read.
        col("inspection_result", Text, false),
        col("checklist_failed", List, false),
        col("next_inspection", Text, false),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let p = self;
        Ok({
            let what = || tr!("exp-what-pen", label = p.label.as_str());
            vec![
                Names::name(&names.households, "household", p.household.0, &what)?,
                p.label.clone(),
                p.capacity.to_string(),
                p.status.label().into(),
                opt_date(p.inspected_on),
                p.inspected_by.clone().unwrap_or_default(),
                p.notes.clone(),
                p.inspection_result
                    .map(|r| r.label().to_string())
                    .unwrap_or_default(),
                p.checklist_failed
                    .iter()
                    .map(|c| c.label())
                    .collect::<Vec<_>>()
                    .join(";"),
                opt_date(p.next_inspection),
            ]
        })
    }

    fn draft(c: &mut Cells) -> Draft {
        let capacity = c.int("capacity", None);
        Draft::Pen {
            household: c.text("household"),
            pen: Pen {
                household: HouseholdId(NO_ID),
                label: c.text("label"),
                capacity: c.range("capacity", capacity, &tr!("imp-capacity-range")),
                status: c
                    .choice("status", words::PEN_STATUS, Some(PenStatus::Planned))
                    .unwrap_or(PenStatus::Planned),
                inspected_on: c.opt_date("inspected_on"),
                inspected_by: c.opt_text("inspected_by"),
                notes: c.text("notes"),
                inspection_result: opt_result(c),
                checklist_failed: checklist(c),
                next_inspection: c.opt_date("next_inspection"),
            },
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.household = HouseholdId(ids.household?);
        Some(())
    }
}

fn opt_result(c: &mut Cells) -> Option<InspectionResult> {
    if c.raw("inspection_result").is_empty() {
        return None;
    }
    let words: Vec<(&str, InspectionResult)> = InspectionResult::ALL
        .into_iter()
        .map(|r| (r.label(), r))
        .collect();
    c.choice("inspection_result", &words, None)
}

/// The failed items, separated by `;` as exported (spaces and commas
/// read too); a word repeated counts once.
fn checklist(c: &mut Cells) -> Vec<CheckItem> {
    let mut failed = Vec::new();
    let mut wrong = Vec::new();
    for word in split_groups(c.raw("checklist_failed")) {
        match CheckItem::parse(&word.to_ascii_lowercase()) {
            Some(item) if !failed.contains(&item) => failed.push(item),
            Some(_) => {}
            None => wrong.push(word.to_string()),
        }
    }
    if !wrong.is_empty() {
        let allowed: Vec<&str> = CheckItem::ALL.iter().map(|c| c.label()).collect();
        c.bad(
            "checklist_failed",
            tr!(
                "imp-not-one-of",
                text = wrong.join(" "),
                words = allowed.join(", ")
            ),
        );
    }
    failed
}
