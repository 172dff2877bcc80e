//! Every popup is a component. Here the entry popups: a form, the picker
//! over it, and the officer's one-line comment. Each owns what is being
//! typed; saving, opening a picker and closing are posted to the queue, so
//! the entry code is called by the application and never by a popup. The
//! help and a detail are in `reading`, the y/N question and the message
//! box in `message`, the go-to list in `palette`.

mod message;
mod reading;

use crate::action::Action;
use crate::app::{App, Popup};
use crate::component::{Component, Ctx, DrawCtx, HelpSection, Outcome, mode_keys};
use crate::draw;
use crate::keymap::{Binding, Mode};
use crate::queue::{AppEvent, Queue};
use crate::review::Comment;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kumban_forms::{Form, FormOutcome, Picker, PickerOutcome};
use kumban_model::text::is_forbidden;
use ratatui::Frame;
use ratatui::layout::Rect;

/// A comment is a line, not an essay.
const COMMENT_MAX: usize = 300;

impl Component for Form {
    fn event(&mut self, action: &Action, _ctx: &Ctx, queue: &mut Queue) -> Outcome {
        let out = match action {
            Action::Key(ev) => self.handle_key(*ev),
            Action::Paste(text) => self.paste(text),
            _ => return Outcome::Ignored,
        };
        match out {
            FormOutcome::Continue => {}
            FormOutcome::Save(submission) => queue.push(AppEvent::Save(submission)),
            FormOutcome::Cancel => queue.push(AppEvent::FormClosed),
            FormOutcome::ConfirmDiscard => queue.push(AppEvent::ConfirmDiscard),
            FormOutcome::OpenPicker(request) => queue.push(AppEvent::OpenPicker(request)),
        }
        Outcome::Changed
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::entry::form(frame, ctx.app, area, self, ctx.top);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Form)
    }

    /// A form's keys, and those of the picker its reference fields open.
    fn help(&self, app: &App) -> Vec<HelpSection> {
        vec![
            HelpSection {
                heading: kumban_i18n::tr("help-in-form"),
                keys: self.keys(app),
            },
            HelpSection {
                heading: kumban_i18n::tr("help-in-picker-field"),
                keys: mode_keys(app, Mode::Picker),
            },
        ]
    }
}

impl Component for Picker {
    fn event(&mut self, action: &Action, _ctx: &Ctx, queue: &mut Queue) -> Outcome {
        match action {
            Action::Key(ev) => match self.handle_key(*ev) {
                PickerOutcome::Continue => {}
                PickerOutcome::Cancel => queue.push(AppEvent::PopupClosed),
                PickerOutcome::Picked { field, id, label } => {
                    queue.push(AppEvent::Picked { field, id, label })
                }
                PickerOutcome::Ticked { field, ticked } => {
                    queue.push(AppEvent::Ticked { field, ticked })
                }
            },
            Action::Paste(text) => self.paste(text),
            _ => return Outcome::Ignored,
        }
        Outcome::Changed
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::entry::picker(frame, area, self, ctx.top);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Picker)
    }

    fn help(&self, app: &App) -> Vec<HelpSection> {
        vec![HelpSection {
            heading: kumban_i18n::tr("help-in-picker"),
            keys: self.keys(app),
        }]
    }
}

impl Component for Comment {
    /// Typing, Backspace, Enter (or Ctrl-S) sends, Esc closes it.
    fn event(&mut self, action: &Action, _ctx: &Ctx, queue: &mut Queue) -> Outcome {
        let ev: KeyEvent = match action {
            Action::Key(ev) => *ev,
            Action::Paste(text) => {
                let line: String = text
                    .chars()
                    .map(|ch| if ch == '\n' || ch == '\r' { ' ' } else { ch })
                    .collect();
                type_in(self, &line);
                return Outcome::Changed;
            }
            _ => return Outcome::Ignored,
        };
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let send_it = ev.code == KeyCode::Enter || (ev.code == KeyCode::Char('s') && ctrl);
        match ev.code {
            _ if send_it => {
                if self.text.trim().is_empty() {
                    queue.push(AppEvent::Say {
                        text: crate::review::comment_needed(),
                        error: true,
                    });
                } else {
                    queue.push(AppEvent::ReturnMonth(self.clone()));
                }
            }
            KeyCode::Esc => queue.push(AppEvent::PopupClosed),
            KeyCode::Backspace => {
                self.text.pop();
            }
            KeyCode::Char('u') if ctrl => self.text.clear(),
            KeyCode::Char(ch) if !ctrl && !ev.modifiers.contains(KeyModifiers::ALT) => {
                type_in(self, &ch.to_string());
            }
            _ => return Outcome::Unchanged,
        }
        Outcome::Changed
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::entry::comment(frame, ctx.app, area, self, ctx.top);
    }

    /// A one-line form: the form's keys (its own are on its border).
    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Form)
    }
}

impl Popup {
    /// The popup as the component it is: the application hands it actions
    /// and draws it without knowing which popup it is.
    pub fn component(&self) -> &dyn Component {
        match self {
            Popup::Help(help) => help,
            Popup::Detail(detail) => detail,
            Popup::Form(form) => form.as_ref(),
            Popup::Picker(picker) => picker.as_ref(),
            Popup::Confirm(confirm) => confirm,
            Popup::Notice(notice) => notice,
            Popup::Comment(comment) => comment,
            Popup::Palette(palette) => palette,
        }
    }

    pub fn component_mut(&mut self) -> &mut dyn Component {
        match self {
            Popup::Help(help) => help,
            Popup::Detail(detail) => detail,
            Popup::Form(form) => form.as_mut(),
            Popup::Picker(picker) => picker.as_mut(),
            Popup::Confirm(confirm) => confirm,
            Popup::Notice(notice) => notice,
            Popup::Comment(comment) => comment,
            Popup::Palette(palette) => palette,
        }
    }
}

fn type_in(c: &mut Comment, text: &str) {
    for ch in text.chars().filter(|ch| !is_forbidden(*ch)) {
        if c.text.chars().count() >= COMMENT_MAX {
            break;
        }
        c.text.push(ch);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_model::Period;

    const CTX: Ctx = Ctx {
        page: 10,
        filtering: false,
        scroll_max: 0,
        links: 0,
    };

    fn key(code: KeyCode) -> Action {
        Action::Key(KeyEvent::from(code))
    }

    #[test]
    fn a_comment_is_typed_in_place_and_posts_its_sending_and_closing() {
        let mut c = Comment {
            village: "Bansuo".into(),
            period: Period {
                year: 2026,
                month: 3,
            },
            text: String::new(),
        };
        let mut queue = Queue::default();
        c.event(&key(KeyCode::Enter), &CTX, &mut queue);
        assert!(
            matches!(queue.pop(), Some(AppEvent::Say { error: true, .. })),
            "an empty comment is not sent"
        );
        c.event(&Action::Paste("pen\nlabel".into()), &CTX, &mut queue);
        c.event(&key(KeyCode::Char('!')), &CTX, &mut queue);
        assert_eq!(c.text, "pen label!");
        assert!(queue.is_empty(), "typing posts nothing");
        c.event(&key(KeyCode::Enter), &CTX, &mut queue);
        match queue.pop() {
            Some(AppEvent::ReturnMonth(sent)) => assert_eq!(sent.text, "pen label!"),
            other => panic!("expected the month returned, got {other:?}"),
        }
        c.event(&key(KeyCode::Esc), &CTX, &mut queue);
        assert!(matches!(queue.pop(), Some(AppEvent::PopupClosed)));
        assert_eq!(c.event(&Action::Up, &CTX, &mut queue), Outcome::Ignored);
    }
}
