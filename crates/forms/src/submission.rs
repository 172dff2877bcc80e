//! What a valid form asks the store to do, as one transaction.

use crate::record_form::describe;
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub enum Submission {
    Insert(AnyRecord),
    Update {
        id: u64,
        record: AnyRecord,
        /// The record's `updated_at` when the form read it: the save is
        /// refused (`StoreError::Changed`) if someone saved it since.
        /// `None` saves whatever happened meanwhile.
        expected: Option<i64>,
    },
    /// Closes a pending pregnancy as calved and creates the calf.
    Calving {
        pregnancy: PregnancyId,
        cow_tag: String,
        /// Boxed: two calves' records would make every outcome as large.
        entry: Box<CalvingEntry>,
    },
    /// Marks the animal sold and logs the sale as the household's income.
    Sale {
        animal: AnimalId,
        record: Animal,
        income: IncomeLog,
    },
    /// A health event and, when `as_expense`, its cost as an expense of
    /// the animal's household, in one transaction.
    Health {
        event: HealthEvent,
        as_expense: bool,
    },
    /// One health event per animal present in the scope, sharing one
    /// campaign id, in one transaction.
    Campaign {
        scope: kumban_store::CampaignScope,
        template: HealthEvent,
        as_expense: bool,
    },
    /// One animal per ear tag, each a copy of the template with its tag,
    /// in one transaction.
    Distribution {
        template: Animal,
        tags: Vec<String>,
    },
    /// A training and one attendance for every member of the households
    /// (by code), in one transaction.
    Training {
        training: Training,
        households: Vec<String>,
    },
    /// A valid form that writes nothing (a pregnancy check that says
    /// "check again later").
    Nothing(String),
}

/// A save that the store made durable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The transaction to hand to `Store::undo`; none when nothing was
    /// written.
    pub txn: Option<u64>,
    pub kind: RecordKind,
    /// The record the form was about (the new one for an insert).
    pub id: u64,
    /// For the status bar, e.g. "saved household BS-07".
    pub message: String,
}

impl Submission {
    /// Writes to the store in one transaction. Returns only after the
    /// store's durable write returned, so the shell may then say "saved".
    pub fn apply(&self, store: &Store) -> Result<Saved, StoreError> {
        match self {
            Submission::Insert(record) => {
                let kind = record.kind();
                let what = describe(record);
                let (txn, id) = store.batch(|b| insert_any(b, record.clone()))?;
                Ok(Saved {
                    txn: Some(txn),
                    kind,
                    id,
                    message: tr!("saved-new", noun = noun(kind), what = what),
                })
            }
            Submission::Update {
                id,
                record,
                expected,
            } => {
                let kind = record.kind();
                let what = describe(record);
                // Saving what is already there would only add a history
                // entry (and an undo step) that changes nothing.
                if store
                    .get_any(kind, *id)?
                    .is_some_and(|now| now.record == *record)
                {
                    return Ok(Saved {
                        txn: None,
                        kind,
                        id: *id,
                        message: tr!("saved-nothing-changed", noun = noun(kind), what = what),
                    });
                }
                let (txn, ()) = store.batch(|b| update_any(b, *id, record.clone(), *expected))?;
                Ok(Saved {
                    txn: Some(txn),
                    kind,
                    id: *id,
                    message: tr!("saved-edit", noun = noun(kind), what = what),
                })
            }
            Submission::Calving {
                pregnancy,
                cow_tag,
                entry,
            } => {
                let tags: Vec<&str> = [&entry.calf, &entry.twin_calf]
                    .into_iter()
                    .flatten()
                    .map(|c| c.ear_tag.as_str())
                    .collect();
                let message = match tags[..] {
                    [] => tr!("saved-calving", cow = cow_tag.clone()),
                    [calf] => tr!("saved-calving-calf", cow = cow_tag.clone(), calf = calf),
                    [first, .., second] => tr!(
                        "saved-calving-twins",
                        cow = cow_tag.clone(),
                        first = first,
                        second = second
                    ),
                };
                store.record_calving_entry(*pregnancy, entry.as_ref().clone())?;
                let txn = store.last_txn()?;
                Ok(Saved {
                    txn,
                    kind: RecordKind::Pregnancy,
                    id: pregnancy.0,
                    message,
                })
            }
            Submission::Sale {
                animal,
                record,
                income,
            } => {
                let (txn, ()) = store.batch(|b| {
                    b.update(*animal, record.clone())?;
                    b.insert(income.clone())?;
                    Ok(())
                })?;
                Ok(Saved {
                    txn: Some(txn),
                    kind: RecordKind::Animal,
                    id: animal.0,
                    message: tr!(
                        "saved-sale",
                        tag = record.ear_tag.clone(),
                        amount = income.amount.to_string()
                    ),
                })
            }
            Submission::Health { event, as_expense } => {
                let (txn, id) = store.record_health(event.clone(), *as_expense)?;
                let mut message = format!(
                    "saved new health event {} {} on {}",
                    event.kind.label(),
                    event.product,
                    event.date
                );
                if *as_expense && let Some(cost) = event.cost {
                    message.push_str(&format!(" and an expense of {cost}"));
                }
                Ok(Saved {
                    txn: Some(txn),
                    kind: RecordKind::HealthEvent,
                    id: id.0,
                    message,
                })
            }
            Submission::Campaign {
                scope,
                template,
                as_expense,
            } => {
                let c = store.campaign(scope, template, *as_expense)?;
                let mut message = format!(
                    "saved campaign {}: {} {} ({}) of {} animals",
                    c.id,
                    template.kind.label(),
                    template.product,
                    template.date,
                    c.events
                );
                if c.expenses > 0 {
                    message.push_str(&format!(", and {} household expenses", c.expenses));
                }
                Ok(Saved {
                    txn: Some(c.txn),
                    kind: RecordKind::HealthEvent,
                    id: c.id,
                    message,
                })
            }
            Submission::Distribution { template, tags } => {
                let done = store.distribute(template, tags)?;
                Ok(Saved {
                    txn: Some(done.txn),
                    kind: RecordKind::Animal,
                    id: done.first.0,
                    message: crate::distribute::saved_message(tags),
                })
            }
            Submission::Training {
                training,
                households,
            } => {
                let mut members = Vec::new();
                for code in households {
                    if let Some(h) = store.household_by_code(code)? {
                        members.extend(
                            store
                                .members_of(HouseholdId(h.id))?
                                .into_iter()
                                .map(|m| MemberId(m.id)),
                        );
                    }
                }
                let saved = store.record_training(training.clone(), &members)?;
                Ok(Saved {
                    txn: Some(saved.txn),
                    kind: RecordKind::Training,
                    id: saved.id.0,
                    message: tr!(
                        "saved-training",
                        topic = training.topic.clone(),
                        date = shown_date(training.date),
                        attendees = saved.attendees.to_string()
                    ),
                })
            }
            Submission::Nothing(why) => Ok(Saved {
                txn: None,
                kind: RecordKind::Pregnancy,
                id: 0,
                message: why.clone(),
            }),
        }
    }
}

fn insert_any(b: &mut kumban_store::Batch<'_>, record: AnyRecord) -> Result<u64, StoreError> {
    fn one<R: Kind>(b: &mut kumban_store::Batch<'_>, r: R) -> Result<u64, StoreError> {
        Ok(R::raw_id(b.insert(r)?))
    }
    for_record!(record, r => one(b, r))
}

fn update_any(
    b: &mut kumban_store::Batch<'_>,
    id: u64,
    record: AnyRecord,
    expected: Option<i64>,
) -> Result<(), StoreError> {
    fn one<R: Kind>(
        b: &mut kumban_store::Batch<'_>,
        id: u64,
        r: R,
        expected: Option<i64>,
    ) -> Result<(), StoreError> {
        let id = R::id_from(id);
        match expected {
            Some(at) => b.update_if_unchanged(id, r, at),
            None => b.update(id, r),
        }
    }
    for_record!(record, r => one(b, id, r, expected))
}

/// A kind's noun in the session's language ("household", "cattle pen").
pub(crate) fn noun(kind: RecordKind) -> String {
    kumban_i18n::tr_text("noun", kind.noun())
}

/// A date in a saved message as the session reads dates: day-first in Lao
/// (`20/11/2026`), as stored elsewhere.
fn shown_date(date: Date) -> String {
    let iso = date.to_string();
    match (
        kumban_i18n::current(),
        iso.get(..4),
        iso.get(5..7),
        iso.get(8..10),
    ) {
        (kumban_i18n::Lang::Lo, Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => iso,
    }
}
