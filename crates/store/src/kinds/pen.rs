//! Cattle pens: a pen's household exists, labels are unique within a
//! household, and a pen holds only its household's animals.

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, household_exists, refused_said};
use crate::schema::{IndexEntry, Tree};
use kumban_model::{Animal, Pen, RecordKind};

impl StoreKind for Pen {
    const TREE: Tree = Tree::Pens;
    const TAG: u8 = tag::PEN;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let key = keys::join(&[&keys::id(self.household.0), &keys::id(id)]);
        vec![(Tree::PenByHousehold, key, Vec::new())]
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        household_exists(view, RecordKind::Pen, self.household)?;
        // Exports name a pen by household code and label.
        let siblings = view.referrers(
            Tree::PenByHousehold,
            RecordKind::Pen,
            &keys::id(self.household.0),
        )?;
        for other in siblings.into_iter().filter(|o| *o != id) {
            if view
                .get::<Pen>(other)?
                .is_some_and(|o| o.label == self.label)
            {
                return Err(refused_said(
                    RecordKind::Pen,
                    "label",
                    kumban_i18n::Message::new("store-duplicate-pen-label")
                        .with("label", self.label.as_str()),
                ));
            }
        }
        let animals = view.referrers(Tree::AnimalByPen, RecordKind::Animal, &keys::id(id))?;
        for a in animals {
            if let Some(animal) = view.get::<Animal>(a)?
                && animal.household != self.household
            {
                return Err(refused_said(
                    RecordKind::Pen,
                    "household",
                    kumban_i18n::Message::new("store-pen-animal-elsewhere")
                        .with("tag", animal.ear_tag.as_str()),
                ));
            }
        }
        Ok(())
    }

    fn delete_blockers(&self, view: &View, id: u64) -> Result<Blockers> {
        let mut b = Blockers::of(format!("pen {}", self.label));
        b.count(
            view.referrers(Tree::AnimalByPen, RecordKind::Animal, &keys::id(id))?
                .len(),
            "animal in it",
            "animals in it",
        );
        Ok(b)
    }

    fn contribution(&self, add: &mut dyn FnMut(String, i64)) {
        add(crate::aggregate::key::pen_status(self.status.label()), 1);
    }
}
