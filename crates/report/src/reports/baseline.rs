//! Each household's baseline yearly income against its net income in
//! the span: in the baseline's currency, or with `--currency` both
//! converted (the baseline with the rate of the span's last day).

use super::Words;
use super::convert::Conversion;
use super::household::{ByHousehold, flows_by_household};
use super::span::Unit;
use super::{Cell, Column, ReportKind, RowLink, Span, Table};
use kumban_model::{Currency, Household};
use kumban_store::{Store, StoreError};
use std::collections::BTreeMap;

pub fn build(
    store: &Store,
    span: Span,
    conversion: Option<&Conversion>,
) -> Result<Table, StoreError> {
    let mut t = Table::new(
        ReportKind::Baseline,
        Words::new("report-title-baseline").span("span", span),
        span,
    );
    t.columns = vec![
        Column::text("household"),
        Column::text("head"),
        Column::text("village"),
        Column::text("currency"),
        Column::number("baseline"),
        Column::number("net"),
        Column::number("change"),
        Column::text("in other currencies"),
    ];
    let ByHousehold {
        flows, apart, sums, ..
    } = flows_by_household(store, span, conversion)?;
    super::money::converted(&mut t, &sums, conversion);
    let months = span.months().len() as i128;
    let mut ranked: Vec<(Currency, i128, String, Vec<Cell>, u64)> = Vec::new();
    let mut without = 0;
    for stored in store.all::<Household>() {
        let stored = stored?;
        let h = stored.record;
        let Some(base) = h.baseline_income else {
            without += 1;
            continue;
        };
        // The baseline is a year's income: a quarter or a month is
        // compared with its share of it.
        let own_minor = i128::from(base.minor) * months / 12;
        // Converted, the baseline is worth what it is on the span's last
        // day; without a rate it stays in its own currency, uncompared.
        let (currency, base_minor, unconverted) = match conversion {
            None => (base.currency, own_minor, None),
            Some(c) => match c.book.convert(own_minor, base.currency, span.to, c.target) {
                Ok(v) => (c.target, v, None),
                Err(why) => (base.currency, own_minor, Some(why)),
            },
        };
        let mine = flows.get(&stored.id);
        let net = mine
            .and_then(|f| f.get(&currency))
            .map_or(0, |s| s.income - s.expense);
        let mut others: Vec<String> = mine
            .into_iter()
            .flatten()
            .filter(|(c, _)| **c != currency)
            .map(|(c, s)| amount(s.income - s.expense, *c))
            .collect();
        others.extend(
            apart
                .get(&stored.id)
                .into_iter()
                .flatten()
                .map(|(c, s)| format!("{} not converted", amount(s.income - s.expense, *c))),
        );
        let (change, net_cell, change_cell) = match &unconverted {
            None => (
                net - base_minor,
                Cell::Money(net),
                Cell::Money(net - base_minor),
            ),
            Some(why) => {
                others.insert(0, format!("baseline not converted ({why})"));
                (i128::MIN, Cell::Blank, Cell::Blank)
            }
        };
        ranked.push((
            currency,
            change,
            h.code.clone(),
            vec![
                Cell::Text(h.code),
                Cell::Text(h.head_name),
                Cell::Text(h.village),
                Cell::Text(currency.to_string()),
                Cell::Money(base_minor),
                net_cell,
                change_cell,
                Cell::Text(others.join(", ")),
            ],
            stored.id,
        ));
    }
    if ranked.is_empty() {
        t.empty = Some(Words::new("report-empty-baseline"));
        return Ok(t);
    }
    // Changes in different currencies do not compare: households are
    // grouped by their baseline's currency (the most used first, ties in
    // code order), and ranked within it.
    let mut used: BTreeMap<Currency, usize> = BTreeMap::new();
    for r in &ranked {
        *used.entry(r.0).or_insert(0) += 1;
    }
    let place = |c: &Currency| (usize::MAX - used.get(c).copied().unwrap_or(0), c.code());
    ranked.sort_by(|a, b| {
        place(&a.0)
            .cmp(&place(&b.0))
            .then(b.1.cmp(&a.1))
            .then_with(|| a.2.cmp(&b.2))
    });
    let gained = ranked.iter().filter(|r| r.1 > 0).count();
    t.row_links = ranked
        .iter()
        .map(|r| Some(RowLink::Household(r.4)))
        .collect();
    t.rows = ranked.into_iter().map(|(_, _, _, row, _)| row).collect();
    let share = match span.unit {
        Unit::Year => Words::new("report-nothing"),
        _ => Words::new("report-note-baseline-share").text("months", months.to_string()),
    };
    t.notes.push(
        Words::new("report-note-baseline")
            .text("gained", gained.to_string())
            .text("shown", t.rows.len().to_string())
            .words("share", share)
            .text("without", without.to_string()),
    );
    Ok(t)
}

fn amount(minor: i128, currency: Currency) -> String {
    format!(
        "{} {currency}",
        kumban_model::money::format_wide_minor(minor, true)
    )
}
