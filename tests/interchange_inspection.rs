//! Pens' inspection details in pens.csv and JSON: written, read back byte
//! for byte, older files without the columns still read, and bad cells
//! named with their line and field (issue 15 item 6).

use kumban::interchange::export::{self, Format};
use kumban::interchange::import::{ImportError, ImportOptions, import};
use kumban::model::*;
use kumban::store::Store;
use std::path::Path;

mod support;

use support::today;

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

/// A household with an inspected pen that has details, one without, and
/// a planned pen.
fn fixture(dir: &Path) -> Store {
    let store = Store::open(&dir.join("db"), "clerk").unwrap();
    let h = store
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
            enrolled_on: day(2017, 6, 1),
            notes: String::new(),
        })
        .unwrap();
    let plain = Pen {
        household: h,
        label: "Pen 1".into(),
        capacity: 3,
        status: PenStatus::Inspected,
        inspected_on: Some(day(2025, 3, 1)),
        inspected_by: Some("Somchai".into()),
        notes: String::new(),
        inspection_result: None,
        checklist_failed: Vec::new(),
        next_inspection: None,
    };
    store.insert(plain.clone()).unwrap();
    store
        .insert(Pen {
            label: "Pen 2".into(),
            inspection_result: Some(InspectionResult::NeedsWork),
            checklist_failed: vec![CheckItem::Roof, CheckItem::Drainage],
            next_inspection: Some(day(2025, 9, 1)),
            ..plain.clone()
        })
        .unwrap();
    store
        .insert(Pen {
            label: "Pen 3".into(),
            status: PenStatus::Planned,
            inspected_on: None,
            inspected_by: None,
            ..plain
        })
        .unwrap();
    store
}

fn pens(store: &Store) -> Vec<Pen> {
    store.all::<Pen>().map(|p| p.unwrap().record).collect()
}

fn round_trip(format: Format) {
    let tmp = tempfile::tempdir().unwrap();
    let store = fixture(tmp.path());
    let first = tmp.path().join("first");
    export::to_dir(&store, format, &first).unwrap();
    let copy = Store::open(&tmp.path().join("copy"), "clerk").unwrap();
    import(&copy, &first, &ImportOptions::new(today())).unwrap();
    let mut want = pens(&store);
    let mut got = pens(&copy);
    for p in want.iter_mut().chain(got.iter_mut()) {
        p.household = HouseholdId(0);
    }
    assert_eq!(got, want);
    let second = tmp.path().join("second");
    export::to_dir(&copy, format, &second).unwrap();
    let stem = match format {
        Format::Csv => "pens.csv",
        _ => "pens.json",
    };
    let (a, b) = (
        std::fs::read(first.join(stem)).unwrap(),
        std::fs::read(second.join(stem)).unwrap(),
    );
    assert!(a == b, "{stem} differs after the round trip");
}

#[test]
fn csv_and_json_keep_inspection_details() {
    round_trip(Format::Csv);
    round_trip(Format::Json);
}

#[test]
fn pens_csv_writes_the_details_in_three_columns() {
    let tmp = tempfile::tempdir().unwrap();
    let store = fixture(tmp.path());
    let out = tmp.path().join("csv");
    export::to_dir(&store, Format::Csv, &out).unwrap();
    let text = std::fs::read_to_string(out.join("pens.csv")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].ends_with(",notes,inspection_result,checklist_failed,next_inspection"),
        "{}",
        lines[0]
    );
    assert!(lines[1].ends_with(",,,"), "{}", lines[1]);
    assert!(
        lines[2].ends_with(",needs-work,roof;drainage,2025-09-01"),
        "{}",
        lines[2]
    );
}

/// pens.csv as a kumban before inspection details wrote it.
#[test]
fn an_older_pens_csv_without_the_columns_reads() {
    let tmp = tempfile::tempdir().unwrap();
    let store = fixture(tmp.path());
    let out = tmp.path().join("csv");
    export::to_dir(&store, Format::Csv, &out).unwrap();
    let text = std::fs::read_to_string(out.join("pens.csv")).unwrap();
    let older: String = text
        .lines()
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            format!("{}\n", cells[..cells.len() - 3].join(","))
        })
        .collect();
    assert!(!older.contains("inspection_result"));
    std::fs::write(out.join("pens.csv"), older).unwrap();
    let copy = Store::open(&tmp.path().join("copy"), "clerk").unwrap();
    import(&copy, &out, &ImportOptions::new(today())).unwrap();
    let read = pens(&copy);
    assert_eq!(read.len(), 3);
    assert!(read.iter().all(|p| !p.has_inspection_details()), "{read:?}");
}

/// The pens.csv of the fixture with Pen 2's three detail cells replaced.
fn refused_with(details: &str) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let store = fixture(tmp.path());
    let out = tmp.path().join("csv");
    export::to_dir(&store, Format::Csv, &out).unwrap();
    let text = std::fs::read_to_string(out.join("pens.csv")).unwrap();
    let edited = text.replace(",needs-work,roof;drainage,2025-09-01", details);
    assert_ne!(edited, text);
    std::fs::write(out.join("pens.csv"), edited).unwrap();
    let copy = Store::open(&tmp.path().join("copy"), "clerk").unwrap();
    match import(&copy, &out, &ImportOptions::new(today())) {
        Err(ImportError::Refused(p)) => {
            assert!(copy.is_blank(), "nothing written");
            p.shown().to_vec()
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_bad_result_word_is_named() {
    assert_eq!(
        refused_with(",good,roof,2025-09-01"),
        ["pens.csv:3: inspection_result: \"good\" is not one of pass, needs-work, fail"]
    );
}

#[test]
fn a_bad_checklist_word_is_named() {
    assert_eq!(
        refused_with(",fail,roof;walls,2025-09-01"),
        [
            "pens.csv:3: checklist_failed: \"walls\" is not one of roof, floor, drainage, trough, space"
        ]
    );
}

#[test]
fn a_bad_next_inspection_date_is_named() {
    let shown = refused_with(",pass,,2025-13-40");
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].starts_with("pens.csv:3: next_inspection: "),
        "{shown:?}"
    );
    let shown = refused_with(",pass,,2025-02-01");
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0]
            .starts_with("pens.csv:3: next_inspection: 2025-02-01 is before the inspection date"),
        "{shown:?}"
    );
}
