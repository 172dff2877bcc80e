//! `kumban check`: every record decodes and validates, every reference
//! resolves, every index agrees with the records.

use super::Local;
use super::envelope::{decode_change, decode_record};
use super::error::Result;
use super::keys;
use super::schema::{Tree, index_entries, meta};
use super::write::{Step, read_counter};
use kumban_model::*;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CheckProblem {
    pub place: String,
    pub message: String,
}

impl std::fmt::Display for CheckProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}",
            self.place,
            text::escape_for_display(&self.message)
        )
    }
}

impl Local {
    /// Reads the whole database and lists everything that is not as it
    /// should be. An empty list means the database is sound.
    ///
    /// No write lands while it reads (it holds the write lock): a check
    /// that saw half of a save would report an index or a total as wrong
    /// on a healthy database, and advise restoring a backup.
    pub fn check(&self) -> Result<Vec<CheckProblem>> {
        let _guard = self.lock();
        self.check_now()
    }

    /// `check`, by a caller that holds the write lock already.
    ///
    /// Streams: each tree is read in order and each record looked at on
    /// its own (its index entries are looked up, not collected), so memory
    /// stays flat whatever the size of the database.
    pub(crate) fn check_now(&self) -> Result<Vec<CheckProblem>> {
        let mut problems = Vec::new();
        let mut say =
            |place: String, message: String| problems.push(CheckProblem { place, message });
        // Per index tree: entries the records call for, and how many of
        // those are missing or different.
        let mut expected: HashMap<Tree, (u64, u64)> = HashMap::new();

        for kind in RecordKind::ALL {
            let mut max_id = 0;
            for item in self.tree(Tree::of_kind(kind))?.iter() {
                let (k, v) = item?;
                let Some(id) = keys::decode_id(&k).filter(|_| k.len() == 8) else {
                    say(
                        format!("{} tree", kind.noun()),
                        format!("malformed key of {} bytes", k.len()),
                    );
                    continue;
                };
                max_id = max_id.max(id);
                let place = format!("{} {id}", kind.noun());
                match decode_record(kind, id, &v) {
                    Err(e) => say(place, e.to_string()),
                    Ok((_, record)) => {
                        for p in record.validate() {
                            say(place.clone(), p.to_string());
                        }
                        for (t, key, value) in index_entries(id, &record) {
                            let e = expected.entry(t).or_default();
                            e.0 += 1;
                            if self.tree(t)?.get(&key)?.as_deref() != Some(value.as_slice()) {
                                e.1 += 1;
                            }
                        }
                    }
                }
            }
            let next = read_counter(self.tree(Tree::Meta)?.get(meta::next_id(kind))?.as_deref());
            if max_id > 0 && next <= max_id {
                say(
                    format!("{} id counter", kind.noun()),
                    format!(
                        "next id {next} is not above the highest id {max_id}; ids could be reused"
                    ),
                );
            }
        }

        // References and cross-record rules: re-run the store's own rules
        // as if each record were being saved again.
        for kind in RecordKind::ALL {
            for item in self.tree(Tree::of_kind(kind))?.iter() {
                let (k, v) = item?;
                let Some(id) = keys::decode_id(&k).filter(|_| k.len() == 8) else {
                    continue;
                };
                let Ok((_, record)) = decode_record(kind, id, &v) else {
                    continue;
                };
                let step = Step {
                    kind,
                    id,
                    before: None,
                    after: Some(record),
                };
                // An approval locks changes, not what is stored.
                let locks = super::review::Locks::none();
                if let Err(e) = super::rules::check_with(self, std::slice::from_ref(&step), &locks)
                {
                    let detail = match e.problems() {
                        [] => e.to_string(),
                        ps => ps
                            .iter()
                            .map(|p| p.to_string())
                            .collect::<Vec<_>>()
                            .join("; "),
                    };
                    say(format!("{} {id}", kind.noun()), detail);
                }
            }
        }

        for t in Tree::ALL.into_iter().filter(|t| t.is_index()) {
            let (want, missing) = expected.remove(&t).unwrap_or_default();
            let have = self.tree(t)?.len() as u64;
            // Every expected entry is distinct (the id is in its key or
            // its value), so what is there beyond the ones found is extra.
            let extra = have.saturating_sub(want - missing);
            if missing > 0 {
                say(
                    format!("index {}", t.name()),
                    format!("{missing} entries missing"),
                );
            }
            if extra > 0 {
                say(
                    format!("index {}", t.name()),
                    format!("{extra} entries that match no record"),
                );
            }
        }

        let kept = self.totals()?;
        let counted = super::aggregate::recount(self)?;
        let names: BTreeSet<&String> = kept.keys().chain(counted.keys()).collect();
        for name in names {
            let (k, c) = (
                kept.get(name).copied().unwrap_or(0),
                counted.get(name).copied().unwrap_or(0),
            );
            if k != c {
                say(
                    format!("total {name}"),
                    format!("kept as {k} but the records add up to {c}"),
                );
            }
        }

        for (place, message) in super::monthly::mismatches(self)? {
            say(place, message);
        }
        for (place, message) in super::health_due::mismatches(self)? {
            say(place, message);
        }

        for item in self.tree(Tree::History)?.iter() {
            let (k, v) = item?;
            let seq = keys::decode_id(&k).unwrap_or(0);
            if let Err(e) = decode_change(seq, &v) {
                say(format!("history entry {seq}"), e.to_string());
            }
        }
        Ok(problems)
    }
}
