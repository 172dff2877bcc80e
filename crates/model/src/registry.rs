//! The one list of record kinds, and what every kind is in every layer.
//!
//! `with_kinds!` below is the registry: one line per kind. Everything that
//! must name every kind (the `RecordKind` and `AnyRecord` enums, and every
//! "for each kind, do this kind's thing" in the store, the importer, the
//! forms and the screens) is generated from it through `for_kind!` and
//! `for_record!`; the other layers keep a trait of their own (`StoreKind`,
//! `InterchangeKind`, ...) with one impl per kind, in one file per kind.
//! Adding a kind is the recipe in docs/architecture.md.

use crate::{HouseholdId, Problem};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The registry: every record kind, its model type and its id type, in the
/// order of the product brief. The order is part of the stored bytes
/// (history keeps `AnyRecord`, whose variants bincode numbers in order):
/// new kinds go at the end, and no line ever moves.
#[macro_export]
macro_rules! with_kinds {
    ($callback:ident ($($args:tt)*)) => {
        $crate::$callback! { ($($args)*)
            Household => $crate::Household, $crate::HouseholdId;
            Pen => $crate::Pen, $crate::PenId;
            Animal => $crate::Animal, $crate::AnimalId;
            Pregnancy => $crate::Pregnancy, $crate::PregnancyId;
            Income => $crate::IncomeLog, $crate::IncomeId;
            ExchangeRate => $crate::ExchangeRate, $crate::RateId;
            Member => $crate::Member, $crate::MemberId;
            HealthEvent => $crate::HealthEvent, $crate::HealthEventId;
            Weight => $crate::Weight, $crate::WeightId;
            Training => $crate::Training, $crate::TrainingId;
            Attendance => $crate::Attendance, $crate::AttendanceId;
            Visit => $crate::Visit, $crate::VisitId;
        }
    };
}

/// `for_kind!(kind, K => body)`: `body` once for each kind, with the type
/// alias `K` naming that kind's model type; evaluates the one of `kind`.
#[macro_export]
macro_rules! for_kind {
    ($kind:expr, $alias:ident => $body:expr) => {
        $crate::with_kinds!(__for_kind_arms($kind, $alias, $body))
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __for_kind_arms {
    (($kind:expr, $alias:ident, $body:expr) $($name:ident => $ty:ty, $id:ty;)*) => {
        match $kind {
            $($crate::RecordKind::$name => {
                #[allow(dead_code)]
                type $alias = $ty;
                $body
            })*
        }
    };
}

/// `for_record!(any, r => body)`: `body` with `r` bound to the record
/// inside an `AnyRecord` (or a reference to one), whatever its kind.
#[macro_export]
macro_rules! for_record {
    ($any:expr, $record:ident => $body:expr) => {
        $crate::with_kinds!(__for_record_arms($any, $record, $body))
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __for_record_arms {
    (($any:expr, $record:ident, $body:expr) $($name:ident => $ty:ty, $id:ty;)*) => {
        match $any {
            $($crate::AnyRecord::$name($record) => $body,)*
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __define_kinds {
    (() $($name:ident => $ty:ty, $id:ty;)*) => {
        /// The kinds of record, in the order of the registry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum RecordKind {
            $($name,)*
        }

        /// Every record, boxed up for history and undo.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub enum AnyRecord {
            $($name($ty),)*
        }

        $(impl From<$ty> for AnyRecord {
            fn from(r: $ty) -> AnyRecord {
                AnyRecord::$name(r)
            }
        })*

        impl RecordKind {
            pub const ALL: [RecordKind; 0 $(+ { let _ = RecordKind::$name; 1 })*] =
                [$(RecordKind::$name),*];
        }
    };
}

with_kinds!(__define_kinds());

/// What every record kind is: its kind, id, name and rules. Each kind's
/// model file implements it; the other layers' traits build on it.
pub trait Kind:
    Clone + fmt::Debug + PartialEq + Serialize + DeserializeOwned + Into<AnyRecord> + 'static
{
    const KIND: RecordKind;
    /// The word a clerk would use: "household", "cattle pen", ...
    const NOUN: &'static str;
    type Id: Copy + fmt::Debug + PartialEq;
    fn id_from(raw: u64) -> Self::Id;
    fn raw_id(id: Self::Id) -> u64;
    fn from_any(any: AnyRecord) -> Option<Self>;
    /// Every problem with the record on its own (the store adds the rules
    /// that need other records).
    fn problems(&self) -> Vec<Problem>;
    /// Whom the record belongs to, for villages' reviews and locks.
    fn belongs_to(&self) -> BelongsTo;
    /// The dated events of the record, which an approved month locks.
    fn facts(&self) -> Vec<crate::review::Fact>;
}

/// Whom a record belongs to: a household names its village; most records
/// name their household; a pregnancy names its cow, whose household it is.
#[derive(Debug, Clone, PartialEq)]
pub enum BelongsTo {
    Village(String),
    Household(HouseholdId),
    Cow(crate::AnimalId),
    /// The project office's own records (exchange rates): no village's.
    Office,
}

/// Implements `Kind` for a model type whose file also has an inherent
/// `validate`; `belongs_to` is given as a closure-like expression.
#[macro_export]
macro_rules! kind {
    ($name:ident: $ty:ty, $id:ident, $noun:literal, |$me:ident| $belongs:expr) => {
        impl $crate::Kind for $ty {
            const KIND: $crate::RecordKind = $crate::RecordKind::$name;
            const NOUN: &'static str = $noun;
            type Id = $crate::$id;
            fn id_from(raw: u64) -> $crate::$id {
                $crate::$id(raw)
            }
            fn raw_id(id: $crate::$id) -> u64 {
                id.0
            }
            fn from_any(any: $crate::AnyRecord) -> Option<Self> {
                match any {
                    $crate::AnyRecord::$name(r) => Some(r),
                    #[allow(unreachable_patterns)]
                    _ => None,
                }
            }
            fn problems(&self) -> Vec<$crate::Problem> {
                <$ty>::validate(self)
            }
            fn facts(&self) -> Vec<$crate::review::Fact> {
                <$ty>::facts(self)
            }
            fn belongs_to(&self) -> $crate::BelongsTo {
                let $me = self;
                $belongs
            }
        }
    };
}

impl RecordKind {
    /// The word a clerk would use: "household", "cattle pen", ...
    pub fn noun(self) -> &'static str {
        for_kind!(self, K => K::NOUN)
    }
}

impl AnyRecord {
    pub fn kind(&self) -> RecordKind {
        for_record!(self, r => kind_of(r))
    }

    pub fn validate(&self) -> Vec<Problem> {
        for_record!(self, r => r.problems())
    }

    pub fn belongs_to(&self) -> BelongsTo {
        for_record!(self, r => r.belongs_to())
    }
}

fn kind_of<R: Kind>(_: &R) -> RecordKind {
    R::KIND
}
