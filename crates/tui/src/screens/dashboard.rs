//! The dashboard tab: figures only, so no key is its own; the figures
//! themselves are computed by `report` and kept in the application.

use crate::action::Action;
use crate::app::App;
use crate::component::{Component, Ctx, DrawCtx, HelpSection, Outcome, mode_keys};
use crate::draw;
use crate::keymap::{Binding, Mode};
use crate::queue::Queue;
use ratatui::Frame;
use ratatui::layout::Rect;

#[derive(Debug, Default, Clone, Copy)]
pub struct DashboardScreen;

impl Component for DashboardScreen {
    fn event(&mut self, _action: &Action, _ctx: &Ctx, _queue: &mut Queue) -> Outcome {
        Outcome::Ignored
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
            heading: format!("On the {} tab", app.tab.title()),
            keys: self.keys(app),
        }]
    }
}
