//! Weights: the animal exists and was born by the day it was weighed, and
//! an animal has one weighing a day by each method (exports name a weight
//! by its animal, date and method). An animal with weights cannot be
//! deleted (`animal::delete_blockers` counts them).

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, refused_said};
use crate::schema::{IndexEntry, Tree};
use kumban_i18n::Message;
use kumban_model::{Animal, RecordKind, Weight};

const K: RecordKind = RecordKind::Weight;

impl StoreKind for Weight {
    const TREE: Tree = Tree::Weights;
    const TAG: u8 = tag::WEIGHT;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let key = keys::join(&[
            &keys::id(self.animal.0),
            &keys::date(self.date),
            &keys::id(id),
        ]);
        vec![(Tree::WeightByAnimalDate, key, Vec::new())]
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        let Some(animal) = view.get::<Animal>(self.animal.0)? else {
            return Err(refused_said(
                K,
                "animal",
                Message::new("store-no-animal").with("id", self.animal.to_string()),
            ));
        };
        if self.date < animal.born_on {
            return Err(refused_said(
                K,
                "date",
                Message::new("store-weight-before-birth")
                    .with("date", self.date.to_string())
                    .with("tag", animal.ear_tag.as_str())
                    .with("born", animal.born_on.to_string()),
            ));
        }
        let same_day = keys::join(&[&keys::id(self.animal.0), &keys::date(self.date)]);
        for other in view.referrers(Tree::WeightByAnimalDate, K, &same_day)? {
            if other != id
                && view
                    .get::<Weight>(other)?
                    .is_some_and(|o| o.method == self.method)
            {
                return Err(refused_said(
                    K,
                    "date",
                    Message::new("store-weight-same-day")
                        .with("tag", animal.ear_tag.as_str())
                        .with("method", Message::new(method_word(self.method)))
                        .with("date", self.date.to_string()),
                ));
            }
        }
        Ok(())
    }

    fn delete_blockers(&self, _view: &View, _id: u64) -> Result<Blockers> {
        Ok(Blockers::of(format!("weight of {} kg", self.kg)))
    }

    fn contribution(&self, _add: &mut dyn FnMut(String, i64)) {}
}

/// The choice word of a weighing method, as the form shows it.
fn method_word(method: kumban_model::WeighMethod) -> &'static str {
    match method {
        kumban_model::WeighMethod::Scale => "store-weigh-scale",
        kumban_model::WeighMethod::GirthTape => "store-weigh-girth-tape",
    }
}
