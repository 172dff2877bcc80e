//! The cattle pen form.

use super::field::{Field, RefSource};
use super::picker::{pen_label, reference_label};
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::{Store, Stored};

fn statuses() -> Vec<&'static str> {
    PenStatus::ALL.iter().map(|s| s.label()).collect()
}

impl Form {
    /// A new pen, for `household` when the clerk started from one.
    pub fn new_pen(
        store: &Store,
        settings: &FormSettings,
        household: Option<HouseholdId>,
    ) -> Result<Form, OpenError> {
        let h = household
            .map(|h| reference_label(store, RecordKind::Household, h.0).map(|l| (h.0, l)))
            .transpose()?;
        Ok(Form::new(
            FormKind::record::<Pen>(None),
            tr!("form-title-new-pen"),
            fields(h, None),
            settings,
        ))
    }

    pub fn edit_pen(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Pen>,
    ) -> Result<Form, OpenError> {
        let hid = stored.record.household.0;
        let h = (hid, reference_label(store, RecordKind::Household, hid)?);
        Ok(Form::new(
            FormKind::record::<Pen>(Some(PenId(stored.id))),
            tr!("form-title-pen", label = stored.record.label.clone()),
            fields(Some(h), Some(&stored.record)),
            settings,
        ))
    }
}

fn fields(household: Option<(u64, String)>, p: Option<&Pen>) -> Vec<Field> {
    let statuses = statuses();
    let status = p.map(|p| p.status).unwrap_or(PenStatus::Planned);
    vec![
        Field::reference("household", "Household", RefSource::Household, household),
        Field::text(
            "label",
            "Label",
            &p.map(|p| p.label.clone()).unwrap_or_default(),
        ),
        Field::number(
            "capacity",
            "Capacity (head)",
            &p.map(|p| p.capacity.to_string()).unwrap_or_default(),
        ),
        Field::choice(
            "status",
            "Status",
            &statuses,
            index_of(&statuses, status.label()),
        ),
        Field::date(
            "inspected_on",
            "Inspected on",
            &p.and_then(|p| p.inspected_on)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        )
        .optional()
        .shown_when("status", &["inspected"]),
        Field::text(
            "inspected_by",
            "Inspected by",
            &p.and_then(|p| p.inspected_by.clone()).unwrap_or_default(),
        )
        .optional()
        .shown_when("status", &["inspected"]),
        Field::text(
            "notes",
            "Notes",
            &p.map(|p| p.notes.clone()).unwrap_or_default(),
        )
        .optional(),
    ]
}

fn build(r: &mut Reader, id: Option<PenId>) -> Built {
    let label = r.choice("status");
    let status = PenStatus::ALL
        .into_iter()
        .find(|s| s.label() == label)
        .unwrap_or(PenStatus::Planned);
    let pen = Pen {
        household: HouseholdId(r.reference("household")),
        label: r.text("label"),
        capacity: u16::try_from(r.number("capacity")).unwrap_or(u16::MAX),
        status,
        inspected_on: r.opt_date("inspected_on"),
        inspected_by: r.opt_text("inspected_by"),
        notes: r.text("notes"),
    };
    Built::record(id.map(|i| i.0), pen.into())
}

impl RecordForm for Pen {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        Form::new_pen(store, settings, prefill.household)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Pen>,
    ) -> Result<Form, OpenError> {
        Form::edit_pen(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(PenId))
    }

    fn describe(&self) -> String {
        self.label.clone()
    }

    fn reference_label(&self) -> Option<String> {
        Some(pen_label(self))
    }
}
