//! The distribution form of a project day: N animals given to one
//! household (and pen) in one save, their ear tags counting up from the
//! first (`BS-101` and 10 give `BS-101` … `BS-110`). The store writes them
//! in one transaction (`Store::distribute`), each its own record in the
//! history.

use super::animal::sex_field;
use super::field::{Field, RefSource};
use super::picker::reference_label;
use super::reader::Reader;
use super::submission::Submission;
use super::{Built, Form, FormKind, FormSettings, OpenError};
use kumban_i18n::{Message, tr};
use kumban_model::code_seq::run_from;
use kumban_model::household::code_problem;
use kumban_model::*;
use kumban_store::Store;

impl Form {
    /// A new distribution, to `household` when the clerk started from one.
    pub fn record_distribution(
        store: &Store,
        settings: &FormSettings,
        household: Option<HouseholdId>,
    ) -> Result<Form, OpenError> {
        let household = household
            .map(|h| reference_label(store, RecordKind::Household, h.0).map(|l| (h.0, l)))
            .transpose()?;
        let mut fields = vec![
            Field::reference("household", "Household", RefSource::Household, household),
            Field::reference("pen", "Pen", RefSource::PenOf("household"), None).optional(),
            Field::text("ear_tag", "First ear tag", ""),
            Field::number("count", "Count", ""),
            sex_field(Sex::Female),
            Field::text("breed", "Breed", ""),
            Field::date("born_on", "Born on", ""),
            Field::yes_no("born_estimated", "Birth date estimated", false),
            Field::date("origin_on", "Distributed on", &settings.today.to_string())
                .models(&["origin"]),
            Field::text("notes", "Notes", "").optional(),
        ];
        super::suggest::suggest(store, &mut fields, "ear_tag", super::suggest::Code::EarTag);
        Ok(Form::new(
            FormKind::Distribution,
            tr!("form-title-distribution"),
            fields,
            settings,
        ))
    }
}

pub(super) fn build_distribution(r: &mut Reader) -> Built {
    let first = r.text("ear_tag");
    let count = r.number("count");
    // The first tag stands in for each: the store writes one copy per tag.
    let template = Animal {
        ear_tag: first.clone(),
        sex: super::animal::sex_from(&r.choice("sex")),
        breed: r.text("breed"),
        born_on: r.date("born_on"),
        born_estimated: r.yes("born_estimated"),
        origin: Origin::Distributed {
            on: r.date("origin_on"),
        },
        household: HouseholdId(r.reference("household")),
        pen: r.opt_reference("pen").map(PenId),
        status: AnimalStatus::Active,
        notes: r.text("notes"),
    };
    let mut problems = template.validate();
    let tags = match run_from(&first, count) {
        Ok(tags) => tags,
        Err(words) => {
            let field = if words.id == "err-batch-count" {
                "count"
            } else {
                "ear_tag"
            };
            problems.push(Problem::said(field, words));
            Vec::new()
        }
    };
    // Counting up can make the last tag too long though the first is not.
    if !problems.iter().any(|p| p.field == "ear_tag")
        && let Some(m) = tags
            .last()
            .and_then(|last| code_problem(last, "term-ear-tag", "BS-C-014"))
    {
        problems.push(Problem::said("ear_tag", m));
    }
    Built {
        submission: Submission::Distribution { template, tags },
        problems,
    }
}

/// "saved 10 animals BS-101…BS-110".
pub(super) fn saved_message(tags: &[String]) -> String {
    let first = tags.first().map(String::as_str).unwrap_or_default();
    let last = tags.last().map(String::as_str).unwrap_or_default();
    Message::new("saved-distribution")
        .with("n", tags.len())
        .with("first", first)
        .with("last", last)
        .text()
}
