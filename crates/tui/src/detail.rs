//! The detail popup's content: every field of one record and its related
//! records, as prepared (escaped) lines.

use super::action::{Action, Related, Tab};
use super::keymap::key_for;
use std::borrow::Cow;

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
            .push(DetailLine::Field(label.into(), value.into()));
    }

    /// A field whose record is one key away: "Household (h)", the key
    /// looked up in the table.
    pub fn jump_field(&mut self, label: &'static str, rel: Related, value: impl Into<String>) {
        let label = format!("{label} ({})", key_for(&Action::Jump(rel)));
        self.lines
            .push(DetailLine::Field(label.into(), value.into()));
    }

    pub fn warn(&mut self, label: &'static str, value: impl Into<String>) {
        self.lines
            .push(DetailLine::Warn(label.into(), value.into()));
    }

    /// A related-records section: heading with the count (and the key that
    /// lists them on their own tab), then one line each (or "none").
    pub fn section(&mut self, heading: &str, key: Option<char>, items: Vec<String>) {
        self.lines.push(DetailLine::Blank);
        let key = key
            .map(|k| format!(" · {k}: show as a list"))
            .unwrap_or_default();
        self.lines.push(DetailLine::Heading(format!(
            "{heading} ({}){key}",
            items.len()
        )));
        if items.is_empty() {
            self.lines.push(DetailLine::Item("none".into()));
        }
        self.lines.extend(items.into_iter().map(DetailLine::Item));
    }
}
