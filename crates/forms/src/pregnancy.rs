//! The full pregnancy (breeding record) form, for entering past records
//! and correcting mistakes. Day-to-day work goes through the breeding
//! workflow forms in `breeding`.

use super::field::{Field, RefSource};
use super::lineage::{calving_fields, read_calving, read_sire, sire_fields};
use super::picker::reference_label;
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of, retarget};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::{Store, Stored};

pub(super) const METHOD: [&str; 2] = ["natural", "AI"];
const OUTCOME: [&str; 3] = ["pending", "calved", "lost"];

pub(super) fn method_from(label: &str) -> Method {
    if label == "AI" {
        Method::Ai
    } else {
        Method::Natural
    }
}

impl Form {
    /// A new pregnancy, of `cow` when the clerk started from one.
    pub fn new_pregnancy(
        store: &Store,
        settings: &FormSettings,
        cow: Option<AnimalId>,
    ) -> Result<Form, OpenError> {
        let cow = cow
            .map(|c| reference_label(store, RecordKind::Animal, c.0).map(|l| (c.0, l)))
            .transpose()?;
        Ok(Form::new(
            FormKind::record::<Pregnancy>(None),
            tr!("form-title-new-pregnancy"),
            fields(store, settings, None, cow)?,
            settings,
        ))
    }

    pub fn edit_pregnancy(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Pregnancy>,
    ) -> Result<Form, OpenError> {
        let c = stored.record.cow.0;
        let cow = (c, reference_label(store, RecordKind::Animal, c)?);
        Ok(Form::new(
            FormKind::record::<Pregnancy>(Some(PregnancyId(stored.id))),
            tr!("form-title-pregnancy", cow = cow.1.clone()),
            fields(store, settings, Some(stored), Some(cow))?,
            settings,
        ))
    }
}

fn fields(
    store: &Store,
    settings: &FormSettings,
    p: Option<&Stored<Pregnancy>>,
    cow: Option<(u64, String)>,
) -> Result<Vec<Field>, OpenError> {
    let rec = p.map(|p| &p.record);
    let outcome = rec.map(|p| p.outcome.clone()).unwrap_or(Outcome::Pending);
    let (outcome_on, calf, reason) = match &outcome {
        Outcome::Pending => (String::new(), None, String::new()),
        Outcome::Calved { on, calf } => (
            on.to_string(),
            match calf {
                Some(c) => Some((c.0, reference_label(store, RecordKind::Animal, c.0)?)),
                None => None,
            },
            String::new(),
        ),
        Outcome::Lost { on, reason } => (on.to_string(), None, reason.clone()),
    };
    let twin = match rec.and_then(|p| p.calving.twin).and_then(|t| t.calf) {
        Some(c) => Some((c.0, reference_label(store, RecordKind::Animal, c.0)?)),
        None => None,
    };
    let mut fields = vec![
        Field::reference(
            "cow",
            "Cow",
            RefSource::Cow {
                ignoring: p.map(|p| p.id),
            },
            cow,
        ),
        Field::date(
            "service_date",
            "Service date",
            &rec.map(|p| p.service_date)
                .unwrap_or(settings.today)
                .to_string(),
        ),
        Field::choice(
            "method",
            "Method",
            &METHOD,
            index_of(&METHOD, rec.map(|p| p.method.label()).unwrap_or("natural")),
        ),
    ];
    fields.extend(sire_fields(store, rec.and_then(|p| p.sire.as_ref()))?);
    fields.extend([
        Field::date(
            "confirmed_on",
            "Confirmed on",
            &rec.and_then(|p| p.confirmed_on)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        )
        .optional(),
        Field::number(
            "gestation_days",
            "Gestation (days)",
            &rec.map(|p| p.gestation_days)
                .unwrap_or(settings.gestation_days)
                .to_string(),
        ),
        Field::choice(
            "outcome",
            "Outcome",
            &OUTCOME,
            index_of(&OUTCOME, outcome.label()),
        )
        .models(&[]),
        Field::date("outcome_on", "Outcome date", &outcome_on)
            .models(&["outcome"])
            .shown_when("outcome", &["calved", "lost"]),
        Field::reference("calf", "Calf", RefSource::CalfOf("cow"), calf)
            .optional()
            .models(&["outcome"])
            .shown_when("outcome", &["calved"]),
        Field::reference("twin_calf", "Twin calf", RefSource::CalfOf("cow"), twin)
            .optional()
            .shown_when("twins", &["yes"]),
        Field::text("reason", "Reason of loss", &reason).shown_when("outcome", &["lost"]),
    ]);
    // Calving details, for a calved outcome; kept at the end so the fields
    // above stay where the clerk knows them.
    let calved = ["calved"];
    let default = Calving::default();
    let details = rec.map(|p| &p.calving).unwrap_or(&default);
    fields.extend(
        calving_fields(details, "not recorded")
            .into_iter()
            .map(|f| match f.name {
                "twin_birth_weight_kg" | "twin_stillborn" => f,
                _ => f.shown_when("outcome", &calved),
            }),
    );
    Ok(fields)
}

fn build(r: &mut Reader, id: Option<PregnancyId>) -> Built {
    let outcome = match r.choice("outcome").as_str() {
        "calved" => Outcome::Calved {
            on: r.date("outcome_on"),
            calf: r.opt_reference("calf").map(AnimalId),
        },
        "lost" => Outcome::Lost {
            on: r.date("outcome_on"),
            reason: r.text("reason"),
        },
        _ => Outcome::Pending,
    };
    let calving = match outcome {
        Outcome::Calved { .. } => {
            let mut c = read_calving(r);
            if let Some(t) = &mut c.twin {
                t.calf = r.opt_reference("twin_calf").map(AnimalId);
            }
            c
        }
        _ => Calving::default(),
    };
    let pregnancy = Pregnancy {
        cow: AnimalId(r.reference("cow")),
        service_date: r.date("service_date"),
        method: method_from(&r.choice("method")),
        sire: read_sire(r),
        confirmed_on: r.opt_date("confirmed_on"),
        gestation_days: u16::try_from(r.number("gestation_days")).unwrap_or(u16::MAX),
        outcome,
        calving,
    };
    let mut built = Built::record(id.map(|i| i.0), pregnancy.into());
    retarget(&mut built.problems, "outcome", "reason", "reason");
    built
}

impl RecordForm for Pregnancy {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        Form::new_pregnancy(store, settings, prefill.cow)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Pregnancy>,
    ) -> Result<Form, OpenError> {
        Form::edit_pregnancy(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(PregnancyId))
    }

    fn describe(&self) -> String {
        tr!("describe-pregnancy", date = self.service_date.to_string())
    }

    /// No field refers to a pregnancy.
    fn reference_label(&self) -> Option<String> {
        None
    }
}
