//! health.csv: a hostile or mistaken file gives one message per problem
//! and writes nothing; a good one names animals by ear tag and keeps the
//! campaign; the whole database round-trips with health events in it.

use kumban::interchange::export::{self, Format};
use kumban::interchange::import::{ImportError, ImportOptions, import};
use kumban::model::*;
use kumban::store::Store;
use std::path::Path;

mod support;

use support::store::{cow, day, household};
use support::today;

const HEADER: &str = "animal,date,kind,product,dose,given_by,cost,currency,withdrawal_days,next_due,campaign,notes\n";

/// A database with household BS-01 and its cow BS-C-001.
fn herd(dir: &Path) -> (Store, AnimalId) {
    let store = Store::open(&dir.join("db"), "clerk").unwrap();
    let h = store.insert(household("BS-01")).unwrap();
    let c = store.insert(cow("BS-C-001", h, None)).unwrap();
    (store, c)
}

fn write(dir: &Path, rows: &str) -> std::path::PathBuf {
    let folder = dir.join("in");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("health.csv"), format!("{HEADER}{rows}")).unwrap();
    folder
}

fn refused(store: &Store, folder: &Path) -> Vec<String> {
    let history = store.history().count();
    let result = import(store, folder, &ImportOptions::new(today()));
    assert_eq!(store.history().count(), history, "nothing written");
    match result {
        Err(ImportError::Refused(p)) => p.shown().to_vec(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn bad_health_rows_are_each_named_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, cow) = herd(tmp.path());
    let folder = write(
        tmp.path(),
        "BS-C-001,2026-03-10,vaccination,blackleg,2 ml,Somphone,15000,LAK,0,2027-03-10,,\n\
         BS-C-001,2026-03-11,surgery,wound,,,,,,,,\n\
         BS-C-001,2026-03-12,treatment,parasites,,,,,-1,,,\n\
         BS-C-001,2026-03-13,treatment,parasites,,,12x,LAK,,,,\n\
         BS-C-001,2026-03-14,check-up,,,,,,,2026-03-01,,\n\
         BS-C-999,2026-03-15,deworming,parasites,,,,,,,,\n\
         BS-C-001,2026-03-16,treatment,\u{202E}wound,,,,,,,,\n\
         BS-C-001,2026-03-10,vaccination,blackleg,1 ml,,,,,,,\n\
         BS-C-001,2026-03-17,deworming,parasites,,,,,,,zero,\n",
    );
    // Rows that cannot be read are named first; tags are resolved after.
    assert_eq!(
        refused(&store, &folder),
        [
            "health.csv:3: kind: \"surgery\" is not one of vaccination, treatment, deworming, check-up",
            "health.csv:4: withdrawal_days: -1 days is not a withdrawal period; write 0 to 365 (0 if none)",
            "health.csv:5: cost: \"12x\" is not an amount; write digits such as 1,200,000 or 800.50",
            "health.csv:6: product: must not be empty",
            "health.csv:6: next_due: 2026-03-01 is before the event's date (2026-03-14)",
            "health.csv:8: product: contains a control character (U+202E); retype it without special keys",
            "health.csv:10: campaign: \"zero\" is not a whole number",
            "health.csv:7: animal: there is no animal BS-C-999 in this import or in the database",
            "health.csv:9: product: the vaccination (blackleg) of BS-C-001 on 2026-03-10 appears twice in this import (also at health.csv:2)",
        ]
    );
    assert!(store.health_of(cow).unwrap().is_empty());
}

#[test]
fn an_event_before_the_animal_was_born_refuses_the_whole_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, cow) = herd(tmp.path());
    let folder = write(
        tmp.path(),
        "BS-C-001,2026-03-10,vaccination,blackleg,,,,,,,,\n\
         BS-C-001,2014-01-01,vaccination,blackleg,,,,,,,,\n",
    );
    assert_eq!(
        refused(&store, &folder),
        ["health.csv:3: date: 2014-01-01 is before BS-C-001 was born (2015-05-01); check the date"]
    );
    assert!(store.health_of(cow).unwrap().is_empty());
}

#[test]
fn a_good_file_imports_by_ear_tag_and_round_trips() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, cow) = herd(tmp.path());
    let folder = write(
        tmp.path(),
        "BS-C-001,2026-03-10,vaccination,haemorrhagic septicaemia,2 ml,Somphone,\"15,000\",LAK,0,2027-03-10,7,\n\
         BS-C-001,2026-04-02,check-up,lameness,,,,,,,,left hind foot\n",
    );
    import(&store, &folder, &ImportOptions::new(today())).unwrap();
    let events = store.health_of(cow).unwrap();
    assert_eq!(events.len(), 2);
    let first = &events[0].record;
    assert_eq!(
        (first.cost, first.campaign, first.next_due),
        (
            Some(Money::from_major(15_000, Currency::Lak)),
            Some(7),
            Some(day(2027, 3, 10))
        )
    );
    for format in [Format::Csv, Format::Json] {
        let one = tmp.path().join(format!("one-{format:?}"));
        export::to_dir(&store, format, &one).unwrap();
        let copy = Store::open(&tmp.path().join(format!("copy-{format:?}")), "clerk").unwrap();
        import(&copy, &one, &ImportOptions::new(today())).unwrap();
        let two = tmp.path().join(format!("two-{format:?}"));
        export::to_dir(&copy, format, &two).unwrap();
        let name = if format == Format::Csv {
            "health.csv"
        } else {
            "health.json"
        };
        let (a, b) = (std::fs::read(one.join(name)), std::fs::read(two.join(name)));
        assert!(a.is_ok(), "{name} written");
        assert_eq!(a.ok(), b.ok(), "{name} differs after the round trip");
    }
}
