//! Exchange rate rows in exports and imports (`rates.csv`): columns,
//! cells, reading.

use super::{InterchangeKind, Resolved};
use crate::cell::*;
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_model::*;

impl InterchangeKind for ExchangeRate {
    const STEM: &'static str = "rates";
    const ONE: &'static str = "exchange rate";
    const MANY: &'static str = "exchange rates";
    const COLUMNS: &'static [Column] = &[
        col("date", Text, true),
        col("currency", Text, true),
        col("value", Text, true),
        col("base", Text, false),
        col("source", Text, false),
    ];

    fn cells(&self, _: &Names) -> Result<Vec<String>, ExportError> {
        let r = self;
        Ok(vec![
            r.date.to_string(),
            r.currency.code().into(),
            r.value.to_string(),
            r.base.code().into(),
            r.source.clone(),
        ])
    }

    fn draft(c: &mut Cells) -> Draft {
        let date = c.date("date").unwrap_or(placeholder_date());
        let currency = c
            .choice("currency", words::CURRENCY, None)
            .unwrap_or(Currency::Lak);
        let base = c
            .choice("base", words::CURRENCY, Some(rate::DEFAULT_BASE))
            .unwrap_or(rate::DEFAULT_BASE);
        let value = match RateValue::parse(c.raw("value")) {
            Ok(v) => v,
            Err(e) => {
                c.bad("value", kumban_i18n::Localize::localized(&e));
                RateValue::ONE
            }
        };
        Draft::Rate(ExchangeRate {
            date,
            currency,
            value,
            base,
            source: c.text("source"),
        })
    }

    fn fill_refs(&mut self, _: &Resolved) -> Option<()> {
        Some(())
    }
}
