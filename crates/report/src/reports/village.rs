//! Income, expense and net per village, side by side.

use super::household::{flows_by_household, households};
use super::money::{self, Flows};
use super::{Cell, Column, ReportKind, Span, Table};
use kumban_store::{Store, StoreError};
use std::collections::BTreeMap;

pub fn build(store: &Store, span: Span) -> Result<Table, StoreError> {
    let label = span.label();
    let mut t = Table::new(
        ReportKind::Village,
        format!("Income by village, {label}"),
        span,
    );
    let by_household = flows_by_household(store, span)?;
    let named = households(store, by_household.keys().copied())?;
    // village → (households with money, flows)
    let mut villages: BTreeMap<String, (i64, Flows)> = BTreeMap::new();
    for (id, flows) in &by_household {
        let village = named
            .get(id)
            .map_or_else(|| "?".into(), |h| h.village.clone());
        let entry = villages.entry(village).or_default();
        entry.0 += 1;
        for (currency, sum) in flows {
            money::add(&mut entry.1, *currency, sum);
        }
    }
    let currencies = money::currencies(villages.values().map(|v| &v.1));
    t.columns = vec![Column::text("village"), Column::number("households")];
    t.columns.extend(money::columns(&currencies));
    if villages.is_empty() {
        t.empty = Some(money::nothing_in(&label));
        return Ok(t);
    }
    for (village, (count, flows)) in &villages {
        let mut row = vec![Cell::Text(village.clone()), Cell::Count(*count)];
        row.extend(money::cells(flows, &currencies));
        t.rows.push(row);
    }
    t.notes.push(format!(
        "households: those with income or expense in {label}. Villages in name order."
    ));
    Ok(t)
}
