//! Shared by the e2e_* tests: the real binary in a pseudo-terminal, its
//! screen read back through the vt100 terminal emulator. Every wait is
//! bounded; a wait that runs out fails with the screen as it was.
#![allow(dead_code)]

use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

pub use super::keys::{CTRL_S, CTRL_U, ENTER, ESC, TAB};
pub use super::{BIN, TODAY};
pub const WAIT: Duration = Duration::from_secs(20);
/// Keys as a terminal sends them.
/// The end of a synchronized update: every frame ends with it.
pub const FRAME_END: &[u8] = b"\x1b[?2026l";

pub struct Session {
    pub master: Box<dyn MasterPty + Send>,
    /// Tells the reader thread to stop and close its copy of the master,
    /// so that dropping `master` really closes the terminal.
    pub stop_reading: std::sync::Arc<std::sync::atomic::AtomicBool>,
    pub reader: Option<std::thread::JoinHandle<()>>,
    pub writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    pub output: Receiver<Vec<u8>>,
    pub parser: vt100::Parser,
    /// Every byte the app has written.
    pub log: Vec<u8>,
    pub closed: bool,
}

pub fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

pub fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl Session {
    pub fn start(db: &Path) -> Session {
        Session::spawn(tui_command(BIN, &[], db), 24, 80)
    }

    /// Runs `cmd` (see `tui_command`) in a terminal of `rows`×`cols`.
    pub fn spawn(cmd: CommandBuilder, rows: u16, cols: u16) -> Session {
        let pair = native_pty_system().openpty(size(rows, cols)).unwrap();
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
            parser: vt100::Parser::new(nz(rows), nz(cols), 0),
            log: Vec::new(),
            closed: false,
        }
    }

    /// Starts kumban on a path with no database yet: it asks before
    /// creating one, and is told yes.
    pub fn start_new(db: &Path) -> Session {
        let mut s = Session::start(db);
        // A plain line before the TUI starts: no frame to wait for.
        let deadline = Instant::now() + WAIT;
        while !s.screen().contains("[y/N]") {
            let left = deadline.saturating_duration_since(Instant::now());
            match s.output.recv_timeout(left) {
                Ok(bytes) => s.parser.process(&bytes),
                Err(_) => panic!("no question before creating; screen:\n{}", s.screen()),
            }
        }
        s.send(b"y\r");
        s
    }

    /// Closes the terminal (every copy of the master side), as a dropped
    /// SSH link does: the kernel hangs the terminal up, and its reads end.
    pub fn hang_up(&mut self) {
        self.stop_reading
            .store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(r) = self.reader.take() {
            r.join().unwrap();
        }
        drop(std::mem::replace(
            &mut self.writer,
            Box::new(std::io::sink()),
        ));
        drop(std::mem::replace(
            &mut self.master,
            native_pty_system().openpty(size(24, 80)).unwrap().master,
        ));
    }

    /// Waits for the process to end without reading its terminal (gone,
    /// or not read on purpose).
    pub fn wait_gone(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                self.closed = true;
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("kumban still running after the terminal went away");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// Reads output until a whole frame has arrived after which `done`
    /// holds for the screen. Returns the bytes read meanwhile.
    pub fn frame_where(&mut self, what: &str, done: impl Fn(&str) -> bool) -> Vec<u8> {
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
    pub fn sees(&self, what: &str) {
        assert!(
            self.screen().contains(what),
            "expected {what:?} on:\n{}",
            self.screen()
        );
    }

    pub fn expect(&mut self, what: &str) -> Vec<u8> {
        let w = what.to_string();
        self.frame_where(what, move |s| s.contains(&w))
    }

    /// Presses keys and waits for a frame showing `what`; returns the bytes.
    pub fn key(&mut self, keys: &[u8], what: &str) -> Vec<u8> {
        self.send(keys);
        self.expect(what)
    }

    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.master.resize(size(rows, cols)).unwrap();
        self.parser.screen_mut().set_size(nz(rows), nz(cols));
    }

    /// Waits for the process to end and reads what it wrote last.
    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
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

    pub fn assert_restored(&self) {
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

/// `program ARGS... kumban-args`: kumban's TUI on `db` (today 2026-11-28,
/// TERM=xterm, no colour or database from the environment), run by
/// `program` (the kumban binary itself, or a wrapper such as `sh`).
pub fn tui_command(program: &str, args: &[&str], db: &Path) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    if program != BIN {
        cmd.arg(BIN);
    }
    cmd.args(["--db", db.to_str().unwrap(), "--today", TODAY]);
    cmd.env("TERM", "xterm");
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("KUMBAN_DB");
    cmd.env_remove("KUMBAN_TODAY");
    cmd
}

pub fn demo_db() -> tempfile::TempDir {
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

/// `kumban --db DB --today 2026-11-28 ARGS`, run to the end.
pub fn kumban(db: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(["--today", TODAY])
        .args(args)
        .env_remove("KUMBAN_DB")
        .env_remove("KUMBAN_TODAY")
        .env_remove("KUMBAN_LOCAL")
        .output()
        .unwrap()
}

/// `kumban check` finds the database sound.
pub fn assert_check_clean(db: &Path) {
    let out = kumban(db, &["check"]);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What `kumban status --json` says.
pub fn status_json(db: &Path) -> serde_json::Value {
    let out = kumban(db, &["status", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Types each field's text followed by Tab (an empty one just moves on).
pub fn fields(s: &mut Session, values: &[&[u8]]) {
    for v in values {
        s.send(v);
        s.send(b"\t");
    }
}
