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
            },
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.household = HouseholdId(ids.household?);
        Some(())
    }
}
