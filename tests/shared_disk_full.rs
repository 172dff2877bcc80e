//! A full disk under the owner (issue 12, item 4): a save that could not
//! be made durable is seen by no session, then or later, and once space
//! is freed the same owner reads and writes again without a restart.
//!
//! The disk is a small tmpfs, mounted in a mount namespace of its own:
//! this test binary runs itself again under `unshare -m` with only
//! `child_full_disk` selected and `KUMBAN_FULL_DISK_DIR` set. Without
//! root (or `unshare`) the test says it skipped.

mod support;

use kumban::model::*;
use kumban::store::{Store, StoreError};
use std::io::Write;
use std::path::Path;
use support::shared::*;

const DIR_VAR: &str = "KUMBAN_FULL_DISK_DIR";
const SEEDED: usize = 30;
const BATCH: usize = 400;

#[test]
fn a_full_disk_loses_no_state_and_heals_without_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    small_disk::run_child("child_full_disk", &[(DIR_VAR, dir.path())]);
}

/// Runs only under `unshare -m`, from the test above.
#[test]
fn child_full_disk() {
    let Some(dir) = std::env::var_os(DIR_VAR) else {
        return;
    };
    let dir = Path::new(&dir);
    if small_disk::mount(dir, "8m") {
        scenario(&dir.join("db"), &dir.join("filler"));
        small_disk::passed();
    }
}

fn scenario(db: &Path, filler: &Path) {
    let owner = Owner::start(db);
    // A session connected the whole time, like a clerk's TUI.
    let clerk = connect(db);
    clerk
        .batch(|b| {
            for i in 0..SEEDED {
                b.insert(support::store::household(&format!("OLD-{i}")))?;
            }
            Ok(())
        })
        .expect("seed");

    fill(filler);
    let failed = save_batch(&clerk).expect_err("a batch on a full disk");
    let said = failed.to_string();
    assert!(
        matches!(failed, StoreError::DiskFull),
        "not told the disk is full: {said}"
    );
    assert!(said.contains("disk") && said.contains("full"), "{said}");
    assert!(
        !said.contains("Os {") && !said.contains("code: 28"),
        "{said}"
    );
    // Whatever can be read meanwhile never shows the failed batch.
    assert!(
        !matches!(clerk.household_by_code("NEW-0"), Ok(Some(_))),
        "the failed batch is visible while the disk is full"
    );

    std::fs::remove_file(filler).expect("free the space");

    // The same owner, without a restart: reads work and the failed batch
    // is nowhere.
    assert_eq!(holder_pid(db), Some(owner.pid()));
    assert_eq!(households(&clerk), SEEDED, "through the connected session");
    assert!(clerk.household_by_code("NEW-0").expect("read").is_none());
    let other = connect(db);
    assert_eq!(households(&other), SEEDED, "through a new session");
    let check = kumban(db, &["check"]);
    assert!(
        check.status.success(),
        "check after space was freed: {}{}",
        stdout(&check),
        stderr(&check)
    );
    let export = kumban(db, &["export", "--format", "json", "--out", "-"]);
    assert!(export.status.success(), "export: {}", stderr(&export));
    assert!(
        !stdout(&export).contains("NEW-0"),
        "exported the failed batch"
    );

    // And writes: the same batch saves now.
    save_batch(&clerk).expect("the batch once there is space");
    assert_eq!(households(&other), SEEDED + BATCH);
    assert_eq!(holder_pid(db), Some(owner.pid()), "the owner was restarted");

    // What was shown is what the disk holds: a new owner reads the same.
    drop((clerk, other));
    kill9(owner.pid());
    drop(owner);
    let after = connect(db);
    assert_eq!(households(&after), SEEDED + BATCH, "after a restart");
    let check = kumban(db, &["check"]);
    assert!(
        check.status.success(),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
    drop(after);
    // The owner this started goes now, not after its idle minute.
    let _ = kumban::store::remote::stop_idle_owner(db);
}

fn save_batch(store: &Store) -> Result<(), StoreError> {
    store
        .batch(|b| {
            for i in 0..BATCH {
                b.insert(support::store::household(&format!("NEW-{i}")))?;
            }
            Ok(())
        })
        .map(|_| ())
}

fn households(store: &Store) -> usize {
    let mut n = 0;
    for h in store.all::<Household>() {
        h.expect("read a household");
        n += 1;
    }
    n
}

/// Writes `path` until the disk has no room left.
fn fill(path: &Path) {
    let mut f = std::fs::File::create(path).expect("filler");
    for chunk in [1 << 20, 64 << 10, 4 << 10, 512] {
        let bytes = vec![0u8; chunk];
        while f.write_all(&bytes).is_ok() {}
    }
    let _ = f.sync_all();
}
