//! Which stored layout a value is read in and written in.
//!
//! bincode is not self-describing: a record whose fields change cannot
//! tell old bytes from new ones by itself. The store's envelope carries a
//! version byte, and the store says here which one it is reading, so that
//! the few types whose layout changed (`Pregnancy` in 2, `Pen` in 3) read
//! the layout of that version. Writing works the other way round: a value of a
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
/// Pens with an inspection result, checklist and next inspection date.
pub const INSPECTION: u8 = 3;
/// The newest layout this kumban writes and reads.
pub const NEWEST: u8 = INSPECTION;

thread_local! {
    static READING: Cell<u8> = const { Cell::new(NEWEST) };
    static WROTE: Cell<u8> = const { Cell::new(FIRST) };
    // Outside `writing` (wire frames, caches) every value is written in
    // the newest layout, as it is read there.
    static FLOOR: Cell<u8> = const { Cell::new(NEWEST) };
    static SHORTENED: Cell<u8> = const { Cell::new(u8::MAX) };
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
///
/// A value may keep its older layout when it holds nothing new (a pen
/// without inspection details keeps its version-1 bytes). If another value
/// in the same envelope then raised the version to one at which that older
/// layout would be misread (a change from such a pen to an inspected one),
/// `write` runs again with every value written in at least that layout.
pub fn writing<R>(write: impl Fn() -> R) -> (R, u8) {
    struct Restore(u8, u8, u8);
    impl Drop for Restore {
        fn drop(&mut self) {
            WROTE.with(|w| w.set(self.0));
            FLOOR.with(|f| f.set(self.1));
            SHORTENED.with(|s| s.set(self.2));
        }
    }
    let restore = Restore(
        WROTE.with(|w| w.replace(FIRST)),
        FLOOR.with(|f| f.replace(FIRST)),
        SHORTENED.with(|s| s.replace(u8::MAX)),
    );
    let mut out = write();
    let mut used = WROTE.with(Cell::get);
    if used >= SHORTENED.with(Cell::get) {
        FLOOR.with(|f| f.set(used));
        out = write();
        used = WROTE.with(Cell::get);
    }
    drop(restore);
    (out, used)
}

/// The oldest layout a value may be written in now (`NEWEST` outside
/// `writing`).
pub(crate) fn write_floor() -> u8 {
    FLOOR.with(Cell::get)
}

/// Called by a type that wrote itself in an older layout, one that a
/// reader of layout `misread_from` or newer would misread.
pub(crate) fn shortened(misread_from: u8) {
    SHORTENED.with(|s| s.set(s.get().min(misread_from)));
}

/// Called by a type as it serialises itself in layout `version`.
pub(crate) fn wrote(version: u8) {
    WROTE.with(|w| w.set(w.get().max(version)));
}
