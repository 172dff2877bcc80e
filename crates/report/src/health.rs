//! The dashboard's health block: three counts and the "vaccination due"
//! list, from the store's health tree (`kumban_store::health_due`): one
//! request for the counts and the soonest rows, then the few listed
//! events, animals and households.

use super::*;
use kumban_model::{Animal, AnimalId, HealthEvent, Household, HouseholdId};
use kumban_store::health_due::HealthFigures;
use kumban_store::{Store, StoreError};
use std::collections::HashMap;

/// At most this many due rows are listed; the rest are counted.
pub const HEALTH_DUE_LIMIT: usize = 20;

/// Animal health as of today (docs/status-json.md, `health`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    /// Active animals with a vaccination dated today − 364 ..= today.
    pub vaccinated_12_months: u64,
    /// Active animals with a due date in force up to today + 30, overdue
    /// ones included.
    pub due_30_days: u64,
    /// Treatment events dated today − 29 ..= today.
    pub treatments_30_days: u64,
    /// Due dates in force up to today + 30 (one per animal and product),
    /// soonest first, at most `HEALTH_DUE_LIMIT`.
    pub due: Vec<DueHealth>,
    /// How many rows `due` would hold without the limit.
    pub due_total: u64,
}

impl Health {
    /// How many due rows a screen that shows the first `shown` leaves out.
    pub fn due_more(&self, shown: usize) -> u64 {
        self.due_total.saturating_sub(shown as u64)
    }

    /// Nothing recorded and nothing due: the block is left out of the text.
    pub fn is_empty(&self) -> bool {
        self.vaccinated_12_months == 0
            && self.due_30_days == 0
            && self.treatments_30_days == 0
            && self.due_total == 0
    }
}

/// One vaccination (or treatment) due, as the dashboard lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueHealth {
    pub animal: AnimalId,
    pub tag: String,
    pub household_code: String,
    pub product: String,
    pub due: Date,
    /// Days from today to the due date; negative once it has passed.
    pub days: i64,
}

impl DueHealth {
    pub fn overdue(&self) -> bool {
        self.days < 0
    }
}

/// The health block from the figures the first reads brought, reading the
/// listed events, animals and households in three requests.
pub(crate) fn health(
    store: &Store,
    today: Date,
    figures: HealthFigures,
) -> Result<Health, StoreError> {
    let event_ids: Vec<_> = figures.due_listed.iter().map(|r| r.event).collect();
    let events: HashMap<u64, HealthEvent> = store
        .get_many::<HealthEvent>(&event_ids)?
        .into_iter()
        .map(|s| (s.id, s.record))
        .collect();
    let animal_ids: Vec<AnimalId> = figures.due_listed.iter().map(|r| r.animal).collect();
    let animals: HashMap<u64, Animal> = store
        .get_many::<Animal>(&animal_ids)?
        .into_iter()
        .map(|s| (s.id, s.record))
        .collect();
    let household_ids: Vec<HouseholdId> = animals.values().map(|a| a.household).collect();
    let households: HashMap<u64, Household> = store
        .get_many::<Household>(&household_ids)?
        .into_iter()
        .map(|s| (s.id, s.record))
        .collect();
    let due = figures
        .due_listed
        .iter()
        .filter_map(|r| {
            let event = events.get(&r.event.0)?;
            let animal = animals.get(&r.animal.0)?;
            Some(DueHealth {
                animal: r.animal,
                tag: animal.ear_tag.clone(),
                household_code: households
                    .get(&animal.household.0)
                    .map(|h| h.code.clone())
                    .unwrap_or_default(),
                product: event.product.clone(),
                due: r.due,
                days: today.days_until(r.due),
            })
        })
        .collect();
    Ok(Health {
        vaccinated_12_months: figures.vaccinated_12_months,
        due_30_days: figures.due_30_days,
        treatments_30_days: figures.treatments_30_days,
        due,
        due_total: figures.due_rows,
    })
}
