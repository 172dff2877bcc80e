//! Weighings of every demo animal: calves of 20 to 25 kg at birth,
//! growing 0.2 to 0.5 kg a day to an adult 250 to 350 kg (bulls a little
//! more), weighed when they came to the household and every so often after
//! until today or until they were sold or died. Worked out from the
//! animal's id alone, so the data set stays deterministic.

use super::DemoSummary;
use kumban_model::*;
use kumban_store::{Batch, StoreError};

/// Weighs every animal the batch has inserted so far, one weighing every
/// `every_days` from its arrival; returns how many weights were added.
pub fn weigh_all(
    b: &mut Batch<'_>,
    today: Date,
    every_days: u64,
    s: &mut DemoSummary,
) -> Result<(), StoreError> {
    for (id, animal) in b.inserted::<Animal>() {
        for w in weighings(id, &animal, today, every_days) {
            b.insert(w)?;
            s.weights += 1;
        }
    }
    Ok(())
}

/// An animal's weighings, oldest first.
fn weighings(id: AnimalId, a: &Animal, today: Date, every_days: u64) -> Vec<Weight> {
    let seed = id.0;
    let birth_tenths = 200 + (seed * 7 % 51) as u32;
    let grams_a_day = 200 + (seed * 37 % 301) as u32;
    let adult_tenths = match a.sex {
        Sex::Female => 2500 + (seed * 13 % 1001) as u32,
        Sex::Male => 3200 + (seed * 13 % 801) as u32,
    };
    let kg_on = |d: Date| -> Kg {
        let days = a.born_on.days_until(d).max(0) as u64;
        let grown = u64::from(birth_tenths) + days * u64::from(grams_a_day) / 100;
        // Grown up, a few kilograms up or down with the season.
        let season = (d.day_number() as u64 / 30 + seed) % 5;
        let tenths = match grown < u64::from(adult_tenths) {
            true => grown,
            false => (u64::from(adult_tenths) + season * 20).saturating_sub(40),
        };
        Kg(u32::try_from(tenths).unwrap_or(adult_tenths).max(1))
    };
    let (start, at_birth) = match a.origin {
        Origin::Distributed { on } | Origin::Bought { on } => (on, false),
        Origin::BornTo { .. } => (a.born_on, true),
    };
    let end = match &a.status {
        AnimalStatus::Active => today,
        AnimalStatus::Sold { on, .. } | AnimalStatus::Died { on, .. } => *on,
    };
    let mut out = Vec::new();
    let mut on = start;
    let mut n = 0u64;
    while on <= end && on <= today {
        out.push(Weight {
            animal: id,
            date: on,
            kg: kg_on(on),
            // Calves at birth and every third weighing on the hanging
            // scale; the girth tape otherwise.
            method: if (at_birth && n == 0) || (n + seed).is_multiple_of(3) {
                WeighMethod::Scale
            } else {
                WeighMethod::GirthTape
            },
            notes: if at_birth && n == 0 {
                "at birth".into()
            } else {
                String::new()
            },
        });
        n += 1;
        // Not every visit falls on the same day of the year.
        let Some(next) = on.plus_days(every_days + seed % 20) else {
            break;
        };
        on = next;
    }
    // A recent weighing of an animal still here, so its gain is current.
    if let (AnimalStatus::Active, Some(last)) = (&a.status, out.last())
        && let Some(recent) = today.minus_days(seed % 45)
        && last.date.days_until(recent) > 90
    {
        out.push(Weight {
            animal: id,
            date: recent,
            kg: kg_on(recent),
            method: WeighMethod::GirthTape,
            notes: String::new(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_model::weight::{daily_gain_grams, growth};

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    fn animal(born_on: Date, sex: Sex, origin: Origin) -> Animal {
        Animal {
            ear_tag: "BS-C-001".into(),
            sex,
            breed: "Lao native".into(),
            born_on,
            born_estimated: false,
            origin,
            household: HouseholdId(1),
            pen: None,
            status: AnimalStatus::Active,
            notes: String::new(),
        }
    }

    #[test]
    fn calves_are_born_light_and_cows_grow_to_an_adult_weight() {
        let today = day(2026, 11, 28);
        for seed in 1..200 {
            let calf = animal(
                day(2025, 3, 1),
                Sex::Female,
                Origin::BornTo { dam: AnimalId(1) },
            );
            let w = weighings(AnimalId(seed), &calf, today, 180);
            assert!((200..=250).contains(&w[0].kg.0), "{:?}", w[0]);
            assert_eq!(w[0].method, WeighMethod::Scale);
            let young = daily_gain_grams((w[0].date, w[0].kg), (w[1].date, w[1].kg)).unwrap();
            assert!((150..=550).contains(&young), "{young} g a day");
            let cow = animal(
                day(2014, 1, 10),
                Sex::Female,
                Origin::Distributed {
                    on: day(2017, 6, 15),
                },
            );
            let w = weighings(AnimalId(seed), &cow, today, 540);
            assert!(w.len() >= 5, "{}", w.len());
            for x in &w {
                assert!((2450..=3550).contains(&x.kg.0), "{x:?}");
                assert!(x.problems_on(today).is_empty(), "{x:?}");
            }
            let points: Vec<(Date, Kg)> = w.iter().map(|x| (x.date, x.kg)).collect();
            assert!(growth(&points).is_some());
        }
    }
}
