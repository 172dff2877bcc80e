//! The on-disk layout: which trees exist, and which index entries each
//! record contributes. Changing anything here changes the database format:
//! bump `SCHEMA_VERSION` and add a migration.

use crate::kinds::StoreKind;
use kumban_model::*;

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
        for_kind!(kind, K => <K as StoreKind>::TREE)
    }
}

pub fn kind_tag(kind: RecordKind) -> u8 {
    for_kind!(kind, K => <K as StoreKind>::TAG)
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
    for_record!(record, r => r.index_entries(id))
}

/// A record type the store can keep: every kind of the registry.
pub use kumban_model::Kind as Record;
