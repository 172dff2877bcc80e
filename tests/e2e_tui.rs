//! The real binary in a pseudo-terminal, its screen read back through the
//! vt100 terminal emulator: tabs, filter, detail, related records, resize,
//! quit and SIGTERM, and the terminal restored each time. Also counts the
//! bytes the app writes for one row move and one tab switch.
//!
//! Every wait is bounded; a wait that runs out fails with the screen as it
//! was.

use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_kumban");
const TODAY: &str = "2026-11-28";
const WAIT: Duration = Duration::from_secs(20);
/// The end of a synchronized update: every frame ends with it.
const FRAME_END: &[u8] = b"\x1b[?2026l";

struct Session {
    master: Box<dyn MasterPty + Send>,
    /// Tells the reader thread to stop and close its copy of the master,
    /// so that dropping `master` really closes the terminal.
    stop_reading: std::sync::Arc<std::sync::atomic::AtomicBool>,
    reader: Option<std::thread::JoinHandle<()>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    /// Every byte the app has written.
    log: Vec<u8>,
    closed: bool,
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl Session {
    fn start(db: &Path) -> Session {
        let pair = native_pty_system().openpty(size(24, 80)).unwrap();
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(["--db", db.to_str().unwrap(), "--today", TODAY]);
        cmd.env("TERM", "xterm");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("KUMBAN_DB");
        cmd.env_remove("KUMBAN_TODAY");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let fd = pair.master.as_raw_fd().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, output) = channel();
        let stop_reading = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = stop_reading.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                // Wait at most 50 ms for output, so that a stop request is seen.
                let mut pfd = libc::pollfd {
                    fd,
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one valid pollfd, for the length given.
                let ready = unsafe { libc::poll(&mut pfd, 1, 50) };
                if ready == 0 {
                    continue;
                }
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if tx.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Session {
            master: pair.master,
            stop_reading,
            reader: Some(reader),
            writer,
            child,
            output,
            parser: vt100::Parser::new(nz(24), nz(80), 0),
            log: Vec::new(),
            closed: false,
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// Reads output until a whole frame has arrived after which `done`
    /// holds for the screen. Returns the bytes read meanwhile.
    fn frame_where(&mut self, what: &str, done: impl Fn(&str) -> bool) -> Vec<u8> {
        let deadline = Instant::now() + WAIT;
        let mut fresh: Vec<u8> = Vec::new();
        loop {
            let frame_ended = fresh.windows(FRAME_END.len()).any(|w| w == FRAME_END)
                && fresh.ends_with(FRAME_END);
            if frame_ended && done(&self.screen()) {
                return fresh;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => {
                    self.parser.process(&bytes);
                    self.log.extend_from_slice(&bytes);
                    fresh.extend_from_slice(&bytes);
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("timed out waiting for {what}; screen:\n{}", self.screen())
                }
                Err(RecvTimeoutError::Disconnected) => {
                    self.closed = true;
                    panic!(
                        "kumban ended while waiting for {what}; screen:\n{}",
                        self.screen()
                    )
                }
            }
        }
    }

    /// The screen as it is now shows `what`.
    fn sees(&self, what: &str) {
        assert!(
            self.screen().contains(what),
            "expected {what:?} on:\n{}",
            self.screen()
        );
    }

    fn expect(&mut self, what: &str) -> Vec<u8> {
        let w = what.to_string();
        self.frame_where(what, move |s| s.contains(&w))
    }

    /// Presses keys and waits for a frame showing `what`; returns the bytes.
    fn key(&mut self, keys: &[u8], what: &str) -> Vec<u8> {
        self.send(keys);
        self.expect(what)
    }

    fn resize(&mut self, rows: u16, cols: u16) {
        self.master.resize(size(rows, cols)).unwrap();
        self.parser.screen_mut().set_size(nz(rows), nz(cols));
    }

    /// Waits for the process to end and reads what it wrote last.
    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Drain what is left (bounded by the deadline).
                while let Ok(bytes) = self.output.recv_timeout(
                    Duration::from_millis(200)
                        .min(deadline.saturating_duration_since(Instant::now())),
                ) {
                    self.parser.process(&bytes);
                    self.log.extend_from_slice(&bytes);
                }
                return status;
            }
            match self.output.recv_timeout(Duration::from_millis(50)) {
                Ok(bytes) => {
                    self.parser.process(&bytes);
                    self.log.extend_from_slice(&bytes);
                }
                Err(_) if Instant::now() > deadline => {
                    let _ = self.child.kill();
                    panic!("kumban did not exit; screen:\n{}", self.screen())
                }
                Err(_) => {}
            }
        }
    }

    fn assert_restored(&self) {
        let s = self.parser.screen();
        assert!(!s.alternate_screen(), "alternate screen left");
        assert!(!s.hide_cursor(), "cursor shown");
        assert!(!s.bracketed_paste(), "bracketed paste off");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if !self.closed && self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
        }
    }
}

fn demo_db() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(BIN)
        .args([
            "--db",
            dir.path().join("db").to_str().unwrap(),
            "--today",
            TODAY,
            "demo",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

#[test]
fn browse_the_demonstration_data_in_a_real_terminal() {
    let dir = demo_db();
    let started = Instant::now();
    let mut s = Session::start(&dir.path().join("db"));
    s.expect("60 pregnant");
    let first_frame = started.elapsed();
    assert!(s.parser.screen().alternate_screen());
    assert!(s.parser.screen().bracketed_paste());

    // Every tab by number.
    for (key, seen) in [
        (b"2", "Households"),
        (b"3", "Hhold   Head of household   Pen"),
        (b"4", "Tag       Sex"),
        (b"5", "Cow       Hhold   Serviced"),
        (b"6", "Date       Hhold   Group"),
        (b"7", "When             By"),
        (b"1", "Due next"),
    ] {
        s.key(key, seen);
    }
    // And by Tab / Shift-Tab.
    for seen in [
        "1/46", "1/43", "1/148", "1/85", "1/1051", "1/1373", "Due next",
    ] {
        s.key(b"\t", seen);
    }
    s.key(b"\x1b[Z", "1/1373");
    s.key(b"\x1b[Z", "1/1051");

    // One row down on the Households tab, and one tab switch: bytes written.
    s.key(b"2", "1/46");
    let row_move = s.key(b"j", "2/46");
    let tab_switch = s.key(b"3", "1/43");
    s.key(b"2", "2/46");

    // Filter by a Lao name.
    s.key(b"/", "filter:");
    let filtered = s.key("ບຸນມີ".as_bytes(), "filter: ບຸນມີ ");
    s.sees("1/5");
    let filter_bytes = filtered.len();
    s.key(b"\r", "1/5");

    // Open the detail of the first match, then its cattle, and back.
    s.key(b"\r", "Household BS-01");
    s.sees("Cattle (4)");
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
            .is_some_and(|l| l.contains("7 History"))
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
    let out = std::process::Command::new(BIN)
        .args(["--db", db.to_str().unwrap(), "--today", TODAY, "check"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_empty_database_opens_on_the_welcome_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start(&dir.path().join("db"));
    s.expect("Welcome to kumban");
    s.key(b"2", "No households records yet");
    s.key(b"n", "forms are not in this version");
    s.send(&[3]); // Ctrl-C
    assert!(s.wait_exit().success());
    s.assert_restored();
}
