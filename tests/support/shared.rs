//! Fixtures of the shared-access tests: the kumban binary, owners started
//! as child processes, library clients, bounded waits.
#![allow(dead_code)] // each test binary uses a different part of this module

pub use super::small_disk;

use kumban::store::Store;
use kumban::store::remote::{Connect, socket_path};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub use super::{BIN, TODAY};
/// Owners started by the tests' clients stay this long after the last
/// one leaves (and go at once when the temporary folder is removed).
pub const IDLE_SECS: &str = "30";

/// `kumban --db DB --today 2026-11-28 ARGS`, through the owner.
pub fn kumban_cmd(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--db")
        .arg(db)
        .args(["--today", TODAY])
        .args(args)
        .env_remove("KUMBAN_DB")
        .env_remove("KUMBAN_TODAY")
        .env_remove("KUMBAN_LOCAL")
        .env_remove("KUMBAN_BACKUP_DIR")
        .env("KUMBAN_OWNER_IDLE_SECS", IDLE_SECS)
        .stdin(Stdio::null());
    c
}

pub fn kumban(db: &Path, args: &[&str]) -> Output {
    kumban_cmd(db, args).output().expect("run kumban")
}

/// Holds the database in the kumban process itself (no owner process
/// stays behind), for a test that then opens sled directly.
pub fn kumban_alone(db: &Path, args: &[&str]) -> Output {
    kumban_cmd(db, args)
        .env("KUMBAN_LOCAL", "1")
        .output()
        .expect("run kumban")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn how() -> Connect {
    Connect {
        exe: Some(PathBuf::from(BIN)),
        idle_exit: Duration::from_secs(30),
        ..Connect::default()
    }
}

/// A client of the owner of `db` in this process (an owner is started
/// from the kumban binary if none runs).
pub fn connect(db: &Path) -> Store {
    Store::connect(db, &how()).unwrap_or_else(|e| {
        panic!(
            "connect to the owner: {e}\nowner.log:\n{}",
            std::fs::read_to_string(db.join(kumban::store::remote::LOG_FILE)).unwrap_or_default()
        )
    })
}

/// Polls `done` every 10 ms until it holds or `limit` passes.
/// The owner writes the daily backup after the command that asked has
/// exited: waits (boundedly) until the file is there, complete.
pub fn wait_for_backup(file: &Path) -> bool {
    wait_until(Duration::from_secs(60), || file.is_file())
}

pub fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if done() {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The pid of the process that holds `db`, from its holder file.
pub fn holder_pid(db: &Path) -> Option<u32> {
    kumban::store::holder::read(db).map(|h| h.pid)
}

/// `kumban serve` in the foreground, as a service manager runs it.
pub struct Owner {
    pub child: Child,
}

impl Owner {
    pub fn start(db: &Path) -> Owner {
        std::fs::create_dir_all(db).expect("database folder");
        let log = std::fs::File::create(db.with_extension("serve.log")).expect("log");
        let child = kumban_cmd(db, &["serve"])
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start kumban serve");
        let mut owner = Owner { child };
        let sock = socket_path(db);
        let up = wait_until(Duration::from_secs(20), || {
            std::os::unix::net::UnixStream::connect(&sock).is_ok()
                || matches!(owner.child.try_wait(), Ok(Some(_)))
        });
        assert!(up, "kumban serve did not listen within 20 s");
        assert!(
            matches!(owner.child.try_wait(), Ok(None)),
            "kumban serve exited: {}",
            std::fs::read_to_string(db.with_extension("serve.log")).unwrap_or_default()
        );
        owner
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Owner {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// kill -9, then wait until the process is gone (bounded).
pub fn kill9(pid: u32) {
    let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
    let gone = wait_until(Duration::from_secs(10), || {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map(|s| {
                s.rsplit_once(')')
                    .is_some_and(|(_, r)| r.trim_start().starts_with('Z'))
            })
            .unwrap_or(true)
    });
    assert!(gone, "process {pid} still alive 10 s after kill -9");
}

pub fn is_root() -> bool {
    nix_uid() == 0
}

fn nix_uid() -> u32 {
    // The tests run as root in CI; read it without another dependency.
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(1).map(str::to_string))
        })
        .and_then(|u| u.parse().ok())
        .unwrap_or(u32::MAX)
}

/// True, and says why, where a test cannot run kumban as other uids
/// (setpriv needs root; CI runs as root).
pub fn cannot_switch_users() -> bool {
    if !is_root() {
        eprintln!("skipped: needs root to run kumban as other uids (setpriv)");
        return true;
    }
    false
}

pub fn chmod(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Runs kumban as `uid` of group `gid`; an owner it starts leaves 1 s
/// after its last client, so the next member starts their own.
pub fn member_of(gid: u32, uid: u32, db: &Path, args: &[&str]) -> Output {
    kumban_as(uid, gid, db, args)
        .env("KUMBAN_OWNER_IDLE_SECS", "1")
        .output()
        .unwrap()
}

/// A command run as another uid and gid, with no other groups (the uid
/// need not exist on this system). Needs root.
pub fn as_user(uid: u32, gid: u32) -> Command {
    let mut c = Command::new("setpriv");
    c.args(["--reuid", &uid.to_string(), "--regid", &gid.to_string()])
        .args(["--clear-groups", "--"]);
    c
}

/// `kumban_cmd` run as another uid and gid (see `as_user`).
pub fn kumban_as(uid: u32, gid: u32, db: &Path, args: &[&str]) -> Command {
    let inner = kumban_cmd(db, args);
    let mut c = as_user(uid, gid);
    c.arg(inner.get_program()).args(inner.get_args());
    for (k, v) in inner.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    c.stdin(Stdio::null());
    c
}
