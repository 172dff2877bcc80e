//! The update step: one action in, the state changed, effects out. No
//! terminal here, so every key is tested by calling `update` directly.

use super::action::{Action, Effect, Tab};
use super::app::{App, Confirm, OnYes, Popup};
use super::component::{Component, Ctx, Outcome};
use super::queue::Queue;
use super::screens::{DashboardScreen, RecordScreen, ReviewScreen};
use super::{entry, events};

/// Applies `action` to `app`. Returns `Effect::Render` whenever what the
/// screen shows may have changed, and nothing when it cannot have (a key
/// that does nothing here, a move past the last row).
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let changed = match action {
        Action::Quit => {
            if quit_now(app) {
                return vec![Effect::Quit];
            }
            true
        }
        Action::Redraw => return vec![Effect::FullRedraw],
        Action::Resize(w, h) => {
            app.size = (w, h);
            let page = app.page();
            for list in &mut app.lists {
                list.scroll_into_view(page);
            }
            true
        }
        Action::GoTab(_) | Action::GoGroup(_) | Action::NextTab | Action::PrevTab => {
            match super::nav::target(app.tab, &action) {
                Some(tab) => switch_tab(app, tab),
                None => false,
            }
        }
        Action::OpenPalette => super::palette::open(app),
        // Help and a detail scroll; otherwise the moves are the list's.
        Action::Up | Action::Down | Action::PageUp | Action::PageDown if scrolls(app) => {
            let page = app.page() as isize;
            let delta = match action {
                Action::Up => -1,
                Action::Down => 1,
                Action::PageUp => -page,
                _ => page,
            };
            move_by(app, delta)
        }
        Action::Top if scrolls(app) => move_to(app, 0),
        Action::Bottom if scrolls(app) => move_to(app, usize::MAX),
        // On the dashboard the moving keys pick a figure or a calving, and
        // Enter opens what is behind it.
        Action::Up | Action::Down if on_dashboard(app) => {
            super::dash_links::move_by(app, if action == Action::Up { -1 } else { 1 })
        }
        Action::Open if on_dashboard(app) => super::dash_links::open(app),
        Action::Key(ev) if on_palette(app) => super::palette::key(app, ev),
        Action::Paste(text) if on_palette(app) => super::palette::paste(app, &text),
        Action::StartFilter => {
            app.filtering = true;
            true
        }
        Action::FilterDone => {
            app.filtering = false;
            true
        }
        Action::Refresh => {
            app.enter_tab(app.tab, true);
            app.say("Reloaded from the database.");
            true
        }
        Action::Help => {
            if matches!(app.popups.last(), Some(Popup::Help { .. })) {
                app.popups.pop();
            } else {
                app.popups.push(Popup::Help { scroll: 0 });
            }
            true
        }
        Action::Back => back(app),
        Action::Undo => entry::undo(app),
        Action::Answer(yes) => {
            let quitting = yes
                && matches!(
                    app.popups.last(),
                    Some(Popup::Confirm(c)) if c.on_yes == OnYes::Quit
                );
            if quitting {
                return vec![Effect::Quit];
            }
            entry::answer(app, yes)
        }
        other => to_component(app, &other),
    };
    if changed {
        vec![Effect::Render]
    } else {
        Vec::new()
    }
}

/// Hands an action to the component in front (the entry popup on top,
/// else the tab's screen), then carries out what it posted.
fn to_component(app: &mut App, action: &Action) -> bool {
    let ctx = Ctx {
        page: app.page(),
        filtering: app.filtering,
    };
    let mut queue = Queue::default();
    let outcome = match app.popups.last_mut() {
        Some(Popup::Form(form)) => form.event(action, &ctx, &mut queue),
        Some(Popup::Picker(picker)) => picker.event(action, &ctx, &mut queue),
        Some(Popup::Comment(comment)) => comment.event(action, &ctx, &mut queue),
        // Keys typed at no form and pastes over a help or detail go nowhere.
        Some(_) if matches!(action, Action::Key(_) | Action::Paste(_)) => Outcome::Ignored,
        _ => {
            let list = &mut app.lists[app.tab.index()];
            match app.tab {
                Tab::Dashboard => DashboardScreen.event(action, &ctx, &mut queue),
                Tab::History => list.event(action, &ctx, &mut queue),
                Tab::Review => ReviewScreen(list).event(action, &ctx, &mut queue),
                _ => RecordScreen(list).event(action, &ctx, &mut queue),
            }
        }
    };
    let posted = events::drain(app, &mut queue);
    outcome == Outcome::Changed || posted
}

/// A help or detail popup on top scrolls with the moving keys.
fn scrolls(app: &App) -> bool {
    matches!(
        app.popups.last(),
        Some(Popup::Help { .. } | Popup::Detail(_))
    )
}

/// Quit at once unless a form holds what the clerk typed: then ask first
/// (and quit on a second Ctrl-C or q while asking).
fn quit_now(app: &mut App) -> bool {
    if let Some(Popup::Confirm(c)) = app.popups.last()
        && c.on_yes == OnYes::Quit
    {
        return true;
    }
    let typed = app
        .popups
        .iter()
        .any(|p| matches!(p, Popup::Form(f) if f.is_dirty()));
    if !typed {
        return true;
    }
    app.popups.push(Popup::Confirm(Confirm {
        question: "Quit and throw away what you typed in the form?".into(),
        on_yes: OnYes::Quit,
    }));
    false
}

fn switch_tab(app: &mut App, tab: Tab) -> bool {
    app.popups.clear();
    app.enter_tab(tab, false);
    true
}

/// Moves the selection, or scrolls the popup on top.
fn move_by(app: &mut App, delta: isize) -> bool {
    let page = app.page();
    let max = super::draw::max_scroll(app);
    match app.popups.last_mut() {
        Some(Popup::Help { scroll }) => scroll_by(scroll, delta, max),
        Some(Popup::Detail(d)) => scroll_by(&mut d.scroll, delta, max),
        None if app.tab.is_list() => app.list_mut().move_by(delta, page),
        None if app.tab == Tab::Dashboard => super::dash_links::move_by(app, delta),
        _ => false,
    }
}

fn scroll_by(scroll: &mut usize, delta: isize, max: usize) -> bool {
    let before = *scroll;
    *scroll = scroll.saturating_add_signed(delta).min(max);
    *scroll != before
}

fn move_to(app: &mut App, index: usize) -> bool {
    let page = app.page();
    let max = super::draw::max_scroll(app);
    let jump = |scroll: &mut usize| {
        let before = *scroll;
        *scroll = index.min(max);
        *scroll != before
    };
    match app.popups.last_mut() {
        Some(Popup::Help { scroll }) => jump(scroll),
        Some(Popup::Detail(d)) => jump(&mut d.scroll),
        None if app.tab.is_list() => app.list_mut().move_to(index, page),
        _ => false,
    }
}

/// The dashboard itself has the keys: no popup over it.
fn on_dashboard(app: &App) -> bool {
    app.tab == Tab::Dashboard && app.popups.is_empty()
}

/// The go-to list is open on top.
fn on_palette(app: &App) -> bool {
    matches!(app.popups.last(), Some(Popup::Palette(_)))
}

/// Esc, in order: close the popup on top; stop typing and clear the filter;
/// clear a kept filter; leave a related view (back where we came from).
fn back(app: &mut App) -> bool {
    if app.popups.pop().is_some() {
        return true;
    }
    let page = app.page();
    if app.filtering || !app.list().filter.is_empty() {
        app.filtering = false;
        let list = app.list_mut();
        let keep = list.selected_id();
        list.filter.clear();
        list.recompute();
        list.select_id(keep, page);
        return true;
    }
    if app.list().scope.is_none() {
        return false;
    }
    match app.trail.last() {
        Some(t) if t.target == app.tab => {
            let Some(t) = app.trail.pop() else {
                return false;
            };
            let list = app.list_mut();
            list.scope = t.target_scope;
            list.filter = t.target_filter;
            list.recompute();
            list.select_id(t.target_selected, page);
            app.enter_tab(t.from, false);
        }
        _ => {
            let list = app.list_mut();
            let keep = list.selected_id();
            list.scope = None;
            list.recompute();
            list.select_id(keep, page);
        }
    }
    true
}
