//! Every screen in Lao and Chinese at 80×24 and 120×40, and in English at
//! 120×40, on the demonstration data: snapshots to read by eye, and
//! checks that no row runs over and that no cell starts inside a
//! grapheme (a Lao vowel or tone mark cut from its consonant).

mod support;

use kumban::i18n::{Lang, with_lang};
use kumban::tui::{Action, App, Tab};
use support::keys::*;
use support::tui::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// A mark that only ever follows a base letter in one grapheme: Latin
/// combining marks, and Lao vowel signs above and below and tone marks.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0EB1}' | '\u{0EB4}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECE}')
}

/// The screen at `size` in `lang`, after checking its shape.
fn drawn(app: &mut App, lang: Lang, (w, h): (u16, u16)) -> String {
    keys(app, [Action::Resize(w, h)]);
    let b = with_lang(lang, || buffer(app, w, h));
    for y in 0..h {
        for x in 0..w {
            let symbol = b[(x, y)].symbol();
            assert!(
                !symbol.chars().next().is_some_and(is_mark),
                "{lang:?} {w}x{h}: row {y} column {x} starts inside a grapheme: {symbol:?}"
            );
        }
    }
    let s = with_lang(lang, || screen(app));
    for line in s.lines() {
        let cells = unicode_width::UnicodeWidthStr::width(line);
        assert!(
            cells <= usize::from(w),
            "{lang:?} {w}x{h}: {cells} cells: {line}"
        );
    }
    assert_eq!(s.lines().count(), usize::from(h));
    s
}

fn name(lang: Lang, (w, h): (u16, u16), what: &str) -> String {
    format!("{}_{w}x{h}_{what}", lang.code())
}

#[test]
fn every_screen_in_lao_and_chinese_and_english_at_both_sizes() {
    let mut f = demo();
    for tab in Tab::ALL {
        keys(&mut f.app, [Action::GoTab(tab)]);
        let what = tab.title().to_lowercase();
        for lang in [Lang::Lo, Lang::Zh] {
            for size in SIZES {
                let s = drawn(&mut f.app, lang, size);
                insta::assert_snapshot!(name(lang, size, &what), s);
            }
        }
        let s = drawn(&mut f.app, Lang::En, (120, 40));
        insta::assert_snapshot!(name(Lang::En, (120, 40), &what), s);
    }
}

#[test]
fn forms_with_their_errors_in_lao_and_chinese_at_both_sizes() {
    for lang in [Lang::Lo, Lang::Zh] {
        for size in SIZES {
            let mut f = demo();
            keys(&mut f.app, [Action::Resize(size.0, size.1)]);
            // A new animal, saved empty: every label, hint and error.
            with_lang(lang, || {
                keys(&mut f.app, [Action::GoTab(Tab::Cattle), Action::New]);
                press_ctrl(&mut f.app, 's');
            });
            let s = drawn(&mut f.app, lang, size);
            insta::assert_snapshot!(name(lang, size, "animal_form_errors"), s);
            // A stored household in its form, with its choices.
            f.app.popups.clear();
            with_lang(lang, || {
                keys(&mut f.app, [Action::GoTab(Tab::Households), Action::Edit])
            });
            let s = drawn(&mut f.app, lang, size);
            insta::assert_snapshot!(name(lang, size, "household_form"), s);
        }
    }
}
