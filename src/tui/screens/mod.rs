//! The screens under the tab bar, each a `Component`: the dashboard (or
//! the welcome screen of an empty database) and the record lists (every
//! other tab, History and Review among them). Each list owns its state
//! (`ListView`: rows, filter, sort, selection) and answers the keys on
//! it; what needs the store or another screen is posted to the queue.

mod dashboard;
mod list;

pub use dashboard::DashboardScreen;
