//! Fertility measures from the breeding records: calving interval, days
//! open, services per conception and the calving rate over 12 months.
//! docs/reports.md defines each one: what counts and what is left out.
//!
//! A cow's history is her breeding records (`Pregnancy`), in any order.
//! Records of one cow calved on the same day are one calving (twins
//! recorded as two calvings), and records served on the same day are one
//! service.

use super::{Date, Outcome, Pregnancy};
use crate::pregnancy::GESTATION_RANGE;

/// No cow calves twice in less than the shortest gestation: a shorter
/// interval is a recording slip, left out.
const SHORTEST_INTERVAL: i64 = *GESTATION_RANGE.start() as i64;

/// A cow of breeding age is at least this many months old.
pub const BREEDING_AGE_MONTHS: u32 = 24;

/// One cow's measures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CowFertility {
    /// Calving days, oldest first, one per day.
    pub calvings: Vec<Date>,
    /// Days between successive calvings (each at least 260).
    pub intervals: Vec<i64>,
    /// Days from each calving to the service that led to a pregnancy.
    pub days_open: Vec<i64>,
    /// Services whose result is known (calved, confirmed, or lost without
    /// a confirmation), one per service day.
    pub services: u32,
    /// Of those, the services that led to a pregnancy: calved, or
    /// confirmed by a check (even if lost later).
    pub conceptions: u32,
}

impl CowFertility {
    pub fn of(history: &[Pregnancy]) -> CowFertility {
        let mut records: Vec<&Pregnancy> = history.iter().collect();
        records.sort_by_key(|p| p.service_date);
        let mut calvings: Vec<Date> = records
            .iter()
            .filter_map(|p| match p.outcome {
                Outcome::Calved { on, .. } => Some(on),
                _ => None,
            })
            .collect();
        calvings.sort();
        calvings.dedup();
        let intervals = calvings
            .windows(2)
            .map(|w| w[0].days_until(w[1]))
            .filter(|d| *d >= SHORTEST_INTERVAL)
            .collect();
        // One service per day: twins recorded as two records served on
        // the same day are one service, conceived or not as one.
        let mut services = 0;
        let mut conceptions = 0;
        let mut conceived_on: Vec<Date> = Vec::new();
        let mut last_day = None;
        for p in &records {
            let conceived = matches!(p.outcome, Outcome::Calved { .. }) || p.confirmed_on.is_some();
            let known = conceived || matches!(p.outcome, Outcome::Lost { .. });
            if !known || last_day == Some(p.service_date) {
                continue;
            }
            last_day = Some(p.service_date);
            services += 1;
            if conceived {
                conceptions += 1;
                conceived_on.push(p.service_date);
            }
        }
        // Days open: from a calving to the first conceiving service after it.
        let days_open = calvings
            .iter()
            .filter_map(|c| {
                let next = conceived_on.iter().find(|s| *s > c)?;
                Some(c.days_until(*next))
            })
            .collect();
        CowFertility {
            calvings,
            intervals,
            days_open,
            services,
            conceptions,
        }
    }

    /// Calved on a day in the 12 months up to `today` (after the same day a
    /// year before, up to and including today).
    pub fn calved_in_12_months(&self, today: Date) -> bool {
        let from = year_before(today);
        self.calvings.iter().any(|c| *c > from && *c <= today)
    }
}

/// The same day a year before (28 February for 29 February).
fn year_before(today: Date) -> Date {
    today
        .0
        .checked_sub_months(chrono::Months::new(12))
        .map_or(today, Date)
}

/// Whether a cow born on `born_on` is of breeding age on `today`.
pub fn of_breeding_age(born_on: Date, today: Date) -> bool {
    born_on
        .0
        .checked_add_months(chrono::Months::new(BREEDING_AGE_MONTHS))
        .is_some_and(|grown| grown <= today.0)
}

/// The measures of a group of cows (a household, a village, the project).
/// Counts, not ratios, so that it compares exactly and crosses the socket
/// as it is; the ratios are worked out when shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// Median of every calving interval of the cows; `None` without one.
    pub calving_interval_days_median: Option<i64>,
    /// Median of every days-open figure of the cows.
    pub days_open_median: Option<i64>,
    /// Services and conceptions of the cows (`CowFertility`).
    pub services: u64,
    pub conceptions: u64,
    /// Cows of breeding age that calved in the 12 months to today, and
    /// cows of breeding age.
    pub calved_12_months: u64,
    pub breeding_age: u64,
}

impl Summary {
    /// Cows that calved / cows of breeding age; `None` with no cow of
    /// breeding age.
    pub fn calving_rate_12_months(&self) -> Option<f64> {
        (self.breeding_age > 0).then(|| self.calved_12_months as f64 / self.breeding_age as f64)
    }

    /// Services / conceptions; `None` with no conception.
    pub fn services_per_conception(&self) -> Option<f64> {
        (self.conceptions > 0).then(|| self.services as f64 / self.conceptions as f64)
    }
}

/// One cow as the summary counts her: her measures, and whether she is of
/// breeding age in the herd today (an active female at least 24 months
/// old).
pub struct Counted<'a> {
    pub cow: &'a CowFertility,
    pub breeding_age: bool,
}

pub fn summarise<'a>(cows: impl IntoIterator<Item = Counted<'a>>, today: Date) -> Summary {
    let mut intervals = Vec::new();
    let mut open = Vec::new();
    let mut s = Summary::default();
    for c in cows {
        intervals.extend_from_slice(&c.cow.intervals);
        open.extend_from_slice(&c.cow.days_open);
        s.services += u64::from(c.cow.services);
        s.conceptions += u64::from(c.cow.conceptions);
        if c.breeding_age {
            s.breeding_age += 1;
            if c.cow.calved_in_12_months(today) {
                s.calved_12_months += 1;
            }
        }
    }
    s.calving_interval_days_median = median(&mut intervals);
    s.days_open_median = median(&mut open);
    s
}

/// The middle value; of an even count, the mean of the two middle ones
/// rounded half up to a whole day.
pub fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(match n % 2 {
        1 => values[n / 2],
        _ => (values[n / 2 - 1] + values[n / 2] + 1).div_euclid(2),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{AnimalId, Method};

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    fn service(on: Date, outcome: Outcome, confirmed: bool) -> Pregnancy {
        Pregnancy {
            cow: AnimalId(1),
            service_date: on,
            method: Method::Natural,
            sire: None,
            confirmed_on: confirmed.then(|| on.plus_days(45).unwrap()),
            gestation_days: 283,
            outcome,
            calving: crate::Calving::default(),
        }
    }

    fn calved(served: Date, on: Date) -> Pregnancy {
        service(served, Outcome::Calved { on, calf: None }, true)
    }

    fn failed(served: Date) -> Pregnancy {
        let on = served.plus_days(45).unwrap();
        service(
            served,
            Outcome::Lost {
                on,
                reason: "not pregnant at the check".into(),
            },
            false,
        )
    }

    #[test]
    fn a_cow_with_one_calving_has_no_interval() {
        let f = CowFertility::of(&[calved(day(2024, 5, 1), day(2025, 2, 8))]);
        assert_eq!(f.calvings, vec![day(2025, 2, 8)]);
        assert!(f.intervals.is_empty());
        assert!(f.days_open.is_empty(), "no conception after it");
        assert_eq!((f.services, f.conceptions), (1, 1));
    }

    #[test]
    fn a_cow_never_pregnant_has_services_but_no_conception() {
        let f = CowFertility::of(&[failed(day(2025, 1, 1)), failed(day(2025, 2, 20))]);
        assert!(f.calvings.is_empty());
        assert_eq!((f.services, f.conceptions), (2, 0));
        let s = summarise(
            [Counted {
                cow: &f,
                breeding_age: true,
            }],
            day(2026, 11, 28),
        );
        assert_eq!(s.services_per_conception(), None);
        assert_eq!(s.calving_rate_12_months(), Some(0.0));
        assert_eq!(s.calving_interval_days_median, None);
    }

    #[test]
    fn intervals_days_open_and_a_failed_service() {
        // Calved 2023-03-01; a failed service, then the one that held;
        // calved again 2024-04-10; served, confirmed, still pending.
        let f = CowFertility::of(&[
            calved(day(2022, 5, 22), day(2023, 3, 1)),
            failed(day(2023, 5, 1)),
            calved(day(2023, 6, 2), day(2024, 3, 11)),
            service(day(2024, 6, 1), Outcome::Pending, true),
            // Served last week, not yet checked: not counted yet.
            service(day(2026, 11, 20), Outcome::Pending, false),
        ]);
        assert_eq!(f.intervals, vec![376]);
        // 2023-03-01 to 2023-06-02, and 2024-03-11 to 2024-06-01.
        assert_eq!(f.days_open, vec![93, 82]);
        assert_eq!((f.services, f.conceptions), (4, 3));
    }

    #[test]
    fn twins_are_one_calving_and_one_service() {
        let served = day(2024, 5, 1);
        let born = day(2025, 2, 8);
        let f = CowFertility::of(&[
            calved(day(2023, 4, 1), day(2024, 1, 9)),
            calved(served, born),
            calved(served, born),
        ]);
        assert_eq!(f.calvings, vec![day(2024, 1, 9), born]);
        assert_eq!(f.intervals, vec![396]);
        assert_eq!((f.services, f.conceptions), (2, 2));
    }

    #[test]
    fn an_interval_shorter_than_a_gestation_is_left_out() {
        let f = CowFertility::of(&[
            calved(day(2023, 4, 1), day(2024, 1, 9)),
            calved(day(2023, 7, 1), day(2024, 4, 9)),
        ]);
        assert!(f.intervals.is_empty(), "{:?}", f.intervals);
    }

    #[test]
    fn the_calving_rate_counts_cows_of_breeding_age_in_the_last_12_months() {
        let today = day(2026, 11, 28);
        let recent = CowFertility::of(&[calved(day(2025, 3, 1), day(2025, 12, 9))]);
        let a_year_ago = CowFertility::of(&[calved(day(2025, 2, 18), day(2025, 11, 28))]);
        let never = CowFertility::default();
        let heifer = CowFertility::default();
        let s = summarise(
            [
                Counted {
                    cow: &recent,
                    breeding_age: true,
                },
                Counted {
                    cow: &a_year_ago,
                    breeding_age: true,
                },
                Counted {
                    cow: &never,
                    breeding_age: true,
                },
                Counted {
                    cow: &heifer,
                    breeding_age: false,
                },
            ],
            today,
        );
        assert_eq!((s.calved_12_months, s.breeding_age), (1, 3));
        assert_eq!(s.calving_rate_12_months(), Some(1.0 / 3.0));
        assert!(of_breeding_age(day(2024, 11, 28), today));
        assert!(!of_breeding_age(day(2024, 11, 29), today));
    }

    #[test]
    fn medians() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [400, 365, 380]), Some(380));
        assert_eq!(median(&mut [365, 380, 400, 371]), Some(376));
        assert_eq!(median(&mut [365, 366]), Some(366));
    }
}
