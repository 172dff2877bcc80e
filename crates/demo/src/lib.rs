//! The demonstration data set, built from the Bansuo project's figures:
//! 40 demonstration households given 120 head of breeding cattle, 60 cows
//! pregnant now, a weaving group of 22 members earning about 800 USD a year
//! each, and a cattle group netting about 480 USD a year per cow. Dates are
//! relative to `today`, so the dashboard always has calvings coming up.
//!
//! Deterministic: the same `today` always gives the same records.

// House rules (docs/architecture.md, tests/house_rules.rs): a bad file or
// keystroke becomes an error the user can read, never a crash; and this
// layer never prints (it returns what to say). Tests may do all of this.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::dbg_macro,
    clippy::print_stdout,
    clippy::print_stderr
)]

pub mod dhis2;
pub mod district;
pub mod figures;
mod health;
mod inspections;
mod members;
mod rates;
mod trainings;
mod weights;
mod xianglong;

use kumban_model::*;
use kumban_store::{Batch, Store, StoreError};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub households: usize,
    pub pens: usize,
    pub animals: usize,
    pub pregnancies: usize,
    pub income_logs: usize,
    pub rates: usize,
    pub members: usize,
    pub weights: usize,
    pub trainings: usize,
    pub attendances: usize,
    pub visits: usize,
    pub health_events: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(
        "the database already holds records; the demonstration data only goes into an empty database (use --db with a new folder)"
    )]
    NotEmpty,
    #[error(
        "today ({0}) is too early for the demonstration data, which starts in 2017; use --today with a later date"
    )]
    TooEarly(Date),
    #[error(transparent)]
    Store(#[from] StoreError),
}

const GIVEN: [(&str, &str); 10] = [
    ("ບຸນມີ", "Bounmy"),
    ("ຄຳແພງ", "Khamphaeng"),
    ("ສົມພອນ", "Somphone"),
    ("ວັນນາ", "Vanna"),
    ("ບົວພັນ", "Bouaphanh"),
    ("ແສງຈັນ", "Saengchanh"),
    ("ສີສຸກ", "Sisouk"),
    ("ຈັນທາ", "Chanthar"),
    ("ພອນສະຫວັນ", "Phonsavanh"),
    ("ຄຳຫຼ້າ", "Khamla"),
];

const FAMILY: [(&str, &str); 8] = [
    ("ພົມມະຈັນ", "Phommachanh"),
    ("ສີສຸວັນ", "Sisouvanh"),
    ("ແກ້ວມະນີ", "Keomany"),
    ("ວົງສາ", "Vongsa"),
    ("ສຸລິຍະ", "Souliya"),
    ("ພັນທະວົງ", "Phanthavong"),
    ("ໄຊຍະວົງ", "Xayavong"),
    ("ອິນທະວົງ", "Inthavong"),
];

const TECHNICIANS: [&str; 3] = ["范锡宁", "李建国", "王秀兰"];

const ADVISER_NOTES: [&str; 4] = [
    "技术员意见：圈舍通风良好。Adviser: pen well ventilated.",
    "技术员意见：注意防疫。Adviser: keep up vaccinations.",
    "",
    "",
];

/// Fills an empty database. All records go in one transaction: a power cut
/// halfway leaves the database empty, never half-filled.
pub fn fill(store: &Store, today: Date) -> Result<DemoSummary, DemoError> {
    if !store.is_empty() {
        return Err(DemoError::NotEmpty);
    }
    let start = date(2017, 6, 1);
    if today.days_until(start) > -400 {
        return Err(DemoError::TooEarly(today));
    }
    let (_, summary) = store.batch(|b| build(b, today))?;
    Ok(summary)
}

fn date(y: i32, m: u32, d: u32) -> Date {
    // Only called with constant, valid dates.
    Date::from_ymd(y, m, d).unwrap_or(Date(chrono::NaiveDate::MIN))
}

fn days_before(today: Date, n: u64) -> Date {
    today.minus_days(n).unwrap_or(today)
}

fn head_name(i: usize) -> String {
    let (g_lao, g_lat) = GIVEN[i % GIVEN.len()];
    let (f_lao, f_lat) = FAMILY[(i * 3 + 1) % FAMILY.len()];
    let female = i % 3 == 1;
    if i.is_multiple_of(2) {
        let title = if female { "ນາງ" } else { "ທ້າວ" };
        format!("{title} {g_lao} {f_lao}")
    } else {
        format!("{g_lat} {f_lat}")
    }
}

fn usd(major: i64) -> Money {
    Money::from_major(major, Currency::Usd)
}

struct Herd {
    household: HouseholdId,
    pen: PenId,
    cows: Vec<AnimalId>,
    /// Active females, the cows of this year's profit per cow.
    females: i64,
}

fn build(b: &mut Batch<'_>, today: Date) -> Result<DemoSummary, StoreError> {
    let mut s = DemoSummary::default();
    let this_year = today.year();
    let mut herds = Vec::new();
    // The herd's bulls, which serve the cows by natural service.
    let mut bulls: Vec<AnimalId> = Vec::new();
    let mut tag = 0;
    let mut weavers = Vec::new();

    for i in 0..40usize {
        let n = i + 1;
        let weaving = i < 22;
        let mut groups = vec![Group::cattle()];
        if i % 2 == 0 {
            groups.push(Group::corn());
        }
        if weaving {
            groups.push(Group::weaving());
        }
        let enrolled = date(2017, 6, 1 + (i % 20) as u32);
        let poverty = match i % 5 {
            0 | 3 => Poverty::Exited {
                on: date(2020 + (i % 5) as i32, 12, 31),
            },
            1 => Poverty::NearPoor,
            2 => Poverty::NotPoor,
            _ => Poverty::Poor,
        };
        let family_groups = groups.clone();
        let h = b.insert(Household {
            code: format!("BS-{n:02}"),
            head_name: head_name(i),
            village: "Bansuo".into(),
            members: 3 + (i % 6) as u8,
            phone: (i % 4 != 3).then(|| format!("+856 20 55{:02} {:04}", n, 1000 + i * 37)),
            groups,
            demonstration: true,
            poverty,
            baseline_income: Some(usd(600 + (i as i64 % 7) * 50)),
            enrolled_on: enrolled,
            notes: if i % 7 == 0 {
                "Demonstration household, Vientiane province.".into()
            } else {
                String::new()
            },
        })?;
        s.households += 1;
        members::insert(
            b,
            &members::Family {
                household: h,
                head_name: &head_name(i),
                head_female: i % 3 == 1,
                size: 3 + (i % 6) as u8,
                groups: &family_groups,
                seed: i,
            },
            &mut s,
        )?;
        if weaving {
            weavers.push(h);
        }
        let pen = Pen {
            household: h,
            label: "Pen 1".into(),
            capacity: 4 + (i % 3) as u16,
            status: PenStatus::Inspected,
            inspected_on: Some(date(2017, 9, 1 + (i % 28) as u32)),
            inspected_by: Some(TECHNICIANS[i % TECHNICIANS.len()].into()),
            notes: ADVISER_NOTES[i % ADVISER_NOTES.len()].into(),
            inspection_result: None,
            checklist_failed: Vec::new(),
            next_inspection: None,
        };
        let pen = b.insert(inspections::found(i, pen))?;
        s.pens += 1;
        // Three head each: half the households get a bull, the rest three cows.
        let mut cows = Vec::new();
        for k in 0..3 {
            tag += 1;
            let sex = if k == 2 && i % 2 == 1 {
                Sex::Male
            } else {
                Sex::Female
            };
            let id = b.insert(Animal {
                ear_tag: format!("BS-C-{tag:03}"),
                sex,
                breed: if tag % 4 == 0 {
                    "Brahman cross"
                } else {
                    "Lao native"
                }
                .into(),
                born_on: date(2014 + (tag % 2) as i32, 1 + (tag % 12) as u32, 10),
                born_estimated: true,
                origin: Origin::Distributed {
                    on: date(2017, 6, 15),
                },
                household: h,
                pen: Some(pen),
                status: AnimalStatus::Active,
                notes: String::new(),
            })?;
            s.animals += 1;
            if sex == Sex::Male {
                bulls.push(id);
            }
            if sex == Sex::Female {
                cows.push(id);
            }
        }
        let females = cows.len() as i64;
        herds.push(Herd {
            household: h,
            pen,
            cows,
            females,
        });
    }

    // Breeding: every cow calved once last year (most calves since sold),
    // and 60 cows are pregnant now, due over the coming months.
    let all_cows: Vec<(usize, AnimalId)> = herds
        .iter()
        .enumerate()
        .flat_map(|(h, herd)| herd.cows.iter().map(move |c| (h, *c)))
        .collect();
    let last_year_calving = date(this_year - 1, 3, 1);
    for (n, (h, cow)) in all_cows.iter().enumerate() {
        let herd = &mut herds[*h];
        if n % 4 == 0 {
            let calved_on = last_year_calving
                .plus_days((n % 90) as u64)
                .unwrap_or(last_year_calving);
            let service = calved_on.minus_days(283).unwrap_or(calved_on);
            tag += 1;
            let sold = n % 8 == 0;
            let sex = if n % 3 == 0 { Sex::Female } else { Sex::Male };
            if sex == Sex::Female && !sold {
                herd.females += 1;
            }
            let sold_on = date(this_year - 1, 11, 10);
            let calf = b.insert(Animal {
                ear_tag: format!("BS-C-{tag:03}"),
                sex,
                breed: "Lao native".into(),
                born_on: calved_on,
                born_estimated: false,
                origin: Origin::BornTo { dam: *cow },
                household: herd.household,
                pen: (!sold).then_some(herd.pen),
                status: if sold {
                    AnimalStatus::Sold {
                        on: sold_on,
                        price: usd(450),
                    }
                } else {
                    AnimalStatus::Active
                },
                notes: String::new(),
            })?;
            s.animals += 1;
            b.insert(Pregnancy {
                cow: *cow,
                service_date: service,
                method: if n % 3 == 0 {
                    Method::Ai
                } else {
                    Method::Natural
                },
                sire: Some(sire_of(n, &bulls)),
                confirmed_on: service.plus_days(60),
                gestation_days: DEFAULT_GESTATION_DAYS,
                outcome: Outcome::Calved {
                    on: calved_on,
                    calf: Some(calf),
                },
                calving: calving_of(n),
            })?;
            s.pregnancies += 1;
            if sold {
                b.insert(IncomeLog {
                    household: herd.household,
                    date: sold_on,
                    group: Group::cattle(),
                    flow: Flow::Income,
                    amount: usd(450),
                    description: "calf sold at Naxaythong market".into(),
                    animal: Some(calf),
                })?;
                s.income_logs += 1;
            }
        }
    }
    for (n, (_, cow)) in all_cows.iter().take(60).enumerate() {
        // Expected dates from 20 days ago (overdue) to about eight months ahead.
        let ahead = n as i64 * 4 - 20;
        let expected = if ahead < 0 {
            days_before(today, ahead.unsigned_abs())
        } else {
            today.plus_days(ahead as u64).unwrap_or(today)
        };
        let service = expected
            .minus_days(u64::from(DEFAULT_GESTATION_DAYS))
            .unwrap_or(expected);
        let check = service.plus_days(45).filter(|c| *c <= today);
        b.insert(Pregnancy {
            cow: *cow,
            service_date: service,
            method: if n % 3 == 0 {
                Method::Ai
            } else {
                Method::Natural
            },
            sire: (n % 5 != 4).then(|| sire_of(n, &bulls)),
            confirmed_on: check,
            gestation_days: DEFAULT_GESTATION_DAYS,
            outcome: Outcome::Pending,
            calving: Calving::default(),
        })?;
        s.pregnancies += 1;
    }

    // Cattle group money, this year and the two before: sales net of costs
    // come to about 480 USD per cow.
    for year in this_year - 2..=this_year {
        for herd in &herds {
            let cows = herd.females;
            let costs = 35 * cows;
            for (month, flow, amount, what) in [
                (4, Flow::Expense, costs, "vaccines and mineral salt"),
                (
                    10,
                    Flow::Income,
                    480 * cows + costs,
                    "cattle sold to traders",
                ),
            ] {
                let on = date(year, month, 12);
                if on > today {
                    continue;
                }
                b.insert(IncomeLog {
                    household: herd.household,
                    date: on,
                    group: Group::cattle(),
                    flow,
                    amount: usd(amount),
                    description: what.into(),
                    animal: None,
                })?;
                s.income_logs += 1;
            }
        }
    }

    // Weaving group: 22 member weavers, one in each weaving household
    // (`members`), monthly sales adding up to 800 USD a year each.
    for year in this_year - 2..=this_year {
        for (w, h) in weavers.iter().enumerate() {
            for month in 1..=12u32 {
                let on = date(year, month, 20 + (w % 8) as u32);
                if on > today {
                    continue;
                }
                let amount = if month <= 8 { 67 } else { 66 };
                b.insert(IncomeLog {
                    household: *h,
                    date: on,
                    group: Group::weaving(),
                    flow: Flow::Income,
                    amount: usd(amount),
                    description: "sinh skirts and scarves".into(),
                    animal: None,
                })?;
                s.income_logs += 1;
            }
        }
    }

    // Corn, sold in kip after the harvest.
    for (i, herd) in herds.iter().enumerate().filter(|(i, _)| i % 2 == 0) {
        let on = date(this_year, 9, 5 + (i % 20) as u32);
        if on <= today {
            b.insert(IncomeLog {
                household: herd.household,
                date: on,
                group: Group::corn(),
                flow: Flow::Income,
                amount: Money::from_major(3_200_000 + (i as i64) * 50_000, Currency::Lak),
                description: "corn harvest sold".into(),
                animal: None,
            })?;
            s.income_logs += 1;
        }
    }

    xianglong::households(b, today, &mut s, &mut tag)?;
    // Rates for every year with money: this year and the two before.
    s.rates = rates::monthly(b, this_year - 2, today)?;
    // Every animal weighed when it came and about every 18 months after.
    weights::weigh_all(b, today, 540, &mut s)?;
    // Campaigns, dewormings and treatments of the last three years.
    health::treat_all(b, today, 3, &mut s)?;
    // Trainings and visits last, so every record before them keeps its id.
    trainings::village(b, today, &TECHNICIANS, &mut s)?;
    Ok(s)
}

/// The sire of the `n`th service: an AI straw for every third, otherwise
/// one of the herd's bulls in turn (an outside bull if the herd had none).
fn sire_of(n: usize, bulls: &[AnimalId]) -> Sire {
    match bulls.get(n % bulls.len().max(1)) {
        Some(bull) if !n.is_multiple_of(3) => Sire::Herd(*bull),
        _ if !n.is_multiple_of(3) => Sire::Outside("village bull".into()),
        _ => Sire::Outside("Brahman straw B-17".into()),
    }
}

/// The `n`th calving's details: mostly normal, some assisted, one hard;
/// calves of 18 to 26 kg; a few twins whose second calf was stillborn
/// (so the demo's head counts stay those of the seed report), and one
/// pair of live twins whose second calf went unrecorded.
fn calving_of(n: usize) -> Calving {
    let ease = match n % 28 {
        0 => Ease::Hard,
        k if k % 7 == 3 => Ease::Assisted,
        _ => Ease::Normal,
    };
    let weight = |k: usize| Some(Kg(180 + (k % 9) as u32 * 10));
    let twin = match n % 40 {
        8 => Some(Twin {
            calf: None,
            birth: Birth {
                weight: weight(n + 4),
                stillborn: true,
            },
        }),
        28 if n < 40 => Some(Twin {
            calf: None,
            birth: Birth::default(),
        }),
        _ => None,
    };
    Calving {
        ease: Some(ease),
        first: Birth {
            weight: weight(n),
            stillborn: false,
        },
        twin,
    }
}
