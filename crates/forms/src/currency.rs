//! The currency of an amount typed without one: the village's. A village
//! deals in one currency (kip in Bansuo, yuan near the Chinese border), so
//! a clerk types `1,200,000` and means that village's money.
//!
//! Where the village's currency comes from, first found wins:
//! 1. `villages.json` in the database folder names it:
//!    `{ "currencies": { "Bansuo": "LAK", "Ban Nam Ngeun": "CNY" } }`;
//! 2. the household's newest income log is in it (what the clerk typed
//!    last time for that household);
//! 3. otherwise the form's default (`FormSettings::currency`, USD).

use kumban_model::*;
use kumban_store::{Store, StoreError};
use serde::Deserialize;
use std::collections::BTreeMap;

pub const VILLAGES_FILE: &str = "villages.json";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Villages {
    #[serde(default)]
    currencies: BTreeMap<String, String>,
}

/// The currency an amount for household `hh` is in when typed without
/// one; `fallback` when nothing says.
pub fn for_household(
    store: &Store,
    hh: HouseholdId,
    fallback: Currency,
) -> Result<Currency, StoreError> {
    let Some(h) = store.get::<Household>(hh)? else {
        return Ok(fallback);
    };
    if let Some(c) = configured(store, &h.record.village) {
        return Ok(c);
    }
    let newest = store
        .income_of(hh)?
        .into_iter()
        .max_by_key(|l| (l.record.date, l.id))
        .map(|l| l.record.amount.currency);
    Ok(newest.unwrap_or(fallback))
}

/// The village's currency as `villages.json` names it. A file that is
/// missing, unreadable or names an unknown currency says nothing (the
/// amount then falls back, and the form shows which currency it means).
fn configured(store: &Store, village: &str) -> Option<Currency> {
    let bytes = std::fs::read(store.path().join(VILLAGES_FILE)).ok()?;
    let villages: Villages = serde_json::from_slice(&bytes).ok()?;
    let code = villages.currencies.get(village)?;
    Currency::parse(code)
}
