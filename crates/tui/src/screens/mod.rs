//! The screens under the tab bar, each a `Component`: the dashboard (or
//! the welcome screen of an empty database), the tabs of records, History
//! and Review. A list's state is its `ListView` (rows, filter, sort,
//! selection, scope), which answers the keys on it; what needs the store
//! or another screen is posted to the queue.

mod dashboard;
mod list;

pub use dashboard::DashboardScreen;
pub use list::{RecordScreen, ReviewScreen};

use crate::app::App;
use crate::component::{Component, HelpSection};

/// The tab's screen, for what only reads it (its keys, its help).
pub fn screen(app: &App) -> &dyn Component {
    if app.tab.is_list() {
        app.list()
    } else {
        &DashboardScreen
    }
}

/// What `?` lists over the tab's screen.
pub fn help(app: &App) -> Vec<HelpSection> {
    screen(app).help(app)
}
