//! export, import, backup and restore through the real binary: output,
//! exit codes (0 done, 1 refused, 2 usage), automatic backups.

use std::path::Path;
use std::process::{Command, Output};
use support::shared::{kumban, kumban_alone, wait_for_backup};

mod support;

const TODAY: &str = "2026-11-28";

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn demo(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("db");
    let o = kumban(&db, &["demo"]);
    assert!(o.status.success(), "{}", err(&o));
    db
}

#[test]
fn export_then_import_into_a_new_database() {
    let tmp = tempfile::tempdir().unwrap();
    let db = demo(tmp.path());
    let csv = tmp.path().join("csv");
    let o = kumban(&db, &["export", "--format", "csv", "--out", s(&csv)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).starts_with(
            "Exported 46 households, 43 pens, 148 animals, 85 pregnancies, 1093 income logs, 105 exchange rates, 255 household members, 1571 health events, 992 weights, 4 trainings, 82 attendances, 16 technician visits to"
        ),
        "{}",
        out(&o)
    );

    let copy = tmp.path().join("copy");
    let o = kumban(&copy, &["import", s(&csv)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).ends_with(
            ": added 46 households, 43 pens, 148 animals, 85 pregnancies, 1093 income logs, 105 exchange rates, 255 household members, 1571 health events, 992 weights, 4 trainings, 82 attendances, 16 technician visits.\n"
        ),
        "{}",
        out(&o)
    );
    assert_eq!(err(&o), "", "no progress bar when stderr is not a terminal");

    let again = kumban(&copy, &["import", s(&csv)]);
    assert_eq!(again.status.code(), Some(1));
    let e = err(&again);
    assert!(
        e.starts_with("households.csv:2: code: household BS-01 is already in the database"),
        "{e}"
    );
    assert!(e.contains("\n… and 4390 more\n"), "{e}");
    assert!(e.contains("kumban: 4440 problems in "), "{e}");
    assert!(
        e.trim_end()
            .ends_with("nothing was imported. Correct the rows listed above and import again."),
        "{e}"
    );

    let update = kumban(&copy, &["import", "--update", s(&csv)]);
    assert_eq!(update.status.code(), Some(0), "{}", err(&update));
    assert!(out(&update).contains("added nothing; updated nothing; 4440 rows unchanged"));

    let json = kumban(&db, &["export", "--format", "json", "--out", "-"]);
    assert_eq!(json.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["households"].as_array().unwrap().len(), 46);
    assert_eq!(doc["format"], "kumban-export");
    let twice = kumban(&db, &["export", "--format", "json", "--out", "-"]);
    assert!(json.stdout == twice.stdout, "deterministic");
}

#[test]
fn usage_mistakes_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    // A database, so that its absence is not the first mistake reported.
    let db = demo(tmp.path());
    for args in [
        &["export", "--out", "x"][..],
        &["export", "--format", "xml", "--out", "x"],
        &["export", "--format", "csv", "--out", "-"],
        &["import"],
        &["backup"],
    ] {
        let o = kumban(&db, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", err(&o));
        // A mistyped command is a usage error whether or not there is a
        // database at the path, and looking creates none.
        let missing = tmp.path().join("no-such-db");
        let o = kumban(&missing, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", err(&o));
        assert!(!missing.exists(), "{args:?}");
    }
}

#[test]
fn a_bad_import_lists_file_line_field_and_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    let file = tmp.path().join("households.csv");
    std::fs::write(
        &file,
        "code,head_name,village,members,enrolled_on\nBS-01,Vanna,Bansuo,0,2018-01-01\nbs 2,Sisouk,Bansuo,3,2018-13-01\n",
    )
    .unwrap();
    let o = kumban(&db, &["import", s(&file)]);
    assert_eq!(o.status.code(), Some(1));
    let name = file.display();
    assert_eq!(
        err(&o),
        format!(
            "{name}:2: members: members must be between 1 and 30\n\
             {name}:3: enrolled_on: \"2018-13-01\" is not a date; write it as 2026-03-15 or 15/03/2026 (day first), or the word today\n\
             {name}:3: code: the household code may use capital letters, digits, - and /, such as BS-07\n\
             kumban: 3 problems in {name}; nothing was imported. Correct the rows listed above and import again.\n"
        )
    );
    let dump = kumban(&db, &["export", "--format", "json", "--out", "-"]);
    let v: serde_json::Value = serde_json::from_slice(&dump.stdout).unwrap();
    assert_eq!(
        v["households"],
        serde_json::json!([]),
        "nothing was written"
    );
}

#[test]
fn a_line_of_megabytes_is_refused_without_a_crash() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    let file = tmp.path().join("households.csv");
    let mut text = String::from("code,head_name,village,members,enrolled_on\nBS-01,\"");
    text.push_str(&"ລາວ".repeat(1 << 20));
    std::fs::write(&file, text).unwrap();
    let o = kumban(&db, &["import", s(&file)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains(":2: a row longer than 1048576 bytes; is a quote (\") left open?"),
        "{}",
        err(&o)
    );
}

#[test]
fn backup_restore_and_the_daily_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let db = demo(tmp.path());
    // The demo went into an empty database: no daily backup yet. The next
    // command makes one.
    assert!(!db.join("backups").exists());
    assert!(kumban(&db, &["status"]).status.success());
    let daily = db.join("backups").join("kumban-2026-11-28.backup");
    assert!(
        wait_for_backup(&daily),
        "written by the owner after status exits"
    );

    let file = tmp.path().join("by hand.backup");
    let o = kumban(&db, &["backup", s(&file)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("4440 records, 4440 history entries"),
        "{}",
        out(&o)
    );

    let refused = kumban(&db, &["restore", s(&file)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        err(&refused).contains("already holds records"),
        "{}",
        err(&refused)
    );

    let copy = tmp.path().join("copy");
    let o = kumban(&copy, &["restore", s(&file)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).starts_with("Restored 4440 records and 4440 history entries"));
    let a = kumban(&db, &["status", "--json"]);
    let b = kumban(&copy, &["status", "--json"]);
    assert_eq!(out(&a), out(&b));

    let list = kumban(&db, &["restore"]);
    assert_eq!(list.status.code(), Some(0));
    assert!(out(&list).contains("2026-11-28"), "{}", out(&list));
    assert!(
        out(&list).contains("restore --replace FILE"),
        "{}",
        out(&list)
    );
}

#[test]
fn a_database_that_will_not_open_names_the_backup_and_the_command_works() {
    let tmp = tempfile::tempdir().unwrap();
    let db = demo(tmp.path());
    assert!(kumban_alone(&db, &["check"]).status.success());
    {
        let raw = sled::open(&db).unwrap();
        raw.open_tree("meta")
            .unwrap()
            .insert("schema", &[0u8, 1][..])
            .unwrap();
        raw.flush().unwrap();
    }
    let o = kumban(&db, &["status"]);
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    assert_eq!(e.lines().count(), 1, "{e}");
    let command = e
        .trim_end()
        .split("restore it with: ")
        .nth(1)
        .unwrap_or_else(|| panic!("no command in {e}"))
        .to_string();
    let words: Vec<&str> = command.split(' ').collect();
    assert_eq!(words[..2], ["kumban", "--db"]);
    assert_eq!(words[3..5], ["restore", "--replace"]);
    let o = Command::new(env!("CARGO_BIN_EXE_kumban"))
        .args(&words[1..])
        .args(["--today", TODAY])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("The database that was there is now at"),
        "{}",
        out(&o)
    );
    assert!(kumban(&db, &["check"]).status.success());
}

#[test]
fn the_backup_folder_can_be_chosen() {
    let tmp = tempfile::tempdir().unwrap();
    let db = demo(tmp.path());
    let elsewhere = tmp.path().join("usb");
    let o = Command::new(env!("CARGO_BIN_EXE_kumban"))
        .args(["--db", s(&db), "--today", TODAY, "status"])
        .env("KUMBAN_BACKUP_DIR", &elsewhere)
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(wait_for_backup(&elsewhere.join("kumban-2026-11-28.backup")));
    assert!(!db.join("backups").exists());
}

/// Issue 12, item 8, as reported: three income logs of
/// 92,233,720,368,547,758 LAK were accepted and `status` showed
/// 92,233,720,368,547,757.84. Now the import is refused, naming the
/// limit, and the figures stay exact.
#[test]
fn income_that_would_pass_the_largest_total_is_refused_not_clamped() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("db");
    let households = tmp.path().join("households.csv");
    std::fs::write(
        &households,
        "code,head_name,village,members,enrolled_on,groups\nBS-01,Vanna,Bansuo,3,2018-01-01,cattle\n",
    )
    .unwrap();
    assert!(kumban(&db, &["import", s(&households)]).status.success());
    let income = tmp.path().join("income.csv");
    let row = "BS-01,2026-01-05,cattle,income,92233720368547758,LAK\n";
    std::fs::write(
        &income,
        format!("household,date,group,flow,amount,currency\n{row}{row}{row}"),
    )
    .unwrap();
    let o = kumban(&db, &["import", s(&income)]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert_eq!(
        err(&o),
        "kumban: the income log was not saved: amount: the income of the cattle group in 2026 would add up to \
         276,701,161,105,643,274.00 LAK, more than 92,233,720,368,547,758.07 LAK, the largest total kumban keeps; \
         check the amount (a digit too many?)\n"
    );
    let status = kumban(&db, &["status", "--json"]);
    assert!(status.status.success(), "{}", err(&status));
    let v: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(v["income"]["groups"]["cattle"], serde_json::json!({}));

    std::fs::write(
        &income,
        format!("household,date,group,flow,amount,currency\n{row}"),
    )
    .unwrap();
    assert!(kumban(&db, &["import", s(&income)]).status.success());
    let status = kumban(&db, &["status"]);
    assert!(
        out(&status).contains("92,233,720,368,547,758.00"),
        "{}",
        out(&status)
    );
    std::fs::write(
        &income,
        format!(
            "household,date,group,flow,amount,currency\n{}",
            row.replace("01-05", "02-05")
        ),
    )
    .unwrap();
    let o = kumban(&db, &["import", s(&income)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("would add up to 184,467,440,737,095,516.00 LAK"),
        "{}",
        err(&o)
    );
}
