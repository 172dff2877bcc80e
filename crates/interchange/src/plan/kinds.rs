//! One handler per kind of row: check its key, resolve its references,
//! and add its write (or match it to the stored record).

use super::super::problems::Loc;
use super::{Action, Planner, Ref, Refs, StoreResult, Write, any, materialise};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::Stored;

/// The animals a pregnancy row names besides its cow, by ear tag.
pub(in crate::plan) struct Named<'a> {
    pub calf: Option<&'a str>,
    pub twin: Option<&'a str>,
    pub sire: Option<&'a str>,
}

impl Planner<'_> {
    pub(super) fn household(&mut self, loc: Loc, h: Household) -> StoreResult<()> {
        let code = h.code.clone();
        if let Some((_, first)) = self.households.get(&code) {
            let first = *first;
            self.twice(
                loc,
                "code",
                tr!("imp-what-household", code = code.as_str()),
                first,
            );
            return Ok(());
        }
        let existing = self.store.household_by_code(&code)?.map(any);
        let what = tr!("imp-what-household", code = code.as_str());
        let r = self.settle(loc, "code", &what, existing, h.into(), Refs::default());
        self.households.insert(code, (r, loc));
        Ok(())
    }
    pub(super) fn pen(&mut self, loc: Loc, household: String, pen: Pen) -> StoreResult<()> {
        let Some(h) = self.household_ref(loc, "household", &household)? else {
            return Ok(());
        };
        let label = pen.label.clone();
        let what = tr!(
            "imp-what-pen",
            label = label.as_str(),
            household = household.as_str()
        );
        if let Some((_, first)) = self.pens.get(&(h, label.clone())) {
            let first = *first;
            self.twice(loc, "label", what, first);
            return Ok(());
        }
        let mut stored = self.stored_pens(h, &label)?;
        if stored.len() > 1 {
            self.problems.field(
                loc,
                "label",
                tr!(
                    "imp-pens-same-label-stored",
                    household = household.as_str(),
                    n = stored.len(),
                    label = label.as_str()
                ),
            );
            return Ok(());
        }
        let refs = Refs {
            household: Some(h),
            ..Refs::default()
        };
        let existing = stored.pop().map(any);
        let r = self.settle(loc, "label", &what, existing, pen.into(), refs);
        self.pens.insert((h, label), (r, loc));
        Ok(())
    }
    pub(super) fn animal(
        &mut self,
        loc: Loc,
        household: &str,
        pen: Option<&str>,
        dam: Option<&str>,
        animal: Animal,
    ) -> StoreResult<()> {
        let tag = animal.ear_tag.clone();
        if let Some((_, first)) = self.animals.get(&tag) {
            let first = *first;
            self.twice(
                loc,
                "ear_tag",
                tr!("imp-what-animal", tag = tag.as_str()),
                first,
            );
            return Ok(());
        }
        let h = self.household_ref(loc, "household", household)?;
        let p = match (h, pen) {
            (Some(h), Some(label)) => self.pen_ref(loc, h, household, label)?.map(Some),
            (_, None) => Some(None),
            (None, Some(_)) => None,
        };
        let d = match dam {
            Some(d) => self.animal_ref(loc, "dam", d)?.map(Some),
            None => Some(None),
        };
        let (Some(h), Some(p), Some(d)) = (h, p, d) else {
            // Reported; keep the tag known so rows naming it say no more.
            self.broken_animals.insert(tag);
            return Ok(());
        };
        let existing = self.store.animal_by_tag(&tag)?.map(any);
        let refs = Refs {
            household: Some(h),
            pen: p,
            animal: d,
            ..Refs::default()
        };
        let what = tr!("imp-what-animal", tag = tag.as_str());
        let r = self.settle(loc, "ear_tag", &what, existing, animal.into(), refs);
        self.animals.insert(tag, (r, loc));
        Ok(())
    }
    pub(super) fn pregnancy(
        &mut self,
        loc: Loc,
        cow: &str,
        named: Named,
        pregnancy: Pregnancy,
    ) -> StoreResult<()> {
        let c = self.animal_ref(loc, "cow", cow)?;
        let mut optional = |column: &'static str, tag: Option<&str>| match tag {
            Some(t) => self.animal_ref(loc, column, t).map(|r| r.map(Some)),
            None => Ok(Some(None)),
        };
        let k = optional("calf", named.calf)?;
        let twin = optional("twin_calf", named.twin)?;
        let sire = optional("sire_bull", named.sire)?;
        let (Some(c), Some(k), Some(twin), Some(sire)) = (c, k, twin, sire) else {
            return Ok(());
        };
        let date = pregnancy.service_date;
        let what = tr!("imp-what-pregnancy", cow = cow, date = date.to_string());
        if let Some(first) = self.pregnancies.get(&(c, date)) {
            let first = *first;
            self.twice(loc, "service_date", what, first);
            return Ok(());
        }
        self.pregnancies.insert((c, date), loc);
        let mut stored: Vec<Stored<Pregnancy>> = match c {
            Ref::Id(id) => self
                .store
                .pregnancies_of(AnimalId(id))?
                .into_iter()
                .filter(|p| p.record.service_date == date)
                .collect(),
            Ref::New(_) => Vec::new(),
        };
        if stored.len() > 1 {
            self.problems.field(
                loc,
                "service_date",
                tr!(
                    "imp-pregnancies-same-day-stored",
                    cow = cow,
                    n = stored.len(),
                    date = date.to_string()
                ),
            );
            return Ok(());
        }
        let refs = Refs {
            animal: Some(c),
            calf: k,
            twin,
            sire,
            ..Refs::default()
        };
        let existing = stored.pop().map(any);
        self.settle(loc, "service_date", &what, existing, pregnancy.into(), refs);
        Ok(())
    }
    pub(super) fn income(
        &mut self,
        loc: Loc,
        household: &str,
        animal: Option<&str>,
        log: IncomeLog,
    ) -> StoreResult<()> {
        let h = self.household_ref(loc, "household", household)?;
        let a = match animal {
            Some(t) => self.animal_ref(loc, "animal", t)?.map(Some),
            None => Some(None),
        };
        let (Some(h), Some(a)) = (h, a) else {
            return Ok(());
        };
        let refs = Refs {
            household: Some(h),
            animal: a,
            ..Refs::default()
        };
        let write = Write {
            loc,
            action: Action::Insert,
            record: log.into(),
            refs,
        };
        // A log has no code: it matches a stored log with every field
        // equal, each stored log matched at most once.
        if let (Ref::Id(hid), Some(AnyRecord::Income(concrete))) = (h, materialise(&write, &[])) {
            if !self.income_cache.contains_key(&hid) {
                let logs = self.store.income_of(HouseholdId(hid))?;
                self.income_cache
                    .insert(hid, logs.into_iter().map(|s| (s.record, false)).collect());
            }
            let logs = self.income_cache.get_mut(&hid);
            if let Some(slot) = logs
                .into_iter()
                .flatten()
                .find(|(l, used)| !used && *l == concrete)
            {
                slot.1 = true;
                if self.update {
                    self.tally(RecordKind::Income).unchanged += 1;
                } else {
                    self.problems.row(
                        loc,
                        tr!(
                            "imp-income-already-stored",
                            household = household,
                            date = concrete.date.to_string()
                        ),
                    );
                }
                return Ok(());
            }
        }
        self.plan.writes.push(write);
        self.tally(RecordKind::Income).added += 1;
        Ok(())
    }
    pub(super) fn member(&mut self, loc: Loc, household: &str, member: Member) -> StoreResult<()> {
        let Some(h) = self.household_ref(loc, "household", household)? else {
            return Ok(());
        };
        let name = member.name.clone();
        let what = tr!(
            "imp-what-member",
            name = name.as_str(),
            household = household
        );
        if let Some(first) = self.members.get(&(h, name.clone())) {
            let first = *first;
            self.twice(loc, "name", what, first);
            return Ok(());
        }
        self.members.insert((h, name.clone()), loc);
        let mut stored: Vec<Stored<Member>> = match h {
            Ref::Id(id) => self
                .store
                .members_of(HouseholdId(id))?
                .into_iter()
                .filter(|m| m.record.name == name)
                .collect(),
            Ref::New(_) => Vec::new(),
        };
        let refs = Refs {
            household: Some(h),
            ..Refs::default()
        };
        let existing = stored.pop().map(any);
        let r = self.settle(loc, "name", &what, existing, member.into(), refs);
        self.member_refs.insert((h, name), r);
        Ok(())
    }
}
