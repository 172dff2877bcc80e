//! The weight form: an animal, the day, kilograms to a tenth, and how it
//! was weighed.

use super::field::{Field, RefSource};
use super::picker::reference_label;
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::submission::Submission;
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::{Store, Stored};

fn methods() -> Vec<&'static str> {
    WeighMethod::ALL.iter().map(|m| m.label()).collect()
}

impl Form {
    /// A new weight, of `animal` when the clerk started from one.
    pub fn new_weight(
        store: &Store,
        settings: &FormSettings,
        animal: Option<AnimalId>,
    ) -> Result<Form, OpenError> {
        let a = animal
            .map(|a| reference_label(store, RecordKind::Animal, a.0).map(|l| (a.0, l)))
            .transpose()?;
        Ok(Form::new(
            FormKind::record::<Weight>(None),
            tr("form-title-new-weight"),
            fields(settings, a, None),
            settings,
        ))
    }

    pub fn edit_weight(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Weight>,
    ) -> Result<Form, OpenError> {
        let aid = stored.record.animal.0;
        let a = (aid, reference_label(store, RecordKind::Animal, aid)?);
        Ok(Form::new(
            FormKind::record::<Weight>(Some(WeightId(stored.id))),
            tr!("form-title-weight", date = stored.record.date.to_string()),
            fields(settings, Some(a), Some(&stored.record)),
            settings,
        ))
    }
}

fn fields(
    settings: &FormSettings,
    animal: Option<(u64, String)>,
    w: Option<&Weight>,
) -> Vec<Field> {
    let methods = methods();
    // Villages weigh with a girth tape far more often than on a scale.
    let method = w.map(|w| w.method).unwrap_or(WeighMethod::GirthTape);
    vec![
        Field::reference("animal", "Animal", RefSource::AnyAnimal, animal),
        Field::date(
            "date",
            "Date",
            &w.map(|w| w.date).unwrap_or(settings.today).to_string(),
        ),
        Field::text(
            "kg",
            "Weight (kg)",
            &w.map(|w| w.kg.to_string()).unwrap_or_default(),
        ),
        Field::choice(
            "method",
            "Weighed by",
            &methods,
            index_of(&methods, method.label()),
        ),
        Field::text(
            "notes",
            "Notes",
            &w.map(|w| w.notes.clone()).unwrap_or_default(),
        )
        .optional(),
    ]
}

fn build(r: &mut Reader, id: Option<WeightId>) -> Built {
    let kg = match Kg::parse_said(&r.text("kg")) {
        Ok(kg) => kg,
        Err(m) => {
            r.error("kg", m.text());
            // A stand-in the model accepts, so only the reading is reported.
            Kg(1)
        }
    };
    let label = r.choice("method");
    let weight = Weight {
        animal: AnimalId(r.reference("animal")),
        date: r.date("date"),
        kg,
        method: WeighMethod::parse(&label).unwrap_or(WeighMethod::Scale),
        notes: r.text("notes"),
    };
    // The form knows today, so it refuses a weighing in the future, which
    // the store alone cannot.
    let problems = weight.problems_on(r.today());
    let record: AnyRecord = weight.into();
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

impl RecordForm for Weight {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        // `cow` is the animal the clerk started from (its weights).
        Form::new_weight(store, settings, prefill.cow)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Weight>,
    ) -> Result<Form, OpenError> {
        Form::edit_weight(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(WeightId))
    }

    fn describe(&self) -> String {
        tr!(
            "describe-weight",
            kg = self.kg.to_string(),
            date = self.date.to_string()
        )
    }

    fn reference_label(&self) -> Option<String> {
        None
    }
}
