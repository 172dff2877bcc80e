//! Damaged values: decoding never panics and never asks for unbounded
//! memory; a cut-off or padded envelope is always an error.

use kumban::model::*;
use kumban::store::codec::{self, tag};
use kumban::store::{Audit, Change};
use proptest::prelude::*;
use std::path::PathBuf;

const KINDS: [(&str, u8); 6] = [
    ("household", tag::HOUSEHOLD),
    ("pen", tag::PEN),
    ("animal", tag::ANIMAL),
    ("pregnancy", tag::PREGNANCY),
    ("income", tag::INCOME),
    ("change", tag::CHANGE),
];

/// Decodes `bytes` as the value stored under `kind`, dropping the value.
fn decode(kind: u8, bytes: &[u8]) -> Result<(), String> {
    match kind {
        tag::HOUSEHOLD => codec::decode::<(Audit, Household)>(kind, bytes).map(drop),
        tag::PEN => codec::decode::<(Audit, Pen)>(kind, bytes).map(drop),
        tag::ANIMAL => codec::decode::<(Audit, Animal)>(kind, bytes).map(drop),
        tag::PREGNANCY => codec::decode::<(Audit, Pregnancy)>(kind, bytes).map(drop),
        tag::INCOME => codec::decode::<(Audit, IncomeLog)>(kind, bytes).map(drop),
        tag::CHANGE => codec::decode::<Change>(kind, bytes).map(drop),
        other => panic!("no kind {other}"),
    }
}

/// The checked-in version-1 envelopes (see store_golden.rs).
fn valid(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
        .join(format!("{name}.v1.bin"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_golden_envelopes_decode() {
    for (name, kind) in KINDS {
        assert_eq!(decode(kind, &valid(name)), Ok(()), "{name}");
    }
}

#[test]
fn every_truncation_is_an_error() {
    for (name, kind) in KINDS {
        let bytes = valid(name);
        for cut in 0..bytes.len() {
            assert!(
                decode(kind, &bytes[..cut]).is_err(),
                "{name} cut to {cut} of {} bytes decoded",
                bytes.len()
            );
        }
    }
}

#[test]
fn trailing_bytes_are_an_error() {
    for (name, kind) in KINDS {
        let mut bytes = valid(name);
        bytes.push(0);
        let err = decode(kind, &bytes).unwrap_err();
        assert_eq!(err, "1 stray bytes after the value", "{name}");
    }
}

#[test]
fn a_huge_length_prefix_is_refused_without_allocating() {
    // Audit.created_at = 0, then created_by's length as a u64 varint
    // (marker 253) of 2^64-1 bytes.
    let mut bytes = vec![1, tag::HOUSEHOLD, 0, 253];
    bytes.extend_from_slice(&u64::MAX.to_le_bytes());
    bytes.extend_from_slice(b"abc");
    assert!(decode(tag::HOUSEHOLD, &bytes).is_err());
    // The same for a list: a household whose one group's count (at byte
    // 11, after the header, an empty audit and three empty strings, the
    // members and "no phone") is replaced by 2^32-1 (marker 252, a u32).
    let bare = Household {
        code: String::new(),
        head_name: String::new(),
        village: String::new(),
        members: 5,
        phone: None,
        groups: vec![Group::corn()],
        demonstration: false,
        poverty: Poverty::Poor,
        baseline_income: None,
        enrolled_on: Date::from_ymd(2017, 1, 1).expect("date"),
        notes: String::new(),
    };
    let audit = Audit {
        created_at: 0,
        created_by: String::new(),
        updated_at: 0,
        updated_by: String::new(),
    };
    let bytes = codec::encode(tag::HOUSEHOLD, &(audit, bare)).expect("encode");
    assert_eq!(
        bytes[9..13],
        [5, 0, 1, 4],
        "members, no phone, 1 group of 4 bytes"
    );
    assert_eq!(decode(tag::HOUSEHOLD, &bytes), Ok(()));
    let huge = [&bytes[..11], &[252, 0xff, 0xff, 0xff, 0xff], &bytes[12..]].concat();
    assert!(decode(tag::HOUSEHOLD, &huge).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Random bytes, even with a correct header, never panic.
    #[test]
    fn random_bytes_never_panic(
        kind in 0usize..6,
        header in any::<bool>(),
        body in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let (_, tag) = KINDS[kind];
        let bytes = if header {
            [vec![1, tag], body].concat()
        } else {
            body
        };
        let _ = decode(tag, &bytes);
    }

    /// Fully random bytes (no header fixed) are refused.
    #[test]
    fn random_bytes_are_refused(
        kind in 0usize..6,
        body in prop::collection::vec(any::<u8>(), 0..64),
    ) {
        let (_, tag) = KINDS[kind];
        prop_assume!(body.len() < 2 || body[0] != 1 || body[1] != tag);
        prop_assert!(decode(tag, &body).is_err());
    }

    /// A valid envelope with a few bytes overwritten decodes or fails,
    /// but never panics.
    #[test]
    fn damaged_envelopes_never_panic(
        kind in 0usize..6,
        damage in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let (name, tag) = KINDS[kind];
        let mut bytes = valid(name);
        for (at, value) in damage {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let _ = decode(tag, &bytes);
    }
}
