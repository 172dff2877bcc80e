//! clap's usage errors in the chosen language: the words translated, the
//! flags, values and choices as typed, exit code 2 as in English.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kumban"));
    for var in ["KUMBAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "KUMBAN_DB"] {
        cmd.env_remove(var);
    }
    cmd.env("KUMBAN_LOCAL", "1")
        .arg("--db")
        .arg(dir.path().join("db"))
        .args(args);
    cmd.output().expect("kumban runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const CHOICES: [&str; 4] = ["household", "village", "group", "herd"];

#[test]
fn an_invalid_report_choice_is_said_in_lao_with_the_choices_and_exit_2() {
    let o = run(&["--lang", "lo", "report", "--by", "nonsense"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("ບໍ່ແມ່ນຄ່າທີ່ໃຊ້ໄດ້"), "{err}");
    assert!(err.contains("'nonsense'") && err.contains("--by"), "{err}");
    for choice in CHOICES {
        assert!(err.contains(choice), "{choice} not listed: {err}");
    }
    assert!(!err.contains("invalid value"), "{err}");
    assert!(!err.contains("For more information"), "{err}");
    // English stays clap's own.
    let en = run(&["report", "--by", "nonsense"]);
    assert_eq!(en.status.code(), Some(2));
    assert!(
        stderr(&en).contains("invalid value 'nonsense'"),
        "{}",
        stderr(&en)
    );
}

#[test]
fn unknown_flags_commands_and_missing_values_are_said_in_chinese_and_lao() {
    let cases: [(&[&str], &str, &str, &str); 3] = [
        (
            &["--frobnicate", "status"],
            "--frobnicate",
            "未知参数",
            "ບໍ່ຮູ້ຈັກຕົວເລືອກ",
        ),
        (&["frobnicate"], "frobnicate", "未知命令", "ບໍ່ຮູ້ຈັກຄຳສັ່ງ"),
        (&["report", "--by"], "--by", "需要一个值", "ຕ້ອງມີຄ່າ"),
    ];
    for (args, named, zh, lo) in cases {
        for (lang, words) in [("zh", zh), ("lo", lo)] {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let o = run(&all);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{all:?}: {err}");
            assert!(err.contains(words), "{all:?}: {err}");
            assert!(err.contains(named), "{all:?}: {err}");
            assert!(!err.contains("error:"), "{all:?}: {err}");
        }
    }
}
