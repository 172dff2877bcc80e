//! One field of a form: what kind of value it holds and how it answers keys.
//! Parsing the value into a model type is `reader`'s job; this file only
//! edits.

use super::field_keys::{
    choice_key, edit_key, multi_key, paste_result, reference_key, ticks_key, yes_no_key,
};
use super::line_edit::LineEdit;
use crossterm::event::KeyEvent;

pub use super::field_keys::typed_char;

/// Where a reference field's picker takes its choices from. Dependent
/// sources name the field of the same form that they depend on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefSource {
    Household,
    /// Pens of the household chosen in the named field.
    PenOf(&'static str),
    /// Active females without a pending pregnancy (other than this one).
    Cow {
        ignoring: Option<u64>,
    },
    /// Any female of the herd, except the animal itself.
    Dam {
        except: Option<u64>,
    },
    /// Animals of the household chosen in the named field.
    AnimalOf(&'static str),
    /// Calves of the cow chosen in the named field.
    CalfOf(&'static str),
    /// Any animal of the herd (the animal a weight is of).
    AnyAnimal,
    /// Any training (the training an attendance is at).
    Training,
    /// Members of the household chosen in the named field.
    MemberOf(&'static str),
    /// Males of the herd: the bull a cow was served by.
    Bull,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    Text(LineEdit),
    Number(LineEdit),
    Date(LineEdit),
    Money(LineEdit),
    Choice {
        options: Vec<String>,
        index: usize,
    },
    /// Several options may be ticked; a new option can be typed in.
    Multi {
        options: Vec<String>,
        chosen: Vec<bool>,
        at: usize,
        new: LineEdit,
    },
    YesNo(bool),
    Reference {
        source: RefSource,
        value: Option<(u64, String)>,
    },
    /// Several records ticked in a list that opens in a popup (the
    /// households of a training's attendees): ids and codes, in the
    /// list's order. The field shows how many and their codes.
    Ticks {
        source: RefSource,
        ticked: Vec<(u64, String)>,
    },
    /// Shown for context, never focused (the cow in a check form).
    Fixed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Unique within the form; used by tests and by `set_reference`.
    pub name: &'static str,
    pub label: &'static str,
    /// Model field names whose problems are shown beside this field.
    pub models: Vec<&'static str>,
    pub kind: FieldKind,
    /// Empty means "none" rather than a mistake.
    pub optional: bool,
    /// Shown only while the named choice field has one of these values.
    pub show_when: Option<(&'static str, Vec<&'static str>)>,
    pub visible: bool,
    pub error: Option<String>,
    /// Set once the clerk changed this field; only touched fields get their
    /// errors refreshed when focus leaves, so untouched ones stay quiet.
    pub touched: bool,
    /// A choice whose options are data (group names, currency codes),
    /// shown as they are in every language; other choices' options are
    /// stored words shown through the message files.
    pub options_are_data: bool,
    /// A plausibility warning (`plausible.rs`): shown like an error but
    /// the form saves once the clerk submits again.
    pub warning: Option<String>,
    /// Names to complete the typed text with (disease or product names in
    /// use), best first; → at the end of the text accepts the first match.
    pub suggestions: Vec<String>,
}

/// What a key did to a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    Changed,
    /// The key belongs to the field but changed nothing (← at the start).
    Unchanged,
    /// Not a key this field uses; the form handles it.
    NotMine,
    /// Open the picker, starting the filter with this text.
    OpenPicker(String),
    /// A typed character or pasted text was refused.
    Refused(String),
    /// Taken, with a note for the message line.
    Note(String),
}

impl Field {
    fn new(name: &'static str, label: &'static str, kind: FieldKind) -> Field {
        Field {
            name,
            label,
            models: vec![name],
            kind,
            optional: false,
            show_when: None,
            visible: true,
            error: None,
            touched: false,
            options_are_data: false,
            warning: None,
            suggestions: Vec::new(),
        }
    }

    /// The label in the session's language (its id is `field-` and the
    /// English label made an identifier, `i18n::text_id`).
    pub fn shown_label(&self) -> String {
        kumban_i18n::tr_text("field", self.label)
    }

    /// A choice's option as the clerk reads it; the stored word never
    /// changes with the language.
    pub fn shown_option(&self, option: &str) -> String {
        if self.options_are_data {
            option.to_string()
        } else {
            kumban_i18n::tr_text("choice", option)
        }
    }

    /// The options of this choice are data, shown as stored.
    pub fn data_options(mut self) -> Field {
        self.options_are_data = true;
        self
    }

    pub fn text(name: &'static str, label: &'static str, value: &str) -> Field {
        Field::new(name, label, FieldKind::Text(LineEdit::with_text(value)))
    }

    pub fn number(name: &'static str, label: &'static str, value: &str) -> Field {
        Field::new(name, label, FieldKind::Number(LineEdit::with_text(value)))
    }

    pub fn date(name: &'static str, label: &'static str, value: &str) -> Field {
        Field::new(name, label, FieldKind::Date(LineEdit::with_text(value)))
    }

    pub fn money(name: &'static str, label: &'static str, value: &str) -> Field {
        Field::new(name, label, FieldKind::Money(LineEdit::with_text(value)))
    }

    pub fn choice(
        name: &'static str,
        label: &'static str,
        options: &[&str],
        index: usize,
    ) -> Field {
        let options: Vec<String> = options.iter().map(|s| s.to_string()).collect();
        let index = index.min(options.len().saturating_sub(1));
        Field::new(name, label, FieldKind::Choice { options, index })
    }

    pub fn multi(
        name: &'static str,
        label: &'static str,
        options: Vec<String>,
        chosen: &[String],
    ) -> Field {
        let mut options = options;
        for c in chosen {
            if !options.contains(c) {
                options.push(c.clone());
            }
        }
        let ticks = options.iter().map(|o| chosen.contains(o)).collect();
        Field::new(
            name,
            label,
            FieldKind::Multi {
                options,
                chosen: ticks,
                at: 0,
                new: LineEdit::new(),
            },
        )
    }

    pub fn yes_no(name: &'static str, label: &'static str, value: bool) -> Field {
        Field::new(name, label, FieldKind::YesNo(value))
    }

    pub fn reference(
        name: &'static str,
        label: &'static str,
        source: RefSource,
        value: Option<(u64, String)>,
    ) -> Field {
        Field::new(name, label, FieldKind::Reference { source, value })
    }

    /// A list of records to tick in a picker, `ticked` (id, code) ticked.
    pub fn ticks(
        name: &'static str,
        label: &'static str,
        source: RefSource,
        ticked: Vec<(u64, String)>,
    ) -> Field {
        Field::new(name, label, FieldKind::Ticks { source, ticked })
    }

    pub fn fixed(name: &'static str, label: &'static str, value: &str) -> Field {
        Field::new(name, label, FieldKind::Fixed(value.to_string()))
    }

    pub fn optional(mut self) -> Field {
        self.optional = true;
        self
    }

    /// Problems of these model fields show here (besides the field's own
    /// name when it is also a model field name).
    pub fn models(mut self, models: &[&'static str]) -> Field {
        self.models = models.to_vec();
        self
    }

    pub fn shown_when(mut self, field: &'static str, values: &[&'static str]) -> Field {
        self.show_when = Some((field, values.to_vec()));
        self
    }

    pub fn is_focusable(&self) -> bool {
        self.visible && !matches!(self.kind, FieldKind::Fixed(_))
    }

    /// The value as a word, for `show_when` and for tests: the choice's
    /// label, "yes"/"no", or the text.
    pub fn value_text(&self) -> String {
        match &self.kind {
            FieldKind::Text(e)
            | FieldKind::Number(e)
            | FieldKind::Date(e)
            | FieldKind::Money(e) => e.text().to_string(),
            FieldKind::Choice { options, index } => {
                options.get(*index).cloned().unwrap_or_default()
            }
            FieldKind::Multi {
                options, chosen, ..
            } => options
                .iter()
                .zip(chosen)
                .filter(|(_, c)| **c)
                .map(|(o, _)| o.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            FieldKind::YesNo(b) => if *b { "yes" } else { "no" }.to_string(),
            FieldKind::Reference { value, .. } => {
                value.as_ref().map(|(_, s)| s.clone()).unwrap_or_default()
            }
            FieldKind::Ticks { ticked, .. } => ticked
                .iter()
                .map(|(_, code)| code.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            FieldKind::Fixed(s) => s.clone(),
        }
    }

    /// The line editor of a text-like field (text, number, date, money), or
    /// the new-option editor of a multi-choice field.
    pub fn editor(&self) -> Option<&LineEdit> {
        match &self.kind {
            FieldKind::Text(e)
            | FieldKind::Number(e)
            | FieldKind::Date(e)
            | FieldKind::Money(e) => Some(e),
            FieldKind::Multi { new, .. } => Some(new),
            _ => None,
        }
    }

    /// Names this text field completes its text with, best first.
    pub fn suggest(mut self, names: Vec<String>) -> Field {
        self.suggestions = names;
        self
    }

    /// The rest of the first suggested name that starts with the typed
    /// text (any case), shown dimmed after the cursor; only while the
    /// cursor is at the end of a typed text.
    pub fn suggestion(&self) -> Option<&str> {
        self.suggested().and_then(|(name, at)| name.get(at..))
    }

    /// The suggested name and where its untyped rest starts.
    fn suggested(&self) -> Option<(&str, usize)> {
        let FieldKind::Text(e) = &self.kind else {
            return None;
        };
        let typed = e.text();
        if typed.is_empty() || e.cursor() != typed.len() {
            return None;
        }
        self.suggestions.iter().find_map(|name| {
            let mut rest = name.char_indices();
            for t in typed.chars() {
                let (_, n) = rest.next()?;
                if !t.to_lowercase().eq(n.to_lowercase()) {
                    return None;
                }
            }
            let (at, _) = rest.next()?;
            Some((name.as_str(), at))
        })
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> FieldKey {
        if super::keys::ACCEPT_SUGGESTION.matches(&key)
            && let Some((name, _)) = self.suggested()
        {
            // The name as it is written elsewhere, case and all.
            let name = name.to_string();
            if let FieldKind::Text(e) = &mut self.kind {
                e.set_text(&name);
            }
            self.touched = true;
            return FieldKey::Changed;
        }
        let out = match &mut self.kind {
            FieldKind::Text(e)
            | FieldKind::Number(e)
            | FieldKind::Date(e)
            | FieldKind::Money(e) => edit_key(e, key),
            FieldKind::Choice { options, index } => choice_key(options, index, key),
            FieldKind::Multi {
                options,
                chosen,
                at,
                new,
            } => multi_key(options, chosen, at, new, key),
            FieldKind::YesNo(b) => yes_no_key(b, key),
            FieldKind::Reference { value, .. } => reference_key(value, self.optional, key),
            FieldKind::Ticks { .. } => ticks_key(key),
            FieldKind::Fixed(_) => FieldKey::NotMine,
        };
        if matches!(out, FieldKey::Changed | FieldKey::Note(_)) {
            self.touched = true;
        }
        out
    }

    pub fn paste(&mut self, text: &str) -> FieldKey {
        let editor = match &mut self.kind {
            FieldKind::Text(e)
            | FieldKind::Number(e)
            | FieldKind::Date(e)
            | FieldKind::Money(e) => e,
            FieldKind::Multi { new, .. } => new,
            FieldKind::Reference { .. } | FieldKind::Ticks { .. } => {
                let first = text.lines().next().unwrap_or("").trim();
                return FieldKey::OpenPicker(first.to_string());
            }
            _ => return FieldKey::Unchanged,
        };
        let out = paste_result(editor.paste(text));
        if matches!(out, FieldKey::Changed | FieldKey::Note(_)) {
            self.touched = true;
        }
        out
    }

    /// Adds a typed option to a multi-choice field and ticks it.
    pub fn add_option(&mut self, option: String) {
        if let FieldKind::Multi {
            options,
            chosen,
            at,
            new,
        } = &mut self.kind
        {
            match options.iter().position(|o| *o == option) {
                Some(i) => {
                    chosen[i] = true;
                    *at = i;
                }
                None => {
                    options.push(option);
                    chosen.push(true);
                    *at = options.len() - 1;
                }
            }
            new.clear();
            self.touched = true;
        }
    }
}
