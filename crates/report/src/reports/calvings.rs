//! The calving calendar: per month of the span, the calvings expected,
//! and of those how many have calved, were lost, are still to come or
//! are overdue.

use super::Words;
use super::{Cell, Column, ReportKind, Span, Table};
use chrono::Datelike;
use kumban_model::{Date, Outcome};
use kumban_store::{Store, StoreError};
use std::collections::BTreeMap;

pub fn build(store: &Store, span: Span, today: Date) -> Result<Table, StoreError> {
    let mut t = Table::new(
        ReportKind::Calvings,
        Words::new("report-title-calvings").span("span", span),
        span,
    );
    t.columns = vec![Column::text("month")];
    t.columns.extend(
        ["expected", "calved", "lost", "ahead", "overdue"]
            .into_iter()
            .map(Column::number),
    );
    let overdue_by = kumban_model::pregnancy::overdue_if_expected_by(today);
    let mut months: BTreeMap<(i32, u32), [i64; 5]> = BTreeMap::new();
    let pregnancies = store.pregnancies_expected_between(span.from, span.to)?;
    if pregnancies.is_empty() {
        t.empty = Some(Words::new("report-empty-calvings").span("span", span));
        return Ok(t);
    }
    for p in &pregnancies {
        let expected = p.record.expected_calving();
        let n = months
            .entry((expected.0.year(), expected.0.month()))
            .or_default();
        n[0] += 1;
        match p.record.outcome {
            Outcome::Calved { .. } => n[1] += 1,
            Outcome::Lost { .. } => n[2] += 1,
            Outcome::Pending if overdue_by.is_some_and(|last| expected <= last) => n[4] += 1,
            Outcome::Pending => n[3] += 1,
        }
    }
    for (year, month) in span.months() {
        let n = months.get(&(year, month)).copied().unwrap_or_default();
        let mut row = vec![Cell::Text(format!("{year}-{month:02}"))];
        row.extend(n.iter().map(|v| Cell::Count(*v)));
        t.rows.push(row);
    }
    t.notes
        .push(Words::new("report-note-calvings").text("today", today.to_string()));
    Ok(t)
}
