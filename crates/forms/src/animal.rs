//! The animal form.

use super::field::{Field, RefSource};
use super::picker::{animal_label, reference_label};
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of, retarget};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::{Store, Stored};

pub(super) const SEX: [&str; 2] = ["female", "male"];
const ORIGIN: [&str; 3] = ["distributed", "born", "bought"];
const STATUS: [&str; 3] = ["active", "sold", "died"];

pub(super) fn sex_from(label: &str) -> Sex {
    if label == "male" {
        Sex::Male
    } else {
        Sex::Female
    }
}

pub(super) fn sex_field(sex: Sex) -> Field {
    Field::choice("sex", "Sex", &SEX, index_of(&SEX, sex.label()))
}

impl Form {
    /// A new animal, owned by `household` when the clerk started from one.
    pub fn new_animal(
        store: &Store,
        settings: &FormSettings,
        household: Option<HouseholdId>,
    ) -> Result<Form, OpenError> {
        let h = household
            .map(|h| reference_label(store, RecordKind::Household, h.0).map(|l| (h.0, l)))
            .transpose()?;
        let mut fields = fields(store, settings, None, h)?;
        super::suggest::suggest(store, &mut fields, "ear_tag", super::suggest::Code::EarTag);
        Ok(Form::new(
            FormKind::record::<Animal>(None),
            tr!("form-title-new-animal"),
            fields,
            settings,
        ))
    }

    pub fn edit_animal(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Animal>,
    ) -> Result<Form, OpenError> {
        let hid = stored.record.household.0;
        let h = (hid, reference_label(store, RecordKind::Household, hid)?);
        Ok(Form::new(
            FormKind::record::<Animal>(Some(AnimalId(stored.id))),
            tr!("form-title-animal", tag = stored.record.ear_tag.clone()),
            fields(store, settings, Some(stored), Some(h))?,
            settings,
        ))
    }
}

fn fields(
    store: &Store,
    settings: &FormSettings,
    a: Option<&Stored<Animal>>,
    household: Option<(u64, String)>,
) -> Result<Vec<Field>, OpenError> {
    let rec = a.map(|a| &a.record);
    let s = |f: fn(&Animal) -> String| rec.map(f).unwrap_or_default();
    let origin = rec
        .map(|a| a.origin)
        .unwrap_or(Origin::Distributed { on: settings.today });
    let (origin_on, dam) = match origin {
        Origin::Distributed { on } | Origin::Bought { on } => (on.to_string(), None),
        Origin::BornTo { dam } => (
            String::new(),
            Some((dam.0, reference_label(store, RecordKind::Animal, dam.0)?)),
        ),
    };
    let pen = match rec.and_then(|a| a.pen) {
        Some(p) => Some((p.0, reference_label(store, RecordKind::Pen, p.0)?)),
        None => None,
    };
    let status = rec
        .map(|a| a.status.clone())
        .unwrap_or(AnimalStatus::Active);
    let (status_on, price, cause) = match &status {
        AnimalStatus::Active => (String::new(), String::new(), String::new()),
        AnimalStatus::Sold { on, price } => (on.to_string(), price.to_string(), String::new()),
        AnimalStatus::Died { on, cause } => (on.to_string(), String::new(), cause.clone()),
    };
    Ok(vec![
        Field::text("ear_tag", "Ear tag", &s(|a| a.ear_tag.clone())),
        sex_field(rec.map(|a| a.sex).unwrap_or(Sex::Female)),
        Field::text("breed", "Breed", &s(|a| a.breed.clone())),
        Field::date("born_on", "Born on", &s(|a| a.born_on.to_string())),
        Field::yes_no(
            "born_estimated",
            "Birth date estimated",
            rec.is_some_and(|a| a.born_estimated),
        ),
        Field::choice(
            "origin",
            "Origin",
            &ORIGIN,
            index_of(&ORIGIN, origin.label()),
        )
        .models(&[]),
        Field::date("origin_on", "Origin date", &origin_on)
            .models(&["origin"])
            .shown_when("origin", &["distributed", "bought"]),
        Field::reference(
            "dam",
            "Dam",
            RefSource::Dam {
                except: a.map(|a| a.id),
            },
            dam,
        )
        .models(&["origin"])
        .shown_when("origin", &["born"]),
        Field::reference(
            "household",
            "Owner household",
            RefSource::Household,
            household,
        ),
        Field::reference("pen", "Pen", RefSource::PenOf("household"), pen).optional(),
        Field::choice(
            "status",
            "Status",
            &STATUS,
            index_of(&STATUS, status.label()),
        )
        .models(&[]),
        Field::date("status_on", "Sold/died on", &status_on)
            .models(&["status"])
            .shown_when("status", &["sold", "died"]),
        Field::money("price", "Sale price", &price).shown_when("status", &["sold"]),
        Field::text("cause", "Cause of death", &cause).shown_when("status", &["died"]),
        Field::text("notes", "Notes", &s(|a| a.notes.clone())).optional(),
    ])
}

fn build(r: &mut Reader, id: Option<AnimalId>) -> Built {
    let origin = match r.choice("origin").as_str() {
        "born" => Origin::BornTo {
            dam: AnimalId(r.reference("dam")),
        },
        "bought" => Origin::Bought {
            on: r.date("origin_on"),
        },
        _ => Origin::Distributed {
            on: r.date("origin_on"),
        },
    };
    let status = match r.choice("status").as_str() {
        "sold" => AnimalStatus::Sold {
            on: r.date("status_on"),
            price: r.money("price"),
        },
        "died" => AnimalStatus::Died {
            on: r.date("status_on"),
            cause: r.text("cause"),
        },
        _ => AnimalStatus::Active,
    };
    let animal = Animal {
        ear_tag: r.text("ear_tag"),
        sex: sex_from(&r.choice("sex")),
        breed: r.text("breed"),
        born_on: r.date("born_on"),
        born_estimated: r.yes("born_estimated"),
        origin,
        household: HouseholdId(r.reference("household")),
        pen: r.opt_reference("pen").map(PenId),
        status,
        notes: r.text("notes"),
    };
    let mut built = Built::record(id.map(|i| i.0), animal.into());
    retarget(&mut built.problems, "status", "price", "price");
    retarget(&mut built.problems, "status", "cause of death", "cause");
    built
}

impl RecordForm for Animal {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        Form::new_animal(store, settings, prefill.household)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Animal>,
    ) -> Result<Form, OpenError> {
        Form::edit_animal(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(AnimalId))
    }

    fn describe(&self) -> String {
        self.ear_tag.clone()
    }

    fn reference_label(&self) -> Option<String> {
        Some(animal_label(self))
    }
}
