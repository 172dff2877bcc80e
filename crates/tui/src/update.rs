//! The update step: one action in, the state changed, effects out. No
//! terminal here, so every key is tested by calling `update` directly.

use super::action::{Action, Effect, Related, Tab};
use super::app::{App, Confirm, OnYes, Popup, Trail};
use super::entry;
use super::tabs;
use kumban_model::text::is_forbidden;

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
        Action::Up => move_by(app, -1),
        Action::Down => move_by(app, 1),
        Action::PageUp => move_by(app, -(app.page() as isize)),
        Action::PageDown => move_by(app, app.page() as isize),
        Action::Top => move_to(app, 0),
        Action::Bottom => move_to(app, usize::MAX),
        Action::Open => open(app),
        Action::StartFilter => {
            app.filtering = true;
            true
        }
        Action::FilterChar(c) => {
            if is_forbidden(c) {
                false
            } else {
                let page = app.page();
                let list = app.list_mut();
                list.filter.push(c);
                list.narrow(page);
                true
            }
        }
        Action::Paste(text) if matches!(app.popups.last(), Some(Popup::Comment(_))) => {
            super::review::comment_paste(app, &text)
        }
        Action::Paste(text) if matches!(app.popups.last(), Some(Popup::Palette(_))) => {
            super::palette::paste(app, &text)
        }
        Action::Paste(text) if !app.popups.is_empty() => entry::paste(app, &text),
        Action::Paste(text) => {
            // A paste only ever types into the filter; it never presses Enter.
            if app.filtering {
                let page = app.page();
                let list = app.list_mut();
                list.filter
                    .extend(text.chars().filter(|c| !is_forbidden(*c)));
                list.refilter(page);
                true
            } else {
                false
            }
        }
        Action::FilterBackspace => {
            let page = app.page();
            let list = app.list_mut();
            if list.filter.pop().is_some() {
                list.refilter(page);
                true
            } else {
                false
            }
        }
        Action::FilterDone => {
            app.filtering = false;
            true
        }
        Action::CycleSort => {
            let page = app.page();
            app.list_mut().cycle_sort(page);
            true
        }
        Action::ReverseSort => {
            let page = app.page();
            app.list_mut().reverse_sort(page);
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
        Action::Jump(rel) => jump(app, rel),
        Action::New => entry::new_record(app),
        Action::Edit => entry::edit(app),
        Action::Delete => entry::delete(app),
        Action::Undo => entry::undo(app),
        Action::Workflow(step) => entry::workflow(app, step),
        Action::Key(ev) if matches!(app.popups.last(), Some(Popup::Comment(_))) => {
            super::review::comment_key(app, ev)
        }
        Action::Key(ev) if matches!(app.popups.last(), Some(Popup::Palette(_))) => {
            super::palette::key(app, ev)
        }
        Action::Key(ev) => entry::key(app, ev),
        Action::Review(a) => super::review::key(app, a),
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
    };
    if changed {
        vec![Effect::Render]
    } else {
        Vec::new()
    }
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

fn open(app: &mut App) -> bool {
    if app.tab == Tab::Dashboard {
        return super::dash_links::open(app);
    }
    let Some(id) = app.list().selected_id() else {
        return false;
    };
    match tabs::detail(&app.store, app.tab, id, app.today) {
        Ok(Some(d)) => {
            app.popups.push(Popup::Detail(d));
        }
        Ok(None) => {
            app.fail("That record is gone (deleted since the list was read); press r to reload.")
        }
        Err(e) => app.fail(e.to_string()),
    }
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

/// A related-records key: from the selected record (or the open detail) to
/// a filtered view of another tab.
fn jump(app: &mut App, rel: Related) -> bool {
    let from = app.tab;
    let id = match app.popups.last() {
        Some(Popup::Detail(d)) => Some(d.id),
        _ => app.list().selected_id(),
    };
    let Some(id) = id else {
        return false;
    };
    let (target, scope) = match tabs::related(&app.store, from, id, rel) {
        Ok(Some(x)) => x,
        Ok(None) => {
            app.say("Nothing related of that kind for this record.");
            return true;
        }
        Err(e) => {
            app.fail(e.to_string());
            return true;
        }
    };
    app.popups.clear();
    let page = app.page();
    let ti = target.index();
    app.trail.push(Trail {
        from,
        target,
        target_scope: app.lists[ti].scope.take(),
        target_filter: std::mem::take(&mut app.lists[ti].filter),
        target_selected: app.lists[ti].selected_id(),
    });
    app.lists[ti].scope = Some(scope);
    app.enter_tab(target, false);
    app.lists[ti].refilter(page);
    true
}
