//! Opening a database folder: lock, holder file, schema version.

use super::error::{Result, StoreError};
use super::schema::{SCHEMA_VERSION, Tree, meta};
use super::write::read_counter;
use super::{CACHE_BYTES, Inner, Local, Sled, Slot, holder, migrate};
use std::path::Path;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// Whether `path` holds a database (sled's files, or the socket of an
/// owner that serves it), found without creating anything: `None` when
/// the folder cannot be looked into, so that opening it says why (a user
/// outside its group, for one).
pub fn database_at(path: &Path) -> Option<bool> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Some(false),
        Err(_) => return None,
        Ok(m) if !m.is_dir() => return Some(false),
        Ok(_) => {}
    }
    let mut unknown = false;
    for file in ["conf", "db", super::remote::SOCKET_FILE] {
        match path.join(file).try_exists() {
            Ok(true) => return Some(true),
            Ok(false) => {}
            Err(_) => unknown = true,
        }
    }
    if unknown { None } else { Some(false) }
}

pub fn open(path: &Path, user: &str) -> Result<Local> {
    open_waiting(path, user, Duration::ZERO)
}

/// Like `open`, but waits up to `patience` for another process to let go
/// of the database: an owner starting while the previous one exits.
pub fn open_waiting(path: &Path, user: &str, patience: Duration) -> Result<Local> {
    create_private_dir(path).map_err(|e| StoreError::Open {
        path: path.to_path_buf(),
        reason: format!("{e}; check the path and its permissions"),
    })?;
    crate::access::let_group_in(path);
    let sled = Sled::open(path, patience).map_err(|e| open_error(path, e))?;
    // Only now is the lock ours; a stale holder file is simply replaced.
    let _ = holder::write(path, &holder::Holder::me(user));
    let committed = read_counter(
        sled.trees[Tree::Meta as usize]
            .get(meta::NEXT_TXN)?
            .as_deref(),
    ) - 1;
    let store = Local {
        inner: Arc::new(Inner {
            sled: RwLock::new(Slot {
                open: Some(Arc::new(sled)),
                generation: 0,
            }),
            reopening: Mutex::new(()),
            path: path.to_path_buf(),
            write_lock: Mutex::new(()),
            committed: AtomicU64::new(committed),
            import_gate: RwLock::new(()),
            journal_open: std::sync::atomic::AtomicBool::new(false),
            memo: Mutex::new(None),
            health: Mutex::new(None),
            names: Mutex::new(Default::default()),
        }),
        user: user.into(),
    };
    check_schema(&store)?;
    store.recover_at_open()?;
    Ok(store)
}

impl Sled {
    fn open(path: &Path, patience: Duration) -> std::result::Result<Sled, sled::Error> {
        let db = open_sled(path, patience)?;
        let trees = Tree::ALL
            .iter()
            .map(|t| db.open_tree(t.name()))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Sled {
            db,
            trees,
            log_file: std::fs::File::open(path.join("db")).ok(),
        })
    }
}

/// The folder opened again by the process that holds it, after a failed
/// write: only what reached the disk is read.
pub(crate) fn reopen_sled(path: &Path) -> Result<Sled> {
    Sled::open(path, Duration::ZERO).map_err(|e| match e {
        sled::Error::Io(io) => match StoreError::from_io(&io) {
            StoreError::DiskFull => StoreError::DiskFull,
            _ => StoreError::Reopen(super::error::io_reason(&io)),
        },
        other => StoreError::Reopen(other.to_string()),
    })
}

/// sled lets go of its file lock only when its last background write
/// finishes, a few milliseconds after this process dropped its previous
/// handle. Wait for that (bounded), and for another process only as long
/// as `patience`.
fn open_sled(path: &Path, patience: Duration) -> std::result::Result<sled::Db, sled::Error> {
    let start = Instant::now();
    let deadline = start + Duration::from_secs(2);
    loop {
        let e = match sled::Config::new()
            .path(path)
            .cache_capacity(CACHE_BYTES)
            .open()
        {
            Ok(db) => return Ok(db),
            Err(e) => e,
        };
        let ours_closing = holder::read(path).is_none_or(|h| h.pid == std::process::id());
        let waiting = (ours_closing && Instant::now() < deadline) || start.elapsed() < patience;
        if !(is_lock_error(&e) && waiting) {
            return Err(e);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn is_lock_error(e: &sled::Error) -> bool {
    e.to_string().contains("could not acquire lock")
}

fn check_schema(store: &Local) -> Result<()> {
    let meta = store.tree(Tree::Meta)?;
    let found = match meta.get(meta::SCHEMA)? {
        Some(v) => {
            let bytes: [u8; 4] = v.as_ref().try_into().map_err(|_| StoreError::Corrupt {
                place: "schema version".into(),
                reason: format!("{} bytes instead of 4", v.len()),
            })?;
            u32::from_be_bytes(bytes)
        }
        None => {
            meta.insert(meta::SCHEMA, &SCHEMA_VERSION.to_be_bytes())?;
            store.flush()?;
            SCHEMA_VERSION
        }
    };
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: store.path().to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found < SCHEMA_VERSION {
        migrate::migrate(store, found)?;
    }
    Ok(())
}

fn open_error(path: &Path, e: sled::Error) -> StoreError {
    if let sled::Error::Io(io) = &e
        && let StoreError::DiskFull = StoreError::from_io(io)
    {
        return StoreError::DiskFull;
    }
    let text = e.to_string();
    if is_lock_error(&e) {
        let holder = holder::read(path)
            .map(|h| h.describe())
            .unwrap_or_else(|| " by another kumban".into());
        return StoreError::InUse {
            path: path.to_path_buf(),
            holder,
        };
    }
    if let sled::Error::Io(io) = &e
        && matches!(
            io.kind(),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
        )
    {
        // Nothing is damaged: restoring a backup would not help, and would
        // fail the same way.
        return StoreError::Forbidden(format!(
            "cannot open the database at {}: this user may not write to its folder ({io}); make the folder and its files writable for the people who use kumban (docs/office-setup.md), or check the disk is not mounted read-only",
            kumban_model::text::escape_for_display(&path.display().to_string())
        ));
    }
    StoreError::Open {
        path: path.to_path_buf(),
        reason: format!(
            "{text}; if it was damaged, restore the latest backup with `kumban restore`"
        ),
    }
}

/// The database folder holds every household's records: owner-only access.
pub(crate) fn create_private_dir(path: &Path) -> std::io::Result<()> {
    if path.is_dir() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(path)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(path)
    }
}
