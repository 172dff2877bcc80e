//! The names in use that the forms suggest and compare with, answered
//! from the memo where the database is held (`names_held`): one request,
//! however many records.

use crate::NameUse;
use crate::Store;
use crate::error::Result;
use crate::request::{Reply, Request, unexpected};

impl Store {
    /// Every disease or product name the health events use, with how many
    /// events use it, most used first (names differing only in case and
    /// outer spaces are one, spelled as most of its events spell it).
    pub fn products_in_use(&self) -> Result<Vec<NameUse>> {
        match self.call(Request::ProductsInUse)? {
            Reply::Names(names) => Ok(names),
            other => Err(unexpected(&other)),
        }
    }

    /// Every production group the households list, with how many
    /// households list it, in the order of first use (by household id).
    pub fn groups_in_use(&self) -> Result<Vec<NameUse>> {
        match self.call(Request::GroupsInUse)? {
            Reply::Names(names) => Ok(names),
            other => Err(unexpected(&other)),
        }
    }

    /// The ids of the households of `village` whose head is named `head`,
    /// case and spaces aside (`kumban_model::text::folded`), lowest first.
    pub fn households_named(&self, village: &str, head: &str) -> Result<Vec<u64>> {
        match self.call(Request::HouseholdsNamed {
            village: village.to_string(),
            head: head.to_string(),
        })? {
            Reply::Ids(ids) => Ok(ids),
            other => Err(unexpected(&other)),
        }
    }
}
