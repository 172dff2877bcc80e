//! A form: fields in order, the focused one, and what the keys do. What a
//! form saves is decided by its `FormKind` (see `build`); this file is the
//! part every form shares.

use super::field::{Field, FieldKey, FieldKind, RefSource};
use super::keys;
use super::picker::{PickerRequest, PickerSource};
use super::submission::Submission;
use super::{FormKind, FormSettings};
use crossterm::event::{KeyEvent, KeyEventKind};
use kumban_i18n::tr;
use kumban_model::{AnimalId, Group, HouseholdId, PregnancyId};

/// What the shell should do after a key reached the form.
#[derive(Debug, Clone, PartialEq)]
pub enum FormOutcome {
    /// Keep the form open and redraw it.
    Continue,
    /// The form is valid: apply this to the store (`Submission::apply`),
    /// then close the form, or on error hand the error to `store_failed`.
    Save(Submission),
    /// Close the form; nothing was typed.
    Cancel,
    /// Something was typed: ask "discard your changes? y/N" and close the
    /// form only on y.
    ConfirmDiscard,
    /// Open a picker popup (`Picker::open`) and hand the chosen item to
    /// `set_reference`.
    OpenPicker(PickerRequest),
}

#[derive(Debug, Clone)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub message: Option<String>,
    pub dirty: bool,
    pub settings: FormSettings,
    /// When editing, the record's `updated_at` as read (or as last seen
    /// in a refusal): saving over a newer version is refused once, and
    /// saving again then overwrites it knowingly.
    pub opened_at: Option<i64>,
    /// Warnings are shown and nothing changed since: the next submit
    /// saves anyway (`plausible.rs`).
    pub warned: bool,
}

impl Form {
    pub fn new(kind: FormKind, title: String, fields: Vec<Field>, settings: &FormSettings) -> Form {
        let mut f = Form {
            kind,
            title,
            fields,
            focus: 0,
            message: None,
            dirty: false,
            settings: settings.clone(),
            opened_at: None,
            warned: false,
        };
        f.refresh_visibility();
        f.focus = f.first_focusable().unwrap_or(0);
        f
    }

    pub fn kind(&self) -> &FormKind {
        &self.kind
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn fields(&self) -> &[Field] {
        &self.fields
    }

    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The error shown beside a field, if any.
    pub fn error(&self, name: &str) -> Option<&str> {
        self.field(name).and_then(|f| f.error.as_deref())
    }

    /// The fields that show an error, with it, in form order.
    pub fn errors(&self) -> Vec<(&'static str, &str)> {
        self.fields
            .iter()
            .filter_map(|f| f.error.as_deref().map(|e| (f.name, e)))
            .collect()
    }

    /// The form's message line: a store failure that is about no field,
    /// or a note ("only the first line was pasted").
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn focus(&self) -> usize {
        self.focus
    }

    pub fn focused(&self) -> Option<&Field> {
        self.fields.get(self.focus)
    }

    /// True once anything was typed or chosen.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    pub fn settings(&self) -> &FormSettings {
        &self.settings
    }

    /// Moves the focus to a field by name (for the shell and tests).
    pub fn focus_field(&mut self, name: &str) -> bool {
        match self.fields.iter().position(|f| f.name == name) {
            Some(i) if self.fields[i].is_focusable() => {
                self.focus = i;
                true
            }
            _ => false,
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> FormOutcome {
        if key.kind == KeyEventKind::Release {
            return FormOutcome::Continue;
        }
        if keys::SAVE.matches(&key) {
            return self.save();
        }
        if keys::CLOSE.matches(&key) {
            return self.cancel();
        }
        if keys::NEXT_FIELD.matches(&key) || keys::PREV_FIELD.matches(&key) {
            self.move_focus(keys::NEXT_FIELD.matches(&key));
            return FormOutcome::Continue;
        }
        let enter = keys::ENTER.matches(&key);
        // Warnings were shown: Enter in any field is "save anyway".
        if enter && self.warned {
            return self.save();
        }
        if enter && self.add_typed_option() {
            return FormOutcome::Continue;
        }
        let Some(field) = self.fields.get_mut(self.focus) else {
            return FormOutcome::Continue;
        };
        let out = field.handle_key(key);
        match out {
            FieldKey::NotMine if enter => {
                if Some(self.focus) == self.last_focusable() {
                    self.save()
                } else {
                    self.move_focus(true);
                    FormOutcome::Continue
                }
            }
            other => self.after_field_key(other),
        }
    }

    /// Bracketed paste: goes into the focused field, never presses Enter.
    pub fn paste(&mut self, text: &str) -> FormOutcome {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return FormOutcome::Continue;
        };
        let out = field.paste(text);
        self.after_field_key(out)
    }

    fn after_field_key(&mut self, out: FieldKey) -> FormOutcome {
        let i = self.focus;
        match out {
            FieldKey::Changed => {
                self.changed();
                self.fields[i].error = None;
            }
            FieldKey::Note(note) => {
                self.changed();
                self.fields[i].error = None;
                self.message = Some(note);
            }
            FieldKey::Refused(why) => self.fields[i].error = Some(why),
            FieldKey::OpenPicker(query) => return self.open_picker(i, query),
            FieldKey::Unchanged | FieldKey::NotMine => {}
        }
        FormOutcome::Continue
    }

    pub(crate) fn changed(&mut self) {
        self.dirty = true;
        self.message = None;
        // What was warned about may be fixed: warn afresh on the next save.
        self.warned = false;
        for f in &mut self.fields {
            f.warning = None;
        }
        self.refresh_visibility();
    }

    /// Ctrl-S, or Enter on the last field.
    pub fn save(&mut self) -> FormOutcome {
        let eval = self.evaluate();
        for f in &mut self.fields {
            f.error = None;
        }
        self.apply_errors(&eval.field_errors);
        self.message = None;
        if let Some(first) = eval.field_errors.first() {
            self.focus = first.0;
            let n = eval.field_errors.len() + eval.other.len();
            self.message = Some(if n == 1 {
                tr!("form-not-saved-one")
            } else {
                tr!("form-not-saved-many", n = n)
            });
        }
        if !eval.other.is_empty() {
            self.message = Some(tr!("form-not-saved-because", why = eval.other.join("; ")));
        }
        match eval.submission {
            Some(mut s) if eval.field_errors.is_empty() && eval.other.is_empty() => {
                if let Submission::Update { expected, .. } = &mut s {
                    *expected = self.opened_at;
                }
                FormOutcome::Save(s)
            }
            _ => FormOutcome::Continue,
        }
    }

    /// Esc.
    pub fn cancel(&self) -> FormOutcome {
        if self.dirty {
            FormOutcome::ConfirmDiscard
        } else {
            FormOutcome::Cancel
        }
    }

    /// Fills a reference field with the item chosen in its picker.
    /// The currency of an amount typed without one (the village's, see
    /// `forms::currency`); the amount field says which it is.
    pub fn set_currency(&mut self, currency: kumban_model::Currency) {
        self.settings.currency = currency;
    }

    /// The household the form is about, once chosen.
    pub fn household(&self) -> Option<kumban_model::HouseholdId> {
        if let FormKind::Sale { animal, .. } = &self.kind {
            return Some(animal.household);
        }
        self.fields.iter().find_map(|f| match &f.kind {
            FieldKind::Reference {
                source: RefSource::Household,
                value: Some((id, _)),
            } => Some(kumban_model::HouseholdId(*id)),
            _ => None,
        })
    }

    pub fn set_reference(&mut self, name: &str, id: u64, label: &str) {
        let Some(i) = self.fields.iter().position(|f| f.name == name) else {
            return;
        };
        let field_name = self.fields[i].name;
        let FieldKind::Reference { value, .. } = &mut self.fields[i].kind else {
            return;
        };
        let was = value.as_ref().map(|v| v.0);
        *value = Some((id, label.to_string()));
        self.fields[i].touched = true;
        self.fields[i].error = None;
        self.changed();
        if was != Some(id) {
            // A pen of the old household is no pen of the new one.
            for f in &mut self.fields {
                if let FieldKind::Reference { source, value } = &mut f.kind
                    && matches!(source, RefSource::PenOf(d) | RefSource::AnimalOf(d) | RefSource::CalfOf(d) if *d == field_name)
                {
                    *value = None;
                }
            }
        }
    }

    fn move_focus(&mut self, forward: bool) {
        self.recheck_touched();
        let n = self.fields.len();
        if n == 0 {
            return;
        }
        for step in 1..=n {
            let i = if forward {
                (self.focus + step) % n
            } else {
                (self.focus + n - step) % n
            };
            if self.fields[i].is_focusable() {
                self.focus = i;
                return;
            }
        }
    }

    fn first_focusable(&self) -> Option<usize> {
        self.fields.iter().position(|f| f.is_focusable())
    }

    fn last_focusable(&self) -> Option<usize> {
        self.fields.iter().rposition(|f| f.is_focusable())
    }

    /// Enter in a multi-choice field with a new option typed adds it.
    fn add_typed_option(&mut self) -> bool {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return false;
        };
        let FieldKind::Multi { new, .. } = &field.kind else {
            return false;
        };
        if new.is_empty() {
            return false;
        }
        // Multi-choice fields hold production groups.
        match Group::parse_said(new.text()) {
            Ok(g) => {
                field.add_option(g.as_str().to_string());
                field.error = None;
                self.changed();
            }
            Err(m) => field.error = Some(m.text()),
        }
        true
    }

    pub fn refresh_visibility(&mut self) {
        let values: Vec<(&'static str, String)> = self
            .fields
            .iter()
            .map(|f| (f.name, f.value_text()))
            .collect();
        for f in &mut self.fields {
            if let Some((on, allowed)) = &f.show_when {
                let v = values
                    .iter()
                    .find(|(n, _)| n == on)
                    .map(|(_, v)| v.as_str());
                f.visible = v.is_some_and(|v| allowed.contains(&v));
            }
        }
        if !self
            .fields
            .get(self.focus)
            .is_some_and(|f| f.is_focusable())
        {
            self.move_focus_silently();
        }
    }

    fn move_focus_silently(&mut self) {
        if let Some(i) = self.fields[..self.focus.min(self.fields.len())]
            .iter()
            .rposition(|f| f.is_focusable())
            .or_else(|| self.first_focusable())
        {
            self.focus = i;
        }
    }

    fn open_picker(&mut self, i: usize, query: String) -> FormOutcome {
        if let FieldKind::Ticks { ticked, .. } = &self.fields[i].kind {
            // Households are the one list of several so far.
            return FormOutcome::OpenPicker(PickerRequest {
                field: self.fields[i].name,
                source: PickerSource::Households {
                    ticked: ticked.iter().map(|(id, _)| *id).collect(),
                },
                query,
            });
        }
        let FieldKind::Reference { source, .. } = &self.fields[i].kind else {
            return FormOutcome::Continue;
        };
        let name = self.fields[i].name;
        let resolved = match source {
            RefSource::Household => Some(PickerSource::Household),
            RefSource::Cow { ignoring } => Some(PickerSource::Cow {
                ignoring: ignoring.map(PregnancyId),
            }),
            RefSource::Dam { except } => Some(PickerSource::Dam {
                except: except.map(AnimalId),
            }),
            RefSource::PenOf(dep) => self
                .ref_value(dep)
                .map(|h| PickerSource::PenOf(HouseholdId(h))),
            RefSource::AnimalOf(dep) => {
                Some(PickerSource::Animals(self.ref_value(dep).map(HouseholdId)))
            }
            RefSource::CalfOf(dep) => self
                .ref_value(dep)
                .map(|c| PickerSource::CalfOf(AnimalId(c))),
            RefSource::AnyAnimal => Some(PickerSource::Animals(None)),
            RefSource::Training => Some(PickerSource::Training),
            RefSource::MemberOf(dep) => self
                .ref_value(dep)
                .map(|h| PickerSource::MemberOf(HouseholdId(h))),
            RefSource::Bull => Some(PickerSource::Bull),
        };
        match resolved {
            Some(source) => FormOutcome::OpenPicker(PickerRequest {
                field: name,
                source,
                query,
            }),
            None => {
                let dep = match source {
                    RefSource::PenOf(d)
                    | RefSource::AnimalOf(d)
                    | RefSource::CalfOf(d)
                    | RefSource::MemberOf(d) => *d,
                    _ => "",
                };
                let label = self.field(dep).map(|f| f.shown_label());
                let label = label.unwrap_or_else(|| dep.to_string()).to_lowercase();
                self.fields[i].error = Some(tr!("form-choose-first", field = label));
                FormOutcome::Continue
            }
        }
    }

    fn ref_value(&self, name: &str) -> Option<u64> {
        match &self.field(name)?.kind {
            FieldKind::Reference { value, .. } => value.as_ref().map(|v| v.0),
            _ => None,
        }
    }
}
