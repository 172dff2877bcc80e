//! Weight rows: a weight is keyed by its animal (by ear tag), its date and
//! its method.

use super::super::problems::Loc;
use super::{Planner, Ref, Refs, StoreResult, any};
use kumban_i18n::tr;
use kumban_model::*;

impl Planner<'_> {
    pub(super) fn weight(&mut self, loc: Loc, animal: &str, weight: Weight) -> StoreResult<()> {
        let Some(a) = self.animal_ref(loc, "animal", animal)? else {
            return Ok(());
        };
        let key = (a, weight.date, weight.method);
        let what = tr!(
            "imp-what-weight",
            method = kumban_i18n::tr_text("choice", weight.method.label()),
            animal = animal,
            date = weight.date.to_string()
        );
        if let Some(first) = self.weights.get(&key) {
            let first = *first;
            self.twice(loc, "date", what, first);
            return Ok(());
        }
        self.weights.insert(key, loc);
        let existing = match a {
            Ref::Id(id) => {
                if !self.weight_cache.contains_key(&id) {
                    let stored = self.store.weights_of(AnimalId(id))?;
                    self.weight_cache.insert(id, stored);
                }
                self.weight_cache.get(&id).and_then(|stored| {
                    stored
                        .iter()
                        .find(|s| (s.record.date, s.record.method) == (weight.date, weight.method))
                        .cloned()
                })
            }
            Ref::New(_) => None,
        };
        let refs = Refs {
            animal: Some(a),
            ..Refs::default()
        };
        self.settle(loc, "date", &what, existing.map(any), weight.into(), refs);
        Ok(())
    }
}
