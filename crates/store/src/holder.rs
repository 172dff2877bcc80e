//! Who holds the database. sled's advisory lock decides who may open it;
//! this file only lets a second kumban say who that is. A stale file from a
//! crashed process is simply overwritten by the next one that gets the lock.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const FILE: &str = "holder.json";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Holder {
    pub user: String,
    pub pid: u32,
    pub host: String,
    /// RFC 3339, local time of the holder.
    pub since: String,
}

impl Holder {
    pub fn me(user: &str) -> Holder {
        Holder {
            user: user.to_string(),
            pid: std::process::id(),
            host: whoami::hostname().unwrap_or_else(|_| "this computer".into()),
            since: chrono::Local::now().format("%Y-%m-%d %H:%M").to_string(),
        }
    }

    pub fn describe(&self) -> String {
        format!(
            " by {} (kumban process {} on {}) since {}",
            kumban_model::text::escape_for_display(&self.user),
            self.pid,
            kumban_model::text::escape_for_display(&self.host),
            kumban_model::text::escape_for_display(&self.since)
        )
    }
}

fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// Written after the lock is ours; via a temporary file so a reader never
/// sees half of it.
pub fn write(dir: &Path, holder: &Holder) -> std::io::Result<()> {
    let tmp = dir.join(format!("{FILE}.tmp"));
    let body = serde_json::to_vec(holder).map_err(std::io::Error::other)?;
    std::fs::write(&tmp, body)?;
    std::fs::rename(tmp, path(dir))
}

pub fn read(dir: &Path) -> Option<Holder> {
    let bytes = std::fs::read(path(dir)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Removes the file if it is still ours.
pub fn release(dir: &Path) {
    if read(dir).is_some_and(|h| h.pid == std::process::id()) {
        let _ = std::fs::remove_file(path(dir));
    }
}
