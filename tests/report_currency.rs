//! `kumban report --currency` on a small database where every converted
//! figure is worked out by hand in the comments: a rate that changes in
//! the middle of a month, a log before its currency's first rate, and a
//! currency with no rate at all. Today is fixed at 2026-11-28.

mod support;

use kumban::model::*;
use support::shared::{kumban_alone, stderr, stdout};
use support::store::{TempDb, day, household};

fn money(major: i64, c: Currency) -> Money {
    Money::from_major(major, c)
}

fn log(h: HouseholdId, date: Date, flow: Flow, amount: Money) -> IncomeLog {
    IncomeLog {
        household: h,
        date,
        group: Group::weaving(),
        flow,
        amount,
        description: "by hand".into(),
        animal: None,
    }
}

fn rate(date: Date, currency: Currency, value: &str) -> ExchangeRate {
    ExchangeRate {
        date,
        currency,
        value: RateValue::parse(value).unwrap(),
        base: Currency::Usd,
        source: "by hand".into(),
    }
}

/// Rates (base USD): LAK 0.00005 from 2026-02-01 (20,000 LAK a dollar)
/// and 0.0000625 from 2026-03-15 (16,000); THB 0.03125 from 2026-01-01
/// (32 THB a dollar); no CNY rate.
///
/// Logs: BS-01 (baseline 1,000,000 LAK): 1,000,000 LAK on 2026-01-20
/// (before LAK's first rate), 2,000,000 LAK on 2026-03-10 (100 USD) and
/// on 2026-03-20 (125 USD), 50 USD spent on 2026-03-20. BS-02: 3,200 THB
/// on 2026-02-01 (100 USD), 10 USD on 2026-04-01, 100 CNY on 2026-05-05.
fn small_db() -> TempDb {
    let db = TempDb::new();
    let store = db.open();
    let bs01 = store
        .insert(Household {
            baseline_income: Some(money(1_000_000, Currency::Lak)),
            ..household("BS-01")
        })
        .unwrap();
    let bs02 = store
        .insert(Household {
            head_name: "Vanna Keomany".into(),
            baseline_income: None,
            ..household("BS-02")
        })
        .unwrap();
    for r in [
        rate(day(2026, 2, 1), Currency::Lak, "0.00005"),
        rate(day(2026, 3, 15), Currency::Lak, "0.0000625"),
        rate(day(2026, 1, 1), Currency::Thb, "0.03125"),
    ] {
        store.insert(r).unwrap();
    }
    let (inc, exp) = (Flow::Income, Flow::Expense);
    for l in [
        log(bs01, day(2026, 1, 20), inc, money(1_000_000, Currency::Lak)),
        log(bs01, day(2026, 3, 10), inc, money(2_000_000, Currency::Lak)),
        log(bs01, day(2026, 3, 20), inc, money(2_000_000, Currency::Lak)),
        log(bs01, day(2026, 3, 20), exp, money(50, Currency::Usd)),
        log(bs02, day(2026, 2, 1), inc, money(3_200, Currency::Thb)),
        log(bs02, day(2026, 4, 1), inc, money(10, Currency::Usd)),
        log(bs02, day(2026, 5, 5), inc, money(100, Currency::Cny)),
    ] {
        store.insert(l).unwrap();
    }
    drop(store);
    db
}

fn report(db: &TempDb, args: &[&str]) -> std::process::Output {
    let mut all = vec!["report"];
    if !args.contains(&"--period") {
        all.extend(["--year", "2026"]);
    }
    all.extend_from_slice(args);
    kumban_alone(&db.path(), &all)
}

fn ok(db: &TempDb, args: &[&str]) -> String {
    let o = report(db, args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

#[test]
fn households_in_one_currency_with_what_has_no_rate_apart() {
    let db = small_db();
    // BS-01: 100 + 125 = 225 USD in (the March rate changes on the 15th),
    // 50 out; its January kip has no rate yet. BS-02: 100 + 10 USD; its
    // yuan has no rate at all.
    assert_eq!(
        ok(&db, &["--currency", "USD", "--format", "csv"]),
        "household,head,village,income USD,expense USD,net USD,\
         not converted income LAK,not converted expense LAK,not converted net LAK,\
         not converted income CNY,not converted expense CNY,not converted net CNY\n\
         BS-01,ນາງ ຄຳແພງ ສີສຸວັນ,Bansuo,225.00,50.00,175.00,1000000.00,0.00,1000000.00,,,\n\
         BS-02,Vanna Keomany,Bansuo,110.00,0.00,110.00,,,,100.00,0.00,100.00\n"
    );
    let text = ok(&db, &["--currency", "usd"]);
    // docs/reports.md shows this very report.
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/reports.md")).unwrap();
    assert!(doc.contains(&text), "docs/reports.md must show:\n{text}");
    assert!(
        text.starts_with("Income by household, 2026, in USD (2026-01-01 to 2026-12-31)\n"),
        "{text}"
    );
    assert!(!text.contains("not converted income"), "{text}");
    assert!(
        text.contains(
            "not converted (no rate for LAK before 2026-02-01): income 1,000,000.00 LAK, expense 0.00 LAK, net 1,000,000.00 LAK in 1 log\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("not converted (no rate for CNY): income 100.00 CNY, expense 0.00 CNY, net 100.00 CNY in 1 log\n"),
        "{text}"
    );
}

#[test]
fn converting_into_another_currency_goes_through_the_base() {
    let db = small_db();
    // BS-01: 100 USD = 3,200 THB, 125 USD = 4,000 THB, 50 USD = 1,600
    // THB. BS-02: 3,200 THB as it is, 10 USD = 320 THB.
    let csv = ok(&db, &["--currency", "THB", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[1].starts_with("BS-01,ນາງ ຄຳແພງ ສີສຸວັນ,Bansuo,7200.00,1600.00,5600.00,"),
        "{csv}"
    );
    assert!(
        lines[2].starts_with("BS-02,Vanna Keomany,Bansuo,3520.00,0.00,3520.00,"),
        "{csv}"
    );
}

#[test]
fn months_split_where_the_rate_changes() {
    let db = small_db();
    let csv = ok(
        &db,
        &[
            "--by",
            "month",
            "--period",
            "2026-Q1",
            "--currency",
            "USD",
            "--format",
            "csv",
        ],
    );
    assert_eq!(
        csv,
        "month,logs,income USD,expense USD,net USD,\
         not converted income LAK,not converted expense LAK,not converted net LAK\n\
         2026-01,1,0.00,0.00,0.00,1000000.00,0.00,1000000.00\n\
         2026-02,1,100.00,0.00,100.00,,,\n\
         2026-03,3,225.00,50.00,175.00,,,\n\
         total,5,325.00,50.00,275.00,1000000.00,0.00,1000000.00\n"
    );
    let json = ok(
        &db,
        &[
            "--by",
            "month",
            "--period",
            "2026-Q1",
            "--currency",
            "USD",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["not_converted"][0]["currency"], "LAK");
    assert_eq!(v["not_converted"][0]["income"], "1000000.00");
    assert_eq!(
        v["not_converted"][0]["reasons"][0],
        "no rate for LAK before 2026-02-01"
    );
}

#[test]
fn village_group_and_baseline_convert_too() {
    let db = small_db();
    let village = ok(
        &db,
        &["--by", "village", "--currency", "USD", "--format", "csv"],
    );
    assert!(
        village.contains(
            "\nBansuo,2,335.00,50.00,285.00,1000000.00,0.00,1000000.00,100.00,0.00,100.00\n"
        ),
        "{village}"
    );
    let group = ok(
        &db,
        &["--by", "group", "--currency", "USD", "--format", "csv"],
    );
    // weaving: both households are in no group today (members 0).
    assert!(group.contains("\nweaving,"), "{group}");
    assert!(group.contains(",335.00,50.00,285.00,"), "{group}");
    // BS-01's baseline, 1,000,000 LAK, at the rate of 2026-12-31
    // (0.0000625): 62.50 USD, against a net of 175 USD.
    let baseline = ok(
        &db,
        &["--by", "baseline", "--currency", "USD", "--format", "csv"],
    );
    assert!(
        baseline.contains("\nBS-01,ນາງ ຄຳແພງ ສີສຸວັນ,Bansuo,USD,62.50,175.00,112.50,\"1,000,000.00 LAK not converted\"\n"),
        "{baseline}"
    );
}

#[test]
fn without_currency_nothing_changes_and_an_unknown_one_is_a_usage_error() {
    let db = small_db();
    let plain = ok(&db, &["--format", "csv"]);
    // One column set per currency, the most used first, as before.
    assert!(
        plain.starts_with("household,head,village,income USD,expense USD,net USD,income CNY,"),
        "{plain}"
    );
    assert!(!plain.contains("not converted"), "{plain}");
    let o = report(&db, &["--currency", "EUR"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("choose one of LAK, USD, CNY, THB"),
        "{}",
        stderr(&o)
    );
}
