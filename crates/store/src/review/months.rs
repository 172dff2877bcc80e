//! Every village's month with its state and the records dated in it,
//! as the Review screen and `status --json` list them.

use super::Place;
use crate::error::Result;
use crate::record::Stored;
use crate::request::{Reply, Request, ReviewRequest};
use crate::schema::Tree;
use crate::{Local, Store};
use kumban_model::*;
use std::collections::{BTreeMap, HashMap};

/// One village's month as the Review screen and `status --json` show it:
/// its state, and the records dated in it (what an approval locks).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MonthRow {
    pub review: Review,
    /// Records with an event in the month.
    pub records: u64,
    /// Of those, the ones changed after they were first saved.
    pub edited: u64,
}

impl Local {
    /// Every village's month that has records dated in it or a review
    /// stored, newest month first, then by village. Reads every record
    /// once.
    pub fn review_months(&self) -> Result<Vec<MonthRow>> {
        let mut rows: BTreeMap<Place, MonthRow> = BTreeMap::new();
        self.each_dated(|place, stored| {
            let row = rows.entry(place.clone()).or_insert_with(|| MonthRow {
                review: Review::open(&place.0, place.1),
                records: 0,
                edited: 0,
            });
            row.records += 1;
            if stored.audit.updated_at != stored.audit.created_at {
                row.edited += 1;
            }
        })?;
        for r in self.reviews()? {
            let (place_village, place_period) = (r.village.clone(), r.period);
            let place = (r.village.clone(), r.period);
            rows.entry(place)
                .or_insert_with(|| MonthRow {
                    review: Review::open(&place_village, place_period),
                    records: 0,
                    edited: 0,
                })
                .review = r;
        }
        let mut out: Vec<MonthRow> = rows.into_values().collect();
        out.sort_by(|a, b| {
            b.review
                .period
                .cmp(&a.review.period)
                .then_with(|| a.review.village.cmp(&b.review.village))
        });
        Ok(out)
    }

    /// The records with an event in a village's month.
    pub fn records_of_month(
        &self,
        village: &str,
        period: Period,
    ) -> Result<Vec<Stored<AnyRecord>>> {
        let want = (village.to_string(), period);
        let mut out = Vec::new();
        self.each_dated(|place, stored| {
            if *place == want {
                out.push(stored.clone());
            }
        })?;
        Ok(out)
    }

    /// Calls `each` once for every (village, month) a record has events
    /// in, with the record.
    fn each_dated(&self, mut each: impl FnMut(&Place, &Stored<AnyRecord>)) -> Result<()> {
        let mut village: HashMap<u64, String> = HashMap::new();
        for h in self.all::<Household>() {
            let h = h?;
            village.insert(h.id, h.record.village);
        }
        let mut cow_household: HashMap<u64, u64> = HashMap::new();
        for a in self.all::<Animal>() {
            let a = a?;
            cow_household.insert(a.id, a.record.household.0);
        }
        // Households name their village themselves; every other kind
        // reaches a village through its household.
        for kind in RecordKind::ALL
            .into_iter()
            .filter(|k| *k != RecordKind::Household)
        {
            for item in self.items(Tree::of_kind(kind)) {
                let (k, v) = item?;
                let id = crate::keys::decode_id(&k).unwrap_or(0);
                let (audit, record) = crate::envelope::decode_record(kind, id, &v)?;
                let household = match record.belongs_to() {
                    BelongsTo::Household(h) => Some(h.0),
                    BelongsTo::Cow(cow) => cow_household.get(&cow.0).copied(),
                    BelongsTo::Village(_) | BelongsTo::Office => None,
                };
                let Some(v) = household.and_then(|h| village.get(&h)) else {
                    continue;
                };
                let stored = Stored { id, audit, record };
                for period in kumban_model::review::periods(&stored.record) {
                    each(&(v.clone(), period), &stored);
                }
            }
        }
        Ok(())
    }
}

impl Store {
    /// See `Local::review_months`; worked out where the database is held.
    pub fn review_months(&self) -> Result<Vec<MonthRow>> {
        match self.call(Request::Review(ReviewRequest::Months))? {
            Reply::Months(m) => Ok(m),
            other => Err(crate::request::unexpected(&other)),
        }
    }

    /// See `Local::records_of_month`.
    pub fn records_of_month(
        &self,
        village: &str,
        period: Period,
    ) -> Result<Vec<Stored<AnyRecord>>> {
        let request = ReviewRequest::Records {
            village: village.to_string(),
            period,
        };
        match self.call(Request::Review(request))? {
            Reply::Records { records, .. } => Ok(records),
            other => Err(crate::request::unexpected(&other)),
        }
    }
}
