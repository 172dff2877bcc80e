//! The figures a village reports for a month: what each indicator means
//! (docs/export-format.md, "DHIS2") and how it is counted from the store.
//!
//! The running totals the dashboard reads are kept by year and group, not
//! by village and month, so these are counted from the records: every
//! household, animal and pregnancy once, and the month's income logs
//! through the date index.

use kumban_model::*;
use kumban_store::{Store, StoreError};
use std::collections::{BTreeMap, HashMap};

/// What kumban reports upward. Each has one data element code in the
/// mapping file, under its `key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indicator {
    HouseholdsEnrolled,
    DemonstrationHouseholds,
    HouseholdsExitedPoverty,
    CattleActive,
    CattleDistributed,
    CattleBought,
    CattleBorn,
    CattleSold,
    CattleDied,
    Calvings,
    CowsPregnant,
    Income,
    Expense,
}

impl Indicator {
    pub const ALL: [Indicator; 13] = [
        Indicator::HouseholdsEnrolled,
        Indicator::DemonstrationHouseholds,
        Indicator::HouseholdsExitedPoverty,
        Indicator::CattleActive,
        Indicator::CattleDistributed,
        Indicator::CattleBought,
        Indicator::CattleBorn,
        Indicator::CattleSold,
        Indicator::CattleDied,
        Indicator::Calvings,
        Indicator::CowsPregnant,
        Indicator::Income,
        Indicator::Expense,
    ];

    /// The indicator's name in the mapping file.
    pub fn key(self) -> &'static str {
        match self {
            Indicator::HouseholdsEnrolled => "households_enrolled",
            Indicator::DemonstrationHouseholds => "demonstration_households",
            Indicator::HouseholdsExitedPoverty => "households_exited_poverty",
            Indicator::CattleActive => "cattle_active",
            Indicator::CattleDistributed => "cattle_distributed",
            Indicator::CattleBought => "cattle_bought",
            Indicator::CattleBorn => "cattle_born",
            Indicator::CattleSold => "cattle_sold",
            Indicator::CattleDied => "cattle_died",
            Indicator::Calvings => "calvings",
            Indicator::CowsPregnant => "cows_pregnant",
            Indicator::Income => "income",
            Indicator::Expense => "expense",
        }
    }

    pub fn from_key(key: &str) -> Option<Indicator> {
        Indicator::ALL.into_iter().find(|i| i.key() == key)
    }

    /// Money, reported once per currency (the category option combo).
    pub fn by_currency(self) -> bool {
        matches!(self, Indicator::Income | Indicator::Expense)
    }
}

/// One reported figure: a count, or a sum of money in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Count(u64),
    Money(i128),
}

impl Figure {
    /// The value as DHIS2 takes it: a plain number; money in major
    /// units with two decimals (`9500000.00`).
    pub fn text(self) -> String {
        match self {
            Figure::Count(n) => n.to_string(),
            Figure::Money(minor) => kumban_model::money::format_wide_minor(minor, false),
        }
    }
}

/// One row of the data value set, before codes replace the names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub indicator: Indicator,
    pub village: String,
    pub currency: Option<Currency>,
    pub figure: Figure,
}

/// The month's first and last day.
pub fn month_days(period: Period) -> Option<(Date, Date)> {
    let first = period.first_day()?;
    let next = if period.month == 12 {
        Date::from_ymd(period.year + 1, 1, 1)?
    } else {
        Date::from_ymd(period.year, u32::from(period.month) + 1, 1)?
    };
    Some((first, next.minus_days(1)?))
}

#[derive(Debug, Default, Clone)]
struct Counts {
    by: BTreeMap<Indicator, u64>,
    money: BTreeMap<(Indicator, Currency), i128>,
}

impl Counts {
    fn add(&mut self, i: Indicator) {
        *self.by.entry(i).or_insert(0) += 1;
    }
}

/// When the animal came to its household: distributed, bought or born.
fn arrived_on(a: &Animal) -> Date {
    match a.origin {
        Origin::Distributed { on } | Origin::Bought { on } => on,
        Origin::BornTo { .. } => a.born_on,
    }
}

fn left_on(a: &Animal) -> Option<Date> {
    match &a.status {
        AnimalStatus::Active => None,
        AnimalStatus::Sold { on, .. } | AnimalStatus::Died { on, .. } => Some(*on),
    }
}

/// Every village's figures for `period`, villages in name order, every
/// indicator of every village present (zero included), money in every
/// currency kumban knows. Villages are those of the households in the
/// database, enrolled by the month's end or not.
pub fn compute(store: &Store, period: Period) -> Result<Vec<Value>, StoreError> {
    let Some((first, last)) = month_days(period) else {
        return Ok(Vec::new());
    };
    let within = |d: Date| first <= d && d <= last;
    let mut villages: BTreeMap<String, Counts> = BTreeMap::new();
    let mut village_of: HashMap<u64, String> = HashMap::new();
    for h in store.all::<Household>() {
        let h = h?;
        let counts = villages.entry(h.record.village.clone()).or_default();
        if h.record.enrolled_on <= last {
            counts.add(Indicator::HouseholdsEnrolled);
            if h.record.demonstration {
                counts.add(Indicator::DemonstrationHouseholds);
            }
            if let Poverty::Exited { on } = h.record.poverty
                && on <= last
            {
                counts.add(Indicator::HouseholdsExitedPoverty);
            }
        }
        village_of.insert(h.id, h.record.village);
    }
    let mut animal_village: HashMap<u64, String> = HashMap::new();
    for a in store.all::<Animal>() {
        let a = a?;
        let Some(village) = village_of.get(&a.record.household.0) else {
            continue;
        };
        let counts = villages.entry(village.clone()).or_default();
        let arrived = arrived_on(&a.record);
        let left = left_on(&a.record);
        if arrived <= last && left.is_none_or(|d| d > last) {
            counts.add(Indicator::CattleActive);
        }
        if within(arrived) {
            counts.add(match a.record.origin {
                Origin::Distributed { .. } => Indicator::CattleDistributed,
                Origin::Bought { .. } => Indicator::CattleBought,
                Origin::BornTo { .. } => Indicator::CattleBorn,
            });
        }
        match &a.record.status {
            AnimalStatus::Sold { on, .. } if within(*on) => counts.add(Indicator::CattleSold),
            AnimalStatus::Died { on, .. } if within(*on) => counts.add(Indicator::CattleDied),
            _ => {}
        }
        animal_village.insert(a.id, village.clone());
    }
    for p in store.all::<Pregnancy>() {
        let p = p?;
        let Some(village) = animal_village.get(&p.record.cow.0) else {
            continue;
        };
        let counts = villages.entry(village.clone()).or_default();
        let ended = match &p.record.outcome {
            Outcome::Pending => None,
            Outcome::Calved { on, .. } | Outcome::Lost { on, .. } => Some(*on),
        };
        if let Outcome::Calved { on, .. } = p.record.outcome
            && within(on)
        {
            counts.add(Indicator::Calvings);
        }
        if p.record.service_date <= last && ended.is_none_or(|d| d > last) {
            counts.add(Indicator::CowsPregnant);
        }
    }
    for l in store.income_between(first, last)? {
        let Some(village) = village_of.get(&l.record.household.0) else {
            continue;
        };
        let counts = villages.entry(village.clone()).or_default();
        let indicator = match l.record.flow {
            Flow::Income => Indicator::Income,
            Flow::Expense => Indicator::Expense,
        };
        *counts
            .money
            .entry((indicator, l.record.amount.currency))
            .or_insert(0) += i128::from(l.record.amount.minor);
    }
    Ok(flatten(villages))
}

fn flatten(villages: BTreeMap<String, Counts>) -> Vec<Value> {
    let mut out = Vec::new();
    for (village, counts) in villages {
        for indicator in Indicator::ALL {
            if indicator.by_currency() {
                for currency in Currency::ALL {
                    let sum = counts
                        .money
                        .get(&(indicator, currency))
                        .copied()
                        .unwrap_or(0);
                    out.push(Value {
                        indicator,
                        village: village.clone(),
                        currency: Some(currency),
                        figure: Figure::Money(sum),
                    });
                }
            } else {
                out.push(Value {
                    indicator,
                    village: village.clone(),
                    currency: None,
                    figure: Figure::Count(counts.by.get(&indicator).copied().unwrap_or(0)),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_end_on_their_last_day() {
        let feb = Period {
            year: 2028,
            month: 2,
        };
        let (first, last) = month_days(feb).unwrap();
        assert_eq!(first.to_string(), "2028-02-01");
        assert_eq!(last.to_string(), "2028-02-29");
        let dec = Period {
            year: 2026,
            month: 12,
        };
        assert_eq!(month_days(dec).unwrap().1.to_string(), "2026-12-31");
    }

    #[test]
    fn every_indicator_key_reads_back() {
        for i in Indicator::ALL {
            assert_eq!(Indicator::from_key(i.key()), Some(i));
        }
        assert_eq!(Indicator::from_key("household_enrolled"), None);
    }

    #[test]
    fn money_is_written_in_major_units() {
        assert_eq!(Figure::Money(950_000_050).text(), "9500000.50");
        assert_eq!(Figure::Count(40).text(), "40");
    }
}
