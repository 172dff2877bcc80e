//! Resolving codes to records: in this import first, then in the store;
//! and the order in which animals must be written so a dam comes first.

use super::super::from_cells::Draft;
use super::super::problems::Loc;
use super::{Planner, Ref, StoreResult};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::Stored;
use std::collections::HashMap;

impl Planner<'_> {
    pub(super) fn household_ref(
        &mut self,
        loc: Loc,
        field: &str,
        code: &str,
    ) -> StoreResult<Option<Ref>> {
        if let Some((r, _)) = self.households.get(code) {
            return Ok(Some(*r));
        }
        if let Some(h) = self.store.household_by_code(code)? {
            return Ok(Some(Ref::Id(h.id)));
        }
        if !self.broken_households.contains(code) {
            let m = if code.is_empty() {
                tr!("imp-enter-household")
            } else {
                tr!("imp-no-household", code = code)
            };
            self.problems.field(loc, field, m);
        }
        Ok(None)
    }
    pub(super) fn stored_pens(&self, household: Ref, label: &str) -> StoreResult<Vec<Stored<Pen>>> {
        Ok(match household {
            Ref::Id(h) => self
                .store
                .pens_of(HouseholdId(h))?
                .into_iter()
                .filter(|p| p.record.label == label)
                .collect(),
            Ref::New(_) => Vec::new(),
        })
    }
    pub(super) fn pen_ref(
        &mut self,
        loc: Loc,
        household: Ref,
        code: &str,
        label: &str,
    ) -> StoreResult<Option<Ref>> {
        if let Some((r, _)) = self.pens.get(&(household, label.to_string())) {
            return Ok(Some(*r));
        }
        let stored = self.stored_pens(household, label)?;
        match stored.as_slice() {
            [one] => return Ok(Some(Ref::Id(one.id))),
            [] => self
                .problems
                .field(loc, "pen", tr!("imp-no-pen", code = code, label = label)),
            many => self.problems.field(
                loc,
                "pen",
                tr!(
                    "imp-pens-same-label",
                    code = code,
                    n = many.len(),
                    label = label
                ),
            ),
        }
        Ok(None)
    }
    pub(super) fn animal_ref(
        &mut self,
        loc: Loc,
        field: &str,
        tag: &str,
    ) -> StoreResult<Option<Ref>> {
        if let Some((r, _)) = self.animals.get(tag) {
            return Ok(Some(*r));
        }
        if let Some(a) = self.store.animal_by_tag(tag)? {
            return Ok(Some(Ref::Id(a.id)));
        }
        if !self.broken_animals.contains(tag) {
            self.problems
                .field(loc, field, tr!("imp-no-animal", tag = tag));
        }
        Ok(None)
    }
    /// Animal rows in an order where a dam named in this import comes
    /// before her calves; a loop of dams is reported and left out.
    pub(super) fn dams_first(&mut self, rows: &[(Loc, Draft)]) -> Vec<usize> {
        let tag = |i: usize| match &rows[i].1 {
            Draft::Animal { animal, .. } => animal.ear_tag.as_str(),
            _ => "",
        };
        let mut index: HashMap<&str, usize> = HashMap::new();
        for i in 0..rows.len() {
            index.entry(tag(i)).or_insert(i);
        }
        let dam_of = |i: usize| match &rows[i].1 {
            Draft::Animal { dam: Some(d), .. } => index.get(d.as_str()).copied(),
            _ => None,
        };
        // 0 unvisited, 1 on the current path, 2 placed (or left out).
        let mut state = vec![0u8; rows.len()];
        let mut order = Vec::with_capacity(rows.len());
        for start in 0..rows.len() {
            if state[start] != 0 {
                continue;
            }
            let mut path = vec![start];
            state[start] = 1;
            while let Some(&cur) = path.last() {
                match dam_of(cur) {
                    Some(d) if state[d] == 0 => {
                        state[d] = 1;
                        path.push(d);
                    }
                    Some(d) if state[d] == 1 => {
                        let from = path.iter().position(|p| *p == d).unwrap_or(0);
                        for &i in &path[from..] {
                            state[i] = 2;
                            self.broken_animals.insert(tag(i).to_string());
                            self.problems.field(
                                rows[i].0,
                                "dam",
                                tr!("imp-dam-loop", tag = tag(i)),
                            );
                        }
                        path.truncate(from);
                    }
                    _ => {
                        state[cur] = 2;
                        order.push(cur);
                        path.pop();
                    }
                }
            }
        }
        order
    }
}
