//! Rate rows: a rate is keyed by its currency and date.

use super::super::problems::Loc;
use super::{Planner, Refs, StoreResult, any};
use kumban_i18n::tr;
use kumban_model::*;

impl Planner<'_> {
    pub(super) fn rate(&mut self, loc: Loc, rate: ExchangeRate) -> StoreResult<()> {
        let key = (rate.currency, rate.date);
        let what = tr!(
            "imp-what-rate",
            currency = rate.currency.code(),
            date = rate.date.to_string()
        );
        if let Some(first) = self.rates.get(&key) {
            let first = *first;
            self.twice(loc, "date", what, first);
            return Ok(());
        }
        self.rates.insert(key, loc);
        if self.stored_rates.is_none() {
            let mut all = Vec::new();
            for r in self.store.all::<ExchangeRate>() {
                all.push(r?);
            }
            self.stored_rates = Some(all);
        }
        let existing = self
            .stored_rates
            .iter()
            .flatten()
            .find(|s| (s.record.currency, s.record.date) == key)
            .cloned()
            .map(any);
        self.settle(loc, "date", &what, existing, rate.into(), Refs::default());
        Ok(())
    }
}
