//! Income log rows in exports and imports: columns, cells, reading.

use super::{InterchangeKind, Resolved};
use crate::cell::*;
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_i18n::tr;
use kumban_model::*;

impl InterchangeKind for IncomeLog {
    const STEM: &'static str = "income";
    const ONE: &'static str = "income log";
    const MANY: &'static str = "income logs";
    const COLUMNS: &'static [Column] = &[
        col("household", Text, true),
        col("date", Text, true),
        col("group", Text, true),
        col("flow", Text, true),
        col("amount", Text, true),
        col("currency", Text, true),
        col("description", Text, false),
        col("animal", Text, false),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let l = self;
        Ok({
            let what = || tr!("exp-what-income", date = l.date.to_string());
            vec![
                Names::name(&names.households, "household", l.household.0, &what)?,
                l.date.to_string(),
                l.group.as_str().into(),
                l.flow.label().into(),
                l.amount.decimal_text(),
                l.amount.currency.code().into(),
                l.description.clone(),
                match l.animal {
                    Some(a) => Names::name(&names.animals, "animal", a.0, &what)?,
                    None => String::new(),
                },
            ]
        })
    }

    fn draft(c: &mut Cells) -> Draft {
        let group = match Group::parse_said(c.raw("group")) {
            Ok(g) => g,
            Err(m) => {
                c.bad("group", m.text());
                Group::cattle()
            }
        };
        let amount = c.money("amount", "currency");
        if amount.is_none() && c.raw("amount").is_empty() && c.raw("currency").is_empty() {
            c.bad("amount", tr!("imp-enter-amount"));
        }
        Draft::Income {
            household: c.text("household"),
            animal: c.opt_text("animal"),
            log: IncomeLog {
                household: HouseholdId(NO_ID),
                date: c.date("date").unwrap_or(placeholder_date()),
                group,
                flow: c.choice("flow", words::FLOW, None).unwrap_or(Flow::Income),
                amount: amount.unwrap_or(Money::new(1, Currency::Usd)),
                description: c.text("description"),
                animal: None,
            },
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.household = HouseholdId(ids.household?);
        self.animal = ids.animal.map(AnimalId);
        Some(())
    }
}
