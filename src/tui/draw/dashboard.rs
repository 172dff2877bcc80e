//! The dashboard tab: the figures of `report::Dashboard`.

use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let text = app
        .dashboard
        .as_ref()
        .map(|d| d.to_text())
        .unwrap_or_default();
    frame.render_widget(Paragraph::new(text), area);
}
