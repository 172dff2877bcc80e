//! The detail popup's content: every field of one record and its related
//! records, as prepared (escaped) lines.

use super::action::{Action, Related, Tab};
use super::keymap::key_for;
use std::borrow::Cow;

/// A label or heading in the session's language. English stays as the
/// code writes it (a label's `field-` message may be the lower-case word
/// of a history line).
fn label(english: &'static str) -> Cow<'static, str> {
    if kumban_i18n::current() == kumban_i18n::Lang::En {
        Cow::Borrowed(english)
    } else {
        Cow::Owned(kumban_i18n::tr_text("field", english))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DetailLine {
    Field(Cow<'static, str>, String),
    /// A field that needs attention (overdue, over capacity); worded so
    /// that it reads the same without colour.
    Warn(Cow<'static, str>, String),
    Heading(String),
    Item(String),
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub title: String,
    /// The tab whose related-record keys work in this popup.
    pub tab: Tab,
    pub id: u64,
    pub lines: Vec<DetailLine>,
    pub scroll: usize,
}

impl Detail {
    pub fn new(title: String, tab: Tab, id: u64) -> Detail {
        Detail {
            title,
            tab,
            id,
            lines: Vec::new(),
            scroll: 0,
        }
    }

    pub fn field(&mut self, label: &'static str, value: impl Into<String>) {
        self.lines
            .push(DetailLine::Field(self::label(label), value.into()));
    }

    /// A field whose record is one key away: "Household (h)", the key
    /// looked up in the table.
    pub fn jump_field(&mut self, label: &'static str, rel: Related, value: impl Into<String>) {
        let label = format!("{} ({})", self::label(label), key_for(&Action::Jump(rel)));
        self.lines
            .push(DetailLine::Field(label.into(), value.into()));
    }

    pub fn warn(&mut self, label: &'static str, value: impl Into<String>) {
        self.lines
            .push(DetailLine::Warn(self::label(label), value.into()));
    }

    /// A related-records section: heading with the count (and the key that
    /// lists them on their own tab), then one line each (or "none").
    pub fn section(&mut self, heading: &'static str, key: Option<char>, items: Vec<String>) {
        self.lines.push(DetailLine::Blank);
        let key = key
            .map(|k| {
                let key = k.to_string();
                format!(" · {}", kumban_i18n::tr!("detail-show-as-list", key = key))
            })
            .unwrap_or_default();
        self.lines.push(DetailLine::Heading(format!(
            "{} ({}){key}",
            self::label(heading),
            items.len()
        )));
        if items.is_empty() {
            self.lines
                .push(DetailLine::Item(kumban_i18n::tr("detail-none")));
        }
        self.lines.extend(items.into_iter().map(DetailLine::Item));
    }
}
