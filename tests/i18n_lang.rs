//! Choosing the language: `--lang`, else `KUMBAN_LANG`, else the POSIX
//! locale variables, else English; machine output never changes with it.

use std::path::Path;
use std::process::{Command, Output};

const TODAY: &str = "2026-11-28";
const LOCALE_VARS: [&str; 4] = ["KUMBAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// kumban with no language variable of the caller's, then `env` set.
fn run(db: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kumban"));
    for var in LOCALE_VARS {
        cmd.env_remove(var);
    }
    cmd.env("KUMBAN_LOCAL", "1").env_remove("KUMBAN_DB");
    cmd.arg("--db").arg(db).args(["--today", TODAY]).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("kumban runs")
}

fn demo_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db");
    let o = run(&db, &[], &["demo"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (dir, db)
}

fn status(db: &Path, env: &[(&str, &str)], lang: Option<&str>) -> String {
    let mut args = vec!["status"];
    if let Some(l) = lang {
        args.extend(["--lang", l]);
    }
    let o = run(db, env, &args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const EN: &str = "kumban status, 2026-11-28";
const LO: &str = "ສະຖານະ kumban, 2026-11-28";
const ZH: &str = "kumban 状况，2026-11-28";

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or_default()
}

#[test]
fn the_language_comes_from_the_flag_then_kumban_lang_then_the_locale() {
    let (_dir, db) = demo_db();
    assert_eq!(first_line(&status(&db, &[], None)), EN);
    assert_eq!(first_line(&status(&db, &[], Some("lo"))), LO);
    assert_eq!(first_line(&status(&db, &[], Some("zh"))), ZH);
    assert_eq!(first_line(&status(&db, &[("KUMBAN_LANG", "zh")], None)), ZH);
    // The flag wins over the variable, the variable over the locale.
    let both = [("KUMBAN_LANG", "zh"), ("LANG", "lo_LA.UTF-8")];
    assert_eq!(first_line(&status(&db, &both, Some("en"))), EN);
    assert_eq!(first_line(&status(&db, &both, None)), ZH);
    assert_eq!(
        first_line(&status(&db, &[("LANG", "lo_LA.UTF-8")], None)),
        LO
    );
    assert_eq!(
        first_line(&status(&db, &[("LANG", "zh_CN.UTF-8")], None)),
        ZH
    );
    // LC_ALL, then LC_MESSAGES, then LANG; empty ones are skipped.
    let order = [
        ("LC_ALL", "zh_CN.UTF-8"),
        ("LC_MESSAGES", "lo_LA.UTF-8"),
        ("LANG", "en_US.UTF-8"),
    ];
    assert_eq!(first_line(&status(&db, &order, None)), ZH);
    let empty = [
        ("LC_ALL", ""),
        ("LC_MESSAGES", "lo_LA.UTF-8"),
        ("KUMBAN_LANG", ""),
    ];
    assert_eq!(first_line(&status(&db, &empty, None)), LO);
    // A language kumban lacks is English, without a word.
    let french = [("LANG", "fr_FR.UTF-8")];
    let o = run(&db, &french, &["status"]);
    assert!(o.status.success());
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(first_line(&String::from_utf8_lossy(&o.stdout)), EN);
}

#[test]
fn status_text_is_translated_and_its_english_unchanged() {
    let (_dir, db) = demo_db();
    let en = status(&db, &[], None);
    assert!(en.contains("Households  46 ("), "{en}");
    assert!(en.contains("  poverty   poor "), "{en}");
    let lo = status(&db, &[], Some("lo"));
    assert!(lo.contains("ຄົວເຮືອນ"), "{lo}");
    assert!(lo.contains("ທຸກຍາກ"), "{lo}");
    assert!(!lo.contains("Households"), "{lo}");
    let zh = status(&db, &[], Some("zh"));
    assert!(zh.contains("农户"), "{zh}");
    assert!(zh.contains("贫困"), "{zh}");
    // Terminals print Fluent's bidi isolation marks as stray cells.
    for text in [&lo, &zh] {
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text}");
    }
}

#[test]
fn machine_output_is_the_same_in_every_language() {
    let (_dir, db) = demo_db();
    let json = |lang: &str| {
        let o = run(&db, &[], &["status", "--json", "--lang", lang]);
        assert!(o.status.success());
        o.stdout
    };
    let en = json("en");
    assert!(!en.is_empty());
    assert_eq!(json("lo"), en);
    assert_eq!(json("zh"), en);
}

#[test]
fn an_unknown_language_is_a_usage_error_listing_the_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db");
    for (env, args) in [
        (vec![], vec!["--lang", "fr", "status"]),
        (vec![("KUMBAN_LANG", "fr")], vec!["status"]),
    ] {
        let o = run(&db, &env, &args);
        assert_eq!(o.status.code(), Some(2), "{env:?} {args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("'fr'"), "{err}");
        for lang in ["en", "lo", "zh"] {
            assert!(err.contains(lang), "{err}");
        }
        assert!(!db.exists(), "a usage error opens nothing");
    }
}
