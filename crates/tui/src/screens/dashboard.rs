//! The dashboard tab: its figures (computed by `report` and kept in the
//! application) and the figure or calving selected with `↓ ↑`, which
//! Enter opens (`dash_links`: a list, filtered where the figure counts
//! only some records, or the pregnancy).

use crate::action::Action;
use crate::app::App;
use crate::component::{Component, Ctx, DrawCtx, HelpSection, Outcome, mode_keys, post};
use crate::draw;
use crate::keymap::{Binding, Mode};
use crate::queue::{AppEvent, Queue};
use ratatui::Frame;
use ratatui::layout::Rect;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DashboardScreen {
    /// A place in `dash_links::links`; none until the first press.
    pub selected: Option<usize>,
}

impl Component for DashboardScreen {
    fn event(&mut self, action: &Action, ctx: &Ctx, queue: &mut Queue) -> Outcome {
        let delta = match action {
            Action::Up => -1,
            Action::Down => 1,
            Action::Open => {
                return match self.selected {
                    Some(place) => post(queue, AppEvent::OpenLink(place)),
                    None => Outcome::Unchanged,
                };
            }
            _ => return Outcome::Ignored,
        };
        // No figures (they could not be computed): nothing to select.
        let Some(last) = ctx.links.checked_sub(1) else {
            return Outcome::Unchanged;
        };
        // The first press selects the first link.
        let next = match self.selected {
            None => 0,
            Some(i) => i.saturating_add_signed(delta).min(last),
        };
        let moved = self.selected != Some(next);
        self.selected = Some(next);
        Outcome::from_changed(moved)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        if ctx.app.welcome {
            draw::welcome::draw(frame, ctx.app, area);
        } else {
            draw::dashboard::draw(frame, ctx.app, area);
        }
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Main)
    }

    fn help(&self, app: &App) -> Vec<HelpSection> {
        vec![HelpSection {
            heading: kumban_i18n::tr!("help-on-tab", screen = app.tab.name()),
            keys: self.keys(app),
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(links: usize) -> Ctx {
        Ctx {
            page: 10,
            filtering: false,
            scroll_max: 0,
            links,
        }
    }

    #[test]
    fn the_moving_keys_select_a_link_and_enter_posts_its_opening() {
        let mut dash = DashboardScreen::default();
        let mut queue = Queue::default();
        dash.event(&Action::Open, &ctx(3), &mut queue);
        assert!(queue.is_empty(), "nothing selected, nothing to open");
        assert_eq!(
            dash.event(&Action::Up, &ctx(3), &mut queue),
            Outcome::Changed
        );
        assert_eq!(dash.selected, Some(0), "the first press selects the first");
        dash.event(&Action::Down, &ctx(3), &mut queue);
        dash.event(&Action::Down, &ctx(3), &mut queue);
        assert_eq!(
            dash.event(&Action::Down, &ctx(3), &mut queue),
            Outcome::Unchanged,
            "past the last link nothing moves"
        );
        dash.event(&Action::Open, &ctx(3), &mut queue);
        assert!(matches!(queue.pop(), Some(AppEvent::OpenLink(2))));
        let mut none = DashboardScreen::default();
        none.event(&Action::Down, &ctx(0), &mut queue);
        assert_eq!(none.selected, None, "no figures, nothing to select");
    }
}
