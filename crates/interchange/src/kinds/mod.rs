//! What exports and imports know of each record kind: its file, columns and
//! names, how a record becomes cells and how a row of cells is read back.
//! One file per kind; the generic code reaches them through `for_kind!` and
//! `for_record!`.

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

use crate::columns::Column;
use crate::from_cells::{Cells, Draft};
use crate::to_cells::{ExportError, Names};
use kumban_model::Kind;

/// A record kind as files carry it.
pub trait InterchangeKind: Kind {
    /// The file name stem (`households.csv`) and the key of the kind's
    /// array in the one-document JSON export.
    const STEM: &'static str;
    /// How counts name one and several records: "1 pen", "3 pens".
    const ONE: &'static str;
    const MANY: &'static str;
    /// The columns, in file order.
    const COLUMNS: &'static [Column];
    /// The cells of the record, in column order, with references written
    /// as the codes people use.
    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError>;
    /// Reads a row into a record whose references are still codes.
    fn draft(cells: &mut Cells) -> Draft;
    /// Puts the ids an import resolved the row's references to into the
    /// record; `None` while a reference it needs has no id yet.
    fn fill_refs(&mut self, ids: &Resolved) -> Option<()>;
}

/// The ids a row's references resolved to, by what they name (`None`: the
/// row names none).
pub struct Resolved {
    pub household: Option<u64>,
    pub pen: Option<u64>,
    /// The dam, the cow, or the animal an income log is about.
    pub animal: Option<u64>,
    pub calf: Option<u64>,
    /// The training an attendance is at, and the member attending.
    pub training: Option<u64>,
    pub member: Option<u64>,
    /// A calving's second calf (lineage).
    pub twin: Option<u64>,
    /// The herd bull a pregnancy names as sire.
    pub sire: Option<u64>,
}
