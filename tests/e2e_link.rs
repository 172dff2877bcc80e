//! The officer's link over SSH, in a real pseudo-terminal: a hang-up of
//! every kind ends kumban cleanly (no panic, no SIGABRT, the database
//! sound) and keeps an unsaved form as a draft the next session offers;
//! a held key draws fewer frames than keys; a scrolled row costs about a
//! row of bytes; a terminal nobody reads ends the session.

mod support;

use std::path::Path;
use support::e2e::*;

/// The Households tab with a new household's code typed: an unsaved form.
fn typing_a_household(s: &mut Session) {
    s.expect("60 pregnant");
    s.key(b"2", "Households");
    s.key(b"n", "New household");
    s.key(b"ZZ-99", "ZZ-99");
}

fn draft_file(db: &Path) -> std::path::PathBuf {
    // SAFETY: getuid cannot fail.
    db.join(format!("draft-{}.json", unsafe { libc::getuid() }))
}

/// The session ended by itself, not by a signal (a panic ends in SIGABRT).
fn ended_cleanly(status: &portable_pty::ExitStatus, how: &str) {
    assert!(
        status.signal().is_none() && status.success(),
        "kumban did not end cleanly after {how}: {status:?}"
    );
}

/// The draft is there, readable by its user only, and the next session
/// offers it; y brings the form back as it was.
fn draft_offered(db: &Path) {
    let file = draft_file(db);
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&file)
            .unwrap_or_else(|e| panic!("no draft at {}: {e}", file.display()))
            .permissions(),
    );
    assert_eq!(mode & 0o777, 0o600, "the draft is the user's own");
    assert_check_clean(db);
    let mut s = Session::start(db);
    s.expect("You had an unsaved household ZZ-99; resume it?");
    s.key(b"y", "New household");
    s.sees("ZZ-99");
    s.sees("Resumed the unsaved household ZZ-99");
    assert!(!file.exists(), "a resumed draft is gone from disk");
}

#[test]
fn sighup_ends_the_session_cleanly_and_keeps_the_form() {
    let dir = demo_db();
    let db = dir.path().join("db");
    let mut s = Session::start(&db);
    typing_a_household(&mut s);
    let pid = s.child.process_id().unwrap() as i32;
    // SAFETY: a signal to our own child.
    unsafe { libc::kill(pid, libc::SIGHUP) };
    let status = s.wait_exit();
    ended_cleanly(&status, "SIGHUP");
    s.assert_restored();
    draft_offered(&db);
}

#[test]
fn a_closed_terminal_ends_the_session_cleanly_and_keeps_the_form() {
    let dir = demo_db();
    let db = dir.path().join("db");
    let mut s = Session::start(&db);
    typing_a_household(&mut s);
    s.hang_up();
    let status = s.wait_gone();
    ended_cleanly(&status, "the terminal closed");
    draft_offered(&db);
}

#[test]
fn a_closed_terminal_ends_the_session_under_a_wrapper_that_ignores_sighup() {
    let dir = demo_db();
    let db = dir.path().join("db");
    // The wrapper ignores SIGHUP, and so (as it asks) does kumban: only the
    // terminal itself says the link is gone.
    let cmd = tui_command("sh", &["-c", r#"trap '' HUP; exec "$0" "$@""#], &db);
    let mut s = Session::spawn(cmd, 24, 80);
    typing_a_household(&mut s);
    s.hang_up();
    let status = s.wait_gone();
    ended_cleanly(&status, "the terminal closed, SIGHUP ignored");
    draft_offered(&db);
}

#[test]
fn a_terminal_nobody_reads_ends_the_session() {
    let dir = demo_db();
    let db = dir.path().join("db");
    let mut cmd = tui_command(BIN, &[], &db);
    cmd.env("KUMBAN_WRITE_TIMEOUT", "1");
    let mut s = Session::spawn(cmd, 60, 200);
    s.expect("60 pregnant");
    s.key(b"2", "Households");
    // The far end stops reading (a link dropped without a word); every
    // Ctrl-L asks for the whole screen again until writing blocks.
    s.stop_reading
        .store(true, std::sync::atomic::Ordering::SeqCst);
    s.reader.take().unwrap().join().unwrap();
    for _ in 0..40 {
        if s.child.try_wait().unwrap().is_some() {
            break;
        }
        s.send(&[0x0c]);
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
    let status = s.wait_gone();
    ended_cleanly(&status, "the terminal stopped taking output");
    assert_check_clean(&db);
}

fn frames(bytes: &[u8]) -> usize {
    bytes
        .windows(FRAME_END.len())
        .filter(|w| *w == FRAME_END)
        .count()
}

#[test]
fn a_held_key_draws_fewer_frames_than_keys() {
    let dir = demo_db();
    let mut s = Session::start(&dir.path().join("db"));
    s.expect("60 pregnant");
    s.key(b"2", "1/46");
    // 40 presses arriving together, as from a held key on a slow link.
    let bytes = s.key(&[b'j'; 40], "41/46");
    let n = frames(&bytes);
    eprintln!("40 held keys: {n} frames, {} bytes", bytes.len());
    assert!(n < 40, "{n} frames for 40 keys");
}

#[test]
fn a_scrolled_row_move_costs_about_one_row() {
    let dir = demo_db();
    let mut s = Session::start(&dir.path().join("db"));
    let first = s.expect("60 pregnant");
    let tab = s.key(b"2", "1/46");
    let row = s.key(b"j", "2/46");
    // 19 rows fit at 80×24: the 20th scrolls the list.
    for i in 3..=19 {
        s.key(b"j", &format!("{i}/46"));
    }
    let down = s.key(b"j", "20/46");
    s.sees("BS-20");
    for i in (2..=19).rev() {
        s.key(b"k", &format!("{i}/46"));
    }
    let up = s.key(b"k", "1/46");
    s.sees("BS-01");
    eprintln!(
        "pty figures: first screen {} B; tab switch {} B; row move {} B; \
         scrolled row move down {} B, up {} B",
        first.len(),
        tab.len(),
        row.len(),
        down.len(),
        up.len()
    );
    assert!(
        down.len() < 300,
        "scrolled row move down: {} bytes",
        down.len()
    );
    assert!(up.len() < 300, "scrolled row move up: {} bytes", up.len());
    // What the terminal shows is what kumban drew.
    let lines: Vec<String> = s.screen().lines().map(|l| l.to_string()).collect();
    assert!(lines[3].starts_with("BS-01"), "{}", s.screen());
    assert!(lines[21].starts_with("BS-19"), "{}", s.screen());
}
