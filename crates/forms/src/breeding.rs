//! The breeding workflow: service, pregnancy check, calving and loss.
//! Each is one form and saves in one store transaction.

use super::animal::{sex_field, sex_from};
use super::field::{Field, RefSource};
use super::lineage::{calving_fields, read_calving, read_sire, sire_fields};
use super::picker::reference_label;
use super::pregnancy::{METHOD, method_from};
use super::reader::Reader;
use super::submission::Submission;
use super::{Built, Form, FormKind, FormSettings, OpenError, retarget};
use kumban_i18n::{tr, tr_text};
use kumban_model::*;
use kumban_store::{Store, Stored};

const RESULT: [&str; 3] = ["pregnant", "open", "recheck"];
pub const NOT_PREGNANT_AT_CHECK: &str = "not pregnant at check";

/// A pending pregnancy and its cow, or why the action does not apply.
fn pending(store: &Store, id: PregnancyId) -> Result<(Stored<Pregnancy>, Animal), OpenError> {
    let p = store.fetch::<Pregnancy>(id)?;
    let cow = store.fetch::<Animal>(p.record.cow)?.record;
    if !p.record.is_pending() {
        return Err(OpenError::NotApplicable(tr!(
            "form-pregnancy-closed",
            tag = cow.ear_tag.clone(),
            date = p.record.service_date.to_string(),
            outcome = tr_text("choice", p.record.outcome.label())
        )));
    }
    Ok((p, cow))
}

fn served_text(p: &Pregnancy) -> String {
    tr!(
        "form-served",
        date = p.service_date.to_string(),
        method = tr_text("choice", p.method.label()),
        due = p.expected_calving().to_string()
    )
}

impl Form {
    /// Record service: a new pending pregnancy of `cow`, served today.
    pub fn record_service(
        store: &Store,
        settings: &FormSettings,
        cow: Option<AnimalId>,
    ) -> Result<Form, OpenError> {
        let cow = cow
            .map(|c| reference_label(store, RecordKind::Animal, c.0).map(|l| (c.0, l)))
            .transpose()?;
        let title = match &cow {
            Some((_, l)) => tr!("form-title-service-of", cow = l.clone()),
            None => tr!("form-title-service"),
        };
        let mut fields = vec![
            Field::reference("cow", "Cow", RefSource::Cow { ignoring: None }, cow),
            Field::date("service_date", "Service date", &settings.today.to_string()),
            Field::choice("method", "Method", &METHOD, 0),
        ];
        fields.extend(sire_fields(store, None)?);
        fields.push(Field::number(
            "gestation_days",
            "Gestation (days)",
            &settings.gestation_days.to_string(),
        ));
        Ok(Form::new(FormKind::Service, title, fields, settings))
    }

    /// Record a pregnancy check: pregnant, open, or check again later.
    pub fn record_check(
        store: &Store,
        settings: &FormSettings,
        id: PregnancyId,
    ) -> Result<Form, OpenError> {
        let (p, cow) = pending(store, id)?;
        let fields = vec![
            Field::fixed("cow", "Cow", &cow.ear_tag),
            Field::fixed("served", "Served", &served_text(&p.record)),
            Field::choice("result", "Result", &RESULT, 0),
            Field::date("checked_on", "Checked on", &settings.today.to_string())
                .models(&["confirmed_on", "outcome"])
                .shown_when("result", &["pregnant", "open"]),
        ];
        Ok(Form::new(
            FormKind::Check {
                id,
                pregnancy: p.record,
            },
            tr!("form-title-check", tag = cow.ear_tag.clone()),
            fields,
            settings,
        ))
    }

    /// Record a calving and the calf, prefilled from the cow.
    pub fn record_calving(
        store: &Store,
        settings: &FormSettings,
        id: PregnancyId,
    ) -> Result<Form, OpenError> {
        let (p, cow) = pending(store, id)?;
        let owner = (
            cow.household.0,
            reference_label(store, RecordKind::Household, cow.household.0)?,
        );
        let pen = match cow.pen {
            Some(pen) => Some((pen.0, reference_label(store, RecordKind::Pen, pen.0)?)),
            None => None,
        };
        let calf = ["yes"];
        let mut fields = vec![
            Field::fixed("cow", "Cow", &cow.ear_tag),
            Field::fixed("served", "Served", &served_text(&p.record)),
            Field::date("calved_on", "Calved on", &settings.today.to_string())
                .models(&["outcome", "born_on"]),
        ];
        fields.extend([
            Field::yes_no("record_calf", "Record the calf", true),
            Field::text("ear_tag", "Calf's ear tag", "").shown_when("record_calf", &calf),
            sex_field(Sex::Female).shown_when("record_calf", &calf),
            Field::text("breed", "Breed", &cow.breed).shown_when("record_calf", &calf),
            Field::reference(
                "household",
                "Owner household",
                RefSource::Household,
                Some(owner),
            )
            .shown_when("record_calf", &calf),
            Field::reference("pen", "Pen", RefSource::PenOf("household"), pen)
                .optional()
                .shown_when("record_calf", &calf),
            Field::text("notes", "Notes", "")
                .optional()
                .shown_when("record_calf", &calf),
        ]);
        // The details after the calf, so the usual single calving is typed
        // as before; a twin's own record fields come last.
        fields.extend(calving_fields(&Calving::default(), "normal"));
        fields.extend([
            Field::text("twin_ear_tag", "Twin's ear tag", "").shown_when("twins", &calf),
            Field::choice("twin_sex", "Twin's sex", &super::animal::SEX, 0)
                .shown_when("twins", &calf),
        ]);
        Ok(Form::new(
            FormKind::Calving {
                id,
                pregnancy: p.record,
                cow_tag: cow.ear_tag.clone(),
            },
            tr!("form-title-calving", tag = cow.ear_tag.clone()),
            fields,
            settings,
        ))
    }

    /// Record a lost pregnancy with its reason.
    pub fn record_loss(
        store: &Store,
        settings: &FormSettings,
        id: PregnancyId,
    ) -> Result<Form, OpenError> {
        let (p, cow) = pending(store, id)?;
        let fields = vec![
            Field::fixed("cow", "Cow", &cow.ear_tag),
            Field::fixed("served", "Served", &served_text(&p.record)),
            Field::date("lost_on", "Lost on", &settings.today.to_string()).models(&["outcome"]),
            Field::text("reason", "Reason", ""),
        ];
        Ok(Form::new(
            FormKind::Loss {
                id,
                pregnancy: p.record,
            },
            tr!("form-title-loss", tag = cow.ear_tag.clone()),
            fields,
            settings,
        ))
    }
}

pub(super) fn build_service(r: &mut Reader) -> Built {
    let p = Pregnancy {
        cow: AnimalId(r.reference("cow")),
        service_date: r.date("service_date"),
        method: method_from(&r.choice("method")),
        sire: read_sire(r),
        confirmed_on: None,
        gestation_days: u16::try_from(r.number("gestation_days")).unwrap_or(u16::MAX),
        outcome: Outcome::Pending,
        calving: Calving::default(),
    };
    Built::record(None, p.into())
}

pub(super) fn build_check(r: &mut Reader, id: PregnancyId, p: &Pregnancy) -> Built {
    let mut p = p.clone();
    match r.choice("result").as_str() {
        "pregnant" => p.confirmed_on = Some(r.date("checked_on")),
        "open" => {
            p.outcome = Outcome::Lost {
                on: r.date("checked_on"),
                reason: NOT_PREGNANT_AT_CHECK.to_string(),
            }
        }
        _ => {
            return Built {
                submission: Submission::Nothing(
                    "nothing saved: the pregnancy stays pending; check again later".into(),
                ),
                problems: Vec::new(),
            };
        }
    }
    Built::record(Some(id.0), p.into())
}

pub(super) fn build_calving(
    r: &mut Reader,
    id: PregnancyId,
    p: &Pregnancy,
    cow_tag: &str,
) -> Built {
    let on = r.date("calved_on");
    let calving = read_calving(r);
    let mut closed = p.clone();
    closed.outcome = Outcome::Calved { on, calf: None };
    closed.calving = calving;
    let mut problems = closed.validate();
    let record = r.yes("record_calf");
    let twins = calving.twin.is_some();
    // A record for each calf born alive; a stillborn calf's tag stays empty.
    for (tag, stillborn, shown) in [
        ("ear_tag", calving.first.stillborn, record),
        (
            "twin_ear_tag",
            calving.twin.is_some_and(|t| t.birth.stillborn),
            twins,
        ),
    ] {
        if shown && stillborn && !r.text(tag).is_empty() {
            r.error(tag, tr!("form-stillborn-no-tag"));
        }
    }
    let twin_alive = twins && calving.twin.is_some_and(|t| !t.birth.stillborn);
    if twin_alive && record && r.text("twin_ear_tag").is_empty() {
        r.error("twin_ear_tag", tr!("form-twin-tag-needed"));
    } else if twin_alive && !record && !r.text("twin_ear_tag").is_empty() {
        r.error("twin_ear_tag", tr!("form-twin-tag-not-recorded"));
    }
    if twin_alive && record && r.text("twin_ear_tag") == r.text("ear_tag") {
        r.error("twin_ear_tag", tr!("form-twin-same-tag"));
    }
    let mut calf_of = |tag: &str, sex: &str| Animal {
        ear_tag: r.text(tag),
        sex: sex_from(&r.choice(sex)),
        breed: r.text("breed"),
        born_on: on,
        born_estimated: false,
        origin: Origin::BornTo { dam: p.cow },
        household: HouseholdId(r.reference("household")),
        pen: r.opt_reference("pen").map(PenId),
        status: AnimalStatus::Active,
        notes: r.text("notes"),
    };
    let calf = (record && !calving.first.stillborn).then(|| calf_of("ear_tag", "sex"));
    let twin_calf = (record && twin_alive).then(|| calf_of("twin_ear_tag", "twin_sex"));
    if let Some(calf) = &calf {
        problems.extend(calf.validate());
    }
    if let Some(twin) = &twin_calf {
        for mut p in twin.validate() {
            if p.field == "ear_tag" {
                // An empty tag is already said, in twins' words.
                if twin.ear_tag.is_empty() {
                    continue;
                }
                p.field = "twin_ear_tag";
            }
            problems.push(p);
        }
    }
    Built {
        submission: Submission::Calving {
            pregnancy: id,
            cow_tag: cow_tag.to_string(),
            entry: Box::new(CalvingEntry {
                on,
                calving,
                calf,
                twin_calf,
            }),
        },
        problems,
    }
}

pub(super) fn build_loss(r: &mut Reader, id: PregnancyId, p: &Pregnancy) -> Built {
    let mut p = p.clone();
    p.outcome = Outcome::Lost {
        on: r.date("lost_on"),
        reason: r.text("reason"),
    };
    let mut built = Built::record(Some(id.0), p.into());
    retarget(&mut built.problems, "outcome", "reason", "reason");
    built
}
