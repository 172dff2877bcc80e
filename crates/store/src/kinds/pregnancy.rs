//! Pregnancies: the cow exists, is female and active while pending, has one
//! pending pregnancy at a time, a herd bull named as sire is male, and the
//! calves recorded (one, or twins) were born to her.

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, refused_said};
use crate::schema::{IndexEntry, Tree};
use kumban_i18n::Message;
use kumban_model::animal::NotServable;
use kumban_model::{Animal, AnimalStatus, Origin, Outcome, Pregnancy, RecordKind, Sex};

const K: RecordKind = RecordKind::Pregnancy;

impl StoreKind for Pregnancy {
    const TREE: Tree = Tree::Pregnancies;
    const TAG: u8 = tag::PREGNANCY;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let idb = keys::id(id);
        let expected = keys::date(self.expected_calving());
        let mut v = vec![
            (
                Tree::PregnancyByCow,
                keys::join(&[&keys::id(self.cow.0), &idb]),
                Vec::new(),
            ),
            (
                Tree::PregnancyByExpected,
                keys::join(&[&expected, &idb]),
                Vec::new(),
            ),
        ];
        if let Some(bull) = self.sire_bull() {
            v.push((
                Tree::PregnancyBySire,
                keys::join(&[&keys::id(bull.0), &idb]),
                Vec::new(),
            ));
        }
        // Only the few pending ones, so "overdue" never scans history.
        if self.is_pending() {
            v.push((
                Tree::PendingByExpected,
                keys::join(&[&expected, &idb]),
                Vec::new(),
            ));
        }
        v
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        let p = self;
        let Some(cow) = view.get::<Animal>(p.cow.0)? else {
            return Err(refused_said(
                K,
                "cow",
                Message::new("store-no-cow").with("id", p.cow.to_string()),
            ));
        };
        if cow.sex != Sex::Female {
            return Err(refused_said(
                K,
                "cow",
                Message::new("store-male-pregnancy").with("tag", cow.ear_tag.as_str()),
            ));
        }
        if p.is_pending() {
            let mut pregnant = false;
            let others = view.referrers(Tree::PregnancyByCow, K, &keys::id(p.cow.0))?;
            for o in others.into_iter().filter(|o| *o != id) {
                if view.get::<Pregnancy>(o)?.is_some_and(|op| op.is_pending()) {
                    pregnant = true;
                    break;
                }
            }
            let why = match cow.can_be_served(pregnant) {
                Ok(()) => None,
                Err(NotServable::Inactive) => Some(
                    Message::new(match cow.status {
                        AnimalStatus::Sold { .. } => "store-cow-sold",
                        _ => "store-cow-died",
                    })
                    .with("tag", cow.ear_tag.as_str()),
                ),
                // Refused above, for every pregnancy.
                Err(NotServable::Male) => {
                    Some(Message::new("store-male-pregnancy").with("tag", cow.ear_tag.as_str()))
                }
                Err(NotServable::Pregnant) => {
                    Some(Message::new("store-already-pregnant").with("tag", cow.ear_tag.as_str()))
                }
            };
            if let Some(why) = why {
                return Err(refused_said(K, "cow", why));
            }
        }
        if let Some(bull) = p.sire_bull() {
            match view.get::<Animal>(bull.0)? {
                None => {
                    return Err(refused_said(
                        K,
                        "sire_bull",
                        Message::new("store-no-sire").with("id", bull.to_string()),
                    ));
                }
                Some(b) if b.sex != Sex::Male => {
                    return Err(refused_said(
                        K,
                        "sire_bull",
                        Message::new("store-sire-not-male").with("tag", b.ear_tag.as_str()),
                    ));
                }
                Some(_) => {}
            }
        }
        for calf in p.calves() {
            match view.get::<Animal>(calf.0)? {
                None => {
                    return Err(refused_said(
                        K,
                        "outcome",
                        Message::new("store-no-calf").with("id", calf.to_string()),
                    ));
                }
                Some(c) if c.origin != (Origin::BornTo { dam: p.cow }) => {
                    return Err(refused_said(
                        K,
                        "outcome",
                        Message::new("store-not-born-to")
                            .with("calf", c.ear_tag.as_str())
                            .with("cow", cow.ear_tag.as_str()),
                    ));
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    fn delete_blockers(&self, _: &View, _: u64) -> Result<Blockers> {
        Ok(Blockers::default())
    }

    fn contribution(&self, add: &mut dyn FnMut(String, i64)) {
        use crate::aggregate::key;
        match &self.outcome {
            Outcome::Pending => add(key::PREGNANT.into(), 1),
            Outcome::Calved { on, .. } => add(key::calved_in(on.year()), 1),
            Outcome::Lost { .. } => {}
        }
    }
}
