//! Hostile trainings.csv, attendance.csv and visits.csv (and JSON): every
//! bad row named with its line and field, never a panic, and nothing
//! written (all or nothing); a new training needs its attendance rows.

use kumban::interchange::import::{ImportError, ImportOptions, import};
use kumban::model::*;
use kumban::store::Store;
use std::path::Path;

mod support;

use support::today;

/// A database holding household BS-01 with members Noy and Keo.
fn fixture() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    let hh = store
        .insert(Household {
            code: "BS-01".into(),
            head_name: "Bounmy Phommachanh".into(),
            village: "Bansuo".into(),
            members: 4,
            phone: None,
            groups: vec![],
            demonstration: true,
            poverty: Poverty::Poor,
            baseline_income: None,
            enrolled_on: Date::from_ymd(2017, 6, 1).unwrap(),
            notes: String::new(),
        })
        .unwrap();
    for name in ["Noy", "Keo"] {
        store
            .insert(Member {
                household: hh,
                name: name.into(),
                sex: Sex::Female,
                birth_year: 1990,
                relation: Relation::Child,
                works: true,
                groups: vec![],
                notes: String::new(),
            })
            .unwrap();
    }
    (dir, store)
}

fn refused(store: &Store, path: &Path) -> Vec<String> {
    let history = store.history().count();
    let result = import(store, path, &ImportOptions::new(today()));
    assert_eq!(store.history().count(), history, "nothing written");
    assert_eq!(store.count(RecordKind::Training), 0);
    assert_eq!(store.count(RecordKind::Attendance), 0);
    assert_eq!(store.count(RecordKind::Visit), 0);
    match result {
        Err(ImportError::Refused(p)) => p.shown().to_vec(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn folder(dir: &tempfile::TempDir, files: &[(&str, &str)]) -> std::path::PathBuf {
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for (name, text) in files {
        std::fs::write(input.join(name), text).unwrap();
    }
    input
}

#[test]
fn bad_training_attendance_and_visit_rows_are_each_named_and_nothing_is_written() {
    let (dir, store) = fixture();
    let input = folder(
        &dir,
        &[
            (
                "trainings.csv",
                "date,topic,trainer,place,notes\n\
                 2026-03-14,disease prevention,Dr. Somsak,Bansuo,\n\
                 2026-12-01,corn,Mr. Li,Bansuo,\n\
                 2026-04-01,,Mr. Li,Bansuo,\u{202E}\n\
                 2026-03-14,disease prevention,Dr. Somsak,Bansuo,again\n\
                 2026-05-01,weaving,Mrs. Vanna,Bansuo,\n",
            ),
            (
                "attendance.csv",
                "training_date,training_topic,training_place,household,member\n\
                 2026-03-14,disease prevention,Bansuo,BS-01,Noy\n\
                 2026-03-14,disease prevention,Bansuo,BS-01,Noy\n\
                 2026-03-14,disease prevention,Bansuo,BS-01,Nobody\n\
                 2026-03-14,disease prevention,Bansuo,BS-99,Keo\n\
                 2025-01-01,breeding,Bansuo,BS-01,Keo\n\
                 not a date,corn,Bansuo,BS-01,Keo\n",
            ),
            (
                "visits.csv",
                "household,date,technician,purpose,findings,next_visit\n\
                 BS-01,2026-02-01,Mr. Bounmy,pen inspection,roof leaks,2026-01-01\n\
                 BS-01,2026-11-29,Mr. Bounmy,follow-up,,\n\
                 BS-01,2026-03-01,,follow-up,,\n\
                 BS-77,2026-03-01,Mr. Bounmy,follow-up,,\n\
                 BS-01,2026-05-01,Mr. Bounmy,follow-up,,\n\
                 BS-01,2026-05-01,Mr. Bounmy,vaccination,,\n",
            ),
        ],
    );
    assert_eq!(
        refused(&store, &input),
        [
            "trainings.csv:3: date: 2026-12-01 is after today (2026-11-28); record a training once it was held",
            "trainings.csv:4: topic: must not be empty",
            "trainings.csv:4: notes: contains a control character (U+202E); retype it without special keys",
            "attendance.csv:7: training_date: \"not a date\" is not a date; write it as 2026-03-15 or 15/03/2026 (day first), or the word today",
            "visits.csv:2: next_visit: 2026-01-01 is before the date of the visit (2026-02-01)",
            "visits.csv:3: date: 2026-11-29 is after today (2026-11-28); record a visit once it was made",
            "visits.csv:4: technician: must not be empty",
            "trainings.csv:5: topic: the training on disease prevention at Bansuo on 2026-03-14 appears twice in this import (also at trainings.csv:2)",
            "attendance.csv:3: member: the attendance of Noy of BS-01 at the training on disease prevention on 2026-03-14 appears twice in this import (also at attendance.csv:2)",
            "attendance.csv:4: member: household BS-01 has no member named \"Nobody\" in this import or in the database",
            "attendance.csv:5: household: there is no household BS-99 in this import or in the database",
            "attendance.csv:6: training_topic: there is no training on breeding at Bansuo on 2025-01-01 in this import or in the database",
            "trainings.csv:6: topic: the training on weaving at Bansuo on 2026-05-01 has no attendees; add its rows to attendance.csv",
            "visits.csv:5: household: there is no household BS-77 in this import or in the database",
            "visits.csv:7: technician: the visit of Mr. Bounmy to BS-01 on 2026-05-01 appears twice in this import (also at visits.csv:6)",
        ]
    );
}

#[test]
fn a_training_alone_is_refused_and_with_its_attendance_in_json_it_goes_in() {
    let (dir, store) = fixture();
    let input = folder(
        &dir,
        &[(
            "trainings.json",
            r#"{"trainings": [
                {"date": "2026-03-14", "topic": "corn", "trainer": "Mr. Li", "place": "Bansuo", "notes": null}
            ]}"#,
        )],
    );
    let shown = refused(&store, &input);
    assert_eq!(
        shown,
        [
            "trainings.json:2: topic: the training on corn at Bansuo on 2026-03-14 has no attendees; add its rows to attendance.csv"
        ]
    );
    std::fs::write(
        input.join("attendance.json"),
        r#"{"attendance": [
            {"training_date": "2026-03-14", "training_topic": "corn", "training_place": "Bansuo", "household": "BS-01", "member": "Keo"}
        ]}"#,
    )
    .unwrap();
    import(&store, &input, &ImportOptions::new(today())).unwrap();
    assert_eq!(store.count(RecordKind::Training), 1);
    assert_eq!(store.count(RecordKind::Attendance), 1);
}
