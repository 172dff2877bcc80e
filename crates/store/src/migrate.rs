//! Bringing an older database up to `SCHEMA_VERSION`.
//!
//! Version 1 is the first format, so there is nothing to migrate yet. A
//! future version adds a step `from_1_to_2` here, run in order, each one
//! transaction that rewrites what changed and then the schema number.

use super::Local;
use super::error::{Result, StoreError};

pub fn migrate(store: &Local, found: u32) -> Result<()> {
    // No format older than version 1 exists; anything lower is damage.
    Err(StoreError::Corrupt {
        place: format!("schema version of {}", store.path().display()),
        reason: format!("version {found} was never written by any kumban"),
    })
}
