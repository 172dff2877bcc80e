//! The vaccination campaign form: one event for every animal present in a
//! pen, a household or a village, written in one transaction
//! (`Store::campaign`), each animal's event its own record in the history.

use super::field::{Field, RefSource};
use super::health::{kinds, withdrawal};
use super::reader::Reader;
use super::submission::Submission;
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of};
use kumban_model::health::KNOWN_PRODUCTS;
use kumban_model::*;
use kumban_store::{CampaignScope, Store};

const SCOPES: [&str; 3] = ["village", "household", "pen"];

impl Form {
    /// A new campaign; the village is the first one the households name.
    pub fn record_campaign(store: &Store, settings: &FormSettings) -> Result<Form, OpenError> {
        let mut villages: Vec<String> = Vec::new();
        for h in store.all::<Household>() {
            let v = h?.record.village;
            if !villages.contains(&v) {
                villages.push(v);
            }
        }
        if villages.is_empty() {
            return Err(OpenError::NotApplicable(kumban_i18n::tr(
                "form-campaign-no-households",
            )));
        }
        let village_refs: Vec<&str> = villages.iter().map(String::as_str).collect();
        let kinds = kinds();
        let fields = vec![
            Field::choice("scope", "Animals of", &SCOPES, 0),
            Field::choice("village", "Village", &village_refs, 0).shown_when("scope", &["village"]),
            Field::reference("household", "Household", RefSource::Household, None)
                .shown_when("scope", &["household", "pen"]),
            Field::reference("pen", "Pen", RefSource::PenOf("household"), None)
                .shown_when("scope", &["pen"]),
            Field::date("date", "Date", &settings.today.to_string()),
            Field::choice(
                "kind",
                "Kind",
                &kinds,
                index_of(&kinds, HealthKind::Vaccination.label()),
            ),
            Field::text("product", "Disease or product", KNOWN_PRODUCTS[0])
                .suggest(super::plausible::products(store)?),
            Field::text("dose", "Dose", "").optional(),
            Field::text("given_by", "Given by", "").optional(),
            Field::money("cost", "Cost per animal", "").optional(),
            Field::yes_no("as_expense", "Cost also as expense", true),
            Field::text("withdrawal_days", "Withdrawal days", "0"),
            Field::date("next_due", "Next due", "").optional(),
            Field::text("notes", "Notes", "").optional(),
        ];
        Ok(Form::new(
            FormKind::Campaign,
            kumban_i18n::tr("form-title-campaign"),
            fields,
            settings,
        ))
    }
}

pub(super) fn build_campaign(r: &mut Reader) -> Built {
    let scope = match r.choice("scope").as_str() {
        "pen" => CampaignScope::Pen(PenId(r.reference("pen"))),
        "household" => CampaignScope::Household(HouseholdId(r.reference("household"))),
        _ => CampaignScope::Village(r.choice("village")),
    };
    let kind = HealthKind::parse(&r.choice("kind")).unwrap_or(HealthKind::Vaccination);
    // The animal is a stand-in: the store writes one copy per animal.
    let template = HealthEvent {
        animal: AnimalId(0),
        date: r.date("date"),
        kind,
        product: r.text("product"),
        dose: r.text("dose"),
        given_by: r.text("given_by"),
        cost: r.opt_money("cost"),
        withdrawal_days: withdrawal(r),
        next_due: r.opt_date("next_due"),
        campaign: None,
        notes: r.text("notes"),
    };
    let problems = template.validate();
    Built {
        submission: Submission::Campaign {
            scope,
            as_expense: r.yes("as_expense") && template.cost.is_some(),
            template,
        },
        problems,
    }
}
