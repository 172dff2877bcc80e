//! The full-screen terminal application: tabs of records, a dashboard,
//! detail popups, filtering and help.
//!
//! Keys become `Action`s through the one `keymap`; `update` applies an
//! action to the `App` state and returns `Effect`s; `draw` paints the state.
//! `update` and `draw` never touch the terminal, so tests drive them with
//! ratatui's `TestBackend`; `terminal` owns the real one.

// House rules (docs/architecture.md, tests/house_rules.rs): a bad file or
// keystroke becomes an error the user can read, never a crash; and this
// crate never prints: a stray line would tear the screen. Tests may do all of this.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::dbg_macro,
    clippy::print_stdout,
    clippy::print_stderr
)]

pub mod action;
pub mod app;
pub mod component;
pub mod dash_links;
pub mod detail;
pub mod draft;
pub mod draw;
pub mod entry;
pub mod escape;
mod events;
#[cfg(test)]
mod i18n_tests;
pub mod keymap;
pub mod link;
pub mod list;
mod loader;
pub mod nav;
pub mod palette;
mod pick_loader;
mod popups;
pub mod queue;
mod refresh;
mod report_view;
pub mod review;
pub mod screen;
mod screens;
mod tabs;
mod terminal;
pub mod text;
pub mod theme;
pub mod update;

pub use action::{Action, Effect, Related, Tab, Workflow};
pub use app::App;
pub use terminal::{run, run_then};
pub use update::update;

/// Turns a terminal event into an action for the current screen.
pub fn action_for_event(app: &App, event: &crossterm::event::Event) -> Option<Action> {
    use crossterm::event::Event;
    match event {
        Event::Key(k) => keymap::action_for(k, app.mode(), app.tab),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Paste(s) => Some(Action::Paste(s.clone())),
        _ => None,
    }
}
