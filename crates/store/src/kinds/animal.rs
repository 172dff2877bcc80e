//! Animals: unique ear tags; the household, pen and dam exist and fit; a
//! cow keeps her sex and may not leave while pregnant; a delete is refused
//! while breeding records, calves or income logs name the animal.

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, household_exists, refused_said, unique};
use crate::schema::{IndexEntry, Tree};
use kumban_i18n::Message;
use kumban_model::{Animal, AnimalId, Origin, Pen, Pregnancy, RecordKind, Sex};

const K: RecordKind = RecordKind::Animal;

impl StoreKind for Animal {
    const TREE: Tree = Tree::Animals;
    const TAG: u8 = tag::ANIMAL;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let idb = keys::id(id);
        let plain = |t: Tree, parts: &[&[u8]]| (t, keys::join(parts), Vec::new());
        let mut v = vec![
            (
                Tree::AnimalByTag,
                self.ear_tag.as_bytes().to_vec(),
                idb.to_vec(),
            ),
            plain(
                Tree::AnimalByHousehold,
                &[&keys::id(self.household.0), &idb],
            ),
        ];
        if let Some(pen) = self.pen {
            v.push(plain(Tree::AnimalByPen, &[&keys::id(pen.0), &idb]));
        }
        if let Origin::BornTo { dam } = self.origin {
            v.push(plain(Tree::AnimalByDam, &[&keys::id(dam.0), &idb]));
        }
        v
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        let a = self;
        if let Some(other) = unique(view, Tree::AnimalByTag, &a.ear_tag, id)?
            && view
                .get::<Animal>(other)?
                .is_some_and(|o| o.ear_tag == a.ear_tag)
        {
            return Err(refused_said(
                K,
                "ear_tag",
                kumban_i18n::Message::new("store-duplicate-ear-tag")
                    .with("tag", a.ear_tag.as_str()),
            ));
        }
        household_exists(view, K, a.household)?;
        if let Some(pen) = a.pen {
            match view.get::<Pen>(pen.0)? {
                None => {
                    return Err(refused_said(
                        K,
                        "pen",
                        Message::new("store-no-pen").with("id", pen.to_string()),
                    ));
                }
                Some(p) if p.household != a.household => {
                    return Err(refused_said(
                        K,
                        "pen",
                        Message::new("store-pen-of-another").with("label", p.label.as_str()),
                    ));
                }
                Some(_) => {}
            }
        }
        if let Origin::BornTo { dam } = a.origin {
            if dam.0 == id {
                return Err(refused_said(K, "origin", Message::new("store-own-dam")));
            }
            match view.get::<Animal>(dam.0)? {
                None => {
                    return Err(refused_said(
                        K,
                        "origin",
                        Message::new("store-no-dam").with("id", dam.to_string()),
                    ));
                }
                Some(d) if d.sex != Sex::Female => {
                    return Err(refused_said(
                        K,
                        "origin",
                        Message::new("store-dam-not-female").with("tag", d.ear_tag.as_str()),
                    ));
                }
                Some(_) => {}
            }
        }
        if !a.is_active() {
            for p in view.referrers(Tree::PregnancyByCow, RecordKind::Pregnancy, &keys::id(id))? {
                if view.get::<Pregnancy>(p)?.is_some_and(|p| p.is_pending()) {
                    return Err(refused_said(
                        K,
                        "status",
                        Message::new("store-pending-first").with("tag", a.ear_tag.as_str()),
                    ));
                }
            }
        }
        if a.sex != Sex::Female {
            let calves = view.referrers(Tree::AnimalByDam, K, &keys::id(id))?;
            let pregs =
                view.referrers(Tree::PregnancyByCow, RecordKind::Pregnancy, &keys::id(id))?;
            if !calves.is_empty() || !pregs.is_empty() {
                return Err(refused_said(
                    K,
                    "sex",
                    Message::new("store-must-stay-female")
                        .with("calves", calves.len())
                        .with("records", pregs.len()),
                ));
            }
        }
        if a.sex != Sex::Male {
            let services =
                view.referrers(Tree::PregnancyBySire, RecordKind::Pregnancy, &keys::id(id))?;
            if !services.is_empty() {
                return Err(refused_said(
                    K,
                    "sex",
                    Message::new("store-must-stay-male").with("records", services.len()),
                ));
            }
        }
        // The pregnancy's own rules (an active cow; the calf born to the cow)
        // must still hold when the animal changes, or `check` would fail later.
        if !a.is_active() {
            let pregs =
                view.referrers(Tree::PregnancyByCow, RecordKind::Pregnancy, &keys::id(id))?;
            for p in pregs {
                if view.get::<Pregnancy>(p)?.is_some_and(|p| p.is_pending()) {
                    return Err(refused_said(
                        K,
                        "status",
                        Message::new("store-pending-outcome").with("tag", a.ear_tag.as_str()),
                    ));
                }
            }
        }
        if let Some(before) = view.store.get::<Animal>(AnimalId(id))?
            && let Origin::BornTo { dam } = before.record.origin
            && a.origin != before.record.origin
        {
            let births = view.referrers(
                Tree::PregnancyByCow,
                RecordKind::Pregnancy,
                &keys::id(dam.0),
            )?;
            for b in births {
                if view
                    .get::<Pregnancy>(b)?
                    .is_some_and(|p| p.calves().any(|c| c.0 == id))
                {
                    return Err(refused_said(
                        K,
                        "origin",
                        Message::new("store-calf-of-calving").with("tag", a.ear_tag.as_str()),
                    ));
                }
            }
        }
        Ok(())
    }

    fn delete_blockers(&self, view: &View, id: u64) -> Result<Blockers> {
        let a = self;
        let key = keys::id(id);
        let mut b = Blockers::of(format!("animal {}", a.ear_tag));
        b.count(
            view.referrers(Tree::PregnancyByCow, RecordKind::Pregnancy, &key)?
                .len(),
            "breeding record",
            "breeding records",
        );
        b.count(
            view.referrers(Tree::AnimalByDam, RecordKind::Animal, &key)?
                .len(),
            "calf",
            "calves",
        );
        b.count(
            view.referrers(Tree::PregnancyBySire, RecordKind::Pregnancy, &key)?
                .len(),
            "breeding record naming it as sire",
            "breeding records naming it as sire",
        );
        b.count(
            view.referrers(Tree::IncomeByAnimal, RecordKind::Income, &key)?
                .len(),
            "income log",
            "income logs",
        );
        super::health::health_blocker(view, id, &mut b)?;
        b.count(
            view.referrers(Tree::WeightByAnimalDate, RecordKind::Weight, &key)?
                .len(),
            "weight",
            "weights",
        );
        if let Origin::BornTo { dam } = a.origin {
            let births = view.referrers(
                Tree::PregnancyByCow,
                RecordKind::Pregnancy,
                &keys::id(dam.0),
            )?;
            let mut n = 0;
            for b in births {
                if let Some(p) = view.get::<Pregnancy>(b)?
                    && p.calves().any(|c| c.0 == id)
                {
                    n += 1;
                }
            }
            b.count(n, "calving record", "calving records");
        }
        Ok(b)
    }

    fn contribution(&self, add: &mut dyn FnMut(String, i64)) {
        use crate::aggregate::key;
        if self.is_active() {
            add(key::active_by_sex(self.sex.label()), 1);
        }
        add(key::origin(self.origin.label()), 1);
        add(key::animal_status(self.status.label()), 1);
    }
}
