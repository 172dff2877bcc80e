//! The health event form: one event for one animal. A campaign over many
//! animals is `campaign.rs`.

use super::field::{Field, RefSource};
use super::picker::reference_label;
use super::plausible::products;
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::submission::Submission;
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of};
use kumban_model::health::KNOWN_PRODUCTS;
use kumban_model::*;
use kumban_store::{Store, Stored};

pub(crate) fn kinds() -> Vec<&'static str> {
    HealthKind::ALL.iter().map(|k| k.label()).collect()
}

impl Form {
    /// A new health event, of `animal` when the clerk started from one.
    pub fn new_health(
        store: &Store,
        settings: &FormSettings,
        animal: Option<AnimalId>,
    ) -> Result<Form, OpenError> {
        let (household, animal) = match animal {
            Some(a) => match store.get::<Animal>(a)? {
                Some(s) => {
                    let h = s.record.household.0;
                    (
                        Some((h, reference_label(store, RecordKind::Household, h)?)),
                        Some((a.0, reference_label(store, RecordKind::Animal, a.0)?)),
                    )
                }
                None => (None, None),
            },
            None => (None, None),
        };
        Ok(Form::new(
            FormKind::record::<HealthEvent>(None),
            kumban_i18n::tr("form-title-new-health"),
            fields(settings, household, animal, None, products(store)?),
            settings,
        ))
    }

    pub fn edit_health(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<HealthEvent>,
    ) -> Result<Form, OpenError> {
        let a = stored.record.animal.0;
        let household = match store.get::<Animal>(AnimalId(a))? {
            Some(s) => {
                let h = s.record.household.0;
                Some((h, reference_label(store, RecordKind::Household, h)?))
            }
            None => None,
        };
        let animal = Some((a, reference_label(store, RecordKind::Animal, a)?));
        Ok(Form::new(
            FormKind::record::<HealthEvent>(Some(HealthEventId(stored.id))),
            kumban_i18n::tr!(
                "form-title-health",
                kind = capitalised(&kumban_i18n::tr_text("choice", stored.record.kind.label())),
                date = stored.record.date.to_string()
            ),
            fields(
                settings,
                household,
                animal,
                Some(&stored.record),
                products(store)?,
            ),
            settings,
        ))
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn fields(
    settings: &FormSettings,
    household: Option<(u64, String)>,
    animal: Option<(u64, String)>,
    e: Option<&HealthEvent>,
    products: Vec<String>,
) -> Vec<Field> {
    let kinds = kinds();
    let kind = e.map(|e| e.kind).unwrap_or(HealthKind::Vaccination);
    let text = |f: fn(&HealthEvent) -> String| e.map(f).unwrap_or_default();
    let mut out = vec![
        Field::reference("household", "Household", RefSource::Household, household),
        Field::reference("animal", "Animal", RefSource::AnimalOf("household"), animal),
        Field::date(
            "date",
            "Date",
            &e.map(|e| e.date).unwrap_or(settings.today).to_string(),
        ),
        Field::choice("kind", "Kind", &kinds, index_of(&kinds, kind.label())),
        // A new event starts from the disease vaccinated against most
        // (haemorrhagic septicaemia), written as the project writes it.
        Field::text(
            "product",
            "Disease or product",
            &e.map(|e| e.product.clone())
                .unwrap_or_else(|| KNOWN_PRODUCTS[0].to_string()),
        )
        .suggest(products),
        Field::text("dose", "Dose", &text(|e| e.dose.clone())).optional(),
        Field::text("given_by", "Given by", &text(|e| e.given_by.clone())).optional(),
        Field::money(
            "cost",
            "Cost",
            &text(|e| e.cost.map(|c| c.to_string()).unwrap_or_default()),
        )
        .optional(),
    ];
    if let Some(e) = e {
        // Shown, not edited: the events of one campaign keep its number.
        let campaign = e
            .campaign
            .map_or_else(|| "—".to_string(), |c| c.to_string());
        out.push(Field::fixed("campaign", "Campaign", &campaign));
    }
    if e.is_none() {
        // Only a new event writes its expense; an edit leaves the income
        // log as it was (it is edited on the Income screen).
        out.push(Field::yes_no("as_expense", "Cost also as expense", true));
    }
    out.extend([
        Field::text(
            "withdrawal_days",
            "Withdrawal days",
            &e.map(|e| e.withdrawal_days).unwrap_or_default().to_string(),
        ),
        Field::date(
            "next_due",
            "Next due",
            &text(|e| e.next_due.map(|d| d.to_string()).unwrap_or_default()),
        )
        .optional(),
        Field::text("notes", "Notes", &text(|e| e.notes.clone())).optional(),
    ]);
    out
}

/// A withdrawal as typed: a whole number, which may be negative so that
/// the model's rule gives its message ("-1 days is not ...").
pub(crate) fn withdrawal(r: &mut Reader) -> i32 {
    let s = r.text("withdrawal_days");
    if s.is_empty() {
        return 0;
    }
    match s.parse::<i64>() {
        Ok(n) => i32::try_from(n).unwrap_or(i32::MAX),
        Err(_) => {
            r.error(
                "withdrawal_days",
                kumban_i18n::tr!("err-withdrawal-not-a-number", text = s.clone()),
            );
            0
        }
    }
}

fn build(r: &mut Reader, id: Option<HealthEventId>, campaign: Option<u64>) -> Built {
    let label = r.choice("kind");
    let kind = HealthKind::parse(&label).unwrap_or(HealthKind::CheckUp);
    let event = HealthEvent {
        animal: AnimalId(r.reference("animal")),
        date: r.date("date"),
        kind,
        product: r.text("product"),
        dose: r.text("dose"),
        given_by: r.text("given_by"),
        cost: r.opt_money("cost"),
        withdrawal_days: withdrawal(r),
        next_due: r.opt_date("next_due"),
        campaign,
        notes: r.text("notes"),
    };
    let problems = event.validate();
    let submission = match id {
        Some(id) => Submission::Update {
            id: id.0,
            record: event.into(),
            expected: None,
        },
        None => Submission::Health {
            as_expense: r.yes("as_expense") && event.cost.is_some(),
            event,
        },
    };
    Built {
        submission,
        problems,
    }
}

impl RecordForm for HealthEvent {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        Form::new_health(store, settings, prefill.cow)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<HealthEvent>,
    ) -> Result<Form, OpenError> {
        Form::edit_health(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        // Only an edit form has the field: a new event is in no campaign.
        let campaign = match id {
            Some(_) => reader.text("campaign").parse::<u64>().ok(),
            None => None,
        };
        build(reader, id.map(HealthEventId), campaign)
    }

    fn describe(&self) -> String {
        kumban_i18n::tr!(
            "describe-health",
            kind = kumban_i18n::tr_text("choice", self.kind.label()),
            product = self.product.clone(),
            date = self.date.to_string()
        )
    }

    fn reference_label(&self) -> Option<String> {
        None
    }
}
