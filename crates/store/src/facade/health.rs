//! Health writes that are more than one record: an event with its cost as
//! an expense of the animal's household, and a vaccination campaign over a
//! pen, household or village. Each is one transaction, so one undo takes
//! back all of it and a refusal of any part writes nothing.

use crate::Store;
use crate::batch::Batch;
use crate::error::{Result, StoreError};
use kumban_model::*;
use std::collections::BTreeMap;

/// The animals a campaign covers: those present (active) in the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Pen(PenId),
    Household(HouseholdId),
    /// A village, by its name as the households write it.
    Village(String),
}

/// What a campaign wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    /// The transaction, for undo.
    pub txn: u64,
    /// The campaign id its events share (the id of its first event).
    pub id: u64,
    pub events: usize,
    pub expenses: usize,
}

/// The words an expense written for a health event starts with, so that a
/// report or a filter can tell veterinary costs from other cattle costs.
pub const VETERINARY: &str = "veterinary";

/// The income log that records `cost` as an expense of `household`,
/// paid on the event's date for what the event was.
pub fn expense_of(
    event: &HealthEvent,
    household: HouseholdId,
    cost: Money,
    animal: Option<AnimalId>,
    what: &str,
) -> IncomeLog {
    // The description is at most 120 characters: the product is cut so
    // the "veterinary:" prefix and the animal or count stay readable.
    let product: String = event.product.chars().take(60).collect();
    IncomeLog {
        household,
        date: event.date,
        group: Group::cattle(),
        flow: Flow::Expense,
        amount: cost,
        description: format!("{VETERINARY}: {} {product}, {what}", event.kind.label()),
        animal,
    }
}

impl Store {
    /// Saves a health event and, when `as_expense` and it has a cost, the
    /// cost as an expense of the animal's household, in one transaction.
    /// Returns the transaction and the event's id.
    pub fn record_health(
        &self,
        event: HealthEvent,
        as_expense: bool,
    ) -> Result<(u64, HealthEventId)> {
        self.batch(|b| insert_with_expense(self, b, event.clone(), as_expense))
    }

    /// One health event per animal present in `scope` (active: not sold,
    /// not dead), each a copy of `template` for its animal, all sharing
    /// one campaign id, in one transaction. With `as_expense` and a cost,
    /// each household pays the cost of its animals as one expense.
    pub fn campaign(
        &self,
        scope: &Scope,
        template: &HealthEvent,
        as_expense: bool,
    ) -> Result<Campaign> {
        let animals = self.present_in(scope)?;
        if animals.is_empty() {
            return Err(StoreError::Refused {
                kind: RecordKind::HealthEvent,
                problems: vec![Problem::new(
                    "scope",
                    "no animal is present there (sold and dead animals are left out); pick another pen, household or village",
                )],
            });
        }
        let (txn, (id, expenses)) = self.batch(|b| {
            let mut campaign = None;
            let mut per_household: BTreeMap<u64, i64> = BTreeMap::new();
            for (animal, household) in &animals {
                let mut event = template.clone();
                event.animal = *animal;
                event.campaign = campaign;
                let id = b.insert(event.clone())?;
                if campaign.is_none() {
                    // The first event's id names the campaign; it is
                    // written into that event too.
                    campaign = Some(id.0);
                    event.campaign = campaign;
                    b.replace_queued(event)?;
                }
                *per_household.entry(household.0).or_default() += 1;
            }
            let mut expenses = 0;
            if let (true, Some(cost)) = (as_expense, template.cost) {
                for (household, n) in per_household {
                    let total = Money::new(cost.minor.saturating_mul(n), cost.currency);
                    let what = format!("campaign of {n} animals");
                    b.insert(expense_of(
                        template,
                        HouseholdId(household),
                        total,
                        None,
                        &what,
                    ))?;
                    expenses += 1;
                }
            }
            Ok((campaign.unwrap_or_default(), expenses))
        })?;
        Ok(Campaign {
            txn,
            id,
            events: animals.len(),
            expenses,
        })
    }

    /// The active animals of a scope with their households, in the order
    /// of their ids.
    fn present_in(&self, scope: &Scope) -> Result<Vec<(AnimalId, HouseholdId)>> {
        let mut found = Vec::new();
        let mut take = |list: Vec<crate::Stored<Animal>>| {
            for a in list {
                if a.record.status == AnimalStatus::Active {
                    found.push((AnimalId(a.id), a.record.household));
                }
            }
        };
        match scope {
            Scope::Pen(p) => take(self.animals_in_pen(*p)?),
            Scope::Household(h) => take(self.animals_of(*h)?),
            Scope::Village(v) => {
                for h in self.all::<Household>() {
                    let h = h?;
                    if h.record.village == *v {
                        take(self.animals_of(HouseholdId(h.id))?);
                    }
                }
            }
        }
        found.sort();
        Ok(found)
    }
}

/// Queues the event and, when asked and it has a cost, its expense.
fn insert_with_expense(
    store: &Store,
    b: &mut Batch<'_>,
    event: HealthEvent,
    as_expense: bool,
) -> Result<HealthEventId> {
    let expense = match (as_expense, event.cost) {
        (true, Some(cost)) => {
            // A missing animal writes no expense here; the event's own
            // rule then refuses the whole transaction with its message.
            store.get::<Animal>(event.animal)?.map(|a| {
                let what = a.record.ear_tag.clone();
                expense_of(&event, a.record.household, cost, Some(event.animal), &what)
            })
        }
        _ => None,
    };
    let id = b.insert(event)?;
    if let Some(log) = expense {
        b.insert(log)?;
    }
    Ok(id)
}
