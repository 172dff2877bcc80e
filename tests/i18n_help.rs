//! `--help` in the chosen language: every command's and option's
//! description has a message in English, Lao and Chinese; the English
//! ones are the doc comments of src/cli.rs word for word; command names,
//! flags and values stay English.

use clap::CommandFactory;
use kumban::help::{DESCRIBED_VALUES, arg_id, early_lang, value_id};
use kumban::i18n::{Lang, ids, tr, with_lang};
use std::collections::BTreeSet;
use std::ffi::OsString;
use std::process::{Command, Output};

const LOCALE_VARS: [&str; 4] = ["KUMBAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

fn run(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kumban"));
    for var in LOCALE_VARS {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.args(args).output().expect("kumban runs")
}

fn help(env: &[(&str, &str)], args: &[&str]) -> String {
    let o = run(env, args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every message id the help uses, with the derive's English text.
fn described() -> Vec<(String, String)> {
    let mut cmd = kumban::cli::Cli::command();
    cmd.build();
    let text = |s: Option<&clap::builder::StyledStr>| {
        s.map(|s| s.to_string().replace('\n', " "))
            .unwrap_or_default()
    };
    let mut out = vec![("cli-about".to_string(), text(cmd.get_about()))];
    let args = |cmd: &clap::Command, sub: Option<&str>, out: &mut Vec<(String, String)>| {
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = arg_id(sub, a);
            // clap words its own --help by the command ("see more with
            // '--help'"); its message is the plain "Print help".
            let help = match id.as_str() {
                "cli-help-flag" => "Print help".to_string(),
                _ => text(a.get_long_help().or(a.get_help())),
            };
            out.push((id, help));
        }
    };
    args(&cmd, None, &mut out);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = sub.get_name();
        out.push((format!("cli-cmd-{name}"), text(sub.get_about())));
        args(sub, Some(name), &mut out);
        for a in sub.get_arguments() {
            if !DESCRIBED_VALUES.contains(&(name, a.get_id().as_str())) {
                continue;
            }
            for v in a.get_possible_values() {
                let id = value_id(name, a.get_id().as_str(), v.get_name());
                out.push((id, text(v.get_help())));
            }
        }
    }
    out
}

#[test]
fn every_command_option_and_value_has_a_message_in_all_three_languages() {
    let described = described();
    // The root's options, its commands, their options, --by's values.
    assert!(described.len() > 50, "{}", described.len());
    for lang in Lang::ALL {
        let have: BTreeSet<String> = ids(lang).into_iter().collect();
        let missing: Vec<&String> = described
            .iter()
            .map(|(id, _)| id)
            .filter(|id| !have.contains(*id))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
    for id in ["cli-usage", "cli-options", "cli-arguments", "cli-commands"] {
        for lang in Lang::ALL {
            assert!(ids(lang).iter().any(|i| i == id), "{lang:?} lacks {id}");
        }
    }
}

#[test]
fn the_english_messages_are_the_doc_comments() {
    for (id, english) in described() {
        let message = with_lang(Lang::En, || tr(&id));
        assert_eq!(message, english, "{id}");
        let lao = with_lang(Lang::Lo, || tr(&id));
        assert_ne!(lao, english, "{id} is not translated into Lao");
    }
}

#[test]
fn kumban_help_speaks_lao() {
    let out = help(&[], &["--lang", "lo", "--help"]);
    assert!(
        out.starts_with(&with_lang(Lang::Lo, || tr("cli-about"))),
        "{out}"
    );
    assert!(out.contains("ວິທີໃຊ້: kumban"), "{out}");
    assert!(out.contains("ຄຳສັ່ງ:"), "{out}");
    assert!(out.contains("ຕົວເລືອກ:"), "{out}");
    // Commands and flags stay English.
    for kept in [
        "  report ",
        "  backup ",
        "--db <PATH>",
        "--lang <LANG>",
        "-h, --help",
    ] {
        assert!(out.contains(kept), "{kept}: {out}");
    }
    for english in [
        "Print a report",
        "Database folder",
        "Print help",
        "Commands:",
    ] {
        assert!(!out.contains(english), "{english}: {out}");
    }
}

#[test]
fn a_commands_help_speaks_chinese_with_its_values() {
    let out = help(&[], &["--lang", "zh", "report", "--help"]);
    assert!(out.starts_with("打印某年、某季度或某月的报表"), "{out}");
    assert!(out.contains("用法: kumban report"), "{out}");
    assert!(out.contains("--by <BY>"), "{out}");
    assert!(out.contains("household: 每户的收入、支出和净收入"), "{out}");
    assert!(out.contains("--format <FORMAT>"), "{out}");
    assert!(!out.contains("What the rows are"), "{out}");
    // The values parse as before in every language, and a wrong one is
    // refused in Chinese, its choices as typed (tests/i18n_usage.rs).
    let o = run(&[], &["--lang", "zh", "report", "--by", "nonsense"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("可选值：household"), "{err}");
}

#[test]
fn the_language_of_help_comes_from_the_environment_too() {
    let lao = help(&[("LANG", "lo_LA.UTF-8")], &["check", "--help"]);
    assert!(lao.starts_with("ກວດທຸກບັນທຶກ"), "{lao}");
    let chinese = help(
        &[("KUMBAN_LANG", "zh"), ("LANG", "lo_LA.UTF-8")],
        &["--help"],
    );
    assert!(chinese.starts_with("村级扶贫项目记录"), "{chinese}");
    let flag = help(&[("KUMBAN_LANG", "zh")], &["--lang=lo", "--help"]);
    assert!(flag.contains("ຄຳສັ່ງ:"), "{flag}");
    // English is the derive's own text, unchanged.
    let english = help(&[("LANG", "fr_FR.UTF-8")], &["--help"]);
    assert!(english.starts_with("Records of a village"), "{english}");
    assert!(english.contains("Commands:") && english.contains("Options:"));
}

#[test]
fn the_early_language_reads_the_flag_then_the_variables() {
    let args = |a: &[&str]| -> Vec<OsString> { a.iter().map(OsString::from).collect() };
    let none = |_: &str| None;
    assert_eq!(
        early_lang(&args(&["kumban", "--lang", "lo"]), none),
        Lang::Lo
    );
    assert_eq!(
        early_lang(&args(&["kumban", "--lang=zh", "report"]), none),
        Lang::Zh
    );
    assert_eq!(
        early_lang(&args(&["kumban", "--lang", "fr"]), none),
        Lang::En
    );
    // After `--` it is a value, not a flag.
    assert_eq!(
        early_lang(&args(&["kumban", "import", "--", "--lang=lo"]), none),
        Lang::En
    );
    let kumban_lang = |name: &str| (name == "KUMBAN_LANG").then(|| "zh".to_string());
    assert_eq!(early_lang(&args(&["kumban"]), kumban_lang), Lang::Zh);
    let locale = |name: &str| (name == "LANG").then(|| "lo_LA.UTF-8".to_string());
    assert_eq!(early_lang(&args(&["kumban"]), locale), Lang::Lo);
    assert_eq!(
        early_lang(&args(&["kumban", "--lang", "en"]), locale),
        Lang::En
    );
}
