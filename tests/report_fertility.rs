//! Fertility measures through the store and the dashboard: hand-made
//! histories (a cow with one calving, one never pregnant, twins, a failed
//! service, a heifer too young to count), in two villages, read back as
//! `status --json` shows them.

mod support;

use kumban::model::*;
use kumban::report::Dashboard;
use support::store::*;

fn calved(cow: AnimalId, served: Date, on: Date) -> Pregnancy {
    let mut p = pregnancy(cow, served);
    p.confirmed_on = served.plus_days(60);
    p.outcome = Outcome::Calved { on, calf: None };
    p
}

fn failed(cow: AnimalId, served: Date) -> Pregnancy {
    let mut p = pregnancy(cow, served);
    p.outcome = Outcome::Lost {
        on: served.plus_days(45).unwrap(),
        reason: "not pregnant at the check".into(),
    };
    p
}

#[test]
fn fertility_of_the_project_of_each_village_and_of_a_household() {
    let db = TempDb::new();
    let store = db.open();
    let today = day(2026, 11, 28);
    let bansuo = store.insert(household("BS-01")).unwrap();
    let mut xl = household("XL-01");
    xl.village = "Xianglong".into();
    let xianglong = store.insert(xl).unwrap();

    // Calved twice, 410 days apart, the second within 12 months; one
    // failed service between.
    let twice = store.insert(cow("BS-C-1", bansuo, None)).unwrap();
    store
        .insert(calved(twice, day(2024, 1, 10), day(2024, 10, 19)))
        .unwrap();
    store.insert(failed(twice, day(2024, 12, 1))).unwrap();
    store
        .insert(calved(twice, day(2025, 2, 23), day(2025, 12, 3)))
        .unwrap();
    // Twins: two records of one calving, 380 days after her first.
    let twins = store.insert(cow("BS-C-2", bansuo, None)).unwrap();
    store
        .insert(calved(twins, day(2024, 3, 1), day(2024, 12, 9)))
        .unwrap();
    for _ in 0..2 {
        store
            .insert(calved(twins, day(2025, 3, 16), day(2025, 12, 24)))
            .unwrap();
    }
    // Never pregnant: two failed services.
    let never = store.insert(cow("BS-C-3", bansuo, None)).unwrap();
    store.insert(failed(never, day(2026, 2, 1))).unwrap();
    store.insert(failed(never, day(2026, 4, 1))).unwrap();
    // A heifer not yet 24 months old: not of breeding age.
    let mut heifer = cow("BS-C-4", bansuo, None);
    heifer.born_on = day(2025, 6, 1);
    heifer.origin = Origin::Bought {
        on: day(2025, 12, 1),
    };
    store.insert(heifer).unwrap();
    // Xianglong: one cow with one calving, long ago.
    let once = store.insert(cow("XL-C-1", xianglong, None)).unwrap();
    store
        .insert(calved(once, day(2022, 1, 1), day(2022, 10, 11)))
        .unwrap();

    let d = Dashboard::compute(&store, today).unwrap();
    let all = &d.fertility.all;
    // Intervals 410 (BS-C-1) and 380 (BS-C-2): median 395.
    assert_eq!(all.calving_interval_days_median, Some(395));
    // Calved in 12 months: BS-C-1, BS-C-2 of 4 of breeding age.
    assert_eq!((all.calved_12_months, all.breeding_age), (2, 4));
    // Services: BS-C-1 3, BS-C-2 2 (twins one), BS-C-3 2, XL-C-1 1;
    // conceptions 2 + 2 + 0 + 1.
    assert_eq!((all.services, all.conceptions), (8, 5));
    // Days open: BS-C-1 2024-10-19 to 2025-02-23 (127); BS-C-2 2024-12-09
    // to 2025-03-16 (97): median 112.
    assert_eq!(all.days_open_median, Some(112));

    let json = d.to_json();
    let f = &json["fertility"];
    assert_eq!(f["calving_interval_days_median"], 395);
    assert_eq!(f["calving_rate_12_months"], 0.5);
    assert_eq!(f["by_village"]["Bansuo"]["calving_rate_12_months"], 0.667);
    assert_eq!(f["by_village"]["Xianglong"]["calving_rate_12_months"], 0.0);
    assert!(f["by_village"]["Xianglong"]["calving_interval_days_median"].is_null());

    let h = kumban::report::fertility::of_household(&store, bansuo, today).unwrap();
    assert_eq!(h, d.fertility.by_village["Bansuo"]);
}

#[test]
fn no_breeding_records_give_nulls() {
    let db = TempDb::new();
    let store = db.open();
    let json = Dashboard::compute(&store, day(2026, 11, 28))
        .unwrap()
        .to_json();
    let f = &json["fertility"];
    assert!(f["calving_interval_days_median"].is_null(), "{f}");
    assert!(f["calving_rate_12_months"].is_null(), "{f}");
}

/// The dashboard's fertility is kept between calls and brought up to date
/// from the history: after each kind of write it must equal a full count,
/// and it must have moved where the write moves it.
#[test]
fn kept_fertility_follows_every_write() {
    use kumban::report::fertility::Fertility;
    let db = TempDb::new();
    let store = db.open();
    let today = day(2026, 11, 28);
    let same = |why: &str| {
        let kept = Fertility::compute(&store, today).unwrap();
        let counted = Fertility::recount(&store, today).unwrap();
        assert_eq!(kept, counted, "after {why}");
        kept
    };
    let empty = same("nothing");
    assert_eq!(empty.all.breeding_age, 0);

    let bansuo = store.insert(household("BS-01")).unwrap();
    let one = store.insert(cow("BS-C-1", bansuo, None)).unwrap();
    store
        .insert(calved(one, day(2024, 1, 10), day(2024, 10, 19)))
        .unwrap();
    let first = same("a cow and a calving");
    assert_eq!(first.all.breeding_age, 1);
    assert_eq!(first.all.calved_12_months, 0);

    let second = store
        .insert(calved(one, day(2025, 2, 23), day(2025, 12, 3)))
        .unwrap();
    let f = same("a second calving");
    assert_eq!(f.all.calving_interval_days_median, Some(410));
    assert_eq!(f.all.calved_12_months, 1);

    store
        .update(second, calved(one, day(2025, 3, 5), day(2025, 12, 13)))
        .unwrap();
    let f = same("a calving changed");
    assert_eq!(f.all.calving_interval_days_median, Some(420));

    let mut moved = household("BS-01");
    moved.village = "Xianglong".into();
    store.update(bansuo, moved).unwrap();
    let f = same("the household's village changed");
    assert!(f.by_village.contains_key("Xianglong"), "{f:?}");
    assert!(!f.by_village.contains_key("Bansuo"), "{f:?}");

    let mut sold = store.get::<Animal>(one).unwrap().unwrap().record;
    sold.status = AnimalStatus::Sold {
        on: day(2026, 1, 5),
        price: Money::from_major(4_000_000, Currency::Lak),
    };
    store.update(one, sold).unwrap();
    let f = same("the cow sold");
    assert_eq!(f.all.breeding_age, 0);

    let txn = store.last_txn().unwrap().unwrap();
    store.undo(txn).unwrap();
    let undone = same("the sale undone");
    assert_eq!(undone.all.breeding_age, 1);

    // A write that cannot move the figures keeps them as they were.
    store.insert(income(bansuo, today, 50_000)).unwrap();
    assert_eq!(same("an income log"), undone);

    // One that cannot, then one that can, followed together.
    store.insert(income(bansuo, today, 60_000)).unwrap();
    store.delete::<Pregnancy>(second).unwrap();
    let f = same("a calving deleted");
    assert_eq!(f.all.calving_interval_days_median, None);
    // Another day is counted again, not taken from the day before.
    let later = day(2027, 11, 28);
    assert_eq!(
        Fertility::compute(&store, later).unwrap(),
        Fertility::recount(&store, later).unwrap()
    );
}
