//! First start: an empty database says how to begin.

use crate::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.theme;
    let lines = vec![
        Line::styled("Welcome to kumban", t.title()),
        Line::raw(""),
        Line::raw(format!("This database is empty: {}", app.db_label)),
        Line::raw(""),
        Line::styled("To add the first household", t.header()),
        Line::raw("  press 2 for the Households tab, then n: a form opens. Tab moves"),
        Line::raw("  between fields, Ctrl-S saves, Esc cancels, u undoes a save."),
        Line::raw(""),
        Line::styled("To look around with the demonstration data", t.header()),
        Line::raw(format!("  {}:", kumban_demo::figures::summary())),
        Line::raw("  quit with q and run"),
        Line::styled("      kumban demo", t.key()),
        Line::raw("  (with the same --db as now, if you gave one), then start kumban again."),
        Line::raw(""),
        Line::raw("Press ? on any screen for its keys, q to quit."),
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
