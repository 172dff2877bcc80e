//! The columns of every export file, in order. This table is the export
//! format: the CSV header, the JSON keys and the importer all read it, and
//! docs/export-format.md describes each column. Never rename or reorder a
//! column; add new ones at the end of a file.

use crate::kinds::InterchangeKind;
use kumban_model::RecordKind;

/// How a cell is written in JSON (CSV cells are all text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// A string; `null` in JSON when empty.
    Text,
    /// A whole number.
    Int,
    /// `yes`/`no` in CSV, `true`/`false` in JSON.
    Bool,
    /// Production groups: space-separated in CSV, an array in JSON.
    List,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub cell: Cell,
    /// Must be present in the header of an imported file. Optional columns
    /// may be left out (a spreadsheet of households needs only the five
    /// required ones); their cells are then read as empty.
    pub required: bool,
}

pub(crate) const fn col(name: &'static str, cell: Cell, required: bool) -> Column {
    Column {
        name,
        cell,
        required,
    }
}

pub fn of(kind: RecordKind) -> &'static [Column] {
    kumban_model::for_kind!(kind, K => <K as InterchangeKind>::COLUMNS)
}

/// The file name stem of a kind: `households`, `pens`, ... Also the key of
/// the kind's array in the one-document JSON export.
pub fn stem(kind: RecordKind) -> &'static str {
    kumban_model::for_kind!(kind, K => <K as InterchangeKind>::STEM)
}

pub fn kind_of_stem(stem: &str) -> Option<RecordKind> {
    RecordKind::ALL
        .into_iter()
        .find(|k| self::stem(*k).eq_ignore_ascii_case(stem))
}

/// A header cell as a column name: `Head name` reads as `head_name`, so a
/// spreadsheet's friendlier headings still match.
pub fn normalise(header: &str) -> String {
    header
        .trim()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("_")
}

/// The kind whose columns fit a header: every required column present and
/// no unknown one. Used for a file whose name does not say.
pub fn guess_kind(names: &[String]) -> Option<RecordKind> {
    let fits = |kind: RecordKind| {
        let cols = of(kind);
        cols.iter()
            .filter(|c| c.required)
            .all(|c| names.iter().any(|n| n == c.name))
            && names.iter().all(|n| cols.iter().any(|c| c.name == n))
    };
    let mut found = RecordKind::ALL.into_iter().filter(|k| fits(*k));
    match (found.next(), found.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_within_a_file_and_guessing_works() {
        for kind in RecordKind::ALL {
            let cols = of(kind);
            for (i, c) in cols.iter().enumerate() {
                assert!(!cols[i + 1..].iter().any(|d| d.name == c.name));
                assert_eq!(normalise(c.name), c.name);
            }
            let all: Vec<String> = cols.iter().map(|c| c.name.to_string()).collect();
            assert_eq!(guess_kind(&all), Some(kind));
            assert_eq!(kind_of_stem(stem(kind)), Some(kind));
        }
        let minimal: Vec<String> = ["code", "head_name", "village", "members", "enrolled_on"]
            .map(String::from)
            .to_vec();
        assert_eq!(guess_kind(&minimal), Some(RecordKind::Household));
        assert_eq!(normalise(" Head  Name "), "head_name");
        assert_eq!(guess_kind(&["code".into(), "colour".into()]), None);
    }
}
