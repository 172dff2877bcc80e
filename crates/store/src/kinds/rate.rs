//! Exchange rates: one rate per currency a day, and every rate of a
//! database in the same base currency.

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, refused_said};
use crate::schema::{IndexEntry, Tree};
use kumban_model::{Currency, ExchangeRate, RecordKind};

impl StoreKind for ExchangeRate {
    const TREE: Tree = Tree::Rates;
    const TAG: u8 = tag::RATE;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let key = keys::join(&[
            self.base.code().as_bytes(),
            self.currency.code().as_bytes(),
            &keys::date(self.date),
            &keys::id(id),
        ]);
        vec![(Tree::RateByBaseCurrencyDate, key, Vec::new())]
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        let tree = Tree::RateByBaseCurrencyDate;
        let kind = RecordKind::ExchangeRate;
        for other_base in Currency::ALL.into_iter().filter(|c| *c != self.base) {
            let others = view.referrers(tree, kind, other_base.code().as_bytes())?;
            if others.iter().any(|o| *o != id) {
                return Err(refused_said(
                    kind,
                    "base",
                    kumban_i18n::Message::new("store-other-base")
                        .with("base", other_base.to_string()),
                ));
            }
        }
        let same_day = keys::join(&[
            self.base.code().as_bytes(),
            self.currency.code().as_bytes(),
            &keys::date(self.date),
        ]);
        if view
            .referrers(tree, kind, &same_day)?
            .into_iter()
            .any(|o| o != id)
        {
            return Err(refused_said(
                kind,
                "date",
                kumban_i18n::Message::new("store-duplicate-rate")
                    .with("currency", self.currency.to_string())
                    .with("date", self.date.to_string()),
            ));
        }
        Ok(())
    }

    fn delete_blockers(&self, _: &View, _: u64) -> Result<Blockers> {
        Ok(Blockers::default())
    }

    fn contribution(&self, _: &mut dyn FnMut(String, i64)) {}
}
