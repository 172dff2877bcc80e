//! The one tree of test helpers, shared by every file in tests/ (each
//! test binary uses a different part of it):
//! - `keys`: key events, key bytes for a terminal, and pressing keys in an App
//! - `store`: a database in a temporary folder, one record of each kind
//! - `shared`: the binary, owners and clients, other users
//! - `small_disk`: a tiny filesystem for disk-full scenarios
//! - `forms`: forms and pickers driven as the shell drives them
//! - `tui`: an App on a fresh or demo database, its screen as text
//! - `e2e`: the real binary in a pseudo-terminal
//! - `dhis2`: DHIS2's documented data value set shapes, checked
//! - `words`: English words a person reads, and the data that may hold them
// Each test binary uses a different part of this tree, so parts go
// unused, and the re-exports that let `use support::store::*` bring
// `today` along go unused in most.
#![allow(dead_code, unused_imports)]

pub mod dhis2;
pub mod e2e;
pub mod forms;
pub mod keys;
pub mod shared;
pub mod small_disk;
pub mod store;
pub mod tui;
pub mod words;

use kumban::model::Date;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_kumban");

/// The fixed "today" of every test (`--today`); nothing depends on the
/// wall clock.
pub const TODAY: &str = "2026-11-28";

/// `TODAY` as a date.
pub fn today() -> Date {
    Date::from_ymd(2026, 11, 28).expect("fixture date")
}
