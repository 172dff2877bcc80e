//! The officer's keys on the Review tab: approve, return (with a comment
//! typed in a one-line popup), reopen, and the clerk's "fixes done". The
//! role is never decided here: the store (the owner, from the socket's
//! credentials) refuses what this user may not do, and the refusal is
//! shown as it comes.

use super::action::Action;
use super::action::Tab;
use super::app::{App, Popup};
use super::keymap::key_for;
use super::tabs::review::place_of;
use crossterm::event::{KeyCode, KeyEvent};
use kumban_model::{Period, ReviewAction, ReviewState};
use kumban_store::review::Act;

/// The comment being typed for a return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub village: String,
    pub period: Period,
    pub text: String,
}

/// The month the keys act on: the open detail's, else the selected row's.
fn target(app: &App) -> Option<u64> {
    match app.popups.last() {
        Some(Popup::Detail(d)) if d.tab == Tab::Review => Some(d.id),
        _ => app.list().selected_id(),
    }
}

/// A review key on the Review tab.
pub fn key(app: &mut App, action: ReviewAction) -> bool {
    let Some(id) = target(app) else {
        app.say(kumban_i18n::tr("review-no-month"));
        return true;
    };
    let (village, period) = match place_of(&app.store, id) {
        Ok(Some(place)) => place,
        Ok(None) => {
            app.fail(kumban_i18n::tr!(
                "review-month-gone",
                key = key_for(&Action::Refresh)
            ));
            return true;
        }
        Err(e) => {
            app.fail(e.to_string());
            return true;
        }
    };
    if action == ReviewAction::Return {
        app.popups.push(Popup::Comment(Comment {
            village,
            period,
            text: String::new(),
        }));
        return true;
    }
    send(app, &village, period, action, String::new());
    true
}

pub(super) fn send(
    app: &mut App,
    village: &str,
    period: Period,
    action: ReviewAction,
    comment: String,
) {
    let act = Act {
        village: village.to_string(),
        period,
        action,
        comment,
    };
    match app.store.review(&act) {
        Ok(r) => {
            let name = format!("{} {}", crate::text::clean(&r.village), r.period);
            app.say(match r.state {
                ReviewState::Approved => {
                    format!("{name} approved; its records are locked until it is reopened.")
                }
                ReviewState::Returned => format!("{name} returned to the clerk."),
                ReviewState::Open if action == ReviewAction::FixesDone => {
                    format!("{name}: fixes marked done; the officer can approve it.")
                }
                ReviewState::Open => format!("{name} reopened."),
            });
            app.after_write(None);
            app.enter_tab(app.tab, true);
        }
        Err(e) => app.fail(e.to_string()),
    }
}

/// Why Enter did not send an empty comment, with the keys looked up.
pub fn comment_needed() -> String {
    kumban_i18n::tr!(
        "review-comment-needed",
        enter = key_for(&Action::Key(KeyEvent::from(KeyCode::Enter))),
        close = kumban_forms::keys::CLOSE.name()
    )
}
