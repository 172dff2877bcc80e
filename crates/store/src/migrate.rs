//! Bringing an older database up to `SCHEMA_VERSION`.
//!
//! Each step brings one version to the next, run in order, each one a
//! write that changes what changed and then the schema number.

use super::Local;
use super::error::{Result, StoreError};
use super::schema::{SCHEMA_VERSION, Tree, meta};

pub fn migrate(store: &Local, found: u32) -> Result<()> {
    // No format older than version 1 exists; anything lower is damage.
    if found == 0 {
        return Err(StoreError::Corrupt {
            place: format!("schema version of {}", store.path().display()),
            reason: format!("version {found} was never written by any kumban"),
        });
    }
    let mut version = found;
    while version < SCHEMA_VERSION {
        match version {
            1 => from_1_to_2(store)?,
            _ => {
                return Err(StoreError::Corrupt {
                    place: format!("schema version of {}", store.path().display()),
                    reason: format!("no way to bring version {version} up to {SCHEMA_VERSION}"),
                });
            }
        }
        version += 1;
    }
    Ok(())
}

/// Schema 2 adds the household members' trees. sled creates them empty
/// when the database opens, and no record of schema 1 changes, so only
/// the schema number is written.
fn from_1_to_2(store: &Local) -> Result<()> {
    let meta_tree = store.tree(Tree::Meta)?;
    meta_tree.insert(meta::SCHEMA, &2u32.to_be_bytes())?;
    store.flush()?;
    Ok(())
}
