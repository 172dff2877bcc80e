//! Income, expense and net per production group, with net per member (the
//! people who work in the group, or its households where none is
//! recorded), and the cattle group's profit per cow.

use super::Words;
use super::convert::{self, Conversion};
use super::herd::{animals, cows_on};
use super::money::{self, Flows};
use super::{Cell, Column, ReportKind, Span, Table};
use kumban_model::{Currency, Group};
use kumban_store::aggregate::key;
use kumban_store::sums::IncomeSplit;
use kumban_store::{Store, StoreError};
use std::collections::BTreeMap;

pub fn build(
    store: &Store,
    span: Span,
    conversion: Option<&Conversion>,
) -> Result<Table, StoreError> {
    let mut t = Table::new(
        ReportKind::Group,
        Words::new("report-title-group").span("span", span),
        span,
    );
    let split = IncomeSplit {
        group: true,
        ..IncomeSplit::default()
    };
    let sums = convert::sums(store, span.from, span.to, split, conversion)?;
    let mut by_group: BTreeMap<Group, Flows> = money::fold(&sums.sums, |k| k.group.clone());
    let apart: BTreeMap<Group, Flows> = money::fold(&sums.apart, |k| k.group.clone());
    for g in apart.keys() {
        by_group.entry(g.clone()).or_default();
    }
    let currencies = money::shown(by_group.values(), conversion);
    let apart_currencies = money::apart_currencies(&sums);
    t.columns = vec![Column::text("group"), Column::number("members")];
    for c in &currencies {
        t.columns.extend(money::columns(&[*c]));
        t.columns.push(Column::money("net per member", *c));
    }
    t.columns.extend(money::apart_columns(&apart_currencies));
    money::converted(&mut t, &sums, conversion);
    if by_group.is_empty() {
        t.empty = Some(money::nothing_in(span));
        return Ok(t);
    }
    let totals = store.totals()?;
    let mut by_households = Vec::new();
    for (group, flows) in &by_group {
        let people = totals
            .get(&key::people_in_group(group.as_str()))
            .copied()
            .unwrap_or(0);
        let members = if people > 0 {
            people
        } else {
            by_households.push(group.to_string());
            totals
                .get(&key::group_members(group.as_str()))
                .copied()
                .unwrap_or(0)
        };
        let mut row = vec![Cell::Text(group.to_string()), Cell::Count(members)];
        for c in &currencies {
            row.extend(money::cells(flows, &[*c]));
            row.push(match flows.get(c) {
                Some(s) => per(s.income - s.expense, members),
                None => Cell::Blank,
            });
        }
        row.extend(money::apart_cells(apart.get(group), &apart_currencies));
        t.rows.push(row);
    }
    t.notes.push(Words::new("report-note-group"));
    if !by_households.is_empty() {
        t.notes.push(
            Words::new("report-note-group-households").text("groups", by_households.join(", ")),
        );
    }
    let cattle = by_group.get(&Group::cattle()).filter(|f| !f.is_empty());
    let cows = cows_on(&animals(store)?, span.to);
    let mut per_cow = profit_per_cow(cattle, cows, span);
    if let Some(kept) = apart.get(&Group::cattle()) {
        let codes: Vec<&str> = kept.keys().map(|c| c.code()).collect();
        per_cow = Words::new("report-note-cattle-apart")
            .words("note", per_cow)
            .text("currencies", codes.join(", "));
    }
    t.notes.push(per_cow);
    Ok(t)
}

/// `net / count` to the minor unit, truncated toward zero; blank when
/// there is no one to divide among.
fn per(net: i128, count: i64) -> Cell {
    match net.checked_div(i128::from(count)) {
        Some(v) if count > 0 => Cell::Money(v),
        _ => Cell::Blank,
    }
}

fn profit_per_cow(cattle: Option<&Flows>, cows: i64, span: Span) -> Words {
    let head = Words::new("report-note-per-cow-head")
        .number("cows", cows)
        .span("span", span);
    let Some(flows) = cattle.filter(|_| cows > 0) else {
        return Words::new("report-note-per-cow-none").words("head", head);
    };
    let parts: Vec<String> = flows
        .iter()
        .filter_map(|(c, s)| {
            let v = (s.income - s.expense).checked_div(i128::from(cows))?;
            Some(amount(v, *c))
        })
        .collect();
    Words::new("report-note-per-cow")
        .words("head", head)
        .text("amounts", parts.join(", "))
}

fn amount(minor: i128, currency: Currency) -> String {
    format!(
        "{} {currency}",
        kumban_model::money::format_wide_minor(minor, true)
    )
}
