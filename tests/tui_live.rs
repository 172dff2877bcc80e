//! Live views: what another session saves shows in this one's lists,
//! dashboard and open details without a key pressed; a form being filled
//! in is left alone; a lost owner is said in the status bar and a new one
//! is found. Driven through `App::refresh_if_changed`, which the event
//! loop calls on every idle tick.

mod support;

use kumban::model::*;
use kumban::store::Store;
use kumban::tui::app::Popup;
use kumban::tui::{Action, App, Tab, update};
use std::time::Duration;
use support::keys::press_with;
use support::shared::*;
use support::tui::*;

fn app_on(store: Store) -> App {
    let mut app = App::new(store, today());
    app.theme = kumban::tui::theme::Theme::plain();
    app.db_label = "/srv/kumban/db".into();
    app
}

/// The demonstration data shared by two sessions: the clerk's store, and
/// the officer's TUI on the Households tab.
fn clerk_and_officer() -> (tempfile::TempDir, Store, App) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let clerk = connect(&db);
    kumban::demo::fill(&clerk, today()).unwrap();
    let mut officer = app_on(connect(&db));
    update(&mut officer, Action::GoTab(Tab::Households));
    (dir, clerk, officer)
}

/// Refreshes (as the idle ticks do) until `done` holds, for at most a
/// second.
fn within_a_second(app: &mut App, done: impl Fn(&App) -> bool) -> bool {
    wait_until(Duration::from_secs(1), || {
        app.refresh_if_changed();
        done(app)
    })
}

#[test]
fn a_household_saved_elsewhere_shows_in_the_list_and_dashboard() {
    let (_dir, clerk, mut officer) = clerk_and_officer();
    let before = officer.list().rows.len();
    // The officer is reading the third row; it stays selected.
    update(&mut officer, Action::Down);
    update(&mut officer, Action::Down);
    let reading = officer.list().selected_id();

    clerk.insert(support::store::household("ZZ-01")).unwrap();
    assert!(
        within_a_second(&mut officer, |a| a.list().rows.len() == before + 1),
        "the new household did not show within a second"
    );
    assert!(officer.list().rows.iter().any(|r| r.cell(0) == "ZZ-01"));
    assert_eq!(
        officer.list().selected_id(),
        reading,
        "the selection is kept"
    );

    // The dashboard counts it when shown.
    update(&mut officer, Action::GoTab(Tab::Dashboard));
    let total = officer.dashboard.as_ref().unwrap().households.total;
    assert_eq!(total as usize, clerk.count(RecordKind::Household));
}

#[test]
fn an_open_form_is_left_alone_and_the_filter_keeps_typing() {
    let (_dir, clerk, mut officer) = clerk_and_officer();
    update(&mut officer, Action::New);
    assert!(matches!(officer.popups.last(), Some(Popup::Form(_))));
    let typed = |a: &App| match a.popups.last() {
        Some(Popup::Form(f)) => Some(f.title().to_string()),
        _ => None,
    };
    let title = typed(&officer);
    clerk.insert(support::store::household("ZZ-02")).unwrap();
    assert!(within_a_second(&mut officer, |a| a
        .list_of(Tab::Households)
        .rows
        .iter()
        .any(|r| r.cell(0) == "ZZ-02")));
    assert_eq!(typed(&officer), title, "the form is still there");

    // Typing a filter is not interrupted by an update.
    update(&mut officer, Action::Back);
    update(&mut officer, Action::StartFilter);
    update(&mut officer, Action::FilterChar('z'));
    clerk.insert(support::store::household("ZZ-03")).unwrap();
    assert!(within_a_second(&mut officer, |a| a
        .list()
        .rows
        .iter()
        .any(|r| r.cell(0) == "ZZ-03")));
    assert!(officer.filtering, "still typing the filter");
    update(&mut officer, Action::FilterChar('z'));
    assert_eq!(officer.list().filter, "zz");
}

#[test]
fn a_lost_owner_is_said_and_a_new_one_found() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let mut officer = app_on(connect(&db));
    kill9(holder_pid(&db).expect("an owner"));
    assert!(
        wait_until(Duration::from_secs(2), || {
            officer.refresh_if_changed();
            screen(&officer).contains("owner gone, reconnecting…")
        }),
        "{}",
        screen(&officer)
    );
    // The next idle ticks start a new owner and the feed finds it.
    assert!(
        wait_until(Duration::from_secs(10), || {
            officer.refresh_if_changed();
            !screen(&officer).contains("owner gone")
        }),
        "{}",
        screen(&officer)
    );
    connect(&db)
        .insert(support::store::household("ZZ-04"))
        .unwrap();
    update(&mut officer, Action::GoTab(Tab::Households));
    assert!(within_a_second(&mut officer, |a| a
        .list()
        .rows
        .iter()
        .any(|r| r.cell(0) == "ZZ-04")));
}

#[test]
fn a_database_held_here_has_nothing_to_refresh() {
    let mut f = demo();
    assert!(f.app.seen.is_none());
    assert!(!f.app.refresh_if_changed());
}

#[test]
fn saving_over_someone_elses_change_asks_first_then_overwrites() {
    use crossterm::event::{KeyCode, KeyModifiers};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let other = connect(&db);
    let id = other.insert(support::store::household("ZZ-05")).unwrap();
    let mut clerk = app_on(connect(&db));
    update(&mut clerk, Action::GoTab(Tab::Households));
    update(&mut clerk, Action::Edit);
    let Some(Popup::Form(f)) = clerk.popups.last_mut() else {
        panic!("no form: {}", screen(&clerk));
    };
    assert!(f.focus_field("members"));
    press_with(&mut clerk, KeyCode::Char('u'), KeyModifiers::CONTROL);
    press_with(&mut clerk, KeyCode::Char('7'), KeyModifiers::NONE);

    // Meanwhile someone else saves the same household.
    let mut theirs = other.fetch::<Household>(id).unwrap().record;
    theirs.village = "Xianglong".into();
    other.update(id, theirs).unwrap();

    press_with(&mut clerk, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(
        matches!(clerk.popups.last(), Some(Popup::Form(_))),
        "the form stays open with what was typed"
    );
    let shown = screen(&clerk);
    assert!(shown.contains("since you opened"), "{shown}");
    assert!(shown.contains("Ctrl-S saves yours"), "{shown}");
    let now = other.fetch::<Household>(id).unwrap().record;
    assert_eq!((now.members, now.village.as_str()), (5, "Xianglong"));

    // Saving again is a knowing overwrite.
    press_with(&mut clerk, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(
        !matches!(clerk.popups.last(), Some(Popup::Form(_))),
        "{}",
        screen(&clerk)
    );
    assert_eq!(other.fetch::<Household>(id).unwrap().record.members, 7);
}

#[test]
fn a_month_returned_elsewhere_shows_on_the_clerks_dashboard_and_review_tab() {
    let (_dir, officer, mut clerk) = clerk_and_officer();
    update(&mut clerk, Action::GoTab(Tab::Review));
    update(&mut clerk, Action::GoTab(Tab::Dashboard));
    assert!(clerk.dashboard.as_ref().unwrap().returned.is_empty());
    // The test's user owns the folder: an officer.
    officer
        .review(&kumban::store::review::Act {
            village: "Bansuo".into(),
            period: Period::parse("2026-10").unwrap(),
            action: ReviewAction::Return,
            comment: "BS-03 twice".into(),
        })
        .unwrap();
    assert!(
        within_a_second(&mut clerk, |a| a
            .dashboard
            .as_ref()
            .is_some_and(|d| d.returned.len() == 1)),
        "the returned month did not show on the dashboard within a second"
    );
    update(&mut clerk, Action::GoTab(Tab::Review));
    assert!(
        clerk
            .list()
            .rows
            .iter()
            .any(|r| r.cell(1) == "Bansuo" && r.cell(2) == "returned"),
        "the Review tab was not read again"
    );
}
