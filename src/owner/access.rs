//! Who may use the database, decided by the owner for each connection
//! from the socket's peer credentials (never from what a client says).
//!
//! - The folder's owner, and members of the folder's group, may connect;
//!   anyone else is refused, root included: file modes alone would let
//!   root through.
//! - Users named as viewers in `access.json` in the folder may only read;
//!   so may a session started with `--read-only`.

use nix::sys::socket::{getsockopt, sockopt::PeerCredentials};
use nix::unistd::{Gid, Group, Uid, User, getgrouplist};
use serde::Deserialize;
use std::ffi::CString;
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::UnixStream;
use std::path::Path;

pub const ACCESS_FILE: &str = "access.json";

/// The process at the other end of a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peer {
    pub uid: u32,
    pub gid: u32,
    pub pid: i32,
}

pub fn peer(stream: &UnixStream) -> std::io::Result<Peer> {
    let cred = getsockopt(stream, PeerCredentials).map_err(std::io::Error::from)?;
    Ok(Peer {
        uid: cred.uid(),
        gid: cred.gid(),
        pid: cred.pid(),
    })
}

/// A user's login name, or `uid N` for one with no name.
pub fn user_name(uid: u32) -> String {
    match User::from_uid(Uid::from_raw(uid)) {
        Ok(Some(u)) => u.name,
        _ => format!("uid {uid}"),
    }
}

fn group_name(gid: u32) -> String {
    match Group::from_gid(Gid::from_raw(gid)) {
        Ok(Some(g)) => g.name,
        _ => format!("gid {gid}"),
    }
}

/// What a connecting user may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admitted {
    pub user: String,
    /// Why this user may only read, if so.
    pub viewer: Option<String>,
}

/// Decides whether `peer` may use the database in `db`.
pub fn admit(db: &Path, peer: &Peer) -> Result<Admitted, String> {
    let user = user_name(peer.uid);
    let meta = std::fs::metadata(db).map_err(|e| {
        format!(
            "the database folder {} cannot be read by its owner process ({e})",
            db.display()
        )
    })?;
    if !(peer.uid == meta.uid() || in_group(peer, meta.gid())) {
        return Err(format!(
            "{user} may not use the database at {}: the folder belongs to {} and group {}, and {user} is neither; ask whoever keeps the office computer to add {user} to group {}",
            db.display(),
            user_name(meta.uid()),
            group_name(meta.gid()),
            group_name(meta.gid())
        ));
    }
    Ok(Admitted {
        viewer: viewer_reason(db, &user),
        user,
    })
}

fn in_group(peer: &Peer, gid: u32) -> bool {
    if peer.gid == gid {
        return true;
    }
    // The supplementary groups of the user, as the system lists them.
    let Ok(Some(u)) = User::from_uid(Uid::from_raw(peer.uid)) else {
        return false;
    };
    let Ok(name) = CString::new(u.name) else {
        return false;
    };
    getgrouplist(&name, u.gid)
        .map(|groups| groups.iter().any(|g| g.as_raw() == gid))
        .unwrap_or(false)
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    #[serde(default)]
    viewers: Vec<String>,
}

/// Read at each connection, so an edit applies to the next session.
fn viewer_reason(db: &Path, user: &str) -> Option<String> {
    let path = db.join(ACCESS_FILE);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => return Some(unreadable(&path, &e.to_string())),
    };
    match serde_json::from_slice::<Settings>(&bytes) {
        Ok(s) if s.viewers.iter().any(|v| v == user) => Some(format!(
            "{user} is listed as a viewer in {}, and may look but not change anything",
            path.display()
        )),
        Ok(_) => None,
        // Never more rights than meant: a file that does not read makes
        // everyone a viewer until it is put right.
        Err(e) => Some(unreadable(&path, &e.to_string())),
    }
}

fn unreadable(path: &Path, why: &str) -> String {
    format!(
        "{} cannot be read ({why}), so every session may only look until it is corrected",
        path.display()
    )
}

/// Files the owner creates (sled's, the socket, the log) are shared with
/// the folder's group when the folder is shared with it, and private
/// otherwise: any member's kumban may be the next owner.
pub fn set_umask(db: &Path) {
    use nix::sys::stat::{Mode, umask};
    let group_writable = std::fs::metadata(db)
        .map(|m| m.mode() & 0o020 != 0)
        .unwrap_or(false);
    umask(Mode::from_bits_truncate(if group_writable {
        0o007
    } else {
        0o077
    }));
}

/// Shares a daily backup (and its folder) with the database folder's
/// group when the database folder is shared with it: the next day's
/// first session may be another member's, and it writes into the same
/// folder and rotates the old files. Backups are private otherwise, as
/// every file kumban writes. Best effort: a file someone else made keeps
/// the modes they gave it.
pub fn share_backup(db: &Path, file: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let shared = std::fs::metadata(db)
        .map(|m| m.mode() & 0o020 != 0)
        .unwrap_or(false);
    if !shared {
        return;
    }
    let set = |p: &Path, mode: u32| {
        let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode));
    };
    if let Some(dir) = file.parent() {
        set(dir, 0o2770);
    }
    set(file, 0o660);
}
