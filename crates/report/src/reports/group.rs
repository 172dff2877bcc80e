//! Income, expense and net per production group, with net per member (the
//! people who work in the group, or its households where none is
//! recorded), and the cattle group's profit per cow.

use super::herd::{animals, cows_on};
use super::money::{self, Flows};
use super::{Cell, Column, ReportKind, Span, Table};
use kumban_model::{Currency, Group};
use kumban_store::aggregate::key;
use kumban_store::sums::IncomeSplit;
use kumban_store::{Store, StoreError};
use std::collections::BTreeMap;

pub fn build(store: &Store, span: Span) -> Result<Table, StoreError> {
    let label = span.label();
    let mut t = Table::new(
        ReportKind::Group,
        format!("Income by production group, {label}"),
        span,
    );
    let split = IncomeSplit {
        group: true,
        ..IncomeSplit::default()
    };
    let mut by_group: BTreeMap<Group, Flows> = BTreeMap::new();
    for (k, sum) in store.income_sums(span.from, span.to, split)? {
        if let Some(g) = k.group {
            money::add(by_group.entry(g).or_default(), k.currency, &sum);
        }
    }
    let currencies = money::currencies(by_group.values());
    t.columns = vec![Column::text("group"), Column::number("members")];
    for c in &currencies {
        t.columns.extend(money::columns(&[*c]));
        t.columns.push(Column::money("net per member", *c));
    }
    if by_group.is_empty() {
        t.empty = Some(money::nothing_in(&label));
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
        t.rows.push(row);
    }
    t.notes.push(
        "members: the people who work in the group today (household members). Net per member: the group's net divided by its members, truncated to the cent."
            .into(),
    );
    if !by_households.is_empty() {
        t.notes.push(format!(
            "No household member is recorded in {}: members there are the group's households.",
            by_households.join(", ")
        ));
    }
    let cattle = by_group.get(&Group::cattle());
    let cows = cows_on(&animals(store)?, span.to);
    t.notes.push(profit_per_cow(cattle, cows, &label));
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

fn profit_per_cow(cattle: Option<&Flows>, cows: i64, label: &str) -> String {
    let head = format!("Cattle profit per cow ({cows} cows at the end of {label})");
    let Some(flows) = cattle.filter(|_| cows > 0) else {
        return format!("{head}: none (no cattle income or expense, or no cow).");
    };
    let parts: Vec<String> = flows
        .iter()
        .filter_map(|(c, s)| {
            let v = (s.income - s.expense).checked_div(i128::from(cows))?;
            Some(amount(v, *c))
        })
        .collect();
    format!("{head}: {}.", parts.join(", "))
}

fn amount(minor: i128, currency: Currency) -> String {
    format!(
        "{} {currency}",
        kumban_model::money::format_wide_minor(minor, true)
    )
}
