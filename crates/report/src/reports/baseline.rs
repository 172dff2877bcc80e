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

/// The last column: the household's net in currencies other than its
/// baseline's, and what was not converted. CSV and JSON carry it in
/// English (a machine's words); `others_shown` says it to a person.
pub const OTHERS: &str = "in other currencies";

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
        Column::text(OTHERS),
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

/// A cell of `OTHERS` in the session's language: each part the build
/// wrote is recognised and said again; anything else (a change in its
/// wording) stays as written, never garbled.
pub fn others_shown(cell: &str) -> String {
    cell.split(", ")
        .map(|part| {
            if let Some(why) = part
                .strip_prefix("baseline not converted (")
                .and_then(|r| r.strip_suffix(')'))
            {
                Words::new("report-cell-baseline-not-converted")
                    .text("why", no_rate_shown(why))
                    .say()
            } else if let Some(sum) = part.strip_suffix(" not converted") {
                Words::new("report-cell-not-converted")
                    .text("amount", sum)
                    .say()
            } else {
                part.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `NoRate`'s English (as the cell holds it) in the session's language.
fn no_rate_shown(why: &str) -> String {
    let words = if why == "too large to convert" {
        Words::new("report-too-large")
    } else if let Some(rest) = why.strip_prefix("no rate for ") {
        match rest.split_once(" before ") {
            Some((currency, first)) => Words::new("report-no-rate-before")
                .text("currency", currency)
                .text("first", first),
            None => Words::new("report-no-rate").text("currency", rest),
        }
    } else {
        return why.to_string();
    };
    words.say()
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_i18n::{Lang, with_lang};

    #[test]
    fn the_other_currencies_cell_is_said_in_lao_and_english_stays() {
        let cell = "baseline not converted (no rate for USD before 2026-01-05), \
                    1,200.00 THB, 35.00 CNY not converted";
        assert_eq!(with_lang(Lang::En, || others_shown(cell)), cell);
        let lo = with_lang(Lang::Lo, || others_shown(cell));
        for english in ["baseline", "not converted", "no rate", "before"] {
            assert!(!lo.contains(english), "{english} in {lo}");
        }
        for data in ["USD", "1,200.00 THB", "35.00 CNY"] {
            assert!(lo.contains(data), "{data} lost from {lo}");
        }
        // Text it does not know stays as it is.
        let odd = "ນາງ ຄຳ, 5 cows";
        assert_eq!(with_lang(Lang::Lo, || others_shown(odd)), odd);
    }
}
