//! The chrome's English is its message files' English, byte for byte, and
//! every label of the tables is translated into Lao and Chinese.

use crate::action::Tab;
use crate::keymap::KEYMAP;
use crate::nav::GROUPS;
use kumban_i18n::{Lang, has, text_id, tr_text, with_lang};

/// (prefix, English) of every table label the chrome shows.
fn labels() -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    for b in KEYMAP {
        out.push(("help", b.help));
        if let Some(h) = b.hint {
            out.push(("hint", h));
        }
    }
    out.extend(Tab::ALL.iter().map(|t| ("tab", t.title())));
    out.extend(GROUPS.iter().map(|g| ("group", g.label)));
    out
}

#[test]
fn english_is_unchanged_and_every_label_is_translated() {
    // Every gap at once: a new key row needs its line in three files.
    let mut gaps = Vec::new();
    for (prefix, english) in labels() {
        let id = text_id(prefix, english);
        assert_eq!(
            with_lang(Lang::En, || tr_text(prefix, english)),
            english,
            "{id}"
        );
        for lang in [Lang::Lo, Lang::Zh] {
            if !has(lang, &id) {
                gaps.push(format!("{lang:?} lacks {id} = {english}"));
            } else if with_lang(lang, || tr_text(prefix, english)) == english {
                gaps.push(format!("{lang:?} {id} is still English"));
            }
        }
    }
    gaps.dedup();
    assert!(gaps.is_empty(), "{}", gaps.join("\n"));
}

#[test]
fn the_bar_and_help_speak_the_chosen_language() {
    let lo = with_lang(Lang::Lo, crate::nav::labels);
    assert_eq!(lo[1].label, "ຄົວເຮືອນ");
    let zh = with_lang(Lang::Zh, || crate::nav::path(Tab::Cattle));
    assert_eq!(zh, "牛群 › 牛");
    let en = with_lang(Lang::En, || crate::nav::path(Tab::Cattle));
    assert_eq!(en, "Herd › Cattle");
}

#[test]
fn the_go_to_list_finds_screens_by_their_translated_names() {
    use crate::palette::Palette;
    let mut p = Palette::open(Tab::Dashboard);
    p.filter = "ຝູງງົວ ລູກ".into();
    assert_eq!(with_lang(Lang::Lo, || p.matches()), Vec::<Tab>::new());
    p.filter = "ປະສົມພັນ".into();
    assert_eq!(with_lang(Lang::Lo, || p.matches()), [Tab::Breeding]);
    p.filter = "ຄອກ".into();
    assert_eq!(with_lang(Lang::Lo, || p.matches()), [Tab::Pens]);
    p.filter = "收入".into();
    assert_eq!(with_lang(Lang::Zh, || p.matches()), [Tab::Income]);
    // ໜ້າຫຼັກ (Home) typed as people often do, without its tone mark.
    p.filter = "ໜາຫຼັກ".into();
    assert_eq!(with_lang(Lang::Lo, || p.matches()), [Tab::Dashboard]);
}
