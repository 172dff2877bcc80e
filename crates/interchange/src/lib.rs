//! Export, import, backup and restore: how records leave kumban and come
//! back. Export and import speak the documented, stable file formats of
//! docs/export-format.md; backup and restore keep everything (ids, audit
//! stamps, history) in the format of docs/backup.md.

pub mod atomic_file;
pub mod cell;
pub mod columns;
pub mod dhis2;
pub mod export;
pub mod from_cells;
pub mod import;
mod kinds;
pub mod plan;
pub mod to_cells;

pub use export::Format;
pub mod backup;
pub mod commands;
pub mod problems;
pub mod read;
