//! The popups that ask or tell: the y/N question and the message box.
//! What a yes does is the entry code's (`entry::answer`), so the question
//! only posts the answer.

use crate::action::Action;
use crate::app::{App, Confirm, Notice, OnYes};
use crate::component::{Component, Ctx, DrawCtx, Outcome, mode_keys, post};
use crate::draw;
use crate::keymap::{Binding, Mode};
use crate::queue::{AppEvent, Queue};
use ratatui::Frame;
use ratatui::layout::Rect;

impl Component for Confirm {
    fn event(&mut self, action: &Action, _ctx: &Ctx, queue: &mut Queue) -> Outcome {
        match action {
            // Quitting needs no more from the entry code.
            Action::Answer(true) if self.on_yes == OnYes::Quit => post(queue, AppEvent::Quit),
            Action::Answer(yes) => post(queue, AppEvent::Answer(*yes)),
            _ => Outcome::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::entry::confirm(frame, ctx.app, area, self);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Confirm)
    }
}

impl Component for Notice {
    fn event(&mut self, action: &Action, _ctx: &Ctx, queue: &mut Queue) -> Outcome {
        match action {
            Action::Back => post(queue, AppEvent::PopupClosed),
            _ => Outcome::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::entry::notice(frame, ctx.app, area, &self.title, &self.text);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Notice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTX: Ctx = Ctx {
        page: 10,
        filtering: false,
        scroll_max: 0,
        links: 0,
    };

    fn asking(on_yes: OnYes) -> Confirm {
        Confirm {
            question: "Sure?".into(),
            on_yes,
        }
    }

    #[test]
    fn a_question_posts_its_answer_and_a_yes_to_quit_quits() {
        let mut queue = Queue::default();
        asking(OnYes::Discard).event(&Action::Answer(true), &CTX, &mut queue);
        asking(OnYes::Quit).event(&Action::Answer(false), &CTX, &mut queue);
        asking(OnYes::Quit).event(&Action::Answer(true), &CTX, &mut queue);
        let posted: Vec<String> = std::iter::from_fn(|| queue.pop())
            .map(|e| format!("{e:?}"))
            .collect();
        assert_eq!(posted, ["Answer(true)", "Answer(false)", "Quit"]);
        assert_eq!(
            asking(OnYes::Discard).event(&Action::Back, &CTX, &mut queue),
            Outcome::Ignored,
            "only y or n answers"
        );
    }

    #[test]
    fn a_message_closes_on_back_only() {
        let mut notice = Notice {
            title: "Not deleted".into(),
            text: "Pens point to it.".into(),
        };
        let mut queue = Queue::default();
        assert_eq!(
            notice.event(&Action::Down, &CTX, &mut queue),
            Outcome::Ignored
        );
        notice.event(&Action::Back, &CTX, &mut queue);
        assert!(matches!(queue.pop(), Some(AppEvent::PopupClosed)));
    }
}
