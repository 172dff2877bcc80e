//! Encoding a record (with its audit stamp) for its tree, by kind.

use super::codec;
use super::error::{Result, StoreError};
use super::record::{Audit, Change};
use super::schema::kind_tag;
use kumban_model::*;

pub fn encode_record(audit: &Audit, record: &AnyRecord) -> Result<Vec<u8>> {
    let tag = kind_tag(record.kind());
    for_record!(record, r => codec::encode(tag, &(audit, r))).map_err(StoreError::Write)
}

pub fn decode_record(kind: RecordKind, id: u64, bytes: &[u8]) -> Result<(Audit, AnyRecord)> {
    let tag = kind_tag(kind);
    let r =
        for_kind!(kind, K => codec::decode::<(Audit, K)>(tag, bytes).map(|(a, r)| (a, r.into())));
    r.map_err(|reason| StoreError::Corrupt {
        place: format!("{} {id}", kind.noun()),
        reason,
    })
}

pub fn encode_change(change: &Change) -> Result<Vec<u8>> {
    codec::encode(codec::tag::CHANGE, change).map_err(StoreError::Write)
}

pub fn decode_change(seq: u64, bytes: &[u8]) -> Result<Change> {
    codec::decode(codec::tag::CHANGE, bytes).map_err(|reason| StoreError::Corrupt {
        place: format!("history entry {seq}"),
        reason,
    })
}
