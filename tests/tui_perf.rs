//! Timings of the update-and-draw step on a large database, for
//! docs/performance.md. Not a pass/fail test (timings depend on the
//! machine): run it by hand on a database made with `kumban demo
//! --households 2000` (100,000 income logs):
//!
//! ```text
//! KUMBAN_PERF_DB=/tmp/kbig cargo test --release --test tui_perf -- --ignored --nocapture
//! ```

mod tui_common;

use kumban::store::Store;
use kumban::tui::{Action, App, Tab, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::{Duration, Instant};

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

/// Median of `n` runs of `f`.
fn median(n: usize, mut f: impl FnMut() -> Duration) -> Duration {
    let mut v: Vec<Duration> = (0..n).map(|_| f()).collect();
    v.sort();
    v[n / 2]
}

#[test]
#[ignore = "a measurement on a database given by KUMBAN_PERF_DB; see the module comment"]
fn key_to_frame_on_a_large_database() {
    let Some(path) = std::env::var_os("KUMBAN_PERF_DB") else {
        eprintln!("set KUMBAN_PERF_DB to a database folder");
        return;
    };
    let store = Store::open(std::path::Path::new(&path), "perf").unwrap();
    let (n, read) = timed(|| store.all::<kumban::model::IncomeLog>().count());
    println!("reading {n} income logs from the store alone: {read:?}");
    let (n, read) = timed(|| store.history().count());
    println!("reading {n} history entries from the store alone: {read:?}");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let (mut app, open) = timed(|| App::new(store, tui_common::today()));
    let (_, first) = timed(|| terminal.draw(|f| draw::draw(f, &app)).unwrap());
    println!("App::new (dashboard figures): {open:?}; first frame drawn: {first:?}");

    let mut step = |app: &mut App, a: Action| {
        timed(|| {
            update(app, a);
            terminal.draw(|f| draw::draw(f, app)).unwrap();
        })
        .1
    };
    for tab in [Tab::Households, Tab::Cattle, Tab::Income, Tab::History] {
        let d = step(&mut app, Action::GoTab(tab));
        println!(
            "enter {:<10} ({} rows, first time, loads from the store): {d:?}",
            tab.title(),
            app.list().rows.len()
        );
    }
    step(&mut app, Action::GoTab(Tab::Households));
    let d = step(&mut app, Action::GoTab(Tab::Income));
    println!("enter Income again (unchanged database, no reload): {d:?}");
    let row = median(101, || step(&mut app, Action::Down));
    println!(
        "row move on {} income logs, median key-to-frame: {row:?}",
        app.list().rows.len()
    );
    let page = median(21, || step(&mut app, Action::PageDown));
    println!("page down, median: {page:?}");
    step(&mut app, Action::StartFilter);
    let mut filter_times = Vec::new();
    for c in "weaving".chars() {
        filter_times.push(step(&mut app, Action::FilterChar(c)));
    }
    println!("filter keystrokes over 100,000 rows (\"weaving\"): {filter_times:?}");
    step(&mut app, Action::Back);
    let sort = step(&mut app, Action::CycleSort);
    println!("sort by the first column: {sort:?}");
}

/// Key to frame while typing in a form, and Ctrl-S to the frame that says
/// "saved" (the store's durable write, the list reloaded, the frame drawn),
/// on the demonstration data or on KUMBAN_PERF_DB:
///
/// ```text
/// cargo test --test tui_perf save_round_trip -- --ignored --nocapture
/// KUMBAN_PERF_DB=/tmp/big cargo test --test tui_perf save_round_trip -- --ignored --nocapture
/// ```
#[test]
#[ignore = "a measurement; see the comment"]
fn save_round_trip() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().unwrap();
    let store = match std::env::var_os("KUMBAN_PERF_DB") {
        Some(path) => Store::open(std::path::Path::new(&path), "perf").unwrap(),
        None => {
            let s = Store::open(&dir.path().join("db"), "perf").unwrap();
            kumban::demo::fill(&s, tui_common::today()).unwrap();
            s
        }
    };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut app = App::new(store, tui_common::today());
    let mut step = |app: &mut App, a: Action| {
        timed(|| {
            update(app, a);
            terminal.draw(|f| draw::draw(f, app)).unwrap();
        })
        .1
    };
    let key = |c: KeyCode| Action::Key(KeyEvent::new(c, KeyModifiers::NONE));
    let ctrl_s = Action::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    for tab in [Tab::Households, Tab::Income] {
        step(&mut app, Action::GoTab(tab));
        let rows = app.list().rows.len();
        let open = step(&mut app, Action::Edit);
        // Type at the end of a text field, then take it back out.
        if let Some(kumban::tui::app::Popup::Form(f)) = app.popups.last_mut() {
            assert!(f.focus_field("head_name") || f.focus_field("description"));
        }
        step(&mut app, key(KeyCode::End));
        let text = "ທ້າວ ບຸນມີ 范锡宁 Bounmy";
        let mut typing: Vec<Duration> = text
            .chars()
            .map(|c| step(&mut app, key(KeyCode::Char(c))))
            .collect();
        typing.extend(
            text.chars()
                .map(|_| step(&mut app, key(KeyCode::Backspace))),
        );
        typing.sort();
        let mean = typing.iter().sum::<Duration>() / typing.len() as u32;
        let save = step(&mut app, ctrl_s.clone());
        assert!(
            app.message
                .as_ref()
                .is_some_and(|m| m.text.starts_with("saved")),
            "{:?}",
            app.message
        );
        let undo = step(&mut app, Action::Undo);
        println!(
            "{:<10} ({rows} rows): e opens the form {open:?}; key+frame mean {mean:?}, max {:?}; \
             Ctrl-S to \"saved\" on screen {save:?}; u to \"undone\" {undo:?}",
            tab.title(),
            typing[typing.len() - 1]
        );
    }
}
