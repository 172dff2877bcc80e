//! `--help` in the session's language: the clap command built from the
//! derive (`Cli::command()`), its descriptions replaced by Fluent messages
//! before it parses. Command names, flags and values stay English: they
//! are what scripts and the user guide type.
//!
//! Each description's message id comes from where it sits in the tree:
//! `cli-about` (kumban), `cli-cmd-NAME` (a command), `cli-arg-ID` (an
//! option of every command), `cli-NAME-arg-ID` (a command's own option),
//! `cli-NAME-ID-value-VALUE` (one of an option's values); clap's own
//! `--help`, `--version` and `help` are `cli-help-flag`,
//! `cli-version-flag` and `cli-cmd-help`.

use crate::cli::{Cli, ReportBy};
use crate::i18n::{Lang, tr, with_lang};
use crate::interchange::commands::ExportFormat;
use clap::builder::{PossibleValue, PossibleValuesParser, Resettable, StyledStr, TypedValueParser};
use clap::{Arg, Command, CommandFactory, ValueEnum};

/// The language `--help` (and everything after) speaks, read from the
/// raw arguments before clap parses them: `--lang X` or `--lang=X`, else
/// `KUMBAN_LANG`, else the locale. A value kumban lacks counts as English
/// here; clap then refuses it with the usual usage error.
pub fn early_lang(args: &[std::ffi::OsString], var: impl Fn(&str) -> Option<String>) -> Lang {
    let mut given = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            given = words.next().map(|v| v.into_owned());
        } else if let Some(value) = word.strip_prefix("--lang=") {
            given = Some(value.to_string());
        }
    }
    let given = given.or_else(|| var("KUMBAN_LANG").filter(|v| !v.is_empty()));
    match given {
        Some(code) => Lang::from_code(&code).unwrap_or(Lang::En),
        None => crate::i18n::lang_from_locale_env(var),
    }
}

/// The command line, described in `lang`. English is the derive's own
/// text, untouched (the English messages equal it: tests/i18n_help.rs).
pub fn command(lang: Lang) -> Command {
    if lang == Lang::En {
        return Cli::command();
    }
    with_lang(lang, || {
        let mut cmd = Cli::command();
        cmd.build();
        let mut cmd = describe(cmd, None).about(tr("cli-about"));
        let names: Vec<String> = cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            cmd = cmd.mut_subcommand(&name, |sub| {
                let about = tr(&format!("cli-cmd-{name}"));
                describe(sub, Some(&name))
                    .about(about)
                    .long_about(Resettable::<StyledStr>::Reset)
            });
        }
        cmd.subcommand_help_heading(tr("cli-commands"))
    })
}

/// The message id of `arg`'s description in the command `sub`.
pub fn arg_id(sub: Option<&str>, arg: &Arg) -> String {
    let id = arg.get_id().as_str();
    match (id, sub) {
        ("help", _) => "cli-help-flag".into(),
        ("version", _) => "cli-version-flag".into(),
        (_, Some(sub)) if !arg.is_global_set() => format!("cli-{sub}-arg-{id}"),
        _ => format!("cli-arg-{id}"),
    }
}

/// The message id of one of `arg`'s values in the command `sub`.
pub fn value_id(sub: &str, arg: &str, value: &str) -> String {
    format!("cli-{sub}-{arg}-value-{value}")
}

/// The options whose values carry descriptions: (command, option).
pub const DESCRIBED_VALUES: [(&str, &str); 2] = [("report", "by"), ("export", "format")];

/// Every argument of `cmd` described from its message, and the usage
/// and option headings in the language.
fn describe(cmd: Command, sub: Option<&str>) -> Command {
    // In place, keeping the order: the built command finds its arguments
    // by place (`mut_arg` would move each to the end).
    cmd.mut_args(|arg| {
        if arg.is_hide_set() {
            return arg;
        }
        let id = arg.get_id().to_string();
        let heading = if arg.is_positional() {
            "cli-arguments"
        } else {
            "cli-options"
        };
        let text = tr(&arg_id(sub, &arg));
        let mut arg = arg
            .help(text)
            .long_help(Resettable::<StyledStr>::Reset)
            .help_heading(tr(heading));
        if let Some(sub) = sub {
            arg = values(arg, sub, &id);
        }
        arg
    })
    .help_template(format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        tr("cli-usage")
    ))
}

/// `--by`'s and `--format`'s values described in the language, parsed
/// as before into the same types.
fn values(arg: Arg, sub: &str, id: &str) -> Arg {
    match (sub, id) {
        ("report", "by") => with_values::<ReportBy>(arg, sub, id),
        ("export", "format") => with_values::<ExportFormat>(arg, sub, id),
        _ => arg,
    }
}

fn with_values<T>(arg: Arg, sub: &str, id: &str) -> Arg
where
    T: ValueEnum + Clone + Send + Sync + 'static,
{
    let described: Vec<PossibleValue> = T::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(|v| {
            let help = tr(&value_id(sub, id, v.get_name()));
            v.help(help)
        })
        .collect();
    arg.value_parser(PossibleValuesParser::new(described).try_map(|s| T::from_str(&s, false)))
}
