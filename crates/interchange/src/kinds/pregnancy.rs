//! Pregnancy rows in exports and imports: columns, cells, reading.

use super::{InterchangeKind, Resolved};
use crate::cell::*;
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_model::*;

impl InterchangeKind for Pregnancy {
    const STEM: &'static str = "pregnancies";
    const ONE: &'static str = "pregnancy";
    const MANY: &'static str = "pregnancies";
    const COLUMNS: &'static [Column] = &[
        col("cow", Text, true),
        col("service_date", Text, true),
        col("method", Text, true),
        col("sire", Text, false),
        col("confirmed_on", Text, false),
        col("gestation_days", Int, false),
        col("expected_calving", Text, false),
        col("outcome", Text, false),
        col("outcome_date", Text, false),
        col("calf", Text, false),
        col("loss_reason", Text, false),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let p = self;
        Ok({
            let cow = Names::name(&names.animals, "animal", p.cow.0, &|| {
                format!("a pregnancy serviced on {}", p.service_date)
            })?;
            let what = || format!("the pregnancy of {cow} serviced on {}", p.service_date);
            let (date, calf, reason) = match &p.outcome {
                Outcome::Pending => Default::default(),
                Outcome::Calved { on, calf } => (
                    on.to_string(),
                    match calf {
                        Some(c) => Names::name(&names.animals, "animal", c.0, &what)?,
                        None => String::new(),
                    },
                    String::new(),
                ),
                Outcome::Lost { on, reason } => (on.to_string(), String::new(), reason.clone()),
            };
            vec![
                cow.clone(),
                p.service_date.to_string(),
                words::method(p.method).into(),
                p.sire.clone().unwrap_or_default(),
                opt_date(p.confirmed_on),
                p.gestation_days.to_string(),
                p.expected_calving().to_string(),
                p.outcome.label().into(),
                date,
                calf,
                reason,
            ]
        })
    }

    fn draft(c: &mut Cells) -> Draft {
        use words::OutcomeWord;
        let service_date = c.date("service_date").unwrap_or(placeholder_date());
        let gestation = c.int("gestation_days", Some(i64::from(DEFAULT_GESTATION_DAYS)));
        let gestation_days = c.range(
            "gestation_days",
            gestation,
            "gestation must be between 260 and 300 days (283 is usual for cattle)",
        );
        let mut calf = None;
        let outcome = match c.choice("outcome", words::OUTCOME, Some(OutcomeWord::Pending)) {
            Some(OutcomeWord::Calved) => {
                c.empty("loss_reason", "for a calving");
                calf = c.opt_text("calf");
                Outcome::Calved {
                    on: c.date("outcome_date").unwrap_or(service_date),
                    calf: None,
                }
            }
            Some(OutcomeWord::Lost) => {
                c.empty("calf", "for a lost pregnancy");
                Outcome::Lost {
                    on: c.date("outcome_date").unwrap_or(service_date),
                    reason: c.text("loss_reason"),
                }
            }
            _ => {
                for col in ["outcome_date", "calf", "loss_reason"] {
                    c.empty(col, "while the pregnancy is pending");
                }
                Outcome::Pending
            }
        };
        let pregnancy = Pregnancy {
            cow: AnimalId(NO_ID),
            service_date,
            method: c
                .choice("method", words::METHOD, None)
                .unwrap_or(Method::Natural),
            sire: c.opt_text("sire"),
            confirmed_on: c.opt_date("confirmed_on"),
            gestation_days,
            outcome,
        };
        // The expected date is written for people reading the export; on the
        // way back it must agree with the service date and gestation.
        if let Some(expected) = c.opt_date("expected_calving")
            && gestation.is_some()
            && expected != pregnancy.expected_calving()
        {
            c.bad(
                "expected_calving",
                format!(
                    "{expected} is not service_date + gestation_days ({}); correct it or leave it empty",
                    pregnancy.expected_calving()
                ),
            );
        }
        Draft::Pregnancy {
            cow: c.text("cow"),
            calf,
            pregnancy,
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.cow = AnimalId(ids.animal?);
        if let Outcome::Calved { calf, .. } = &mut self.outcome {
            *calf = ids.calf.map(AnimalId);
        }
        Some(())
    }
}
