//! Draining the queue: what components posted is carried out here, by
//! the entry, review and navigation code, in the order it was posted.

use super::action::Related;
use super::app::{App, Confirm, OnYes, Popup, Trail};
use super::keymap::key_for;
use super::queue::{AppEvent, Queue};
use super::{Action, entry, review, tabs};

/// What carrying out the posted events came to.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Drained {
    /// The screen may have changed.
    pub changed: bool,
    /// The application is to end (nothing after the quit is carried out).
    pub quit: bool,
}

/// Carries out every posted event, in order.
pub fn drain(app: &mut App, queue: &mut Queue) -> Drained {
    let mut drained = Drained::default();
    while let Some(event) = queue.pop() {
        if matches!(event, AppEvent::Quit) {
            drained.quit = true;
            break;
        }
        drained.changed |= handle(app, event);
    }
    drained
}

fn handle(app: &mut App, event: AppEvent) -> bool {
    match event {
        AppEvent::Quit => false,
        AppEvent::Answer(yes) => entry::answer(app, yes),
        AppEvent::OpenLink(place) => super::dash_links::open(app, place),
        AppEvent::ReportWanted => {
            super::report_view::request(app);
            true
        }
        AppEvent::OpenReportRow(link) => super::report_view::open(app, link),
        AppEvent::GoTo(tab) => {
            app.popups.clear();
            app.enter_tab(tab, false);
            true
        }
        AppEvent::OpenRecord(id) => open(app, id),
        AppEvent::Jump(rel) => jump(app, rel),
        AppEvent::New => entry::new_record(app),
        AppEvent::Edit => entry::edit(app),
        AppEvent::Delete => entry::delete(app),
        AppEvent::Workflow(step) => entry::workflow(app, step),
        AppEvent::Review(a) => review::key(app, a),
        AppEvent::Save(submission) => {
            entry::save(app, &submission);
            true
        }
        AppEvent::FormClosed => {
            app.popups.pop();
            app.say(kumban_i18n::tr!("entry-closed-unsaved"));
            true
        }
        AppEvent::ConfirmDiscard => {
            app.popups.push(Popup::Confirm(Confirm {
                question: kumban_i18n::tr!("entry-discard-question"),
                on_yes: OnYes::Discard,
            }));
            true
        }
        AppEvent::OpenPicker(request) => {
            super::pick_loader::open(app, &request);
            true
        }
        AppEvent::Picked { field, id, label } => {
            app.popups.pop();
            entry::picked(app, field, id, &label);
            true
        }
        AppEvent::Ticked { field, ticked } => {
            app.popups.pop();
            if let Some(Popup::Form(form)) = app.popups.last_mut() {
                form.set_ticks(field, ticked);
            }
            true
        }
        AppEvent::PopupClosed => {
            app.popups.pop();
            true
        }
        AppEvent::ReturnMonth(c) => {
            app.popups.pop();
            review::send(
                app,
                &c.village,
                c.period,
                kumban_model::ReviewAction::Return,
                c.text,
            );
            true
        }
        AppEvent::Say { text, error } => {
            if error {
                app.fail(text);
            } else {
                app.say(text);
            }
            true
        }
    }
}

/// The selected record in a detail popup.
fn open(app: &mut App, id: u64) -> bool {
    match tabs::detail(&app.store, app.tab, id, app.today) {
        Ok(Some(d)) => {
            app.popups.push(Popup::Detail(d));
        }
        Ok(None) => app.fail(gone()),
        Err(e) => app.fail(e.to_string()),
    }
    true
}

/// What is said when the record the keys act on was deleted meanwhile.
pub fn gone() -> String {
    kumban_i18n::tr!("entry-gone", key = key_for(&Action::Refresh))
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
            app.say(kumban_i18n::tr("related-none"));
            return true;
        }
        Err(e) => {
            app.fail(e.to_string());
            return true;
        }
    };
    app.popups.clear();
    let page = app.page();
    let list = app.list_of_mut(target);
    let trail = Trail {
        from,
        target,
        target_scope: list.scope.replace(scope),
        target_filter: std::mem::take(&mut list.filter),
        target_selected: list.selected_id(),
    };
    app.trail.push(trail);
    app.enter_tab(target, false);
    app.list_of_mut(target).refilter(page);
    true
}
