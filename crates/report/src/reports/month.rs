//! Income, expense and net per month of the span: the trend.

use super::Words;
use super::convert::{self, Conversion};
use super::money::{self, Flows};
use super::{Cell, Column, ReportKind, RowLink, Span, Table};
use kumban_store::sums::IncomeSplit;
use kumban_store::{Store, StoreError};
use std::collections::BTreeMap;

pub fn build(
    store: &Store,
    span: Span,
    conversion: Option<&Conversion>,
) -> Result<Table, StoreError> {
    let mut t = Table::new(
        ReportKind::Month,
        Words::new("report-title-month").span("span", span),
        span,
    );
    let split = IncomeSplit {
        month: true,
        ..IncomeSplit::default()
    };
    let sums = convert::sums(store, span.from, span.to, split, conversion)?;
    let by_month: BTreeMap<u32, Flows> = money::fold(&sums.sums, |k| Some(k.month));
    let apart: BTreeMap<u32, Flows> = money::fold(&sums.apart, |k| Some(k.month));
    let currencies = money::shown(by_month.values(), conversion);
    let apart_currencies = money::apart_currencies(&sums);
    t.columns = vec![Column::text("month"), Column::number("logs")];
    t.columns.extend(money::columns(&currencies));
    t.columns.extend(money::apart_columns(&apart_currencies));
    money::converted(&mut t, &sums, conversion);
    if by_month.is_empty() && apart.is_empty() {
        t.empty = Some(money::nothing_in(span));
        return Ok(t);
    }
    let none = Flows::new();
    for (year, month) in span.months() {
        let key = (year.max(0) as u32) * 100 + month;
        let flows = by_month.get(&key).unwrap_or(&none);
        let kept_apart = apart.get(&key).unwrap_or(&none);
        let logs: u64 = flows
            .values()
            .chain(kept_apart.values())
            .map(|s| s.logs)
            .sum();
        let mut row = vec![
            Cell::Text(format!("{year}-{month:02}")),
            Cell::Count(i64::try_from(logs).unwrap_or(i64::MAX)),
        ];
        // A month without logs in a currency the span uses earned 0 in it.
        for c in &currencies {
            let s = flows.get(c).cloned().unwrap_or_default();
            row.extend([
                Cell::Money(s.income),
                Cell::Money(s.expense),
                Cell::Money(s.income - s.expense),
            ]);
        }
        row.extend(money::apart_cells(apart.get(&key), &apart_currencies));
        t.rows.push(row);
        t.row_links.push(Some(RowLink::Month(year, month)));
    }
    let total = money::fold(&sums.sums, |_| Some(()))
        .remove(&())
        .unwrap_or_default();
    let total_apart = money::fold(&sums.apart, |_| Some(())).remove(&());
    let logs: u64 = total
        .values()
        .chain(total_apart.iter().flat_map(|f| f.values()))
        .map(|s| s.logs)
        .sum();
    let mut row = vec![
        Cell::Text("total".into()),
        Cell::Count(i64::try_from(logs).unwrap_or(i64::MAX)),
    ];
    row.extend(money::cells(&total, &currencies));
    row.extend(money::apart_cells(total_apart.as_ref(), &apart_currencies));
    t.rows.push(row);
    Ok(t)
}
