//! Households: unique codes; a delete is refused while pens, animals,
//! income logs or members name the household, and a group is kept while a
//! member works in it.

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, refused_said, unique};
use crate::schema::{IndexEntry, Tree};
use kumban_model::{Household, RecordKind};

impl StoreKind for Household {
    const TREE: Tree = Tree::Households;
    const TAG: u8 = tag::HOUSEHOLD;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        vec![(
            Tree::HouseholdByCode,
            self.code.as_bytes().to_vec(),
            keys::id(id).to_vec(),
        )]
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        if let Some(other) = unique(view, Tree::HouseholdByCode, &self.code, id)? {
            let still = view
                .get::<Household>(other)?
                .is_some_and(|o| o.code == self.code);
            if still {
                return Err(refused_said(
                    RecordKind::Household,
                    "code",
                    kumban_i18n::Message::new("store-duplicate-household-code")
                        .with("code", self.code.as_str()),
                ));
            }
        }
        super::member::groups_still_used(view, self, id)
    }

    fn delete_blockers(&self, view: &View, id: u64) -> Result<Blockers> {
        let key = keys::id(id);
        let mut b = Blockers::of(format!("household {}", self.code));
        b.count(
            view.referrers(Tree::PenByHousehold, RecordKind::Pen, &key)?
                .len(),
            "cattle pen",
            "cattle pens",
        );
        b.count(
            view.referrers(Tree::AnimalByHousehold, RecordKind::Animal, &key)?
                .len(),
            "animal",
            "animals",
        );
        b.count(
            view.referrers(Tree::IncomeByHouseholdDate, RecordKind::Income, &key)?
                .len(),
            "income log",
            "income logs",
        );
        super::member::members_blocker(view, id, &mut b)?;
        b.count(
            super::visit::visits_of(view, id)?,
            "technician visit",
            "technician visits",
        );
        Ok(b)
    }

    fn contribution(&self, add: &mut dyn FnMut(String, i64)) {
        use crate::aggregate::key;
        add(key::HOUSEHOLDS.into(), 1);
        if self.demonstration {
            add(key::DEMONSTRATION.into(), 1);
        }
        for g in &self.groups {
            add(key::group_members(g.as_str()), 1);
        }
        add(key::poverty(self.poverty.label()), 1);
    }
}
