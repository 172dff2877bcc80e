//! The version-1 envelope of each record kind, byte for byte, and the
//! version-2 (lineage) envelope of a pregnancy, the one layout that changed.
//!
//! A database written by this kumban must stay readable by every later
//! one. If one of these tests fails, the stored format changed: either undo
//! the change, or bump the envelope/schema version, add a migration, and
//! keep these files as the version-1 fixtures the migration must read.
//!
//! To write the files afresh (only for a new record kind or fixture):
//! `KUMBAN_BLESS=1 cargo test --test store_golden`, then commit them.

use kumban::model::*;
use kumban::store::codec::{self, tag};
use kumban::store::{Audit, Change};
use serde::{Serialize, de::DeserializeOwned};
use std::fmt::Debug;
use std::path::PathBuf;

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("fixture date")
}

fn audit() -> Audit {
    Audit {
        // 2026-11-28 09:30:00 UTC and 2026-11-28 14:05:00.123456 UTC.
        created_at: 1_795_858_200_000_000,
        created_by: "ສົມໃຈ".into(),
        updated_at: 1_795_874_700_123_456,
        updated_by: "范锡宁".into(),
    }
}

fn household() -> Household {
    Household {
        code: "BS-07".into(),
        head_name: "ນາງ ຄຳແພງ ສີສຸວັນ".into(),
        village: "ບ້ານຊວຍ Bansuo".into(),
        members: 5,
        phone: Some("+856 20 5555 1234".into()),
        groups: vec![
            Group::cattle(),
            Group::weaving(),
            Group::parse("rice-seed").expect("group"),
        ],
        demonstration: true,
        poverty: Poverty::Exited {
            on: day(2025, 12, 31),
        },
        baseline_income: Some(Money::new(120_000_000, Currency::Lak)),
        enrolled_on: day(2017, 6, 1),
        notes: "范锡宁 visited; ຍ້າຍຄອກໃໝ່".into(),
    }
}

fn pen() -> Pen {
    Pen {
        household: HouseholdId(7),
        label: "ຄອກ 2 牛栏".into(),
        capacity: 200,
        status: PenStatus::Inspected,
        inspected_on: Some(day(2018, 3, 1)),
        inspected_by: Some("范锡宁".into()),
        notes: String::new(),
        inspection_result: None,
        checklist_failed: Vec::new(),
        next_inspection: None,
    }
}

fn animal() -> Animal {
    Animal {
        ear_tag: "BS-C-014".into(),
        sex: Sex::Female,
        breed: "Lao native × Brahman".into(),
        born_on: day(2019, 4, 15),
        born_estimated: false,
        origin: Origin::BornTo { dam: AnimalId(3) },
        household: HouseholdId(7),
        pen: Some(PenId(2)),
        status: AnimalStatus::Sold {
            on: day(2026, 2, 1),
            price: Money::new(48_000, Currency::Usd),
        },
        notes: "ງົວແມ່ດີ".into(),
    }
}

/// The version-1 fixture as this kumban reads it: its free-text sire is an
/// outside sire, and it has no calving details.
fn pregnancy() -> Pregnancy {
    Pregnancy {
        cow: AnimalId(14),
        service_date: day(2025, 1, 1),
        method: Method::Natural,
        sire: Some(Sire::Outside("Bull 云南 1".into())),
        confirmed_on: Some(day(2025, 3, 1)),
        gestation_days: 285,
        outcome: Outcome::Calved {
            on: day(2025, 10, 13),
            calf: Some(AnimalId(31)),
        },
        calving: Calving::default(),
    }
}

/// A lineage pregnancy: a herd bull as sire, an assisted calving of twins,
/// the second stillborn.
fn lineage_pregnancy() -> Pregnancy {
    Pregnancy {
        sire: Some(Sire::Herd(AnimalId(9))),
        calving: Calving {
            ease: Some(Ease::Assisted),
            first: Birth {
                weight: Some(Kg(245)),
                stillborn: false,
            },
            twin: Some(Twin {
                calf: Some(AnimalId(32)),
                birth: Birth {
                    weight: Some(Kg(190)),
                    stillborn: true,
                },
            }),
        },
        ..pregnancy()
    }
}

fn income() -> IncomeLog {
    IncomeLog {
        household: HouseholdId(7),
        date: day(2026, 2, 1),
        group: Group::corn(),
        flow: Flow::Expense,
        amount: Money::new(3_250_075, Currency::Cny),
        description: "玉米种子 ແນວພັນສາລີ".into(),
        animal: Some(AnimalId(14)),
    }
}

fn rate() -> ExchangeRate {
    ExchangeRate {
        date: day(2026, 3, 15),
        currency: Currency::Lak,
        value: RateValue::parse("0.0000461").expect("rate"),
        base: Currency::Usd,
        source: "BCEL ທະນາຄານ board".into(),
    }
}

fn member() -> Member {
    Member {
        household: HouseholdId(7),
        name: "ນາງ ແກ້ວ 范 Kaew".into(),
        sex: Sex::Female,
        birth_year: 1986,
        relation: Relation::OtherRelative,
        works: true,
        groups: vec![Group::weaving(), Group::parse("rice-seed").expect("group")],
        notes: "ຕໍ່າແພ weaver".into(),
    }
}

fn health() -> HealthEvent {
    HealthEvent {
        animal: AnimalId(12),
        date: Date::from_ymd(2026, 3, 10).expect("date"),
        kind: HealthKind::Vaccination,
        product: "haemorrhagic septicaemia ພະຍາດຄໍບວມ".into(),
        dose: "2 ml".into(),
        given_by: "ທ້າວ ສົມພອນ".into(),
        cost: Some(Money::from_major(15_000, Currency::Lak)),
        withdrawal_days: 21,
        next_due: Some(Date::from_ymd(2027, 3, 10).expect("date")),
        campaign: Some(40),
        notes: "campaign in Bansuo".into(),
    }
}

fn weight() -> Weight {
    Weight {
        animal: AnimalId(12),
        date: day(2026, 10, 3),
        kg: Kg(2875),
        method: WeighMethod::GirthTape,
        notes: "ຫຼັງຝົນ".into(),
    }
}

fn change() -> Change {
    let before = animal();
    let after = Animal {
        status: AnimalStatus::Died {
            on: day(2026, 3, 5),
            cause: "ພະຍາດປາກເປື່ອຍ (foot-and-mouth)".into(),
        },
        pen: None,
        ..animal()
    };
    Change {
        seq: 1_234,
        txn: 987,
        at: 1_795_874_700_123_456,
        by: "范锡宁".into(),
        kind: RecordKind::Animal,
        id: 14,
        before: Some(AnyRecord::Animal(before)),
        after: Some(AnyRecord::Animal(after)),
        undoes: Some(42),
    }
}

fn golden_path(name: &str) -> PathBuf {
    golden_path_at(name, 1)
}

fn golden_path_at(name: &str, version: u8) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
        .join(format!("{name}.v{version}.bin"))
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .chunks(16)
        .map(|row| {
            row.iter()
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Encoding today gives the checked-in bytes, and the checked-in bytes
/// decode to the same value.
fn golden<T: Serialize + DeserializeOwned + PartialEq + Debug>(name: &str, kind: u8, value: T) {
    golden_at(name, 1, kind, value)
}

fn golden_at<T: Serialize + DeserializeOwned + PartialEq + Debug>(
    name: &str,
    version: u8,
    kind: u8,
    value: T,
) {
    let path = golden_path_at(name, version);
    let encoded = codec::encode(kind, &value).expect("encode");
    assert_eq!(
        encoded[..2],
        [version, kind],
        "envelope header: version {version}, kind byte"
    );
    if std::env::var_os("KUMBAN_BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("folder")).expect("create tests/golden");
        std::fs::write(&path, &encoded).expect("write golden file");
    }
    let stored = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run KUMBAN_BLESS=1 cargo test --test store_golden to create it",
            path.display()
        )
    });
    assert!(
        encoded == stored,
        "the stored format of {name} changed.\nchecked in ({} bytes):\n{}\nencoded now ({} bytes):\n{}",
        stored.len(),
        hex(&stored),
        encoded.len(),
        hex(&encoded)
    );
    let decoded: T = codec::decode(kind, &stored).expect("the checked-in bytes decode");
    assert_eq!(decoded, value);
}

#[test]
fn household_envelope() {
    golden("household", tag::HOUSEHOLD, (audit(), household()));
}

#[test]
fn pen_envelope() {
    golden("pen", tag::PEN, (audit(), pen()));
}

#[test]
fn animal_envelope() {
    golden("animal", tag::ANIMAL, (audit(), animal()));
}

/// A pregnancy written by a kumban before lineage (version 1, the bytes
/// checked in then) still reads, as an outside sire without details.
#[test]
fn pregnancy_envelope() {
    let stored = std::fs::read(golden_path("pregnancy")).expect("pregnancy.v1.bin");
    assert_eq!(stored[..2], [1, tag::PREGNANCY]);
    let decoded: (Audit, Pregnancy) =
        codec::decode(tag::PREGNANCY, &stored).expect("the version-1 bytes decode");
    assert_eq!(decoded, (audit(), pregnancy()));
}

#[test]
fn lineage_pregnancy_envelope() {
    golden_at(
        "pregnancy",
        2,
        tag::PREGNANCY,
        (audit(), lineage_pregnancy()),
    );
}

fn pregnancy_change(p: Pregnancy) -> Change {
    Change {
        seq: 79,
        txn: 68,
        at: 1_795_874_700_123_456,
        by: "ສົມໃຈ".into(),
        kind: RecordKind::Pregnancy,
        id: 5,
        before: None,
        after: Some(AnyRecord::Pregnancy(p)),
        undoes: None,
    }
}

/// A pregnancy in history is written in version 2 too.
#[test]
fn lineage_pregnancy_change_envelope() {
    golden_at(
        "pregnancy-change",
        2,
        tag::CHANGE,
        pregnancy_change(lineage_pregnancy()),
    );
}

/// The history of a database written before lineage holds version-1
/// pregnancies inside version-1 changes: they read. The bytes are made
/// from the checked-in version-1 pregnancy put where today's sits.
#[test]
fn a_version_1_change_of_a_pregnancy_reads() {
    let v1 = std::fs::read(golden_path("pregnancy")).expect("pregnancy.v1.bin");
    let now = codec::encode(tag::PREGNANCY, &(audit(), pregnancy())).expect("encode");
    let header = codec::encode(tag::HOUSEHOLD, &audit())
        .expect("audit")
        .len();
    let (old_body, new_body) = (&v1[header..], &now[header..]);
    let change = codec::encode(tag::CHANGE, &pregnancy_change(pregnancy())).expect("encode");
    assert_eq!(change[0], 2, "a change holding a pregnancy is version 2");
    let at = change
        .windows(new_body.len())
        .position(|w| w == new_body)
        .expect("the pregnancy inside the change");
    let mut old = vec![1];
    old.extend_from_slice(&change[1..at]);
    old.extend_from_slice(old_body);
    old.extend_from_slice(&change[at + new_body.len()..]);
    let read: Change = codec::decode(tag::CHANGE, &old).expect("a version-1 change reads");
    assert_eq!(read, pregnancy_change(pregnancy()));
    // Read as version 2, the same bytes are refused, not misread.
    old[0] = 2;
    assert!(codec::decode::<Change>(tag::CHANGE, &old).is_err());
}

#[test]
fn income_envelope() {
    golden("income", tag::INCOME, (audit(), income()));
}

#[test]
fn rate_envelope() {
    golden("rate", tag::RATE, (audit(), rate()));
}

/// A rate in history: `AnyRecord`'s sixth variant, after the first five.
#[test]
fn rate_change_envelope() {
    let change = Change {
        seq: 2_001,
        txn: 1_500,
        at: 1_795_874_700_123_456,
        by: "ສົມໃຈ".into(),
        kind: RecordKind::ExchangeRate,
        id: 3,
        before: None,
        after: Some(AnyRecord::ExchangeRate(rate())),
        undoes: None,
    };
    golden("rate-change", tag::CHANGE, change);
}

#[test]
fn member_envelope() {
    golden("member", tag::MEMBER, (audit(), member()));
}

/// A member in history: its `AnyRecord` variant number (the registry's
/// sixth line) is part of these bytes.
#[test]
fn member_change_envelope() {
    let change = Change {
        seq: 77,
        txn: 66,
        at: 1_795_874_700_123_456,
        by: "ສົມໃຈ".into(),
        kind: RecordKind::Member,
        id: 3,
        before: None,
        after: Some(AnyRecord::Member(member())),
        undoes: None,
    };
    golden("member-change", tag::CHANGE, change);
}

#[test]
fn weight_envelope() {
    golden("weight", tag::WEIGHT, (audit(), weight()));
}

/// A weight in history: its `AnyRecord` variant number (the registry's
/// eighth line) is part of these bytes.
#[test]
fn weight_change_envelope() {
    let change = Change {
        seq: 78,
        txn: 67,
        at: 1_795_874_700_123_456,
        by: "ສົມໃຈ".into(),
        kind: RecordKind::Weight,
        id: 4,
        before: None,
        after: Some(AnyRecord::Weight(weight())),
        undoes: None,
    };
    golden("weight-change", tag::CHANGE, change);
}

fn training() -> Training {
    Training {
        date: day(2026, 3, 14),
        topic: "disease prevention".into(),
        trainer: "ທ່ານ ສົມສັກ".into(),
        place: "Bansuo".into(),
        notes: "25 attendees".into(),
    }
}

fn attendance() -> Attendance {
    Attendance {
        training: TrainingId(3),
        member: MemberId(17),
    }
}

fn visit() -> Visit {
    Visit {
        household: HouseholdId(7),
        date: day(2026, 2, 1),
        technician: "李建国".into(),
        purpose: "pen inspection".into(),
        findings: "roof leaks".into(),
        next_visit: Some(day(2026, 5, 1)),
    }
}

#[test]
fn training_envelope() {
    golden("training", tag::TRAINING, (audit(), training()));
}

#[test]
fn attendance_envelope() {
    golden("attendance", tag::ATTENDANCE, (audit(), attendance()));
}

#[test]
fn visit_envelope() {
    golden("visit", tag::VISIT, (audit(), visit()));
}

/// A training, an attendance and a visit in history: their `AnyRecord`
/// variant numbers (the registry's tenth to twelfth lines) are part of
/// these bytes.
#[test]
fn training_attendance_and_visit_change_envelopes() {
    let change = |kind, after: AnyRecord| Change {
        seq: 90,
        txn: 80,
        at: 1_795_874_700_123_456,
        by: "ສົມໃຈ".into(),
        kind,
        id: 5,
        before: None,
        after: Some(after),
        undoes: None,
    };
    golden(
        "training-change",
        tag::CHANGE,
        change(RecordKind::Training, training().into()),
    );
    golden(
        "attendance-change",
        tag::CHANGE,
        change(RecordKind::Attendance, attendance().into()),
    );
    golden(
        "visit-change",
        tag::CHANGE,
        change(RecordKind::Visit, visit().into()),
    );
}

#[test]
fn history_change_envelope() {
    golden("change", tag::CHANGE, change());
}

/// The fixtures above are valid records, so the golden bytes are ones
/// a real database could hold.
#[test]
fn fixtures_are_valid_records() {
    for r in [
        AnyRecord::from(household()),
        pen().into(),
        animal().into(),
        pregnancy().into(),
        lineage_pregnancy().into(),
        income().into(),
        rate().into(),
        member().into(),
        health().into(),
        weight().into(),
        training().into(),
        attendance().into(),
        visit().into(),
    ] {
        assert_eq!(r.validate(), vec![], "{r:?}");
    }
}

/// Each kind byte is checked: an envelope read as another kind is refused.
#[test]
fn kind_byte_is_checked() {
    let bytes = std::fs::read(golden_path("pen")).expect("pen golden file");
    let err = codec::decode::<(Audit, Pen)>(tag::HOUSEHOLD, &bytes).unwrap_err();
    assert_eq!(err, "expected a value of kind 1, found kind 2");
    let mut newer = bytes.clone();
    newer[0] = 4;
    let err = codec::decode::<(Audit, Pen)>(tag::PEN, &newer).unwrap_err();
    assert!(err.contains("envelope version 4"), "{err}");
    // A record whose layout did not change reads in either version.
    let mut lineage = bytes.clone();
    lineage[0] = 2;
    assert_eq!(
        codec::decode::<(Audit, Pen)>(tag::PEN, &lineage),
        Ok((audit(), pen()))
    );
}

#[test]
fn health_envelope() {
    golden("health", tag::HEALTH, (audit(), health()));
}

/// A health event in history: its `AnyRecord` variant number (the
/// registry's eighth line) is part of these bytes.
#[test]
fn health_change_envelope() {
    let change = Change {
        seq: 78,
        txn: 67,
        at: 1_795_874_700_123_456,
        by: "ສົມໃຈ".into(),
        kind: RecordKind::HealthEvent,
        id: 41,
        before: None,
        after: Some(AnyRecord::HealthEvent(health())),
        undoes: None,
    };
    golden("health-change", tag::CHANGE, change);
}
