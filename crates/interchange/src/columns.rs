//! The columns of every export file, in order. This table is the export
//! format: the CSV header, the JSON keys and the importer all read it, and
//! docs/export-format.md describes each column. Never rename or reorder a
//! column; add new ones at the end of a file.

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

const fn col(name: &'static str, cell: Cell, required: bool) -> Column {
    Column {
        name,
        cell,
        required,
    }
}

use Cell::{Bool, Int, List, Text};

pub const HOUSEHOLDS: &[Column] = &[
    col("code", Text, true),
    col("head_name", Text, true),
    col("village", Text, true),
    col("members", Int, true),
    col("phone", Text, false),
    col("groups", List, false),
    col("demonstration", Bool, false),
    col("poverty", Text, false),
    col("exited_on", Text, false),
    col("baseline_income", Text, false),
    col("baseline_currency", Text, false),
    col("enrolled_on", Text, true),
    col("notes", Text, false),
];

pub const PENS: &[Column] = &[
    col("household", Text, true),
    col("label", Text, true),
    col("capacity", Int, true),
    col("status", Text, false),
    col("inspected_on", Text, false),
    col("inspected_by", Text, false),
    col("notes", Text, false),
];

pub const ANIMALS: &[Column] = &[
    col("ear_tag", Text, true),
    col("sex", Text, true),
    col("breed", Text, true),
    col("born_on", Text, true),
    col("born_estimated", Bool, false),
    col("origin", Text, true),
    col("origin_date", Text, false),
    col("dam", Text, false),
    col("household", Text, true),
    col("pen", Text, false),
    col("status", Text, false),
    col("status_date", Text, false),
    col("sale_price", Text, false),
    col("sale_currency", Text, false),
    col("death_cause", Text, false),
    col("notes", Text, false),
];

pub const PREGNANCIES: &[Column] = &[
    col("cow", Text, true),
    col("service_date", Text, true),
    col("method", Text, true),
    col("sire", Text, false),
    col("confirmed_on", Text, false),
    col("gestation_days", Int, false),
    col("expected_calving", Text, false),
    col("outcome", Text, false),
    col("outcome_date", Text, false),
    col("calf", Text, false),
    col("loss_reason", Text, false),
];

pub const INCOME: &[Column] = &[
    col("household", Text, true),
    col("date", Text, true),
    col("group", Text, true),
    col("flow", Text, true),
    col("amount", Text, true),
    col("currency", Text, true),
    col("description", Text, false),
    col("animal", Text, false),
];

pub fn of(kind: RecordKind) -> &'static [Column] {
    match kind {
        RecordKind::Household => HOUSEHOLDS,
        RecordKind::Pen => PENS,
        RecordKind::Animal => ANIMALS,
        RecordKind::Pregnancy => PREGNANCIES,
        RecordKind::Income => INCOME,
    }
}

/// The file name stem of a kind: `households`, `pens`, ... Also the key of
/// the kind's array in the one-document JSON export.
pub fn stem(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Household => "households",
        RecordKind::Pen => "pens",
        RecordKind::Animal => "animals",
        RecordKind::Pregnancy => "pregnancies",
        RecordKind::Income => "income",
    }
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
