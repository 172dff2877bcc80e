//! Health events of every demo animal: each village's haemorrhagic
//! septicaemia and foot-and-mouth vaccination campaigns every spring (due
//! again a year later), a catch-up round late in the year for some of the
//! animals a campaign missed, deworming in May and November (due again
//! six months later), and now and then a treatment whose cost the
//! household paid, saved as an expense too. Worked out from the ids and
//! the village's name alone, so the data set stays deterministic. Around
//! the end of November some vaccinations are overdue (missed this spring)
//! or due within the month (caught up last December), and some dewormings
//! are due (this November's round not yet reached them).

use super::DemoSummary;
use kumban_model::*;
use kumban_store::{Batch, StoreError, expense_of};
use std::collections::{BTreeMap, HashMap};

const HS: &str = "haemorrhagic septicaemia";
const FMD: &str = "foot-and-mouth disease";
const VETS: [&str; 3] = ["Mr Somphone (DAFO)", "Ms Chanthaly (village vet)", "王秀兰"];
const TREATMENTS: [(&str, &str, i64); 4] = [
    ("diarrhoea", "oral rehydration, 3 days", 60_000),
    ("wound", "iodine spray", 45_000),
    ("lumpy skin disease", "antibiotic 10 ml", 150_000),
    ("parasites", "ivermectin 5 ml", 80_000),
];

/// A small number from a text, the same on every machine.
fn hash(s: &str) -> u64 {
    s.bytes().fold(1469598103934665603u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(1099511628211)
    })
}

/// What one animal's history holds: between arrival and leaving.
struct Present {
    id: AnimalId,
    household: HouseholdId,
    from: Date,
    until: Date,
    seed: u64,
}

impl Present {
    fn on(&self, d: Date) -> bool {
        self.from <= d && d <= self.until
    }
}

/// One event, with its campaign (village, product, year) if it has one.
struct Planned {
    event: HealthEvent,
    campaign: Option<(u64, usize, i32)>,
    expense: Option<HouseholdId>,
}

/// Adds the health events of every animal the batch has inserted so far,
/// over the last `years` calendar years up to `today`.
pub fn treat_all(
    b: &mut Batch<'_>,
    today: Date,
    years: i32,
    s: &mut DemoSummary,
) -> Result<(), StoreError> {
    let villages: HashMap<HouseholdId, u64> = b
        .inserted::<Household>()
        .into_iter()
        .map(|(id, h)| (id, hash(&h.village)))
        .collect();
    let mut planned = Vec::new();
    for (id, a) in b.inserted::<Animal>() {
        let from = match a.origin {
            Origin::Distributed { on } | Origin::Bought { on } => on.max(a.born_on),
            Origin::BornTo { .. } => a.born_on,
        };
        let until = match &a.status {
            AnimalStatus::Active => today,
            AnimalStatus::Sold { on, .. } | AnimalStatus::Died { on, .. } => (*on).min(today),
        };
        let village = villages.get(&a.household).copied().unwrap_or(0);
        let p = Present {
            id,
            household: a.household,
            from,
            until,
            seed: id.0,
        };
        plan(&p, village, today, years, &mut planned);
    }
    // Campaign events first, grouped, so each campaign's first event names
    // the campaign (as `Store::campaign` writes them).
    planned.sort_by_key(|p| {
        (
            p.campaign.is_none(),
            p.campaign,
            p.event.date,
            p.event.animal,
        )
    });
    let mut campaigns: BTreeMap<(u64, usize, i32), u64> = BTreeMap::new();
    for p in planned {
        let mut event = p.event;
        let first = match p.campaign {
            Some(key) => match campaigns.get(&key) {
                Some(c) => {
                    event.campaign = Some(*c);
                    false
                }
                None => true,
            },
            None => false,
        };
        let expense = match (p.expense, event.cost) {
            (Some(h), Some(cost)) => Some(expense_of(&event, h, cost, Some(event.animal), "demo")),
            _ => None,
        };
        let id = b.insert(event.clone())?;
        if let (true, Some(key)) = (first, p.campaign) {
            campaigns.insert(key, id.0);
            event.campaign = Some(id.0);
            b.replace_queued(event)?;
        }
        s.health_events += 1;
        if let Some(log) = expense {
            b.insert(log)?;
            s.income_logs += 1;
        }
    }
    Ok(())
}

fn plan(p: &Present, village: u64, today: Date, years: i32, out: &mut Vec<Planned>) {
    let event = |date: Date, kind, product: &str, due_days: u64| HealthEvent {
        animal: p.id,
        date,
        kind,
        product: product.into(),
        dose: String::new(),
        given_by: VETS[((village + p.seed) % 3) as usize].into(),
        cost: None,
        withdrawal_days: 0,
        next_due: date.plus_days(due_days),
        campaign: None,
        notes: String::new(),
    };
    for year in today.year() - years + 1..=today.year() {
        let y = year as u64;
        for (n, product) in [HS, FMD].into_iter().enumerate() {
            // Each village's campaign day in March or April; FMD a week
            // or two after HS.
            let Some(day) = Date::from_ymd(year, 3, 1)
                .and_then(|d| d.plus_days((village + y) % 40 + 10 * n as u64))
            else {
                continue;
            };
            if day > today || !p.on(day) {
                continue;
            }
            // One animal in ten is away grazing on the campaign's day;
            // half of those are caught up in December.
            if (p.seed + y + n as u64).is_multiple_of(10) {
                let Some(late) =
                    Date::from_ymd(year, 12, 1).and_then(|d| d.plus_days((p.seed + village) % 20))
                else {
                    continue;
                };
                if p.seed.is_multiple_of(2) && late <= today && p.on(late) {
                    let mut e = event(late, HealthKind::Vaccination, product, 365);
                    e.dose = "2 ml".into();
                    e.notes = "catch-up after the campaign".into();
                    out.push(Planned {
                        event: e,
                        campaign: None,
                        expense: None,
                    });
                }
                continue;
            }
            let mut e = event(day, HealthKind::Vaccination, product, 365);
            e.dose = "2 ml".into();
            out.push(Planned {
                event: e,
                campaign: Some((village, n, year)),
                expense: None,
            });
        }
        // Dewormed in May and November, house by house over three weeks.
        for month in [5, 11] {
            let Some(day) =
                Date::from_ymd(year, month, 5).and_then(|d| d.plus_days((village + p.seed) % 21))
            else {
                continue;
            };
            if day <= today && p.on(day) {
                let mut e = event(day, HealthKind::Deworming, "parasites", 182);
                e.dose = "albendazole 10 ml".into();
                out.push(Planned {
                    event: e,
                    campaign: None,
                    expense: None,
                });
            }
        }
        // A treatment now and then, paid by the household.
        if (p.seed * 7 + y).is_multiple_of(9) {
            let (product, dose, lak) = TREATMENTS[((p.seed + y) % 4) as usize];
            let Some(day) =
                Date::from_ymd(year, 1, 1).and_then(|d| d.plus_days((p.seed * 31 + y) % 365))
            else {
                continue;
            };
            if day <= today && p.on(day) {
                let mut e = event(day, HealthKind::Treatment, product, 0);
                e.next_due = None;
                e.dose = dose.into();
                e.cost = Some(Money::from_major(lak, Currency::Lak));
                e.withdrawal_days = if product == "lumpy skin disease" {
                    28
                } else {
                    0
                };
                out.push(Planned {
                    event: e,
                    campaign: None,
                    expense: Some(p.household),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn every_planned_event_is_valid_and_in_the_animal_s_time() {
        let today = day(2026, 11, 28);
        let mut out = Vec::new();
        for seed in 1..300 {
            let p = Present {
                id: AnimalId(seed),
                household: HouseholdId(1),
                from: day(2024, 6, 1),
                until: today,
                seed,
            };
            plan(&p, hash("Bansuo"), today, 3, &mut out);
        }
        assert!(out.iter().any(|p| p.event.kind == HealthKind::Treatment));
        assert!(out.iter().any(|p| p.event.notes.starts_with("catch-up")));
        for p in &out {
            assert!(p.event.validate().is_empty(), "{:?}", p.event);
            assert!(p.event.date >= day(2024, 6, 1) && p.event.date <= today);
        }
    }
}
