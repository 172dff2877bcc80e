//! `dhis2.json` in the database folder: the district's codes for what
//! kumban reports. One data element code per indicator, one category
//! option combo code per currency (income and expense are reported per
//! currency), one organisation unit code per village.

use super::values::Indicator;
use crate::atomic_file;
use kumban_i18n::tr;
use kumban_model::Currency;
use kumban_model::text::escape_for_display;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The mapping file's name, in the database folder.
pub const FILE_NAME: &str = "dhis2.json";

/// DHIS2 keeps codes of up to 50 characters.
pub const MAX_CODE_CHARS: usize = 50;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Mapping {
    /// Indicator key (`households_enrolled`) → data element code.
    pub data_elements: BTreeMap<String, String>,
    /// Currency (`LAK`) → category option combo code.
    pub category_option_combos: BTreeMap<String, String>,
    /// Village, as on the Households screen → organisation unit code.
    pub org_units: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum MappingError {
    #[error("no DHIS2 mapping at {}", shown(.0))]
    Missing(PathBuf),
    #[error("cannot read {}: {error}; check the file's permissions", shown(.path))]
    Unreadable { path: PathBuf, error: io::Error },
    #[error("{} is not a DHIS2 mapping: {why}; correct it as docs/export-format.md (\"DHIS2 mapping\") shows", shown(.path))]
    Invalid { path: PathBuf, why: String },
}

fn shown(p: &Path) -> String {
    escape_for_display(&p.display().to_string()).into_owned()
}

pub fn path_in(db: &Path) -> PathBuf {
    db.join(FILE_NAME)
}

/// Reads the mapping of the database at `db`.
pub fn load(db: &Path) -> Result<Mapping, MappingError> {
    let path = path_in(db);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(MappingError::Missing(path)),
        Err(error) => return Err(MappingError::Unreadable { path, error }),
    };
    serde_json::from_slice(&bytes).map_err(|e| MappingError::Invalid {
        path,
        why: e.to_string(),
    })
}

/// Why a code cannot go into a data value set, if it cannot.
fn code_problem(code: &str) -> Option<String> {
    if code.trim().is_empty() {
        return Some(tr!("dhis2-code-empty"));
    }
    if code.chars().count() > MAX_CODE_CHARS {
        return Some(tr!("dhis2-code-too-long"));
    }
    if code.chars().any(kumban_model::text::is_forbidden) || code.trim() != code {
        return Some(tr!("dhis2-code-control"));
    }
    if code.starts_with(['=', '+', '-', '@']) {
        return Some(tr!("dhis2-code-formula"));
    }
    None
}

impl Mapping {
    /// Every code this export needs that the mapping lacks or spoils,
    /// one line each; empty when the export can go ahead. `villages`
    /// are the villages the export reports.
    pub fn problems(&self, villages: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        let mut need = |section: &str, name: &str, code: Option<&String>| match code {
            None => out.push(tr!(
                "dhis2-no-code",
                section = section,
                name = escape_for_display(name).into_owned()
            )),
            Some(c) => {
                if let Some(why) = code_problem(c) {
                    out.push(tr!(
                        "dhis2-bad-code",
                        section = section,
                        name = escape_for_display(name).into_owned(),
                        code = escape_for_display(c).into_owned(),
                        why = why
                    ));
                }
            }
        };
        for i in Indicator::ALL {
            need("dataElements", i.key(), self.data_elements.get(i.key()));
        }
        for c in Currency::ALL {
            need(
                "categoryOptionCombos",
                c.code(),
                self.category_option_combos.get(c.code()),
            );
        }
        for v in villages {
            need("orgUnits", v, self.org_units.get(v));
        }
        // A misspelt indicator or currency would otherwise pass unseen
        // while the one meant is reported missing.
        for key in self.data_elements.keys() {
            if Indicator::from_key(key).is_none() {
                out.push(tr!(
                    "dhis2-unknown-indicator",
                    key = escape_for_display(key).into_owned()
                ));
            }
        }
        for key in self.category_option_combos.keys() {
            if Currency::parse(key).is_none_or(|c| c.code() != key) {
                out.push(tr!(
                    "dhis2-unknown-currency",
                    key = escape_for_display(key).into_owned()
                ));
            }
        }
        out
    }

    /// A mapping with every indicator and currency and the given
    /// villages, codes filled by `code` (blank for a template to fill in).
    fn covering(villages: &[(String, String)], code: impl Fn(&str, &str) -> String) -> Mapping {
        Mapping {
            data_elements: Indicator::ALL
                .iter()
                .map(|i| (i.key().to_string(), code("KB_", i.key())))
                .collect(),
            category_option_combos: Currency::ALL
                .iter()
                .map(|c| (c.code().to_string(), code("KB_", c.code())))
                .collect(),
            org_units: villages.iter().cloned().collect(),
        }
    }

    /// The example kumban suggests: codes `KB_HOUSEHOLDS_ENROLLED`,
    /// `KB_LAK`, and the organisation unit codes given.
    pub fn example(org_units: &[(String, String)]) -> Mapping {
        Mapping::covering(org_units, |prefix, key| {
            format!("{prefix}{}", key.to_uppercase())
        })
    }

    /// Every name filled in and every code blank, for the office to
    /// complete with its district's codes.
    pub fn template(villages: &[String]) -> Mapping {
        let blank: Vec<(String, String)> = villages
            .iter()
            .map(|v| (v.clone(), String::new()))
            .collect();
        Mapping::covering(&blank, |_, _| String::new())
    }

    pub fn to_pretty_json(&self) -> String {
        // A map of strings always serialises.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Writes `mapping` as the database's `dhis2.json`, unless one is there
/// already: an office's own codes are never replaced. True if written.
pub fn write_if_absent(db: &Path, mapping: &Mapping) -> io::Result<bool> {
    let path = path_in(db);
    if path.exists() {
        return Ok(false);
    }
    atomic_file::write(&path, |w| {
        w.write_all(mapping.to_pretty_json().as_bytes())?;
        w.write_all(b"\n")
    })?;
    // In an office's shared folder every member may edit the codes.
    kumban_store::access::share(db, &path);
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn villages() -> Vec<String> {
        vec!["Bansuo".into(), "Xianglong".into()]
    }

    #[test]
    fn the_example_needs_nothing_more() {
        let m = Mapping::example(&[
            ("Bansuo".into(), "KB-BANSUO".into()),
            ("Xianglong".into(), "KB-XIANGLONG".into()),
        ]);
        assert_eq!(m.problems(&villages()), Vec::<String>::new());
        assert_eq!(m.data_elements["cows_pregnant"], "KB_COWS_PREGNANT");
        assert_eq!(m.category_option_combos["LAK"], "KB_LAK");
    }

    #[test]
    fn a_template_lists_every_blank() {
        let p = Mapping::template(&villages()).problems(&villages());
        assert_eq!(p.len(), Indicator::ALL.len() + Currency::ALL.len() + 2);
        assert!(p.contains(&"orgUnits: the code of \"Xianglong\" () is empty".to_string()));
    }

    #[test]
    fn missing_misspelt_and_unsafe_codes_are_named() {
        let mut m = Mapping::example(&[("Bansuo".into(), "KB-BANSUO".into())]);
        m.data_elements.remove("calvings");
        m.data_elements.insert("calving".into(), "X".into());
        m.category_option_combos.insert("lak".into(), "Y".into());
        m.org_units.insert("Bansuo".into(), "=HYPERLINK()".into());
        let p = m.problems(&villages());
        assert_eq!(
            p,
            vec![
                "dataElements: no code for \"calvings\"".to_string(),
                "orgUnits: the code of \"Bansuo\" (=HYPERLINK()) starts with = + - or @, which a spreadsheet reads as a formula".into(),
                "orgUnits: no code for \"Xianglong\"".into(),
                "dataElements: \"calving\" is not an indicator kumban reports (docs/export-format.md lists them)".into(),
                "categoryOptionCombos: \"lak\" is not a currency kumban keeps (LAK, USD, CNY, THB)".into(),
            ]
        );
    }

    #[test]
    fn an_unknown_section_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), br#"{"orgunits": {}}"#).unwrap();
        let e = load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("unknown field `orgunits`"), "{e}");
        let written = write_if_absent(dir.path(), &Mapping::default()).unwrap();
        assert!(!written, "an existing mapping is never replaced");
    }
}
