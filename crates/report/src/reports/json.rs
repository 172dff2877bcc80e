//! The table as one JSON object (shape in docs/reports.md): amounts as
//! decimal strings, so no figure passes through floating point.

use super::{Cell, Table};
use serde_json::{Map, Value, json};

pub fn render(t: &Table) -> String {
    let columns: Vec<Value> = t.columns.iter().map(|c| json!(c.name)).collect();
    let rows: Vec<Value> = t
        .rows
        .iter()
        .map(|row| {
            let mut m = Map::new();
            for (col, cell) in t.columns.iter().zip(row) {
                m.insert(col.name.clone(), value(cell));
            }
            Value::Object(m)
        })
        .collect();
    let v = json!({
        "report": t.kind.name(),
        "title": t.title.english(),
        "period": {
            // Data for programs: the same words in every language.
            "label": kumban_i18n::with_lang(kumban_i18n::Lang::En, || t.span.label()),
            "from": t.span.from.to_string(),
            "to": t.span.to.to_string(),
        },
        "columns": columns,
        "rows": rows,
        "notes": t.notes.iter().map(super::Words::english).collect::<Vec<_>>(),
        "empty": t.empty.as_ref().map(super::Words::english),
        "currency": t.currency.map(|c| c.code()),
        "not_converted": t.not_converted.iter().map(|a| json!({
            "currency": a.currency.code(),
            "reasons": a.reasons.iter().map(super::Words::english).collect::<Vec<_>>(),
            "income": money(a.income),
            "expense": money(a.expense),
            "net": money(a.income - a.expense),
            "logs": a.logs,
        })).collect::<Vec<Value>>(),
    });
    let mut out = serde_json::to_string_pretty(&v).unwrap_or_default();
    out.push('\n');
    out
}

fn value(cell: &Cell) -> Value {
    match cell {
        Cell::Text(s) => json!(s),
        Cell::Count(n) => json!(n),
        Cell::Money(m) => money(*m),
        Cell::Blank => Value::Null,
    }
}

fn money(minor: i128) -> Value {
    json!(kumban_model::money::format_wide_minor(minor, false))
}
