//! The real binary in a pseudo-terminal, its screen read back through the
//! vt100 terminal emulator: tabs, filter, detail, related records, resize,
//! quit and SIGTERM, and the terminal restored each time. Also counts the
//! bytes the app writes for one row move and one tab switch.
//!
//! Every wait is bounded; a wait that runs out fails with the screen as it
//! was.

mod support;

use portable_pty::native_pty_system;
use std::time::{Duration, Instant};
use support::e2e::*;

#[test]
fn browse_the_demonstration_data_in_a_real_terminal() {
    let dir = demo_db();
    let started = Instant::now();
    let mut s = Session::start(&dir.path().join("db"));
    s.expect("60 pregnant");
    let first_frame = started.elapsed();
    assert!(s.parser.screen().alternate_screen());
    assert!(s.parser.screen().bracketed_paste());

    // Every screen by its group's number; the digit again goes on
    // within the group (2 Households: Households, Members, Pens; 3 Herd:
    // Cattle, Breeding, Weights).
    for (key, seen) in [
        (b"2", "Households"),
        (b"2", "Hhold Name"),
        (b"2", "Hhold Head of household      Pen"),
        (b"3", "Tag      Sex"),
        (b"3", "Cow      Hhold Serviced"),
        (b"3", "Tag      Date"),
        (b"4", "Date       Hhold Group"),
        (b"4", "household village group month"),
        (b"4", "From       Currency"),
        (b"5", "When             By"),
        (b"5", "Month   Village   State"),
        (b"6", "1/1571"),
        (b"7", "1/4"),
        (b"7", "1/82"),
        (b"7", "1/16"),
        (b"1", "Due next"),
    ] {
        s.key(key, seen);
    }
    // And by Tab / Shift-Tab.
    for seen in [
        "1/46",
        "1/255",
        "1/43",
        "1/148",
        "1/85",
        "1/992",
        "1/1093",
        "household village group month",
        "1/105",
        "1/4440",
        "1/66",
        "1/1571",
        "1/4",
        "1/82",
        "1/16",
        "Due next",
    ] {
        s.key(b"\t", seen);
    }
    s.key(b"\x1b[Z", "1/16");
    s.key(b"\x1b[Z", "1/82");
    s.key(b"\x1b[Z", "1/4");
    s.key(b"\x1b[Z", "1/1571");
    s.key(b"\x1b[Z", "1/66");
    s.key(b"\x1b[Z", "1/4440");
    s.key(b"\x1b[Z", "1/105");
    s.key(b"\x1b[Z", "household village group month");
    s.key(b"\x1b[Z", "1/1093");

    // One row down on the Households tab, and one tab switch: bytes written.
    s.key(b"2", "1/46");
    let row_move = s.key(b"j", "2/46");
    let tab_switch = s.key(b"3", "1/148");
    s.key(b"2", "2/46");

    // Filter by a Lao name.
    s.key(b"/", "filter:");
    let filtered = s.key("ບຸນມີ".as_bytes(), "filter: ບຸນມີ ");
    s.sees("1/5");
    let filter_bytes = filtered.len();
    s.key(b"\r", "1/5");

    // Open the detail of the first match, then its cattle, and back.
    s.key(b"\r", "Household BS-01");
    // The detail is a line longer than the popup since it shows the
    // household's fertility: one line down shows its cattle.
    s.key(b"j", "Cattle (4)");
    s.key(b"c", "cattle of BS-01 (Esc: back)");
    s.sees("1/4");
    s.key(b"\x1b", "filter: ບຸນມີ");
    s.sees("1/5");

    // Resize: bigger, too small, back to 80×24.
    s.resize(30, 100);
    s.frame_where("a 100-column frame", |screen| {
        screen
            .lines()
            .next()
            .is_some_and(|l| l.contains("5 Checks"))
            && screen
                .lines()
                .nth(1)
                .is_some_and(|l| l.trim_end().len() > 80)
    });
    s.resize(12, 50);
    s.expect("at least 60 columns");
    s.resize(24, 80);
    s.expect("filter: ບຸນມີ");

    // Idle: a quiet second sends nothing (no periodic redraw).
    let quiet = s.output.recv_timeout(Duration::from_millis(1200));
    assert!(quiet.is_err(), "idle output: {quiet:?}");

    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();

    println!(
        "pty figures ({} build): first frame {} ms; row move {} bytes; tab switch {} bytes; \
         Lao filter (5 keystrokes) {} bytes; total {} bytes",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        first_frame.as_millis(),
        row_move.len(),
        tab_switch.len(),
        filter_bytes,
        s.log.len()
    );
    assert!(
        row_move.len() < 1024,
        "a row move wrote {} bytes",
        row_move.len()
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    let dir = demo_db();
    let mut s = Session::start(&dir.path().join("db"));
    s.expect("60 pregnant");
    s.key(b"2", "1/46");
    let pid = s.child.process_id().unwrap();
    let kill = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    s.wait_exit();
    s.assert_restored();
    // The database was closed cleanly: another session opens it at once.
    let out = std::process::Command::new(BIN)
        .args([
            "--db",
            dir.path().join("db").to_str().unwrap(),
            "--today",
            TODAY,
            "check",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_dropped_terminal_ends_the_session_and_frees_the_database() {
    let dir = demo_db();
    let db = dir.path().join("db");
    let mut s = Session::start(&db);
    s.expect("60 pregnant");
    // Close the terminal (every copy of the master side): the kernel hangs
    // up, sending SIGHUP, and reads of the terminal then end at once.
    s.stop_reading
        .store(true, std::sync::atomic::Ordering::SeqCst);
    s.reader.take().unwrap().join().unwrap();
    let Session { master, writer, .. } = &mut s;
    drop(std::mem::replace(writer, Box::new(std::io::sink())));
    drop(std::mem::replace(
        master,
        native_pty_system().openpty(size(24, 80)).unwrap().master,
    ));
    let deadline = Instant::now() + WAIT;
    while s.child.try_wait().unwrap().is_none() {
        assert!(
            Instant::now() < deadline,
            "kumban still running after the hang-up"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    s.closed = true;
    assert_check_clean(&db);
}

#[test]
fn an_empty_database_opens_on_the_welcome_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start_new(&dir.path().join("db"));
    s.expect("Welcome to kumban");
    s.key(b"2", "No households records yet");
    s.key(b"n", "New household");
    s.send(&[3]); // Ctrl-C: nothing typed, so no question
    assert!(s.wait_exit().success());
    s.assert_restored();
}
