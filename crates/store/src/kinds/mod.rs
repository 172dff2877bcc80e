//! What the store keeps for each record kind: its tree and codec tag, its
//! index entries, the rules that involve other records, what refuses its
//! delete, and what it adds to the running totals. One file per kind; the
//! generic code reaches them through `for_kind!` / `for_record!`.

mod animal;
mod health;
mod household;
mod income;
mod member;
mod pen;
mod pregnancy;
mod rate;
mod training;
mod visit;
mod weight;

use crate::error::Result;
use crate::rules::View;
use crate::schema::{IndexEntry, Tree};
use kumban_model::Kind;

/// A record kind as the store keeps it.
pub trait StoreKind: Kind {
    /// The tree of the records (`Tree::of_kind`).
    const TREE: Tree;
    /// The codec tag of the stored bytes; never reused.
    const TAG: u8;
    /// The index entries of the record with this id.
    fn index_entries(&self, id: u64) -> Vec<IndexEntry>;
    /// The rules that involve other records, against the store as it will
    /// be after the transaction.
    fn check(&self, view: &View, id: u64) -> Result<()>;
    /// What still points at the record, which refuses its delete: the
    /// record as named in the message, and what refers to it.
    fn delete_blockers(&self, view: &View, id: u64) -> Result<Blockers>;
    /// What the record adds to the running totals (pen occupancy aside).
    fn contribution(&self, add: &mut dyn FnMut(String, i64));
    /// What the record adds to the monthly income sums (`monthly`): only
    /// income logs add anything.
    fn month_sums(&self, _add: &mut dyn FnMut(crate::monthly::Cell, crate::monthly::Figures)) {}
}

/// What keeps a record from being deleted.
#[derive(Default)]
pub struct Blockers {
    pub what: String,
    pub by: Vec<String>,
}

impl Blockers {
    pub fn of(what: String) -> Blockers {
        Blockers {
            what,
            by: Vec::new(),
        }
    }

    /// Counts `n` referring records under their singular or plural name.
    pub fn count(&mut self, n: usize, one: &str, many: &str) {
        if n == 1 {
            self.by.push(format!("1 {one}"));
        } else if n > 1 {
            self.by.push(format!("{n} {many}"));
        }
    }
}
