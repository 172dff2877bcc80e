//! Income, expense and net per month of the span: the trend.

use super::money::{self, Flows};
use super::{Cell, Column, ReportKind, RowLink, Span, Table};
use kumban_store::sums::IncomeSplit;
use kumban_store::{Store, StoreError};
use std::collections::BTreeMap;

pub fn build(store: &Store, span: Span) -> Result<Table, StoreError> {
    let label = span.label();
    let mut t = Table::new(ReportKind::Month, format!("Income by month, {label}"), span);
    let split = IncomeSplit {
        month: true,
        ..IncomeSplit::default()
    };
    let mut by_month: BTreeMap<u32, Flows> = BTreeMap::new();
    for (key, sum) in store.income_sums(span.from, span.to, split)? {
        money::add(by_month.entry(key.month).or_default(), key.currency, &sum);
    }
    let currencies = money::currencies(by_month.values());
    t.columns = vec![Column::text("month"), Column::number("logs")];
    t.columns.extend(money::columns(&currencies));
    if by_month.is_empty() {
        t.empty = Some(money::nothing_in(&label));
        return Ok(t);
    }
    let none = Flows::new();
    for (year, month) in span.months() {
        let key = (year.max(0) as u32) * 100 + month;
        let flows = by_month.get(&key).unwrap_or(&none);
        let logs: u64 = flows.values().map(|s| s.logs).sum();
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
        t.rows.push(row);
        t.row_links.push(Some(RowLink::Month(year, month)));
    }
    let mut total = Flows::new();
    for flows in by_month.values() {
        for (c, s) in flows {
            money::add(&mut total, *c, s);
        }
    }
    let logs: u64 = total.values().map(|s| s.logs).sum();
    let mut row = vec![
        Cell::Text("total".into()),
        Cell::Count(i64::try_from(logs).unwrap_or(i64::MAX)),
    ];
    row.extend(money::cells(&total, &currencies));
    t.rows.push(row);
    Ok(t)
}
