//! Export, import, backup and restore: how records leave kumban and come
//! back. Export and import speak the documented, stable file formats of
//! docs/export-format.md; backup and restore keep everything (ids, audit
//! stamps, history) in the format of docs/backup.md.

// House rules (docs/architecture.md, tests/house_rules.rs): a bad file or
// keystroke becomes an error the user can read, never a crash; and this
// layer never prints (it returns what to say). Tests may do all of this.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::dbg_macro,
    clippy::print_stdout,
    clippy::print_stderr
)]

pub mod atomic_file;
pub mod cell;
pub mod columns;
pub mod dhis2;
pub mod export;
mod failure_words;
pub mod from_cells;
pub mod import;
mod kinds;
pub mod plan;
pub mod to_cells;

pub use export::Format;
pub mod backup;
#[allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "the import, export, backup and restore commands print what they did"
)]
pub mod commands;
pub mod problems;
pub mod read;
pub mod stdout;
