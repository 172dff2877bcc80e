//! Income logs: the household exists, and so does the animal a log names.

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, household_exists, refused_said};
use crate::schema::{IndexEntry, Tree};
use kumban_model::{Animal, IncomeLog, RecordKind};

impl StoreKind for IncomeLog {
    const TREE: Tree = Tree::Income;
    const TAG: u8 = tag::INCOME;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let idb = keys::id(id);
        let date = keys::date(self.date);
        let mut v = vec![
            (
                Tree::IncomeByHouseholdDate,
                keys::join(&[&keys::id(self.household.0), &date, &idb]),
                Vec::new(),
            ),
            (Tree::IncomeByDate, keys::join(&[&date, &idb]), Vec::new()),
        ];
        if let Some(a) = self.animal {
            v.push((
                Tree::IncomeByAnimal,
                keys::join(&[&keys::id(a.0), &idb]),
                Vec::new(),
            ));
        }
        v
    }

    fn check(&self, view: &View, _: u64) -> Result<()> {
        household_exists(view, RecordKind::Income, self.household)?;
        if let Some(animal) = self.animal
            && view.get::<Animal>(animal.0)?.is_none()
        {
            return Err(refused_said(
                RecordKind::Income,
                "animal",
                kumban_i18n::Message::new("store-no-animal").with("id", animal.to_string()),
            ));
        }
        Ok(())
    }

    fn delete_blockers(&self, _: &View, _: u64) -> Result<Blockers> {
        Ok(Blockers::default())
    }

    fn contribution(&self, add: &mut dyn FnMut(String, i64)) {
        let key = crate::aggregate::key::money(
            self.date.year(),
            self.group.as_str(),
            self.amount.currency.code(),
            self.flow.label(),
        );
        add(key, self.amount.minor);
    }

    fn month_sums(&self, add: &mut dyn FnMut(crate::monthly::Cell, crate::monthly::Figures)) {
        crate::monthly::of_log(self, add);
    }
}
