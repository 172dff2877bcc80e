//! The Review tab at 80×24 on the demonstration data: months × villages
//! with their states, the month's records and history behind Enter, the
//! officer's keys, the comment popup of a return, and the returned month
//! on the clerk's dashboard.

mod support;

use crossterm::event::KeyCode;
use kumban::model::*;
use kumban::tui::{Action, Tab};
use support::keys::*;
use support::tui::*;

/// The Review tab with Bansuo 2026-10 (the third row) selected.
fn on_bansuo_october(f: &mut Fixture) {
    keys(
        &mut f.app,
        [
            Action::GoTab(Tab::Review),
            Action::Top,
            Action::Down,
            Action::Down,
        ],
    );
    let s = screen(&f.app);
    let selected = s.lines().nth(5).unwrap();
    assert!(selected.starts_with("2026-10 Bansuo"), "{s}");
}

fn state_of(f: &Fixture, village: &str, period: &str) -> ReviewState {
    f.app
        .store
        .reviews()
        .unwrap()
        .into_iter()
        .find(|r| r.village == village && r.period.to_string() == period)
        .map_or(ReviewState::Open, |r| r.state)
}

#[test]
fn the_officer_approves_returns_and_reopens_months_with_keys() {
    let mut f = demo();
    on_bansuo_october(&mut f);
    keys(&mut f.app, [Action::Review(ReviewAction::Approve)]);
    assert_eq!(state_of(&f, "Bansuo", "2026-10"), ReviewState::Approved);
    let s = screen(&f.app);
    assert!(
        s.contains("Bansuo 2026-10 approved; its records are locked"),
        "{s}"
    );

    // Xianglong's October goes back to the clerk with a comment.
    keys(
        &mut f.app,
        [Action::Down, Action::Review(ReviewAction::Return)],
    );
    keys(&mut f.app, typed_actions("XL-02 calf missing"));
    insta::assert_snapshot!("review_return_comment", screen(&f.app));
    keys(&mut f.app, [action(KeyCode::Enter)]);
    assert_eq!(state_of(&f, "Xianglong", "2026-10"), ReviewState::Returned);
    insta::assert_snapshot!("review_states", screen(&f.app));

    // Enter: the month's records and their history.
    keys(&mut f.app, [Action::Up, Action::Open]);
    let s = screen(&f.app);
    assert!(s.contains("Bansuo 2026-10: approved"), "{s}");
    insta::assert_snapshot!("review_detail", s);

    // Reopened from the detail; a fix marked on an open month is refused.
    keys(&mut f.app, [Action::Review(ReviewAction::Reopen)]);
    assert_eq!(state_of(&f, "Bansuo", "2026-10"), ReviewState::Open);
    keys(
        &mut f.app,
        [Action::Back, Action::Review(ReviewAction::FixesDone)],
    );
    let s = screen(&f.app);
    assert!(s.contains("is open, not returned"), "{s}");
}

#[test]
fn an_empty_comment_does_not_return_the_month_and_esc_leaves_it_open() {
    let mut f = demo();
    on_bansuo_october(&mut f);
    keys(
        &mut f.app,
        [Action::Review(ReviewAction::Return), action(KeyCode::Enter)],
    );
    assert!(screen(&f.app).contains("Write what the clerk should fix"));
    keys(&mut f.app, [action(KeyCode::Esc)]);
    assert!(f.app.popups.is_empty());
    assert_eq!(state_of(&f, "Bansuo", "2026-10"), ReviewState::Open);
}

#[test]
fn the_clerk_sees_a_returned_month_on_the_dashboard_and_marks_it_fixed() {
    let mut f = demo();
    on_bansuo_october(&mut f);
    keys(&mut f.app, [Action::Review(ReviewAction::Return)]);
    keys(&mut f.app, typed_actions("BS-03 sold the same calf twice"));
    keys(
        &mut f.app,
        [action(KeyCode::Enter), Action::GoTab(Tab::Dashboard)],
    );
    let s = screen(&f.app);
    assert!(
        s.contains("Returned    Bansuo 2026-10: BS-03 sold the same calf twice"),
        "{s}"
    );
    insta::assert_snapshot!("dashboard_returned", s);
    on_bansuo_october(&mut f);
    keys(&mut f.app, [Action::Review(ReviewAction::FixesDone)]);
    assert_eq!(state_of(&f, "Bansuo", "2026-10"), ReviewState::Open);
    keys(&mut f.app, [Action::GoTab(Tab::Dashboard)]);
    assert!(!screen(&f.app).contains("Returned"));
}

#[test]
fn a_viewer_is_refused_the_officers_keys() {
    let mut f = demo();
    let me = kumban::owner::access::user_name(nix::unistd::geteuid().as_raw());
    let access = f.app.store.path().join("access.json");
    std::fs::write(&access, serde_json::json!({ "viewers": [me] }).to_string()).unwrap();
    on_bansuo_october(&mut f);
    keys(&mut f.app, [Action::Review(ReviewAction::Approve)]);
    let s = screen(&f.app);
    assert!(s.contains("only an officer may approve"), "{s}");
    assert_eq!(state_of(&f, "Bansuo", "2026-10"), ReviewState::Open);
}
