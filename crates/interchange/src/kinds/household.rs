//! Household rows in exports and imports: columns, cells, reading.

use super::{InterchangeKind, Resolved};
use crate::cell::*;
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_i18n::tr;
use kumban_model::*;

impl InterchangeKind for Household {
    const STEM: &'static str = "households";
    const ONE: &'static str = "household";
    const MANY: &'static str = "households";
    const COLUMNS: &'static [Column] = &[
        col("code", Text, true),
        col("head_name", Text, true),
        col("village", Text, true),
        col("members", Int, true),
        col("phone", Text, false),
        col("groups", List, false),
        col("demonstration", Bool, false),
        col("poverty", Text, false),
        col("exited_on", Text, false),
        col("baseline_income", Text, false),
        col("baseline_currency", Text, false),
        col("enrolled_on", Text, true),
        col("notes", Text, false),
    ];

    fn cells(&self, _: &Names) -> Result<Vec<String>, ExportError> {
        let h = self;
        Ok({
            let (amount, currency) = match h.baseline_income {
                Some(m) => (m.decimal_text(), m.currency.code().to_string()),
                None => (String::new(), String::new()),
            };
            let exited = match h.poverty {
                Poverty::Exited { on } => on.to_string(),
                _ => String::new(),
            };
            vec![
                h.code.clone(),
                h.head_name.clone(),
                h.village.clone(),
                h.members.to_string(),
                h.phone.clone().unwrap_or_default(),
                groups_text(&h.groups),
                yes_no(h.demonstration).into(),
                words::poverty(&h.poverty).into(),
                exited,
                amount,
                currency,
                h.enrolled_on.to_string(),
                h.notes.clone(),
            ]
        })
    }

    fn draft(c: &mut Cells) -> Draft {
        let mut groups = Vec::new();
        for g in split_groups(c.raw("groups")) {
            match Group::parse_said(g) {
                Ok(g) => groups.push(g),
                Err(m) => c.bad("groups", m.text()),
            }
        }
        let members = c.int("members", None);
        let poverty = match c.choice("poverty", words::POVERTY, Some(words::PovertyWord::Poor)) {
            Some(words::PovertyWord::Exited) => Poverty::Exited {
                on: c.date("exited_on").unwrap_or(placeholder_date()),
            },
            other => {
                c.empty("exited_on", &tr!("imp-why-not-exited"));
                match other {
                    Some(words::PovertyWord::NearPoor) => Poverty::NearPoor,
                    Some(words::PovertyWord::NotPoor) => Poverty::NotPoor,
                    _ => Poverty::Poor,
                }
            }
        };
        Draft::Household(Household {
            code: c.text("code"),
            head_name: c.text("head_name"),
            village: c.text("village"),
            members: c.range("members", members, &tr!("imp-members-range")),
            phone: c.opt_text("phone"),
            groups,
            demonstration: c.bool("demonstration"),
            poverty,
            baseline_income: c.money("baseline_income", "baseline_currency"),
            enrolled_on: c.date("enrolled_on").unwrap_or(placeholder_date()),
            notes: c.text("notes"),
        })
    }

    fn fill_refs(&mut self, _: &Resolved) -> Option<()> {
        Some(())
    }
}
