//! The household form.

use super::field::Field;
use super::reader::Reader;
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of, known_groups};
use kumban_model::*;
use kumban_store::{Store, Stored};

const POVERTY: [&str; 4] = ["poor", "near-poor", "not poor", "exited"];

impl Form {
    pub fn new_household(store: &Store, settings: &FormSettings) -> Result<Form, OpenError> {
        let fields = fields(store, settings, None)?;
        Ok(Form::new(
            FormKind::Household(None),
            "New household".into(),
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
            FormKind::Household(Some(HouseholdId(stored.id))),
            format!("Household {}", stored.record.code),
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

pub(super) fn build(r: &mut Reader, id: Option<HouseholdId>) -> Built {
    let mut groups = Vec::new();
    for g in r.multi("groups") {
        match Group::parse(&g) {
            Ok(g) => groups.push(g),
            Err(m) => r.error("groups", m),
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
