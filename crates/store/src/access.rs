//! Who may use the database, decided by the owner for each connection
//! from the socket's peer credentials (never from what a client says).
//!
//! - The folder's owner, and members of the folder's group, may connect;
//!   anyone else is refused, root included: file modes alone would let
//!   root through.
//! - Users named as viewers in `access.json` in the folder may only read;
//!   so may a session started with `--read-only`.
//! - In the review of villages' months, the folder's owner and users named
//!   as officers in `access.json` are officers; viewers are viewers;
//!   everyone else who may connect is a clerk.

use crate::review::Role;
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
    pub role: Role,
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
        return Err(refusal(db, &user, &meta));
    }
    Ok(Admitted {
        viewer: viewer_reason(db, &user),
        role: role_of(db, &user, peer.uid == meta.uid()),
        user,
    })
}

fn refusal(db: &Path, user: &str, folder: &std::fs::Metadata) -> String {
    refusal_by(db, "the folder", user, folder)
}

/// The refusal, naming the folder that keeps `user` out (`the folder`
/// itself, or one of the folders it is in).
fn refusal_by(db: &Path, which: &str, user: &str, folder: &std::fs::Metadata) -> String {
    format!(
        "{user} may not use the database at {}: {which} belongs to {} and group {}, and {user} is neither; ask whoever keeps the office computer to add {user} to group {}",
        db.display(),
        user_name(folder.uid()),
        group_name(folder.gid()),
        group_name(folder.gid())
    )
}

/// The owner's refusal, said by a client that cannot even reach the
/// owner's socket (the folder's modes keep it out): this process's user
/// neither owns the folder nor is in its group. Generous on purpose: the
/// owner decides, this only gives the same words when it cannot.
pub fn refused_here(db: &Path) -> Option<String> {
    let (which, folder) = match std::fs::metadata(db) {
        Ok(m) => ("the folder".to_string(), m),
        // A folder it is in keeps us out: the nearest one we can see.
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            let db = std::path::absolute(db).ok()?;
            let (closed, meta) = db
                .ancestors()
                .skip(1)
                .find_map(|a| std::fs::metadata(a).ok().map(|m| (a.to_path_buf(), m)))?;
            (format!("the folder {} it is in", closed.display()), meta)
        }
        Err(_) => return None,
    };
    let uid = nix::unistd::geteuid().as_raw();
    if uid == folder.uid() {
        return None;
    }
    let gid = folder.gid();
    let mine = nix::unistd::getgroups().unwrap_or_default();
    if nix::unistd::getegid().as_raw() == gid || mine.iter().any(|g| g.as_raw() == gid) {
        return None;
    }
    let me = Peer {
        uid,
        gid: nix::unistd::getegid().as_raw(),
        pid: 0,
    };
    if in_group(&me, gid) {
        return None;
    }
    Some(refusal_by(db, &which, &user_name(uid), &folder))
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
    /// Who may approve, return and reopen months (besides the folder's
    /// owner, who always may).
    #[serde(default)]
    officers: Vec<String>,
    /// Named for the record; anyone else who may connect is a clerk too.
    #[serde(default)]
    #[allow(dead_code)]
    clerks: Vec<String>,
}

fn settings(db: &Path) -> Result<Option<Settings>, String> {
    let path = db.join(ACCESS_FILE);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    serde_json::from_slice::<Settings>(&bytes)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// The review role of `user` on the database in `db`; `owns` says whether
/// the user owns the folder. A file that does not read makes a viewer.
pub fn role_of(db: &Path, user: &str, owns: bool) -> Role {
    match settings(db) {
        Err(_) => Role::Viewer,
        Ok(s) => {
            let s = s.unwrap_or_default();
            if s.viewers.iter().any(|v| v == user) {
                Role::Viewer
            } else if owns || s.officers.iter().any(|o| o == user) {
                Role::Officer
            } else {
                Role::Clerk
            }
        }
    }
}

/// The role of the user running this process, for a session that holds
/// the database itself (`--local`, a restore): the same rule the owner
/// applies to a socket's peer.
pub fn role_here(db: &Path) -> Role {
    let uid = nix::unistd::geteuid().as_raw();
    let owns = std::fs::metadata(db).is_ok_and(|m| m.uid() == uid);
    role_of(db, &user_name(uid), owns)
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

/// The folder's group, when the folder is shared with it (the group may
/// write): every file kumban makes in it is then the group's too.
pub fn shared_group(db: &Path) -> Option<u32> {
    std::fs::metadata(db)
        .ok()
        .filter(|m| m.mode() & 0o020 != 0)
        .map(|m| m.gid())
}

/// Files the owner creates (sled's, the socket, the log) are shared with
/// the folder's group when the folder is shared with it, and private
/// otherwise: any member's kumban may be the next owner.
pub fn set_umask(db: &Path) {
    use nix::sys::stat::{Mode, umask};
    let bits = if shared_group(db).is_some() {
        0o007
    } else {
        0o077
    };
    umask(Mode::from_bits_truncate(bits));
}

/// For a process that opens the database itself (a restore, `--local`):
/// what sled makes in a group's folder is the group's too. Only ever
/// lets the group in; what the umask says of others stays.
pub fn let_group_in(db: &Path) {
    use nix::sys::stat::{Mode, umask};
    if shared_group(db).is_some() {
        let old = umask(Mode::from_bits_truncate(0o007));
        umask(old & !Mode::from_bits_truncate(0o070));
    }
}

/// Gives `path` (a file or folder kumban made in the database folder
/// `db`) to the folder's group, group-readable and -writable (folders
/// also setgid, so what is made in them stays in the group), when the
/// folder is shared with its group; leaves it alone otherwise. Best
/// effort: a file someone else made keeps what they gave it.
pub fn share(db: &Path, path: &Path) {
    if let Some(gid) = shared_group(db) {
        share_with(path, gid);
    }
}

fn share_with(path: &Path, gid: u32) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return;
    };
    if meta.file_type().is_symlink() {
        return;
    }
    if meta.gid() != gid {
        let _ = std::os::unix::fs::lchown(path, None, Some(gid));
    }
    // Others get nothing in a group's folder.
    let mode = meta.mode() & 0o7777;
    let wanted = if meta.is_dir() {
        mode | 0o2070
    } else {
        mode | 0o060
    };
    if wanted != mode {
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(wanted & !0o007));
    }
}

/// `share` for a folder and everything in it (a restored database).
pub fn share_tree(db: &Path, folder: &Path) {
    if let Some(gid) = shared_group(db) {
        share_tree_with(folder, gid);
    }
}

fn share_tree_with(folder: &Path, gid: u32) {
    share_with(folder, gid);
    for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
        let path = entry.path();
        // Whoever wrote the viewers' list decides who may change it.
        if entry.file_name() == ACCESS_FILE {
            continue;
        }
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            share_tree_with(&path, gid);
        } else {
            share_with(&path, gid);
        }
    }
}

/// Shares a daily backup (and its folder) with the database folder's
/// group when the database folder is shared with it: the next day's
/// first session may be another member's, and it writes into the same
/// folder and rotates the old files. Backups are private otherwise, as
/// every file kumban writes.
pub fn share_backup(db: &Path, file: &Path) {
    if let Some(dir) = file.parent() {
        share(db, dir);
    }
    share(db, file);
}
