//! Income, expense and net per village, side by side.

use super::Words;
use super::convert::Conversion;
use super::household::{ByHousehold, flows_and_names};
use super::money::{self, Flows};
use super::{Cell, Column, ReportKind, Span, Table};
use kumban_store::{Store, StoreError};
use std::collections::BTreeMap;

pub fn build(
    store: &Store,
    span: Span,
    conversion: Option<&Conversion>,
) -> Result<Table, StoreError> {
    let mut t = Table::new(
        ReportKind::Village,
        Words::new("report-title-village").span("span", span),
        span,
    );
    let (read, named) = flows_and_names(store, span, conversion)?;
    let ByHousehold {
        mut flows,
        apart,
        sums,
    } = read;
    for id in apart.keys() {
        flows.entry(*id).or_default();
    }
    let village_of = |id: &u64| {
        named
            .get(id)
            .map_or_else(|| "?".to_string(), |h| h.village.clone())
    };
    // village → (households with money, flows, flows kept apart)
    let mut villages: BTreeMap<String, (i64, Flows, Flows)> = BTreeMap::new();
    for (id, f) in &flows {
        let entry = villages.entry(village_of(id)).or_default();
        entry.0 += 1;
        for (currency, sum) in f {
            money::add(&mut entry.1, *currency, sum);
        }
        for (currency, sum) in apart.get(id).into_iter().flatten() {
            money::add(&mut entry.2, *currency, sum);
        }
    }
    let currencies = money::shown(villages.values().map(|v| &v.1), conversion);
    let apart_currencies = money::apart_currencies(&sums);
    t.columns = vec![Column::text("village"), Column::number("households")];
    t.columns.extend(money::columns(&currencies));
    t.columns.extend(money::apart_columns(&apart_currencies));
    money::converted(&mut t, &sums, conversion);
    if villages.is_empty() {
        t.empty = Some(money::nothing_in(span));
        return Ok(t);
    }
    for (village, (count, flows, apart)) in &villages {
        let mut row = vec![Cell::Text(village.clone()), Cell::Count(*count)];
        row.extend(money::cells(flows, &currencies));
        row.extend(money::apart_cells(Some(apart), &apart_currencies));
        t.rows.push(row);
    }
    t.notes
        .push(Words::new("report-note-village").span("span", span));
    Ok(t)
}
