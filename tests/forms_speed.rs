//! How fast the forms answer a key, on the demonstration data and on a
//! district-sized database: keystroke to drawn frame, picker opening and
//! filtering, and the save round trip. The bounds are loose (a debug build
//! on a shared machine); the figures are printed for docs/performance.md
//! (`cargo test --test forms_speed -- --nocapture`).

mod forms_support;

use crossterm::event::KeyCode;
use forms_support::*;
use kumban::forms::{Form, FormView, Picker, PickerRequest, PickerSource, PickerView};
use kumban::store::Store;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::{Duration, Instant};

struct Figures {
    key_mean: Duration,
    key_max: Duration,
    picker_open: Duration,
    filter_key_max: Duration,
    save: Duration,
}

fn measure(store: &Store, label: &str) -> Figures {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut f = Form::new_household(store, &settings()).unwrap();
    f.focus_field("head_name");
    let text = "ທ້າວ ບຸນມີ ພົມມະຈັນ 范锡宁 Bounmy";
    let mut total = Duration::ZERO;
    let mut max = Duration::ZERO;
    for c in text.chars() {
        let start = Instant::now();
        f.handle_key(key(KeyCode::Char(c)));
        t.draw(|frame| {
            let view = FormView::new(&f);
            if let Some(p) = view.cursor(frame.area()) {
                frame.set_cursor_position(p);
            }
            frame.render_widget(view, frame.area());
        })
        .unwrap();
        let took = start.elapsed();
        total += took;
        max = max.max(took);
    }
    let n = text.chars().count() as u32;

    let start = Instant::now();
    let mut picker = Picker::open(
        store,
        &PickerRequest {
            field: "cow",
            source: PickerSource::Cow { ignoring: None },
            query: String::new(),
        },
    )
    .unwrap();
    let picker_open = start.elapsed();
    let mut filter_key_max = Duration::ZERO;
    for c in "bs-c-01".chars() {
        let start = Instant::now();
        picker.handle_key(key(KeyCode::Char(c)));
        t.draw(|frame| {
            let area = PickerView::area(frame.area());
            frame.render_widget(PickerView::new(&picker), area);
        })
        .unwrap();
        filter_key_max = filter_key_max.max(start.elapsed());
    }

    fill(&mut f, "code", "ZZ-999");
    fill(&mut f, "village", "Bansuo");
    fill(&mut f, "members", "4");
    let start = Instant::now();
    let saved = save(&mut f, store).unwrap();
    let save_took = start.elapsed();
    assert!(saved.txn.is_some());

    let figures = Figures {
        key_mean: total / n,
        key_max: max,
        picker_open,
        filter_key_max,
        save: save_took,
    };
    println!(
        "{label}: key+frame mean {:?} max {:?}; cow picker open {:?} ({} cows), filter key+frame max {:?}; save {:?}",
        figures.key_mean,
        figures.key_max,
        figures.picker_open,
        picker.total(),
        figures.filter_key_max,
        figures.save
    );
    figures
}

/// A fast typist: 10 keys a second. A key and its frame must take a small
/// part of that even in a debug build.
const KEY_BUDGET: Duration = Duration::from_millis(50);

#[test]
fn typing_keeps_up_on_the_demonstration_data() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    kumban::demo::fill(&store, today()).unwrap();
    let f = measure(&store, "demo (46 households)");
    assert!(f.key_max < KEY_BUDGET, "{:?}", f.key_max);
    assert!(f.filter_key_max < KEY_BUDGET, "{:?}", f.filter_key_max);
    assert!(
        f.picker_open < Duration::from_secs(1),
        "{:?}",
        f.picker_open
    );
}

#[test]
fn typing_keeps_up_on_a_district_database() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    kumban::demo::district::fill(&store, today(), 1000, |_| {}).unwrap();
    let f = measure(&store, "district (1000 households)");
    // Typing never touches the store, so its size must not matter.
    assert!(f.key_max < KEY_BUDGET, "{:?}", f.key_max);
    assert!(f.filter_key_max < KEY_BUDGET, "{:?}", f.filter_key_max);
    assert!(
        f.picker_open < Duration::from_secs(5),
        "{:?}",
        f.picker_open
    );
}
