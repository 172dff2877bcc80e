//! `kumban report` on a small database built here, where every figure can
//! be worked out by hand (the sums are in the comments), in each format,
//! and its refusals and exit codes. Today is fixed at 2026-11-28.

mod support;

use kumban::model::*;
use support::shared::{kumban_alone, stderr, stdout};
use support::store::{TempDb, animal, calf, cow, day, household, pregnancy};

fn usd(major: i64) -> Money {
    Money::from_major(major, Currency::Usd)
}

fn lak(major: i64) -> Money {
    Money::from_major(major, Currency::Lak)
}

fn log(h: HouseholdId, date: Date, group: Group, flow: Flow, amount: Money) -> IncomeLog {
    IncomeLog {
        household: h,
        date,
        group,
        flow,
        amount,
        description: "by hand".into(),
        animal: None,
    }
}

/// Three households in two villages:
/// - BS-01 (Bansuo, cattle and weaving, baseline 900 USD)
/// - BS-02 (Bansuo, weaving, baseline 1,000,000 LAK)
/// - XL-01 (Xianglong, cattle, no baseline)
///
/// Cows: C1 of BS-01 and C2 of XL-01 (distributed 2017), C3 of XL-01
/// sold 2026-06-01; a bull B1; C1's calf born 2026-10-01. C2 served
/// 2026-03-01, expected 2026-12-09.
fn small_db() -> TempDb {
    let db = TempDb::new();
    let store = db.open();
    let (cattle, weaving) = (Group::cattle(), Group::weaving());
    let bs01 = store.insert(household("BS-01")).unwrap();
    let bs02 = store
        .insert(Household {
            head_name: "Vanna Keomany".into(),
            groups: vec![weaving.clone()],
            baseline_income: Some(lak(1_000_000)),
            ..household("BS-02")
        })
        .unwrap();
    let xl01 = store
        .insert(Household {
            head_name: "范锡宁".into(),
            village: "Xianglong".into(),
            groups: vec![cattle.clone()],
            baseline_income: None,
            ..household("XL-01")
        })
        .unwrap();
    let c1 = store.insert(cow("C1", bs01, None)).unwrap();
    let c2 = store.insert(cow("C2", xl01, None)).unwrap();
    store
        .insert(Animal {
            status: AnimalStatus::Sold {
                on: day(2026, 6, 1),
                price: usd(400),
            },
            ..cow("C3", xl01, None)
        })
        .unwrap();
    store.insert(animal("B1", Sex::Male, xl01, None)).unwrap();
    store.insert(calf("K1", c1, bs01)).unwrap();
    store.insert(pregnancy(c2, day(2026, 3, 1))).unwrap();
    let (inc, exp) = (Flow::Income, Flow::Expense);
    for l in [
        log(bs01, day(2025, 6, 1), weaving.clone(), inc, usd(100)),
        log(bs01, day(2026, 3, 10), weaving.clone(), inc, usd(500)),
        log(bs01, day(2026, 5, 2), cattle.clone(), inc, usd(1200)),
        log(bs01, day(2026, 5, 20), cattle.clone(), exp, usd(200)),
        log(bs01, day(2026, 7, 1), weaving.clone(), inc, lak(1_000_000)),
        log(bs02, day(2026, 3, 15), weaving.clone(), inc, usd(300)),
        log(bs02, day(2026, 4, 1), weaving.clone(), inc, lak(2_000_000)),
        log(bs02, day(2026, 4, 2), weaving.clone(), exp, lak(500_000)),
        log(xl01, day(2026, 8, 8), cattle.clone(), inc, usd(2500)),
    ] {
        store.insert(l).unwrap();
    }
    drop(store);
    db
}

fn report(db: &TempDb, args: &[&str]) -> std::process::Output {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    kumban_alone(&db.path(), &all)
}

/// Standard output of a report that must succeed.
fn ok(db: &TempDb, args: &[&str]) -> String {
    let o = report(db, args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

#[test]
fn households_are_ranked_by_net_with_a_column_set_per_currency() {
    let db = small_db();
    // USD is used by all three households, LAK by two: USD comes first
    // and ranks. Nets in USD: XL-01 2,500; BS-01 1,700 - 200 = 1,500;
    // BS-02 300. The 2025 log is not in 2026.
    assert_eq!(
        ok(&db, &["--year", "2026", "--format", "csv"]),
        "household,head,village,income USD,expense USD,net USD,income LAK,expense LAK,net LAK\n\
         XL-01,范锡宁,Xianglong,2500.00,0.00,2500.00,,,\n\
         BS-01,ນາງ ຄຳແພງ ສີສຸວັນ,Bansuo,1700.00,200.00,1500.00,1000000.00,0.00,1000000.00\n\
         BS-02,Vanna Keomany,Bansuo,300.00,0.00,300.00,2000000.00,500000.00,1500000.00\n"
    );
    let text = ok(&db, &["--year", "2026"]);
    assert!(text.starts_with("Income by household, 2026 (2026-01-01 to 2026-12-31)\n"));
    assert!(text.contains("1,000,000.00"), "{text}");
    assert!(text.contains("3 of 3 households"), "{text}");
    // Without --year: the year of --today.
    assert_eq!(ok(&db, &[]), text);
}

#[test]
fn villages_side_by_side() {
    let db = small_db();
    // Bansuo: USD 500 + 1,200 + 300 = 2,000 in, 200 out; LAK 3,000,000 in,
    // 500,000 out.
    assert_eq!(
        ok(&db, &["--by", "village", "--format", "csv"]),
        "village,households,income USD,expense USD,net USD,income LAK,expense LAK,net LAK\n\
         Bansuo,2,2000.00,200.00,1800.00,3000000.00,500000.00,2500000.00\n\
         Xianglong,1,2500.00,0.00,2500.00,,,\n"
    );
}

#[test]
fn groups_with_net_per_member_and_profit_per_cow() {
    let db = small_db();
    // cattle: members BS-01 and XL-01; 1,200 + 2,500 in, 200 out: net
    // 3,500 USD, 1,750 per member. weaving: members BS-01 and BS-02;
    // 800 USD, and 3,000,000 - 500,000 LAK: 1,250,000 per member.
    assert_eq!(
        ok(&db, &["--by", "group", "--format", "csv"]),
        "group,members,income USD,expense USD,net USD,net per member USD,income LAK,expense LAK,net LAK,net per member LAK\n\
         cattle,2,3700.00,200.00,3500.00,1750.00,,,,\n\
         weaving,2,800.00,0.00,800.00,400.00,3000000.00,500000.00,2500000.00,1250000.00\n"
    );
    // Cows at the end of 2026: C1, C2 and the calf K1 (C3 was sold):
    // 3,500 / 3 = 1,166.666…, truncated to the cent.
    let text = ok(&db, &["--by", "group"]);
    assert!(
        text.contains("Cattle profit per cow (3 cows at the end of 2026): 1,166.66 USD."),
        "{text}"
    );
    // At the end of 2025 the calf was not born and C3 not sold: C1, C2, C3.
    let earlier = ok(&db, &["--by", "group", "--year", "2025"]);
    assert!(earlier.contains("no cattle income or expense"), "{earlier}");
}

#[test]
fn months_make_the_trend_with_a_total() {
    let db = small_db();
    let csv = ok(
        &db,
        &["--by", "month", "--period", "2026-Q2", "--format", "csv"],
    );
    // April: LAK only; May: USD 1,200 in and 200 out; June: nothing.
    assert_eq!(
        csv,
        "month,logs,income LAK,expense LAK,net LAK,income USD,expense USD,net USD\n\
         2026-04,2,2000000.00,500000.00,1500000.00,0.00,0.00,0.00\n\
         2026-05,2,0.00,0.00,0.00,1200.00,200.00,1000.00\n\
         2026-06,0,0.00,0.00,0.00,0.00,0.00,0.00\n\
         total,4,2000000.00,500000.00,1500000.00,1200.00,200.00,1000.00\n"
    );
    let year = ok(&db, &["--by", "month", "--format", "csv"]);
    assert_eq!(year.lines().count(), 1 + 12 + 1, "{year}");
    assert!(year.contains("\ntotal,8,"), "{year}");
}

#[test]
fn baseline_against_the_period_in_the_baselines_currency() {
    let db = small_db();
    // BS-02: 1,000,000 LAK baseline, 1,500,000 LAK net; BS-01: 900 USD
    // baseline, 1,500 USD net. XL-01 has no baseline.
    assert_eq!(
        ok(&db, &["--by", "baseline", "--format", "csv"]),
        "household,head,village,currency,baseline,net,change,in other currencies\n\
         BS-02,Vanna Keomany,Bansuo,LAK,1000000.00,1500000.00,500000.00,300.00 USD\n\
         BS-01,ນາງ ຄຳແພງ ສີສຸວັນ,Bansuo,USD,900.00,1500.00,600.00,\"1,000,000.00 LAK\"\n"
    );
    // A quarter is compared with a quarter of the baseline: 225 USD
    // against 1,200 - 200.
    let q2 = ok(
        &db,
        &["--by", "baseline", "--period", "2026-Q2", "--format", "csv"],
    );
    assert!(
        q2.contains("\nBS-01,ນາງ ຄຳແພງ ສີສຸວັນ,Bansuo,USD,225.00,1000.00,775.00,\n"),
        "{q2}"
    );
}

#[test]
fn herd_by_month() {
    let db = small_db();
    let csv = ok(&db, &["--by", "herd", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "month,distributed,bought,born,sold,died,head,cows,pregnant"
    );
    // February: C1, C2, C3, B1; C2 not yet served.
    assert_eq!(lines[2], "2026-02,0,0,0,0,0,4,3,0");
    assert_eq!(lines[3], "2026-03,0,0,0,0,0,4,3,1");
    // C3 sold in June.
    assert_eq!(lines[6], "2026-06,0,0,0,1,0,3,2,1");
    // K1 born in October.
    assert_eq!(lines[10], "2026-10,0,0,1,0,0,4,3,1");
    // C2 is still pending in December (expected on the 9th).
    assert_eq!(lines[12], "2026-12,0,0,0,0,0,4,3,1");
    let distributed = ok(
        &db,
        &["--by", "herd", "--period", "2017-06", "--format", "csv"],
    );
    assert_eq!(distributed.lines().nth(1), Some("2017-06,4,0,0,0,0,4,3,0"));
}

#[test]
fn calving_calendar_looks_twelve_months_ahead() {
    let db = small_db();
    let csv = ok(&db, &["--by", "calvings", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 13, "{csv}");
    assert_eq!(lines[1], "2026-11,0,0,0,0,0");
    // 2026-03-01 + 283 days = 2026-12-09.
    assert_eq!(lines[2], "2026-12,1,0,0,1,0");
    assert_eq!(lines[12], "2027-10,0,0,0,0,0");
    let text = ok(&db, &["--by", "calvings"]);
    assert!(
        text.starts_with("Calving calendar, the 12 months from 2026-11 (2026-11-01 to 2027-10-31)"),
        "{text}"
    );
}

#[test]
fn json_has_the_documented_shape() {
    let db = small_db();
    let out = ok(
        &db,
        &["--by", "village", "--period", "2026-08", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["report"], "village");
    assert_eq!(v["period"]["label"], "2026-08");
    assert_eq!(v["period"]["from"], "2026-08-01");
    assert_eq!(v["period"]["to"], "2026-08-31");
    assert_eq!(v["columns"][2], "income USD");
    assert_eq!(v["rows"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["rows"][0]["village"], "Xianglong");
    assert_eq!(v["rows"][0]["households"], 1);
    assert_eq!(v["rows"][0]["net USD"], "2500.00");
    assert!(v["empty"].is_null());
}

#[test]
fn a_period_with_no_data_says_so() {
    let db = small_db();
    let text = ok(&db, &["--year", "2019"]);
    assert!(
        text.contains("No income or expense is recorded in 2019"),
        "{text}"
    );
    let o = report(&db, &["--year", "2019", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).lines().count(), 1, "header only");
    assert!(stderr(&o).contains("No income or expense is recorded in 2019"));
    let v: serde_json::Value =
        serde_json::from_str(&ok(&db, &["--year", "2019", "--format", "json"])).unwrap();
    assert_eq!(v["rows"].as_array().map(Vec::len), Some(0));
    assert!(v["empty"].as_str().is_some_and(|s| s.contains("2019")));
    let herd = ok(&db, &["--by", "herd", "--year", "2016"]);
    assert!(
        herd.contains("No cattle are recorded by the end of 2016"),
        "{herd}"
    );
    let calvings = ok(&db, &["--by", "calvings", "--year", "2020"]);
    assert!(
        calvings.contains("No calving is expected in 2020"),
        "{calvings}"
    );
}

#[test]
fn usage_errors_exit_2_and_list_the_choices() {
    let db = small_db();
    let o = report(&db, &["--by", "cow"]);
    assert_eq!(o.status.code(), Some(2));
    let msg = stderr(&o);
    assert!(
        msg.contains("household, village, group, month, baseline, herd, calvings"),
        "{msg}"
    );
    for args in [
        &["--period", "2026-13"][..],
        &["--period", "2026-Q5"],
        &["--year", "2026", "--period", "2026-01"],
        &["--format", "xml"],
        &["--year", "twenty"],
    ] {
        let o = report(&db, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn out_writes_a_file_and_says_when_it_cannot() {
    let db = small_db();
    let file = db.dir.path().join("village.csv");
    let file_arg = file.to_string_lossy().into_owned();
    let printed = ok(&db, &["--by", "village", "--format", "csv"]);
    let o = report(
        &db,
        &["--by", "village", "--format", "csv", "--out", &file_arg],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), printed);
    let missing = db.dir.path().join("no such folder").join("r.txt");
    let o = report(&db, &["--out", &missing.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cannot write the report"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn through_an_owner_the_sums_are_the_same() {
    let db = small_db();
    let args = ["report", "--by", "village", "--format", "csv"];
    let here = kumban_alone(&db.path(), &args);
    let shared = support::shared::kumban(&db.path(), &args);
    assert_eq!(shared.status.code(), Some(0), "{}", stderr(&shared));
    assert_eq!(stdout(&shared), stdout(&here));
    assert!(stdout(&shared).contains("Bansuo,2,2000.00,200.00,1800.00"));
    // The owner works every report out itself and sends the table: the
    // same bytes as worked out here, in JSON too (wide sums included).
    for by in [
        "household",
        "group",
        "month",
        "baseline",
        "herd",
        "calvings",
    ] {
        for format in ["csv", "json"] {
            let args = ["report", "--by", by, "--format", format, "--year", "2026"];
            let here = kumban_alone(&db.path(), &args);
            let shared = support::shared::kumban(&db.path(), &args);
            assert_eq!(shared.status.code(), Some(0), "{by}: {}", stderr(&shared));
            assert_eq!(stdout(&shared), stdout(&here), "{by} {format}");
        }
    }
    // With no rates recorded, everything is kept apart, the same way.
    let args = [
        "report",
        "--by",
        "household",
        "--currency",
        "USD",
        "--format",
        "json",
    ];
    let here = kumban_alone(&db.path(), &args);
    let shared = support::shared::kumban(&db.path(), &args);
    assert_eq!(stdout(&shared), stdout(&here));
    assert!(
        stdout(&shared).contains("not_converted"),
        "{}",
        stdout(&shared)
    );
}
