//! Data entry speed (issue 4): keystroke to drawn frame while typing in a
//! form, opening and filtering the cow picker, and the save round trip
//! from Ctrl-S to the frame that says "saved" (and `u` to "undone"), on
//! the demonstration data and on a district-sized database, in-process
//! and through an owner process (how sessions run by default).
//!
//! `cargo bench --bench forms` (KUMBAN_BENCH_FORM_HOUSEHOLDS=N for the
//! district size, default 1,000: 50,000 income logs). `-- --test` is CI's
//! smoke run: small databases, each figure taken a few times. Nothing
//! here asserts a time: figures go to docs/performance.md.

#[path = "../tests/support/mod.rs"]
mod test_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kumban::forms::{Form, FormView, Picker, PickerRequest, PickerSource, PickerView};
use kumban::store::Store;
use kumban::tui::app::Popup;
use kumban::tui::{Action, App, Tab, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use test_support::forms::{key, settings, today};

use support::{connect, report, smoke, stats, timed, wait_loaded};

mod support;

/// Lao, Chinese and Latin: what a clerk types into a name.
const TYPED: &str = "ທ້າວ ບຸນມີ ພົມມະຈັນ 范锡宁 Bounmy";

/// A form alone, drawn after each key as the shell draws it.
fn form_figures(store: &Store, label: &str, rounds: usize) {
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("backend");
    let mut keys = Vec::new();
    for _ in 0..rounds {
        let mut f = Form::new_household(store, &settings()).expect("form");
        f.focus_field("head_name");
        for c in TYPED.chars() {
            keys.push(timed(|| {
                f.handle_key(key(KeyCode::Char(c)));
                t.draw(|frame| {
                    let view = FormView::new(&f);
                    if let Some(p) = view.cursor(frame.area()) {
                        frame.set_cursor_position(p);
                    }
                    frame.render_widget(view, frame.area());
                })
                .expect("draw");
            }));
        }
    }
    report(&format!("{label}: form key + frame"), &stats(keys));

    let request = PickerRequest {
        field: "cow",
        source: PickerSource::Cow { ignoring: None },
        query: String::new(),
    };
    let mut opens = Vec::new();
    let mut filter = Vec::new();
    let mut cows = 0;
    for _ in 0..rounds {
        let mut picker = None;
        opens.push(timed(|| {
            picker = Some(Picker::open(store, &request).expect("picker"));
        }));
        let Some(mut picker) = picker else { return };
        cows = picker.total();
        for c in "bs-c-01".chars() {
            filter.push(timed(|| {
                picker.handle_key(key(KeyCode::Char(c)));
                t.draw(|frame| {
                    let area = PickerView::area(frame.area());
                    frame.render_widget(PickerView::new(&picker), area);
                })
                .expect("draw");
            }));
        }
    }
    report(
        &format!("{label}: cow picker opens ({cows} cows)"),
        &stats(opens),
    );
    report(
        &format!("{label}: picker filter key + frame"),
        &stats(filter),
    );
}

/// Through the shell: `e` on the selected record, typing, Ctrl-S to the
/// frame that says "saved", `u` to "undone".
fn shell_figures(store: Store, label: &str, rounds: usize) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("backend");
    let mut app = App::new(store, today());
    let mut step = |app: &mut App, a: Action| {
        timed(|| {
            update(app, a);
            terminal.draw(|f| draw::draw(f, app)).expect("draw");
        })
    };
    let press = |c: KeyCode| Action::Key(KeyEvent::new(c, KeyModifiers::NONE));
    let ctrl_s = Action::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    for tab in [Tab::Households, Tab::Income] {
        step(&mut app, Action::GoTab(tab));
        wait_loaded(&mut app);
        let rows = app.list().rows.len();
        let (mut opens, mut typing, mut saves, mut undos) = (vec![], vec![], vec![], vec![]);
        for _ in 0..rounds {
            opens.push(step(&mut app, Action::Edit));
            if let Some(Popup::Form(f)) = app.popups.last_mut()
                && !(f.focus_field("head_name") || f.focus_field("description"))
            {
                return;
            }
            step(&mut app, press(KeyCode::End));
            for c in TYPED.chars().take(12) {
                typing.push(step(&mut app, press(KeyCode::Char(c))));
            }
            saves.push(step(&mut app, ctrl_s.clone()));
            let saved = app
                .message
                .as_ref()
                .is_some_and(|m| m.text.starts_with("saved"));
            if !saved {
                println!("{label}: the save failed: {:?}", app.message);
                return;
            }
            undos.push(step(&mut app, Action::Undo));
        }
        let name = format!("{label}, {} ({rows} rows)", tab.title());
        report(&format!("{name}: e to the form"), &stats(opens));
        report(&format!("{name}: key + frame"), &stats(typing));
        report(&format!("{name}: Ctrl-S to \"saved\""), &stats(saves));
        report(&format!("{name}: u to \"undone\""), &stats(undos));
    }
}

fn main() {
    let rounds = if smoke() { 1 } else { 10 };
    let households = if smoke() {
        20
    } else {
        std::env::var("KUMBAN_BENCH_FORM_HOUSEHOLDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1_000)
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let demo = dir.path().join("demo");
    let district = dir.path().join("district");
    {
        let store = Store::open(&demo, "bench").expect("open");
        kumban::demo::fill(&store, today()).expect("demo");
        let store = Store::open(&district, "bench").expect("open");
        kumban::demo::district::fill(&store, today(), households, |_| {}).expect("district");
    }
    for (path, label) in [
        (&demo, "demo".to_string()),
        (&district, format!("district {households}")),
    ] {
        let store = Store::open(path, "bench").expect("open");
        form_figures(&store, &label, rounds);
        shell_figures(store, &label, rounds);
    }
    let remote = connect(&district);
    shell_figures(remote, &format!("district {households} via owner"), rounds);
    let _ = kumban::store::remote::stop_idle_owner(&district);
}
