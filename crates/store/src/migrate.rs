//! Bringing an older database up to `SCHEMA_VERSION`.
//!
//! Each step brings one version to the next, in order, and then writes the
//! new schema number; a step that stops half way leaves the old number, so
//! the next open runs it again.

use super::Local;
use super::error::{Result, StoreError};
use super::schema::{Tree, meta};

pub fn migrate(store: &Local, found: u32) -> Result<()> {
    let mut version = found;
    while version < super::schema::SCHEMA_VERSION {
        match version {
            1 => from_1_to_2(store)?,
            // No format older than version 1 exists; anything lower is damage.
            _ => {
                return Err(StoreError::Corrupt {
                    place: format!("schema version of {}", store.path().display()),
                    reason: format!("version {found} was never written by any kumban"),
                });
            }
        }
        version += 1;
        store
            .tree(Tree::Meta)?
            .insert(meta::SCHEMA, &version.to_be_bytes())?;
        store.flush()?;
    }
    Ok(())
}

/// Version 2 adds the exchange rates' trees, which opening the database
/// creates empty: no stored value changes.
fn from_1_to_2(_store: &Local) -> Result<()> {
    Ok(())
}
