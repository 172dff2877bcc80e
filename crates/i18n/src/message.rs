//! A message not yet put into words: its Fluent id and its arguments,
//! carried by an error or a problem from where it happens (the model, the
//! store, a form) to where a person reads it, which says it in the
//! session's language. `english()` keeps logs and the CLI in English.

use super::{Lang, Value, tr_args, with_lang};

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A name, a code, a date as written: shown as it is.
    Text(String),
    /// A count or a limit: Fluent chooses plurals by it.
    Number(i64),
    /// A message inside a message ("cause of death { $problem }"), said
    /// in the same language as the one holding it.
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

/// A Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// In the language of this thread.
    pub fn text(&self) -> String {
        let values: Vec<(&str, Value<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(s) => Value::from(s.as_str()),
                    Arg::Number(n) => Value::from(*n),
                    Arg::Message(m) => Value::from(m.text()),
                };
                (*name, value)
            })
            .collect();
        tr_args(self.id, &values)
    }

    /// In English, for logs, the CLI and `Display`.
    pub fn english(&self) -> String {
        with_lang(Lang::En, || self.text())
    }
}

/// What can say itself in the session's language; `Display` stays
/// English for logs and the command line.
pub trait Localize {
    fn message(&self) -> Message;

    /// The message in the language of this thread.
    fn localized(&self) -> String {
        self.message().text()
    }
}
