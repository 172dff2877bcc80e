//! Pregnancy rows in exports and imports: columns, cells, reading.

use super::{InterchangeKind, Resolved};
use crate::cell::*;
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_i18n::tr;
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
        // Lineage, after the first columns so that older files (which end
        // at loss_reason) still read: `sire` is an outside sire's code.
        col("sire_bull", Text, false),
        col("calving_ease", Text, false),
        col("calves", Int, false),
        col("birth_weight_kg", Text, false),
        col("stillborn", Text, false),
        col("twin_calf", Text, false),
        col("twin_birth_weight_kg", Text, false),
        col("twin_stillborn", Text, false),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let p = self;
        Ok({
            let cow = Names::name(&names.animals, "animal", p.cow.0, &|| {
                tr!("exp-what-pregnancy", date = p.service_date.to_string())
            })?;
            let what = || {
                tr!(
                    "imp-what-pregnancy",
                    cow = cow.as_str(),
                    date = p.service_date.to_string()
                )
            };
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
            let animal = |id: AnimalId| Names::name(&names.animals, "animal", id.0, &what);
            let sire_bull = match p.sire_bull() {
                Some(b) => animal(b)?,
                None => String::new(),
            };
            let calved = matches!(p.outcome, Outcome::Calved { .. });
            let k = &p.calving;
            let twin = k.twin;
            let twin_calf = match twin.and_then(|t| t.calf) {
                Some(t) => animal(t)?,
                None => String::new(),
            };
            let kg = |w: Option<Kg>| w.map(|w| w.to_string()).unwrap_or_default();
            let lineage = [
                sire_bull,
                k.ease.map(|e| e.label().to_string()).unwrap_or_default(),
                if calved {
                    k.calves().to_string()
                } else {
                    String::new()
                },
                kg(k.first.weight),
                if calved {
                    yes_no(k.first.stillborn).into()
                } else {
                    String::new()
                },
                twin_calf,
                kg(twin.and_then(|t| t.birth.weight)),
                twin.map(|t| yes_no(t.birth.stillborn).to_string())
                    .unwrap_or_default(),
            ];
            let mut row = vec![
                cow.clone(),
                p.service_date.to_string(),
                words::method(p.method).into(),
                p.sire
                    .as_ref()
                    .and_then(|s| s.outside())
                    .unwrap_or_default()
                    .to_string(),
                opt_date(p.confirmed_on),
                p.gestation_days.to_string(),
                p.expected_calving().to_string(),
                p.outcome.label().into(),
                date,
                calf,
                reason,
            ];
            row.extend(lineage);
            row
        })
    }

    fn draft(c: &mut Cells) -> Draft {
        use words::OutcomeWord;
        let service_date = c.date("service_date").unwrap_or(placeholder_date());
        let gestation = c.int("gestation_days", Some(i64::from(DEFAULT_GESTATION_DAYS)));
        let gestation_days = c.range("gestation_days", gestation, &tr!("imp-gestation-range"));
        let mut calf = None;
        let mut twin = None;
        let mut calving = Calving::default();
        let outcome = match c.choice("outcome", words::OUTCOME, Some(OutcomeWord::Pending)) {
            Some(OutcomeWord::Calved) => {
                c.empty("loss_reason", &tr!("imp-why-calving"));
                calf = c.opt_text("calf");
                (calving, twin) = calving_cells(c);
                Outcome::Calved {
                    on: c.date("outcome_date").unwrap_or(service_date),
                    calf: None,
                }
            }
            Some(OutcomeWord::Lost) => {
                let why = tr!("imp-why-lost");
                c.empty("calf", &why);
                for col in CALVING_COLUMNS {
                    c.empty(col, &why);
                }
                Outcome::Lost {
                    on: c.date("outcome_date").unwrap_or(service_date),
                    reason: c.text("loss_reason"),
                }
            }
            _ => {
                let why = tr!("imp-why-pending");
                for col in ["outcome_date", "calf", "loss_reason"]
                    .into_iter()
                    .chain(CALVING_COLUMNS)
                {
                    c.empty(col, &why);
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
            sire: c.opt_text("sire").map(Sire::Outside),
            confirmed_on: c.opt_date("confirmed_on"),
            gestation_days,
            outcome,
            calving,
        };
        let sire = c.opt_text("sire_bull");
        if sire.is_some() && pregnancy.sire.is_some() {
            c.bad("sire_bull", tr!("imp-sire-both"));
        }
        // The expected date is written for people reading the export; on the
        // way back it must agree with the service date and gestation.
        if let Some(expected) = c.opt_date("expected_calving")
            && gestation.is_some()
            && expected != pregnancy.expected_calving()
        {
            c.bad(
                "expected_calving",
                tr!(
                    "imp-expected-calving",
                    expected = expected.to_string(),
                    computed = pregnancy.expected_calving().to_string()
                ),
            );
        }
        Draft::Pregnancy {
            cow: c.text("cow"),
            calf,
            twin,
            sire,
            pregnancy,
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.cow = AnimalId(ids.animal?);
        if let Outcome::Calved { calf, .. } = &mut self.outcome {
            *calf = ids.calf.map(AnimalId);
        }
        if let Some(twin) = &mut self.calving.twin {
            twin.calf = ids.twin.map(AnimalId);
        }
        if let Some(bull) = ids.sire {
            self.sire = Some(Sire::Herd(AnimalId(bull)));
        }
        Some(())
    }
}

/// The columns only a calving fills.
const CALVING_COLUMNS: [&str; 7] = [
    "calving_ease",
    "calves",
    "birth_weight_kg",
    "stillborn",
    "twin_calf",
    "twin_birth_weight_kg",
    "twin_stillborn",
];

/// A calving's details and its twin's ear tag. Every column may be empty:
/// files from before lineage have none of them.
fn calving_cells(c: &mut Cells) -> (Calving, Option<String>) {
    let ease = match c.raw("calving_ease") {
        "" => None,
        word => Ease::parse(word).or_else(|| {
            c.bad(
                "calving_ease",
                tr!(
                    "imp-not-one-of",
                    text = word,
                    words = "normal, assisted, hard, caesarean"
                ),
            );
            None
        }),
    };
    let calves = c.int("calves", Some(1));
    let twins = match calves {
        Some(1) | None => false,
        Some(2) => true,
        Some(n) => {
            c.bad("calves", tr!("imp-calves", n = n));
            false
        }
    };
    let first = Birth {
        weight: birth_weight(c, "birth_weight_kg"),
        stillborn: opt_bool(c, "stillborn"),
    };
    let mut tag = None;
    let twin = if twins {
        tag = c.opt_text("twin_calf");
        Some(Twin {
            calf: None,
            birth: Birth {
                weight: birth_weight(c, "twin_birth_weight_kg"),
                stillborn: opt_bool(c, "twin_stillborn"),
            },
        })
    } else {
        let why = tr!("imp-why-not-twins");
        for col in ["twin_calf", "twin_birth_weight_kg", "twin_stillborn"] {
            c.empty(col, &why);
        }
        None
    };
    (Calving { ease, first, twin }, tag)
}

fn birth_weight(c: &mut Cells, column: &'static str) -> Option<Kg> {
    let raw = c.raw(column);
    if raw.is_empty() {
        return None;
    }
    match Kg::parse_said(raw) {
        Ok(kg) => Some(kg),
        // Zero is the model's to say (a birth weight's own words).
        Err(_) if raw.trim_start_matches(['0', '.']).is_empty() => Some(Kg(0)),
        Err(m) => {
            c.bad(column, m.text());
            None
        }
    }
}

fn opt_bool(c: &mut Cells, column: &'static str) -> bool {
    !c.raw(column).is_empty() && c.bool(column)
}
