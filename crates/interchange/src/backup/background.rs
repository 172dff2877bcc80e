//! The daily backup written beside the work instead of before it: on a
//! thread of low CPU and disk priority, in whichever process holds the
//! database (the owner, or a `--local` session). That process stays until
//! the backup is finished: the owner does not count itself idle while one
//! is being written, and a `--local` session waits for it as it exits.

use super::daily;
use kumban_model::Date;
use kumban_store::Store;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard};

#[derive(Default)]
struct Jobs {
    /// The backup folders being written into now.
    running: HashSet<PathBuf>,
    /// The last failure into each folder, until someone is told of it.
    failed: HashMap<PathBuf, String>,
}

static JOBS: Mutex<Option<Jobs>> = Mutex::new(None);
static FINISHED: Condvar = Condvar::new();

fn jobs() -> MutexGuard<'static, Option<Jobs>> {
    JOBS.lock().unwrap_or_else(|p| p.into_inner())
}

/// Starts writing today's backup of `store` into `dir` in the background,
/// unless it exists or is being written already. With `log`, a failure
/// is also written to standard error (the owner's log). Returns the
/// failure of the last try into `dir` not yet reported, so that the next
/// session can warn of it.
pub fn start(store: Store, today: Date, dir: PathBuf, log: bool) -> Option<String> {
    let mut guard = jobs();
    let jobs = guard.get_or_insert_with(Jobs::default);
    let earlier = jobs.failed.remove(&dir);
    let needless = jobs.running.contains(&dir)
        || dir.join(daily::file_name(today)).exists()
        // As the session found it: what it writes next is tomorrow's.
        || store.is_blank();
    if needless {
        return earlier;
    }
    jobs.running.insert(dir.clone());
    drop(guard);
    let spawned = std::thread::Builder::new()
        .name("kumban-backup".into())
        .spawn({
            let dir = dir.clone();
            move || {
                lower_priority();
                let result = write(&store, today, &dir);
                if log {
                    owner_log(&match &result {
                        Ok(Some(file)) => {
                            format!("today's automatic backup written: {}", file.display())
                        }
                        Ok(None) => "today's automatic backup was not needed".into(),
                        Err(why) => format!("today's automatic backup was not written: {why}"),
                    });
                }
                finished(&dir, result.err());
            }
        });
    if let Err(e) = spawned {
        finished(&dir, Some(format!("cannot start the backup thread: {e}")));
    }
    earlier
}

fn write(store: &Store, today: Date, dir: &Path) -> Result<Option<PathBuf>, String> {
    let written = daily(store, today, dir).map_err(|e| e.to_string())?;
    if let Some(file) = &written {
        kumban_store::access::share_backup(store.path(), file);
    }
    Ok(written)
}

/// A line of the owner's log (its standard error).
#[allow(clippy::print_stderr, reason = "the owner's log is its standard error")]
fn owner_log(line: &str) {
    eprintln!(
        "{} kumban owner: {}",
        chrono::Local::now().format("%Y-%m-%d %H:%M:%S"),
        kumban_model::text::escape_for_display(line)
    );
}

fn finished(dir: &Path, failure: Option<String>) {
    let mut guard = jobs();
    let jobs = guard.get_or_insert_with(Jobs::default);
    jobs.running.remove(dir);
    if let Some(why) = failure {
        jobs.failed.insert(dir.to_path_buf(), why);
    }
    FINISHED.notify_all();
}

/// True while a backup started here is being written.
pub fn busy() -> bool {
    jobs().as_ref().is_some_and(|j| !j.running.is_empty())
}

/// Waits for every backup started in this process to finish, and returns
/// the failures no one has been told of.
pub fn wait() -> Vec<String> {
    let mut guard = jobs();
    while guard.as_ref().is_some_and(|j| !j.running.is_empty()) {
        guard = FINISHED.wait(guard).unwrap_or_else(|p| p.into_inner());
    }
    guard
        .as_mut()
        .map(|j| j.failed.drain().map(|(_, why)| why).collect())
        .unwrap_or_default()
}

/// Lowest CPU priority (nice 19) and lowest best-effort disk priority for
/// this thread only, so that the sessions' reads and saves go first. Not
/// the idle disk class: in the rare case the backup must hold up saves
/// (see `write_of_one_moment`) it must not starve while doing so.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: plain system calls about this thread's own id; no memory is
    // passed, and a failure only leaves the priority as it was.
    unsafe {
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        libc::setpriority(libc::PRIO_PROCESS, tid, 19);
        const IOPRIO_WHO_PROCESS: libc::c_long = 1;
        const BEST_EFFORT_LOWEST: libc::c_long = (2 << 13) | 7;
        libc::syscall(
            libc::SYS_ioprio_set,
            IOPRIO_WHO_PROCESS,
            tid as libc::c_long,
            BEST_EFFORT_LOWEST,
        );
    }
}
