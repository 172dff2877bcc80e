//! The officer's keys on the Review tab: approve, return (with a comment
//! typed in a one-line popup), reopen, and the clerk's "fixes done". The
//! role is never decided here: the store (the owner, from the socket's
//! credentials) refuses what this user may not do, and the refusal is
//! shown as it comes.

use super::action::Tab;
use super::app::{App, Popup};
use super::tabs::review::place_of;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kumban_model::text::is_forbidden;
use kumban_model::{Period, ReviewAction, ReviewState};
use kumban_store::review::Act;

/// A comment is a line, not an essay.
const COMMENT_MAX: usize = 300;

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
        app.say("No month is selected.");
        return true;
    };
    let (village, period) = match place_of(&app.store, id) {
        Ok(Some(place)) => place,
        Ok(None) => {
            app.fail("That month is no longer listed; press r to reload.");
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

fn send(app: &mut App, village: &str, period: Period, action: ReviewAction, comment: String) {
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
            super::entry::after_write(app, None);
            app.enter_tab(app.tab, true);
        }
        Err(e) => app.fail(e.to_string()),
    }
}

/// A key while the comment popup is on top: typing, Backspace, Enter
/// (or Ctrl-S) sends, Esc closes it.
pub fn comment_key(app: &mut App, ev: KeyEvent) -> bool {
    let Some(Popup::Comment(c)) = app.popups.last_mut() else {
        return false;
    };
    let send_it = matches!(ev.code, KeyCode::Enter)
        || (ev.code == KeyCode::Char('s') && ev.modifiers.contains(KeyModifiers::CONTROL));
    match ev.code {
        _ if send_it => {
            if c.text.trim().is_empty() {
                app.fail(
                    "Write what the clerk should fix, then press Enter (Esc: do not return it).",
                );
                return true;
            }
            let c = c.clone();
            app.popups.pop();
            send(app, &c.village, c.period, ReviewAction::Return, c.text);
        }
        KeyCode::Esc => {
            app.popups.pop();
        }
        KeyCode::Backspace => {
            c.text.pop();
        }
        KeyCode::Char('u') if ev.modifiers.contains(KeyModifiers::CONTROL) => c.text.clear(),
        KeyCode::Char(ch)
            if !ev.modifiers.contains(KeyModifiers::CONTROL)
                && !ev.modifiers.contains(KeyModifiers::ALT) =>
        {
            type_in(c, &ch.to_string());
        }
        _ => return false,
    }
    true
}

/// Pasted text goes into the comment, on one line.
pub fn comment_paste(app: &mut App, text: &str) -> bool {
    let Some(Popup::Comment(c)) = app.popups.last_mut() else {
        return false;
    };
    let line: String = text
        .chars()
        .map(|ch| if ch == '\n' || ch == '\r' { ' ' } else { ch })
        .collect();
    type_in(c, &line);
    true
}

fn type_in(c: &mut Comment, text: &str) {
    for ch in text.chars().filter(|ch| !is_forbidden(*ch)) {
        if c.text.chars().count() >= COMMENT_MAX {
            break;
        }
        c.text.push(ch);
    }
}
