//! The district roll-up (issue 14, item 5): `kumban export --format dhis2
//! --period YYYY-MM` and its CSV twin, checked against the shapes DHIS2's
//! developer guide documents for `/api/dataValueSets`, against figures
//! counted by hand on a small database, and for its refusals.

use kumban::interchange::dhis2::{self, Mapping, Shape, values};
use kumban::model::*;
use serde_json::Value as Json;
use std::collections::BTreeSet;
use std::path::Path;
use support::dhis2::{Row, csv_rows, json_rows};
use support::shared::{kumban, kumban_alone, stderr, stdout};
use support::store::*;

mod support;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn demo(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("db");
    let o = kumban(&db, &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("An example DHIS2 mapping is in "),
        "{}",
        stdout(&o)
    );
    db
}

fn nov() -> Period {
    Period {
        year: 2026,
        month: 11,
    }
}

#[test]
fn the_demo_exports_a_data_value_set_of_dhis2s_documented_shape() {
    let tmp = tempfile::tempdir().unwrap();
    let db = demo(tmp.path());
    let file = tmp.path().join("nov.json");
    let o = kumban(
        &db,
        &[
            "export",
            "--format",
            "dhis2",
            "--period",
            "2026-11",
            "--out",
            s(&file),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with(
            "Exported the DHIS2 data value set of 2026-11: 38 values for 2 villages to "
        ),
        "{}",
        stdout(&o)
    );
    let doc: Json = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let rows = json_rows(&doc);
    assert_eq!(
        rows.len(),
        2 * (11 + 2 * 4),
        "every indicator of both villages"
    );
    let money = ["KB_INCOME", "KB_EXPENSE"];
    for (de, period, ou, coc, value) in &rows {
        assert_eq!(period, "202611");
        assert!(["KB-BANSUO", "KB-XIANGLONG"].contains(&ou.as_str()), "{ou}");
        assert_eq!(money.contains(&de.as_str()), !coc.is_empty(), "{de} {coc}");
        assert!(value.parse::<f64>().is_ok(), "{value} is a number");
    }
    let find = |de: &str, ou: &str, coc: &str| {
        rows.iter()
            .find(|r| r.0 == de && r.2 == ou && r.3 == coc)
            .map(|r| r.4.clone())
    };
    // The dashboard's figures on the same day: 40 Bansuo households, 134
    // head active (132 in Bansuo, 2 in Xianglong), 60 cows pregnant.
    assert_eq!(
        find("KB_HOUSEHOLDS_ENROLLED", "KB-BANSUO", "").as_deref(),
        Some("40")
    );
    assert_eq!(
        find("KB_HOUSEHOLDS_ENROLLED", "KB-XIANGLONG", "").as_deref(),
        Some("6")
    );
    assert_eq!(
        find("KB_CATTLE_ACTIVE", "KB-BANSUO", "").as_deref(),
        Some("132")
    );
    assert_eq!(
        find("KB_CATTLE_ACTIVE", "KB-XIANGLONG", "").as_deref(),
        Some("2")
    );
    assert_eq!(
        find("KB_COWS_PREGNANT", "KB-BANSUO", "").as_deref(),
        Some("60")
    );

    // The CSV holds the same values, row for row, to standard output.
    let o = kumban(
        &db,
        &[
            "export", "--format", "csv", "--period", "2026-11", "--out", "-",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(csv_rows(&o.stdout), rows);
    assert!(stderr(&o).contains("38 values for 2 villages to standard output."));
}

/// Two villages, figures counted by hand for November 2026.
fn small_district(store: &kumban::store::Store) {
    let h1 = store.insert(household("BS-01")).unwrap();
    let late = Household {
        enrolled_on: day(2026, 12, 2),
        ..household("BS-02")
    };
    store.insert(late).unwrap();
    let exited = Household {
        village: "Xianglong".into(),
        demonstration: false,
        poverty: Poverty::Exited {
            on: day(2026, 11, 15),
        },
        ..household("XL-01")
    };
    let h3 = store.insert(exited).unwrap();

    // BS-01: a cow from 2017 (pregnant), one distributed in November, one
    // bought in October and sold in November, one that died in September.
    let old_cow = store.insert(cow("BS-C-1", h1, None)).unwrap();
    let mut new_cow = cow("BS-C-2", h1, None);
    new_cow.origin = Origin::Distributed {
        on: day(2026, 11, 3),
    };
    store.insert(new_cow).unwrap();
    let mut sold = bull("BS-B-1", h1, None);
    sold.origin = Origin::Bought {
        on: day(2026, 10, 5),
    };
    sold.status = AnimalStatus::Sold {
        on: day(2026, 11, 20),
        price: Money::from_major(900, Currency::Usd),
    };
    store.insert(sold).unwrap();
    let mut dead = bull("BS-B-2", h1, None);
    dead.status = AnimalStatus::Died {
        on: day(2026, 9, 1),
        cause: "snake".into(),
    };
    store.insert(dead).unwrap();
    store.insert(pregnancy(old_cow, day(2026, 6, 1))).unwrap();

    // XL-01: a cow that calved in November (the calf counted as born),
    // then was served again in December (not pregnant at November's end).
    let xl_cow = store.insert(cow("XL-C-1", h3, None)).unwrap();
    let p = store.insert(pregnancy(xl_cow, day(2026, 2, 1))).unwrap();
    let mut c = calf("XL-K-1", xl_cow, h3);
    c.born_on = day(2026, 11, 10);
    store.record_calving(p, day(2026, 11, 10), Some(c)).unwrap();
    store.insert(pregnancy(xl_cow, day(2026, 12, 20))).unwrap();

    // Money: two LAK incomes and a USD expense in November, one income in
    // December that the month does not count.
    store
        .insert(income(h1, day(2026, 11, 1), 150_000_000))
        .unwrap();
    store
        .insert(income(h1, day(2026, 11, 30), 50_000_050))
        .unwrap();
    store.insert(income(h1, day(2026, 12, 1), 999)).unwrap();
    let mut expense = income(h3, day(2026, 11, 5), 1_250);
    expense.flow = Flow::Expense;
    expense.amount = Money::new(1_250, Currency::Usd);
    store.insert(expense).unwrap();
}

fn figure(vals: &[values::Value], village: &str, key: &str, currency: Option<Currency>) -> String {
    let found: Vec<_> = vals
        .iter()
        .filter(|v| v.village == village && v.indicator.key() == key && v.currency == currency)
        .collect();
    assert_eq!(found.len(), 1, "{village} {key} {currency:?}");
    found[0].figure.text()
}

#[test]
fn figures_are_counted_per_village_for_the_month() {
    let t = TempDb::new();
    let store = t.open();
    small_district(&store);
    let vals = values::compute(&store, nov()).unwrap();
    let expect = [
        ("Bansuo", "households_enrolled", "1"),
        ("Bansuo", "demonstration_households", "1"),
        ("Bansuo", "households_exited_poverty", "0"),
        ("Bansuo", "cattle_active", "2"),
        ("Bansuo", "cattle_distributed", "1"),
        ("Bansuo", "cattle_bought", "0"),
        ("Bansuo", "cattle_born", "0"),
        ("Bansuo", "cattle_sold", "1"),
        ("Bansuo", "cattle_died", "0"),
        ("Bansuo", "calvings", "0"),
        ("Bansuo", "cows_pregnant", "1"),
        ("Xianglong", "households_enrolled", "1"),
        ("Xianglong", "demonstration_households", "0"),
        ("Xianglong", "households_exited_poverty", "1"),
        ("Xianglong", "cattle_active", "2"),
        ("Xianglong", "cattle_born", "1"),
        ("Xianglong", "calvings", "1"),
        ("Xianglong", "cows_pregnant", "0"),
    ];
    for (village, key, want) in expect {
        assert_eq!(figure(&vals, village, key, None), want, "{village} {key}");
    }
    assert_eq!(
        figure(&vals, "Bansuo", "income", Some(Currency::Lak)),
        "2000000.50"
    );
    assert_eq!(
        figure(&vals, "Bansuo", "income", Some(Currency::Usd)),
        "0.00"
    );
    assert_eq!(
        figure(&vals, "Xianglong", "expense", Some(Currency::Usd)),
        "12.50"
    );
    assert_eq!(
        figure(&vals, "Xianglong", "income", Some(Currency::Lak)),
        "0.00"
    );

    // October: the bull bought then is there, the November cow is not.
    let oct = values::compute(&store, nov().previous()).unwrap();
    assert_eq!(figure(&oct, "Bansuo", "cattle_active", None), "2");
    assert_eq!(figure(&oct, "Bansuo", "cattle_bought", None), "1");
    assert_eq!(figure(&oct, "Bansuo", "cattle_distributed", None), "0");
    assert_eq!(figure(&oct, "Xianglong", "cows_pregnant", None), "1");
    assert_eq!(
        figure(&oct, "Xianglong", "households_exited_poverty", None),
        "0"
    );

    // The same figures through the file, with the codes of the mapping.
    let units = [("Bansuo", "LA-VT-01"), ("Xianglong", "LA-LP-07")]
        .map(|(v, c)| (v.to_string(), c.to_string()));
    dhis2::mapping::write_if_absent(&t.path(), &Mapping::example(&units)).unwrap();
    let out = t.dir.path().join("set.json");
    let summary = dhis2::export(&store, &t.path(), Shape::Json, nov(), &out).unwrap();
    assert_eq!(summary.values, 38);
    let doc: Json = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let rows: BTreeSet<Row> = json_rows(&doc).into_iter().collect();
    let row = |de: &str, ou: &str, coc: &str, v: &str| {
        (de.into(), "202611".into(), ou.into(), coc.into(), v.into())
    };
    assert!(rows.contains(&row("KB_CALVINGS", "LA-LP-07", "", "1")));
    assert!(rows.contains(&row("KB_INCOME", "LA-VT-01", "KB_LAK", "2000000.50")));
    assert!(rows.contains(&row("KB_EXPENSE", "LA-LP-07", "KB_USD", "12.50")));
}

#[test]
fn without_a_mapping_it_says_how_to_write_one_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let db = demo(tmp.path());
    std::fs::remove_file(db.join("dhis2.json")).unwrap();
    let file = tmp.path().join("nov.json");
    let o = kumban(
        &db,
        &[
            "export",
            "--format",
            "dhis2",
            "--period",
            "2026-11",
            "--out",
            s(&file),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.starts_with("kumban: no DHIS2 mapping at "), "{e}");
    assert!(e.contains("dhis2.json; nothing was written."), "{e}");
    // The template names every indicator, currency and village to code.
    let template = &e[e.find('{').expect("a template follows")..];
    let template: Mapping = serde_json::from_str(template.trim_end()).unwrap();
    assert_eq!(
        template,
        Mapping::template(&["Bansuo".into(), "Xianglong".into()])
    );
    assert!(!file.exists());
    assert_eq!(stdout(&o), "");
}

#[test]
fn missing_codes_are_listed_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let db = demo(tmp.path());
    let path = db.join("dhis2.json");
    let mut m: Mapping = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    m.data_elements.remove("calvings");
    m.org_units.remove("Xianglong");
    m.category_option_combos.insert("THB".into(), String::new());
    std::fs::write(&path, m.to_pretty_json()).unwrap();
    let file = tmp.path().join("nov.csv");
    std::fs::write(&file, "last month's file").unwrap();
    let o = kumban(
        &db,
        &[
            "export",
            "--format",
            "csv",
            "--period",
            "2026-11",
            "--out",
            s(&file),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "dataElements: no code for \"calvings\"",
            "categoryOptionCombos: the code of \"THB\" () is empty",
            "orgUnits: no code for \"Xianglong\"",
        ],
        "{e}"
    );
    assert!(
        lines[3].starts_with("kumban: 3 codes are missing or wrong in "),
        "{e}"
    );
    assert!(lines[3].ends_with("nothing was written. Correct the mapping and export again."));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "last month's file");

    std::fs::write(&path, "{\"dataElements\": [}").unwrap();
    let o = kumban(
        &db,
        &[
            "export",
            "--format",
            "dhis2",
            "--period",
            "2026-11",
            "--out",
            s(&file),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("dhis2.json is not a DHIS2 mapping: "),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "last month's file");
}

#[test]
fn a_bad_period_or_a_missing_one_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    // No database is looked for before the flags are right.
    let db = tmp.path().join("none");
    let out = tmp.path().join("x.json");
    for (args, says) in [
        (
            vec!["--format", "dhis2", "--period", "2026-13"],
            "not a month",
        ),
        (vec!["--format", "dhis2", "--period", "202611"], "YYYY-MM"),
        (vec!["--format", "csv", "--period", "2026/11"], "YYYY-MM"),
        (
            vec!["--format", "dhis2"],
            "--format dhis2 needs --period YYYY-MM",
        ),
        (
            vec!["--format", "json", "--period", "2026-11"],
            "--period goes with --format dhis2",
        ),
    ] {
        let mut all = vec!["export"];
        all.extend(&args);
        all.extend(["--out", s(&out)]);
        let o = kumban_alone(&db, &all);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
        assert!(!out.exists());
        assert!(!db.exists(), "{args:?} created a database");
    }
}

/// The mapping is a setting of the database folder, not a record in a
/// backup: a compact (which swaps in a fresh folder) keeps it.
#[test]
fn a_compact_keeps_the_mapping() {
    let tmp = tempfile::tempdir().unwrap();
    let db = demo(tmp.path());
    let before = std::fs::read(db.join("dhis2.json")).unwrap();
    let o = kumban_alone(&db, &["compact", "--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(std::fs::read(db.join("dhis2.json")).unwrap(), before);
}
