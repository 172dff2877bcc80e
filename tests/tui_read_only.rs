//! A session that may only look (`--read-only`, or a viewer named in the
//! database's access settings): the keys that write say why at once
//! instead of opening a form that could never be saved, and the status
//! bar says the session is read-only.

mod support;

use kumban::store::Store;
use kumban::store::remote::Connect;
use kumban::tui::app::Popup;
use kumban::tui::{Action, App, Tab, update};
use support::tui::*;

fn read_only_app(db: &std::path::Path) -> App {
    let store = Store::connect(
        db,
        &Connect {
            read_only: true,
            ..support::shared::how()
        },
    )
    .unwrap();
    let mut app = App::new(store, today());
    app.theme = kumban::tui::theme::Theme::plain();
    app
}

#[test]
fn a_read_only_session_refuses_new_edit_and_delete_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    kumban::demo::fill(&support::shared::connect(&db), today()).unwrap();
    let mut app = read_only_app(&db);
    assert!(app.read_only.as_deref().unwrap().contains("--read-only"));
    update(&mut app, Action::GoTab(Tab::Households));
    for action in [Action::New, Action::Edit, Action::Delete] {
        app.message = None;
        update(&mut app, action.clone());
        assert!(
            !app.popups
                .iter()
                .any(|p| matches!(p, Popup::Form(_) | Popup::Confirm(_))),
            "{action:?} opened a form or question"
        );
        let m = app.message.as_ref().expect("a message");
        assert!(m.error, "{action:?}: {}", m.text);
        assert!(m.text.contains("--read-only"), "{action:?}: {}", m.text);
    }
    app.message = None;
    let shown = screen(&app);
    let status = shown.lines().last().unwrap_or("");
    assert!(status.contains("read-only"), "{shown}");
    // Looking still works.
    update(&mut app, Action::Open);
    assert!(matches!(app.popups.last(), Some(Popup::Detail(_))));
}

#[test]
fn a_writing_session_through_the_owner_is_not_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = support::shared::connect(&dir.path().join("db"));
    assert_eq!(store.read_only(), None);
    let local = Store::open(&dir.path().join("other"), "clerk").unwrap();
    assert_eq!(local.read_only(), None);
}
