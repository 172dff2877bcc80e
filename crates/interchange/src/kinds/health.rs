//! Health event rows in exports and imports: columns, cells, reading. An
//! event names its animal by ear tag; it is keyed by animal, date, kind and
//! product (an animal is not given the same thing twice a day).

use super::{InterchangeKind, Resolved};
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_i18n::tr;
use kumban_model::health::MAX_WITHDRAWAL_DAYS;
use kumban_model::*;

/// The kinds as exported: their labels (`check-up` hyphened).
const KIND: &[(&str, HealthKind)] = &[
    ("vaccination", HealthKind::Vaccination),
    ("treatment", HealthKind::Treatment),
    ("deworming", HealthKind::Deworming),
    ("check-up", HealthKind::CheckUp),
];

impl InterchangeKind for HealthEvent {
    const STEM: &'static str = "health";
    const ONE: &'static str = "health event";
    const MANY: &'static str = "health events";
    const COLUMNS: &'static [Column] = &[
        col("animal", Text, true),
        col("date", Text, true),
        col("kind", Text, true),
        col("product", Text, true),
        col("dose", Text, false),
        col("given_by", Text, false),
        col("cost", Text, false),
        col("currency", Text, false),
        col("withdrawal_days", Int, false),
        col("next_due", Text, false),
        col("campaign", Int, false),
        col("notes", Text, false),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let e = self;
        let what = || kumban_i18n::tr!("exp-what-health", date = e.date.to_string());
        let (cost, currency) = match e.cost {
            Some(m) => (m.decimal_text(), m.currency.code().to_string()),
            None => (String::new(), String::new()),
        };
        Ok(vec![
            Names::name(&names.animals, "animal", e.animal.0, &what)?,
            e.date.to_string(),
            e.kind.label().into(),
            e.product.clone(),
            e.dose.clone(),
            e.given_by.clone(),
            cost,
            currency,
            e.withdrawal_days.to_string(),
            e.next_due.map(|d| d.to_string()).unwrap_or_default(),
            e.campaign.map(|c| c.to_string()).unwrap_or_default(),
            e.notes.clone(),
        ])
    }

    fn draft(c: &mut Cells) -> Draft {
        let days = c.int("withdrawal_days", Some(0));
        let rule = tr!("imp-withdrawal-range", max = i64::from(MAX_WITHDRAWAL_DAYS));
        let withdrawal_days: i32 = c.range("withdrawal_days", days, &rule);
        let campaign = if c.raw("campaign").is_empty() {
            None
        } else {
            let n = c.int("campaign", None);
            let id: u64 = c.range("campaign", n, &tr!("imp-campaign-range"));
            (id > 0).then_some(id)
        };
        Draft::Health {
            animal: c.text("animal"),
            event: HealthEvent {
                animal: AnimalId(NO_ID),
                date: c.date("date").unwrap_or(placeholder_date()),
                kind: c.choice("kind", KIND, None).unwrap_or(HealthKind::CheckUp),
                product: c.text("product"),
                dose: c.text("dose"),
                given_by: c.text("given_by"),
                cost: c.money("cost", "currency"),
                withdrawal_days,
                next_due: c.opt_date("next_due"),
                campaign,
                notes: c.text("notes"),
            },
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.animal = AnimalId(ids.animal?);
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cell::choice;

    #[test]
    fn every_kind_has_its_word() {
        for k in HealthKind::ALL {
            assert_eq!(choice(k.label(), KIND), Ok(k));
        }
    }
}
