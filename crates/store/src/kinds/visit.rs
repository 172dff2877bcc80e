//! Technician visits: the household exists, and a household has one visit
//! a day by each technician (exports name a visit by its household, date
//! and technician). A household with visits cannot be deleted
//! (`household::delete_blockers` counts them).

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, household_exists, refused_said};
use crate::schema::{IndexEntry, Tree};
use kumban_i18n::Message;
use kumban_model::{RecordKind, Visit};

const K: RecordKind = RecordKind::Visit;

impl StoreKind for Visit {
    const TREE: Tree = Tree::Visits;
    const TAG: u8 = tag::VISIT;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let key = keys::join(&[
            &keys::id(self.household.0),
            &keys::date(self.date),
            &keys::id(id),
        ]);
        vec![(Tree::VisitByHouseholdDate, key, Vec::new())]
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        household_exists(view, K, self.household)?;
        let same_day = keys::join(&[&keys::id(self.household.0), &keys::date(self.date)]);
        for other in view.referrers(Tree::VisitByHouseholdDate, K, &same_day)? {
            if other != id
                && view
                    .get::<Visit>(other)?
                    .is_some_and(|o| o.technician == self.technician)
            {
                return Err(refused_said(
                    K,
                    "technician",
                    Message::new("store-visit-twice")
                        .with("technician", self.technician.as_str())
                        .with("date", self.date.to_string()),
                ));
            }
        }
        Ok(())
    }

    fn delete_blockers(&self, _view: &View, _id: u64) -> Result<Blockers> {
        Ok(Blockers::of(format!("technician visit of {}", self.date)))
    }

    fn contribution(&self, _add: &mut dyn FnMut(String, i64)) {}
}

/// How many visits a household had, for the refusal of its delete.
pub(super) fn visits_of(view: &View, household: u64) -> Result<usize> {
    Ok(view
        .referrers(Tree::VisitByHouseholdDate, K, &keys::id(household))?
        .len())
}
