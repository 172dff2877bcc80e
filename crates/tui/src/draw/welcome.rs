//! First start: an empty database says how to begin.

use crate::action::{Action, Tab};
use crate::app::App;
use crate::keymap::key_for;
use kumban_forms::keys as form_keys;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.theme;
    // Every key named here is looked up in the tables, never typed.
    let key = |a: Action| key_for(&a);
    let (quit, help) = (key(Action::Quit), key(Action::Help));
    let lines = vec![
        Line::styled("Welcome to kumban", t.title()),
        Line::raw(""),
        Line::raw(format!("This database is empty: {}", app.db_label)),
        Line::raw(""),
        Line::styled("To add the first household", t.header()),
        Line::raw(format!(
            "  press {} for the Households tab, then {}: a form opens. {} moves",
            key(Action::GoGroup(crate::nav::place(Tab::Households).0)),
            key(Action::New),
            form_keys::NEXT_FIELD.name()
        )),
        Line::raw(format!(
            "  between fields, {} saves, {} cancels, {} undoes a save.",
            form_keys::SAVE.name(),
            form_keys::CLOSE.name(),
            key(Action::Undo)
        )),
        Line::raw(""),
        Line::styled("To look around with the demonstration data", t.header()),
        Line::raw(format!("  {}:", kumban_demo::figures::summary())),
        Line::raw(format!("  quit with {quit} and run")),
        Line::styled("      kumban demo", t.key()),
        Line::raw("  (with the same --db as now, if you gave one), then start kumban again."),
        Line::raw(""),
        Line::raw(format!(
            "Press {help} on any screen for its keys, {quit} to quit."
        )),
    ];
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border());
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
