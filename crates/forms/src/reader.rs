//! Reads field values into model types. A value that does not parse is
//! recorded as an error on its field and replaced by a placeholder, so a
//! form's builder can always finish building its record.

use super::FormSettings;
use super::field::{Field, FieldKind};
use kumban_i18n::Localize;
use kumban_i18n::tr;
use kumban_model::{Date, Money};

pub struct Reader<'f> {
    fields: &'f [Field],
    settings: &'f FormSettings,
    pub errors: Vec<(usize, String)>,
    /// Set when a value that failed to parse was replaced by a stand-in
    /// the record's validation could trip over (a date, a number). A
    /// missing reference is not such a value: validation never reads ids.
    pub stand_ins: bool,
}

impl<'f> Reader<'f> {
    pub fn new(fields: &'f [Field], settings: &'f FormSettings) -> Reader<'f> {
        Reader {
            fields,
            settings,
            errors: Vec::new(),
            stand_ins: false,
        }
    }

    fn find(&self, name: &str) -> Option<(usize, &'f Field)> {
        let fields: &'f [Field] = self.fields;
        let found = fields.iter().enumerate().find(|(_, f)| f.name == name);
        debug_assert!(found.is_some(), "no field {name}");
        found
    }

    fn fail(&mut self, i: usize, message: impl Into<String>) {
        self.errors.push((i, message.into()));
        self.stand_ins = true;
    }

    /// Today, for the rules that need it (a birth year in the future).
    pub fn today(&self) -> Date {
        self.settings.today
    }

    pub fn visible(&self, name: &str) -> bool {
        self.find(name).is_some_and(|(_, f)| f.visible)
    }

    /// The raw text, trimmed: stray spaces at either end are never meant.
    pub fn text(&self, name: &str) -> String {
        self.find(name)
            .map(|(_, f)| f.value_text().trim().to_string())
            .unwrap_or_default()
    }

    /// Empty, or a hidden field, means none.
    pub fn opt_text(&self, name: &str) -> Option<String> {
        if !self.visible(name) {
            return None;
        }
        Some(self.text(name)).filter(|s| !s.is_empty())
    }

    /// A whole number; out-of-range values come back saturated so that the
    /// model's range check gives its own message.
    pub fn number(&mut self, name: &str) -> u64 {
        let Some((i, _)) = self.find(name) else {
            return 0;
        };
        let s = self.text(name);
        if s.is_empty() {
            self.fail(i, tr!("form-enter-a-number"));
            return 0;
        }
        if !s.chars().all(|c| c.is_ascii_digit()) {
            self.fail(i, tr!("form-not-a-whole-number", text = s));
            return 0;
        }
        s.parse::<u64>().unwrap_or(u64::MAX)
    }

    pub fn date(&mut self, name: &str) -> Date {
        let today = self.settings.today;
        let Some((i, _)) = self.find(name) else {
            return today;
        };
        match Date::parse(&self.text(name), today) {
            Ok(d) => d,
            Err(e) => {
                self.fail(i, e.localized());
                today
            }
        }
    }

    pub fn opt_date(&mut self, name: &str) -> Option<Date> {
        if !self.visible(name) || self.text(name).is_empty() {
            return None;
        }
        Some(self.date(name))
    }

    pub fn money(&mut self, name: &str) -> Money {
        let currency = self.settings.currency;
        let Some((i, _)) = self.find(name) else {
            return Money::new(0, currency);
        };
        match Money::parse(&self.text(name), currency) {
            Ok(m) => m,
            Err(e) => {
                self.fail(i, e.localized());
                Money::new(0, currency)
            }
        }
    }

    pub fn opt_money(&mut self, name: &str) -> Option<Money> {
        if !self.visible(name) || self.text(name).is_empty() {
            return None;
        }
        Some(self.money(name))
    }

    /// The chosen option's label.
    pub fn choice(&self, name: &str) -> String {
        self.find(name)
            .map(|(_, f)| f.value_text())
            .unwrap_or_default()
    }

    /// The ticked options of a multi-choice field.
    pub fn multi(&self, name: &str) -> Vec<String> {
        match self.find(name).map(|(_, f)| &f.kind) {
            Some(FieldKind::Multi {
                options, chosen, ..
            }) => options
                .iter()
                .zip(chosen)
                .filter(|(_, c)| **c)
                .map(|(o, _)| o.clone())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The codes ticked in a ticks field, in list order.
    pub fn ticked_codes(&self, name: &str) -> Vec<String> {
        match self.find(name).map(|(_, f)| &f.kind) {
            Some(FieldKind::Ticks { ticked, .. }) => {
                ticked.iter().map(|(_, code)| code.clone()).collect()
            }
            _ => Vec::new(),
        }
    }

    pub fn yes(&self, name: &str) -> bool {
        matches!(
            self.find(name).map(|(_, f)| &f.kind),
            Some(FieldKind::YesNo(true))
        )
    }

    /// A required reference: missing is an error (and id 0 stands in).
    pub fn reference(&mut self, name: &str) -> u64 {
        let Some((i, f)) = self.find(name) else {
            return 0;
        };
        match &f.kind {
            FieldKind::Reference { value: Some(v), .. } => v.0,
            _ => {
                let what = f.shown_label().to_lowercase();
                let key = super::keys::ENTER.name();
                self.errors
                    .push((i, tr!("form-choose-from-list", field = what, key = key)));
                0
            }
        }
    }

    pub fn opt_reference(&self, name: &str) -> Option<u64> {
        if !self.visible(name) {
            return None;
        }
        match self.find(name).map(|(_, f)| &f.kind) {
            Some(FieldKind::Reference { value, .. }) => value.as_ref().map(|v| v.0),
            _ => None,
        }
    }

    /// Records an error found by a builder itself (a group name).
    pub fn error(&mut self, name: &str, message: impl Into<String>) {
        if let Some((i, _)) = self.find(name) {
            self.errors.push((i, message.into()));
        }
    }
}
