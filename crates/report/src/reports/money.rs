//! Money columns shared by the income reports: one set of columns per
//! currency (no conversion), currencies in a fixed order.

use super::{Cell, Column};
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
    currencies
        .iter()
        .flat_map(|c| match flows.get(c) {
            Some(s) => vec![
                Cell::Money(s.income),
                Cell::Money(s.expense),
                Cell::Money(s.income - s.expense),
            ],
            None => vec![Cell::Blank, Cell::Blank, Cell::Blank],
        })
        .collect()
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
pub fn nothing_in(label: &str) -> String {
    format!("No income or expense is recorded in {label}; try another --year or --period.")
}
