//! Data entry in the shell: opening forms (`n`, `e`, the workflow keys),
//! handing them keys and pastes, saving through the store, delete after a
//! y/N question, undo, and putting the lists, the dashboard and the
//! selection right after every write.
//!
//! "Saved" is said only after `Submission::apply` returned `Ok`: the store
//! has flushed by then. A failed save leaves the form open with what was
//! typed and the reason in it.

use super::action::{Action, Tab, Workflow};
use super::app::{App, Confirm, OnYes, Popup, SessionChange};
use super::keymap::key_for;
use super::tabs::{self, kind_of};
use super::text::clean;
use kumban_forms::{Form, OpenError, Prefill, Submission};
use kumban_i18n::{Localize, tr, tr_text};
use kumban_model::*;
use kumban_store::{Store, StoreError};

/// The record the keys act on: the open detail's, else the selected row's.
fn target(app: &App) -> Option<u64> {
    match app.popups.last() {
        Some(Popup::Detail(d)) => Some(d.id),
        _ => app.list().selected_id(),
    }
}

/// Whose records the current list shows, when it is a related view: a new
/// record starts with that household (or cow) filled in.
fn context(app: &App) -> Result<Prefill, StoreError> {
    match app.list().scope.as_ref().and_then(|s| s.origin) {
        Some((from, id, rel)) => tabs::prefill(&app.store, from, id, rel),
        None => Ok(Prefill::default()),
    }
}

/// True (and says why) when this session may only look.
fn looks_only(app: &mut App) -> bool {
    match app.read_only.clone() {
        Some(why) => {
            let text = tr!("entry-read-only", why = kumban_i18n::owner::said_text(&why));
            // The status bar keeps "Error: " and at least 15 cells for the
            // database and user; a longer reason (a viewer's, naming the
            // access file) is shown whole in a message popup instead.
            if crate::text::width(&text) + 22 > usize::from(app.size.0) {
                refused(app, &tr!("entry-read-only-title"), text);
            } else {
                app.fail(text);
            }
            true
        }
        None => false,
    }
}

/// `n`: a new record of the tab's kind.
pub fn new_record(app: &mut App) -> bool {
    let Some(kind) = kind_of(app.tab) else {
        return false;
    };
    if looks_only(app) {
        return true;
    }
    let ctx = match context(app) {
        Ok(c) => c,
        Err(e) => {
            app.fail(e.localized());
            return true;
        }
    };
    let opened = Form::new_record_from(&app.store, &app.settings, kind, ctx).map(|mut form| {
        if let Some(previous) = app.last_new.iter().find(|f| f.kind == form.kind) {
            form.carry_from(previous);
        }
        form
    });
    open_form(app, opened)
}

/// `e`: the selected record (or the open detail's) in a form.
pub fn edit(app: &mut App) -> bool {
    let (Some(kind), Some(id)) = (kind_of(app.tab), target(app)) else {
        return false;
    };
    if looks_only(app) {
        return true;
    }
    let opened = Form::edit_record(&app.store, &app.settings, kind, id);
    open_form(app, opened)
}

/// A workflow key on the selected record (or the open detail's).
pub fn workflow(app: &mut App, step: Workflow) -> bool {
    if looks_only(app) {
        return true;
    }
    let id = target(app);
    let store = &app.store;
    let s = &app.settings;
    let opened = match (step, id) {
        (Workflow::Service, _) if app.tab == Tab::Breeding => match context(app) {
            Ok(ctx) => Form::record_service(store, s, ctx.cow),
            Err(e) => Err(e.into()),
        },
        (Workflow::Service, Some(id)) => match can_be_served(store, AnimalId(id)) {
            Ok(()) => Form::record_service(store, s, Some(AnimalId(id))),
            Err(e) => Err(e),
        },
        (Workflow::Check, Some(id)) => Form::record_check(store, s, PregnancyId(id)),
        (Workflow::Calving, Some(id)) => Form::record_calving(store, s, PregnancyId(id)),
        (Workflow::Loss, Some(id)) => Form::record_loss(store, s, PregnancyId(id)),
        (Workflow::Sale, Some(id)) => Form::record_sale(store, s, AnimalId(id)),
        (Workflow::Death, Some(id)) => Form::record_death(store, s, AnimalId(id)),
        (Workflow::Campaign, _) => Form::record_campaign(store, s),
        (Workflow::Distribute, _) => match context(app) {
            Ok(ctx) => Form::record_distribution(store, s, ctx.household),
            Err(e) => Err(e.into()),
        },
        (_, None) => return false,
    };
    open_form(app, opened)
}

/// Only an active cow without a pending pregnancy can be served; say why
/// not before the clerk fills in a form the store would refuse.
fn can_be_served(store: &Store, id: AnimalId) -> Result<(), OpenError> {
    let a = store.fetch::<Animal>(id)?.record;
    let tag = clean(&a.ear_tag);
    let pending = store
        .pregnancies_of(id)?
        .into_iter()
        .find(|p| p.record.is_pending());
    let why = match (a.can_be_served(pending.is_some()), pending) {
        (Ok(()), _) => return Ok(()),
        (Err(NotServable::Inactive), _) => tr!(
            "entry-serve-inactive",
            tag = tag.as_str(),
            status = tr_text("choice", a.status.label())
        ),
        (Err(NotServable::Male), _) => tr!("entry-serve-male", tag = tag.as_str()),
        (Err(NotServable::Pregnant), Some(p)) => tr!(
            "entry-serve-pregnant-due",
            tag = tag.as_str(),
            served = p.record.service_date.to_string(),
            due = p.record.expected_calving().to_string()
        ),
        (Err(NotServable::Pregnant), None) => tr!("entry-serve-pregnant", tag = tag.as_str()),
    };
    Err(OpenError::NotApplicable(why))
}

fn open_form(app: &mut App, opened: Result<Form, OpenError>) -> bool {
    match opened {
        Ok(mut form) => {
            app.message = None;
            village_currency(app, &mut form);
            app.popups.push(Popup::Form(Box::new(form)));
        }
        Err(e) => app.fail(e.localized()),
    }
    true
}

/// Amounts typed without a currency are in the village's of the form's
/// household (`forms::currency`), once the household is known.
fn village_currency(app: &mut App, form: &mut Form) {
    let Some(hh) = form.household() else {
        return;
    };
    match kumban_forms::currency::for_household(&app.store, hh, app.settings.currency) {
        Ok(c) => form.set_currency(c),
        Err(e) => app.fail(e.localized()),
    }
}

/// A picker chose `id` for `field` of the form now on top: put it in,
/// and the household's currency with it.
pub fn picked(app: &mut App, field: &'static str, id: u64, label: &str) {
    if let Some(Popup::Form(form)) = app.popups.last_mut() {
        form.set_reference(field, id, label);
    }
    if matches!(app.popups.last(), Some(Popup::Form(_)))
        && let Some(Popup::Form(mut form)) = app.popups.pop()
    {
        village_currency(app, &mut form);
        app.popups.push(Popup::Form(form));
    }
}

/// Writes a valid form; on a refusal the form stays open, marked.
pub fn save(app: &mut App, submission: &Submission) {
    // A plausibility warning keeps the form open once; the clerk's next
    // submit without a change saves.
    if let Some(Popup::Form(form)) = app.popups.last_mut()
        && !form.confirm_warnings(&app.store, submission)
    {
        let said = form.message().unwrap_or_default().to_string();
        app.say(said);
        return;
    }
    match submission.apply(&app.store) {
        Ok(saved) => {
            if let Some(Popup::Form(form)) = app.popups.pop() {
                remember_new(app, *form);
            }
            let message = clean(&saved.message);
            match saved.txn {
                Some(txn) => {
                    app.say(tr!(
                        "entry-undoes",
                        done = message.as_str(),
                        key = undo_key()
                    ));
                    app.session.push(SessionChange {
                        txn,
                        what: message,
                        kind: saved.kind,
                        id: saved.id,
                    });
                    app.after_write(Some((saved.kind, saved.id)));
                }
                None => app.say(message),
            }
        }
        Err(e) => {
            if let Some(Popup::Form(form)) = app.popups.last_mut() {
                form.store_failed(&e);
            }
            if e.problems().is_empty() {
                app.fail(tr!("form-not-saved-because", why = e.localized()));
            } else {
                app.fail(tr!("entry-not-saved-marked"));
            }
        }
    }
}

/// Keeps a saved new record's form for the next `n` of its kind.
fn remember_new(app: &mut App, form: Form) {
    if !matches!(form.kind, kumban_forms::FormKind::Record { id: None, .. }) {
        return;
    }
    app.last_new.retain(|f| f.kind != form.kind);
    app.last_new.push(form);
}

/// `d`: asks y/N before deleting the selected record.
pub fn delete(app: &mut App) -> bool {
    let (Some(kind), Some(id)) = (kind_of(app.tab), target(app)) else {
        return false;
    };
    if looks_only(app) {
        return true;
    }
    match tabs::in_words(&app.store, kind, id) {
        Ok(Some(what)) => app.popups.push(Popup::Confirm(Confirm {
            question: tr!("entry-delete-question", what = what.as_str()),
            on_yes: OnYes::Delete { kind, id, what },
        })),
        Ok(None) => app.fail(super::events::gone()),
        Err(e) => app.fail(e.localized()),
    }
    true
}

/// What y means for the question on top; false if there was none.
pub fn answer(app: &mut App, yes: bool) -> bool {
    let Some(Popup::Confirm(question)) = app.popups.pop() else {
        return false;
    };
    if question.on_yes == OnYes::ResumeDraft {
        super::draft::answer(app, yes);
        return true;
    }
    if !yes {
        if matches!(question.on_yes, OnYes::Delete { .. }) {
            app.say(tr!("entry-not-deleted"));
        }
        return true;
    }
    match question.on_yes {
        OnYes::Discard => {
            if matches!(app.popups.last(), Some(Popup::Form(_))) {
                app.popups.pop();
            }
            app.say(tr!("entry-closed-unsaved"));
        }
        // The update step turns this into the Quit effect.
        OnYes::Quit | OnYes::ResumeDraft => {}
        OnYes::Delete { kind, id, what } => delete_now(app, kind, id, &what),
    }
    true
}

fn delete_now(app: &mut App, kind: RecordKind, id: u64, what: &str) {
    match app.store.delete_any(kind, id) {
        Ok(()) => {
            // The delete call does not return its transaction; this session
            // is the database's only writer (the holder lock keeps other
            // processes out), so the last one is ours.
            match app.store.last_txn() {
                Ok(Some(txn)) => {
                    app.session.push(SessionChange {
                        txn,
                        what: tr!("entry-deleted-what", what = what),
                        kind,
                        id,
                    });
                    app.say(tr!("entry-deleted-undoes", what = what, key = undo_key()));
                }
                Ok(None) => app.say(tr!("entry-deleted", what = what)),
                Err(e) => app.fail(tr!(
                    "entry-deleted-no-history",
                    what = what,
                    why = e.localized()
                )),
            }
            app.after_write(None);
        }
        Err(e) => refused(app, &tr!("entry-not-deleted-title"), e.localized()),
    }
}

/// A refusal too long for the status bar: a message popup, and the start
/// of it in the status bar.
fn refused(app: &mut App, title: &str, text: String) {
    app.fail(text.clone());
    app.popups.push(Popup::Notice(super::app::Notice {
        title: title.to_string(),
        text,
    }));
}

/// `u`: undoes the last change made in this session, as one transaction
/// (a calving and its calf together).
pub fn undo(app: &mut App) -> bool {
    let Some(last) = app.session.last().cloned() else {
        app.say(tr!("entry-nothing-to-undo"));
        return true;
    };
    match app.store.undo(last.txn) {
        Ok(_) => {
            app.session.pop();
            app.say(tr!("entry-undone", what = last.what.as_str()));
            app.after_write(Some((last.kind, last.id)));
        }
        Err(e) => refused(
            app,
            &tr!("entry-not-undone-title"),
            tr!(
                "entry-cannot-undo",
                what = last.what.as_str(),
                why = e.localized()
            ),
        ),
    }
    true
}

/// The key that undoes, as the status bar names it.
fn undo_key() -> String {
    key_for(&Action::Undo)
}
