//! Problems: reading the fields, routing each model or store problem to
//! the field it is about, and showing them.

use super::build;
use super::form::Form;
use super::reader::Reader;
use super::submission::Submission;
use kumban_i18n::tr;
use kumban_model::Problem;
use kumban_store::StoreError;

/// The result of reading every field: either something to save, or the
/// problems to show.
pub struct Evaluation {
    pub submission: Option<Submission>,
    pub field_errors: Vec<(usize, String)>,
    pub other: Vec<String>,
}

impl Form {
    /// Shows problems beside their fields: a store refusal (duplicate code,
    /// second pending pregnancy) after the form itself was valid. Problems
    /// about no field of this form go to the message line.
    pub fn show_problems(&mut self, problems: &[Problem]) {
        for f in &mut self.fields {
            f.error = None;
        }
        let mut errors = Vec::new();
        let mut other = Vec::new();
        for p in problems {
            match self.route(p.field) {
                Some(i) => errors.push((i, p.shown())),
                None => other.push(format!("{}: {}", p.field, p.shown())),
            }
        }
        self.apply_errors(&errors);
        if let Some(first) = errors.first() {
            self.focus = first.0;
        }
        self.message = Some(if other.is_empty() {
            tr!("form-not-saved-one")
        } else {
            tr!("form-not-saved-because", why = other.join("; "))
        });
    }

    /// A save that the store refused or could not write: the form stays
    /// open with what was typed, and says why.
    pub fn store_failed(&mut self, error: &StoreError) {
        if let StoreError::Changed { kind, by, at, .. } = error {
            // Their version is now the one this form knowingly replaces.
            self.opened_at = Some(*at);
            self.message = Some(tr!(
                "form-changed-since-opened",
                by = kumban_model::text::escape_for_display(by),
                noun = super::submission::noun(*kind),
                at = kumban_store::record::format_stamp(*at),
                save = super::keys::SAVE.name(),
                close = super::keys::CLOSE.name()
            ));
            return;
        }
        if error.problems().is_empty() {
            self.message = Some(error.to_string());
        } else {
            self.show_problems(error.problems());
        }
    }

    pub fn evaluate(&self) -> Evaluation {
        let mut reader = Reader::new(&self.fields, &self.settings);
        let built = build(&self.kind, &mut reader);
        // With stand-in values the record's own problems could be about the
        // stand-ins rather than what was typed: show the parse errors only.
        if reader.stand_ins {
            return Evaluation {
                submission: None,
                field_errors: reader.errors,
                other: Vec::new(),
            };
        }
        let complete = reader.errors.is_empty();
        let mut field_errors = reader.errors;
        let mut other = Vec::new();
        for p in &built.problems {
            match self.route(p.field) {
                Some(i) => field_errors.push((i, p.shown())),
                None => other.push(format!("{}: {}", p.field, p.shown())),
            }
        }
        field_errors.sort_by_key(|(i, _)| *i);
        Evaluation {
            submission: complete.then_some(built.submission),
            field_errors,
            other,
        }
    }

    pub(super) fn route(&self, model_field: &str) -> Option<usize> {
        self.fields
            .iter()
            .position(|f| f.visible && f.models.contains(&model_field))
    }

    pub(super) fn apply_errors(&mut self, errors: &[(usize, String)]) {
        for (i, m) in errors {
            if let Some(f) = self.fields.get_mut(*i) {
                f.error = Some(match f.error.take() {
                    Some(e) => format!("{e}; {m}"),
                    None => m.clone(),
                });
            }
        }
    }

    /// When focus leaves a field, re-check the fields the clerk touched so
    /// a fixed mistake stops being marked and a new one shows at once.
    pub(super) fn recheck_touched(&mut self) {
        let eval = self.evaluate();
        for (i, f) in self.fields.iter_mut().enumerate() {
            if f.touched || f.error.is_some() {
                let msgs: Vec<&str> = eval
                    .field_errors
                    .iter()
                    .filter(|(j, _)| *j == i)
                    .map(|(_, m)| m.as_str())
                    .collect();
                f.error = (!msgs.is_empty()).then(|| msgs.join("; "));
            }
        }
    }
}
