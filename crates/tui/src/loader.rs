//! Long lists load on a thread of their own. Reading and laying out a
//! million income logs takes seconds; meanwhile the tab shows what it can
//! read at once (the newest logs, from the date index) and every key still
//! answers. The rows replace the first page when they arrive, keeping the
//! selection, filter and sort.

use super::action::Tab;
use super::list::Rows;
use super::tabs;
use kumban_model::Date;
use kumban_store::Store;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Lists of more records than this load behind the screen. Shorter ones
/// load in place, in well under a frame's 16 ms (20,000 households take
/// about 50 ms), with no "Loading…" frame between.
pub const BACKGROUND_RECORDS: usize = 5_000;

/// How many of the newest records a tab shows while the rest loads: a
/// few screens, read in a millisecond or two.
pub const FIRST_PAGE: usize = 200;

/// One list on its way.
pub struct Loading {
    pub tab: Tab,
    /// The newest transaction when the load began: the rows arrive as of
    /// then.
    pub version: Option<u64>,
    rows: Receiver<Result<Rows, String>>,
}

impl Loading {
    /// Starts loading `tab` on a thread of its own; `None` when no thread
    /// can be started (the caller then loads in place).
    pub fn start(store: &Store, tab: Tab, today: Date, version: Option<u64>) -> Option<Loading> {
        let (tx, rows) = mpsc::channel();
        let store = store.clone();
        std::thread::Builder::new()
            .name(format!("kumban-load-{}", tab.title().to_lowercase()))
            .spawn(move || {
                // The receiver may be gone (the session ended): nothing to do.
                let _ = tx.send(tabs::load(&store, tab, today).map_err(|e| e.to_string()));
            })
            .ok()?;
        Some(Loading { tab, version, rows })
    }

    /// The rows once they are ready, or why they will not come.
    pub fn ready(&self) -> Option<Result<Rows, String>> {
        match self.rows.try_recv() {
            Ok(rows) => Some(rows),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(format!(
                "the {} list stopped loading; switch tabs to try again",
                self.tab.title().to_lowercase()
            ))),
        }
    }
}
