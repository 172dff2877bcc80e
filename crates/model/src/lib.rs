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
pub mod convert;
pub mod date;
pub mod fertility;
pub mod group;
pub mod household;
pub mod income;
pub mod input;
pub mod member;
pub mod money;
pub mod pen;
pub mod pregnancy;
pub mod rate;
pub mod registry;
pub mod review;
pub mod text;
pub mod weight;

pub use animal::{Animal, AnimalStatus, NotServable, Origin, Sex};
pub use convert::{NoRate, RateBook};
pub use date::Date;
pub use group::Group;
pub use household::{Household, Poverty};
pub use income::{Flow, IncomeLog};
pub use member::{Member, Relation};
pub use money::{Currency, Money};
pub use pen::{Pen, PenStatus};
pub use pregnancy::{DEFAULT_GESTATION_DAYS, Method, Outcome, Pregnancy};
pub use rate::{ExchangeRate, RateValue};
pub use review::{Period, Review, ReviewAction, ReviewState};
pub use weight::{Kg, WeighMethod, Weight};

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
id_type!(WeightId, "weight");

pub use registry::{AnyRecord, BelongsTo, Kind, RecordKind};

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

/// One thing wrong with a record: which field, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub message: String,
}

impl Problem {
    pub fn new(field: &'static str, message: impl Into<String>) -> Problem {
        Problem {
            field,
            message: message.into(),
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
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push(Problem::new(field, message));
    }

    pub fn text(&mut self, field: &'static str, value: &str, max: usize, required: bool) {
        if let Some(m) = text::text_problem(value, max, required) {
            self.add(field, m);
        }
    }

    pub fn date(&mut self, field: &'static str, value: Date) {
        if !value.in_sane_range() {
            self.add(
                field,
                format!("{value} is outside the years 1990 to 2100; check the year"),
            );
        }
    }

    /// `later` must not come before `earlier` (both already named).
    pub fn not_before(
        &mut self,
        field: &'static str,
        later: Date,
        earlier: Date,
        earlier_name: &str,
    ) {
        if later < earlier {
            self.add(
                field,
                format!("{later} is before the {earlier_name} ({earlier})"),
            );
        }
    }
}
