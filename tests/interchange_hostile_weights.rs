//! Hostile weights.csv and weights in JSON: every bad row named with its
//! line and field, never a panic, and nothing written (all or nothing).
//! interchange_hostile.rs is over 500 lines, so weights have their own file.

use kumban::interchange::import::{ImportError, ImportOptions, import};
use kumban::model::*;
use kumban::store::Store;
use std::path::Path;

mod support;

use support::today;

/// A database holding one household and one cow, BS-01-C1.
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
    store
        .insert(Animal {
            ear_tag: "BS-01-C1".into(),
            sex: Sex::Female,
            breed: "Lao native".into(),
            born_on: Date::from_ymd(2016, 3, 1).unwrap(),
            born_estimated: false,
            origin: Origin::Distributed {
                on: Date::from_ymd(2017, 6, 1).unwrap(),
            },
            household: hh,
            pen: None,
            status: AnimalStatus::Active,
            notes: String::new(),
        })
        .unwrap();
    (dir, store)
}

fn refused(store: &Store, path: &Path) -> Vec<String> {
    let history = store.history().count();
    let result = import(store, path, &ImportOptions::new(today()));
    assert_eq!(store.history().count(), history, "nothing written");
    assert_eq!(store.count(RecordKind::Weight), 0);
    match result {
        Err(ImportError::Refused(p)) => p.shown().to_vec(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn bad_weight_rows_are_each_named_and_nothing_is_written() {
    let (dir, store) = fixture();
    let input = dir.path().join("weights-in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("weights.csv"),
        "animal,date,kg,method,notes\n\
         BS-01-C1,2026-01-05,250.5,scale,\n\
         BS-01-C1,2026-02-05,0,scale,\n\
         BS-01-C1,2026-03-05,1500.1,girth-tape,\n\
         BS-01-C1,2026-04-05,250.55,eye,\n\
         BS-01-C1,2026-12-01,260,scale,\n\
         BS-01-C1,2026-05-05,-3,tape measure,\n\
         BS-01-C1,2026-06-05,heavy,scale,\u{202E}fat\n\
         BS-99,2026-06-05,250,scale,\n\
         BS-01-C1,2026-01-05,251,scale,again\n",
    )
    .unwrap();
    // Rows that cannot be read are named first; tags are resolved after.
    assert_eq!(
        refused(&store, &input),
        [
            "weights.csv:3: kg: a weight must be more than 0 kg",
            "weights.csv:4: kg: 1500.1 kg is over 1,500 kg, more than any cow weighs; check for an extra digit",
            "weights.csv:5: kg: \"250.55\" has more than one decimal place; weigh to a tenth of a kg, such as 250.5",
            "weights.csv:5: method: \"eye\" is not one of scale, girth-tape",
            "weights.csv:6: date: 2026-12-01 is after today (2026-11-28); write the day the animal was weighed",
            "weights.csv:7: kg: a weight must be more than 0 kg",
            "weights.csv:7: method: \"tape measure\" is not one of scale, girth-tape",
            "weights.csv:8: kg: \"heavy\" is not a weight; write kilograms such as 250 or 250.5",
            "weights.csv:8: notes: contains a control character (U+202E); retype it without special keys",
            "weights.csv:9: animal: there is no animal BS-99 in this import or in the database",
            "weights.csv:10: date: the weight by scale of BS-01-C1 on 2026-01-05 appears twice in this import (also at weights.csv:2)",
        ]
    );
}

#[test]
fn the_stores_rules_refuse_a_whole_weights_file() {
    let (dir, store) = fixture();
    let input = dir.path().join("weights-in");
    std::fs::create_dir(&input).unwrap();
    // Every row reads; one was weighed before the cow was born.
    std::fs::write(
        input.join("weights.json"),
        r#"{"weights": [
            {"animal": "BS-01-C1", "date": "2026-01-05", "kg": "250", "method": "scale", "notes": null},
            {"animal": "BS-01-C1", "date": "2015-01-05", "kg": "20", "method": "scale", "notes": null}
        ]}"#,
    )
    .unwrap();
    let shown = refused(&store, &input);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].contains("2015-01-05 is before BS-01-C1 was born (2016-03-01)"),
        "{shown:?}"
    );
}
