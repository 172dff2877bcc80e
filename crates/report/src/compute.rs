//! The figures come from the store's running totals (kept by every write
//! and recounted by `kumban check`), so the dashboard costs the same for
//! one village as for a district. Only the calving lists read records:
//! the pending-pregnancy index between two dates, and the few cows and
//! households those lists name.

use super::*;
use kumban_model::{Animal, AnimalId, Flow, Household, HouseholdId, IncomeLog, Pregnancy};
use kumban_store::aggregate::{Totals, key};
use kumban_store::{ListQuery, Reply, Request, ReviewRequest, Store, StoreError};
use std::collections::HashMap;

impl Dashboard {
    pub fn compute(store: &Store, today: Date) -> Result<Dashboard, StoreError> {
        // Through an owner, the owner works it out from the database it
        // holds (one round trip), with this same code.
        if let Some(bytes) = store.composed(DASHBOARD, encode(&today)?)? {
            return decode(&bytes);
        }
        Self::compute_here(store, today)
    }

    /// Works the dashboard out from the store's reads, wherever they go.
    pub fn compute_here(store: &Store, today: Date) -> Result<Dashboard, StoreError> {
        let reads = FirstReads::ask(store, today)?;
        let t = reads.totals;
        let mut d = Dashboard {
            today,
            households: households(&t),
            people: people(&t),
            pens: pens(&t),
            cattle: cattle(&t),
            breeding: Breeding {
                pregnant: count(&t, key::PREGNANT),
                calved_this_year: count(&t, &key::calved_in(today.year())),
                ..Breeding::default()
            },
            income: Income {
                year: today.year(),
                groups: BTreeMap::new(),
                cattle_profit_per_cow: BTreeMap::new(),
            },
            next_due: Vec::new(),
            next_due_total: 0,
            overdue_list: Vec::new(),
            returned: reads
                .reviews
                .into_iter()
                .filter(|r| r.state == kumban_model::ReviewState::Returned)
                .collect(),
            fertility: fertility::Fertility::compute(store, today)?,
            health: Health::default(),
        };
        d.health = super::health::health(store, today, reads.health)?;
        calvings(store, today, reads.ranges, &mut d)?;
        income(today, &t, reads.later_income, &mut d)?;
        Ok(d)
    }
}

/// A count from the totals. A negative count can only come from damage,
/// which `kumban check` reports; the dashboard shows it as 0.
fn count(t: &Totals, name: &str) -> u64 {
    t.get(name).map_or(0, |v| u64::try_from(*v).unwrap_or(0))
}

/// The non-zero counts kept under `prefix` followed by a group's name.
fn by_group<C: FromIterator<(Group, u64)>>(t: &Totals, prefix: &str) -> C {
    t.range(prefix.to_string()..)
        .take_while(|(k, _)| k.starts_with(prefix))
        .filter_map(|(k, _)| Some((Group::parse(&k[prefix.len()..]).ok()?, count(t, k))))
        .filter(|(_, n)| *n > 0)
        .collect()
}

fn households(t: &Totals) -> Households {
    let groups = by_group(t, &key::group_members(""));
    let poverty = |label: &str| count(t, &key::poverty(label));
    Households {
        total: count(t, key::HOUSEHOLDS),
        demonstration: count(t, key::DEMONSTRATION),
        groups,
        poverty: PovertyCounts {
            poor: poverty("poor"),
            near_poor: poverty("near-poor"),
            not_poor: poverty("not poor"),
            exited: poverty("exited"),
        },
    }
}

fn people(t: &Totals) -> People {
    People {
        total: count(t, key::PEOPLE),
        by_group: by_group(t, &key::people_in_group("")),
    }
}

fn pens(t: &Totals) -> Pens {
    let status = |label: &str| count(t, &key::pen_status(label));
    Pens {
        planned: status("planned"),
        building: status("building"),
        built: status("built"),
        inspected: status("inspected"),
        over_capacity: count(t, key::PENS_OVER_CAPACITY),
    }
}

fn cattle(t: &Totals) -> Cattle {
    let female = count(t, &key::active_by_sex("female"));
    let male = count(t, &key::active_by_sex("male"));
    Cattle {
        active: female.saturating_add(male),
        female,
        male,
        distributed: count(t, &key::origin("distributed")),
        born: count(t, &key::origin("born")),
        sold: count(t, &key::animal_status("sold")),
        died: count(t, &key::animal_status("died")),
    }
}

/// Due and overdue calvings, from the pending-pregnancy index. Counts come
/// from the index keys alone; only the listed few records are read.
fn calvings(
    store: &Store,
    today: Date,
    ranges: PendingRanges,
    d: &mut Dashboard,
) -> Result<(), StoreError> {
    let PendingRanges {
        due,
        overdue,
        recent,
    } = ranges;
    d.breeding.due_30_days = due.len() as u64;
    d.breeding.overdue = overdue.len() as u64;
    let (listed_ids, total) = next_due(recent, due);
    d.next_due_total = total;
    let overdue: Vec<PregnancyId> = overdue.into_iter().take(OVERDUE_LIST_LIMIT).collect();
    // The few listed records are read in three requests (pregnancies, their
    // cows, the cows' households), not two per calving: through an owner
    // each request is a round trip.
    let mut wanted = listed_ids.clone();
    wanted.extend(&overdue);
    let pregnancies: HashMap<u64, Pregnancy> = store
        .get_many::<Pregnancy>(&wanted)?
        .into_iter()
        .map(|s| (s.id, s.record))
        .collect();
    let cow_ids: Vec<AnimalId> = pregnancies.values().map(|p| p.cow).collect();
    let cows: HashMap<u64, Animal> = store
        .get_many::<Animal>(&cow_ids)?
        .into_iter()
        .map(|s| (s.id, s.record))
        .collect();
    let household_ids: Vec<HouseholdId> = cows.values().map(|c| c.household).collect();
    let households: HashMap<u64, Household> = store
        .get_many::<Household>(&household_ids)?
        .into_iter()
        .map(|s| (s.id, s.record))
        .collect();
    let names = Names {
        cows: &cows,
        households: &households,
    };
    for id in listed_ids {
        if let Some(p) = pregnancies.get(&id.0) {
            d.next_due.push(listed(&names, today, id.0, p));
        }
    }
    for id in overdue {
        if let Some(p) = pregnancies.get(&id.0) {
            d.overdue_list.push(listed(&names, today, id.0, p));
        }
    }
    Ok(())
}

/// The cows and households of the listed calvings, read once.
struct Names<'a> {
    cows: &'a HashMap<u64, Animal>,
    households: &'a HashMap<u64, Household>,
}

/// The one place that decides the "due next" list that the dashboard tab,
/// `kumban status` and `status --json` all show: calvings up to 14 days late
/// (not yet overdue, so none falls between the two lists) and then those
/// due in the next 30 days (`due`), soonest first, at most `NEXT_DUE_LIMIT`;
/// and how many there are in all, so each can say how many more it leaves out.
fn next_due(recent: Vec<PregnancyId>, due: Vec<PregnancyId>) -> (Vec<PregnancyId>, u64) {
    let total = (recent.len() + due.len()) as u64;
    // The index gives them soonest first, ties in id order.
    let ids = recent.into_iter().chain(due).take(NEXT_DUE_LIMIT).collect();
    (ids, total)
}

/// The pending pregnancies by expected calving: due in the next 30 days,
/// overdue (more than 14 days late), and late but not yet overdue.
struct PendingRanges {
    due: Vec<PregnancyId>,
    overdue: Vec<PregnancyId>,
    recent: Vec<PregnancyId>,
}

/// What the dashboard reads first, asked together in one round trip: the
/// running totals, the reviews, the pending calvings by date and the
/// income logs dated after today.
struct FirstReads {
    totals: Totals,
    reviews: Vec<kumban_model::Review>,
    ranges: PendingRanges,
    later_income: Vec<IncomeLog>,
    health: kumban_store::health_due::HealthFigures,
}

impl FirstReads {
    fn ask(store: &Store, today: Date) -> Result<FirstReads, StoreError> {
        let due_end = today.plus_days(DUE_WINDOW_DAYS).unwrap_or(today);
        // Overdue means more than 14 days past the expected date; the index
        // holds only pending pregnancies, so every id up to then is overdue.
        let overdue_by = kumban_model::pregnancy::overdue_if_expected_by(today);
        // The "due next" list that the dashboard tab, `kumban status` and
        // `status --json` all show: calvings up to 14 days late (not yet
        // overdue, so none falls between the two lists), then those due in
        // the next 30 days, soonest first.
        let listed_from = kumban_model::pregnancy::grace_starts(today).unwrap_or(today);
        let yesterday = today.minus_days(1);
        let year_end = Date::from_ymd(today.year(), 12, 31).unwrap_or(today);
        let tomorrow = today.plus_days(1).filter(|t| *t <= year_end);
        let pending = |from, to| Request::PendingExpectedIds(from, to);
        let mut asked = vec![
            Request::Totals,
            Request::Review(ReviewRequest::List),
            pending(Some(today), Some(due_end)),
            Request::HealthFigures {
                today,
                limit: HEALTH_DUE_LIMIT as u32,
            },
        ];
        // Each read that a date at the end of the calendar leaves out is
        // not asked at all; `slot` remembers where each answer will be.
        let mut slot = |request: Option<Request>| {
            request.map(|r| {
                asked.push(r);
                asked.len() - 1
            })
        };
        let overdue_at = slot(overdue_by.map(|last| pending(None, Some(last))));
        let recent_at = slot(yesterday.map(|y| pending(Some(listed_from), Some(y))));
        let later_at = slot(tomorrow.map(|t| Request::List(ListQuery::IncomeBetween(t, year_end))));
        let mut replies: Vec<Option<Reply>> =
            store.together(asked)?.into_iter().map(Some).collect();
        let mut take = |at: usize| {
            replies
                .get_mut(at)
                .and_then(Option::take)
                .ok_or_else(|| StoreError::Corrupt {
                    place: "the dashboard's reads".into(),
                    reason: "fewer answers than questions".into(),
                })
        };
        let totals = match take(0)? {
            Reply::Totals(t) => t,
            other => return Err(unexpected_reply(&other)),
        };
        let reviews = match take(1)? {
            Reply::Reviews(r) => r,
            other => return Err(unexpected_reply(&other)),
        };
        let health = match take(3)? {
            Reply::Health(h) => h,
            other => return Err(unexpected_reply(&other)),
        };
        let mut ids = |at: Option<usize>| -> Result<Vec<PregnancyId>, StoreError> {
            let Some(at) = at else {
                return Ok(Vec::new());
            };
            match take(at)? {
                Reply::Ids(ids) => Ok(ids.into_iter().map(PregnancyId).collect()),
                other => Err(unexpected_reply(&other)),
            }
        };
        let (due, overdue, recent) = (ids(Some(2))?, ids(overdue_at)?, ids(recent_at)?);
        let later_income = match later_at {
            Some(at) => take(at)?
                .records::<IncomeLog>()?
                .into_iter()
                .map(|s| s.record)
                .collect(),
            None => Vec::new(),
        };
        Ok(FirstReads {
            totals,
            reviews,
            ranges: PendingRanges {
                due,
                overdue,
                recent,
            },
            later_income,
            health,
        })
    }
}

fn unexpected_reply(reply: &Reply) -> StoreError {
    StoreError::Corrupt {
        place: "the dashboard's reads".into(),
        reason: format!("an answer of the wrong kind: {reply:?}"),
    }
}

fn listed(names: &Names, today: Date, id: u64, p: &Pregnancy) -> DueCalving {
    let expected = p.expected_calving();
    // `kumban check` reports a dangling reference; the dashboard still
    // lists the calving so that it is not lost from view.
    let cow = names.cows.get(&p.cow.0);
    let household = cow.and_then(|c| names.households.get(&c.household.0));
    DueCalving {
        pregnancy: PregnancyId(id),
        cow_tag: cow.map_or_else(|| format!("animal {}", p.cow), |c| c.ear_tag.clone()),
        household_code: household.map_or_else(|| "?".into(), |h| h.code.clone()),
        expected,
        days: today.days_until(expected),
    }
}

fn too_large(what: &str) -> StoreError {
    StoreError::Corrupt {
        place: what.to_string(),
        reason: "the total does not fit in an amount".into(),
    }
}

/// A figure worked out in wide arithmetic, as an amount. Writes keep every
/// total within an amount, so only damage can make this fail; then the
/// dashboard says so rather than show a clamped figure.
fn amount(minor: i128, currency: Currency, what: &str) -> Result<Money, StoreError> {
    i64::try_from(minor)
        .map(|m| Money::new(m, currency))
        .map_err(|_| too_large(what))
}

/// Income and expense of this year to date: the year's running totals,
/// less any log dated after today (there are none unless `--today` is in
/// the past or a date was mistyped). Sums and differences are worked out
/// in i128, so no figure is ever wrapped or clamped.
fn income(
    today: Date,
    t: &Totals,
    later_income: Vec<IncomeLog>,
    d: &mut Dashboard,
) -> Result<(), StoreError> {
    let year = today.year();
    let mut sums: BTreeMap<Group, BTreeMap<Currency, (i128, i128)>> = BTreeMap::new();
    let prefix = format!("inc/{year}/");
    for (k, v) in t
        .range(prefix.clone()..)
        .take_while(|(k, _)| k.starts_with(&prefix))
    {
        let mut parts = k[prefix.len()..].split('/');
        let (Some(g), Some(c), Some(f), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let (Ok(group), Some(currency)) = (Group::parse(g), Currency::parse(c)) else {
            continue;
        };
        let entry = sums.entry(group).or_default().entry(currency).or_default();
        match f {
            "income" => entry.0 = i128::from(*v),
            "expense" => entry.1 = i128::from(*v),
            _ => {}
        }
    }
    for log in later_income {
        let entry = sums
            .entry(log.group.clone())
            .or_default()
            .entry(log.amount.currency)
            .or_default();
        let slot = match log.flow {
            Flow::Income => &mut entry.0,
            Flow::Expense => &mut entry.1,
        };
        *slot -= i128::from(log.amount.minor);
    }
    for by_currency in sums.values_mut() {
        by_currency.retain(|_, (inc, exp)| *inc != 0 || *exp != 0);
    }
    sums.retain(|_, by_currency| !by_currency.is_empty());
    // Both maps list the same groups: those with a member or with money.
    for g in sums.keys() {
        d.households.groups.entry(g.clone()).or_insert(0);
    }
    let cows = i128::from(d.cattle.female);
    for (group, households) in &d.households.groups {
        let what = format!("income logs of the {group} group");
        // People when any are recorded in the group; else its households,
        // so that a database without members still reports.
        let (members, per_member_basis) = match d.people.by_group.get(group) {
            Some(n) if *n > 0 => (*n, PerMemberBasis::People),
            _ => (*households, PerMemberBasis::Households),
        };
        let mut by_currency = BTreeMap::new();
        for (currency, (inc, exp)) in sums.remove(group).unwrap_or_default() {
            let net = inc - exp;
            let members = i128::from(members);
            let per_member = match net.checked_div(members) {
                Some(m) => Some(amount(m, currency, &what)?),
                None => None,
            };
            by_currency.insert(
                currency,
                GroupMoney {
                    income: amount(inc, currency, &what)?,
                    expense: amount(exp, currency, &what)?,
                    per_member,
                    per_member_basis,
                },
            );
            if *group == Group::cattle()
                && let Some(per_cow) = net.checked_div(cows)
            {
                d.income
                    .cattle_profit_per_cow
                    .insert(currency, amount(per_cow, currency, &what)?);
            }
        }
        d.income.groups.insert(group.clone(), by_currency);
    }
    Ok(())
}

/// The name the dashboard is asked for by (`Request::Composed`).
const DASHBOARD: &str = "dashboard";

/// Works out, where the database is held, a figure a client asked the
/// owner for: the function the owner hands its server
/// (`kumban_store::remote::serve::Compose`). `None` for an unknown name.
pub fn compose(store: &Store, name: &str, args: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
    match name {
        DASHBOARD => {
            let today: Date = decode(args)?;
            Ok(Some(encode(&Dashboard::compute_here(store, today)?)?))
        }
        crate::reports::REPORT => {
            use crate::reports::{build_here, remote};
            let ask = remote::decode(args)?;
            Ok(Some(remote::encode(&build_here(store, ask)?)?))
        }
        _ => Ok(None),
    }
}

fn encode<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(value)
        .map_err(|e| StoreError::Write(format!("cannot encode the dashboard: {e}")))
}

fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt {
        place: "the dashboard the owner sent".into(),
        reason: e.to_string(),
    })
}
