//! The two fields of `StoreError` that serde cannot carry as they are:
//! a path that need not be UTF-8, and a problem's field name, which is
//! `&'static str`.

/// A path travels as text (lossy, as it is shown anyway).
pub(super) mod path {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::path::{Path, PathBuf};

    pub fn serialize<S: Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&path.to_string_lossy())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<PathBuf, D::Error> {
        String::deserialize(d).map(PathBuf::from)
    }
}

/// Problems travel as (field, message) pairs; field names come back
/// interned.
pub(super) mod problems {
    use kumban_model::Problem;
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(problems: &[Problem], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(problems.len()))?;
        for p in problems {
            seq.serialize_element(&(p.field, &p.message))?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Problem>, D::Error> {
        let pairs = Vec::<(String, String)>::deserialize(d)?;
        Ok(pairs
            .into_iter()
            .map(|(field, message)| Problem::new(super::intern(&field), message))
            .collect())
    }
}

/// Field names are a small fixed set; each distinct one is leaked once.
/// Past a bound (an owner gone mad) the name is replaced, not leaked.
fn intern(name: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES
        .get_or_init(|| Mutex::new(HashSet::new()))
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if let Some(n) = names.get(name) {
        return n;
    }
    if names.len() >= 512 || name.len() > 64 {
        return "record";
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}

impl super::StoreError {
    /// The error as a client is told it: a failure of the owner's disk
    /// is the owner's to recover from (it opens sled again), so the
    /// client hears only that the save failed.
    pub(crate) fn for_client(self) -> super::StoreError {
        match self {
            super::StoreError::Storage(s) => super::StoreError::Write(s),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::StoreError;
    use crate::remote::wire::{decode, encode};
    use kumban_model::{Problem, RecordKind};
    use std::path::PathBuf;

    fn across(e: &StoreError) -> StoreError {
        let bytes = encode(&Err::<(), _>(e.clone().for_client())).expect("encodes");
        match decode::<Result<(), StoreError>>(&bytes).expect("decodes") {
            Err(e) => e,
            Ok(()) => panic!("an error went in"),
        }
    }

    #[test]
    fn a_refusal_arrives_with_its_fields_and_messages() {
        let e = StoreError::Refused {
            kind: RecordKind::Pen,
            problems: vec![
                Problem::new("capacity", "must be 1 to 200"),
                Problem::new("label", "ນາງ ຄຳແພງ is taken"),
            ],
        };
        let back = across(&e);
        assert_eq!(back, e);
        assert_eq!(back.problems()[0].field, "capacity");
        assert_eq!(back.to_string(), e.to_string());
    }

    #[test]
    fn paths_arrive_as_text_and_disk_failures_as_failed_saves() {
        let e = StoreError::MaybeSaved {
            path: PathBuf::from("/srv/kumban/ບ້ານ"),
        };
        assert_eq!(across(&e), e);
        let storage = StoreError::Storage("Input/output error".into());
        assert_eq!(
            across(&storage),
            StoreError::Write("Input/output error".into())
        );
    }

    #[test]
    fn an_overlong_field_name_is_not_kept() {
        let long = "x".repeat(65);
        let pairs = vec![(long, "m".to_string())];
        // Refused (variant 2) with its problems as pairs, built by hand.
        let bytes = encode(&(2u32, RecordKind::Pen, pairs)).expect("encodes");
        let decoded: StoreError = decode(&bytes).expect("decodes");
        assert_eq!(decoded.problems()[0].field, "record");
    }
}
