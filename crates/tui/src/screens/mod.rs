//! The screens under the tab bar, each a `Component` that owns its state:
//! the dashboard (or the welcome screen of an empty database), the tabs
//! of records, History and Review. A list's state is its `ListView` (rows,
//! filter, sort, selection, scope), owned by its screen, which answers the
//! keys on it; what needs the store or another screen is posted to the
//! queue.

mod dashboard;
mod list;
mod reports;

pub use dashboard::DashboardScreen;
pub use list::{RecordScreen, ReviewScreen};
pub use reports::ReportsScreen;

use crate::action::Tab;
use crate::app::App;
use crate::component::{Component, HelpSection};
use crate::list::ListView;

/// A tab's screen. The application keeps one per tab, in `Tab::index`
/// order, for as long as it runs, so a list keeps its place, filter and
/// sort while another tab is shown.
pub enum Screen {
    Dashboard(DashboardScreen),
    /// Households, Pens, Cattle, Breeding, Income.
    Records(RecordScreen),
    History(ListView),
    Review(ReviewScreen),
    Reports(Box<ReportsScreen>),
}

impl Screen {
    pub fn new(tab: Tab) -> Screen {
        let list = ListView::new(crate::tabs::columns(tab));
        match tab {
            Tab::Dashboard => Screen::Dashboard(DashboardScreen::default()),
            Tab::History => Screen::History(list),
            Tab::Review => Screen::Review(ReviewScreen { list }),
            Tab::Reports => Screen::Reports(Box::default()),
            // A tab of a record kind needs nothing here.
            _ => Screen::Records(RecordScreen { list }),
        }
    }

    /// Its list; the dashboard and the reports have none.
    pub fn list(&self) -> Option<&ListView> {
        match self {
            Screen::Dashboard(_) | Screen::Reports(_) => None,
            Screen::Records(s) => Some(&s.list),
            Screen::History(list) => Some(list),
            Screen::Review(s) => Some(&s.list),
        }
    }

    pub fn list_mut(&mut self) -> Option<&mut ListView> {
        match self {
            Screen::Dashboard(_) | Screen::Reports(_) => None,
            Screen::Records(s) => Some(&mut s.list),
            Screen::History(list) => Some(list),
            Screen::Review(s) => Some(&mut s.list),
        }
    }

    pub fn component(&self) -> &dyn Component {
        match self {
            Screen::Dashboard(s) => s,
            Screen::Records(s) => s,
            Screen::History(list) => list,
            Screen::Review(s) => s,
            Screen::Reports(s) => s.as_ref(),
        }
    }

    pub fn component_mut(&mut self) -> &mut dyn Component {
        match self {
            Screen::Dashboard(s) => s,
            Screen::Records(s) => s,
            Screen::History(list) => list,
            Screen::Review(s) => s,
            Screen::Reports(s) => s.as_mut(),
        }
    }
}

/// The tab's screen, for what only reads it (its keys, its help).
pub fn screen(app: &App) -> &dyn Component {
    app.screen().component()
}

/// What `?` lists over the tab's screen.
pub fn help(app: &App) -> Vec<HelpSection> {
    screen(app).help(app)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;
    use crate::component::{Ctx, Outcome};
    use crate::queue::Queue;

    #[test]
    fn each_tab_gets_the_screen_of_its_kind_with_its_own_list() {
        let screens: Vec<Screen> = Tab::ALL.into_iter().map(Screen::new).collect();
        let lists: Vec<bool> = screens.iter().map(|s| s.list().is_some()).collect();
        let expected: Vec<bool> = Tab::ALL.iter().map(|t| t.is_list()).collect();
        assert_eq!(
            lists, expected,
            "only the dashboard and the reports have no list"
        );
        let ctx = Ctx {
            page: 10,
            filtering: false,
            scroll_max: 0,
            links: 0,
        };
        let mut queue = Queue::default();
        // `n` is a record tab's, not History's nor Review's.
        let outcomes: Vec<Outcome> = Tab::ALL
            .into_iter()
            .map(|tab| {
                Screen::new(tab)
                    .component_mut()
                    .event(&Action::New, &ctx, &mut queue)
            })
            .collect();
        let records = outcomes.iter().filter(|o| **o != Outcome::Ignored).count();
        assert_eq!(records, 12, "{outcomes:?}");
        assert_eq!(
            Screen::new(Tab::Review).component_mut().event(
                &Action::Review(kumban_model::ReviewAction::Approve),
                &ctx,
                &mut queue
            ),
            Outcome::Unchanged,
            "the Review screen posts its steps"
        );
    }
}
