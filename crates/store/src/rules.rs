//! The rules that involve more than one record: unique codes, references
//! that resolve, one pending pregnancy per cow, and deletes refused while
//! something points at the record. Checked under the write lock, before the
//! transaction, against the store as it will be after the steps.

use super::error::{Result, StoreError};
use super::kinds::{Blockers, StoreKind};
use super::review::Locks;
use super::schema::{Record, Tree, index_entries};
use super::write::Step;
use super::{Local, keys};
use kumban_model::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The store seen through the steps about to be written.
pub(crate) struct View<'a> {
    pub(crate) store: &'a Local,
    pending: HashMap<(RecordKind, u64), Option<&'a AnyRecord>>,
    /// Index entries the pending records will have, by tree, for prefix
    /// scans; built once so a large batch checks in O(n log n).
    pending_index: HashMap<Tree, BTreeMap<Vec<u8>, u64>>,
}

impl<'a> View<'a> {
    pub(crate) fn new(store: &'a Local, steps: &'a [Step]) -> View<'a> {
        let mut pending_index: HashMap<Tree, BTreeMap<Vec<u8>, u64>> = HashMap::new();
        for s in steps {
            if let Some(after) = &s.after {
                for (t, key, _) in index_entries(s.id, after) {
                    pending_index.entry(t).or_default().insert(key, s.id);
                }
            }
        }
        View {
            store,
            pending: steps
                .iter()
                .map(|s| ((s.kind, s.id), s.after.as_ref()))
                .collect(),
            pending_index,
        }
    }

    /// A record as stored, before this transaction.
    pub(crate) fn stored<R: Record>(&self, id: u64) -> Result<Option<R>> {
        Ok(self.store.get::<R>(R::id_from(id))?.map(|s| s.record))
    }

    pub(crate) fn get<R: Record>(&self, id: u64) -> Result<Option<R>> {
        if let Some(p) = self.pending.get(&(R::KIND, id)) {
            return Ok(p.and_then(|r| R::from_any(r.clone())));
        }
        Ok(self.store.get::<R>(R::id_from(id))?.map(|s| s.record))
    }

    /// Ids in an index under `prefix`, with this transaction's changes applied.
    pub(crate) fn referrers(&self, t: Tree, kind: RecordKind, prefix: &[u8]) -> Result<Vec<u64>> {
        let mut ids = self.store.ids_with_prefix(t, prefix)?;
        // A stored entry is stale if its record is being deleted or changed
        // in this transaction; the pending entries below replace it.
        ids.retain(|id| !self.pending.contains_key(&(kind, *id)));
        if let Some(entries) = self.pending_index.get(&t) {
            let mut seen: BTreeSet<u64> = ids.iter().copied().collect();
            for (_, id) in entries
                .range(prefix.to_vec()..)
                .take_while(|(k, _)| k.starts_with(prefix))
            {
                if seen.insert(*id) {
                    ids.push(*id);
                }
            }
        }
        Ok(ids)
    }
}

fn check_step(view: &View, s: &Step, locks: &Locks) -> Result<()> {
    match &s.after {
        Some(after) => check_record(view, s.id, after)?,
        None => check_delete(view, s)?,
    }
    locks.check(view, s)
}

pub(crate) fn check(store: &Local, steps: &[Step]) -> Result<()> {
    check_with(store, steps, &Locks::load(store)?)
}

/// `check` against the given approved months (`Locks::none()` for a
/// rule check of what is stored, where nothing changes).
pub(crate) fn check_with(store: &Local, steps: &[Step], locks: &Locks) -> Result<()> {
    let view = View::new(store, steps);
    for s in steps {
        check_step(&view, s, locks)?;
    }
    Ok(())
}

/// Like `check`, but goes on after a refusal and returns every refused
/// step's index with its reason, so an import can list them all. Errors
/// other than refusals (a read failing) still stop it.
pub(crate) fn check_all(store: &Local, steps: &[Step]) -> Result<Vec<(usize, StoreError)>> {
    let view = View::new(store, steps);
    let locks = Locks::load(store)?;
    let mut refused = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        match check_step(&view, s, &locks) {
            Ok(()) => {}
            Err(e @ (StoreError::Refused { .. } | StoreError::Referenced { .. })) => {
                refused.push((i, e))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(refused)
}

/// A rule's refusal, with the message unsaid so the form says it in the
/// session's language (its English is kept for logs and the wire).
pub(crate) fn refused_said(
    kind: RecordKind,
    field: &'static str,
    words: kumban_i18n::Message,
) -> StoreError {
    StoreError::Refused {
        kind,
        problems: vec![kumban_model::Problem::said(field, words)],
    }
}

pub(crate) fn unique(view: &View, t: Tree, key: &str, id: u64) -> Result<Option<u64>> {
    // Another record of the same transaction may claim the code too.
    if let Some(other) = view
        .pending_index
        .get(&t)
        .and_then(|m| m.get(key.as_bytes()))
        .filter(|o| **o != id)
    {
        return Ok(Some(*other));
    }
    let other = match view.store.tree(t)?.get(key.as_bytes())? {
        Some(v) => keys::decode_id(&v),
        None => None,
    };
    // The holder of the code may itself be changing in this transaction.
    Ok(other.filter(|o| *o != id))
}

fn check_record(view: &View, id: u64, record: &AnyRecord) -> Result<()> {
    for_record!(record, r => r.check(view, id))
}

pub(crate) fn household_exists(view: &View, kind: RecordKind, h: HouseholdId) -> Result<()> {
    if view.get::<Household>(h.0)?.is_none() {
        return Err(refused_said(
            kind,
            "household",
            kumban_i18n::Message::new("store-no-household").with("id", h.to_string()),
        ));
    }
    Ok(())
}

fn check_delete(view: &View, step: &Step) -> Result<()> {
    let Some(before) = &step.before else {
        return Ok(());
    };
    let Blockers { what, by } = for_record!(&before.record, r => r.delete_blockers(view, step.id))?;
    if by.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Referenced { what, by })
    }
}
