//! The popups that are read: the `?` help and a record's detail. Both
//! scroll with the moving keys and close with Esc; the record's own keys
//! (edit, delete, the workflow steps, the related views) act through a
//! detail, so it passes what it does not scroll on to the screen beneath.

use crate::action::Action;
use crate::app::{App, Help};
use crate::component::{Component, Ctx, DrawCtx, HelpSection, Outcome, mode_keys, post};
use crate::detail::Detail;
use crate::draw;
use crate::keymap::{Binding, Mode};
use crate::queue::{AppEvent, Queue};
use ratatui::Frame;
use ratatui::layout::Rect;

impl Component for Help {
    fn event(&mut self, action: &Action, ctx: &Ctx, queue: &mut Queue) -> Outcome {
        match action {
            // `?` again closes it, as Esc does.
            Action::Help | Action::Back => post(queue, AppEvent::PopupClosed),
            _ => scroll(&mut self.scroll, action, ctx),
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::popup::help(frame, ctx.app, area, self.scroll);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Help)
    }
}

impl Component for Detail {
    fn event(&mut self, action: &Action, ctx: &Ctx, queue: &mut Queue) -> Outcome {
        match action {
            Action::Back => post(queue, AppEvent::PopupClosed),
            _ => scroll(&mut self.scroll, action, ctx),
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::popup::detail(frame, ctx.app, area, self);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Detail)
    }

    fn help(&self, app: &App) -> Vec<HelpSection> {
        vec![HelpSection {
            heading: kumban_i18n::tr("help-in-detail"),
            keys: self.keys(app),
        }]
    }

    fn passes_on(&self) -> bool {
        true
    }
}

/// The moving keys on a scrolled popup, clamped to `ctx.scroll_max` so a
/// press past the end is not stored and then undone by the next presses.
fn scroll(at: &mut usize, action: &Action, ctx: &Ctx) -> Outcome {
    let page = ctx.page as isize;
    let to = match action {
        Action::Up => at.saturating_add_signed(-1),
        Action::Down => at.saturating_add_signed(1),
        Action::PageUp => at.saturating_add_signed(-page),
        Action::PageDown => at.saturating_add_signed(page),
        Action::Top => 0,
        Action::Bottom => usize::MAX,
        _ => return Outcome::Ignored,
    };
    let before = *at;
    *at = to.min(ctx.scroll_max);
    Outcome::from_changed(*at != before)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTX: Ctx = Ctx {
        page: 10,
        filtering: false,
        scroll_max: 15,
        links: 0,
    };

    #[test]
    fn help_scrolls_within_its_lines_and_closes_on_help_or_back() {
        let mut help = Help::default();
        let mut queue = Queue::default();
        assert_eq!(
            help.event(&Action::Up, &CTX, &mut queue),
            Outcome::Unchanged
        );
        help.event(&Action::PageDown, &CTX, &mut queue);
        help.event(&Action::PageDown, &CTX, &mut queue);
        assert_eq!(help.scroll, 15, "a page past the end stops at the end");
        help.event(&Action::Top, &CTX, &mut queue);
        assert_eq!(help.scroll, 0);
        assert!(queue.is_empty());
        help.event(&Action::Help, &CTX, &mut queue);
        assert!(matches!(queue.pop(), Some(AppEvent::PopupClosed)));
        assert_eq!(help.event(&Action::New, &CTX, &mut queue), Outcome::Ignored);
        assert!(!help.passes_on(), "keys under the help do nothing");
    }

    #[test]
    fn a_detail_scrolls_and_passes_the_records_keys_on() {
        let mut detail = Detail::new("Household BS-01".into(), crate::action::Tab::Households, 1);
        let mut queue = Queue::default();
        detail.event(&Action::Bottom, &CTX, &mut queue);
        assert_eq!(detail.scroll, 15);
        assert_eq!(
            detail.event(&Action::Edit, &CTX, &mut queue),
            Outcome::Ignored
        );
        assert!(detail.passes_on());
        detail.event(&Action::Back, &CTX, &mut queue);
        assert!(matches!(queue.pop(), Some(AppEvent::PopupClosed)));
    }
}
