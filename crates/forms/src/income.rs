//! The income log form.

use super::field::{Field, RefSource};
use super::picker::reference_label;
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of, known_groups};
use kumban_i18n::{tr, tr_text};
use kumban_model::*;
use kumban_store::{Store, Stored};

const FLOW: [&str; 2] = ["income", "expense"];

impl Form {
    /// A new income log, for `household` when the clerk started from one.
    pub fn new_income(
        store: &Store,
        settings: &FormSettings,
        household: Option<HouseholdId>,
    ) -> Result<Form, OpenError> {
        let h = household
            .map(|h| reference_label(store, RecordKind::Household, h.0).map(|l| (h.0, l)))
            .transpose()?;
        Ok(Form::new(
            FormKind::record::<IncomeLog>(None),
            tr!("form-title-new-income"),
            fields(store, settings, None, h)?,
            settings,
        ))
    }

    pub fn edit_income(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<IncomeLog>,
    ) -> Result<Form, OpenError> {
        let hid = stored.record.household.0;
        let h = (hid, reference_label(store, RecordKind::Household, hid)?);
        Ok(Form::new(
            FormKind::record::<IncomeLog>(Some(IncomeId(stored.id))),
            tr!("form-title-income", date = stored.record.date.to_string()),
            fields(store, settings, Some(&stored.record), Some(h))?,
            settings,
        ))
    }
}

fn fields(
    store: &Store,
    settings: &FormSettings,
    l: Option<&IncomeLog>,
    household: Option<(u64, String)>,
) -> Result<Vec<Field>, OpenError> {
    let mut groups = known_groups(store)?;
    if let Some(l) = l
        && !groups.iter().any(|g| g == l.group.as_str())
    {
        groups.push(l.group.as_str().to_string());
    }
    let group_refs: Vec<&str> = groups.iter().map(String::as_str).collect();
    let group = l.map(|l| l.group.as_str()).unwrap_or(group::CATTLE);
    let animal = match l.and_then(|l| l.animal) {
        Some(a) => Some((a.0, reference_label(store, RecordKind::Animal, a.0)?)),
        None => None,
    };
    Ok(vec![
        Field::reference("household", "Household", RefSource::Household, household),
        Field::date(
            "date",
            "Date",
            &l.map(|l| l.date).unwrap_or(settings.today).to_string(),
        ),
        Field::choice(
            "group",
            "Production group",
            &group_refs,
            index_of(&group_refs, group),
        )
        .data_options(),
        Field::choice(
            "flow",
            "Income or expense",
            &FLOW,
            index_of(&FLOW, l.map(|l| l.flow.label()).unwrap_or("income")),
        ),
        Field::money(
            "amount",
            "Amount",
            &l.map(|l| l.amount.to_string()).unwrap_or_default(),
        ),
        Field::text(
            "description",
            "Description",
            &l.map(|l| l.description.clone()).unwrap_or_default(),
        )
        .optional(),
        Field::reference("animal", "Animal", RefSource::AnimalOf("household"), animal).optional(),
    ])
}

fn build(r: &mut Reader, id: Option<IncomeId>) -> Built {
    let group = match Group::parse_said(&r.choice("group")) {
        Ok(g) => g,
        Err(m) => {
            r.error("group", m.text());
            Group::cattle()
        }
    };
    let log = IncomeLog {
        household: HouseholdId(r.reference("household")),
        date: r.date("date"),
        group,
        flow: if r.choice("flow") == "expense" {
            Flow::Expense
        } else {
            Flow::Income
        },
        amount: r.money("amount"),
        description: r.text("description"),
        animal: r.opt_reference("animal").map(AnimalId),
    };
    Built::record(id.map(|i| i.0), log.into())
}

impl RecordForm for IncomeLog {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        Form::new_income(store, settings, prefill.household)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<IncomeLog>,
    ) -> Result<Form, OpenError> {
        Form::edit_income(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(IncomeId))
    }

    fn describe(&self) -> String {
        tr!(
            "describe-income",
            flow = tr_text("choice", self.flow.label()),
            amount = self.amount.to_string(),
            date = self.date.to_string()
        )
    }

    /// No field refers to an income log.
    fn reference_label(&self) -> Option<String> {
        None
    }
}
