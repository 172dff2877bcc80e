//! The on-disk layout: which trees exist, and which index entries each
//! record contributes. Changing anything here changes the database format:
//! bump `SCHEMA_VERSION` and add a migration.

use crate::kinds::StoreKind;
use kumban_model::*;

pub const SCHEMA_VERSION: u32 = 4;

/// Every tree, in a fixed order: transactions open all of them by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tree {
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
    /// Exchange rates (schema 2).
    Rates,
    /// Rates by base, currency and date: one rate per currency a day, and
    /// one base for the database.
    RateByBaseCurrencyDate,
    /// Income sums by month, household, group and currency, kept by the
    /// writes (`store::monthly`); added in schema version 2.
    IncomeMonths,
    /// Household members (schema 2).
    Members,
    MemberByHousehold,
    /// Animal health events (schema 3).
    Health,
    HealthByAnimal,
    HealthByDate,
    /// Weights of animals (schema 3).
    Weights,
    /// Weights by animal and date: an animal's weighings without a scan.
    WeightByAnimalDate,
    /// Trainings (schema 4), and by date: the trainings of a day without
    /// a scan (a training is named by its date, topic and place).
    Trainings,
    TrainingByDate,
    /// Attendance at trainings (schema 4): by training and member (a
    /// training's attendees, and once per member), and by member.
    Attendances,
    AttendanceByTraining,
    AttendanceByMember,
    /// Technician visits (schema 4), by household and date.
    Visits,
    VisitByHouseholdDate,
    /// Pregnancies by the herd bull named as sire (lineage). Every older
    /// database's index is empty and right as created: before lineage a
    /// sire was only text.
    PregnancyBySire,
    /// What the dashboard's health figures count, kept by the writes
    /// (`store::health_due`); added in schema version 4.
    HealthDue,
}

impl Tree {
    pub const ALL: [Tree; 40] = [
        Tree::Meta,
        Tree::Households,
        Tree::Pens,
        Tree::Animals,
        Tree::Pregnancies,
        Tree::Income,
        Tree::History,
        Tree::Aggregates,
        Tree::HouseholdByCode,
        Tree::AnimalByTag,
        Tree::PenByHousehold,
        Tree::AnimalByHousehold,
        Tree::AnimalByPen,
        Tree::AnimalByDam,
        Tree::PregnancyByCow,
        Tree::PregnancyByExpected,
        Tree::PendingByExpected,
        Tree::IncomeByHouseholdDate,
        Tree::IncomeByDate,
        Tree::IncomeByAnimal,
        Tree::Review,
        Tree::Rates,
        Tree::RateByBaseCurrencyDate,
        Tree::IncomeMonths,
        Tree::Members,
        Tree::MemberByHousehold,
        Tree::Health,
        Tree::HealthByAnimal,
        Tree::HealthByDate,
        Tree::Weights,
        Tree::WeightByAnimalDate,
        Tree::Trainings,
        Tree::TrainingByDate,
        Tree::Attendances,
        Tree::AttendanceByTraining,
        Tree::AttendanceByMember,
        Tree::Visits,
        Tree::VisitByHouseholdDate,
        Tree::PregnancyBySire,
        Tree::HealthDue,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Tree::Meta => "meta",
            Tree::Households => "households",
            Tree::Pens => "pens",
            Tree::Animals => "animals",
            Tree::Pregnancies => "pregnancies",
            Tree::Income => "income",
            Tree::History => "history",
            Tree::Aggregates => "agg",
            Tree::HouseholdByCode => "idx/household/code",
            Tree::AnimalByTag => "idx/animal/tag",
            Tree::PenByHousehold => "idx/pen/household",
            Tree::AnimalByHousehold => "idx/animal/household",
            Tree::AnimalByPen => "idx/animal/pen",
            Tree::AnimalByDam => "idx/animal/dam",
            Tree::PregnancyByCow => "idx/pregnancy/cow",
            Tree::PregnancyByExpected => "idx/pregnancy/expected",
            Tree::PendingByExpected => "idx/pregnancy/pending-expected",
            Tree::IncomeByHouseholdDate => "idx/income/household-date",
            Tree::IncomeByDate => "idx/income/date",
            Tree::IncomeByAnimal => "idx/income/animal",
            Tree::Review => "review",
            Tree::Rates => "rates",
            Tree::RateByBaseCurrencyDate => "idx/rate/base-currency-date",
            Tree::IncomeMonths => "sums/income/month",
            Tree::Members => "members",
            Tree::MemberByHousehold => "idx/member/household",
            Tree::Health => "health",
            Tree::HealthByAnimal => "idx/health/animal",
            Tree::HealthByDate => "idx/health/date",
            Tree::Weights => "weights",
            Tree::WeightByAnimalDate => "idx/weight/animal-date",
            Tree::Trainings => "trainings",
            Tree::TrainingByDate => "idx/training/date",
            Tree::Attendances => "attendance",
            Tree::AttendanceByTraining => "idx/attendance/training-member",
            Tree::AttendanceByMember => "idx/attendance/member",
            Tree::Visits => "visits",
            Tree::VisitByHouseholdDate => "idx/visit/household-date",
            Tree::PregnancyBySire => "idx/pregnancy/sire",
            Tree::HealthDue => "sums/health/due",
        }
    }

    pub fn is_index(self) -> bool {
        // Trees added later sit after the review tree, records, indexes
        // and sums mixed: the order is fixed by `ALL`, not by kind.
        match self {
            Tree::Review | Tree::Rates | Tree::IncomeMonths | Tree::Members => false,
            Tree::RateByBaseCurrencyDate | Tree::MemberByHousehold => true,
            Tree::Health => false,
            Tree::HealthByAnimal | Tree::HealthByDate => true,
            Tree::Weights => false,
            Tree::WeightByAnimalDate | Tree::PregnancyBySire => true,
            Tree::Trainings | Tree::Attendances | Tree::Visits => false,
            Tree::TrainingByDate
            | Tree::AttendanceByTraining
            | Tree::AttendanceByMember
            | Tree::VisitByHouseholdDate => true,
            // Kept by the writes like the totals, not by `index_entries`.
            Tree::HealthDue => false,
            _ => self >= Tree::HouseholdByCode,
        }
    }

    pub fn of_kind(kind: RecordKind) -> Tree {
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
        format!("next/{}", super::Tree::of_kind(kind).name()).into_bytes()
    }
}

/// One index entry: tree, key, value. Unique indexes map to the id; the
/// others carry the id at the end of the key and an empty value.
pub type IndexEntry = (Tree, Vec<u8>, Vec<u8>);

pub fn index_entries(id: u64, record: &AnyRecord) -> Vec<IndexEntry> {
    for_record!(record, r => r.index_entries(id))
}

/// A record type the store can keep: every kind of the registry.
pub use kumban_model::Kind as Record;
