//! The dashboard's figures and calving rows lead to what is behind them:
//! `↓ ↑` select one, `Enter` opens the list (filtered where the figure
//! counts only some records) or the pregnancy.

use super::action::Tab;
use super::app::{App, Popup};
use super::screens::Screen;
use super::tabs;
use kumban_report::Dashboard;

/// Something on the dashboard that opens what it counts or names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DashLink {
    Households,
    Pens,
    Cattle,
    /// "N pregnant": the pending pregnancies.
    Pregnant,
    /// "N overdue": the overdue pregnancies.
    Overdue,
    /// A row of the "due next" list, by its place in it.
    Due(usize),
    /// A row of the overdue list, by its place in it.
    Late(usize),
    /// A row of the "vaccination due" list, by its place in it.
    Vaccination(usize),
}

/// Every link of `d`, in the order `↓` visits them: the figures top to
/// bottom, then the due calvings, then the overdue ones, then the
/// vaccinations due.
pub fn links(d: &Dashboard) -> Vec<DashLink> {
    let mut all = vec![
        DashLink::Households,
        DashLink::Pens,
        DashLink::Cattle,
        DashLink::Pregnant,
        DashLink::Overdue,
    ];
    all.extend((0..d.next_due.len()).map(DashLink::Due));
    all.extend((0..d.overdue_list.len()).map(DashLink::Late));
    all.extend((0..d.health.due.len()).map(DashLink::Vaccination));
    all
}

/// The link selected now, if any (the dashboard screen keeps which).
pub fn selected(app: &App) -> Option<DashLink> {
    let d = app.dashboard.as_ref()?;
    let Screen::Dashboard(screen) = &app.screens[Tab::Dashboard.index()] else {
        return None;
    };
    links(d).get(screen.selected?).copied()
}

/// How many links the dashboard shows (`Ctx::links`).
pub fn count(app: &App) -> usize {
    app.dashboard.as_ref().map_or(0, |d| links(d).len())
}

/// `Enter` on the dashboard: opens what the link at `place` (in `links`)
/// leads to.
pub fn open(app: &mut App, place: usize) -> bool {
    let Some(d) = app.dashboard.as_ref() else {
        return false;
    };
    let Some(link) = links(d).get(place).copied() else {
        return false;
    };
    let pregnancy =
        |list: &[kumban_report::DueCalving], i: usize| list.get(i).map(|c| c.pregnancy.0);
    let d = app.dashboard.as_ref();
    match link {
        DashLink::Households => list(app, Tab::Households, ""),
        DashLink::Pens => list(app, Tab::Pens, ""),
        DashLink::Cattle => list(app, Tab::Cattle, ""),
        // The words the Breeding list writes in its Outcome and When columns.
        DashLink::Pregnant => list(app, Tab::Breeding, "pending"),
        DashLink::Overdue => list(app, Tab::Breeding, "overdue"),
        DashLink::Due(i) => match d.and_then(|d| pregnancy(&d.next_due, i)) {
            Some(id) => record(app, id),
            None => false,
        },
        DashLink::Late(i) => match d.and_then(|d| pregnancy(&d.overdue_list, i)) {
            Some(id) => record(app, id),
            None => false,
        },
        DashLink::Vaccination(i) => match d.and_then(|d| d.health.due.get(i)) {
            Some(row) => {
                let id = row.animal.0;
                animal(app, id)
            }
            None => false,
        },
    }
}

/// The whole list of `tab`, or the part its filter `filter` shows.
pub(crate) fn list(app: &mut App, tab: Tab, filter: &str) -> bool {
    app.enter_tab(tab, false);
    let page = app.page();
    let view = app.list_mut();
    view.scope = None;
    view.filter = filter.to_string();
    view.refilter(page);
    true
}

/// The Breeding list with the pregnancy selected, and its detail open.
fn record(app: &mut App, id: u64) -> bool {
    opened(app, Tab::Breeding, id)
}

/// The Cattle list with the animal selected, and its detail open.
fn animal(app: &mut App, id: u64) -> bool {
    opened(app, Tab::Cattle, id)
}

/// `tab`'s whole list with the record `id` selected and its detail open.
fn opened(app: &mut App, tab: Tab, id: u64) -> bool {
    app.enter_tab(tab, false);
    let page = app.page();
    let view = app.list_mut();
    view.scope = None;
    view.filter.clear();
    view.refilter(page);
    view.select_id(Some(id), page);
    match tabs::detail(&app.store, tab, id, app.today) {
        Ok(Some(d)) => app.popups.push(Popup::Detail(d)),
        Ok(None) => app.fail(crate::events::gone()),
        Err(e) => app.fail(e.to_string()),
    }
    true
}
