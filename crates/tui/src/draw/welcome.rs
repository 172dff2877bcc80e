//! First start: an empty database says how to begin.

use crate::action::{Action, Tab};
use crate::app::App;
use crate::keymap::key_for;
use kumban_forms::keys as form_keys;
use kumban_i18n::tr;
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
        Line::styled(tr("welcome-title"), t.title()),
        Line::raw(""),
        Line::raw(tr!("welcome-empty", db = app.db_label.clone())),
        Line::raw(""),
        Line::styled(tr("welcome-first-heading"), t.header()),
        Line::raw(format!(
            "  {}",
            tr!(
                "welcome-first-keys",
                group = key(Action::GoGroup(crate::nav::place(Tab::Households).0)),
                new = key(Action::New),
                next = form_keys::NEXT_FIELD.name()
            )
        )),
        Line::raw(format!(
            "  {}",
            tr!(
                "welcome-first-fields",
                save = form_keys::SAVE.name(),
                close = form_keys::CLOSE.name(),
                undo = key(Action::Undo)
            )
        )),
        Line::raw(""),
        Line::styled(tr("welcome-demo-heading"), t.header()),
        Line::raw(format!("  {}:", kumban_demo::figures::summary())),
        Line::raw(format!(
            "  {}",
            tr!("welcome-demo-quit", quit = quit.clone())
        )),
        Line::styled("      kumban demo", t.key()),
        Line::raw(format!("  {}", tr("welcome-demo-db"))),
        Line::raw(""),
        Line::raw(tr!("welcome-keys", help = help, quit = quit)),
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
