//! The data value set as DHIS2 imports it, in JSON (`/api/dataValueSets`)
//! or in DHIS2's CSV data value format.
//!
//! The shape follows DHIS2's developer guide ("Data values", "Sending data
//! values"):
//!
//! ```text
//! { "dataSet": "dataSetID", "completeDate": "date", "period": "period",
//!   "orgUnit": "orgUnitID", "attributeOptionCombo": "aocID",
//!   "dataValues": [
//!     { "dataElement": "dataElementID", "categoryOptionCombo": "cocID",
//!       "value": "1", "comment": "comment1" }, ... ] }
//! ```
//!
//! where `period` and `orgUnit` may be given on each data value instead of
//! the set (kumban reports several villages in one file, so it does), and
//! identifiers are codes when the set says `"idScheme": "CODE"` (or the
//! import is asked with `?idScheme=CODE`; the guide's "Identifier schemes").

use super::mapping::Mapping;
use super::values::Value;
use kumban_model::Period;
use serde_json::{Map, Value as Json, json};
use std::io::{self, Write};

/// DHIS2's CSV data value columns, in its order; the import reads them by
/// position and skips the header row.
pub const CSV_COLUMNS: [&str; 10] = [
    "dataelement",
    "period",
    "orgunit",
    "categoryoptioncombo",
    "attributeoptioncombo",
    "value",
    "storedby",
    "lastupdated",
    "comment",
    "followup",
];

/// A month as DHIS2 writes a monthly period: `202611`.
pub fn dhis2_period(p: Period) -> String {
    format!("{:04}{:02}", p.year, p.month)
}

/// One data value with codes in place of names. The mapping was checked
/// to cover every value before this is called; a value it does not cover
/// is left out rather than written with a blank code.
struct Coded<'a> {
    data_element: &'a str,
    org_unit: &'a str,
    category_option_combo: Option<&'a str>,
    value: String,
}

fn coded<'a>(mapping: &'a Mapping, values: &[Value]) -> Vec<Coded<'a>> {
    values
        .iter()
        .filter_map(|v| {
            let category_option_combo = match v.currency {
                Some(c) => Some(mapping.category_option_combos.get(c.code())?.as_str()),
                None => None,
            };
            Some(Coded {
                data_element: mapping.data_elements.get(v.indicator.key())?,
                org_unit: mapping.org_units.get(&v.village)?,
                category_option_combo,
                value: v.figure.text(),
            })
        })
        .collect()
}

/// The JSON data value set; returns how many values it holds.
pub fn json(
    mapping: &Mapping,
    period: Period,
    values: &[Value],
    w: &mut dyn Write,
) -> io::Result<usize> {
    let period = dhis2_period(period);
    let rows = coded(mapping, values);
    let data_values: Vec<Json> = rows
        .iter()
        .map(|r| {
            let mut o = Map::new();
            o.insert("dataElement".into(), r.data_element.into());
            o.insert("period".into(), period.clone().into());
            o.insert("orgUnit".into(), r.org_unit.into());
            if let Some(coc) = r.category_option_combo {
                o.insert("categoryOptionCombo".into(), coc.into());
            }
            o.insert("value".into(), r.value.clone().into());
            Json::Object(o)
        })
        .collect();
    let set = json!({
        "idScheme": "CODE",
        "dataElementIdScheme": "CODE",
        "orgUnitIdScheme": "CODE",
        "categoryOptionComboIdScheme": "CODE",
        "dataValues": data_values,
    });
    serde_json::to_writer_pretty(&mut *w, &set)?;
    w.write_all(b"\n")?;
    Ok(rows.len())
}

/// The same values in DHIS2's CSV data value format.
pub fn csv(
    mapping: &Mapping,
    period: Period,
    values: &[Value],
    w: &mut dyn Write,
) -> io::Result<usize> {
    let period = dhis2_period(period);
    let rows = coded(mapping, values);
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(w);
    out.write_record(CSV_COLUMNS)?;
    for r in &rows {
        out.write_record([
            r.data_element,
            &period,
            r.org_unit,
            r.category_option_combo.unwrap_or(""),
            "",
            &r.value,
            "",
            "",
            "",
            "",
        ])?;
    }
    out.flush()?;
    Ok(rows.len())
}
