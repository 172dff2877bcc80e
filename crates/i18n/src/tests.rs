use super::*;
use std::collections::BTreeSet;

#[test]
fn every_file_parses() {
    for lang in Lang::ALL {
        assert_eq!(parse_errors(lang), Vec::<String>::new(), "{lang:?}");
        assert!(!ids(lang).is_empty(), "{lang:?}");
    }
}

#[test]
fn every_id_is_in_every_language_once() {
    let all: BTreeSet<String> = Lang::ALL.into_iter().flat_map(ids).collect();
    for lang in Lang::ALL {
        let list = ids(lang);
        let mine: BTreeSet<String> = list.iter().cloned().collect();
        assert_eq!(mine.len(), list.len(), "{lang:?} holds an id twice");
        let missing: Vec<&String> = all.difference(&mine).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        for id in &mine {
            assert!(has(lang, id), "{lang:?} {id} has no value");
        }
    }
}

/// Every `tr("…")`, `tr!("…")` and `tr_args("…")` in the workspace's
/// sources names a message English has.
#[test]
fn every_id_the_code_uses_is_in_english() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let english: BTreeSet<String> = ids(Lang::En).into_iter().collect();
    let mut used = Vec::new();
    for dir in ["src", "crates"] {
        scan(&root.join(dir), &mut used);
    }
    assert!(used.len() > 40, "the scan found {} uses", used.len());
    let missing: Vec<&(String, String)> = used
        .iter()
        .filter(|(_, id)| !english.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "not in en/kumban.ftl or en/interchange.ftl: {missing:?}"
    );
}

fn scan(dir: &std::path::Path, used: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                scan(&path, used);
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            // This file asks for missing ids on purpose.
            && !path.ends_with("i18n/src/tests.rs")
            && let Ok(source) = std::fs::read_to_string(&path)
        {
            for call in ["tr(\"", "tr!(\"", "tr_args(\""] {
                for (at, _) in source.match_indices(call) {
                    let rest = &source[at + call.len()..];
                    let id: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    // Only whole literal ids: `tr("x" + ...)` is not one.
                    if rest[id.len()..].starts_with('"') && !id.is_empty() && id != "id" {
                        used.push((path.display().to_string(), id));
                    }
                }
            }
        }
    }
}

#[test]
fn a_missing_id_comes_back_as_itself_and_english_fills_gaps() {
    assert_eq!(tr("no-such-message"), "no-such-message");
    assert_eq!(tr_text("hint", "no such hint"), "no such hint");
    for lang in Lang::ALL {
        with_lang(lang, || {
            assert_eq!(tr("no-such-message"), "no-such-message");
        });
    }
}

#[test]
fn plurals_follow_each_languages_rules() {
    let ahead = |lang, n: u32| with_lang(lang, || tr!("when-in-days", n = n));
    let ago = |lang, n: u32| with_lang(lang, || tr!("when-days-ago", n = n));
    assert_eq!(ahead(Lang::En, 1), "in 1 day");
    assert_eq!(ahead(Lang::En, 2), "in 2 days");
    assert_eq!(ahead(Lang::En, 0), "in 0 days");
    assert_eq!(ago(Lang::En, 1), "1 day ago");
    assert_eq!(ago(Lang::En, 21), "21 days ago");
    // Lao and Chinese have one form whatever the number.
    assert_eq!(ahead(Lang::Lo, 1), "ອີກ 1 ມື້");
    assert_eq!(ahead(Lang::Lo, 2), "ອີກ 2 ມື້");
    assert_eq!(ago(Lang::Zh, 1), "1 天前");
    assert_eq!(ago(Lang::Zh, 5), "5 天前");
}

#[test]
fn no_isolation_marks_reach_the_terminal() {
    for lang in Lang::ALL {
        let text = with_lang(lang, || {
            tr!("fig-households-value", total = 3, demonstration = 1)
        });
        assert!(
            !text.contains(['\u{2068}', '\u{2069}']),
            "{lang:?}: {text:?}"
        );
        assert!(text.contains('3') && text.contains('1'), "{text}");
    }
}

#[test]
fn the_thread_override_is_scoped_and_survives_a_panic() {
    assert_eq!(current(), Lang::En);
    let inner = with_lang(Lang::Zh, || {
        assert_eq!(current(), Lang::Zh);
        with_lang(Lang::Lo, current)
    });
    assert_eq!(inner, Lang::Lo);
    assert_eq!(current(), Lang::En);
    let caught = std::panic::catch_unwind(|| with_lang(Lang::Lo, || panic!("inside")));
    assert!(caught.is_err());
    assert_eq!(current(), Lang::En);
    // Another thread does not see this one's override.
    with_lang(Lang::Lo, || {
        let there = std::thread::spawn(current).join().ok();
        assert_eq!(there, Some(Lang::En));
    });
}

#[test]
fn locale_names_choose_a_language_or_english() {
    assert_eq!(Lang::from_locale("lo_LA.UTF-8"), Some(Lang::Lo));
    assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Some(Lang::Zh));
    assert_eq!(Lang::from_locale("zh_TW"), Some(Lang::Zh));
    assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::En));
    assert_eq!(Lang::from_locale("fr_FR.UTF-8"), None);
    assert_eq!(Lang::from_locale("C"), None);
    assert_eq!(Lang::from_locale("lol_XX"), None);
    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }
    assert_eq!(lang_from_locale_env(env(&[])), Lang::En);
    assert_eq!(
        lang_from_locale_env(env(&[("LANG", "lo_LA.UTF-8")])),
        Lang::Lo
    );
    // LC_ALL wins over LC_MESSAGES over LANG; an empty one is skipped.
    let all = [
        ("LC_ALL", "zh_CN.UTF-8"),
        ("LC_MESSAGES", "lo_LA"),
        ("LANG", "en_US"),
    ];
    assert_eq!(lang_from_locale_env(env(&all)), Lang::Zh);
    let empty = [("LC_ALL", ""), ("LC_MESSAGES", "lo_LA"), ("LANG", "zh_CN")];
    assert_eq!(lang_from_locale_env(env(&empty)), Lang::Lo);
    // A language kumban lacks means English, not the next variable.
    let french = [("LC_ALL", "fr_FR.UTF-8"), ("LANG", "lo_LA.UTF-8")];
    assert_eq!(lang_from_locale_env(env(&french)), Lang::En);
}

#[test]
fn text_ids_are_fluent_identifiers() {
    assert_eq!(text_id("hint", "go to"), "hint-go-to");
    assert_eq!(
        text_id("help", "back: close the popup, clear the filter"),
        "help-back-close-the-popup-clear-the-filter"
    );
    assert_eq!(text_id("hint", "?"), "hint-x3f");
}

#[test]
fn lao_names_sort_by_consonant_not_by_prevowel() {
    use std::cmp::Ordering;
    // ເກດ (ket) is written vowel-first; by code point U+0EC0 sorts after
    // every consonant, so it would fall after ຂັນ (khan). A Lao reader
    // files it under ກ, before ຂ.
    assert_eq!("ເກດ".cmp("ຂັນ"), Ordering::Greater);
    assert_eq!(collate::compare("ເກດ", "ຂັນ"), Ordering::Less);
    let mut names = vec!["ແສງ", "ໄຊ", "ບຸນມີ", "ເກດ", "ສົມພອນ", "ຄຳ", "ກອງ"];
    names.sort_by(|a, b| collate::compare(a, b));
    // The Lao alphabet puts ສ (s) and ຊ (x) before ບ (b).
    assert_eq!(names, ["ກອງ", "ເກດ", "ຄຳ", "ສົມພອນ", "ແສງ", "ໄຊ", "ບຸນມີ"]);
    // Keys order as the comparison does.
    let mut by_key = names.clone();
    by_key.sort_by_key(|n| collate::sort_key(n));
    assert_eq!(by_key, names);
    // Latin keeps its own order and is total.
    assert_eq!(collate::compare("Anna", "bob"), Ordering::Less);
    assert_eq!(collate::compare("x", "x"), Ordering::Equal);
}

#[test]
fn a_filter_without_tone_marks_finds_names_with_them() {
    // ບົ່ວ with mai ek (U+0EC8); typed without it.
    assert_eq!(collate::fold("ບົ່ວ"), collate::fold("ບົວ"));
    assert!(collate::fold("ທ້າວ ສົມພອນ").contains(&collate::fold("ທາວ")));
    assert_eq!(collate::fold("Vong"), "vong");
    assert_ne!(collate::fold("ບົວ"), collate::fold("ບາວ"));
}
