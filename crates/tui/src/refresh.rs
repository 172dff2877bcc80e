//! Keeping the screen true to the database: after this session writes,
//! and when the change feed says another session did. Both the entry
//! popups and the refresh tick call in here; it calls neither, so App,
//! the entry code and this module form no circle.

use super::app::{App, Popup};
use super::tabs::{self, tab_of};
use kumban_model::RecordKind;
use std::time::{Duration, Instant};

/// How often a session that lost its owner asks for a new one.
const RECONNECT_EVERY: Duration = Duration::from_secs(1);

impl App {
    /// Brings the screen up to date with what other sessions saved, as
    /// the change feed tells: the lists, the dashboard and open details
    /// are read again (long lists behind the screen); a form being filled
    /// in is left alone. When the owner is gone, asks for a new one now
    /// and then (any request starts one) and says so meanwhile. True when
    /// the screen changed.
    pub fn refresh_if_changed(&mut self) -> bool {
        let Some(now) = self.store.changes() else {
            return false;
        };
        let before = self.seen.replace(now);
        if !now.connected {
            let due = self
                .last_reconnect
                .is_none_or(|t| t.elapsed() >= RECONNECT_EVERY);
            if due {
                self.last_reconnect = Some(Instant::now());
                // Any request reaches a new owner, starting one if need be;
                // its answer does not matter here.
                let _ = self.store.last_txn();
            }
            return before.is_none_or(|b| b.connected);
        }
        let moved = before.is_none_or(|b| b.txn != now.txn);
        if moved {
            // Typing into the filter goes on through the update.
            let filtering = self.filtering;
            self.after_write(None);
            self.filtering = filtering;
        }
        moved || before.is_some_and(|b| !b.connected)
    }

    /// After a write: related views are worked out again (a new pen of the
    /// household joins its list), open details are read again or closed, the
    /// current tab reloads (the others and the dashboard when next shown),
    /// and the written record is selected.
    pub fn after_write(&mut self, written: Option<(RecordKind, u64)>) {
        let app = self;
        for tab in super::action::Tab::ALL {
            let Some((from, id, rel)) = app.list_of(tab).scope.as_ref().and_then(|s| s.origin)
            else {
                continue;
            };
            match tabs::related(&app.store, from, id, rel) {
                Ok(Some((_, scope))) => app.list_of_mut(tab).scope = Some(scope),
                Ok(None) => {}
                Err(e) => app.fail(e.to_string()),
            }
            app.list_of_mut(tab).recompute();
        }
        let mut kept = Vec::new();
        for popup in std::mem::take(&mut app.popups) {
            match popup {
                Popup::Detail(d) => match tabs::detail(&app.store, d.tab, d.id, app.today) {
                    Ok(Some(mut fresh)) => {
                        fresh.scroll = d.scroll;
                        kept.push(Popup::Detail(fresh));
                    }
                    Ok(None) => {}
                    Err(e) => app.fail(e.to_string()),
                },
                other => kept.push(other),
            }
        }
        app.popups = kept;
        if let Some((kind, id)) = written {
            app.list_of_mut(tab_of(kind)).want = Some(id);
        }
        app.enter_tab(app.tab, false);
        if let Some((kind, id)) = written
            && tab_of(kind) == app.tab
        {
            let page = app.page();
            let list = app.list_mut();
            if list.selected_id() != Some(id) && !list.filter.is_empty() {
                // The filter hides the record just written: show it anyway.
                list.filter.clear();
                list.recompute();
                list.select_id(Some(id), page);
            }
        }
    }
}
