//! What ends an animal's time in the herd: a sale (with its income) or a
//! death. Each is one form and one store transaction.

use super::field::Field;
use super::picker::reference_label;
use super::reader::Reader;
use super::submission::Submission;
use super::{Built, Form, FormKind, FormSettings, OpenError, retarget};
use kumban_i18n::{tr, tr_text};
use kumban_model::*;
use kumban_store::Store;

fn active(store: &Store, id: AnimalId) -> Result<(Animal, String), OpenError> {
    let a = store.fetch::<Animal>(id)?.record;
    if !a.is_active() {
        return Err(OpenError::NotApplicable(tr!(
            "form-animal-not-active",
            tag = a.ear_tag.clone(),
            status = tr_text("choice", a.status.label())
        )));
    }
    let owner = reference_label(store, RecordKind::Household, a.household.0)?;
    let shown = tr!(
        "form-animal-of",
        tag = a.ear_tag.clone(),
        sex = tr_text("choice", a.sex.label()),
        owner = owner
    );
    Ok((a, shown))
}

impl Form {
    /// Record a sale: the animal is marked sold, and the price goes into
    /// the owner's income in the cattle group, linked to the animal.
    pub fn record_sale(
        store: &Store,
        settings: &FormSettings,
        id: AnimalId,
    ) -> Result<Form, OpenError> {
        let (animal, shown) = active(store, id)?;
        let fields = vec![
            Field::fixed("animal", "Animal", &shown),
            Field::date("sold_on", "Sold on", &settings.today.to_string())
                .models(&["status", "date"]),
            Field::money("price", "Price", "").models(&["price", "amount"]),
            Field::text(
                "description",
                "Income note",
                &tr!("form-sale-note", tag = animal.ear_tag.clone()),
            )
            .optional(),
        ];
        Ok(Form::new(
            FormKind::Sale {
                id,
                animal: animal.clone(),
            },
            tr!("form-title-sale", tag = animal.ear_tag.clone()),
            fields,
            settings,
        ))
    }

    /// Record a death with its date and cause.
    pub fn record_death(
        store: &Store,
        settings: &FormSettings,
        id: AnimalId,
    ) -> Result<Form, OpenError> {
        let (animal, shown) = active(store, id)?;
        let fields = vec![
            Field::fixed("animal", "Animal", &shown),
            Field::date("died_on", "Died on", &settings.today.to_string()).models(&["status"]),
            Field::text("cause", "Cause", ""),
        ];
        Ok(Form::new(
            FormKind::Death {
                id,
                animal: animal.clone(),
            },
            tr!("form-title-death", tag = animal.ear_tag.clone()),
            fields,
            settings,
        ))
    }
}

pub(super) fn build_sale(r: &mut Reader, id: AnimalId, animal: &Animal) -> Built {
    let on = r.date("sold_on");
    let price = r.money("price");
    let mut sold = animal.clone();
    sold.status = AnimalStatus::Sold { on, price };
    let income = IncomeLog {
        household: animal.household,
        date: on,
        group: Group::cattle(),
        flow: Flow::Income,
        amount: price,
        description: r.text("description"),
        animal: Some(id),
    };
    // The price problem is the animal's "status" problem ("the sale price
    // must be more than zero") and the log's "amount" problem; show the
    // animal's once, beside the price, and the log's own beside its fields.
    let mut problems = sold.validate();
    retarget(&mut problems, "status", "price", "price");
    problems.extend(
        income
            .validate()
            .into_iter()
            .filter(|p| p.field == "description"),
    );
    Built {
        submission: Submission::Sale {
            animal: id,
            record: sold,
            income,
        },
        problems,
    }
}

pub(super) fn build_death(r: &mut Reader, id: AnimalId, animal: &Animal) -> Built {
    let mut dead = animal.clone();
    dead.status = AnimalStatus::Died {
        on: r.date("died_on"),
        cause: r.text("cause"),
    };
    let mut built = Built::record(Some(id.0), dead.into());
    retarget(&mut built.problems, "status", "cause of death", "cause");
    built
}
