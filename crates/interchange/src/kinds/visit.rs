//! Technician visit rows in exports and imports. A visit is named by its
//! household's code, its date and its technician (the store keeps one
//! visit a day by each technician).

use super::{InterchangeKind, Resolved};
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_model::visit::visit_after_today_said;
use kumban_model::*;

impl InterchangeKind for Visit {
    const STEM: &'static str = "visits";
    const ONE: &'static str = "technician visit";
    const MANY: &'static str = "technician visits";
    const COLUMNS: &'static [Column] = &[
        col("household", Text, true),
        col("date", Text, true),
        col("technician", Text, true),
        col("purpose", Text, true),
        col("findings", Text, false),
        col("next_visit", Text, false),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let what = || kumban_i18n::tr!("exp-what-visit", date = self.date.to_string());
        Ok(vec![
            Names::name(&names.households, "household", self.household.0, &what)?,
            self.date.to_string(),
            self.technician.clone(),
            self.purpose.clone(),
            self.findings.clone(),
            opt_date(self.next_visit),
        ])
    }

    fn draft(c: &mut Cells) -> Draft {
        let date = c.date("date");
        if let Some(m) = date.and_then(|d| visit_after_today_said(d, c.today())) {
            c.bad("date", m.text());
        }
        Draft::Visit {
            household: c.text("household"),
            visit: Visit {
                household: HouseholdId(NO_ID),
                date: date.unwrap_or(placeholder_date()),
                technician: c.text("technician"),
                purpose: c.text("purpose"),
                findings: c.text("findings"),
                next_visit: c.opt_date("next_visit"),
            },
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.household = HouseholdId(ids.household?);
        Some(())
    }
}
