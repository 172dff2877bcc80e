//! clap's usage errors (an unknown flag or command, a value not among the
//! choices, a missing value) in the session's language. clap writes its
//! errors in English only; its error kind and context (the argument, the
//! value, the choices) are put into Fluent messages instead. Flags, values
//! and command names stay English: they are what the user must type. A
//! kind not mapped here keeps clap's English, which is still a usage
//! error (exit 2), so a clap upgrade never loses a message.

use crate::i18n::{Lang, tr, with_lang};
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// One context value as text: a list joined by commas.
fn context(err: &clap::Error, kind: ContextKind) -> Option<String> {
    Some(match err.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        _ => return None,
    })
}

/// The error in `lang`, or `None` to let clap say it (English, `--help`,
/// `--version`, or a kind not mapped here).
pub fn localized(err: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    with_lang(lang, || {
        let arg = context(err, ContextKind::InvalidArg).unwrap_or_default();
        let headline = match err.kind() {
            ErrorKind::UnknownArgument => crate::i18n::tr!("usage-unknown-argument", arg = arg),
            ErrorKind::InvalidSubcommand => {
                let name = context(err, ContextKind::InvalidSubcommand).unwrap_or_default();
                crate::i18n::tr!("usage-unknown-command", name = name)
            }
            ErrorKind::InvalidValue => {
                let value = context(err, ContextKind::InvalidValue).unwrap_or_default();
                if value.is_empty() {
                    crate::i18n::tr!("usage-missing-value", arg = arg)
                } else {
                    crate::i18n::tr!("usage-invalid-value", value = value, arg = arg)
                }
            }
            ErrorKind::MissingRequiredArgument => {
                crate::i18n::tr!("usage-missing-required", arg = arg)
            }
            ErrorKind::NoEquals => crate::i18n::tr!("usage-missing-value", arg = arg),
            // A value kumban's own parser refused (--period, --currency,
            // --today): its reason is already in the session's language.
            ErrorKind::ValueValidation => match (
                context(err, ContextKind::InvalidValue),
                std::error::Error::source(err),
            ) {
                (Some(value), Some(why)) => crate::i18n::tr!(
                    "usage-invalid-value-why",
                    value = value,
                    arg = arg,
                    why = why.to_string()
                ),
                // Made whole by kumban (a bad KUMBAN_TODAY), in the
                // language already: clap only put "error: " before it.
                _ => {
                    let text = err.to_string();
                    let first = text.lines().next().unwrap_or_default();
                    first.strip_prefix("error: ").unwrap_or(first).to_string()
                }
            },
            ErrorKind::ArgumentConflict => {
                let other = context(err, ContextKind::PriorArg).unwrap_or_default();
                crate::i18n::tr!("usage-conflict", arg = arg, other = other)
            }
            _ => return None,
        };
        let mut text = format!("{} {headline}\n", tr("usage-error"));
        if let Some(choices) = context(err, ContextKind::ValidValue) {
            text.push_str(&format!(
                "  {}\n",
                crate::i18n::tr!("usage-choices", choices = choices)
            ));
        }
        let suggested = context(err, ContextKind::SuggestedArg)
            .or_else(|| context(err, ContextKind::SuggestedSubcommand));
        if let Some(suggested) = suggested {
            text.push_str(&format!(
                "  {}\n",
                crate::i18n::tr!("usage-did-you-mean", suggested = suggested)
            ));
        }
        if let Some(usage) = context(err, ContextKind::Usage) {
            // clap's usage line starts with its English "Usage:".
            let line = usage.trim().trim_start_matches("Usage:").trim();
            text.push_str(&format!("\n{} {line}\n", tr("usage-usage")));
        }
        text.push_str(&format!("\n{}\n", tr("usage-try-help")));
        Some(text)
    })
}

/// Says `err` in `lang` and exits as clap would (2 for a usage error, 0
/// for `--help`), or lets clap say it.
pub fn exit(err: clap::Error, lang: Lang) -> ! {
    match localized(&err, lang) {
        Some(text) => {
            use std::io::Write;
            let _ = write!(std::io::stderr(), "{text}");
            std::process::exit(err.exit_code())
        }
        None => err.exit(),
    }
}
