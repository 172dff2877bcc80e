//! Health events: the animal exists and was born by the event's date; an
//! animal's events are found by the index by animal, the recent ones by the
//! index by date.

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, refused_said};
use crate::schema::{IndexEntry, Tree};
use kumban_model::{Animal, HealthEvent, RecordKind};

const K: RecordKind = RecordKind::HealthEvent;

impl StoreKind for HealthEvent {
    const TREE: Tree = Tree::Health;
    const TAG: u8 = tag::HEALTH;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let idb = keys::id(id);
        vec![
            (
                Tree::HealthByAnimal,
                keys::join(&[&keys::id(self.animal.0), &idb]),
                Vec::new(),
            ),
            (
                Tree::HealthByDate,
                keys::join(&[&keys::date(self.date), &idb]),
                Vec::new(),
            ),
        ]
    }

    fn check(&self, view: &View, _: u64) -> Result<()> {
        let Some(animal) = view.get::<Animal>(self.animal.0)? else {
            return Err(refused_said(
                K,
                "animal",
                kumban_i18n::Message::new("store-no-animal").with("id", self.animal.to_string()),
            ));
        };
        if self.date < animal.born_on {
            return Err(refused_said(
                K,
                "date",
                kumban_i18n::Message::new("store-health-before-birth")
                    .with("date", self.date.to_string())
                    .with("tag", animal.ear_tag.as_str())
                    .with("born", animal.born_on.to_string()),
            ));
        }
        Ok(())
    }

    fn delete_blockers(&self, _: &View, _: u64) -> Result<Blockers> {
        Ok(Blockers::default())
    }

    fn contribution(&self, _add: &mut dyn FnMut(String, i64)) {}
}

/// An animal's health events named in its delete refusal: how many, and
/// the first few (date and product) so the clerk knows which to delete.
pub(super) fn health_blocker(view: &View, animal: u64, b: &mut Blockers) -> Result<()> {
    const NAMED: usize = 3;
    let ids = view.referrers(Tree::HealthByAnimal, K, &keys::id(animal))?;
    if ids.is_empty() {
        return Ok(());
    }
    let mut named = Vec::new();
    for id in ids.iter().take(NAMED) {
        if let Some(e) = view.get::<HealthEvent>(*id)? {
            named.push(format!("{} {} {}", e.kind.label(), e.product, e.date));
        }
    }
    if ids.len() > NAMED {
        named.push("…".into());
    }
    let noun = if ids.len() == 1 {
        "health event"
    } else {
        "health events"
    };
    b.by.push(format!("{} {noun} ({})", ids.len(), named.join(", ")));
    Ok(())
}
