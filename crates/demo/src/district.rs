//! A district-sized data set for measuring kumban at scale: any number of
//! households across villages of 1,000, each with a pen, three head of
//! cattle, one or two breeding records and about fifty income logs over five
//! years. Deterministic: the same size and `today` give the same records.
//! Written in batches of one transaction each, so memory stays bounded.

use super::{DemoError, DemoSummary};
use kumban_model::*;
use kumban_store::{Batch, Store, StoreError};

const VILLAGES: [&str; 20] = [
    "Bansuo",
    "Xianglong",
    "Nongteng",
    "Phonsavang",
    "Nakham",
    "Houayhong",
    "Donkhoy",
    "Thongmang",
    "Sikeud",
    "Nongbua",
    "Phontong",
    "Xaythany",
    "Nalao",
    "Kengkhai",
    "Somsanouk",
    "Phoukham",
    "Napho",
    "Vangxang",
    "Dongdok",
    "Hatsaykham",
];

const NAMES: [&str; 8] = [
    "ທ້າວ ບຸນມີ ພົມມະຈັນ",
    "ນາງ ຄຳແພງ ສີສຸວັນ",
    "Somsack Luangrath",
    "ນາງ ນ້ອຍ ແກ້ວມະນີ",
    "Thongchanh Vilayphone",
    "ທ້າວ ແສງ ອິນທະວົງ",
    "Bouaphanh Keomany",
    "ນາງ ວັນນາ ໄຊຍະວົງ",
];

const HOUSEHOLDS_PER_BATCH: usize = 100;
const INCOME_LOGS_PER_HOUSEHOLD: usize = 50;

/// splitmix64: a fixed, tiny generator so the data set never changes with
/// a dependency's version (rand's StdRng makes no such promise).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// Fills an empty database with `households` households, calling
/// `progress(done)` after each batch.
pub fn fill(
    store: &Store,
    today: Date,
    households: usize,
    mut progress: impl FnMut(usize),
) -> Result<DemoSummary, DemoError> {
    if !store.is_empty() {
        return Err(DemoError::NotEmpty);
    }
    let mut total = DemoSummary::default();
    let mut done = 0;
    while done < households {
        let n = HOUSEHOLDS_PER_BATCH.min(households - done);
        let (_, s) = store.batch(|b| {
            let mut s = DemoSummary::default();
            for h in done..done + n {
                household(b, today, h, &mut s)?;
            }
            // Fewer weighings than the village's (every two years), so the
            // district's generation time stays close to what it was.
            super::weights::weigh_all(b, today, 730, &mut s)?;
            // Two years of health events rather than the village's three,
            // for the same reason.
            super::health::treat_all(b, today, 2, &mut s)?;
            super::trainings::district(
                b,
                today,
                done / HOUSEHOLDS_PER_BATCH,
                &super::TECHNICIANS,
                &mut s,
            )?;
            Ok(s)
        })?;
        total.households += s.households;
        total.pens += s.pens;
        total.animals += s.animals;
        total.pregnancies += s.pregnancies;
        total.income_logs += s.income_logs;
        total.members += s.members;
        total.weights += s.weights;
        total.trainings += s.trainings;
        total.attendances += s.attendances;
        total.visits += s.visits;
        total.health_events += s.health_events;
        done += n;
        progress(done);
    }
    // Logs go back five years and up to a year more: rates from then on.
    let (_, rates) = store.batch(|b| super::rates::monthly(b, today.year() - 6, today))?;
    total.rates = rates;
    Ok(total)
}

fn before(today: Date, days: u64) -> Date {
    today.minus_days(days).unwrap_or(today)
}

/// The name of the `index`th village (of 1,000 households each); past
/// the twentieth, names repeat with a number (`Bansuo 2`).
fn village_name(index: usize) -> String {
    match VILLAGES.get(index) {
        Some(v) => (*v).to_string(),
        None => format!(
            "{} {}",
            VILLAGES[index % VILLAGES.len()],
            index / VILLAGES.len() + 1
        ),
    }
}

/// The villages a district of `households` households has.
pub fn villages(households: usize) -> Vec<String> {
    (0..households.div_ceil(1000)).map(village_name).collect()
}

fn household(
    b: &mut Batch<'_>,
    today: Date,
    n: usize,
    s: &mut DemoSummary,
) -> Result<(), StoreError> {
    let mut rng = Rng(n as u64 ^ 0x6b75_6d62_616e);
    let village = n / 1000;
    let five_years = 5 * 365;
    let enrolled = before(today, five_years + rng.below(365));
    let mut groups = vec![Group::cattle()];
    if rng.chance(60) {
        groups.push(Group::corn());
    }
    let weaving = rng.chance(30);
    if weaving {
        groups.push(Group::weaving());
    }
    let poverty = match rng.below(10) {
        0..=3 => Poverty::Poor,
        4..=5 => Poverty::NearPoor,
        6 => Poverty::NotPoor,
        _ => Poverty::Exited {
            on: before(today, rng.below(3 * 365)),
        },
    };
    let village_name = village_name(village);
    // Drawn here, in the order the fields always drew them.
    let size = 1 + rng.below(10) as u8;
    let head_name = NAMES[n % NAMES.len()];
    let h = b.insert(Household {
        code: format!("V{:02}-{:05}", village + 1, n + 1),
        head_name: head_name.into(),
        village: village_name,
        members: size,
        phone: rng
            .chance(70)
            .then(|| format!("+856 20 {:04} {:04}", n % 10_000, rng.below(10_000))),
        groups: groups.clone(),
        demonstration: rng.chance(40),
        poverty,
        baseline_income: rng
            .chance(50)
            .then(|| Money::from_major(300 + rng.below(900) as i64, Currency::Usd)),
        enrolled_on: enrolled,
        notes: String::new(),
    })?;
    s.households += 1;
    // The family takes no draw from `rng`, so the rest of the district is
    // what it was before households had members.
    let lao = head_name.starts_with(['ນ', 'ທ']);
    super::members::insert(
        b,
        &super::members::Family {
            household: h,
            head_name,
            head_female: head_name.starts_with("ນາງ"),
            size,
            groups: &groups,
            seed: 2 * n + usize::from(!lao),
        },
        s,
    )?;

    let status = match rng.below(20) {
        0 => PenStatus::Planned,
        1..=2 => PenStatus::Building,
        3..=5 => PenStatus::Built,
        _ => PenStatus::Inspected,
    };
    let inspected = status == PenStatus::Inspected;
    let pen = b.insert(crate::inspections::found(
        n,
        Pen {
            household: h,
            label: "Pen 1".into(),
            capacity: 3 + rng.below(6) as u16,
            status,
            inspected_on: inspected.then(|| before(today, rng.below(4 * 365))),
            inspected_by: inspected.then(|| "范锡宁".to_string()),
            notes: String::new(),
            inspection_result: None,
            checklist_failed: Vec::new(),
            next_inspection: None,
        },
    ))?;
    s.pens += 1;
    let housed = matches!(status, PenStatus::Built | PenStatus::Inspected).then_some(pen);

    let distributed = enrolled.plus_days(30).unwrap_or(enrolled);
    let cow = |b: &mut Batch<'_>, k: usize, rng: &mut Rng| {
        b.insert(Animal {
            ear_tag: format!("T{:06}-{k}", n + 1),
            sex: Sex::Female,
            breed: "Lao native".into(),
            born_on: before(distributed, 700 + rng.below(700)),
            born_estimated: true,
            origin: Origin::Distributed { on: distributed },
            household: h,
            pen: housed,
            status: AnimalStatus::Active,
            notes: String::new(),
        })
    };
    let cow_a = cow(b, 1, &mut rng)?;
    let cow_b = cow(b, 2, &mut rng)?;
    s.animals += 2;

    // Cow A calved once; half the time the calf is the third head,
    // otherwise the third head is a bull.
    let calved_on = before(today, 200 + rng.below(3 * 365));
    let calf = if rng.chance(50) {
        let sold = rng.chance(10);
        let id = b.insert(Animal {
            ear_tag: format!("T{:06}-3", n + 1),
            sex: if rng.chance(50) {
                Sex::Female
            } else {
                Sex::Male
            },
            breed: "Lao native".into(),
            born_on: calved_on,
            born_estimated: false,
            origin: Origin::BornTo { dam: cow_a },
            household: h,
            pen: if sold { None } else { housed },
            status: if sold {
                AnimalStatus::Sold {
                    on: calved_on.plus_days(180).unwrap_or(calved_on).min(today),
                    price: Money::from_major(350 + rng.below(200) as i64, Currency::Usd),
                }
            } else {
                AnimalStatus::Active
            },
            notes: String::new(),
        })?;
        Some(id)
    } else {
        b.insert(Animal {
            ear_tag: format!("T{:06}-3", n + 1),
            sex: Sex::Male,
            breed: "Brahman cross".into(),
            born_on: before(distributed, 900),
            born_estimated: true,
            origin: Origin::Distributed { on: distributed },
            household: h,
            pen: housed,
            status: if rng.chance(3) {
                AnimalStatus::Died {
                    on: before(today, rng.below(365)),
                    cause: "foot-and-mouth disease".into(),
                }
            } else {
                AnimalStatus::Active
            },
            notes: String::new(),
        })?;
        None
    };
    s.animals += 1;
    let service = calved_on
        .minus_days(u64::from(DEFAULT_GESTATION_DAYS))
        .unwrap_or(calved_on);
    b.insert(Pregnancy {
        cow: cow_a,
        service_date: service,
        method: if rng.chance(30) {
            Method::Ai
        } else {
            Method::Natural
        },
        sire: None,
        confirmed_on: service.plus_days(45),
        gestation_days: DEFAULT_GESTATION_DAYS,
        outcome: Outcome::Calved {
            on: calved_on,
            calf,
        },
        // Derived from the household's number, not drawn, so that the
        // rest of the district stays what it was.
        calving: Calving {
            ease: Some(if n.is_multiple_of(9) {
                Ease::Assisted
            } else {
                Ease::Normal
            }),
            first: Birth {
                weight: Some(Kg(200 + (n % 7) as u32 * 10)),
                stillborn: false,
            },
            twin: None,
        },
    })?;
    s.pregnancies += 1;

    // Half of the B cows are pregnant now, due from a month ago to nine
    // months ahead.
    if rng.chance(50) {
        let expected = before(today, 30).plus_days(rng.below(300)).unwrap_or(today);
        let service = expected
            .minus_days(u64::from(DEFAULT_GESTATION_DAYS))
            .unwrap_or(expected);
        b.insert(Pregnancy {
            cow: cow_b,
            service_date: service,
            method: Method::Natural,
            sire: Some(Sire::Outside("village bull".into())),
            confirmed_on: service.plus_days(45).filter(|d| *d <= today),
            gestation_days: DEFAULT_GESTATION_DAYS,
            outcome: Outcome::Pending,
            calving: Calving::default(),
        })?;
        s.pregnancies += 1;
    }

    for _ in 0..INCOME_LOGS_PER_HOUSEHOLD {
        let date = before(today, rng.below(five_years));
        let group = groups[rng.below(groups.len() as u64) as usize].clone();
        let expense = rng.chance(20);
        let amount = match (group.as_str(), rng.below(10)) {
            ("corn", _) => Money::from_major(200_000 + rng.below(2_800_000) as i64, Currency::Lak),
            (_, 0) => Money::from_major(500 + rng.below(3_000) as i64, Currency::Thb),
            (_, 1) => Money::from_major(100 + rng.below(800) as i64, Currency::Cny),
            ("weaving", _) => Money::new(3_000 + rng.below(9_000) as i64, Currency::Usd),
            _ => Money::new(10_000 + rng.below(80_000) as i64, Currency::Usd),
        };
        b.insert(IncomeLog {
            household: h,
            date,
            group,
            flow: if expense { Flow::Expense } else { Flow::Income },
            amount,
            description: if expense {
                "supplies"
            } else {
                "sales at market"
            }
            .into(),
            animal: None,
        })?;
        s.income_logs += 1;
    }
    Ok(())
}
