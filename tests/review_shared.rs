//! The officer's day with real, different users on a group's folder: the
//! folder's owner is an officer, an officer may also be named in
//! access.json, clerks and viewers are refused, and the owner decides who
//! is who from the socket's credentials. Approve → the clerk's edit is
//! refused → reopen → the same edit is saved.
//!
//! The users are uids with no name on this system, run with setpriv,
//! which needs root (CI runs as root); elsewhere each test says so and
//! passes.

mod support;

use kumban::model::*;
use kumban::store::Store;
use std::path::{Path, PathBuf};
use std::process::Output;
use support::shared::*;

const GROUP: u32 = 4700;
const OFFICER: u32 = 4701;
const CLERK: u32 = 4702;
const VIEWER: u32 = 4703;
const NAMED_OFFICER: u32 = 4704;
const CHILD_VAR: &str = "KUMBAN_REVIEW_CHILD_DB";

/// …/office/db, 2770 OFFICER:GROUP: the officer owns the folder.
fn office() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    chmod(dir.path(), 0o755);
    let office = dir.path().join("office");
    let db = office.join("db");
    std::fs::create_dir_all(&db).unwrap();
    std::os::unix::fs::chown(&office, Some(0), Some(GROUP)).unwrap();
    std::os::unix::fs::chown(&db, Some(OFFICER), Some(GROUP)).unwrap();
    for p in [&office, &db] {
        chmod(p, 0o2770);
    }
    (dir, db)
}

fn member(uid: u32, db: &Path, args: &[&str]) -> Output {
    member_of(GROUP, uid, db, args)
}

fn ok(o: &Output) -> String {
    assert!(o.status.success(), "{}{}", stdout(o), stderr(o));
    stdout(o)
}

fn refused(o: &Output, words: &str) {
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(o), stderr(o));
    assert!(stderr(o).contains(words), "{}", stderr(o));
}

/// The clerk's own kumban edits a Bansuo income log of October 2026 and
/// says what happened: `SAVED` or `REFUSED <message>`.
fn clerk_edits(db: &Path) -> String {
    let out = as_user(CLERK, GROUP)
        .arg(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_edits_an_october_income_log",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_VAR, db)
        .env("KUMBAN_OWNER_IDLE_SECS", "1")
        .output()
        .unwrap();
    let text = stdout(&out);
    text.lines()
        .find(|l| l.starts_with("SAVED") || l.starts_with("REFUSED"))
        .unwrap_or_else(|| panic!("the clerk's edit did not run: {text}{}", stderr(&out)))
        .to_string()
}

#[test]
fn child_edits_an_october_income_log() {
    let Some(db) = std::env::var_os(CHILD_VAR) else {
        return;
    };
    let store = Store::connect(Path::new(&db), &how()).unwrap();
    let october = Period::parse("2026-10").unwrap();
    let log = store
        .all::<IncomeLog>()
        .map(|l| l.unwrap())
        .find(|l| {
            Period::of(l.record.date) == october
                && store
                    .fetch::<Household>(l.record.household)
                    .unwrap()
                    .record
                    .village
                    == "Bansuo"
        })
        .expect("an October income log in Bansuo");
    let mut changed = log.record.clone();
    changed.description = format!("{} (checked)", changed.description);
    match store.update(IncomeId(log.id), changed) {
        Ok(()) => println!("\nSAVED"),
        Err(e) => println!("\nREFUSED {e}"),
    }
}

fn review_of(db: &Path, uid: u32, village: &str, period: &str) -> String {
    let out = ok(&member(uid, db, &["status", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["review"][village][period]
        .as_str()
        .unwrap_or_else(|| panic!("no review.{village}.{period} in {out}"))
        .to_string()
}

#[test]
fn approve_refuses_the_clerks_edit_until_the_officer_reopens_the_month() {
    if cannot_switch_users() {
        return;
    }
    let (dir, db) = office();
    ok(&member(OFFICER, &db, &["demo"]));
    let access = db.join("access.json");
    std::fs::write(
        &access,
        format!(r#"{{"viewers": ["uid {VIEWER}"], "officers": ["uid {NAMED_OFFICER}"], "clerks": ["uid {CLERK}"]}}"#),
    )
    .unwrap();
    chmod(&access, 0o644);
    let month = ["--village", "Bansuo", "--period", "2026-10"];
    let approve: Vec<&str> = ["approve"].iter().chain(month.iter()).copied().collect();
    let reopen: Vec<&str> = ["reopen"].iter().chain(month.iter()).copied().collect();

    // Clerks and viewers may not, whatever they run.
    refused(&member(CLERK, &db, &approve), "only an officer may approve");
    refused(
        &member(VIEWER, &db, &approve),
        "only an officer may approve",
    );
    refused(&member(CLERK, &db, &reopen), "only an officer may approve");
    assert_eq!(review_of(&db, CLERK, "Bansuo", "2026-10"), "open");
    assert_eq!(clerk_edits(&db), "SAVED");

    let out = ok(&member(OFFICER, &db, &approve));
    assert!(
        out.contains(&format!("approved by uid {OFFICER} on ")),
        "{out}"
    );
    assert_eq!(review_of(&db, CLERK, "Bansuo", "2026-10"), "approved");
    let edit = clerk_edits(&db);
    assert!(
        edit.contains(&format!("Bansuo 2026-10 was approved by uid {OFFICER} on "))
            && edit.contains("ask an officer to reopen it"),
        "{edit}"
    );

    // An import with one row in the month is refused whole.
    let csv = dir.path().join("office/income.csv");
    std::fs::write(
        &csv,
        "household,date,group,flow,amount,currency,description,animal\n\
         BS-01,2026-11-10,cattle,income,5.00,USD,rope,\n\
         BS-01,2026-10-10,cattle,income,5.00,USD,salt,\n",
    )
    .unwrap();
    chmod(&csv, 0o644);
    let before = ok(&member(CLERK, &db, &["status", "--json"]));
    let out = member(CLERK, &db, &["import", csv.to_str().unwrap()]);
    refused(&out, "ask an officer to reopen it");
    assert!(
        stderr(&out).contains("nothing was imported"),
        "{}",
        stderr(&out)
    );
    assert_eq!(ok(&member(CLERK, &db, &["status", "--json"])), before);

    // An officer named in access.json may reopen it; the edit is saved.
    let out = ok(&member(NAMED_OFFICER, &db, &reopen));
    assert!(out.contains("open"), "{out}");
    assert_eq!(review_of(&db, CLERK, "Bansuo", "2026-10"), "open");
    assert_eq!(clerk_edits(&db), "SAVED");

    // Returned with a comment, then the clerk marks the fixes done.
    let mut back = reopen.clone();
    back.extend(["--comment", "BS-01 sold the same calf twice"]);
    ok(&member(OFFICER, &db, &back));
    assert_eq!(review_of(&db, CLERK, "Bansuo", "2026-10"), "returned");
    let text = ok(&member(CLERK, &db, &["status"]));
    assert!(text.contains("BS-01 sold the same calf twice"), "{text}");
    let fixed: Vec<&str> = ["fixed"].iter().chain(month.iter()).copied().collect();
    refused(&member(VIEWER, &db, &fixed), "viewer");
    ok(&member(CLERK, &db, &fixed));
    assert_eq!(review_of(&db, CLERK, "Bansuo", "2026-10"), "open");
}
