//! What the forms know of each record kind: its form for a new record and
//! for a stored one, how the fields become the record, and how messages
//! and reference fields name it. One impl per kind, in the kind's form
//! file (household.rs, pen.rs, ...); the generic code reaches them through
//! `for_kind!`, so a kind in the registry without an impl does not build.

use super::reader::Reader;
use super::{Built, Form, FormKind, FormSettings, OpenError};
use kumban_model::*;
use kumban_store::{Store, StoreError, Stored};

/// What a new record starts with when the clerk started from a related
/// view (the pens of one household, the breeding records of one cow).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Prefill {
    pub household: Option<HouseholdId>,
    pub cow: Option<AnimalId>,
}

/// A record kind as the forms enter it.
pub(crate) trait RecordForm: Kind {
    /// An empty form for a new record (the `n` key).
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError>;
    /// A form filled from a stored record (the `e` key).
    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Self>,
    ) -> Result<Form, OpenError>;
    /// The record the fields make: inserted when `id` is `None`.
    fn build(reader: &mut Reader, id: Option<u64>) -> Built;
    /// The record's name in the status bar: "BS-07", "served 2026-03-01".
    fn describe(&self) -> String;
    /// What a reference field to the record shows; `None` for kinds no
    /// field refers to.
    fn reference_label(&self) -> Option<String>;
}

impl FormKind {
    /// The form of a record of kind `K`, new when `id` is `None`.
    pub fn record<K: Kind>(id: Option<K::Id>) -> FormKind {
        FormKind::Record {
            kind: K::KIND,
            id: id.map(K::raw_id),
        }
    }
}

impl Form {
    /// An empty form for a new record of `kind` (the `n` key).
    pub fn new_record(
        store: &Store,
        settings: &FormSettings,
        kind: RecordKind,
    ) -> Result<Form, OpenError> {
        Form::new_record_from(store, settings, kind, Prefill::default())
    }

    /// An empty form for a new record of `kind`, with what the clerk
    /// started from filled in.
    pub fn new_record_from(
        store: &Store,
        settings: &FormSettings,
        kind: RecordKind,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        for_kind!(kind, K => K::new_form(store, settings, prefill))
    }

    /// A form filled from a stored record (the `e` key).
    pub fn edit_record(
        store: &Store,
        settings: &FormSettings,
        kind: RecordKind,
        id: u64,
    ) -> Result<Form, OpenError> {
        for_kind!(kind, K => edit_stored::<K>(store, settings, id))
    }
}

fn edit_stored<K: RecordForm>(
    store: &Store,
    settings: &FormSettings,
    id: u64,
) -> Result<Form, OpenError> {
    let stored = store.fetch::<K>(K::id_from(id))?;
    let mut form = K::edit_form(store, settings, &stored)?;
    form.opened_at = Some(stored.audit.updated_at);
    Ok(form)
}

/// The record a form of `kind` makes from its fields.
pub(crate) fn build_record(kind: RecordKind, reader: &mut Reader, id: Option<u64>) -> Built {
    for_kind!(kind, K => K::build(reader, id))
}

/// A record's name for messages.
pub(crate) fn describe(record: &AnyRecord) -> String {
    for_record!(record, r => r.describe())
}

/// The label a reference field shows for a stored id, or a plain "id N"
/// when the record is gone (the store will refuse the save and say so).
pub fn reference_label(store: &Store, kind: RecordKind, id: u64) -> Result<String, StoreError> {
    let label = for_kind!(kind, K => label_of::<K>(store, id)?);
    Ok(label.unwrap_or_else(|| {
        let noun = super::submission::noun(kind);
        kumban_i18n::tr!("form-reference-missing", noun = noun, id = id.to_string())
    }))
}

fn label_of<K: RecordForm>(store: &Store, id: u64) -> Result<Option<String>, StoreError> {
    Ok(store
        .get::<K>(K::id_from(id))?
        .and_then(|s| s.record.reference_label()))
}
