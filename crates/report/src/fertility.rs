//! Fertility measures of the whole project and of each village and
//! household (docs/reports.md defines them), worked out by
//! `kumban_model::fertility` from one read of the breeding records and
//! one of the animals and households: never a read per cow, so a district
//! costs one pass, not forty thousand lookups.

use kumban_model::fertility::{Counted, CowFertility, Summary, of_breeding_age, summarise};
use kumban_model::{Animal, AnimalId, Date, Household, HouseholdId, Pregnancy, Sex};
use kumban_store::{Store, StoreError};
use std::collections::{BTreeMap, HashMap};

mod held;

/// The project's measures and each village's.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fertility {
    pub all: Summary,
    pub by_village: BTreeMap<String, Summary>,
}

/// One cow as counted: her measures, her household, and whether she is of
/// breeding age in the herd today.
struct Cow {
    measures: CowFertility,
    household: HouseholdId,
    breeding_age: bool,
}

impl Fertility {
    /// The project's measures, kept with the store between calls and
    /// brought up to date from the history (see `held`), so entering the
    /// dashboard after a write reads only the cows it touched.
    pub fn compute(store: &Store, today: Date) -> Result<Fertility, StoreError> {
        match held::compute(store, today)? {
            Some(f) => Ok(f),
            None => Self::recount(store, today),
        }
    }

    /// The same measures from one read of every breeding record, animal
    /// and household.
    pub fn recount(store: &Store, today: Date) -> Result<Fertility, StoreError> {
        let mut histories: HashMap<u64, Vec<Pregnancy>> = HashMap::new();
        for p in store.all::<Pregnancy>() {
            let p = p?;
            histories.entry(p.record.cow.0).or_default().push(p.record);
        }
        let mut villages: HashMap<u64, String> = HashMap::new();
        for h in store.all::<Household>() {
            let h = h?;
            villages.insert(h.id, h.record.village);
        }
        let mut cows = Vec::new();
        for a in store.all::<Animal>() {
            let a = a?;
            if a.record.sex != Sex::Female {
                continue;
            }
            let history = histories.remove(&a.id).unwrap_or_default();
            cows.push(cow(&a.record, &history, today));
        }
        let entries: Vec<Entry<'_>> = cows.iter().map(Entry::of).collect();
        Ok(summarise_cows(&entries, &villages, today))
    }
}

/// One cow as summed up, borrowed from wherever her measures are kept.
#[derive(Clone, Copy)]
struct Entry<'a> {
    measures: &'a CowFertility,
    household: HouseholdId,
    breeding_age: bool,
}

impl<'a> Entry<'a> {
    fn of(c: &'a Cow) -> Entry<'a> {
        Entry {
            measures: &c.measures,
            household: c.household,
            breeding_age: c.breeding_age,
        }
    }

    fn counted(self) -> Counted<'a> {
        Counted {
            cow: self.measures,
            breeding_age: self.breeding_age,
        }
    }
}

/// The project's and each village's summary of `cows`.
fn summarise_cows(cows: &[Entry<'_>], villages: &HashMap<u64, String>, today: Date) -> Fertility {
    let mut by_village: BTreeMap<&str, Vec<Entry<'_>>> = BTreeMap::new();
    for c in cows {
        let village = villages.get(&c.household.0).map_or("", String::as_str);
        by_village.entry(village).or_default().push(*c);
    }
    Fertility {
        all: summarise(cows.iter().map(|c| c.counted()), today),
        by_village: by_village
            .into_iter()
            .map(|(v, cs)| {
                (
                    v.to_string(),
                    summarise(cs.into_iter().map(Entry::counted), today),
                )
            })
            .collect(),
    }
}

fn counted(c: &Cow) -> Counted<'_> {
    Counted {
        cow: &c.measures,
        breeding_age: c.breeding_age,
    }
}

fn cow(a: &Animal, history: &[Pregnancy], today: Date) -> Cow {
    Cow {
        measures: CowFertility::of(history),
        household: a.household,
        breeding_age: a.is_active() && a.sex == Sex::Female && of_breeding_age(a.born_on, today),
    }
}

/// One household's measures, from its own cows (a few reads).
pub fn of_household(store: &Store, h: HouseholdId, today: Date) -> Result<Summary, StoreError> {
    let mut cows = Vec::new();
    for a in store.animals_of(h)? {
        if a.record.sex != Sex::Female {
            continue;
        }
        let history: Vec<Pregnancy> = store
            .pregnancies_of(AnimalId(a.id))?
            .into_iter()
            .map(|p| p.record)
            .collect();
        cows.push(cow(&a.record, &history, today));
    }
    Ok(summarise(cows.iter().map(counted), today))
}

/// A rate as a percentage with no decimals, or "—".
pub fn rate_text(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".into(), |r| format!("{:.0}%", r * 100.0))
}

/// A ratio with one decimal, or "—".
pub fn ratio_text(ratio: Option<f64>) -> String {
    ratio.map_or_else(|| "—".into(), |r| format!("{r:.1}"))
}

/// Days, or "—".
pub fn days_text(days: Option<i64>) -> String {
    days.map_or_else(|| "—".into(), |d| d.to_string())
}

/// The dashboard's fertility line, in the current language: the same
/// words on the TUI's dashboard and in `kumban status`.
pub fn figures(s: &Summary) -> Vec<String> {
    use kumban_i18n::tr;
    vec![
        tr!(
            "fig-calving-interval",
            days = days_text(s.calving_interval_days_median)
        ),
        tr!(
            "fig-calving-rate",
            rate = rate_text(s.calving_rate_12_months())
        ),
        tr!(
            "fig-services-per-conception",
            n = ratio_text(s.services_per_conception())
        ),
    ]
}
