//! The version-3 (inspection) envelope of a pen, byte for byte, beside the
//! version-1 pen of `store_golden` (which must keep its bytes: a pen
//! without inspection details is still written as version 1).
//!
//! To write the files afresh (only for a new fixture):
//! `KUMBAN_BLESS=1 cargo test --test store_golden_inspection`, then commit.

use kumban::model::*;
use kumban::store::codec::{self, tag};
use kumban::store::{Audit, Change};
use std::path::PathBuf;

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("fixture date")
}

fn audit() -> Audit {
    Audit {
        created_at: 1_795_858_200_000_000,
        created_by: "ສົມໃຈ".into(),
        updated_at: 1_795_874_700_123_456,
        updated_by: "范锡宁".into(),
    }
}

/// The version-1 fixture of `store_golden`.
fn plain_pen() -> Pen {
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

fn inspected_pen() -> Pen {
    Pen {
        inspection_result: Some(InspectionResult::NeedsWork),
        checklist_failed: vec![CheckItem::Roof, CheckItem::Drainage],
        next_inspection: Some(day(2018, 6, 1)),
        ..plain_pen()
    }
}

fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
        .join(format!("{name}.v3.bin"))
}

/// Encoding today gives the checked-in version-3 bytes, which decode to
/// the same value.
fn golden_v3<T>(name: &str, kind: u8, value: T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let encoded = codec::encode(kind, &value).expect("encode");
    assert_eq!(encoded[..2], [3, kind], "envelope header: version 3, kind");
    let file = path(name);
    if std::env::var_os("KUMBAN_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&file, &encoded).expect("write golden file");
    }
    let stored = std::fs::read(&file)
        .unwrap_or_else(|e| panic!("{}: {e}; bless with KUMBAN_BLESS=1", file.display()));
    assert!(encoded == stored, "the stored format of {name} changed");
    let decoded: T = codec::decode(kind, &stored).expect("the checked-in bytes decode");
    assert_eq!(decoded, value);
}

#[test]
fn inspected_pen_envelope() {
    golden_v3("pen", tag::PEN, (audit(), inspected_pen()));
}

fn pen_change(before: Pen, after: Pen) -> Change {
    Change {
        seq: 80,
        txn: 69,
        at: 1_795_874_700_123_456,
        by: "ສົມໃຈ".into(),
        kind: RecordKind::Pen,
        id: 2,
        before: Some(AnyRecord::Pen(before)),
        after: Some(AnyRecord::Pen(after)),
        undoes: None,
    }
}

/// A change from a pen without details to one with them: both pens are
/// written in layout 3, as the envelope says, so the older one reads back.
#[test]
fn a_change_that_adds_inspection_details_is_version_3_throughout() {
    golden_v3(
        "pen-change",
        tag::CHANGE,
        pen_change(plain_pen(), inspected_pen()),
    );
    // The other way round too.
    let undo = pen_change(inspected_pen(), plain_pen());
    let bytes = codec::encode(tag::CHANGE, &undo).expect("encode");
    assert_eq!(bytes[0], 3);
    assert_eq!(codec::decode::<Change>(tag::CHANGE, &bytes), Ok(undo));
}

/// A pen without details keeps its version-1 bytes, and a change of two
/// such pens stays version 1.
#[test]
fn a_pen_without_details_stays_version_1() {
    let bytes = codec::encode(tag::PEN, &(audit(), plain_pen())).expect("encode");
    assert_eq!(bytes[0], 1);
    let change = pen_change(plain_pen(), plain_pen());
    let bytes = codec::encode(tag::CHANGE, &change).expect("encode");
    assert_eq!(bytes[0], 1);
    assert_eq!(codec::decode::<Change>(tag::CHANGE, &bytes), Ok(change));
    // The version-1 bytes read as version 3 are refused, not misread.
    let mut relabelled = codec::encode(tag::PEN, &(audit(), plain_pen())).expect("encode");
    relabelled[0] = 3;
    assert!(codec::decode::<(Audit, Pen)>(tag::PEN, &relabelled).is_err());
}

/// Each check of the checklist is a choice the bytes keep apart.
#[test]
fn every_result_and_item_reads_back() {
    for result in InspectionResult::ALL {
        let pen = Pen {
            inspection_result: Some(result),
            checklist_failed: CheckItem::ALL.to_vec(),
            ..plain_pen()
        };
        assert_eq!(pen.validate(), vec![]);
        let bytes = codec::encode(tag::PEN, &(audit(), pen.clone())).expect("encode");
        assert_eq!(
            codec::decode::<(Audit, Pen)>(tag::PEN, &bytes),
            Ok((audit(), pen))
        );
    }
}
