//! A report's sentences (its title, notes and empty-report message) kept
//! as a message id and its arguments, not as text: a table is worked out
//! once, perhaps by an owner or behind the screen, and each reader says
//! it in its own language when it is shown. CSV and JSON say it in
//! English, so machine output is the same in every language.

use kumban_i18n::{Lang, Value, tr_args, with_lang};

/// A Fluent message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Words {
    pub id: String,
    pub args: Vec<(String, Said)>,
}

/// One argument of a report's sentence.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Said {
    /// A name, a code, a date or a figure as written: shown as it is.
    Text(String),
    /// A count Fluent chooses plurals by.
    Number(i64),
    /// A sentence inside a sentence, said in the same language.
    Words(Words),
    /// A span as titles write it (`2026`, `2026-Q1`, "the 12 months
    /// from 2026-11", the last in the reader's words).
    Span(super::Span),
}

impl Words {
    pub fn new(id: &str) -> Words {
        Words {
            id: id.to_string(),
            args: Vec::new(),
        }
    }

    /// With an argument shown as it is.
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Words {
        self.args.push((name.to_string(), Said::Text(value.into())));
        self
    }

    /// With a count.
    pub fn number(mut self, name: &str, value: i64) -> Words {
        self.args.push((name.to_string(), Said::Number(value)));
        self
    }

    /// With a sentence inside.
    pub fn words(mut self, name: &str, value: Words) -> Words {
        self.args.push((name.to_string(), Said::Words(value)));
        self
    }

    /// With a span.
    pub fn span(mut self, name: &str, value: super::Span) -> Words {
        self.args.push((name.to_string(), Said::Span(value)));
        self
    }

    /// In the language of this thread.
    pub fn say(&self) -> String {
        let values: Vec<(&str, Value<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Said::Text(s) => Value::from(s.as_str()),
                    Said::Number(n) => Value::from(*n),
                    Said::Words(w) => Value::from(w.say()),
                    Said::Span(s) => Value::from(s.label()),
                };
                (name.as_str(), value)
            })
            .collect();
        tr_args(&self.id, &values)
    }

    /// In English: for CSV, JSON and messages beside them.
    pub fn english(&self) -> String {
        with_lang(Lang::En, || self.say())
    }
}
