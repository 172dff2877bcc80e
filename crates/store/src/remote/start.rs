//! Reaching the owner of a database, starting one if none answers.
//!
//! Only one process can open sled, and that decides the start race: every
//! client that finds no owner starts one, the first to open sled serves,
//! the others exit and their clients connect to the winner. A socket left
//! by a crashed owner is removed by the next owner, once sled is its own.

use super::super::error::{Result, StoreError};
use super::super::{Local, open};
use super::Connect;
use super::conn::{Attempt, Conn};
use super::wire::Purpose;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const SOCKET_FILE: &str = "owner.sock";
pub const LOG_FILE: &str = "owner.log";

/// An owner that does not answer within this time is reported.
const START_WAIT: Duration = Duration::from_secs(15);
/// After our owner gave up because the database was held, how long
/// another owner (started by someone else) may take to answer.
const RIVAL_WAIT: Duration = Duration::from_secs(2);
/// Owners started for one connection: one that lost the start race to a
/// rival which has gone since (killed, or idle) is followed by another.
const STARTS: u32 = 4;

pub fn socket_path(db: &Path) -> PathBuf {
    db.join(SOCKET_FILE)
}

pub(crate) enum Reached {
    Owner(Conn),
    /// No owner could start, but the database opened in this process.
    Alone(Local),
}

/// A new connection after the old one was lost.
pub(crate) fn reconnect(db: &Path, how: &Connect) -> Result<Conn> {
    match reach(db, how, false)? {
        Reached::Owner(c) => Ok(c),
        Reached::Alone(_) => Err(StoreError::Owner {
            path: db.to_path_buf(),
            reason: "a new owner could not start".into(),
        }),
    }
}

pub(crate) fn reach(db: &Path, how: &Connect, may_hold: bool) -> Result<Reached> {
    let socket = socket_path(db);
    let deadline = Instant::now() + START_WAIT;
    let mut child: Option<Child> = None;
    let mut ours_gave_up: Option<Instant> = None;
    let mut started = 0;
    loop {
        match Conn::open(&socket, how.read_only, Purpose::Requests) {
            Ok(c) => {
                if let Some(ch) = child.take() {
                    reap(ch);
                }
                return Ok(Reached::Owner(c));
            }
            Err(Attempt::Refused(e)) => return Err(e),
            Err(Attempt::Unreachable | Attempt::Gone) => {}
        }
        if let Some(why) = crate::access::refused_here(db) {
            // The owner would say no; when the folder keeps us from even
            // reaching it, say it here in the same words.
            return Err(StoreError::Forbidden(why));
        }
        if !how.start_owner {
            return Err(StoreError::Owner {
                path: db.to_path_buf(),
                reason: "no kumban serves it; start one with `kumban serve`".into(),
            });
        }
        if Instant::now() > deadline {
            if let Some(mut ch) = child.take() {
                let _ = ch.kill();
                reap(ch);
            }
            return Err(StoreError::Owner {
                path: db.to_path_buf(),
                reason: format!(
                    "no owner answered within {} s; see {}",
                    START_WAIT.as_secs(),
                    db.join(LOG_FILE).display()
                ),
            });
        }
        match (&mut child, ours_gave_up) {
            (None, None) => {
                started += 1;
                child = Some(spawn(db, how)?);
            }
            (Some(ch), _) => {
                if let Ok(Some(_)) = ch.try_wait() {
                    child = None;
                    ours_gave_up = Some(Instant::now());
                }
            }
            (None, Some(since)) => {
                // Our owner exited without serving. Opening the database
                // here says why, in the words a local open always used.
                match open::open(db, how.alone_as.as_deref().unwrap_or("kumban")) {
                    // The rival our owner lost to has gone: another owner
                    // can open it now, as this process just did.
                    Ok(local) if started < STARTS => {
                        drop(local);
                        ours_gave_up = None;
                    }
                    Ok(local) if may_hold => {
                        warn_alone(&format!(
                            "kumban: warning: no owner process could start for {} (see {}); this session holds the database alone, and other sessions are refused until it ends",
                            db.display(),
                            db.join(LOG_FILE).display()
                        ));
                        let user = how.alone_as.as_deref().unwrap_or("kumban");
                        return Ok(Reached::Alone(local.as_user(user)));
                    }
                    Ok(_) => {
                        return Err(StoreError::Owner {
                            path: db.to_path_buf(),
                            reason: format!(
                                "a new owner could not start; see {}",
                                db.join(LOG_FILE).display()
                            ),
                        });
                    }
                    Err(StoreError::InUse { .. }) if since.elapsed() < RIVAL_WAIT => {}
                    Err(e) => return Err(e),
                }
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Starts `kumban serve` for `db` in the background: its own session (so
/// a closed terminal does not take it along), output to the log file.
fn spawn(db: &Path, how: &Connect) -> Result<Child> {
    let fail = |what: &str, e: std::io::Error| StoreError::Owner {
        path: db.to_path_buf(),
        reason: format!("{what}: {e}"),
    };
    open::create_private_dir(db).map_err(|e| fail("cannot create the database folder", e))?;
    let exe = match &how.exe {
        Some(p) => p.clone(),
        None => std::env::current_exe().map_err(|e| fail("cannot find the kumban program", e))?,
    };
    let db = std::path::absolute(db).map_err(|e| fail("cannot resolve the folder", e))?;
    let log =
        crate::remote::owner_log::open(&db).map_err(|e| fail("cannot open the owner's log", e))?;
    let log2 = log
        .try_clone()
        .map_err(|e| fail("cannot open the owner's log", e))?;
    Command::new(exe)
        .arg("--db")
        .arg(&db)
        .arg("serve")
        .arg("--background")
        .arg("--idle-exit")
        .arg(how.idle_exit.as_secs().to_string())
        .env_remove("KUMBAN_LOCAL")
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log2)
        .spawn()
        .map_err(|e| fail("cannot start the owner process", e))
}

/// The owner outlives us or not; either way it must not stay a zombie
/// while we run.
fn reap(mut child: Child) {
    std::thread::spawn(move || {
        let _ = child.wait();
    });
}

/// The store returns what to say, except here: the warning comes before the
/// session starts, and the session then runs as if nothing had happened.
#[allow(clippy::print_stderr, reason = "printed before the session starts")]
fn warn_alone(line: &str) {
    eprintln!("{line}");
}
