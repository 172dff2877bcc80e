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

/// Shown as the result of an inspection not (yet) judged.
const NO_RESULT: &str = "not recorded";

/// The result choice: none, then each result as the clerk reads it
/// (`needs work`, stored `needs-work`).
fn results() -> Vec<&'static str> {
    let mut out = vec![NO_RESULT];
    out.extend(InspectionResult::ALL.iter().map(|r| match r {
        InspectionResult::Pass => "pass",
        InspectionResult::NeedsWork => "needs work",
        InspectionResult::Fail => "fail",
    }));
    out
}

/// Each checklist item's yes/no field: yes when the item is in order.
fn check_fields() -> [(CheckItem, &'static str, &'static str); 5] {
    [
        (CheckItem::Roof, "check_roof", "Roof ok"),
        (CheckItem::Floor, "check_floor", "Floor ok"),
        (CheckItem::Drainage, "check_drainage", "Drainage ok"),
        (CheckItem::Trough, "check_trough", "Trough ok"),
        (CheckItem::Space, "check_space", "Space per head ok"),
    ]
}

fn inspection_fields(p: Option<&Pen>) -> Vec<Field> {
    let results = results();
    let result = p.and_then(|p| p.inspection_result).map_or(0, |r| {
        1 + InspectionResult::ALL
            .iter()
            .position(|x| *x == r)
            .unwrap_or(0)
    });
    let mut out = vec![
        Field::choice("inspection_result", "Inspection result", &results, result)
            .shown_when("status", &["inspected"]),
    ];
    for (item, name, label) in check_fields() {
        let failed = p.is_some_and(|p| p.checklist_failed.contains(&item));
        out.push(Field::yes_no(name, label, !failed).shown_when("status", &["inspected"]));
    }
    out.push(
        Field::date(
            "next_inspection",
            "Next inspection",
            &p.and_then(|p| p.next_inspection)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        )
        .optional()
        .shown_when("status", &["inspected"]),
    );
    out
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
    let mut out = vec![
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
    ];
    out.extend(inspection_fields(p));
    out.push(
        Field::text(
            "notes",
            "Notes",
            &p.map(|p| p.notes.clone()).unwrap_or_default(),
        )
        .optional(),
    );
    out
}

fn build(r: &mut Reader, id: Option<PenId>) -> Built {
    let label = r.choice("status");
    let status = PenStatus::ALL
        .into_iter()
        .find(|s| s.label() == label)
        .unwrap_or(PenStatus::Planned);
    // Hidden fields (a pen not inspected) keep no inspection details.
    let inspected = r.visible("inspection_result");
    let result = InspectionResult::parse(&r.choice("inspection_result").replace(' ', "-"))
        .filter(|_| inspected);
    let checklist_failed = check_fields()
        .into_iter()
        .filter(|(_, name, _)| inspected && !r.yes(name))
        .map(|(item, _, _)| item)
        .collect();
    let pen = Pen {
        household: HouseholdId(r.reference("household")),
        label: r.text("label"),
        capacity: u16::try_from(r.number("capacity")).unwrap_or(u16::MAX),
        status,
        inspected_on: r.opt_date("inspected_on"),
        inspected_by: r.opt_text("inspected_by"),
        notes: r.text("notes"),
        inspection_result: result,
        checklist_failed,
        next_inspection: r.opt_date("next_inspection"),
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
