//! Data entry: a form for each record and each step of the breeding
//! workflow, the pickers that fill reference fields, and their widgets.
//!
//! The forms know nothing of the event loop. The shell hands them keys and
//! pastes and acts on the `FormOutcome` they return:
//!
//! - `Save(submission)`: call `submission.apply(&store)`; on `Ok(saved)` close
//!   the form and show `saved.message` (remember `saved.txn` for undo); on
//!   `Err(e)` call `form.store_failed(&e)` and keep the form open.
//! - `ConfirmDiscard`: ask y/N; close on y.
//! - `OpenPicker(request)`: `Picker::open(&store, &request)`, push it as a
//!   popup, and on `PickerOutcome::Picked` call `form.set_reference`.
//!
//! See docs/data-entry.md for every form, field and key.

// House rules (docs/architecture.md, tests/house_rules.rs): a bad file or
// keystroke becomes an error the user can read, never a crash; and this
// layer never prints (it returns what to say). Tests may do all of this.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::dbg_macro,
    clippy::print_stdout,
    clippy::print_stderr
)]

mod animal;
mod animal_events;
mod breeding;
mod campaign;
pub mod currency;
mod distribute;
pub mod field;
mod field_keys;
mod form;
mod form_problems;
mod health;
mod household;
mod income;
pub mod keys;
pub mod line_edit;
mod lineage;
mod member;
mod pen;
pub mod picker;
mod picker_view;
pub mod plausible;
mod pregnancy;
mod rate;
mod reader;
mod record_form;
mod repeat;
mod submission;
mod suggest;
mod text_wrap;
pub mod ticks;
mod training;
pub mod view;
mod visit;
mod weight;

pub use field::{Field, FieldKind, RefSource};
pub use form::{Form, FormOutcome};
pub use picker::{PickItem, Picker, PickerOutcome, PickerRequest, PickerSource};
pub use record_form::Prefill;
pub use submission::{Saved, Submission};
pub use view::{FormView, PickerView};

use kumban_model::*;
use kumban_store::{Store, StoreError};
use reader::Reader;

/// What the forms need to know about the place and the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormSettings {
    /// What `today` means in a date field, and the default of new dates.
    pub today: Date,
    /// The currency of an amount typed without one.
    pub currency: Currency,
    /// Prefilled in new pregnancies.
    pub gestation_days: u16,
    /// Prefilled in new households.
    pub village: String,
}

impl FormSettings {
    pub fn new(today: Date) -> FormSettings {
        FormSettings {
            today,
            currency: Currency::Usd,
            gestation_days: DEFAULT_GESTATION_DAYS,
            village: String::new(),
        }
    }
}

/// Why a form could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The action does not apply to this record (a check on a pregnancy
    /// that already has an outcome); the message says why.
    #[error("{0}")]
    NotApplicable(String),
}

impl kumban_i18n::Localize for OpenError {
    fn message(&self) -> kumban_i18n::Message {
        match self {
            OpenError::Store(e) => e.message(),
            // Already said in the session's language where it was made.
            OpenError::NotApplicable(why) => {
                kumban_i18n::Message::new("store-as-is").with("text", why.as_str())
            }
        }
    }
}

/// Which form this is and what it is about; decides what saving builds.
#[derive(Debug, Clone, PartialEq)]
pub enum FormKind {
    /// The form of a record of any kind (`FormKind::record`), new when
    /// `id` is `None`.
    Record {
        kind: RecordKind,
        id: Option<u64>,
    },
    Service,
    Check {
        id: PregnancyId,
        pregnancy: Pregnancy,
    },
    Calving {
        id: PregnancyId,
        pregnancy: Pregnancy,
        cow_tag: String,
    },
    Loss {
        id: PregnancyId,
        pregnancy: Pregnancy,
    },
    Sale {
        id: AnimalId,
        animal: Animal,
    },
    Death {
        id: AnimalId,
        animal: Animal,
    },
    /// A vaccination campaign: one health event per animal of a place.
    Campaign,
    /// A project day's distribution: several animals in one save.
    Distribution,
}

impl FormKind {
    /// The kind of record the form writes (the pregnancy for a calving).
    pub fn record_kind(&self) -> RecordKind {
        match self {
            FormKind::Record { kind, .. } => *kind,
            FormKind::Sale { .. } | FormKind::Death { .. } | FormKind::Distribution => {
                RecordKind::Animal
            }
            FormKind::Campaign => RecordKind::HealthEvent,
            FormKind::Service
            | FormKind::Check { .. }
            | FormKind::Calving { .. }
            | FormKind::Loss { .. } => RecordKind::Pregnancy,
        }
    }
}

/// A record built from the fields, and what its validation found.
pub struct Built {
    pub submission: Submission,
    pub problems: Vec<Problem>,
}

impl Built {
    /// Insert when new, update when editing; validated by the model.
    fn record(id: Option<u64>, record: AnyRecord) -> Built {
        let problems = record.validate();
        let submission = match id {
            Some(id) => Submission::Update {
                id,
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
}

/// Moves problems of a compound model field (an animal's `status` holds
/// the sale date and price) to the form field they are about, found by the
/// model's wording. Unmatched problems stay with the field's first part.
fn retarget(problems: &mut [Problem], model_field: &str, words: &str, to: &'static str) {
    for p in problems.iter_mut() {
        if p.field == model_field && p.message.contains(words) {
            p.field = to;
        }
    }
}

fn build(kind: &FormKind, r: &mut Reader) -> Built {
    match kind {
        FormKind::Record { kind, id } => record_form::build_record(*kind, r, *id),
        FormKind::Service => breeding::build_service(r),
        FormKind::Check { id, pregnancy } => breeding::build_check(r, *id, pregnancy),
        FormKind::Calving {
            id,
            pregnancy,
            cow_tag,
        } => breeding::build_calving(r, *id, pregnancy, cow_tag),
        FormKind::Loss { id, pregnancy } => breeding::build_loss(r, *id, pregnancy),
        FormKind::Sale { id, animal } => animal_events::build_sale(r, *id, animal),
        FormKind::Death { id, animal } => animal_events::build_death(r, *id, animal),
        FormKind::Campaign => campaign::build_campaign(r),
        FormKind::Distribution => distribute::build_distribution(r),
    }
}

/// Production groups to offer: the standard ones and every group a
/// household already uses.
fn known_groups(store: &Store) -> Result<Vec<String>, StoreError> {
    let mut groups: Vec<String> = group::STANDARD.iter().map(|s| s.to_string()).collect();
    for h in store.all::<Household>() {
        for g in h?.record.groups {
            if !groups.iter().any(|x| x == g.as_str()) {
                groups.push(g.as_str().to_string());
            }
        }
    }
    Ok(groups)
}

fn index_of(options: &[&str], label: &str) -> usize {
    options.iter().position(|o| *o == label).unwrap_or(0)
}
