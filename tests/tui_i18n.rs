//! The dashboard and the Households screen at 80×24 in Lao and Chinese,
//! rendered in one process beside English (`i18n::with_lang`).

mod support;

use kumban::i18n::{Lang, with_lang};
use kumban::tui::{Action, Tab};
use support::tui::*;

/// A screen's rows are each exactly 80 cells: nothing wrapped or ran over.
fn assert_fits(s: &str) {
    for line in s.lines() {
        let w = unicode_width::UnicodeWidthStr::width(line);
        assert!(w <= 80, "{w} cells: {line}");
    }
    assert_eq!(s.lines().count(), 24);
}

#[test]
fn dashboard_and_households_in_lao_and_chinese() {
    let mut f = demo();
    for (lang, code) in [(Lang::Lo, "lo"), (Lang::Zh, "zh")] {
        for tab in [Tab::Dashboard, Tab::Households] {
            keys(&mut f.app, [Action::GoTab(tab)]);
            let s = with_lang(lang, || screen(&f.app));
            assert_fits(&s);
            assert!(!s.contains("Households"), "{s}");
            insta::assert_snapshot!(format!("{code}_{}", tab.title().to_lowercase()), s);
        }
    }
    // English in the same process is untouched by the other two.
    keys(&mut f.app, [Action::GoTab(Tab::Dashboard)]);
    assert!(screen(&f.app).contains("Households"));
}

#[test]
fn help_and_the_go_to_list_in_lao_and_chinese() {
    let mut f = demo();
    keys(&mut f.app, [Action::GoTab(Tab::Households), Action::Help]);
    for (lang, code) in [(Lang::Lo, "lo"), (Lang::Zh, "zh")] {
        let s = with_lang(lang, || screen(&f.app));
        assert_fits(&s);
        assert!(!s.contains("this household's pens"), "{s}");
        insta::assert_snapshot!(format!("{code}_help_households"), s);
    }
    keys(&mut f.app, [Action::Back, Action::OpenPalette]);
    let s = with_lang(Lang::Zh, || screen(&f.app));
    assert_fits(&s);
    assert!(s.contains("3 牛群 › 牛"), "{s}");
    insta::assert_snapshot!("zh_palette", s);
}

#[test]
fn the_welcome_screen_in_lao() {
    let f = empty();
    let s = with_lang(Lang::Lo, || screen(&f.app));
    assert_fits(&s);
    assert!(s.contains("ຍິນດີຕ້ອນຮັບສູ່ kumban"), "{s}");
    // Keys are still looked up in the table, never typed in a message.
    assert!(s.contains("ກົດ 2 ໄປໜ້າຄົວເຮືອນ, ແລ້ວ n"), "{s}");
    insta::assert_snapshot!("lo_welcome", s);
}
