//! The technician visit form: a household, the day, who came, why, what
//! they found and when they will come again.

use super::field::{Field, RefSource};
use super::picker::reference_label;
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::submission::Submission;
use super::{Built, Form, FormKind, FormSettings, OpenError};
use kumban_i18n::tr;
use kumban_model::visit::KNOWN_PURPOSES;
use kumban_model::*;
use kumban_store::{Store, Stored};

impl Form {
    /// A new visit, to `household` when the clerk started from one.
    pub fn new_visit(
        store: &Store,
        settings: &FormSettings,
        household: Option<HouseholdId>,
    ) -> Result<Form, OpenError> {
        let h = household
            .map(|h| reference_label(store, RecordKind::Household, h.0).map(|l| (h.0, l)))
            .transpose()?;
        Ok(Form::new(
            FormKind::record::<Visit>(None),
            tr!("form-title-new-visit"),
            fields(settings, h, None),
            settings,
        ))
    }

    pub fn edit_visit(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Visit>,
    ) -> Result<Form, OpenError> {
        let hid = stored.record.household.0;
        let h = (hid, reference_label(store, RecordKind::Household, hid)?);
        Ok(Form::new(
            FormKind::record::<Visit>(Some(VisitId(stored.id))),
            tr!("form-title-visit", date = stored.record.date.to_string()),
            fields(settings, Some(h), Some(&stored.record)),
            settings,
        ))
    }
}

fn fields(
    settings: &FormSettings,
    household: Option<(u64, String)>,
    v: Option<&Visit>,
) -> Vec<Field> {
    let text = |f: fn(&Visit) -> String| v.map(f).unwrap_or_default();
    vec![
        Field::reference("household", "Household", RefSource::Household, household),
        Field::date(
            "date",
            "Date",
            &v.map(|v| v.date).unwrap_or(settings.today).to_string(),
        ),
        Field::text("technician", "Technician", &text(|v| v.technician.clone())),
        Field::text(
            "purpose",
            "Purpose",
            &v.map(|v| v.purpose.clone())
                .unwrap_or_else(|| KNOWN_PURPOSES[0].to_string()),
        ),
        Field::text("findings", "Findings", &text(|v| v.findings.clone())).optional(),
        Field::date(
            "next_visit",
            "Next visit",
            &v.and_then(|v| v.next_visit)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        )
        .optional(),
    ]
}

fn build(r: &mut Reader, id: Option<VisitId>) -> Built {
    let visit = Visit {
        household: HouseholdId(r.reference("household")),
        date: r.date("date"),
        technician: r.text("technician"),
        purpose: r.text("purpose"),
        findings: r.text("findings"),
        next_visit: r.opt_date("next_visit"),
    };
    // The form knows today, so it refuses a visit in the future, which the
    // store alone cannot.
    let problems = visit.problems_on(r.today());
    let record: AnyRecord = visit.into();
    let submission = match id {
        Some(id) => Submission::Update {
            id: id.0,
            record,
            expected: None,
        },
        None => Submission::Insert(record),
    };
    Built {
        submission,
        problems,
    }
}

impl RecordForm for Visit {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        Form::new_visit(store, settings, prefill.household)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Visit>,
    ) -> Result<Form, OpenError> {
        Form::edit_visit(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(VisitId))
    }

    fn describe(&self) -> String {
        format!("{} on {}", self.purpose, self.date)
    }

    fn reference_label(&self) -> Option<String> {
        None
    }
}
