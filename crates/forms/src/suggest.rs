//! A new record's code field starts with the next free code after the
//! last one entered (`Store::next_household_code`, `next_ear_tag`), which
//! the first key typed replaces (`LineEdit::suggestion`). A store that cannot say leaves it empty: a
//! suggestion is no reason to refuse opening the form.

use super::field::{Field, FieldKind};
use super::line_edit::LineEdit;
use kumban_store::{Result, Store};

/// Which code a field suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Code {
    Household,
    EarTag,
}

/// The next free code of that kind, if there is one to suggest.
pub(crate) fn next_code(store: &Store, code: Code) -> Option<String> {
    let found: Result<Option<String>> = match code {
        Code::Household => store.next_household_code(),
        Code::EarTag => store.next_ear_tag(),
    };
    found.ok().flatten()
}

/// Puts the next free code into the empty text field `name`.
pub(crate) fn suggest(store: &Store, fields: &mut [Field], name: &str, code: Code) {
    let Some(field) = fields.iter_mut().find(|f| f.name == name) else {
        return;
    };
    if let FieldKind::Text(edit) = &mut field.kind
        && edit.text().is_empty()
        && let Some(next) = next_code(store, code)
    {
        *edit = LineEdit::suggestion(&next);
    }
}
