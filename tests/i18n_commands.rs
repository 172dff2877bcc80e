//! What the commands print, in the chosen language: import problems and
//! summaries, export and backup lines, the error of a folder with no
//! database, and the refusal of a change to an approved month. English
//! stays as tests/cli_*.rs pin it; files and `status --json` stay data.

mod support;

use kumban::i18n::{Lang, Localize, with_lang};
use kumban::model::*;
use kumban::store::review::Act;
use std::path::Path;
use std::process::Output;
use support::shared::{kumban_cmd, stderr, stdout};
use support::store::*;

/// `kumban --lang LANG ARGS` held in this process (no owner left
/// behind), with no language or database taken from the environment.
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

/// A household row whose date is not a date, and one whose size the
/// model refuses.
fn bad_households(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("households.csv");
    let text = format!(
        "{HEADER}\nBS-90,Noy,Bansuo,3,,,no,poor,,,,soon,\nBS-91,Bounmy,Bansuo,0,,,no,poor,,,,2026-01-05,\n"
    );
    std::fs::write(&file, text).expect("write the csv");
    file
}

#[test]
fn a_bad_import_is_said_in_lao_and_in_english_as_before() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = bad_households(tmp.path());
    let db = tmp.path().join("db");
    let lo = kumban_in("lo", &db, &["import", file.to_str().expect("utf-8 path")]);
    assert_eq!(lo.status.code(), Some(1));
    let err = stderr(&lo);
    // The date's problem, the model's problem and the summary, in Lao.
    assert!(err.contains("\"soon\" ບໍ່ແມ່ນວັນທີ"), "{err}");
    assert!(err.contains("ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ"), "{err}");
    let members = err
        .lines()
        .find(|l| l.contains("households.csv:3: members: "))
        .unwrap_or_else(|| panic!("no members problem: {err}"));
    assert!(!members.is_ascii(), "{members}");
    assert!(!err.contains("is not a date"), "{err}");
    assert!(!err.contains("nothing was imported"), "{err}");

    let en = kumban_in("en", &db, &["import", file.to_str().expect("utf-8 path")]);
    assert_eq!(en.status.code(), Some(1));
    let err = stderr(&en);
    assert!(
        err.contains("enrolled_on: \"soon\" is not a date; write it as 2026-03-15"),
        "{err}"
    );
    assert!(
        err.contains("kumban: 2 problems in ") && err.contains("; nothing was imported."),
        "{err}"
    );
}

#[test]
fn export_backup_and_check_say_what_they_did_in_lao_and_chinese() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let db = tmp.path().join("db");
    let demo = kumban_in("lo", &db, &["demo"]);
    assert!(demo.status.success(), "{}", stderr(&demo));
    let said = stdout(&demo);
    assert!(said.starts_with("ບັນທຶກຂໍ້ມູນຕົວແບບໃນ "), "{said}");
    assert!(said.contains("ຄົວເຮືອນ 46, "), "{said}");

    let out = tmp.path().join("csv");
    let lo = kumban_in(
        "lo",
        &db,
        &[
            "export",
            "--format",
            "csv",
            "--out",
            out.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(lo.status.code(), Some(0), "{}", stderr(&lo));
    let said = stdout(&lo);
    assert!(said.starts_with("ສົ່ງອອກ ຄົວເຮືອນ 46, ຄອກງົວ 43, "), "{said}");
    // The files stay data: their columns are English whatever the language.
    let households = std::fs::read_to_string(out.join("households.csv")).expect("exported");
    // (after the byte-order mark spreadsheets need)
    assert!(
        households
            .trim_start_matches('\u{feff}')
            .starts_with(HEADER),
        "{households}"
    );

    let zh = kumban_in(
        "zh",
        &db,
        &[
            "export",
            "--format",
            "csv",
            "--out",
            out.to_str().expect("utf-8"),
        ],
    );
    assert!(
        stdout(&zh).starts_with("已将 农户 46 条、牛圈 43 条、"),
        "{}",
        stdout(&zh)
    );
    let file = tmp.path().join("all.kumban");
    let zh = kumban_in("zh", &db, &["backup", file.to_str().expect("utf-8")]);
    assert!(stdout(&zh).starts_with("备份已写入 "), "{}", stdout(&zh));

    // A restore refused by kumban's own rule says why in the language.
    let refused = kumban_in("lo", &db, &["restore", file.to_str().expect("utf-8")]);
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    assert!(err.starts_with("kumban: ຖານຂໍ້ມູນທີ່ "), "{err}");
    assert!(
        err.contains("ມີບັນທຶກຢູ່ແລ້ວ") && err.contains("--replace"),
        "{err}"
    );
    let restored = kumban_in(
        "zh",
        &tmp.path().join("fresh"),
        &["restore", file.to_str().expect("utf-8")],
    );
    assert!(restored.status.success(), "{}", stderr(&restored));
    assert!(
        stdout(&restored).starts_with("已从 "),
        "{}",
        stdout(&restored)
    );

    let check = kumban_in("lo", &db, &["check"]);
    assert!(
        stdout(&check).ends_with(": ບໍ່ພົບບັນຫາ.\n"),
        "{}",
        stdout(&check)
    );
    // status --json keeps its keys in every language.
    let json = kumban_in("lo", &db, &["status", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert!(v.get("households").is_some(), "{v}");
}

#[test]
fn a_folder_with_no_database_is_said_in_lao_and_english_as_before() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let db = tmp.path().join("nowhere");
    let lo = kumban_in("lo", &db, &["status"]);
    assert_eq!(lo.status.code(), Some(1));
    let err = stderr(&lo);
    assert!(err.starts_with("kumban: ບໍ່ມີຖານຂໍ້ມູນ kumban ທີ່ "), "{err}");
    assert!(err.contains("nowhere"), "{err}");
    let en = kumban_in("en", &db, &["status"]);
    assert!(
        stderr(&en).starts_with("kumban: no kumban database at "),
        "{}",
        stderr(&en)
    );
    assert!(!db.exists());
}

#[test]
fn the_refusal_of_an_approved_month_is_said_in_lao_and_chinese() {
    let db = TempDb::new();
    let store = db.open_as("officer");
    let h = store.insert(household("BS-01")).expect("household");
    store
        .review(&Act {
            village: "Bansuo".into(),
            period: Period::parse("2026-10").expect("period"),
            action: ReviewAction::Approve,
            comment: String::new(),
        })
        .expect("approved");
    let e = store
        .insert(income(h, day(2026, 10, 30), 5))
        .expect_err("the month is locked");
    let english = e.to_string();
    assert!(
        english.contains("Bansuo 2026-10 was approved by officer on ")
            && english.ends_with("; ask an officer to reopen it"),
        "{english}"
    );
    let lo = with_lang(Lang::Lo, || e.localized());
    assert!(lo.contains("Bansuo 2026-10 ອະນຸມັດແລ້ວໂດຍ officer"), "{lo}");
    assert!(lo.contains("ໃຫ້ເຈົ້າໜ້າທີ່ເປີດຄືນກ່ອນ"), "{lo}");
    let zh = with_lang(Lang::Zh, || e.localized());
    assert!(zh.contains("已由 officer 于 "), "{zh}");

    // Said by an owner over the wire, it arrives as English text only,
    // and is said again in the session's language.
    let problem = &e.problems()[0];
    let wired = Problem::new(problem.field, problem.message.clone());
    let lo_wired = with_lang(Lang::Lo, || wired.shown());
    assert_eq!(lo_wired, with_lang(Lang::Lo, || problem.shown()));
    assert_eq!(with_lang(Lang::En, || wired.shown()), problem.message);
}
