//! kumban: the records of a village poverty-reduction project.
//!
//! The layers are crates (crates/*); this library is the command line on top
//! of them and re-exports each layer under its old name, so `kumban::store`,
//! `kumban::tui` and the rest read as before.

// House rules (docs/architecture.md, tests/house_rules.rs): a bad file or
// argument becomes an error the user can read, never a crash. The commands
// print their output, so printing is allowed here. Tests may do all of this.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::dbg_macro
)]

/// mimalloc rather than the system's allocator: a report or a screen of a
/// district allocates and frees rows by the hundred thousand, and glibc's
/// allocator took 40% of a household report's time (perf); with mimalloc
/// the report's table is built in about two thirds of the time and its
/// text in under half. It is set here in the library, so the tests and
/// benches run on the allocator the binary ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Asks Linux not to back this process's memory with transparent huge
/// pages. mimalloc asks for them, and where the kernel then compacts
/// memory to find one (`defrag` = `madvise`, a common default) a report
/// stalls in the kernel: perf showed half of a household report's client
/// time in compaction, and without huge pages the whole command took
/// 117–144 ms instead of 144–170 ms (district data, same run). Nothing
/// depends on it working: elsewhere, or if refused, memory is as before.
pub fn without_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no
    // memory of ours; a refusal is only a return value.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

pub mod cli;
pub mod help;
pub mod measure;
pub mod usage;

pub use kumban_demo as demo;
pub use kumban_forms as forms;
pub use kumban_i18n as i18n;
pub use kumban_interchange as interchange;
pub use kumban_model as model;
pub use kumban_owner as owner;
pub use kumban_report as report;
pub use kumban_store as store;
pub use kumban_store::signals;
pub use kumban_tui as tui;
