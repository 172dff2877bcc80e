//! Money columns shared by the income reports: one set of columns per
//! currency, currencies in a fixed order, or one set in the currency
//! converted into, with what was not converted in columns apart.

use super::Words;
use super::convert::{Conversion, Sums};
use super::table::Apart;
use super::{Cell, Column, Table};
use kumban_model::Currency;
use kumban_store::sums::Sum;
use std::collections::BTreeMap;

/// Income and expense of one row, by currency.
pub type Flows = BTreeMap<Currency, Sum>;

pub fn add(flows: &mut Flows, currency: Currency, sum: &Sum) {
    let into = flows.entry(currency).or_default();
    into.income += sum.income;
    into.expense += sum.expense;
    into.logs += sum.logs;
}

/// The currencies used in any row, the most used first (by how many
/// rows use them; ties in code order): the table's first money columns
/// are those most rows fill in.
pub fn currencies<'a>(rows: impl Iterator<Item = &'a Flows>) -> Vec<Currency> {
    let mut used: BTreeMap<Currency, usize> = BTreeMap::new();
    for flows in rows {
        for c in flows.keys() {
            *used.entry(*c).or_insert(0) += 1;
        }
    }
    let mut out: Vec<(Currency, usize)> = used.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.code().cmp(b.0.code())));
    out.into_iter().map(|(c, _)| c).collect()
}

/// `income C`, `expense C`, `net C` for each currency.
pub fn columns(currencies: &[Currency]) -> Vec<Column> {
    currencies
        .iter()
        .flat_map(|c| {
            ["income", "expense", "net"]
                .into_iter()
                .map(move |what| Column::money(what, *c))
        })
        .collect()
}

/// The cells under `columns`: a currency the row has no log in is blank.
pub fn cells(flows: &Flows, currencies: &[Currency]) -> Vec<Cell> {
    let mut out = Vec::with_capacity(currencies.len() * 3);
    push_cells(&mut out, Some(flows), currencies);
    out
}

/// The cells under `columns`, added to `row` (all blank without flows).
pub fn push_cells(row: &mut Vec<Cell>, flows: Option<&Flows>, currencies: &[Currency]) {
    for c in currencies {
        match flows.and_then(|f| f.get(c)) {
            Some(s) => row.extend([
                Cell::Money(s.income),
                Cell::Money(s.expense),
                Cell::Money(s.income - s.expense),
            ]),
            None => row.extend([Cell::Blank, Cell::Blank, Cell::Blank]),
        }
    }
}

/// The ranking key: the net in each currency, in column order (a
/// currency without logs counts as 0), so rows sort highest first by the
/// most used currency, then the next.
pub fn nets(flows: &Flows, currencies: &[Currency]) -> Vec<i128> {
    currencies
        .iter()
        .map(|c| flows.get(c).map_or(0, |s| s.income - s.expense))
        .collect()
}

/// The sentence of an income report over a span with no log.
pub fn nothing_in(span: super::Span) -> Words {
    Words::new("report-empty-money").span("span", span)
}

/// The currencies of the money columns: the one converted into, or
/// those the rows use.
pub fn shown<'a>(
    rows: impl Iterator<Item = &'a Flows>,
    conversion: Option<&Conversion>,
) -> Vec<Currency> {
    match conversion {
        Some(c) => vec![c.target],
        None => currencies(rows),
    }
}

/// `not converted income C`, ... for each currency kept apart.
pub fn apart_columns(currencies: &[Currency]) -> Vec<Column> {
    columns(currencies)
        .into_iter()
        .map(|c| Column {
            name: format!("not converted {}", c.name),
            apart: true,
            ..c
        })
        .collect()
}

/// The currencies with amounts kept apart, in code order.
pub fn apart_currencies(sums: &Sums) -> Vec<Currency> {
    sums.reasons.keys().copied().collect()
}

/// The cells under `apart_columns`.
pub fn apart_cells(flows: Option<&Flows>, currencies: &[Currency]) -> Vec<Cell> {
    let mut out = Vec::with_capacity(currencies.len() * 3);
    push_cells(&mut out, flows, currencies);
    out
}

/// Marks the table as converted and totals what was kept apart.
pub fn converted(t: &mut Table, sums: &Sums, conversion: Option<&Conversion>) {
    let Some(conv) = conversion else {
        return;
    };
    t.currency = Some(conv.target);
    t.title = Words::new("report-title-converted")
        .words("title", t.title.clone())
        .text("currency", conv.target.code());
    let mut total = Flows::new();
    for (key, sum) in &sums.apart {
        add(&mut total, key.currency, sum);
    }
    t.not_converted = total
        .into_iter()
        .map(|(currency, s)| Apart {
            currency,
            reasons: sums
                .reasons
                .get(&currency)
                .map(|r| r.iter().map(|n| super::convert::why(*n)).collect())
                .unwrap_or_default(),
            income: s.income,
            expense: s.expense,
            logs: s.logs,
        })
        .collect();
}

/// Sums folded into rows by `row` (`None`: no row), by currency.
pub fn fold<K: Ord>(
    sums: &[(kumban_store::sums::SumKey, Sum)],
    row: impl Fn(&kumban_store::sums::SumKey) -> Option<K>,
) -> BTreeMap<K, Flows> {
    let mut out: BTreeMap<K, Flows> = BTreeMap::new();
    for (key, sum) in sums {
        if let Some(k) = row(key) {
            add(out.entry(k).or_default(), key.currency, sum);
        }
    }
    out
}
