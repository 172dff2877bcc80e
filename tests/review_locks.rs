//! An approved village's month locks the records dated in it, on every
//! way of writing: a save, a delete, an undo, a new record, an import, a
//! household moved to another village. Reopening unlocks it.

mod support;

use kumban::model::*;
use kumban::store::Store;
use kumban::store::review::{Act, Role};
use support::store::*;

fn period(s: &str) -> Period {
    Period::parse(s).unwrap()
}

fn act(store: &Store, village: &str, p: &str, action: ReviewAction, comment: &str) -> Review {
    store
        .review(&Act {
            village: village.into(),
            period: period(p),
            action,
            comment: comment.into(),
        })
        .expect("review action")
}

fn locked(e: kumban::store::StoreError) -> String {
    let text = e.to_string();
    assert!(
        text.contains("Bansuo 2026-10 was approved by ")
            && text.contains("; ask an officer to reopen it"),
        "not the lock's refusal: {text}"
    );
    text
}

/// A household of Bansuo with an October income log, a cow distributed
/// in September, and a household of another village.
struct Setup {
    db: TempDb,
    store: Store,
    h: HouseholdId,
    other: HouseholdId,
    october: IncomeId,
    cow: AnimalId,
    october_txn: u64,
}

fn setup() -> Setup {
    let db = TempDb::new();
    let store = db.open_as("officer");
    // The folder's owner (this test's user) is an officer.
    assert_eq!(store.role(), Role::Officer);
    let h = store.insert(household("BS-01")).unwrap();
    let other = store
        .insert(Household {
            village: "Xianglong".into(),
            ..household("XL-01")
        })
        .unwrap();
    let october = store.insert(income(h, day(2026, 10, 5), 1000)).unwrap();
    let october_txn = store.last_txn().unwrap().unwrap();
    let cow = store
        .insert(Animal {
            origin: Origin::Distributed {
                on: day(2026, 9, 3),
            },
            ..cow("BS-C-1", h, None)
        })
        .unwrap();
    Setup {
        db,
        store,
        h,
        other,
        october,
        cow,
        october_txn,
    }
}

#[test]
fn an_approved_month_refuses_edits_deletes_undo_and_new_records_until_reopened() {
    let s = setup();
    let r = act(&s.store, "Bansuo", "2026-10", ReviewAction::Approve, "");
    assert_eq!(r.state, ReviewState::Approved);
    assert_eq!(r.log[0].by, "officer");

    let mut changed = s.store.fetch::<IncomeLog>(s.october).unwrap().record;
    changed.amount = Money::new(2000, Currency::Lak);
    let e = s.store.update(s.october, changed.clone()).unwrap_err();
    let text = locked(e);
    assert!(text.contains("approved by officer on "), "{text}");
    locked(s.store.delete::<IncomeLog>(s.october).unwrap_err());
    locked(s.store.undo(s.october_txn).unwrap_err());
    locked(
        s.store
            .insert(income(s.h, day(2026, 10, 30), 5))
            .unwrap_err(),
    );
    // Moving a record into the month is a new record in it.
    let mut november = income(s.h, day(2026, 11, 2), 5);
    let nov = s.store.insert(november.clone()).unwrap();
    november.date = day(2026, 10, 2);
    locked(s.store.update(nov, november).unwrap_err());
    // A batch (an import) is refused whole.
    let before = s.store.count(RecordKind::Income);
    let e = s
        .store
        .batch(|b| {
            b.insert(income(s.h, day(2026, 11, 3), 7))?;
            b.insert(income(s.h, day(2026, 10, 3), 7))?;
            Ok(())
        })
        .unwrap_err();
    locked(e);
    assert_eq!(s.store.count(RecordKind::Income), before);
    assert_eq!(
        s.store.fetch::<IncomeLog>(s.october).unwrap().record.amount,
        Money::new(1000, Currency::Lak)
    );

    // Other months and other villages are not locked.
    s.store.insert(income(s.h, day(2026, 9, 30), 5)).unwrap();
    s.store
        .insert(income(s.other, day(2026, 10, 5), 5))
        .unwrap();
    // Neither is what belongs to no event: the cow's notes.
    let mut cow = s.store.fetch::<Animal>(s.cow).unwrap().record;
    cow.notes = "calm".into();
    s.store.update(s.cow, cow).unwrap();
    assert_sound(&s.store);

    let r = act(&s.store, "Bansuo", "2026-10", ReviewAction::Reopen, "");
    assert_eq!(r.state, ReviewState::Open);
    assert_eq!(r.log.len(), 2);
    assert_eq!(r.log[1].action, ReviewAction::Reopen);
    s.store.update(s.october, changed).unwrap();
}

#[test]
fn the_events_of_an_animal_lock_only_their_own_month() {
    let s = setup();
    act(&s.store, "Bansuo", "2026-09", ReviewAction::Approve, "");
    // Sold in November: a new event, in an open month.
    let mut cow = s.store.fetch::<Animal>(s.cow).unwrap().record;
    cow.status = AnimalStatus::Sold {
        on: day(2026, 11, 20),
        price: Money::from_major(500, Currency::Usd),
    };
    s.store.update(s.cow, cow.clone()).unwrap();
    // The September distribution itself is locked.
    cow.breed = "Brahman".into();
    let e = s.store.update(s.cow, cow).unwrap_err();
    assert!(
        e.to_string().contains("Bansuo 2026-09 was approved by"),
        "{e}"
    );
}

#[test]
fn a_household_with_locked_records_cannot_move_to_another_village() {
    let s = setup();
    act(&s.store, "Bansuo", "2026-10", ReviewAction::Approve, "");
    let mut h = s.store.fetch::<Household>(s.h).unwrap().record;
    h.phone = None;
    s.store.update(s.h, h.clone()).unwrap();
    h.village = "Xianglong".into();
    let e = s.store.update(s.h, h).unwrap_err();
    locked(e);
}

#[test]
fn a_cow_with_a_pregnancy_in_an_approved_month_cannot_move_to_another_village() {
    let s = setup();
    s.store.insert(pregnancy(s.cow, day(2026, 10, 4))).unwrap();
    act(&s.store, "Bansuo", "2026-10", ReviewAction::Approve, "");
    let mut cow = s.store.fetch::<Animal>(s.cow).unwrap().record;
    cow.household = s.other;
    let e = s.store.update(s.cow, cow).unwrap_err();
    assert!(
        e.to_string()
            .contains("household: Bansuo 2026-10 was approved"),
        "{e}"
    );
}

#[test]
fn a_pen_inspected_again_later_replaces_an_approved_inspection() {
    let s = setup();
    let pen_id = s
        .store
        .insert(Pen {
            inspected_on: Some(day(2026, 10, 9)),
            inspected_by: Some("Somchai".into()),
            status: PenStatus::Inspected,
            ..pen(s.h, "P1")
        })
        .unwrap();
    act(&s.store, "Bansuo", "2026-10", ReviewAction::Approve, "");
    let mut p = s.store.fetch::<Pen>(pen_id).unwrap().record;
    p.inspected_by = Some("Noy".into());
    assert!(s.store.update(pen_id, p.clone()).is_err());
    p.inspected_on = Some(day(2026, 11, 9));
    s.store.update(pen_id, p).unwrap();
}

#[test]
fn returned_months_carry_the_comment_until_the_clerk_marks_the_fixes_done() {
    let s = setup();
    let e = s
        .store
        .review(&Act {
            village: "Bansuo".into(),
            period: period("2026-10"),
            action: ReviewAction::Reopen,
            comment: String::new(),
        })
        .unwrap_err();
    assert!(e.to_string().contains("is open, not approved"), "{e}");
    let r = act(
        &s.store,
        "Bansuo",
        "2026-10",
        ReviewAction::Reopen,
        "BS-01's October sale is twice",
    );
    assert_eq!(r.state, ReviewState::Returned);
    assert_eq!(r.comment(), Some("BS-01's October sale is twice"));
    // A returned month is not locked: the clerk fixes it.
    s.store.insert(income(s.h, day(2026, 10, 6), 5)).unwrap();
    let d = kumban::report::Dashboard::compute(&s.store, today()).unwrap();
    assert_eq!(d.returned.len(), 1);
    assert_eq!(
        d.returned[0].comment(),
        Some("BS-01's October sale is twice")
    );
    let r = act(&s.store, "Bansuo", "2026-10", ReviewAction::FixesDone, "");
    assert_eq!(r.state, ReviewState::Open);
    assert_eq!(r.log.len(), 2);
    let d = kumban::report::Dashboard::compute(&s.store, today()).unwrap();
    assert!(d.returned.is_empty());
    // The state lasts: a new session reads it back.
    drop(s.store);
    let again = s.db.open_as("officer");
    let months = again.review_months().unwrap();
    let oct = months
        .iter()
        .find(|m| m.review.village == "Bansuo" && m.review.period == period("2026-10"))
        .unwrap();
    assert_eq!(oct.review.log.len(), 2);
    assert_eq!(oct.records, 2);
}

#[test]
fn a_month_of_an_unknown_village_is_refused() {
    let s = setup();
    let e = s
        .store
        .review(&Act {
            village: "Nowhere".into(),
            period: period("2026-10"),
            action: ReviewAction::Approve,
            comment: String::new(),
        })
        .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("no household is in village Nowhere"),
        "{e}"
    );
    let _ = s.other;
}

#[test]
fn a_restored_backup_keeps_approved_months_locked() {
    let s = setup();
    act(&s.store, "Bansuo", "2026-10", ReviewAction::Approve, "");
    act(
        &s.store,
        "Xianglong",
        "2026-10",
        ReviewAction::Reopen,
        "missing receipts",
    );
    let file = s.db.dir.path().join("b.kbk");
    kumban::interchange::backup::write(&s.store, &file).unwrap();
    let other = TempDb::new();
    let restored = other.open_as("officer");
    kumban::interchange::backup::restore_into(&restored, &file).unwrap();
    let reviews = restored.reviews().unwrap();
    assert_eq!(reviews, s.store.reviews().unwrap());
    assert_eq!(reviews.len(), 2);
    let mut changed = restored.fetch::<IncomeLog>(s.october).unwrap().record;
    changed.amount = Money::new(3, Currency::Lak);
    locked(restored.update(s.october, changed).unwrap_err());
    assert_sound(&restored);
}

fn kumban(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kumban"))
        .arg("--db")
        .arg(db)
        .args(["--today", "2026-11-28"])
        .args(args)
        .env("KUMBAN_LOCAL", "1")
        .env_remove("KUMBAN_DB")
        .env_remove("KUMBAN_TODAY")
        .env_remove("KUMBAN_BACKUP_DIR")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

/// `kumban`, which must succeed; says what it printed where it does not.
fn kumban_ok(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    let out = kumban(db, args);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// `kumban`, which must be refused (exit 1); what it said.
fn kumban_refused(db: &std::path::Path, args: &[&str]) -> String {
    let out = kumban(db, args);
    assert_eq!(out.status.code(), Some(1), "{args:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn status_json_has_the_review_of_each_month() {
    let db = TempDb::new();
    let path = db.path();
    assert!(kumban(&path, &["demo"]).status.success());
    kumban_ok(
        &path,
        &["approve", "--village", "Bansuo", "--period", "2026-10"],
    );
    kumban_ok(
        &path,
        &[
            "reopen",
            "--village",
            "Xianglong",
            "--period",
            "2026-09",
            "--comment",
            "receipts?",
        ],
    );
    // A month with no records is not listed, whatever its review.
    kumban_ok(
        &path,
        &[
            "reopen",
            "--village",
            "Bansuo",
            "--period",
            "1999-01",
            "--comment",
            "x",
        ],
    );

    let out = kumban(&path, &["status", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "today",
            "households",
            "people",
            "pens",
            "cattle",
            "breeding",
            "fertility",
            "health",
            "income",
            "due_next",
            "review"
        ]
    );
    let review = &v["review"];
    assert_eq!(review["Bansuo"]["2026-10"], "approved");
    assert_eq!(review["Bansuo"]["2026-11"], "open");
    assert_eq!(review["Xianglong"]["2026-09"], "returned");
    assert!(review["Bansuo"].get("1999-01").is_none());
    let months: Vec<&String> = review["Bansuo"].as_object().unwrap().keys().collect();
    let mut sorted = months.clone();
    sorted.sort();
    assert_eq!(months, sorted, "months oldest first");

    // Bad input: one line saying what is wrong.
    let out = kumban(
        &path,
        &["approve", "--village", "Bansuo", "--period", "2026-13"],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is not a month; write it as YYYY-MM"), "{err}");
    let err = kumban_refused(
        &path,
        &["approve", "--village", "Bansuo", "--period", "2026-10"],
    );
    assert!(
        err.contains("Bansuo 2026-10 is already approved by "),
        "{err}"
    );
}

#[test]
fn a_viewer_holding_the_database_itself_may_not_approve() {
    let db = TempDb::new();
    let path = db.path();
    assert!(kumban(&path, &["demo"]).status.success());
    let me = kumban::owner::access::user_name(nix::unistd::geteuid().as_raw());
    std::fs::write(
        path.join("access.json"),
        serde_json::json!({ "viewers": [me] }).to_string(),
    )
    .unwrap();
    let err = kumban_refused(
        &path,
        &["approve", "--village", "Bansuo", "--period", "2026-10"],
    );
    assert!(err.contains("only an officer may approve"), "{err}");
    assert!(err.contains("is a viewer"), "{err}");
}

/// `kumban restore` builds the database in a staging folder from the
/// backup's stream: the reviews travel with it, so an approved month is
/// still approved (and locked) in the restored database.
#[test]
fn a_restore_through_the_staging_folder_keeps_reviews() {
    let db = TempDb::new();
    let path = db.path();
    assert!(kumban(&path, &["demo"]).status.success());
    kumban_ok(
        &path,
        &["approve", "--village", "Bansuo", "--period", "2026-10"],
    );
    let file = path.with_extension("backup");
    kumban_ok(&path, &["backup", file.to_str().unwrap()]);
    let target = path.with_extension("restored");
    kumban_ok(&target, &["restore", file.to_str().unwrap()]);
    let out = kumban(&target, &["status", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["review"]["Bansuo"]["2026-10"], "approved");
    assert_eq!(v["review"]["Bansuo"]["2026-11"], "open");
    kumban_ok(&target, &["check"]);
}
