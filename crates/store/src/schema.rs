//! The on-disk layout: which trees exist, and which index entries each
//! record contributes. Changing anything here changes the database format:
//! bump `SCHEMA_VERSION` and add a migration.

use super::codec::tag;
use super::keys;
use kumban_model::*;
use serde::{Serialize, de::DeserializeOwned};

pub const SCHEMA_VERSION: u32 = 1;

/// Every tree, in a fixed order: transactions open all of them by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum T {
    Meta,
    Households,
    Pens,
    Animals,
    Pregnancies,
    Income,
    History,
    Aggregates,
    HouseholdByCode,
    AnimalByTag,
    PenByHousehold,
    AnimalByHousehold,
    AnimalByPen,
    AnimalByDam,
    PregnancyByCow,
    PregnancyByExpected,
    PendingByExpected,
    IncomeByHouseholdDate,
    IncomeByDate,
    IncomeByAnimal,
    /// The officer's review of each village's month (`store::review`).
    Review,
}

impl T {
    pub const ALL: [T; 21] = [
        T::Meta,
        T::Households,
        T::Pens,
        T::Animals,
        T::Pregnancies,
        T::Income,
        T::History,
        T::Aggregates,
        T::HouseholdByCode,
        T::AnimalByTag,
        T::PenByHousehold,
        T::AnimalByHousehold,
        T::AnimalByPen,
        T::AnimalByDam,
        T::PregnancyByCow,
        T::PregnancyByExpected,
        T::PendingByExpected,
        T::IncomeByHouseholdDate,
        T::IncomeByDate,
        T::IncomeByAnimal,
        T::Review,
    ];

    pub fn name(self) -> &'static str {
        match self {
            T::Meta => "meta",
            T::Households => "households",
            T::Pens => "pens",
            T::Animals => "animals",
            T::Pregnancies => "pregnancies",
            T::Income => "income",
            T::History => "history",
            T::Aggregates => "agg",
            T::HouseholdByCode => "idx/household/code",
            T::AnimalByTag => "idx/animal/tag",
            T::PenByHousehold => "idx/pen/household",
            T::AnimalByHousehold => "idx/animal/household",
            T::AnimalByPen => "idx/animal/pen",
            T::AnimalByDam => "idx/animal/dam",
            T::PregnancyByCow => "idx/pregnancy/cow",
            T::PregnancyByExpected => "idx/pregnancy/expected",
            T::PendingByExpected => "idx/pregnancy/pending-expected",
            T::IncomeByHouseholdDate => "idx/income/household-date",
            T::IncomeByDate => "idx/income/date",
            T::IncomeByAnimal => "idx/income/animal",
            T::Review => "review",
        }
    }

    pub fn is_index(self) -> bool {
        self >= T::HouseholdByCode && self != T::Review
    }

    pub fn of_kind(kind: RecordKind) -> T {
        match kind {
            RecordKind::Household => T::Households,
            RecordKind::Pen => T::Pens,
            RecordKind::Animal => T::Animals,
            RecordKind::Pregnancy => T::Pregnancies,
            RecordKind::Income => T::Income,
        }
    }
}

pub fn kind_tag(kind: RecordKind) -> u8 {
    match kind {
        RecordKind::Household => tag::HOUSEHOLD,
        RecordKind::Pen => tag::PEN,
        RecordKind::Animal => tag::ANIMAL,
        RecordKind::Pregnancy => tag::PREGNANCY,
        RecordKind::Income => tag::INCOME,
    }
}

/// Keys in the meta tree.
pub mod meta {
    pub const SCHEMA: &[u8] = b"schema";
    pub const NEXT_TXN: &[u8] = b"next/txn";
    pub const NEXT_CHANGE: &[u8] = b"next/change";

    pub fn next_id(kind: kumban_model::RecordKind) -> Vec<u8> {
        format!("next/{}", super::T::of_kind(kind).name()).into_bytes()
    }
}

/// One index entry: tree, key, value. Unique indexes map to the id; the
/// others carry the id at the end of the key and an empty value.
pub type IndexEntry = (T, Vec<u8>, Vec<u8>);

pub fn index_entries(id: u64, record: &AnyRecord) -> Vec<IndexEntry> {
    let idb = keys::id(id);
    let plain = |t: T, parts: &[&[u8]]| (t, keys::join(parts), Vec::new());
    match record {
        AnyRecord::Household(h) => {
            vec![(T::HouseholdByCode, h.code.as_bytes().to_vec(), idb.to_vec())]
        }
        AnyRecord::Pen(p) => vec![plain(T::PenByHousehold, &[&keys::id(p.household.0), &idb])],
        AnyRecord::Animal(a) => {
            let mut v = vec![
                (T::AnimalByTag, a.ear_tag.as_bytes().to_vec(), idb.to_vec()),
                plain(T::AnimalByHousehold, &[&keys::id(a.household.0), &idb]),
            ];
            if let Some(pen) = a.pen {
                v.push(plain(T::AnimalByPen, &[&keys::id(pen.0), &idb]));
            }
            if let Origin::BornTo { dam } = a.origin {
                v.push(plain(T::AnimalByDam, &[&keys::id(dam.0), &idb]));
            }
            v
        }
        AnyRecord::Pregnancy(p) => {
            let expected = keys::date(p.expected_calving());
            let mut v = vec![
                plain(T::PregnancyByCow, &[&keys::id(p.cow.0), &idb]),
                plain(T::PregnancyByExpected, &[&expected, &idb]),
            ];
            // Only the few pending ones, so "overdue" never scans history.
            if p.is_pending() {
                v.push(plain(T::PendingByExpected, &[&expected, &idb]));
            }
            v
        }
        AnyRecord::Income(l) => {
            let mut v = vec![
                plain(
                    T::IncomeByHouseholdDate,
                    &[&keys::id(l.household.0), &keys::date(l.date), &idb],
                ),
                plain(T::IncomeByDate, &[&keys::date(l.date), &idb]),
            ];
            if let Some(a) = l.animal {
                v.push(plain(T::IncomeByAnimal, &[&keys::id(a.0), &idb]));
            }
            v
        }
    }
}

/// A record type the store can keep. Ties each model type to its kind and
/// id newtype so the typed API cannot mix them up.
pub trait Record: Clone + Serialize + DeserializeOwned + Into<AnyRecord> {
    const KIND: RecordKind;
    type Id: Copy + std::fmt::Debug + PartialEq;
    fn id_from(raw: u64) -> Self::Id;
    fn raw_id(id: Self::Id) -> u64;
    fn from_any(any: AnyRecord) -> Option<Self>;
}

macro_rules! record {
    ($ty:ty, $id:ident, $kind:ident) => {
        impl Record for $ty {
            const KIND: RecordKind = RecordKind::$kind;
            type Id = $id;
            fn id_from(raw: u64) -> $id {
                $id(raw)
            }
            fn raw_id(id: $id) -> u64 {
                id.0
            }
            fn from_any(any: AnyRecord) -> Option<Self> {
                match any {
                    AnyRecord::$kind(r) => Some(r),
                    _ => None,
                }
            }
        }
    };
}

record!(Household, HouseholdId, Household);
record!(Pen, PenId, Pen);
record!(Animal, AnimalId, Animal);
record!(Pregnancy, PregnancyId, Pregnancy);
record!(IncomeLog, IncomeId, Income);
