//! A repeated entry starts from the previous one's values: after saving a
//! new record with `n`, the next new form of the same kind is filled with
//! what the last one held, except what must differ (a code, which gets the
//! next free one instead) or rarely repeats (notes, a person's name or
//! phone). Carried text is a suggestion: the first key typed replaces it.

use super::field::{FieldKind, RefSource};
use super::form::Form;
use super::line_edit::LineEdit;

/// Fields never carried: unique codes, and what belongs to one record.
const NOT_CARRIED: [&str; 6] = ["code", "ear_tag", "notes", "head_name", "name", "phone"];

impl Form {
    /// Fills this new form with `previous`'s values (a form of the same
    /// kind, as it was saved). A reference the new form already has (the
    /// household of the list it was opened from) wins, and so do the
    /// fields that depend on it.
    pub fn carry_from(&mut self, previous: &Form) {
        if previous.kind != self.kind {
            return;
        }
        let kept: Vec<&'static str> = self
            .fields
            .iter()
            .filter(|f| matches!(&f.kind, FieldKind::Reference { value: Some(_), .. }))
            .map(|f| f.name)
            .collect();
        for field in &mut self.fields {
            if NOT_CARRIED.contains(&field.name) || kept.contains(&field.name) {
                continue;
            }
            if let FieldKind::Reference {
                source: RefSource::PenOf(on) | RefSource::AnimalOf(on) | RefSource::MemberOf(on),
                ..
            } = &field.kind
                && kept.contains(on)
            {
                continue;
            }
            let Some(old) = previous.fields.iter().find(|f| f.name == field.name) else {
                continue;
            };
            if let Some(kind) = carried(&old.kind, &field.kind) {
                field.kind = kind;
            }
        }
        self.refresh_visibility();
    }
}

/// The previous field's value in the new field's shape, when both are of
/// one kind.
fn carried(old: &FieldKind, new: &FieldKind) -> Option<FieldKind> {
    let text = |e: &LineEdit| LineEdit::suggestion(e.text());
    Some(match (old, new) {
        (FieldKind::Text(e), FieldKind::Text(_)) => FieldKind::Text(text(e)),
        (FieldKind::Number(e), FieldKind::Number(_)) => FieldKind::Number(text(e)),
        (FieldKind::Date(e), FieldKind::Date(_)) => FieldKind::Date(text(e)),
        (FieldKind::Money(e), FieldKind::Money(_)) => FieldKind::Money(text(e)),
        // By the option's word: the new form may offer other options.
        (
            FieldKind::Choice {
                options: was,
                index: at,
            },
            FieldKind::Choice { options, .. },
        ) => {
            let word = was.get(*at)?;
            FieldKind::Choice {
                options: options.clone(),
                index: options.iter().position(|o| o == word)?,
            }
        }
        (FieldKind::Multi { .. }, FieldKind::Multi { .. })
        | (FieldKind::Ticks { .. }, FieldKind::Ticks { .. })
        | (FieldKind::YesNo(_), FieldKind::YesNo(_)) => old.clone(),
        (FieldKind::Reference { value, .. }, FieldKind::Reference { source, .. }) => {
            FieldKind::Reference {
                source: source.clone(),
                value: value.clone(),
            }
        }
        _ => return None,
    })
}
