//! The household member form.

use super::animal::{sex_field, sex_from};
use super::field::{Field, RefSource};
use super::picker::reference_label;
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::submission::Submission;
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of, known_groups};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::{Store, Stored};

fn relations() -> Vec<&'static str> {
    Relation::ALL.iter().map(|r| r.label()).collect()
}

impl Form {
    /// A new member, of `household` when the clerk started from one.
    pub fn new_member(
        store: &Store,
        settings: &FormSettings,
        household: Option<HouseholdId>,
    ) -> Result<Form, OpenError> {
        let h = household
            .map(|h| reference_label(store, RecordKind::Household, h.0).map(|l| (h.0, l)))
            .transpose()?;
        Ok(Form::new(
            FormKind::record::<Member>(None),
            tr!("form-title-new-member"),
            fields(store, h, None)?,
            settings,
        ))
    }

    pub fn edit_member(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Member>,
    ) -> Result<Form, OpenError> {
        let hid = stored.record.household.0;
        let h = (hid, reference_label(store, RecordKind::Household, hid)?);
        Ok(Form::new(
            FormKind::record::<Member>(Some(MemberId(stored.id))),
            tr!("form-title-member", name = stored.record.name.clone()),
            fields(store, Some(h), Some(&stored.record))?,
            settings,
        ))
    }
}

fn fields(
    store: &Store,
    household: Option<(u64, String)>,
    m: Option<&Member>,
) -> Result<Vec<Field>, OpenError> {
    let relations = relations();
    // A new member is most often a child of the head: the head is entered
    // once, the children many times.
    let relation = m.map(|m| m.relation).unwrap_or(Relation::Child);
    let chosen: Vec<String> = m
        .map(|m| m.groups.iter().map(|g| g.as_str().to_string()).collect())
        .unwrap_or_default();
    Ok(vec![
        Field::reference("household", "Household", RefSource::Household, household),
        Field::text(
            "name",
            "Name",
            &m.map(|m| m.name.clone()).unwrap_or_default(),
        ),
        sex_field(m.map(|m| m.sex).unwrap_or(Sex::Female)),
        Field::number(
            "birth_year",
            "Birth year",
            &m.map(|m| m.birth_year.to_string()).unwrap_or_default(),
        ),
        Field::choice(
            "relation",
            "Relation to the head",
            &relations,
            index_of(&relations, relation.label()),
        ),
        Field::yes_no("works", "Works", m.is_some_and(|m| m.works)),
        // Any group may be ticked; the store refuses one the household is
        // not in, and says so beside this field.
        Field::multi("groups", "Production groups", known_groups(store)?, &chosen),
        Field::text(
            "notes",
            "Notes",
            &m.map(|m| m.notes.clone()).unwrap_or_default(),
        )
        .optional(),
    ])
}

fn build(r: &mut Reader, id: Option<MemberId>) -> Built {
    let label = r.choice("relation");
    let relation = Relation::ALL
        .into_iter()
        .find(|x| x.label() == label)
        .unwrap_or(Relation::Other);
    let mut groups = Vec::new();
    for g in r.multi("groups") {
        match Group::parse_said(&g) {
            Ok(g) => groups.push(g),
            Err(m) => r.error("groups", m.text()),
        }
    }
    let member = Member {
        household: HouseholdId(r.reference("household")),
        name: r.text("name"),
        sex: sex_from(&r.choice("sex")),
        birth_year: u16::try_from(r.number("birth_year")).unwrap_or(u16::MAX),
        relation,
        works: r.yes("works"),
        groups,
        notes: r.text("notes"),
    };
    // The form knows today, so it refuses a birth year in the future,
    // which the store alone cannot.
    let problems = member.problems_on(r.today());
    let record: AnyRecord = member.into();
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

impl RecordForm for Member {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        Form::new_member(store, settings, prefill.household)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Member>,
    ) -> Result<Form, OpenError> {
        Form::edit_member(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(MemberId))
    }

    fn describe(&self) -> String {
        self.name.clone()
    }

    fn reference_label(&self) -> Option<String> {
        // An attendance refers to a member.
        Some(self.name.clone())
    }
}
