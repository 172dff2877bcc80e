//! The file reader's problems, the export's and DHIS2's errors and the
//! command line's checks of values, in the chosen language: the words
//! translated, the column names, codes, values and the system's own
//! reasons as they were. English stays as tests/cli_*.rs and
//! tests/interchange_*.rs pin it.

mod support;

use kumban::i18n::{Lang, with_lang};
use kumban::interchange::import::{ImportError, ImportOptions, import};
use kumban::model::Date;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::shared::{kumban_cmd, stderr, stdout};
use support::store::TempDb;
use support::words::{Data, english_left, english_words, words};

/// `kumban --lang LANG ARGS`, with no language or database taken from
/// the environment.
fn kumban_in(lang: &str, db: &Path, args: &[&str]) -> Output {
    let mut cmd = kumban_cmd(db, args);
    for var in ["KUMBAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    cmd.env("KUMBAN_LOCAL", "1")
        .args(["--lang", lang])
        .output()
        .expect("kumban runs")
}

const HEADER: &str = "code,head_name,village,members,phone,groups,demonstration,poverty,exited_on,baseline_income,baseline_currency,enrolled_on,notes";

/// A household whose size is not a number and whose demonstration is
/// neither yes nor no; a second file with a column kumban lacks.
fn bad_folder(dir: &Path) -> PathBuf {
    let folder = dir.join("in");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(
        folder.join("households.csv"),
        format!("{HEADER}\nBS-90,Noy,Bansuo,many,,,maybe,poor,,,,2026-01-05,\n"),
    )
    .expect("households");
    std::fs::write(
        folder.join("pens.csv"),
        "household,label,capacity,colour\nBS-90,A,4,red\n",
    )
    .expect("pens");
    folder
}

#[test]
fn a_bad_import_is_said_in_lao_and_chinese_with_the_columns_as_written() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let folder = bad_folder(tmp.path());
    let db = tmp.path().join("db");
    let path = folder.to_str().expect("utf-8 path");
    let cases = [
        (
            "lo",
            "members: \"many\" ບໍ່ແມ່ນຈຳນວນເຕັມ",
            "demonstration: \"maybe\" ບໍ່ແມ່ນ yes ຫຼື no",
            "ບໍ່ຮູ້ຈັກຖັນ \"colour\"; ຖັນຂອງ pens.csv ແມ່ນ household,label,",
        ),
        (
            "zh",
            "members: \"many\" 不是整数",
            "demonstration: \"maybe\" 不是 yes 或 no",
            "未知列 \"colour\"；pens.csv 的列为 household,label,",
        ),
        (
            "en",
            "members: \"many\" is not a whole number",
            "demonstration: \"maybe\" is not yes or no",
            "unknown column \"colour\"; the columns of pens.csv are household,label,",
        ),
    ];
    for (lang, members, demonstration, column) in cases {
        let out = kumban_in(lang, &db, &["import", path]);
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("households.csv:2: {members}")),
            "{err}"
        );
        assert!(err.contains(demonstration), "{err}");
        assert!(err.contains(&format!("pens.csv:1: {column}")), "{err}");
        if lang != "en" {
            assert!(!err.contains("is not a whole number"), "{err}");
            assert!(!err.contains("unknown column"), "{err}");
        }
    }
}

#[test]
fn a_bad_period_currency_or_kumban_today_is_a_usage_error_in_the_language() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let db = tmp.path().join("db");
    let period = kumban_in(
        "lo",
        &db,
        &["export", "--format", "dhis2", "--period", "2026-13"],
    );
    assert_eq!(period.status.code(), Some(2));
    let err = stderr(&period);
    assert!(
        err.contains("\"2026-13\" ບໍ່ແມ່ນເດືອນ; ຂຽນເປັນ YYYY-MM"),
        "{err}"
    );
    assert!(err.contains("'--period <YYYY-MM>'"), "{err}");
    assert!(
        !err.contains("invalid value") && !err.contains("error:"),
        "{err}"
    );
    assert!(!err.contains("is not a month"), "{err}");

    let currency = kumban_in("zh", &db, &["report", "--currency", "GBP"]);
    assert_eq!(currency.status.code(), Some(2));
    let err = stderr(&currency);
    assert!(
        err.contains("\"GBP\" 不是 kumban 认识的币种；请从 LAK, USD, CNY, THB 中选择"),
        "{err}"
    );

    // A report's --period (a year, quarter or month) likewise.
    let span = kumban_in("lo", &db, &["report", "--period", "2026-Q5"]);
    assert_eq!(span.status.code(), Some(2));
    let err = stderr(&span);
    assert!(
        err.contains("\"2026-Q5\" ບໍ່ແມ່ນໄລຍະເວລາ; ຂຽນປີ (2026)"),
        "{err}"
    );
    assert!(!err.contains("is not a period"), "{err}");

    let all = kumban_in("lo", &db, &["report", "--by", "all", "--format", "csv"]);
    assert_eq!(all.status.code(), Some(2));
    assert!(
        stderr(&all).starts_with("kumban: --by all ໃສ່ທຸກລາຍງານໃນເອກະສານດຽວ"),
        "{}",
        stderr(&all)
    );

    let today = |lang: &str| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kumban"));
        for var in ["KUMBAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "KUMBAN_DB"] {
            cmd.env_remove(var);
        }
        cmd.env("KUMBAN_LOCAL", "1")
            .env("KUMBAN_TODAY", "soon")
            .args(["--lang", lang, "--db"])
            .arg(&db)
            .arg("status")
            .output()
            .expect("kumban runs")
    };
    let zh = today("zh");
    assert_eq!(zh.status.code(), Some(2));
    let err = stderr(&zh);
    assert!(
        err.contains("KUMBAN_TODAY 的值 'soon' 无效：\"soon\" 不是日期"),
        "{err}"
    );
    assert!(!err.contains("error:"), "{err}");
    let en = today("en");
    assert_eq!(en.status.code(), Some(2));
    assert!(
        stderr(&en).contains("invalid value 'soon' for KUMBAN_TODAY: \"soon\" is not a date"),
        "{}",
        stderr(&en)
    );
    assert!(!db.exists(), "a usage error opens no database");
}

#[test]
fn export_and_dhis2_errors_are_said_in_lao_with_the_systems_reason_as_it_came() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let db = tmp.path().join("db");
    let demo = kumban_in("en", &db, &["demo"]);
    assert!(demo.status.success(), "{}", stderr(&demo));

    let usage = kumban_in("lo", &db, &["export", "--format", "dhis2", "--out", "x"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(
        stderr(&usage).starts_with("kumban: --format dhis2 ຕ້ອງມີ --period YYYY-MM"),
        "{}",
        stderr(&usage)
    );

    let out = tmp.path().join("dhis2.json");
    let out_arg = out.to_str().expect("utf-8");
    let args = [
        "export", "--format", "dhis2", "--period", "2026-10", "--out", out_arg,
    ];
    let written = kumban_in("zh", &db, &args);
    assert!(written.status.success(), "{}", stderr(&written));
    assert!(
        stdout(&written).starts_with("已将 2026-10 的 DHIS2 数据值集导出到 "),
        "{}",
        stdout(&written)
    );

    let mapping = db.join(kumban::interchange::dhis2::mapping::FILE_NAME);
    std::fs::remove_file(&mapping).expect("the demo wrote a mapping");
    let missing = kumban_in("lo", &db, &args);
    assert_eq!(missing.status.code(), Some(1));
    let err = stderr(&missing);
    assert!(err.starts_with("kumban: ບໍ່ມີການຈັບຄູ່ DHIS2 ທີ່ "), "{err}");
    // The template to fill in stays data.
    assert!(err.contains("\"dataElements\""), "{err}");

    // A folder that cannot be made: the sentence in Lao, the system's
    // reason in its own words.
    let blocker = tmp.path().join("a-file");
    std::fs::write(&blocker, "x").expect("file");
    let inside = blocker.join("csv");
    let failed = kumban_in(
        "lo",
        &db,
        &[
            "export",
            "--format",
            "csv",
            "--out",
            inside.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(failed.status.code(), Some(1));
    let err = stderr(&failed);
    assert!(err.starts_with("kumban: ຂຽນ "), "{err}");
    assert!(err.contains("ບໍ່ໄດ້: ") && err.contains("os error"), "{err}");
    assert!(err.contains("ກວດວ່າມີໂຟນເດີນັ້ນ"), "{err}");
    assert!(!err.contains("cannot write"), "{err}");
}

/// Bad files of every sort, read in Lao in this process: no line of what
/// the reader says holds a word of the English message file, except the
/// files' own words (column names, codes, the cells as written).
#[test]
fn no_english_is_left_in_the_import_problems_said_in_lao() {
    let db = TempDb::new();
    let store = db.open();
    let tmp = tempfile::tempdir().expect("temp dir");
    let files: &[(&str, &str)] = &[
        (
            "households.csv",
            "code,head_name,village,members,phone,groups,demonstration,poverty,exited_on,baseline_income,baseline_currency,enrolled_on,notes\n\
             BS-90,Noy,Bansuo,many,,,maybe,rich,2026-01-01,5,GBP,soon,\n\
             BS-91,Bounmy,Bansuo,0,,,no,poor,2026-01-01,,,2026-01-05,\n\
             BS-91,Bounmy,Bansuo,3,,,no,poor,,,,2026-01-05,\n\
             BS-92,Somphone,Bansuo,3,,,no,poor,,10,,2026-01-05\n",
        ),
        (
            "animals.csv",
            "ear_tag,household,pen,sex,breed,born_on,origin,origin_date,dam,status,status_date,sale_price,sale_currency,death_cause,notes\n\
             T-1,BS-99,,female,local,2024-01-01,born,2024-01-01,,sold,2026-01-01,,,fever,\n\
             T-2,BS-91,,female,local,2024-01-01,bought,2024-01-01,T-9,active,2026-01-01,5,LAK,,\n",
        ),
        (
            "pens.csv",
            "household,label,capacity,colour\nBS-90,A,x,red\n",
        ),
        (
            "weights.json",
            "[{\"animal\": \"T-1\", \"kg\": true, \"extra\": 1}",
        ),
        ("book.csv", "PK\u{3}\u{4}zip"),
        ("empty.csv", ""),
        ("odd.csv", "what,ever\n1,2\n"),
    ];
    let mut data_words: Vec<String> = Vec::new();
    let mut paths = Vec::new();
    for (name, text) in files {
        let path = tmp.path().join(name);
        std::fs::write(&path, text).expect("write");
        data_words.extend(words(text));
        data_words.extend(words(name));
        paths.push(path);
    }
    paths.push(tmp.path().join("nowhere"));
    let said_in = |lang: Lang| {
        let mut lines = Vec::new();
        for path in &paths {
            let opts = ImportOptions::new(Date::from_ymd(2026, 11, 28).expect("date"));
            match with_lang(lang, || import(&store, path, &opts)) {
                Err(ImportError::Refused(p)) => lines.extend(p.shown().iter().cloned()),
                other => panic!("{}: {other:?}", path.display()),
            }
        }
        lines
    };
    let lines = said_in(Lang::Lo);
    assert!(lines.len() > 20, "{lines:#?}");
    // The column names of every file and the codes kumban reads are the
    // files' words, in every language.
    for kind in kumban::model::RecordKind::ALL {
        for c in kumban::interchange::columns::of(kind) {
            data_words.extend(words(c.name));
        }
        data_words.extend(words(kumban::interchange::columns::stem(kind)));
    }
    data_words.extend(
        [
            "yes",
            "json",
            "csv",
            "kumban",
            "export",
            "format",
            "docs",
            "md",
            "utf",
            "xlsx",
            "ods",
            "true",
            "false",
            "normal",
            "assisted",
            "poor",
            "near",
            "not",
            "exited",
            "distributed",
            "bought",
            "born",
            "active",
            "sold",
            "died",
            "update",
            "restore",
        ]
        .map(String::from),
    );
    for c in kumban::model::Currency::ALL {
        data_words.push(c.code().to_ascii_lowercase());
    }
    let data = Data {
        words: data_words.into_iter().collect(),
        texts: Vec::new(),
    };
    let english = english_words();
    let found: Vec<String> = lines
        .iter()
        .flat_map(|l| english_left("import", l, &english, &data, &[]))
        .collect();
    assert!(found.is_empty(), "English left:\n{}", found.join("\n"));
    // The same files read in English are caught: the check can fail.
    let english_lines = said_in(Lang::En);
    let caught = english_lines
        .iter()
        .filter(|l| !english_left("import", l, &english, &data, &[]).is_empty())
        .count();
    assert!(caught * 2 > english_lines.len(), "{english_lines:#?}");
}
