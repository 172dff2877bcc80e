//! `kumban report` in the chosen language: text and HTML say the titles,
//! headings and notes in Lao or Chinese, while CSV and JSON, data for
//! other programs, are the same bytes in every language.

use std::path::Path;
use std::process::{Command, Output};

const TODAY: &str = "2026-11-28";
const LOCALE_VARS: [&str; 4] = ["KUMBAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];
const KINDS: [&str; 7] = [
    "household",
    "village",
    "group",
    "month",
    "baseline",
    "herd",
    "calvings",
];

/// kumban with no language variable of the caller's; `local` holds the
/// database in the process, else it goes through an owner.
fn run_with(db: &Path, local: bool, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kumban"));
    for var in LOCALE_VARS {
        cmd.env_remove(var);
    }
    if local {
        cmd.env("KUMBAN_LOCAL", "1");
    } else {
        cmd.env_remove("KUMBAN_LOCAL")
            .env("KUMBAN_OWNER_IDLE_SECS", "2");
    }
    cmd.env_remove("KUMBAN_DB");
    cmd.arg("--db").arg(db).args(["--today", TODAY]).args(args);
    cmd.output().expect("kumban runs")
}

fn out(db: &Path, args: &[&str]) -> String {
    let o = run_with(db, true, args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn demo_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db");
    let o = run_with(&db, true, &["demo"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (dir, db)
}

fn lao(s: &str) -> bool {
    s.chars().any(|c| ('\u{0E80}'..='\u{0EFF}').contains(&c))
}

fn han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[test]
fn csv_and_json_are_the_same_bytes_in_every_language() {
    let (_dir, db) = demo_db();
    for kind in KINDS {
        for format in ["csv", "json"] {
            for currency in [None, Some("USD")] {
                let mut args = vec!["report", "--by", kind, "--format", format];
                if let Some(c) = currency {
                    args.extend(["--currency", c]);
                }
                let in_lang = |lang: &str| {
                    let mut a = vec!["--lang", lang];
                    a.extend(&args);
                    out(&db, &a)
                };
                let english = in_lang("en");
                assert!(!english.is_empty(), "{kind} {format}");
                assert_eq!(english, in_lang("lo"), "{kind} {format} {currency:?}");
                assert_eq!(english, in_lang("zh"), "{kind} {format} {currency:?}");
            }
        }
    }
}

#[test]
fn text_reports_speak_lao_and_chinese_and_keep_the_figures() {
    let (_dir, db) = demo_db();
    let english = out(&db, &["--lang", "en", "report", "--by", "village"]);
    let lo = out(&db, &["--lang", "lo", "report", "--by", "village"]);
    let zh = out(&db, &["--lang", "zh", "report", "--by", "village"]);
    assert!(english.starts_with("Income by village, 2026 (2026-01-01 to 2026-12-31)"));
    assert!(
        lo.starts_with("ລາຍຮັບຕາມບ້ານ, 2026 (2026-01-01 ຫາ 2026-12-31)"),
        "{lo}"
    );
    assert!(
        zh.starts_with("各村收入，2026（2026-01-01 至 2026-12-31）"),
        "{zh}"
    );
    // The heading row: column names in the language, currency codes kept.
    let heading = |s: &str| s.lines().nth(2).unwrap_or_default().to_string();
    assert!(heading(&english).starts_with("village"));
    assert!(heading(&lo).contains("ລາຍຮັບ USD"), "{lo}");
    assert!(heading(&zh).contains("收入 USD"), "{zh}");
    assert!(
        han(&heading(&zh)) && !heading(&zh).contains("income"),
        "{zh}"
    );
    assert!(!heading(&lo).contains("income"), "{lo}");
    // Figures keep their digits and separators in every language.
    let figures = |s: &str| -> Vec<String> {
        s.lines()
            .skip(3)
            .take_while(|l| !l.is_empty())
            .flat_map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .filter(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
            .collect()
    };
    assert!(!figures(&english).is_empty());
    assert_eq!(figures(&english), figures(&lo));
    assert_eq!(figures(&english), figures(&zh));
    // The note under the table is said too.
    assert!(lo.contains("ບ້ານລຽງຕາມຊື່"), "{lo}");
    assert!(!lo.contains("Villages in name order"), "{lo}");
}

#[test]
fn every_text_report_has_a_lao_title_heading_and_no_english_notes() {
    let (_dir, db) = demo_db();
    for kind in KINDS {
        let lo = out(&db, &["--lang", "lo", "report", "--by", kind]);
        let mut lines = lo.lines();
        let title = lines.next().unwrap_or_default();
        assert!(lao(title), "{kind}: {title}");
        let heading = lo.lines().nth(2).unwrap_or_default();
        assert!(lao(heading), "{kind}: {heading}");
        let english = out(&db, &["--lang", "en", "report", "--by", kind]);
        // No English sentence (a note, an empty-report message) is left.
        for line in english.lines().filter(|l| l.ends_with('.')) {
            assert!(!lo.contains(line), "{kind}: {line}");
        }
    }
}

#[test]
fn an_empty_report_says_so_in_the_language() {
    let (_dir, db) = demo_db();
    let lo = out(&db, &["--lang", "lo", "report", "--year", "1990"]);
    assert!(lo.contains("ບໍ່ມີລາຍຮັບ ຫຼື ລາຍຈ່າຍບັນທຶກໄວ້ໃນ 1990"), "{lo}");
    let zh = out(
        &db,
        &["--lang", "zh", "report", "--by", "herd", "--year", "1990"],
    );
    assert!(zh.contains("到 1990 末没有牛的记录"), "{zh}");
}

#[test]
fn the_html_page_carries_its_language_and_its_words() {
    let (_dir, db) = demo_db();
    for (lang, title, chart) in [
        ("en", "kumban report, 2026", "Herd size over time"),
        ("lo", "ລາຍງານ kumban, 2026", "ຂະໜາດຝູງງົວຕາມເວລາ"),
        ("zh", "kumban 报表，2026", "牛群规模变化"),
    ] {
        let html = out(&db, &["--lang", lang, "report", "--format", "html"]);
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(html.contains(&format!("<title>{title}</title>")), "{lang}");
        assert!(html.contains(chart), "{lang}");
        let english_words = html.contains("Project indicators") || html.contains(">Charts<");
        assert_eq!(english_words, lang == "en", "{lang}");
    }
}

#[test]
fn an_owner_says_each_sessions_report_in_that_sessions_language() {
    let (_dir, db) = demo_db();
    let through_owner = |lang: &str| {
        let o = run_with(&db, false, &["--lang", lang, "report", "--by", "group"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    // One owner serves all three, one after the other.
    let lo = through_owner("lo");
    let zh = through_owner("zh");
    let en = through_owner("en");
    assert!(lo.starts_with("ລາຍຮັບຕາມກຸ່ມການຜະລິດ, 2026"), "{lo}");
    assert!(zh.starts_with("各生产小组收入，2026"), "{zh}");
    assert!(en.starts_with("Income by production group, 2026"), "{en}");
}

#[test]
fn every_report_sentence_the_code_names_is_in_all_three_languages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/report/src/reports");
    let mut files = vec![];
    for sub in [dir.clone(), dir.join("html")] {
        for entry in std::fs::read_dir(&sub).expect("the reports' sources") {
            let path = entry.expect("a file").path();
            if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut named = std::collections::BTreeSet::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("a source file");
        // `tr("` also ends `push_str("`: only a call of tr itself counts.
        for marker in ["Words::new(\"", "tr!(\"", "::tr(\"", " tr(\"", "(tr(\""] {
            for part in source.split(marker).skip(1) {
                if let Some((id, _)) = part.split_once('"') {
                    named.insert(id.to_string());
                }
            }
        }
    }
    assert!(named.len() > 30, "{named:?}");
    for lang in kumban::i18n::Lang::ALL {
        let have: std::collections::BTreeSet<String> =
            kumban::i18n::ids(lang).into_iter().collect();
        let missing: Vec<&String> = named.iter().filter(|id| !have.contains(*id)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
}
