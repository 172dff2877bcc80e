//! The shape every screen and entry popup has (after gitui's components
//! and ratatui's demo2 tabs): it answers the actions given to it on its
//! own state, draws itself, and names the key bindings that apply to it.
//! What it cannot do alone it posts to the `Queue`; it never calls
//! another component or the entry code.

use super::action::Action;
use super::app::App;
use super::keymap::{self, Binding, Mode};
use super::queue::{AppEvent, Queue};
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
    /// How far the popup on top scrolls: its lines less one screenful.
    pub scroll_max: usize,
    /// The dashboard's figures and calvings that open something.
    pub links: usize,
}

/// Where and how a component is drawn.
pub struct DrawCtx<'a> {
    pub app: &'a App,
    /// Only the popup on top takes typing, so only it places the cursor.
    pub top: bool,
}

/// A heading of the `?` help and the key rows under it.
#[derive(Debug, Clone)]
pub struct HelpSection {
    pub heading: String,
    pub keys: Vec<&'static Binding>,
}

pub trait Component {
    fn event(&mut self, action: &Action, ctx: &Ctx, queue: &mut Queue) -> Outcome;
    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx);
    /// The rows of the one key table that apply to this component now:
    /// the footer offers exactly these (`keymap::hints_of`).
    fn keys(&self, app: &App) -> Vec<&'static Binding>;
    /// What `?` lists while this component is beneath the help. A popup
    /// that only asks or tells leaves it to the screen under it.
    fn help(&self, app: &App) -> Vec<HelpSection> {
        crate::screens::help(app)
    }
    /// For a popup: whether the actions it ignores go on to the screen
    /// beneath (a detail, through which the record's keys act). Typing
    /// never goes past a popup.
    fn passes_on(&self) -> bool {
        false
    }
}

/// Handing an action on: whether the screen changes is the handler's to say.
pub fn post(queue: &mut Queue, event: AppEvent) -> Outcome {
    queue.push(event);
    Outcome::Unchanged
}

/// The keys of `mode` on the current tab: what a component whose keys
/// are one mode of the table returns from `keys`.
pub fn mode_keys(app: &App, mode: Mode) -> Vec<&'static Binding> {
    keymap::bindings(mode, app.tab).collect()
}

/// The keys of the component in front: the popup on top, else the tab's
/// screen. The footer lists these.
pub fn front_keys(app: &App) -> Vec<&'static Binding> {
    match app.popups.last() {
        Some(popup) => popup.component().keys(app),
        None => crate::screens::screen(app).keys(app),
    }
}

/// What `?` lists: the help of the component beneath it (the popup under
/// the help, else the tab's screen).
pub fn help_beneath(app: &App) -> Vec<HelpSection> {
    match app.popups.iter().rev().nth(1) {
        Some(popup) => popup.component().help(app),
        None => crate::screens::help(app),
    }
}
