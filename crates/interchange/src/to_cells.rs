//! Records as rows of cells, in the order of `columns`, with references
//! written as the codes people use: household code, ear tag, pen label.

use crate::kinds::InterchangeKind;
use kumban_model::*;
use kumban_store::{Store, StoreError};
use std::collections::HashMap;

/// Ids to codes, read once before writing.
#[derive(Debug, Default)]
pub struct Names {
    pub(crate) households: HashMap<u64, String>,
    pub(crate) pens: HashMap<u64, String>,
    pub(crate) animals: HashMap<u64, String>,
    /// Members as (household code, name), as members.csv names them.
    pub(crate) members: HashMap<u64, (String, String)>,
    /// Trainings as (date, topic, place), as trainings.csv names them.
    pub(crate) trainings: HashMap<u64, (String, String, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "{what} refers to {target} id {id}, which does not exist; run `kumban check` and restore a backup"
    )]
    Dangling {
        what: String,
        target: &'static str,
        id: u64,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Names {
    pub fn read(store: &Store) -> Result<Names, StoreError> {
        let mut n = Names::default();
        for h in store.all::<Household>() {
            let h = h?;
            n.households.insert(h.id, h.record.code);
        }
        for p in store.all::<Pen>() {
            let p = p?;
            n.pens.insert(p.id, p.record.label);
        }
        for a in store.all::<Animal>() {
            let a = a?;
            n.animals.insert(a.id, a.record.ear_tag);
        }
        for m in store.all::<Member>() {
            let m = m?;
            // A member of a household gone is named by an empty code;
            // the member's own row then reports the dangling household.
            let code = n
                .households
                .get(&m.record.household.0)
                .cloned()
                .unwrap_or_default();
            n.members.insert(m.id, (code, m.record.name));
        }
        for t in store.all::<Training>() {
            let t = t?;
            let r = t.record;
            n.trainings
                .insert(t.id, (r.date.to_string(), r.topic, r.place));
        }
        Ok(n)
    }

    pub fn name(
        map: &HashMap<u64, String>,
        target: &'static str,
        id: u64,
        what: &dyn Fn() -> String,
    ) -> Result<String, ExportError> {
        map.get(&id).cloned().ok_or_else(|| ExportError::Dangling {
            what: what(),
            target,
            id,
        })
    }
}

pub(crate) fn opt_date(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The cells of one record, in column order.
pub fn cells(record: &AnyRecord, names: &Names) -> Result<Vec<String>, ExportError> {
    kumban_model::for_record!(record, r => r.cells(names))
}
