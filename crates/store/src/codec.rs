//! The versioned envelope around every stored value.
//!
//! `[format version: u8][record kind: u8][bincode payload]`. The version byte
//! lets a later kumban read (and migrate) what this one wrote; the kind byte
//! catches a value written into the wrong tree.
//!
//! The version is the layout of the payload (`kumban_model::layout`): the
//! oldest one that reads it. A value holding no record whose layout changed
//! is written as version 1, byte for byte as before, so older kumbans still
//! read it; one holding a pregnancy is version 2 (lineage), and one holding
//! a pen with inspection details (result, checklist, next inspection) is
//! version 3, which an older kumban refuses rather than misreads. All are
//! read: nothing needs rewriting when a database is opened.

use kumban_model::layout;
use serde::{Serialize, de::DeserializeOwned};

/// The newest envelope version this kumban writes and reads.
pub const ENVELOPE_VERSION: u8 = layout::NEWEST;

/// Record kinds as stored; never renumber.
pub mod tag {
    pub const HOUSEHOLD: u8 = 1;
    pub const PEN: u8 = 2;
    pub const ANIMAL: u8 = 3;
    pub const PREGNANCY: u8 = 4;
    pub const INCOME: u8 = 5;
    pub const RATE: u8 = 6;
    pub const MEMBER: u8 = 7;
    pub const HEALTH: u8 = 8;
    /// Weights of animals; 8 is left to the health events built beside them.
    pub const WEIGHT: u8 = 9;
    pub const TRAINING: u8 = 10;
    pub const ATTENDANCE: u8 = 11;
    pub const VISIT: u8 = 12;
    pub const CHANGE: u8 = 16;
    /// An import's journal (`journal::Journal`), in the meta tree.
    pub const JOURNAL: u8 = 17;
    /// A village's month under review (`review::Review`), in the review tree.
    pub const REVIEW: u8 = 18;
}

/// Bounded so that a damaged length prefix cannot ask for gigabytes.
fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<{ 1 << 20 }>()
}

pub fn encode<T: Serialize>(kind: u8, value: &T) -> Result<Vec<u8>, String> {
    let (body, version) = layout::writing(|| bincode::serde::encode_to_vec(value, config()));
    let mut out = vec![version, kind];
    out.extend_from_slice(&body.map_err(|e| e.to_string())?);
    Ok(out)
}

pub fn decode<T: DeserializeOwned>(kind: u8, bytes: &[u8]) -> Result<T, String> {
    let (&version, rest) = bytes.split_first().ok_or("empty value")?;
    if !(layout::FIRST..=ENVELOPE_VERSION).contains(&version) {
        return Err(format!(
            "value written in envelope version {version}, this kumban reads versions {} to {ENVELOPE_VERSION}",
            layout::FIRST
        ));
    }
    let (&found, body) = rest.split_first().ok_or("value has no kind byte")?;
    if found != kind {
        return Err(format!(
            "expected a value of kind {kind}, found kind {found}"
        ));
    }
    let (value, used) = layout::reading(version, || {
        bincode::serde::decode_from_slice(body, config()).map_err(|e| e.to_string())
    })?;
    if used != body.len() {
        return Err(format!("{} stray bytes after the value", body.len() - used));
    }
    Ok(value)
}
