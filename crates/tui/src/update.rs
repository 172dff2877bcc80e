//! The update step: one action in, the state changed, effects out. No
//! terminal here, so every key is tested by calling `update` directly.

use super::action::{Action, Effect, Tab};
use super::app::{App, Confirm, Help, OnYes, Popup};
use super::component::{Ctx, Outcome};
use super::queue::Queue;
use super::{draw, entry, events};

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
            for list in app.lists_mut() {
                list.scroll_into_view(page);
            }
            true
        }
        _ => {
            let mut queue = Queue::default();
            let changed = dispatch(app, &action, &mut queue);
            let drained = events::drain(app, &mut queue);
            if drained.quit {
                return vec![Effect::Quit];
            }
            changed || drained.changed
        }
    };
    if changed {
        vec![Effect::Render]
    } else {
        Vec::new()
    }
}

/// The popup on top has the action first; then the application's own
/// actions; then the tab's screen, unless a popup on top keeps what it
/// ignores to itself. What the components post lands in `queue`.
fn dispatch(app: &mut App, action: &Action, queue: &mut Queue) -> bool {
    let ctx = Ctx {
        page: app.page(),
        filtering: app.filtering,
        scroll_max: draw::max_scroll(app),
        links: super::dash_links::count(app),
    };
    let mut to_screen = true;
    if let Some(popup) = app.popups.last_mut() {
        let popup = popup.component_mut();
        match popup.event(action, &ctx, queue) {
            Outcome::Ignored => {
                let typing = matches!(action, Action::Key(_) | Action::Paste(_));
                to_screen = popup.passes_on() && !typing;
            }
            outcome => return outcome == Outcome::Changed,
        }
    }
    if let Some(changed) = global(app, action) {
        return changed;
    }
    to_screen && screen(app, action, &ctx, queue)
}

/// The actions that are the application's whatever is in front; `None`
/// for the rest.
fn global(app: &mut App, action: &Action) -> Option<bool> {
    Some(match action {
        Action::GoTab(_) | Action::GoGroup(_) | Action::NextTab | Action::PrevTab => {
            match super::nav::target(app.tab, action) {
                Some(tab) => switch_tab(app, tab),
                None => false,
            }
        }
        Action::OpenPalette => super::palette::open(app),
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
            app.say(kumban_i18n::tr("reloaded"));
            true
        }
        // Over the help this is the help's: it closes.
        Action::Help => {
            app.popups.push(Popup::Help(Help::default()));
            true
        }
        Action::Back => back(app),
        Action::Undo => entry::undo(app),
        // Only a y/N question on top takes an answer.
        Action::Answer(_) => false,
        _ => return None,
    })
}

/// Hands an action to the tab's screen.
fn screen(app: &mut App, action: &Action, ctx: &Ctx, queue: &mut Queue) -> bool {
    let i = app.tab.index();
    app.screens[i].component_mut().event(action, ctx, queue) == Outcome::Changed
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
        question: kumban_i18n::tr!("entry-quit-discard-question"),
        on_yes: OnYes::Quit,
    }));
    false
}

fn switch_tab(app: &mut App, tab: Tab) -> bool {
    app.popups.clear();
    app.enter_tab(tab, false);
    true
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
