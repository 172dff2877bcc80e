//! Bringing the lines of a backup written under an older database schema
//! up to this kumban's, before they are read as records. Each step works
//! on the JSON of one line, so it can rename or reshape fields freely.
//!
//! A new schema adds `fn from_n_to_m(line: Value) -> Result<Value, String>`
//! to `STEPS`.

use kumban_store::schema::SCHEMA_VERSION;
use serde_json::Value;

type Step = fn(Value) -> Result<Value, String>;

/// `STEPS[n]` turns a line of schema `n + 1` into schema `n + 2`.
const STEPS: &[Step] = &[from_1_to_2, from_2_to_3, from_3_to_4];

/// Schema 2 adds exchange rates, household members and running income
/// sums by month. A line of schema 1 (which has no rates or members) is
/// already a line of schema 2, and a backup does not hold the sums (a
/// restore counts them from the records).
fn from_1_to_2(line: Value) -> Result<Value, String> {
    Ok(line)
}

/// Schema 3 adds animal health events and weights, and keeps a year row
/// beside the monthly income sums, which a backup does not hold: a line of
/// schema 2 (which has no health events or weights) is already a line of
/// schema 3.
fn from_2_to_3(line: Value) -> Result<Value, String> {
    Ok(line)
}

/// Schema 4 adds trainings, their attendance and technician visits, and
/// keeps the keys the dashboard's health figures count, which a backup does
/// not hold (a restore writes them from the health events): a line of
/// schema 3 is already a line of schema 4.
fn from_3_to_4(line: Value) -> Result<Value, String> {
    Ok(line)
}

pub fn to_current(schema: u32, line: Value) -> Result<Value, String> {
    if schema == 0 || schema > SCHEMA_VERSION {
        return Err(kumban_i18n::tr!(
            "backup-schema-unknown",
            schema = schema.to_string(),
            supported = SCHEMA_VERSION.to_string()
        ));
    }
    let steps = STEPS.get(schema as usize - 1..).ok_or_else(|| {
        kumban_i18n::tr!(
            "backup-schema-no-way",
            schema = schema.to_string(),
            supported = SCHEMA_VERSION.to_string()
        )
    })?;
    steps.iter().try_fold(line, |l, step| step(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_step_per_schema_and_unknown_ones_refused() {
        assert_eq!(STEPS.len() as u32, SCHEMA_VERSION - 1);
        let line = serde_json::json!({"record": {"id": 1}});
        assert_eq!(to_current(SCHEMA_VERSION, line.clone()), Ok(line.clone()));
        assert!(to_current(0, line.clone()).is_err());
        assert!(
            to_current(SCHEMA_VERSION + 1, line)
                .unwrap_err()
                .contains("not one this kumban reads")
        );
    }
}
