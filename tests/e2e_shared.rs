//! Two people on one database, each in a real terminal: the clerk adds a
//! household and an income log by keys; the officer's screen shows each
//! within a second with no key pressed. Both quit cleanly and
//! `kumban check` finds the database sound.

mod support;

use std::time::{Duration, Instant};
use support::e2e::*;

/// Waits for the officer's screen to show `what` with no key sent, and
/// says how long it took from `since`.
fn shows_unprompted(s: &mut Session, what: &str, since: Instant) -> Duration {
    s.expect(what);
    since.elapsed()
}

#[test]
fn what_the_clerk_saves_shows_on_the_officers_screen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let mut clerk = Session::start_new(&db);
    clerk.expect("Welcome to kumban");
    let mut officer = Session::start(&db);
    officer.expect("Welcome to kumban");
    officer.key(b"2", "No households records yet");

    // The clerk adds a household.
    clerk.key(b"2", "No households records yet");
    clerk.key(b"n", "New household");
    clerk.send(b"BS-01");
    clerk.send(TAB);
    clerk.send("ທ້າວ ສົມສັກ".as_bytes());
    clerk.send(TAB);
    clerk.send(b"Bansuo");
    clerk.send(TAB);
    clerk.send(b"5");
    clerk.key(CTRL_S, "saved new household BS-01");
    let saved = Instant::now();
    let took = shows_unprompted(&mut officer, "ທ້າວ ສົມສັກ", saved);
    assert!(
        took < Duration::from_secs(1),
        "household shown after {took:?}"
    );

    // Then an income log for it, from its income list.
    officer.key(b"4", "No income records yet"); // 4 Money: Income
    clerk.key(b"i", "Income");
    clerk.key(b"n", "New income log");
    clerk.send(TAB); // date: today
    clerk.send(TAB);
    clerk.send(b"w"); // weaving
    clerk.send(TAB);
    clerk.send(TAB);
    clerk.send(b"1,200,000 LAK");
    clerk.send(TAB);
    clerk.send(b"sinh skirts");
    clerk.key(CTRL_S, "saved");
    let saved = Instant::now();
    let took = shows_unprompted(&mut officer, "1,200,000.00 LAK", saved);
    assert!(took < Duration::from_secs(1), "income shown after {took:?}");
    officer.sees("sinh skirts");
    eprintln!("income log on the officer's screen {took:?} after the clerk's save");

    for s in [&mut clerk, &mut officer] {
        s.send(b"q");
        let status = s.wait_exit();
        assert!(status.success(), "{status:?}");
        s.assert_restored();
    }
    assert_check_clean(&db);
}
