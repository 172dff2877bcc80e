//! `kumban measure`: times the queries that `scripts/compare-sqlite.sh`
//! runs against SQLite, inside one process with the database already open,
//! so both sides are timed without process start-up. Hidden from --help:
//! it is a maintainer's tool.

use crate::model::{Date, Household};
use crate::report::Dashboard;
use crate::store::{Store, StoreError};
use std::time::Instant;

#[derive(Debug, Clone)]
pub enum Query {
    /// Every figure of the dashboard.
    Dashboard,
    /// One household's income logs for one calendar year.
    HouseholdYear { code: String, year: i32 },
    /// Households whose head's name contains the text (any case).
    NameFilter { text: String },
}

/// Runs `query` once to warm caches, then `repeat` times; returns the
/// median in microseconds and the number of rows the query produced.
pub fn median_micros(
    store: &Store,
    today: Date,
    query: &Query,
    repeat: usize,
) -> Result<(u128, usize), StoreError> {
    let mut rows = run(store, today, query)?;
    let mut times = Vec::with_capacity(repeat.max(1));
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        rows = run(store, today, query)?;
        times.push(start.elapsed().as_micros());
    }
    times.sort_unstable();
    Ok((times[times.len() / 2], rows))
}

fn run(store: &Store, today: Date, query: &Query) -> Result<usize, StoreError> {
    match query {
        Query::Dashboard => {
            let d = Dashboard::compute(store, today)?;
            Ok(d.income.groups.len())
        }
        Query::HouseholdYear { code, year } => {
            let Some(h) = store.household_by_code(code)? else {
                return Ok(0);
            };
            let (Some(from), Some(to)) =
                (Date::from_ymd(*year, 1, 1), Date::from_ymd(*year, 12, 31))
            else {
                return Ok(0);
            };
            Ok(store
                .income_of_between(crate::model::HouseholdId(h.id), from, to)?
                .len())
        }
        Query::NameFilter { text } => {
            let needle = text.to_lowercase();
            let mut n = 0;
            for h in store.all::<Household>() {
                if h?.record.head_name.to_lowercase().contains(&needle) {
                    n += 1;
                }
            }
            Ok(n)
        }
    }
}
