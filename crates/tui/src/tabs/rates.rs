//! Exchange rates: what one unit of each currency is worth in the base,
//! from a date on, newest first.

use super::*;
use crate::list::{Show, SortKey, col, flex, num};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 5] = [
    col("From", 10).dropped(0).shown(Show::Date),
    col("Currency", 8).dropped(0),
    num("1 unit in base", 18).dropped(0),
    num("Per 1 base", 14).dropped(0),
    flex("Source", 12).dropped(1),
];

pub fn load(store: &Store) -> Result<Rows> {
    let mut rates: Vec<Stored<ExchangeRate>> = Vec::new();
    for r in store.all::<ExchangeRate>() {
        rates.push(r?);
    }
    // Newest first, then by currency: the rates in use are on top.
    rates.sort_by(|a, b| {
        (b.record.date, a.record.currency).cmp(&(a.record.date, b.record.currency))
    });
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for r in &rates {
        rows.push(row(r));
    }
    Ok(rows.finish())
}

fn row(r: &Stored<ExchangeRate>) -> Row {
    let x = &r.record;
    Row::new(
        r.id,
        vec![
            x.date.to_string(),
            x.currency.code().to_string(),
            format!("{} {}", x.value, x.base),
            format!("{} {}", x.value.per_base_text(), x.currency),
            clean(&x.source),
        ],
    )
    .with_sort_key(2, SortKey(0, i64::try_from(x.value.0).unwrap_or(i64::MAX)))
}

pub fn detail(store: &Store, id: u64) -> Result<Option<Detail>> {
    let Some(r) = store.get::<ExchangeRate>(RateId(id))? else {
        return Ok(None);
    };
    let x = &r.record;
    let mut d = Detail::new(
        kumban_i18n::tr!(
            "detail-rate-title",
            currency = x.currency.code(),
            date = day(x.date)
        ),
        Tab::Rates,
        id,
    );
    d.field("From date", day(x.date));
    d.field("Currency", x.currency.code());
    d.field("1 unit is worth", format!("{} {}", x.value, x.base));
    d.field(
        "1 base buys",
        kumban_i18n::tr!(
            "detail-rounded",
            value = x.value.per_base_text(),
            currency = x.currency.code()
        ),
    );
    d.field("Base currency", x.base.code());
    d.field(
        "Source",
        if x.source.is_empty() {
            "—".into()
        } else {
            clean(&x.source)
        },
    );
    audit_fields(&mut d, r.id, &r.audit);
    Ok(Some(d))
}

impl KindScreen for ExchangeRate {
    const TAB: Tab = Tab::Rates;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn detail(store: &Store, id: u64, _today: Date) -> Result<Option<Detail>> {
        detail(store, id)
    }

    /// A rate names no other record.
    fn related(_: &Store, _: RateId, _: Related) -> Result<Option<(Tab, Scope)>> {
        Ok(None)
    }

    fn in_words(&self, _: &Store) -> Result<String> {
        Ok(kumban_i18n::tr!(
            "describe-rate",
            currency = self.currency.to_string(),
            date = self.date.to_string()
        ))
    }

    fn history_name(&self, _: &history::Names) -> String {
        format!("rate {} {}", self.currency, self.date)
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        format!("1 {} = {} {}", self.currency, self.value, self.base)
    }

    fn history_fields(&self, _: &history::Names) -> Vec<(&'static str, String)> {
        vec![
            ("date", self.date.to_string()),
            ("currency", self.currency.code().into()),
            ("value", self.value.to_string()),
            ("base", self.base.code().into()),
            ("source", clean(&self.source)),
        ]
    }
}
