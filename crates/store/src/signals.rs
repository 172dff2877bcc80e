//! SIGTERM and SIGHUP (a dropped SSH link) end kumban cleanly: flush the
//! database and release the holder file before exiting. Every write is
//! already flushed when it returns; this covers the sled close itself.

use crate::WeakStore;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when a termination signal arrived; the TUI loop watches it.
pub fn termination_flag() -> &'static Arc<AtomicBool> {
    static FLAG: std::sync::OnceLock<Arc<AtomicBool>> = std::sync::OnceLock::new();
    FLAG.get_or_init(|| Arc::new(AtomicBool::new(false)))
}

/// For command-line commands: a thread waits for SIGTERM, SIGHUP or SIGINT,
/// flushes the store, drops it (releasing the lock and holder file) and
/// exits with 128 + the signal number.
pub fn flush_on_termination(store: WeakStore) -> std::io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            termination_flag().store(true, Ordering::SeqCst);
            if let Some(store) = store.upgrade() {
                let _ = store.flush();
                crate::holder::release(store.path());
            }
            std::process::exit(128 + sig);
        }
    });
    Ok(())
}
