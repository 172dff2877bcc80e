//! The household form.

use super::field::Field;
use super::picker::household_label;
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of, known_groups};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::{Store, StoreError, Stored};

const POVERTY: [&str; 4] = ["poor", "near-poor", "not poor", "exited"];

impl Form {
    pub fn new_household(store: &Store, settings: &FormSettings) -> Result<Form, OpenError> {
        let mut fields = fields(store, settings, None)?;
        super::suggest::suggest(store, &mut fields, "code", super::suggest::Code::Household);
        Ok(Form::new(
            FormKind::record::<Household>(None),
            tr!("form-title-new-household"),
            fields,
            settings,
        ))
    }

    pub fn edit_household(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Household>,
    ) -> Result<Form, OpenError> {
        let fields = fields(store, settings, Some(&stored.record))?;
        Ok(Form::new(
            FormKind::record::<Household>(Some(HouseholdId(stored.id))),
            tr!("form-title-household", code = stored.record.code.clone()),
            fields,
            settings,
        ))
    }
}

fn fields(
    store: &Store,
    settings: &FormSettings,
    h: Option<&Household>,
) -> Result<Vec<Field>, OpenError> {
    let chosen: Vec<String> = h
        .map(|h| h.groups.iter().map(|g| g.as_str().to_string()).collect())
        .unwrap_or_default();
    let poverty = h.map(|h| h.poverty).unwrap_or(Poverty::Poor);
    let exited_on = match poverty {
        Poverty::Exited { on } => on.to_string(),
        _ => String::new(),
    };
    let text = |f: fn(&Household) -> String| h.map(f).unwrap_or_default();
    Ok(vec![
        Field::text("code", "Code", &text(|h| h.code.clone())),
        Field::text("head_name", "Head's name", &text(|h| h.head_name.clone())),
        Field::text(
            "village",
            "Village",
            &h.map(|h| h.village.clone())
                .unwrap_or_else(|| settings.village.clone()),
        ),
        Field::number("members", "Members", &text(|h| h.members.to_string())),
        Field::text(
            "phone",
            "Phone",
            &text(|h| h.phone.clone().unwrap_or_default()),
        )
        .optional(),
        Field::multi("groups", "Production groups", known_groups(store)?, &chosen),
        Field::yes_no(
            "demonstration",
            "Demonstration",
            h.is_some_and(|h| h.demonstration),
        ),
        // Its only problem is the exit date's, shown beside that.
        Field::choice(
            "poverty",
            "Poverty status",
            &POVERTY,
            index_of(&POVERTY, poverty.label()),
        )
        .models(&[]),
        Field::date("exited_on", "Exited on", &exited_on)
            .models(&["poverty"])
            .shown_when("poverty", &["exited"]),
        Field::money(
            "baseline_income",
            "Baseline income",
            &text(|h| h.baseline_income.map(|m| m.to_string()).unwrap_or_default()),
        )
        .optional(),
        Field::date(
            "enrolled_on",
            "Enrolled on",
            &h.map(|h| h.enrolled_on)
                .unwrap_or(settings.today)
                .to_string(),
        ),
        Field::text("notes", "Notes", &text(|h| h.notes.clone())).optional(),
    ])
}

fn build(r: &mut Reader, id: Option<HouseholdId>) -> Built {
    let mut groups = Vec::new();
    for g in r.multi("groups") {
        match Group::parse_said(&g) {
            Ok(g) => groups.push(g),
            Err(m) => r.error("groups", m.text()),
        }
    }
    let poverty = match r.choice("poverty").as_str() {
        "near-poor" => Poverty::NearPoor,
        "not poor" => Poverty::NotPoor,
        "exited" => Poverty::Exited {
            on: r.date("exited_on"),
        },
        _ => Poverty::Poor,
    };
    let household = Household {
        code: r.text("code"),
        head_name: r.text("head_name"),
        village: r.text("village"),
        members: u8::try_from(r.number("members")).unwrap_or(u8::MAX),
        phone: r.opt_text("phone"),
        groups,
        demonstration: r.yes("demonstration"),
        poverty,
        baseline_income: r.opt_money("baseline_income"),
        enrolled_on: r.date("enrolled_on"),
        notes: r.text("notes"),
    };
    Built::record(id.map(|i| i.0), household.into())
}

impl RecordForm for Household {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        _prefill: Prefill,
    ) -> Result<Form, OpenError> {
        if !settings.village.is_empty() {
            return Form::new_household(store, settings);
        }
        // The village of the last household entered: a clerk enters one
        // village's households at a time.
        let mut settings = settings.clone();
        settings.village = last_village(store)?;
        Form::new_household(store, &settings)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Household>,
    ) -> Result<Form, OpenError> {
        Form::edit_household(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(HouseholdId))
    }

    fn describe(&self) -> String {
        self.code.clone()
    }

    fn reference_label(&self) -> Option<String> {
        Some(household_label(self))
    }
}

/// The village of the household with the highest id among the last 100
/// handed out (reading back from the id counter, not through every
/// household: a district has 20,000).
fn last_village(store: &Store) -> Result<String, StoreError> {
    let next = store
        .counters()?
        .next_id
        .get(&RecordKind::Household)
        .copied()
        .unwrap_or(0);
    for id in (next.saturating_sub(100)..=next).rev() {
        if let Some(h) = store.get::<Household>(HouseholdId(id))? {
            return Ok(h.record.village);
        }
    }
    Ok(String::new())
}
