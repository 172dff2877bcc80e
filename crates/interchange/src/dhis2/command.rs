//! `kumban export --format dhis2|csv --period YYYY-MM` as main runs it:
//! write, or say what the mapping lacks, and return the exit status.

use super::{Dhis2Error, Mapping, MappingError, Shape};
use crate::commands::{Outcome, shown};
use kumban_model::Period;
use kumban_model::text::escape_for_display;
use kumban_store::Store;
use std::path::Path;
use std::process::ExitCode;

pub fn export(store: &Store, db: &Path, shape: Shape, period: Period, out: &Path) -> Outcome {
    match super::export(store, db, shape, period, out) {
        Ok(s) => {
            // Standard output carries the data; the summary goes aside.
            let what = match shape {
                Shape::Json => "DHIS2 data value set",
                Shape::Csv => "DHIS2 data values (CSV)",
            };
            let line = format!(
                "Exported the {what} of {period}: {} values for {} villages to {}.",
                s.values,
                s.villages,
                if out == Path::new("-") {
                    "standard output".into()
                } else {
                    shown(out)
                }
            );
            if out == Path::new("-") {
                eprintln!("{line}");
            } else {
                println!("{line}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(Dhis2Error::Mapping(MappingError::Missing(path))) => {
            let villages = super::villages(store)?;
            eprintln!(
                "kumban: no DHIS2 mapping at {}; nothing was written. Write the district's codes there, in this form (docs/export-format.md, \"DHIS2 mapping\"), filling in every \"\":",
                shown(&path)
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
                "kumban: {} code{} missing or wrong in {} (listed above); nothing was written. Correct the mapping and export again.",
                problems.len(),
                if problems.len() == 1 { " is" } else { "s are" },
                shown(&path)
            );
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.into()),
    }
}
