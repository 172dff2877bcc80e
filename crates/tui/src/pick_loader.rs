//! A picker's choices load on a thread of their own on a large database.
//! Reading 20,000 households (or 60,000 animals and their owners' codes)
//! takes a tenth of a second or more, too long for the key that opens the
//! picker: the popup opens at once, empty and "loading…", and takes the
//! items when they come (`App::take_loaded` looks on each tick). Small
//! databases read them in place, with no frame between.

use super::app::{App, Popup};
use kumban_forms::{PickItem, Picker, PickerRequest, PickerSource, picker::choices};
use kumban_store::Store;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Pickers reading more records than this load behind the screen; fewer
/// are read in place in a few milliseconds.
pub const BACKGROUND_CHOICES: u64 = 2_000;

/// The picker loads of a session: at most one on its way.
pub struct PickerLoads {
    /// Pickers reading more records than this load behind the screen.
    pub background_records: u64,
    /// The load on its way, if any.
    pub loading: Option<PickerLoading>,
    /// The token the next load is given.
    next_token: u64,
}

impl Default for PickerLoads {
    fn default() -> PickerLoads {
        PickerLoads {
            background_records: BACKGROUND_CHOICES,
            loading: None,
            next_token: 1,
        }
    }
}

impl PickerLoads {
    /// True while a picker's items are on their way.
    pub fn busy(&self) -> bool {
        self.loading.is_some()
    }
}

/// One picker's items on their way.
pub struct PickerLoading {
    /// The token of the waiting picker the items go to.
    pub token: u64,
    source: PickerSource,
    items: Receiver<Result<Vec<PickItem>, String>>,
}

impl PickerLoading {
    /// Starts reading `source`'s choices on a thread; `None` when no
    /// thread can be started (the caller then reads them in place).
    fn start(store: &Store, source: &PickerSource, token: u64) -> Option<PickerLoading> {
        let (tx, items) = mpsc::channel();
        let store = store.clone();
        let wanted = source.clone();
        std::thread::Builder::new()
            .name("kumban-load-picker".into())
            .spawn(move || {
                // The receiver is gone when the picker was closed: nothing to do.
                let _ = tx.send(choices(&store, &wanted).map_err(|e| e.to_string()));
            })
            .ok()?;
        Some(PickerLoading {
            token,
            source: source.clone(),
            items,
        })
    }

    fn ready(&self) -> Option<Result<Vec<PickItem>, String>> {
        match self.items.try_recv() {
            Ok(items) => Some(items),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(kumban_i18n::tr!("picker-load-stopped"))),
        }
    }
}

/// How many records reading `source`'s choices goes through, bounded
/// above by the ids given out (deleted records count: cheap to know,
/// where counting the records reads every key).
fn size(store: &Store, source: &PickerSource) -> u64 {
    let kinds = source.reads_all();
    if kinds.is_empty() {
        return 0;
    }
    match store.counters() {
        Ok(c) => kinds
            .iter()
            .map(|k| c.next_id.get(k).copied().unwrap_or(0))
            .sum(),
        // Read in place: the failure then shows as it is.
        Err(_) => 0,
    }
}

/// Opens the picker a form asked for: at once with its items on a small
/// database, else at once without them, the items following.
pub fn open(app: &mut App, request: &PickerRequest) {
    if size(&app.store, &request.source) > app.pickers.background_records {
        let token = app.pickers.next_token;
        app.pickers.next_token += 1;
        if let Some(loading) = PickerLoading::start(&app.store, &request.source, token) {
            // A load still on its way is for a picker closed since.
            app.pickers.loading = Some(loading);
            app.popups
                .push(Popup::Picker(Box::new(Picker::waiting(request, token))));
            return;
        }
    }
    match Picker::open(&app.store, request) {
        Ok(p) => app.popups.push(Popup::Picker(Box::new(p))),
        Err(e) => app.fail(e.to_string()),
    }
}

/// Where the picker waiting for `token` is among the popups.
fn waiting_at(app: &App, token: u64) -> Option<usize> {
    app.popups
        .iter()
        .position(|p| matches!(p, Popup::Picker(p) if p.loading() == Some(token)))
}

/// Hands the items that came to their picker; true when the screen
/// changed. Items for a picker closed meanwhile are dropped (and the load
/// is let go as soon as its picker is closed).
pub fn poll(app: &mut App) -> bool {
    let Some(loading) = app.pickers.loading.take() else {
        return false;
    };
    let Some(at) = waiting_at(app, loading.token) else {
        return false;
    };
    match loading.ready() {
        None => {
            app.pickers.loading = Some(loading);
            false
        }
        Some(Ok(items)) => {
            if let Some(Popup::Picker(p)) = app.popups.get_mut(at) {
                p.arrive(items, &loading.source);
            }
            true
        }
        Some(Err(e)) => {
            // An empty list that never fills would only mislead.
            app.popups.remove(at);
            app.fail(e);
            true
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;
    use kumban_model::Date;

    fn app() -> (tempfile::TempDir, App) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
        let today = Date::from_ymd(2026, 11, 28).unwrap();
        (dir, App::new(store, today))
    }

    fn request() -> PickerRequest {
        PickerRequest {
            field: "household",
            source: PickerSource::Household,
            query: String::new(),
        }
    }

    #[test]
    fn a_load_that_stops_closes_the_empty_picker_and_says_why() {
        let (_dir, mut app) = app();
        let (tx, items) = mpsc::channel();
        // The thread ended without sending (it panicked, say).
        drop(tx);
        app.pickers.loading = Some(PickerLoading {
            token: 5,
            source: PickerSource::Household,
            items,
        });
        app.popups
            .push(Popup::Picker(Box::new(Picker::waiting(&request(), 5))));
        assert!(poll(&mut app));
        assert!(app.popups.is_empty());
        assert!(!app.busy());
        let said = app.message.as_ref().unwrap();
        assert!(said.error);
        assert_eq!(said.text, kumban_i18n::tr!("picker-load-stopped"));
    }

    #[test]
    fn items_for_another_picker_are_not_taken() {
        let (_dir, mut app) = app();
        let (tx, items) = mpsc::channel();
        tx.send(Ok(Vec::new())).unwrap();
        app.pickers.loading = Some(PickerLoading {
            token: 5,
            source: PickerSource::Household,
            items,
        });
        // The picker of load 5 was closed; this one waits for load 6.
        app.popups
            .push(Popup::Picker(Box::new(Picker::waiting(&request(), 6))));
        assert!(!poll(&mut app));
        assert!(app.pickers.loading.is_none(), "the stale load is let go");
        let Some(Popup::Picker(p)) = app.popups.last() else {
            panic!("the picker stays");
        };
        assert_eq!(p.loading(), Some(6));
    }
}
