//! The district roll-up: a month's figures per village as a DHIS2 data
//! value set, with the district's codes from `dhis2.json` in the database
//! folder (docs/export-format.md, "DHIS2").

#[allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "the DHIS2 export command prints what it wrote, or the mapping to fill in"
)]
pub mod command;
pub mod mapping;
pub mod values;
pub mod write;

pub use mapping::{Mapping, MappingError};
pub use values::{Figure, Indicator, Value};

use super::atomic_file;
use kumban_model::{Household, Period};
use kumban_store::{Store, StoreError};
use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// JSON for `/api/dataValueSets`, or DHIS2's CSV data value format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Json,
    Csv,
}

#[derive(Debug, thiserror::Error)]
pub enum Dhis2Error {
    #[error(transparent)]
    Mapping(#[from] MappingError),
    /// The mapping names no code (or an unusable one) for these; nothing
    /// was written.
    #[error("{} codes missing or wrong in {}", .problems.len(), .path.display())]
    Codes {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write {path}: {error}; check the folder exists and is writable")]
    Io { path: PathBuf, error: io::Error },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dhis2Summary {
    pub values: usize,
    pub villages: usize,
}

/// The villages of the database's households, in name order.
pub fn villages(store: &Store) -> Result<Vec<String>, StoreError> {
    let mut out = BTreeSet::new();
    for h in store.all::<Household>() {
        out.insert(h?.record.village);
    }
    Ok(out.into_iter().collect())
}

/// Writes `period`'s data value set for the database at `db` to `out`
/// (`-`: standard output). Nothing is written unless the mapping covers
/// every value.
pub fn export(
    store: &Store,
    db: &Path,
    shape: Shape,
    period: Period,
    out: &Path,
) -> Result<Dhis2Summary, Dhis2Error> {
    let mapping = mapping::load(db)?;
    let values = store.without_writes(|| values::compute(store, period))?;
    let villages: Vec<String> = values
        .iter()
        .map(|v| v.village.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let problems = mapping.problems(&villages);
    if !problems.is_empty() {
        return Err(Dhis2Error::Codes {
            path: mapping::path_in(db),
            problems,
        });
    }
    let fill = |w: &mut dyn Write| match shape {
        Shape::Json => write::json(&mapping, period, &values, w),
        Shape::Csv => write::csv(&mapping, period, &values, w),
    };
    let n = if out == Path::new("-") {
        let stdout = io::stdout();
        let mut lock = io::BufWriter::new(stdout.lock());
        fill(&mut lock)
            .and_then(|n| lock.flush().map(|_| n))
            .map_err(|error| Dhis2Error::Io {
                path: crate::export::STANDARD_OUTPUT.into(),
                error,
            })?
    } else {
        atomic_file::write(out, |w| fill(w)).map_err(|error| Dhis2Error::Io {
            path: out.to_path_buf(),
            error,
        })?
    };
    Ok(Dhis2Summary {
        values: n,
        villages: villages.len(),
    })
}
