//! Fixtures shared by the store tests: a database in a temporary folder
//! and one plausible record of each kind.
#![allow(dead_code)] // each test binary uses a different part of this module

use kumban::model::*;
use kumban::store::{Store, StoreError};
use std::path::PathBuf;

pub use super::today;

pub fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("fixture date")
}

/// A fresh database in its own temporary folder (kept alive by the guard).
pub struct TempDb {
    pub dir: tempfile::TempDir,
}

impl TempDb {
    pub fn new() -> TempDb {
        TempDb {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("db")
    }

    /// The database as sled alone sees it, to make it look as an older
    /// kumban left it. A store dropped a moment ago may still be let go by
    /// sled's own threads: try again for a few seconds.
    pub fn raw(&self) -> sled::Db {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            match sled::open(self.path()) {
                Ok(db) => return db,
                Err(e) if std::time::Instant::now() > deadline => panic!("sled open: {e}"),
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(50)),
            }
        }
    }

    pub fn open(&self) -> Store {
        self.open_as("clerk")
    }

    pub fn open_as(&self, user: &str) -> Store {
        Store::open(&self.path(), user).expect("open the database")
    }
}

pub fn household(code: &str) -> Household {
    Household {
        code: code.into(),
        head_name: "ນາງ ຄຳແພງ ສີສຸວັນ".into(),
        village: "Bansuo".into(),
        members: 5,
        phone: Some("+856 20 5555 1234".into()),
        groups: vec![Group::cattle(), Group::weaving()],
        demonstration: true,
        poverty: Poverty::Poor,
        baseline_income: Some(Money::from_major(900, Currency::Usd)),
        enrolled_on: day(2017, 6, 1),
        notes: String::new(),
    }
}

/// A weaver of the household (`household` is in the weaving group).
pub fn member(household: HouseholdId, name: &str) -> Member {
    Member {
        household,
        name: name.into(),
        sex: Sex::Female,
        birth_year: 1988,
        relation: Relation::Spouse,
        works: true,
        groups: vec![Group::weaving()],
        notes: String::new(),
    }
}

pub fn pen(household: HouseholdId, label: &str) -> Pen {
    Pen {
        household,
        label: label.into(),
        capacity: 4,
        status: PenStatus::Built,
        inspected_on: None,
        inspected_by: None,
        notes: String::new(),
        inspection_result: None,
        checklist_failed: Vec::new(),
        next_inspection: None,
    }
}

pub fn animal(tag: &str, sex: Sex, household: HouseholdId, pen: Option<PenId>) -> Animal {
    Animal {
        ear_tag: tag.into(),
        sex,
        breed: "Lao native".into(),
        born_on: day(2015, 5, 1),
        born_estimated: true,
        origin: Origin::Distributed {
            on: day(2017, 6, 1),
        },
        household,
        pen,
        status: AnimalStatus::Active,
        notes: String::new(),
    }
}

pub fn cow(tag: &str, household: HouseholdId, pen: Option<PenId>) -> Animal {
    animal(tag, Sex::Female, household, pen)
}

pub fn bull(tag: &str, household: HouseholdId, pen: Option<PenId>) -> Animal {
    animal(tag, Sex::Male, household, pen)
}

pub fn calf(tag: &str, dam: AnimalId, household: HouseholdId) -> Animal {
    Animal {
        born_on: day(2026, 10, 1),
        born_estimated: false,
        origin: Origin::BornTo { dam },
        ..animal(tag, Sex::Female, household, None)
    }
}

pub fn pregnancy(cow: AnimalId, service_date: Date) -> Pregnancy {
    Pregnancy {
        cow,
        service_date,
        method: Method::Ai,
        sire: Some(Sire::Outside("Brahman straw 77".into())),
        confirmed_on: None,
        gestation_days: DEFAULT_GESTATION_DAYS,
        outcome: Outcome::Pending,
        calving: Calving::default(),
    }
}

pub fn income(household: HouseholdId, date: Date, minor: i64) -> IncomeLog {
    IncomeLog {
        household,
        date,
        group: Group::weaving(),
        flow: Flow::Income,
        amount: Money::new(minor, Currency::Lak),
        description: "ຜ້າສິ້ນ, market day".into(),
        animal: None,
    }
}

/// `check()` must find nothing; on failure the problems are listed.
pub fn assert_sound(store: &Store) {
    let problems = store.check().expect("check runs");
    assert!(
        problems.is_empty(),
        "check found: {:#?}",
        problems.iter().map(|p| p.to_string()).collect::<Vec<_>>()
    );
}

/// The refusal's full message, after asserting that it is a refusal.
pub fn refusal<T: std::fmt::Debug>(r: Result<T, StoreError>) -> String {
    match r {
        Err(e @ (StoreError::Refused { .. } | StoreError::Referenced { .. })) => e.to_string(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A household with one pen, a cow and a bull in it.
pub struct Herd {
    pub hh: HouseholdId,
    pub pen: PenId,
    pub cow: AnimalId,
    pub bull: AnimalId,
}

/// Two households, BS-01 and BS-02, each with its herd.
pub struct Village {
    pub a: Herd,
    pub b: Herd,
}

pub fn village(store: &Store) -> Village {
    let a = herd(store, "BS-01");
    let b = herd(store, "BS-02");
    Village { a, b }
}

pub fn herd(store: &Store, code: &str) -> Herd {
    let hh = store.insert(household(code)).unwrap();
    let pen = store.insert(pen(hh, "Pen A")).unwrap();
    let cow = store
        .insert(cow(&format!("{code}-C1"), hh, Some(pen)))
        .unwrap();
    let bull = store
        .insert(bull(&format!("{code}-B1"), hh, Some(pen)))
        .unwrap();
    Herd { hh, pen, cow, bull }
}
