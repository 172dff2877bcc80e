//! Dashboard figures on small hand-made databases where the right answer
//! can be counted by eye. Today is fixed at 2026-11-28.

use kumban::model::*;
use kumban::report::{Dashboard, DueCalving};
use kumban::store::Store;
use tempfile::TempDir;

struct Db {
    _dir: TempDir,
    store: Store,
}

fn db() -> Db {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "tester").unwrap();
    Db { _dir: dir, store }
}

fn d(s: &str) -> Date {
    Date::parse(s, today()).unwrap()
}

mod support;

use support::today;

fn dash(db: &Db) -> Dashboard {
    Dashboard::compute(&db.store, today()).unwrap()
}

fn group(s: &str) -> Group {
    Group::parse(s).unwrap()
}

fn household(db: &Db, code: &str, groups: &[&str], demo: bool, poverty: Poverty) -> HouseholdId {
    db.store
        .insert(Household {
            code: code.into(),
            head_name: "ນາງ ຄຳແພງ ສີສຸວັນ".into(),
            village: "Bansuo".into(),
            members: 4,
            phone: None,
            groups: groups.iter().map(|g| group(g)).collect(),
            demonstration: demo,
            poverty,
            baseline_income: None,
            enrolled_on: d("2017-06-01"),
            notes: String::new(),
        })
        .unwrap()
}

fn hh(db: &Db, code: &str) -> HouseholdId {
    household(db, code, &["cattle"], true, Poverty::Poor)
}

fn pen(db: &Db, h: HouseholdId, capacity: u16, status: PenStatus) -> PenId {
    let inspected = status == PenStatus::Inspected;
    // Labels are unique within a household.
    let n = db.store.pens_of(h).unwrap().len() + 1;
    db.store
        .insert(Pen {
            household: h,
            label: format!("Pen {n}"),
            capacity,
            status,
            inspected_on: inspected.then(|| d("2018-03-01")),
            inspected_by: None,
            notes: String::new(),
            inspection_result: None,
            checklist_failed: Vec::new(),
            next_inspection: None,
        })
        .unwrap()
}

fn animal(
    db: &Db,
    tag: &str,
    sex: Sex,
    h: HouseholdId,
    pen: Option<PenId>,
    origin: Origin,
    status: AnimalStatus,
) -> AnimalId {
    db.store
        .insert(Animal {
            ear_tag: tag.into(),
            sex,
            breed: "Lao native".into(),
            born_on: d("2015-05-01"),
            born_estimated: true,
            origin,
            household: h,
            pen,
            status,
            notes: String::new(),
        })
        .unwrap()
}

fn distributed() -> Origin {
    Origin::Distributed {
        on: d("2017-06-15"),
    }
}

fn cow(db: &Db, tag: &str, h: HouseholdId) -> AnimalId {
    animal(
        db,
        tag,
        Sex::Female,
        h,
        None,
        distributed(),
        AnimalStatus::Active,
    )
}

fn sold() -> AnimalStatus {
    AnimalStatus::Sold {
        on: d("2026-03-01"),
        price: Money::from_major(450, Currency::Usd),
    }
}

fn died() -> AnimalStatus {
    AnimalStatus::Died {
        on: d("2026-02-01"),
        cause: "blackleg".into(),
    }
}

/// A pregnancy whose expected calving falls on `expected`.
fn pregnancy(db: &Db, cow: AnimalId, expected: Date, outcome: Outcome) -> PregnancyId {
    db.store
        .insert(Pregnancy {
            cow,
            service_date: expected.minus_days(283).unwrap(),
            method: Method::Ai,
            sire: None,
            confirmed_on: None,
            gestation_days: DEFAULT_GESTATION_DAYS,
            outcome,
            calving: Calving::default(),
        })
        .unwrap()
}

fn log(db: &Db, h: HouseholdId, date: &str, g: &str, flow: Flow, amount: &str) {
    db.store
        .insert(IncomeLog {
            household: h,
            date: d(date),
            group: group(g),
            flow,
            amount: Money::parse(amount, Currency::Usd).unwrap(),
            description: String::new(),
            animal: None,
        })
        .unwrap();
}

#[test]
fn an_empty_database_has_all_zero_figures() {
    let db = db();
    let x = dash(&db);
    assert_eq!(x.households.total, 0);
    assert!(x.households.groups.is_empty());
    assert_eq!(x.cattle.active, 0);
    assert!(x.income.groups.is_empty());
    assert!(x.income.cattle_profit_per_cow.is_empty());
    assert!(x.next_due.is_empty() && x.overdue_list.is_empty());
    assert_eq!(
        serde_json::to_string(&x.to_json()).unwrap(),
        concat!(
            r#"{"today":"2026-11-28","#,
            r#""households":{"total":0,"demonstration":0,"groups":{},"#,
            r#""poverty":{"poor":0,"near_poor":0,"not_poor":0,"exited":0}},"#,
            r#""people":{"total":0,"by_group":{}},"#,
            r#""pens":{"planned":0,"building":0,"built":0,"inspected":0,"over_capacity":0},"#,
            r#""cattle":{"active":0,"female":0,"male":0,"distributed":0,"born":0,"sold":0,"died":0},"#,
            r#""breeding":{"pregnant":0,"due_30_days":0,"overdue":0,"calved_this_year":0},"#,
            r#""fertility":{"calving_interval_days_median":null,"calving_rate_12_months":null,"by_village":{}},"#,
            r#""health":{"vaccinated_12_months":0,"due_30_days":0,"treatments_30_days":0},"#,
            r#""income":{"year":2026,"groups":{},"cattle_profit_per_cow":{}},"#,
            r#""due_next":{"total":0,"more":0,"listed":[]}}"#
        )
    );
    assert!(x.to_text().contains("nothing recorded this year"));
}

#[test]
fn households_by_group_demonstration_and_poverty() {
    let db = db();
    let exited = Poverty::Exited {
        on: d("2022-12-31"),
    };
    household(&db, "BS-01", &["cattle", "corn"], true, Poverty::Poor);
    household(&db, "BS-02", &["cattle", "weaving"], true, Poverty::Poor);
    household(&db, "BS-03", &["weaving"], true, Poverty::NearPoor);
    household(
        &db,
        "BS-04",
        &["corn", "rice-seed"],
        false,
        Poverty::NotPoor,
    );
    household(&db, "BS-05", &[], false, exited);
    household(&db, "BS-06", &["cattle"], false, exited);
    let h = dash(&db).households;
    assert_eq!((h.total, h.demonstration), (6, 3));
    let groups: Vec<(&str, u64)> = h.groups.iter().map(|(g, n)| (g.as_str(), *n)).collect();
    assert_eq!(
        groups,
        [("cattle", 3), ("corn", 2), ("rice-seed", 1), ("weaving", 2)]
    );
    let p = h.poverty;
    assert_eq!((p.poor, p.near_poor, p.not_poor, p.exited), (2, 1, 1, 2));
}

#[test]
fn pens_by_status_and_over_capacity() {
    let db = db();
    let h = hh(&db, "BS-01");
    pen(&db, h, 4, PenStatus::Planned);
    pen(&db, h, 4, PenStatus::Building);
    pen(&db, h, 4, PenStatus::Built);
    let full = pen(&db, h, 2, PenStatus::Inspected);
    let over = pen(&db, h, 1, PenStatus::Inspected);
    let f = Sex::Female;
    let active = AnimalStatus::Active;
    // Exactly at capacity, plus a dead animal still filed under the pen.
    animal(&db, "A-1", f, h, Some(full), distributed(), active.clone());
    animal(&db, "A-2", f, h, Some(full), distributed(), active.clone());
    animal(&db, "A-3", f, h, Some(full), distributed(), died());
    // Two active head in a pen for one.
    animal(&db, "A-4", f, h, Some(over), distributed(), active.clone());
    animal(&db, "A-5", f, h, Some(over), distributed(), active);
    let p = dash(&db).pens;
    assert_eq!(
        (p.planned, p.building, p.built, p.inspected, p.over_capacity),
        (1, 1, 1, 2, 1)
    );
}

#[test]
fn cattle_by_sex_origin_and_status() {
    let db = db();
    let h = hh(&db, "BS-01");
    let (f, m) = (Sex::Female, Sex::Male);
    let active = AnimalStatus::Active;
    let dam = animal(&db, "C-1", f, h, None, distributed(), active.clone());
    animal(&db, "C-2", f, h, None, distributed(), sold());
    animal(&db, "C-3", m, h, None, distributed(), active.clone());
    let born = Origin::BornTo { dam };
    animal(&db, "C-4", f, h, None, born, active.clone());
    animal(&db, "C-5", m, h, None, born, died());
    animal(&db, "C-6", m, h, None, born, sold());
    let bought = Origin::Bought {
        on: d("2023-05-10"),
    };
    animal(&db, "C-7", m, h, None, bought, active);
    let c = dash(&db).cattle;
    assert_eq!((c.active, c.female, c.male), (4, 2, 2));
    assert_eq!((c.distributed, c.born), (3, 3));
    assert_eq!((c.sold, c.died), (2, 1));
}

#[test]
fn breeding_windows_are_exact_at_30_and_14_days() {
    let db = db();
    let h = hh(&db, "BS-01");
    let t = today();
    let mut n = 0;
    let mut pending = |days: i64| -> (AnimalId, PregnancyId) {
        n += 1;
        let c = cow(&db, &format!("P-{n}"), h);
        let expected = if days >= 0 {
            t.plus_days(days as u64).unwrap()
        } else {
            t.minus_days(days.unsigned_abs()).unwrap()
        };
        (c, pregnancy(&db, c, expected, Outcome::Pending))
    };
    let (_, due_today) = pending(0);
    let (_, due_last) = pending(30);
    pending(31); // beyond the window
    let (_, late_one) = pending(-1); // past expected, still within the 14-day grace
    let (_, late_fourteen) = pending(-14); // grace ends: not yet overdue
    let (_, overdue_first) = pending(-15);
    let (_, overdue_long) = pending(-40);
    let (_, in_ten) = pending(10);
    // Closed pregnancies are never due or overdue.
    let (c, _) = pending(-100);
    let lost = Outcome::Lost {
        on: d("2026-08-01"),
        reason: "aborted".into(),
    };
    let mut closed = db.store.pregnancies_of(c).unwrap().remove(0);
    closed.record.outcome = lost;
    db.store
        .update(PregnancyId(closed.id), closed.record)
        .unwrap();
    pregnancy(
        &db,
        c,
        t.plus_days(5).unwrap(),
        Outcome::Calved { on: t, calf: None },
    );

    let x = dash(&db);
    let b = &x.breeding;
    assert_eq!(b.pregnant, 8);
    assert_eq!(b.due_30_days, 3);
    assert_eq!(b.overdue, 2);

    let ids = |l: &[DueCalving]| l.iter().map(|d| d.pregnancy).collect::<Vec<_>>();
    // Late calvings still in their grace period head the list, so none
    // falls between the due and overdue lists.
    assert_eq!(
        ids(&x.next_due),
        [late_fourteen, late_one, due_today, in_ten, due_last]
    );
    assert_eq!(ids(&x.overdue_list), [overdue_long, overdue_first]);
    assert_eq!(x.next_due[0].days, -14);
    let first = &x.next_due[2];
    assert_eq!(
        (first.cow_tag.as_str(), first.household_code.as_str()),
        ("P-1", "BS-01")
    );
    assert_eq!((first.expected, first.days), (t, 0));
    assert_eq!(x.next_due[4].days, 30);
    assert_eq!(x.overdue_list[0].days, -40);
    assert_eq!(x.overdue_list[1].days, -15);
}

#[test]
fn next_due_lists_the_ten_soonest() {
    let db = db();
    let h = hh(&db, "BS-01");
    // Inserted latest first, to show the list is sorted by date, not id.
    for i in (0..12u64).rev() {
        let c = cow(&db, &format!("Q-{i:02}"), h);
        pregnancy(&db, c, today().plus_days(i * 2).unwrap(), Outcome::Pending);
    }
    let x = dash(&db);
    assert_eq!(x.breeding.due_30_days, 12);
    let tags: Vec<&str> = x.next_due.iter().map(|d| d.cow_tag.as_str()).collect();
    assert_eq!(
        tags,
        [
            "Q-00", "Q-01", "Q-02", "Q-03", "Q-04", "Q-05", "Q-06", "Q-07", "Q-08", "Q-09"
        ]
    );
    let text = x.to_text();
    assert!(text.contains("    ... and 7 more\n"), "{text}");
}

#[test]
fn calved_this_year_counts_only_this_calendar_year() {
    let db = db();
    let h = hh(&db, "BS-01");
    let calved = |on: &str| Outcome::Calved {
        on: d(on),
        calf: None,
    };
    let c1 = cow(&db, "K-1", h);
    pregnancy(&db, c1, d("2025-12-31"), calved("2025-12-31"));
    pregnancy(&db, c1, d("2026-01-01"), calved("2026-01-01"));
    let c2 = cow(&db, "K-2", h);
    pregnancy(&db, c2, d("2026-11-28"), calved("2026-11-28"));
    let c3 = cow(&db, "K-3", h);
    let lost = Outcome::Lost {
        on: d("2026-05-01"),
        reason: "aborted".into(),
    };
    pregnancy(&db, c3, d("2026-06-01"), lost);
    // A calving recorded through the store's own calving step counts too.
    let p = pregnancy(&db, c3, d("2026-10-01"), Outcome::Pending);
    db.store.record_calving(p, d("2026-10-03"), None).unwrap();
    let b = dash(&db).breeding;
    assert_eq!(b.calved_this_year, 3);
    // Counted from the year's running total, so a calving dated after today
    // in the same year counts too (docs/status-json.md says so).
    let c4 = cow(&db, "K-4", h);
    pregnancy(&db, c4, d("2026-12-20"), calved("2026-12-20"));
    assert_eq!(dash(&db).breeding.calved_this_year, 4);
    let b = dash(&db).breeding;
    assert_eq!(b.pregnant, 0);
}

#[test]
fn income_by_group_and_currency_this_year_only() {
    let db = db();
    let weaver1 = household(&db, "BS-01", &["weaving", "cattle"], true, Poverty::Poor);
    let weaver2 = household(&db, "BS-02", &["weaving"], true, Poverty::Poor);
    let weaver3 = household(&db, "BS-03", &["weaving", "corn"], true, Poverty::Poor);
    use Flow::{Expense, Income};
    log(&db, weaver1, "2026-01-01", "weaving", Income, "1000 USD");
    log(
        &db,
        weaver2,
        "2026-11-28",
        "weaving",
        Income,
        "1,000.01 USD",
    );
    log(&db, weaver3, "2026-06-01", "weaving", Expense, "100 USD");
    log(
        &db,
        weaver3,
        "2026-06-01",
        "weaving",
        Income,
        "1,200,000 LAK",
    );
    // Outside this year to date: last year, and a mistyped future date.
    log(&db, weaver1, "2025-12-31", "weaving", Income, "5000 USD");
    log(&db, weaver1, "2026-11-29", "weaving", Income, "5000 USD");
    // Income in a group that no household belongs to.
    log(&db, weaver2, "2026-03-01", "mushrooms", Income, "30 THB");

    let x = dash(&db);
    let i = &x.income;
    assert_eq!(i.year, 2026);
    let names: Vec<&str> = i.groups.keys().map(|g| g.as_str()).collect();
    assert_eq!(names, ["cattle", "corn", "mushrooms", "weaving"]);
    assert_eq!(x.households.groups[&group("mushrooms")], 0);
    assert!(i.groups[&group("cattle")].is_empty());

    let weaving = &i.groups[&group("weaving")];
    let usd = &weaving[&Currency::Usd];
    assert_eq!(usd.income, Money::new(200_001, Currency::Usd));
    assert_eq!(usd.expense, Money::new(10_000, Currency::Usd));
    // (2000.01 - 100.00) / 3 = 633.336..., truncated to the cent.
    assert_eq!(usd.per_member, Some(Money::new(63_333, Currency::Usd)));
    let lak = &weaving[&Currency::Lak];
    assert_eq!(lak.income, Money::new(120_000_000, Currency::Lak));
    assert_eq!(lak.expense, Money::new(0, Currency::Lak));
    assert_eq!(lak.per_member, Some(Money::new(40_000_000, Currency::Lak)));

    let mushrooms = &i.groups[&group("mushrooms")][&Currency::Thb];
    assert_eq!(mushrooms.per_member, None);

    let json = x.to_json();
    assert_eq!(
        json["income"]["groups"]["weaving"],
        serde_json::json!({
            "LAK": {"income": "1200000.00", "expense": "0.00", "per_member": "400000.00", "per_member_basis": "households"},
            "USD": {"income": "2000.01", "expense": "100.00", "per_member": "633.33", "per_member_basis": "households"},
        })
    );
    assert_eq!(
        json["income"]["groups"]["mushrooms"],
        serde_json::json!({"THB": {"income": "30.00", "expense": "0.00"}})
    );
    assert_eq!(json["income"]["groups"]["cattle"], serde_json::json!({}));
}

#[test]
fn negative_per_member_truncates_toward_zero() {
    let db = db();
    let a = household(&db, "BS-01", &["corn"], true, Poverty::Poor);
    household(&db, "BS-02", &["corn"], true, Poverty::Poor);
    household(&db, "BS-03", &["corn"], true, Poverty::Poor);
    log(&db, a, "2026-04-01", "corn", Flow::Expense, "1.00 THB");
    let x = dash(&db);
    let corn = &x.income.groups[&group("corn")][&Currency::Thb];
    // -100 / 3 = -33.3 minor units: -0.33, not -0.34.
    assert_eq!(corn.per_member, Some(Money::new(-33, Currency::Thb)));
    assert_eq!(
        x.to_json()["income"]["groups"]["corn"]["THB"]["per_member"],
        "-0.33"
    );
}

#[test]
fn cattle_profit_per_active_cow() {
    let db = db();
    let h = hh(&db, "BS-01");
    let w = household(&db, "BS-02", &["weaving"], true, Poverty::Poor);
    // Three active cows count; a bull, a sold cow and a dead cow do not.
    cow(&db, "C-1", h);
    cow(&db, "C-2", h);
    cow(&db, "C-3", h);
    let f = Sex::Female;
    animal(
        &db,
        "C-4",
        Sex::Male,
        h,
        None,
        distributed(),
        AnimalStatus::Active,
    );
    animal(&db, "C-5", f, h, None, distributed(), sold());
    animal(&db, "C-6", f, h, None, distributed(), died());
    log(&db, h, "2026-10-12", "cattle", Flow::Income, "1,545 USD");
    log(&db, h, "2026-04-12", "cattle", Flow::Expense, "105 USD");
    log(&db, h, "2026-05-01", "cattle", Flow::Expense, "100,000 LAK");
    log(&db, h, "2025-10-12", "cattle", Flow::Income, "9,999 USD");
    log(&db, w, "2026-10-12", "weaving", Flow::Income, "800 USD");
    let x = dash(&db);
    let per_cow: Vec<String> = x
        .income
        .cattle_profit_per_cow
        .values()
        .map(|m| m.to_string())
        .collect();
    // (1545 - 105) / 3 = 480 USD; (0 - 100,000) / 3 LAK, to the cent.
    assert_eq!(per_cow, ["-33,333.33 LAK", "480.00 USD"]);
    assert_eq!(
        x.to_json()["income"]["cattle_profit_per_cow"],
        serde_json::json!({"LAK": "-33333.33", "USD": "480.00"})
    );
    assert!(
        x.to_text()
            .contains("  cattle profit per cow: -33,333.33 LAK, 480.00 USD\n")
    );
}

#[test]
fn no_cows_means_no_profit_per_cow() {
    let db = db();
    let h = hh(&db, "BS-01");
    log(&db, h, "2026-10-12", "cattle", Flow::Income, "900 USD");
    let x = dash(&db);
    assert!(x.income.cattle_profit_per_cow.is_empty());
    assert_eq!(
        x.to_json()["income"]["cattle_profit_per_cow"],
        serde_json::json!({})
    );
    assert!(!x.to_text().contains("profit per cow"));
}

/// The one small database whose whole JSON and text are pinned below.
fn small(db: &Db) {
    let a = household(db, "BS-01", &["cattle", "weaving"], true, Poverty::Poor);
    let b = household(
        db,
        "BS-02",
        &["weaving"],
        false,
        Poverty::Exited {
            on: d("2024-12-31"),
        },
    );
    let p = pen(db, a, 2, PenStatus::Inspected);
    pen(db, b, 3, PenStatus::Building);
    let c = animal(
        db,
        "BS-C-001",
        Sex::Female,
        a,
        Some(p),
        distributed(),
        AnimalStatus::Active,
    );
    animal(
        db,
        "BS-C-002",
        Sex::Male,
        a,
        Some(p),
        Origin::BornTo { dam: c },
        sold(),
    );
    pregnancy(db, c, d("2026-12-09"), Outcome::Pending);
    log(
        db,
        a,
        "2026-10-12",
        "cattle",
        Flow::Income,
        "1,245,000.50 LAK",
    );
    log(db, a, "2026-04-12", "cattle", Flow::Expense, "45,000 LAK");
    log(db, a, "2026-03-20", "weaving", Flow::Income, "67 USD");
    log(db, b, "2026-03-21", "weaving", Flow::Income, "66 USD");
}

#[test]
fn json_of_a_small_database() {
    let db = db();
    small(&db);
    let json = serde_json::to_string_pretty(&dash(&db).to_json()).unwrap();
    let expected = r#"{
  "today": "2026-11-28",
  "households": {
    "total": 2,
    "demonstration": 1,
    "groups": {
      "cattle": 1,
      "weaving": 2
    },
    "poverty": {
      "poor": 1,
      "near_poor": 0,
      "not_poor": 0,
      "exited": 1
    }
  },
  "people": {
    "total": 0,
    "by_group": {}
  },
  "pens": {
    "planned": 0,
    "building": 1,
    "built": 0,
    "inspected": 1,
    "over_capacity": 0
  },
  "cattle": {
    "active": 1,
    "female": 1,
    "male": 0,
    "distributed": 1,
    "born": 1,
    "sold": 1,
    "died": 0
  },
  "breeding": {
    "pregnant": 1,
    "due_30_days": 1,
    "overdue": 0,
    "calved_this_year": 0
  },
  "fertility": {
    "calving_interval_days_median": null,
    "calving_rate_12_months": 0.0,
    "by_village": {
      "Bansuo": {
        "calving_interval_days_median": null,
        "calving_rate_12_months": 0.0
      }
    }
  },
  "health": {
    "vaccinated_12_months": 0,
    "due_30_days": 0,
    "treatments_30_days": 0
  },
  "income": {
    "year": 2026,
    "groups": {
      "cattle": {
        "LAK": {
          "income": "1245000.50",
          "expense": "45000.00",
          "per_member": "1200000.50",
          "per_member_basis": "households"
        }
      },
      "weaving": {
        "USD": {
          "income": "133.00",
          "expense": "0.00",
          "per_member": "66.50",
          "per_member_basis": "households"
        }
      }
    },
    "cattle_profit_per_cow": {
      "LAK": "1200000.50"
    }
  },
  "due_next": {
    "total": 1,
    "more": 0,
    "listed": [
      {
        "pregnancy": 1,
        "cow": "BS-C-001",
        "household": "BS-01",
        "expected": "2026-12-09",
        "days": 11
      }
    ]
  }
}"#;
    assert_eq!(json, expected);
}

#[test]
fn text_of_a_small_database() {
    let db = db();
    small(&db);
    let text = dash(&db).to_text();
    let expected = "\
kumban status, 2026-11-28

Households  2 (1 demonstration)
  poverty   poor 1, near-poor 0, not poor 0, exited 1
  groups    cattle 1, weaving 2
Pens        planned 0, building 1, built 0, inspected 1, over capacity 0
Cattle      1 active (1 female, 0 male)
            distributed 1, born 1, sold 1, died 0
Breeding    1 pregnant, 1 due in 30 days, 0 overdue, 0 calved this year
Fertility   interval — days, 0% calved in a year, — services/conception
  Due next:
    2026-12-09  in 11 days    BS-C-001 (BS-01)

Income 2026, 1 January to 2026-11-28
  group    cur        income    expense           net    per member
  cattle   LAK  1,245,000.50  45,000.00  1,200,000.50  1,200,000.50
  weaving  USD        133.00       0.00        133.00         66.50
  per household, as no member is recorded: cattle, weaving
  cattle profit per cow: 1,200,000.50 LAK
";
    assert_eq!(text, expected);
}

#[test]
fn text_stays_within_80_columns_with_long_names_and_huge_amounts() {
    let db = db();
    let long = "rice-seed-and-fish-ponds"; // 24 letters, the longest allowed
    let groups = ["cattle", "corn", "weaving", long, "mushrooms", "ducks"];
    let h = household(&db, "BS-0000000000000001", &groups, true, Poverty::Poor);
    for g in groups {
        log(
            &db,
            h,
            "2026-05-01",
            g,
            Flow::Income,
            "99,999,999,999.99 LAK",
        );
        log(
            &db,
            h,
            "2026-05-02",
            g,
            Flow::Expense,
            "1,000,000,000.00 LAK",
        );
    }
    for i in 0..3 {
        let c = cow(&db, &format!("BS-C-0000000000000{i:02}"), h);
        pregnancy(&db, c, d("2026-11-01"), Outcome::Pending);
    }
    let text = dash(&db).to_text();
    for l in text.lines() {
        assert!(l.chars().count() <= 80, "{} columns: {l}", l.len());
    }
    assert!(text.contains("income 99,999,999,999.99"), "{text}");
    assert!(text.contains(&format!("  {long} LAK: income")), "{text}");
    assert!(text.contains("27 days ago   BS-C-000000000000000 (BS-0000000000000001)"));
}

/// The largest amount an income log can hold, in minor units (issue 12,
/// item 8: three of these used to wrap to 92,233,720,368,547,757.84).
const HUGE: &str = "92,233,720,368,547,758 LAK";

fn income_log(h: HouseholdId, flow: Flow, minor: i64) -> IncomeLog {
    IncomeLog {
        household: h,
        date: d("2026-03-01"),
        group: group("cattle"),
        flow,
        amount: Money::new(minor, Currency::Lak),
        description: String::new(),
        animal: None,
    }
}

#[test]
fn totals_past_the_largest_are_refused_never_clamped() {
    let db = db();
    let h = hh(&db, "BS-01");
    let huge = Money::parse(HUGE, Currency::Usd).unwrap();
    let history = db.store.history().count();
    // Three at once, as one import writes them: refused, nothing kept.
    let err = db
        .store
        .batch(|b| {
            for _ in 0..3 {
                b.insert(income_log(h, Flow::Income, huge.minor))?;
            }
            Ok(())
        })
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "the income log was not saved: amount: the income of the cattle group in 2026 would add up to \
         276,701,161,105,643,274.00 LAK, more than 92,233,720,368,547,758.07 LAK, the largest total \
         kumban keeps; check the amount (a digit too many?)"
    );
    assert_eq!(db.store.history().count(), history, "nothing written");
    assert!(dash(&db).income.groups[&group("cattle")].is_empty());

    // One at a time: the first fits, the second would pass the limit.
    db.store
        .insert(income_log(h, Flow::Income, huge.minor))
        .unwrap();
    let err = db
        .store
        .insert(income_log(h, Flow::Income, huge.minor))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("would add up to 184,467,440,737,095,516.00 LAK, more than 92,233,720,368,547,758.07 LAK"),
        "{err}"
    );
    let x = dash(&db);
    let lak = &x.income.groups[&group("cattle")][&Currency::Lak];
    assert_eq!(lak.income, huge);
    assert_eq!(
        x.to_json()["income"]["groups"]["cattle"]["LAK"]["income"],
        "92233720368547758.00"
    );
    // Expense as large as the income: the net is exact, not an overflow.
    db.store
        .insert(income_log(h, Flow::Expense, i64::MAX))
        .unwrap();
    let x = dash(&db);
    let lak = &x.income.groups[&group("cattle")][&Currency::Lak];
    assert_eq!(
        lak.per_member,
        Some(Money::new(huge.minor - i64::MAX, Currency::Lak))
    );
}

mod sums {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Whatever amounts are logged, the dashboard shows their exact
        /// sum (worked out here in i128), or the write that would pass
        /// the largest total is refused and changes nothing.
        #[test]
        fn the_reported_sum_is_the_exact_sum(
            logs in proptest::collection::vec(
                (any::<bool>(), prop_oneof![1i64..1_000_000, (i64::MAX / 4)..=i64::MAX], 1usize..4),
                1..8,
            ),
            members in 1usize..4,
        ) {
            let db = db();
            let mut ids = Vec::new();
            for n in 0..members {
                ids.push(household(&db, &format!("BS-{n:02}"), &["cattle"], true, Poverty::Poor));
            }
            let (mut income, mut expense) = (0i128, 0i128);
            for (is_income, minor, copies) in logs {
                let flow = if is_income { Flow::Income } else { Flow::Expense };
                let added = i128::from(minor) * copies as i128;
                let result = db.store.batch(|b| {
                    for _ in 0..copies {
                        b.insert(income_log(ids[0], flow, minor))?;
                    }
                    Ok(())
                });
                let slot = if is_income { &mut income } else { &mut expense };
                if *slot + added <= i128::from(i64::MAX) {
                    prop_assert!(result.is_ok(), "{result:?}");
                    *slot += added;
                } else {
                    let err = result.unwrap_err().to_string();
                    prop_assert!(err.contains("the largest total kumban keeps"), "{err}");
                }
            }
            let x = dash(&db);
            let figures = x.income.groups[&group("cattle")].get(&Currency::Lak);
            let shown = figures.map_or((0, 0), |m| (m.income.minor, m.expense.minor));
            prop_assert_eq!((i128::from(shown.0), i128::from(shown.1)), (income, expense));
            if let Some(m) = figures {
                let per_member = (income - expense) / members as i128;
                prop_assert_eq!(m.per_member.map(|p| i128::from(p.minor)), Some(per_member));
                let json = x.to_json();
                // The sum is never negative: whole units, then two decimals.
                let exact = format!("{}.{:02}", income / 100, income % 100);
                prop_assert_eq!(
                    json["income"]["groups"]["cattle"]["LAK"]["income"].as_str(),
                    Some(exact.as_str())
                );
            }
        }
    }
}

fn person(db: &Db, h: HouseholdId, name: &str, groups: &[&str]) {
    db.store
        .insert(Member {
            household: h,
            name: name.into(),
            sex: Sex::Female,
            birth_year: 1990,
            relation: Relation::Child,
            works: !groups.is_empty(),
            groups: groups.iter().map(|g| group(g)).collect(),
            notes: String::new(),
        })
        .unwrap();
}

/// Per member is per person working in the group; a group with no person
/// recorded still divides by its households, and says so.
#[test]
fn income_per_member_divides_among_the_people_of_the_group() {
    use Flow::*;
    let db = db();
    let a = household(&db, "BS-01", &["weaving", "corn"], true, Poverty::Poor);
    let b = household(&db, "BS-02", &["weaving", "corn"], true, Poverty::Poor);
    // Three weavers in two households; one who weaves nothing.
    person(&db, a, "ນາງ ແກ້ວ", &["weaving"]);
    person(&db, a, "Dao", &["weaving"]);
    person(&db, b, "王芳", &["weaving"]);
    person(&db, b, "Noy", &[]);
    log(&db, a, "2026-03-01", "weaving", Income, "2,400 USD");
    log(&db, b, "2026-03-01", "corn", Income, "300 USD");

    let x = dash(&db);
    assert_eq!(x.people.total, 4);
    assert_eq!(x.people.by_group.get(&group("weaving")), Some(&3));
    assert_eq!(x.people.by_group.get(&group("corn")), None);
    let weaving = &x.income.groups[&group("weaving")][&Currency::Usd];
    assert_eq!(
        weaving.per_member,
        Some(Money::from_major(800, Currency::Usd))
    );
    let corn = &x.income.groups[&group("corn")][&Currency::Usd];
    // Nobody is recorded in corn: 300 / 2 households.
    assert_eq!(corn.per_member, Some(Money::from_major(150, Currency::Usd)));

    let json = x.to_json();
    assert_eq!(
        json["people"],
        serde_json::json!({"total": 4, "by_group": {"weaving": 3}})
    );
    assert_eq!(
        json["income"]["groups"]["weaving"]["USD"]["per_member_basis"],
        "people"
    );
    assert_eq!(
        json["income"]["groups"]["corn"]["USD"]["per_member_basis"],
        "households"
    );
    let text = x.to_text();
    assert!(
        text.contains("\n  people    4 recorded, weaving 3\n"),
        "{text}"
    );
    assert!(
        text.contains("\n  per household, as no member is recorded: corn\n"),
        "{text}"
    );
}
