//! The lock an approved month puts on the records dated in it, checked
//! with the store's other rules on every write.

use super::{Place, decode};
use crate::Local;
use crate::error::{Result, StoreError};
use crate::rules::View;
use crate::schema::Tree;
use crate::write::Step;
use kumban_model::review::{Fact, facts};
use kumban_model::*;
use std::collections::{BTreeMap, HashMap};

/// The approved months, loaded once per check of a write.
pub(crate) struct Locks {
    approved: HashMap<(String, Period), Review>,
}

impl Locks {
    pub(crate) fn none() -> Locks {
        Locks {
            approved: HashMap::new(),
        }
    }

    pub(crate) fn load(store: &Local) -> Result<Locks> {
        let mut approved = HashMap::new();
        for item in store.tree(Tree::Review)?.iter() {
            let (k, v) = item?;
            let r = decode(&k, &v)?;
            if r.state == ReviewState::Approved {
                approved.insert((r.village.clone(), r.period), r);
            }
        }
        Ok(Locks { approved })
    }

    /// Refuses a step that would change what a record says of an
    /// approved month: a new record dated in it, an edit or delete of
    /// one, or a record moved into or out of it (another household,
    /// another village).
    pub(crate) fn check(&self, view: &View, s: &Step) -> Result<()> {
        if self.approved.is_empty() {
            return Ok(());
        }
        let before = match &s.before {
            Some(b) => facts_by_month(view, &b.record, false)?,
            None => BTreeMap::new(),
        };
        let after = match &s.after {
            Some(a) => facts_by_month(view, a, true)?,
            None => BTreeMap::new(),
        };
        // A pen inspected again: the newer inspection replaces the last
        // one (kept in the history); only the newer one is a change.
        let superseded = matches!(
            (s.before.as_ref().map(|b| &b.record), &s.after),
            (Some(AnyRecord::Pen(b)), Some(AnyRecord::Pen(a)))
                if a.inspected_on > b.inspected_on && b.inspected_on.is_some()
        );
        for (place, facts) in before.iter().chain(after.iter()) {
            let Some(review) = self.approved.get(place) else {
                continue;
            };
            let changed = if superseded && !after.contains_key(place) {
                false
            } else {
                before.get(place) != after.get(place)
            };
            if changed && let Some(words) = review.lock_words() {
                let field = facts.first().map(|f| f.field).unwrap_or("date");
                return Err(locked(s.kind, field, words));
            }
        }
        if let (Some(b), Some(AnyRecord::Household(h))) = (&s.before, &s.after)
            && let AnyRecord::Household(old) = &b.record
            && old.village != h.village
        {
            self.check_household_move(view, s.id, &old.village, &h.village)?;
        }
        // A cow moved to a household of another village takes her
        // pregnancies' events with her.
        if let (Some(b), Some(AnyRecord::Animal(a))) = (&s.before, &s.after)
            && let AnyRecord::Animal(old) = &b.record
            && old.household != a.household
        {
            let from = village_of(view, &b.record, false)?.unwrap_or_default();
            let to = village_of(view, &AnyRecord::Animal(a.clone()), true)?.unwrap_or_default();
            if from != to {
                let mut records = Vec::new();
                for p in view.referrers(
                    Tree::PregnancyByCow,
                    RecordKind::Pregnancy,
                    &crate::keys::id(s.id),
                )? {
                    records.extend(view.get::<Pregnancy>(p)?.map(AnyRecord::from));
                }
                self.refuse_moving(&records, &[&from, &to], RecordKind::Animal, "household")?;
            }
        }
        Ok(())
    }

    /// A household moved to another village takes its records' events
    /// with it: refused when any of them is in an approved month of
    /// either village.
    fn check_household_move(&self, view: &View, id: u64, from: &str, to: &str) -> Result<()> {
        let key = crate::keys::id(id);
        let mut records: Vec<AnyRecord> = Vec::new();
        for i in view.referrers(Tree::IncomeByHouseholdDate, RecordKind::Income, &key)? {
            records.extend(view.get::<IncomeLog>(i)?.map(AnyRecord::from));
        }
        for p in view.referrers(Tree::PenByHousehold, RecordKind::Pen, &key)? {
            records.extend(view.get::<Pen>(p)?.map(AnyRecord::from));
        }
        for a in view.referrers(Tree::AnimalByHousehold, RecordKind::Animal, &key)? {
            for p in view.referrers(
                Tree::PregnancyByCow,
                RecordKind::Pregnancy,
                &crate::keys::id(a),
            )? {
                records.extend(view.get::<Pregnancy>(p)?.map(AnyRecord::from));
            }
            records.extend(view.get::<Animal>(a)?.map(AnyRecord::from));
        }
        self.refuse_moving(&records, &[from, to], RecordKind::Household, "village")
    }

    /// Refuses moving `records` between `villages` when any of their
    /// events is in an approved month of one of them.
    fn refuse_moving(
        &self,
        records: &[AnyRecord],
        villages: &[&str],
        kind: RecordKind,
        field: &'static str,
    ) -> Result<()> {
        for r in records {
            for f in facts(r) {
                for village in villages {
                    if let Some(review) =
                        self.approved.get(&(village.to_string(), Period::of(f.on)))
                        && let Some(words) = review.lock_words()
                    {
                        return Err(locked(kind, field, words));
                    }
                }
            }
        }
        Ok(())
    }
}

/// The refusal of a change to an approved month, kept unsaid so a form
/// or an import says it in the session's language.
fn locked(kind: RecordKind, field: &'static str, words: kumban_i18n::Message) -> StoreError {
    StoreError::Refused {
        kind,
        problems: vec![Problem::said(field, words)],
    }
}

/// A record's facts grouped by (village, month). The village is its
/// household's, as stored (`pending` false) or as it will be after the
/// write (`pending` true).
fn facts_by_month(
    view: &View,
    record: &AnyRecord,
    pending: bool,
) -> Result<BTreeMap<Place, Vec<Fact>>> {
    let mut out: BTreeMap<Place, Vec<Fact>> = BTreeMap::new();
    let list = facts(record);
    if list.is_empty() {
        return Ok(out);
    }
    let Some(village) = village_of(view, record, pending)? else {
        return Ok(out);
    };
    for f in list {
        out.entry((village.clone(), Period::of(f.on)))
            .or_default()
            .push(f);
    }
    Ok(out)
}

/// The village a record belongs to, through its household (a pregnancy
/// through its cow's).
pub(crate) fn village_of(view: &View, record: &AnyRecord, pending: bool) -> Result<Option<String>> {
    let household = match record.belongs_to() {
        BelongsTo::Village(village) => return Ok(Some(village)),
        BelongsTo::Office => return Ok(None),
        BelongsTo::Household(h) => h,
        BelongsTo::Cow(cow_id) => {
            let cow = if pending {
                view.get::<Animal>(cow_id.0)?
            } else {
                view.stored::<Animal>(cow_id.0)?
            };
            match cow {
                Some(c) => c.household,
                None => return Ok(None),
            }
        }
    };
    let h = if pending {
        view.get::<Household>(household.0)?
    } else {
        view.stored::<Household>(household.0)?
    };
    Ok(h.map(|h| h.village))
}
