//! Translation must not slow a frame or fatten it (issue 16): key to frame
//! and the bytes a row move sends to the terminal, in English, Lao and
//! Chinese, on the demonstration data at 80×24. The bytes are what the
//! real screen writer (`kumban::tui::screen::Screen`, the one the binary
//! draws through) writes: only the cells that changed, a scrolled list
//! moved by the terminal's scrolling region. Over SSH each of these bytes
//! is sent as is, so their ratio to English is the ratio on the link.
//!
//! `cargo bench --bench i18n` (one run, a few seconds; `-- --test` once
//! per figure). Each figure is printed per language, with its ratio to
//! English.

mod support;

use kumban::i18n::{Lang, with_lang};
use kumban::store::Store;
use kumban::tui::screen::Screen;
use kumban::tui::{Action, App, Tab, draw, update};
use std::time::Duration;
use support::*;

/// The list screens a clerk moves through most, and the ones whose words
/// were translated last.
const TABS: [Tab; 6] = [
    Tab::Households,
    Tab::Cattle,
    Tab::Breeding,
    Tab::Weights,
    Tab::Income,
    Tab::History,
];

struct Figures {
    /// Key to finished frame (update, lay out, diff, write), every move.
    times: Vec<Duration>,
    /// Bytes of the first move on each screen (no scroll, as the e2e
    /// test's "row move" figure).
    first: Vec<usize>,
    /// Bytes of every move, the ones that scroll the list included.
    all: Vec<usize>,
}

fn measure(store: &Store, lang: Lang, moves: usize) -> Figures {
    with_lang(lang, || {
        let mut app = App::new(store.clone(), today());
        update(&mut app, Action::Resize(80, 24));
        let mut screen = Screen::new(Vec::new(), 80, 24).expect("a screen");
        let frame = |app: &mut App, screen: &mut Screen<Vec<u8>>| -> usize {
            screen.writer_mut().clear();
            let band = draw::scroll_band(app);
            screen
                .draw(band, |f| draw::draw(f, app))
                .expect("a frame is drawn");
            screen.writer().len()
        };
        frame(&mut app, &mut screen);
        let mut figures = Figures {
            times: Vec::new(),
            first: Vec::new(),
            all: Vec::new(),
        };
        for tab in TABS {
            update(&mut app, Action::GoTab(tab));
            wait_loaded(&mut app);
            frame(&mut app, &mut screen);
            for i in 0..moves {
                let mut bytes = 0;
                let took = timed(|| {
                    update(&mut app, Action::Down);
                    bytes = frame(&mut app, &mut screen);
                });
                figures.times.push(took);
                figures.all.push(bytes);
                if i == 0 {
                    figures.first.push(bytes);
                }
            }
        }
        figures
    })
}

fn mean(v: &[usize]) -> f64 {
    v.iter().sum::<usize>() as f64 / v.len().max(1) as f64
}

fn main() {
    let moves = if smoke() { 2 } else { 60 };
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("db"), "bench").expect("open");
    kumban::demo::fill(&store, today()).expect("demo data");
    println!(
        "i18n benchmark: demonstration data, 80x24, {moves} row moves on each of {} screens",
        TABS.len()
    );
    let mut english: Option<(f64, f64)> = None;
    for lang in Lang::ALL {
        // One pass first, so every language meets warm caches alike.
        measure(&store, lang, 1);
        let f = measure(&store, lang, moves);
        let s = stats(f.times);
        let (first, all) = (mean(&f.first), mean(&f.all));
        let ratio = |x: f64, en: f64| {
            if en > 0.0 {
                format!("{:.2}", x / en)
            } else {
                "—".into()
            }
        };
        let (first_ratio, all_ratio) = match english {
            Some((ef, ea)) => (ratio(first, ef), ratio(all, ea)),
            None => ("1.00".into(), "1.00".into()),
        };
        println!(
            "{:<3} key to frame p50 {} p99 {} max {} | bytes per row move: first {:.0} (x{first_ratio}), all {:.0} (x{all_ratio}), most {}",
            lang.code(),
            ms(s.median),
            ms(s.p99),
            ms(s.max),
            first,
            all,
            f.all.iter().max().copied().unwrap_or(0),
        );
        if lang == Lang::En {
            english = Some((first, all));
        }
    }
}
