//! Mistakes, made in the real binary in a pseudo-terminal. Bad input:
//! each shows its message beside the field, the form stays open with what
//! was typed, and nothing is written (the counts `kumban status --json`
//! gives afterwards are those of before, and `kumban check` is clean). A
//! calving recorded by mistake: `u` takes back the outcome and the calf.

mod support;

use kumban::store::Store;
use support::e2e::*;

/// A household BS-01 with a pen, a cow BS-C-001 served on 2026-02-10
/// (pending), and one income log; written before any kumban runs on it.
fn seeded() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    let h = store.insert(support::store::household("BS-01")).unwrap();
    let p = store.insert(support::store::pen(h, "Pen 1")).unwrap();
    let cow = store
        .insert(support::store::cow("BS-C-001", h, Some(p)))
        .unwrap();
    store
        .insert(support::store::pregnancy(
            cow,
            support::store::day(2026, 2, 10),
        ))
        .unwrap();
    store
        .insert(support::store::income(
            h,
            support::store::day(2026, 11, 1),
            50_000,
        ))
        .unwrap();
    dir
}

/// A session on the seeded database, and what `status --json` said
/// before it started.
fn start_seeded() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    serde_json::Value,
    Session,
) {
    let dir = seeded();
    let db = dir.path().join("db");
    let before = status_json(&db);
    let s = Session::start(&db);
    (dir, db, before, s)
}

/// Opens the calving form of the seeded cow's pregnancy and fills it in:
/// calved on `date`, a calf BS-C-009.
fn calving(s: &mut Session, date: &[u8]) {
    s.key(b"33", "BS-C-001"); // 3 Herd: Cattle, Breeding
    s.key(b"c", "Calving of BS-C-001");
    s.send(CTRL_U);
    fields(s, &[date, b""]);
    s.send(b"BS-C-009");
}

/// Leaves the form unsaved (Esc, then y to throw away what was typed),
/// quits, and checks that the database is as it was.
fn nothing_written(mut s: Session, db: &std::path::Path, before: &serde_json::Value) {
    s.key(ESC, "throw away what you typed");
    s.key(b"y", "nothing was saved");
    s.send(b"q");
    assert!(s.wait_exit().success());
    assert_eq!(&status_json(db), before, "something was written");
    assert_check_clean(db);
}

#[test]
fn an_invalid_date_is_refused_beside_its_field() {
    let (_dir, db, before, mut s) = start_seeded();
    s.key(b"222", "Pen 1"); // 2 Households: Households, Members, Pens
    s.key(b"n", "New cattle pen");
    fields(&mut s, &[b"", b"Pen 2", b"4"]);
    s.key(b"i", "Inspected on");
    s.send(TAB);
    s.send(b"2026-13-45");
    s.key(CTRL_S, "\"2026-13-45\" is not a date");
    s.sees("New cattle pen");
    nothing_written(s, &db, &before);
}

#[test]
fn a_negative_or_malformed_amount_is_refused() {
    let (_dir, db, before, mut s) = start_seeded();
    s.key(b"2", "BS-01");
    s.key(b"i", "income of BS-01");
    s.key(b"n", "New income log");
    // Household (the one in view), date, group, flow.
    for _ in 0..4 {
        s.send(TAB);
    }
    s.send(b"-5 USD");
    s.key(CTRL_S, "the amount must be more than zero; choose expense");
    s.send(CTRL_U);
    s.send(b"12x USD");
    s.key(CTRL_S, "\"12x\" is not an amount");
    s.sees("12x USD");
    nothing_written(s, &db, &before);
}

#[test]
fn a_duplicate_household_code_is_refused() {
    let (_dir, db, before, mut s) = start_seeded();
    s.key(b"2", "BS-01");
    s.key(b"n", "New household");
    fields(&mut s, &[b"BS-01", b"Somsack"]);
    s.send(CTRL_U); // the village filled in from the last household
    fields(&mut s, &[b"Bansuo"]);
    s.send(b"4");
    s.key(CTRL_S, "household code BS-01 is already used");
    s.sees("New household");
    nothing_written(s, &db, &before);
}

#[test]
fn a_pasted_control_character_is_refused_and_nothing_pasted() {
    let (_dir, db, before, mut s) = start_seeded();
    s.key(b"2", "BS-01");
    s.key(b"n", "New household");
    s.send(b"BS-02");
    s.send(TAB);
    s.key(
        b"\x1b[200~Som\x07sack\x1b[201~",
        "the pasted text holds a control character (U+0007);",
    );
    assert!(!s.screen().contains("Somsack"), "{}", s.screen());
    nothing_written(s, &db, &before);
}

#[test]
fn a_calving_before_its_service_is_refused() {
    let (_dir, db, before, mut s) = start_seeded();
    calving(&mut s, b"2026-01-05");
    s.key(CTRL_S, "before the service date (2026-02-10)");
    s.sees("Calving of BS-C-001");
    nothing_written(s, &db, &before);
}

/// A calving undone with `u` takes back both the outcome and the calf it
/// created, in one step.
#[test]
fn a_calving_undone_removes_the_outcome_and_the_calf() {
    let dir = seeded();
    let db = dir.path().join("db");
    let before = status_json(&db);
    assert_eq!(before["breeding"]["pregnant"], 1);
    let mut s = Session::start(&db);
    calving(&mut s, b"2026-11-22");
    s.key(CTRL_S, "saved the calving of BS-C-001 and calf BS-C-009");
    s.sees("calved");
    s.key(b"33", "BS-C-009"); // from Breeding: Weights, then Cattle
    s.key(
        b"u",
        "Undone: saved the calving of BS-C-001 and calf BS-C-009",
    );
    assert!(!s.screen().contains("BS-C-009 "), "{}", s.screen());
    s.key(b"3", "pending"); // from Cattle: Breeding
    s.send(b"q");
    assert!(s.wait_exit().success());

    let after = status_json(&db);
    assert_eq!(after["breeding"], before["breeding"], "{after}");
    assert_eq!(after["cattle"], before["cattle"], "{after}");
    let out = kumban(&db, &["export", "--format", "json", "--out", "-"]);
    assert!(out.status.success());
    let export = String::from_utf8_lossy(&out.stdout);
    assert!(!export.contains("BS-C-009"), "the calf is gone");
    assert_check_clean(&db);
}
