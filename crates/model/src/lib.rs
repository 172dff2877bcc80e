//! The records and their rules. Pure Rust: no storage, no terminal, no I/O.
//!
//! Every "is this record valid?" decision lives here once; the forms, the
//! store and the importer all call the same `validate` functions.

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

pub mod animal;
pub mod code_seq;
pub mod convert;
pub mod date;
pub mod fertility;
pub mod group;
pub mod health;
pub mod household;
pub mod income;
pub mod input;
pub mod layout;
pub mod lineage;
pub mod member;
pub mod money;
pub mod pen;
pub mod pen_inspection;
pub mod pregnancy;
mod pregnancy_layout;
pub mod rate;
pub mod registry;
pub mod review;
pub mod text;
pub mod training;
pub mod visit;
pub mod weight;

pub use animal::{Animal, AnimalStatus, NotServable, Origin, Sex};
pub use convert::{NoRate, RateBook};
pub use date::Date;
pub use group::Group;
pub use health::{HealthEvent, HealthKind};
pub use household::{Household, Poverty};
pub use income::{Flow, IncomeLog};
pub use lineage::{Birth, Calving, CalvingEntry, Ease, Sire, Twin};
pub use member::{Member, Relation};
pub use money::{Currency, Money};
pub use pen::{Pen, PenStatus};
pub use pen_inspection::{CheckItem, InspectionResult};
pub use pregnancy::{DEFAULT_GESTATION_DAYS, Method, Outcome, Pregnancy};
pub use rate::{ExchangeRate, RateValue};
pub use review::{Period, Review, ReviewAction, ReviewState};
pub use training::{Attendance, Training};
pub use visit::Visit;
pub use weight::{Kg, WeighMethod, Weight};

use kumban_i18n::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($name:ident, $label:literal) => {
        #[doc = concat!("Store-assigned id of a ", $label, "; never reused.")]
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        pub struct $name(pub u64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(HouseholdId, "household");
id_type!(PenId, "cattle pen");
id_type!(AnimalId, "animal");
id_type!(PregnancyId, "pregnancy");
id_type!(IncomeId, "income log");
id_type!(RateId, "exchange rate");
id_type!(MemberId, "household member");
id_type!(HealthEventId, "health event");
id_type!(WeightId, "weight");
id_type!(TrainingId, "training");
id_type!(AttendanceId, "attendance");
id_type!(VisitId, "technician visit");

pub use registry::{AnyRecord, BelongsTo, Kind, RecordKind};

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

/// One thing wrong with a record: which field, and what to do about it.
#[derive(Debug, Clone)]
pub struct Problem {
    pub field: &'static str,
    /// In English, for logs, the CLI and the wire.
    pub message: String,
    /// The same message unsaid, for the session's language; `None` for a
    /// problem that came as text only (from an owner over the wire).
    pub words: Option<Message>,
}

/// Two problems are the same when they say the same in English: one that
/// crossed the wire has lost its unsaid form, not its meaning.
impl PartialEq for Problem {
    fn eq(&self, other: &Problem) -> bool {
        self.field == other.field && self.message == other.message
    }
}

impl Eq for Problem {}

impl Problem {
    pub fn new(field: &'static str, message: impl Into<String>) -> Problem {
        Problem {
            field,
            message: message.into(),
            words: None,
        }
    }

    /// A problem whose English is its message's English.
    pub fn said(field: &'static str, words: Message) -> Problem {
        Problem {
            field,
            message: words.english(),
            words: Some(words),
        }
    }

    /// The message in the session's language; one that came as text
    /// only (from an owner over the wire) is said again when it is one
    /// kumban knows (the refusal of an approved month), else as it came.
    pub fn shown(&self) -> String {
        match &self.words {
            Some(m) => m.text(),
            None => kumban_i18n::owner::said_text(&self.message),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Collects problems; a small helper so validators read as a list of rules.
#[derive(Debug, Default)]
pub(crate) struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn add(&mut self, field: &'static str, message: Message) {
        self.0.push(Problem::said(field, message));
    }

    pub fn text(&mut self, field: &'static str, value: &str, max: usize, required: bool) {
        if let Some(m) = text::text_message(value, max, required) {
            self.add(field, m);
        }
    }

    pub fn date(&mut self, field: &'static str, value: Date) {
        if !value.in_sane_range() {
            self.add(
                field,
                Message::new("err-date-range").with("date", value.to_string()),
            );
        }
    }

    /// `later` must not come before `earlier` (both already named).
    pub fn not_before(
        &mut self,
        field: &'static str,
        later: Date,
        earlier: Date,
        earlier_name: Message,
    ) {
        if later < earlier {
            self.add(
                field,
                Message::new("err-not-before")
                    .with("later", later.to_string())
                    .with("earlier_name", earlier_name)
                    .with("earlier", earlier.to_string()),
            );
        }
    }
}
