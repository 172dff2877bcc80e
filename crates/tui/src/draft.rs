//! A form left unsaved when the session ended without the user quitting (a
//! dropped link, a stalled terminal, SIGTERM) is kept as a draft, which
//! the next session of the same OS user on the same database offers to
//! resume.
//!
//! The draft is a small JSON file in the database folder, one per user
//! (`draft-UID.json`, readable by that user only), written through a
//! temporary file and a rename so that a draft is whole or absent.

use crate::app::{App, Confirm, OnYes, Popup};
use kumban_forms::field::FieldKind;
use kumban_forms::line_edit::LineEdit;
use kumban_forms::{Form, FormKind, FormSettings};
use kumban_model::RecordKind;
use kumban_store::Store;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: RecordKind,
    /// The record being edited; `None` for a new one.
    pub id: Option<u64>,
    /// "household ZZ-99": what the resume question calls it.
    pub label: String,
    /// When editing, the record's version as the form first read it, so a
    /// save over a change made meanwhile is still caught.
    pub opened_at: Option<i64>,
    pub fields: Vec<(String, Value)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Text(String),
    Choice(String),
    Multi(Vec<String>),
    YesNo(bool),
    Reference(Option<(u64, String)>),
    /// A ticks field's ticked records: ids and codes.
    Ticks(Vec<(u64, String)>),
}

/// Where this OS user's draft for the database in `db` is kept.
pub fn path(db: &Path) -> PathBuf {
    db.join(format!("draft-{}.json", nix::unistd::getuid().as_raw()))
}

impl Draft {
    /// The draft of `form`, when it is a record's form with something typed
    /// in it (the breeding and sale steps are not kept).
    pub fn of(form: &Form) -> Option<Draft> {
        if !form.is_dirty() {
            return None;
        }
        let FormKind::Record { kind, id } = *form.kind() else {
            return None;
        };
        let fields: Vec<(String, Value)> = form
            .fields()
            .iter()
            .filter_map(|f| {
                let v = match &f.kind {
                    FieldKind::Text(e)
                    | FieldKind::Number(e)
                    | FieldKind::Date(e)
                    | FieldKind::Money(e) => Value::Text(e.text().to_string()),
                    FieldKind::Choice { .. } => Value::Choice(f.value_text()),
                    FieldKind::Multi {
                        options, chosen, ..
                    } => Value::Multi(
                        options
                            .iter()
                            .zip(chosen)
                            .filter(|(_, c)| **c)
                            .map(|(o, _)| o.clone())
                            .collect(),
                    ),
                    FieldKind::YesNo(b) => Value::YesNo(*b),
                    FieldKind::Reference { value, .. } => Value::Reference(value.clone()),
                    FieldKind::Ticks { ticked, .. } => Value::Ticks(ticked.clone()),
                    FieldKind::Fixed(_) => return None,
                };
                Some((f.name.to_string(), v))
            })
            .collect();
        // The first thing typed that names the record: a code, a tag.
        let name = form
            .fields()
            .iter()
            .map(|f| f.value_text())
            .find(|v| !v.trim().is_empty());
        let mut label = kind.noun().to_string();
        if let Some(name) = name {
            label.push(' ');
            label.push_str(&kumban_model::text::escape_for_display(name.trim()));
        }
        Some(Draft {
            kind,
            id,
            label,
            opened_at: form.opened_at,
            fields,
        })
    }

    /// Writes the draft for `db` whole, readable by this user only.
    pub fn save(&self, db: &Path) -> std::io::Result<()> {
        let target = path(db);
        let tmp = target.with_extension("json.tmp");
        let body = serde_json::to_vec(self).map_err(std::io::Error::other)?;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)?;
        file.write_all(&body)?;
        file.sync_all()?;
        std::fs::rename(&tmp, &target)?;
        if let Ok(dir) = std::fs::File::open(db) {
            let _ = dir.sync_all();
        }
        Ok(())
    }

    /// This user's draft for `db`, if there is a readable one.
    pub fn load(db: &Path) -> Option<Draft> {
        let bytes = std::fs::read(path(db)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    pub fn remove(db: &Path) {
        let _ = std::fs::remove_file(path(db));
    }

    /// The form again, as it was left.
    pub fn form(&self, store: &Store, settings: &FormSettings) -> Result<Form, String> {
        let mut form = match self.id {
            None => Form::new_record(store, settings, self.kind),
            Some(id) => Form::edit_record(store, settings, self.kind, id),
        }
        .map_err(|e| e.to_string())?;
        for (name, value) in &self.fields {
            let Some(field) = form.fields.iter_mut().find(|f| f.name == name) else {
                continue;
            };
            match (&mut field.kind, value) {
                (
                    FieldKind::Text(e)
                    | FieldKind::Number(e)
                    | FieldKind::Date(e)
                    | FieldKind::Money(e),
                    Value::Text(t),
                ) => *e = LineEdit::with_text(t),
                (FieldKind::Choice { options, index }, Value::Choice(c)) => {
                    if let Some(i) = options.iter().position(|o| o == c) {
                        *index = i;
                    }
                }
                (FieldKind::Multi { .. }, Value::Multi(ticked)) => {
                    if let FieldKind::Multi { chosen, .. } = &mut field.kind {
                        chosen.iter_mut().for_each(|c| *c = false);
                    }
                    for t in ticked {
                        field.add_option(t.clone());
                    }
                }
                (FieldKind::YesNo(b), Value::YesNo(v)) => *b = *v,
                (FieldKind::Reference { value, .. }, Value::Reference(v)) => *value = v.clone(),
                (FieldKind::Ticks { ticked, .. }, Value::Ticks(v)) => *ticked = v.clone(),
                _ => continue,
            }
            field.touched = true;
        }
        if self.id.is_some() {
            form.opened_at = self.opened_at;
        }
        form.dirty = true;
        form.refresh_visibility();
        Ok(form)
    }
}

impl Draft {
    /// "household ZZ-99" in the session's language: the label is kept in
    /// English in the draft file, its kind's noun first.
    fn shown_label(&self) -> String {
        let noun = self.kind.noun();
        match self.label.strip_prefix(noun) {
            Some(rest) => format!("{}{rest}", kumban_i18n::tr_text("noun", noun)),
            None => self.label.clone(),
        }
    }
}

/// At the start of a session: asks whether to resume this user's draft.
/// A read-only session leaves it for a session that can save it.
pub fn offer(app: &mut App) {
    if app.read_only.is_some() {
        return;
    }
    let Some(d) = Draft::load(app.store.path()) else {
        return;
    };
    app.popups.push(Popup::Confirm(Confirm {
        question: kumban_i18n::tr!("draft-offer", what = d.shown_label()),
        on_yes: OnYes::ResumeDraft,
    }));
}

/// The answer to `offer`: y opens the form as it was left, n throws the
/// draft away. Either way the file goes (a resumed form left unsaved
/// again is kept again).
pub fn answer(app: &mut App, resume: bool) {
    let db = app.store.path().to_path_buf();
    let draft = Draft::load(&db);
    Draft::remove(&db);
    let Some(d) = draft else {
        return;
    };
    if !resume {
        app.say(kumban_i18n::tr!("draft-thrown", what = d.shown_label()));
        return;
    }
    match d.form(&app.store, &app.settings) {
        Ok(form) => {
            app.popups.push(Popup::Form(Box::new(form)));
            app.say(kumban_i18n::tr!(
                "draft-resumed",
                what = d.shown_label(),
                key = kumban_forms::keys::SAVE.name()
            ));
        }
        Err(e) => app.fail(kumban_i18n::tr!(
            "draft-cannot-resume",
            what = d.shown_label(),
            why = e.to_string()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_model::Date;

    #[test]
    fn a_typed_household_form_comes_back_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        let store = Store::open(&db, "clerk").unwrap();
        let settings = FormSettings::new(Date::from_ymd(2026, 11, 28).unwrap());
        let mut form = Form::new_record(&store, &settings, RecordKind::Household).unwrap();
        assert!(Draft::of(&form).is_none(), "nothing typed, nothing kept");
        form.paste("ZZ-99");
        let draft = Draft::of(&form).unwrap();
        assert_eq!(draft.label, "household ZZ-99");
        // Kept in English in the file; said in the session's language.
        let offer = kumban_i18n::with_lang(kumban_i18n::Lang::Lo, || {
            kumban_i18n::tr!("draft-offer", what = draft.shown_label())
        });
        assert!(offer.starts_with("ທ່ານມີຄົວເຮືອນ ZZ-99 "), "{offer}");
        assert!(offer.ends_with("y/n"), "{offer}");
        draft.save(&db).unwrap();
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(path(&db)).unwrap().permissions(),
        );
        assert_eq!(mode & 0o777, 0o600);
        let back = Draft::load(&db).unwrap();
        assert_eq!(back, draft);
        let again = back.form(&store, &settings).unwrap();
        assert!(again.is_dirty());
        let values: Vec<String> = again.fields().iter().map(|f| f.value_text()).collect();
        let before: Vec<String> = form.fields().iter().map(|f| f.value_text()).collect();
        assert_eq!(values, before);
        Draft::remove(&db);
        assert!(Draft::load(&db).is_none());
    }

    #[test]
    fn a_half_filled_training_comes_back_with_its_ticked_households() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        let store = Store::open(&db, "clerk").unwrap();
        let mut ids = Vec::new();
        for code in ["BS-01", "BS-02", "BS-03"] {
            let h = kumban_model::Household {
                code: code.into(),
                head_name: "Head".into(),
                village: "Bansuo".into(),
                members: 1,
                phone: None,
                groups: vec![],
                demonstration: false,
                poverty: kumban_model::Poverty::Poor,
                baseline_income: None,
                enrolled_on: Date::from_ymd(2020, 1, 1).unwrap(),
                notes: String::new(),
            };
            ids.push(store.insert(h).unwrap().0);
        }
        let settings = FormSettings::new(Date::from_ymd(2026, 11, 28).unwrap());
        let mut form = Form::new_record(&store, &settings, RecordKind::Training).unwrap();
        let ticked = vec![(ids[0], "BS-01".to_string()), (ids[2], "BS-03".to_string())];
        form.set_ticks("attendees", ticked.clone());
        let draft = Draft::of(&form).unwrap();
        draft.save(&db).unwrap();
        let again = Draft::load(&db).unwrap().form(&store, &settings).unwrap();
        let field = again.field("attendees").unwrap();
        assert!(matches!(&field.kind, FieldKind::Ticks { ticked: t, .. } if *t == ticked));
        assert_eq!(field.value_text(), "BS-01, BS-03");
    }
}
