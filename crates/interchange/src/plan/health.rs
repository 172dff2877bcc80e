//! Health event rows: an event is keyed by its animal, date, kind and
//! product.

use super::super::problems::Loc;
use super::{Planner, Refs, StoreResult, any};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::Stored;

impl Planner<'_> {
    pub(super) fn health(&mut self, loc: Loc, animal: &str, event: HealthEvent) -> StoreResult<()> {
        let Some(a) = self.animal_ref(loc, "animal", animal)? else {
            return Ok(());
        };
        let key = (a, event.date, event.kind, event.product.clone());
        let what = tr!(
            "imp-what-health",
            kind = kumban_i18n::tr_text("choice", event.kind.label()),
            product = event.product.as_str(),
            animal = animal,
            date = event.date.to_string()
        );
        if let Some(first) = self.health.get(&key) {
            let first = *first;
            self.twice(loc, "product", what, first);
            return Ok(());
        }
        self.health.insert(key, loc);
        let mut stored: Vec<Stored<HealthEvent>> = match a {
            super::Ref::Id(id) => self
                .store
                .health_of(AnimalId(id))?
                .into_iter()
                .filter(|s| {
                    s.record.date == event.date
                        && s.record.kind == event.kind
                        && s.record.product == event.product
                })
                .collect(),
            super::Ref::New(_) => Vec::new(),
        };
        stored.truncate(1);
        let refs = Refs {
            animal: Some(a),
            ..Refs::default()
        };
        let existing = stored.pop().map(any);
        self.settle(loc, "product", &what, existing, event.into(), refs);
        Ok(())
    }
}
