//! `kumban export --format dhis2|csv --period YYYY-MM` as main runs it:
//! write, or say what the mapping lacks, and return the exit status.

use super::{Dhis2Error, Mapping, MappingError, Shape};
use crate::commands::{Outcome, shown};
use kumban_i18n::tr;
use kumban_model::Period;
use kumban_model::text::escape_for_display;
use kumban_store::Store;
use std::path::Path;
use std::process::ExitCode;

pub fn export(store: &Store, db: &Path, shape: Shape, period: Period, out: &Path) -> Outcome {
    match super::export(store, db, shape, period, out) {
        Ok(s) => {
            // Standard output carries the data; the summary goes aside.
            let id = match shape {
                Shape::Json => "dhis2-exported-json",
                Shape::Csv => "dhis2-exported-csv",
            };
            let to = if out == Path::new("-") {
                tr!("exp-standard-output")
            } else {
                shown(out)
            };
            let line = tr!(
                id,
                period = period.to_string(),
                values = s.values,
                villages = s.villages,
                path = to
            );
            if out == Path::new("-") {
                eprintln!("{line}");
            } else {
                crate::outln!("{line}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(Dhis2Error::Mapping(MappingError::Missing(path))) => {
            let villages = super::villages(store)?;
            eprintln!(
                "kumban: {}",
                tr!("dhis2-no-mapping-template", path = shown(&path))
            );
            // serde_json escapes control characters but not bidi or
            // invisible ones a village name might hold.
            for line in Mapping::template(&villages).to_pretty_json().lines() {
                eprintln!("{}", escape_for_display(line));
            }
            Ok(ExitCode::from(1))
        }
        Err(Dhis2Error::Codes { path, problems }) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!(
                "kumban: {}",
                tr!(
                    "dhis2-codes-refused",
                    n = problems.len(),
                    path = shown(&path)
                )
            );
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.into()),
    }
}
