//! One pass over each kind of record; income through the date index, so a
//! long history does not slow the dashboard down.

use super::*;
use crate::model::{
    Animal, AnimalId, AnimalStatus, Flow, Household, HouseholdId, Origin, Outcome, Pen, PenId,
    PenStatus, Poverty, Pregnancy, Sex,
};
use crate::store::{Store, StoreError};
use std::collections::{BTreeSet, HashMap};

/// What the pregnancy pass needs to know about a cow.
struct CowInfo {
    tag: String,
    household: HouseholdId,
    active: bool,
}

impl Dashboard {
    pub fn compute(store: &Store, today: Date) -> Result<Dashboard, StoreError> {
        let (households, codes) = households(store)?;
        let (cattle, animals, in_pens) = cattle(store)?;
        let pens = pens(store, &in_pens)?;
        let (breeding, next_due, overdue_list) = breeding(store, today, &animals, &codes)?;
        let mut dashboard = Dashboard {
            today,
            households,
            pens,
            cattle,
            breeding,
            income: Income {
                year: today.year(),
                groups: BTreeMap::new(),
                cattle_profit_per_cow: BTreeMap::new(),
            },
            next_due,
            overdue_list,
        };
        income(store, today, &mut dashboard)?;
        Ok(dashboard)
    }
}

fn households(store: &Store) -> Result<(Households, HashMap<HouseholdId, String>), StoreError> {
    let mut h = Households::default();
    let mut codes = HashMap::new();
    for stored in store.all::<Household>() {
        let stored = stored?;
        let r = stored.record;
        h.total += 1;
        h.demonstration += u64::from(r.demonstration);
        match r.poverty {
            Poverty::Poor => h.poverty.poor += 1,
            Poverty::NearPoor => h.poverty.near_poor += 1,
            Poverty::NotPoor => h.poverty.not_poor += 1,
            Poverty::Exited { .. } => h.poverty.exited += 1,
        }
        // Validation refuses a group listed twice; count it once regardless.
        let groups: BTreeSet<Group> = r.groups.into_iter().collect();
        for g in groups {
            *h.groups.entry(g).or_insert(0) += 1;
        }
        codes.insert(HouseholdId(stored.id), r.code);
    }
    Ok((h, codes))
}

type AnimalMaps = (Cattle, HashMap<AnimalId, CowInfo>, HashMap<PenId, u64>);

fn cattle(store: &Store) -> Result<AnimalMaps, StoreError> {
    let mut c = Cattle::default();
    let mut animals = HashMap::new();
    let mut in_pens: HashMap<PenId, u64> = HashMap::new();
    for stored in store.all::<Animal>() {
        let stored = stored?;
        let a = stored.record;
        let active = a.is_active();
        match a.status {
            AnimalStatus::Active => {
                c.active += 1;
                match a.sex {
                    Sex::Female => c.female += 1,
                    Sex::Male => c.male += 1,
                }
                if let Some(pen) = a.pen {
                    *in_pens.entry(pen).or_insert(0) += 1;
                }
            }
            AnimalStatus::Sold { .. } => c.sold += 1,
            AnimalStatus::Died { .. } => c.died += 1,
        }
        match a.origin {
            Origin::Distributed { .. } => c.distributed += 1,
            Origin::BornTo { .. } => c.born += 1,
            Origin::Bought { .. } => {}
        }
        if a.sex == Sex::Female {
            animals.insert(
                AnimalId(stored.id),
                CowInfo {
                    tag: a.ear_tag,
                    household: a.household,
                    active,
                },
            );
        }
    }
    Ok((c, animals, in_pens))
}

fn pens(store: &Store, in_pens: &HashMap<PenId, u64>) -> Result<Pens, StoreError> {
    let mut p = Pens::default();
    for stored in store.all::<Pen>() {
        let stored = stored?;
        let r = stored.record;
        match r.status {
            PenStatus::Planned => p.planned += 1,
            PenStatus::Building => p.building += 1,
            PenStatus::Built => p.built += 1,
            PenStatus::Inspected => p.inspected += 1,
        }
        let head = in_pens.get(&PenId(stored.id)).copied().unwrap_or(0);
        if head > u64::from(r.capacity) {
            p.over_capacity += 1;
        }
    }
    Ok(p)
}

type BreedingFigures = (Breeding, Vec<DueCalving>, Vec<DueCalving>);

fn breeding(
    store: &Store,
    today: Date,
    cows: &HashMap<AnimalId, CowInfo>,
    codes: &HashMap<HouseholdId, String>,
) -> Result<BreedingFigures, StoreError> {
    let mut b = Breeding::default();
    let mut due = Vec::new();
    let mut overdue = Vec::new();
    let year_start = year_start(today);
    let due_end = today.plus_days(DUE_WINDOW_DAYS).unwrap_or(today);
    for stored in store.all::<Pregnancy>() {
        let stored = stored?;
        let p = stored.record;
        match p.outcome {
            Outcome::Pending => {
                let cow = cows.get(&p.cow);
                if cow.is_some_and(|c| c.active) {
                    b.pregnant += 1;
                }
                let expected = p.expected_calving();
                let listed = || DueCalving {
                    pregnancy: PregnancyId(stored.id),
                    // `kumban check` reports a dangling cow; the dashboard
                    // still shows the rest.
                    cow_tag: cow.map_or_else(|| format!("animal {}", p.cow), |c| c.tag.clone()),
                    household_code: cow
                        .and_then(|c| codes.get(&c.household))
                        .cloned()
                        .unwrap_or_else(|| "?".into()),
                    expected,
                    days: today.days_until(expected),
                };
                if today <= expected && expected <= due_end {
                    b.due_30_days += 1;
                    due.push(listed());
                }
                if p.is_overdue(today) {
                    b.overdue += 1;
                    overdue.push(listed());
                }
            }
            Outcome::Calved { on, .. } => {
                if year_start <= on && on <= today {
                    b.calved_this_year += 1;
                }
            }
            Outcome::Lost { .. } => {}
        }
    }
    due.sort_by_key(|d| (d.expected, d.pregnancy));
    due.truncate(NEXT_DUE_LIMIT);
    overdue.sort_by_key(|d| (d.expected, d.pregnancy));
    Ok((b, due, overdue))
}

fn year_start(today: Date) -> Date {
    Date::from_ymd(today.year(), 1, 1).unwrap_or(today)
}

fn too_large(what: &str) -> StoreError {
    StoreError::Corrupt {
        place: what.to_string(),
        reason: "the total does not fit in an amount".into(),
    }
}

fn income(store: &Store, today: Date, d: &mut Dashboard) -> Result<(), StoreError> {
    let mut sums: BTreeMap<Group, BTreeMap<Currency, (i64, i64)>> = BTreeMap::new();
    for stored in store.income_between(year_start(today), today)? {
        let log = stored.record;
        let place = || format!("income logs of the {} group", log.group);
        let entry = sums
            .entry(log.group.clone())
            .or_default()
            .entry(log.amount.currency)
            .or_insert((0, 0));
        let slot = match log.flow {
            Flow::Income => &mut entry.0,
            Flow::Expense => &mut entry.1,
        };
        *slot = slot
            .checked_add(log.amount.minor)
            .ok_or_else(|| too_large(&place()))?;
    }
    // Both maps list the same groups: those with a member or with money.
    for g in sums.keys() {
        d.households.groups.entry(g.clone()).or_insert(0);
    }
    for (group, members) in &d.households.groups {
        let mut by_currency = BTreeMap::new();
        for (currency, (inc, exp)) in sums.remove(group).unwrap_or_default() {
            let net = inc
                .checked_sub(exp)
                .ok_or_else(|| too_large(&format!("income logs of the {group} group")))?;
            let members = i64::try_from(*members).unwrap_or(i64::MAX);
            by_currency.insert(
                currency,
                GroupMoney {
                    income: Money::new(inc, currency),
                    expense: Money::new(exp, currency),
                    per_member: net.checked_div(members).map(|m| Money::new(m, currency)),
                },
            );
        }
        d.income.groups.insert(group.clone(), by_currency);
    }
    let cows = i64::try_from(d.cattle.female).unwrap_or(i64::MAX);
    if let Some(cattle) = d.income.groups.get(&Group::cattle()) {
        for (currency, money) in cattle {
            let net = money
                .net()
                .ok_or_else(|| too_large("income logs of the cattle group"))?;
            if let Some(per_cow) = net.minor.checked_div(cows) {
                d.income
                    .cattle_profit_per_cow
                    .insert(*currency, Money::new(per_cow, *currency));
            }
        }
    }
    Ok(())
}
