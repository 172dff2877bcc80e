//! The shape every screen and entry popup has (after gitui's components
//! and ratatui's demo2 tabs): it answers the actions given to it on its
//! own state, draws itself, and names the key bindings that apply to it.
//! What it cannot do alone it posts to the `Queue`; it never calls
//! another component or the entry code.

use super::action::Action;
use super::app::App;
use super::keymap::{self, Binding};
use super::queue::Queue;
use ratatui::Frame;
use ratatui::layout::Rect;

/// What a component did with an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It was this component's, and what it shows may have changed.
    Changed,
    /// It was this component's, and nothing visible changed (a move past
    /// the last row).
    Unchanged,
    /// Not this component's: the application handles it.
    Ignored,
}

impl Outcome {
    pub fn from_changed(changed: bool) -> Outcome {
        if changed {
            Outcome::Changed
        } else {
            Outcome::Unchanged
        }
    }
}

/// What a component may read while handling an action: the screen's
/// measures, not the application (whose state it must not reach into).
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    /// Rows of a list that fit on one screen.
    pub page: usize,
    /// Typing into the list's filter.
    pub filtering: bool,
}

/// Where and how a component is drawn.
pub struct DrawCtx<'a> {
    pub app: &'a App,
    /// Only the popup on top takes typing, so only it places the cursor.
    pub top: bool,
}

pub trait Component {
    fn event(&mut self, action: &Action, ctx: &Ctx, queue: &mut Queue) -> Outcome;
    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx);
    /// The bindings of the one key table that apply to this component now:
    /// help and the footer list exactly these.
    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        keymap::bindings(app.mode(), app.tab).collect()
    }
}
