//! Command-line frictions of issue 13: what the usage line of an error
//! shows when the environment supplies the global options.

use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_kumban");

fn with_env(db: &std::path::Path, today: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("KUMBAN_DB", db)
        .env("KUMBAN_TODAY", today)
        .env("KUMBAN_LOCAL", "1")
        .env_remove("KUMBAN_BACKUP_DIR")
        .output()
        .expect("run kumban")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn usage_lines_do_not_show_the_environments_options_as_required() {
    let dir = tempfile::tempdir().unwrap();
    let o = with_env(
        &dir.path().join("db"),
        "2026-11-28",
        &["approve", "--village", "Bansuo"],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let usage = err
        .lines()
        .find(|l| l.starts_with("Usage:"))
        .unwrap_or_default();
    assert_eq!(
        usage, "Usage: kumban approve --village <VILLAGE> --period <YYYY-MM>",
        "{err}"
    );
}

#[test]
fn the_environment_still_sets_today_and_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let o = with_env(&db, "2026-11-28", &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = with_env(&db, "2026-11-28", &["status"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("kumban status, 2026-11-28\n"), "{out}");

    // A bad date from the environment is a usage error, as on the line.
    let o = with_env(&db, "2026-02-30", &["status"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("KUMBAN_TODAY"), "{}", stderr(&o));
}
