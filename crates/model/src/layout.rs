//! Which stored layout a value is read in and written in.
//!
//! bincode is not self-describing: a record whose fields change cannot
//! tell old bytes from new ones by itself. The store's envelope carries a
//! version byte, and the store says here which one it is reading, so that
//! the few types whose layout changed (today only `Pregnancy`) read the
//! layout of that version. Writing works the other way round: a value of a
//! changed type notes that it used the newer layout, and the envelope says
//! so, while every other value keeps the bytes (and version) it always had.
//!
//! Thread-local because serde gives no way to pass this down through
//! `AnyRecord` and `Change` to the record inside; the guards restore the
//! previous state, so a nested or panicking call leaves nothing behind.

use std::cell::Cell;

/// The first layout of every record.
pub const FIRST: u8 = 1;
/// Pregnancies with a sire that may be a herd bull and calving details.
pub const LINEAGE: u8 = 2;
/// The newest layout this kumban writes and reads.
pub const NEWEST: u8 = LINEAGE;

thread_local! {
    static READING: Cell<u8> = const { Cell::new(NEWEST) };
    static WROTE: Cell<u8> = const { Cell::new(FIRST) };
}

/// Runs `read` with bincode values read in layout `version`.
pub fn reading<R>(version: u8, read: impl FnOnce() -> R) -> R {
    struct Restore(u8);
    impl Drop for Restore {
        fn drop(&mut self) {
            READING.with(|r| r.set(self.0));
        }
    }
    let _restore = Restore(READING.with(|r| r.replace(version)));
    read()
}

/// The layout being read now (`NEWEST` outside `reading`).
pub fn read_version() -> u8 {
    READING.with(Cell::get)
}

/// Runs `write` and says the newest layout any value it serialised used
/// (`FIRST` when none noted a newer one).
pub fn writing<R>(write: impl FnOnce() -> R) -> (R, u8) {
    struct Restore(u8);
    impl Drop for Restore {
        fn drop(&mut self) {
            WROTE.with(|w| w.set(self.0));
        }
    }
    let restore = Restore(WROTE.with(|w| w.replace(FIRST)));
    let out = write();
    let used = WROTE.with(Cell::get);
    drop(restore);
    (out, used)
}

/// Called by a type as it serialises itself in layout `version`.
pub(crate) fn wrote(version: u8) {
    WROTE.with(|w| w.set(w.get().max(version)));
}
