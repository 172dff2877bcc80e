//! Household members: the household exists, names are unique within a
//! household (exports name a member by household and name), and every
//! production group a member works in is one of the household's groups.

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, household_exists, refused_said};
use crate::schema::{IndexEntry, Tree};
use kumban_model::{Household, Member, RecordKind};

impl StoreKind for Member {
    const TREE: Tree = Tree::Members;
    const TAG: u8 = tag::MEMBER;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let key = keys::join(&[&keys::id(self.household.0), &keys::id(id)]);
        vec![(Tree::MemberByHousehold, key, Vec::new())]
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        household_exists(view, RecordKind::Member, self.household)?;
        let siblings = view.referrers(
            Tree::MemberByHousehold,
            RecordKind::Member,
            &keys::id(self.household.0),
        )?;
        for other in siblings.into_iter().filter(|o| *o != id) {
            if view
                .get::<Member>(other)?
                .is_some_and(|o| o.name == self.name)
            {
                return Err(refused_said(
                    RecordKind::Member,
                    "name",
                    kumban_i18n::Message::new("store-duplicate-member")
                        .with("name", self.name.as_str()),
                ));
            }
        }
        if let Some(h) = view.get::<Household>(self.household.0)?
            && let Some(g) = self.groups.iter().find(|g| !h.in_group(g))
        {
            return Err(refused_said(
                RecordKind::Member,
                "groups",
                kumban_i18n::Message::new("store-household-not-in-group")
                    .with("code", h.code.as_str())
                    .with("group", g.to_string()),
            ));
        }
        Ok(())
    }

    fn delete_blockers(&self, view: &View, id: u64) -> Result<Blockers> {
        let mut b = Blockers::of(format!("household member {}", self.name));
        b.count(
            super::training::attended(view, id)?,
            "attendance at a training",
            "attendances at trainings",
        );
        Ok(b)
    }

    fn contribution(&self, add: &mut dyn FnMut(String, i64)) {
        use crate::aggregate::key;
        add(key::PEOPLE.into(), 1);
        for g in &self.groups {
            add(key::people_in_group(g.as_str()), 1);
        }
    }
}

/// The household's members named in a delete refusal: how many, and the
/// first few names so the clerk knows whom to move or delete first.
pub(super) fn members_blocker(view: &View, household: u64, b: &mut Blockers) -> Result<()> {
    const NAMED: usize = 5;
    let ids = view.referrers(
        Tree::MemberByHousehold,
        RecordKind::Member,
        &keys::id(household),
    )?;
    if ids.is_empty() {
        return Ok(());
    }
    let mut names = Vec::new();
    for id in ids.iter().take(NAMED) {
        if let Some(m) = view.get::<Member>(*id)? {
            names.push(m.name);
        }
    }
    if ids.len() > NAMED {
        names.push("…".into());
    }
    let noun = if ids.len() == 1 {
        "household member"
    } else {
        "household members"
    };
    b.by.push(format!("{} {noun} ({})", ids.len(), names.join(", ")));
    Ok(())
}

/// A household's members who work in a group the household is leaving:
/// the household's edit is refused until they are changed.
pub(super) fn groups_still_used(view: &View, household: &Household, id: u64) -> Result<()> {
    let ids = view.referrers(Tree::MemberByHousehold, RecordKind::Member, &keys::id(id))?;
    for m in ids {
        if let Some(member) = view.get::<Member>(m)?
            && let Some(g) = member.groups.iter().find(|g| !household.in_group(g))
        {
            return Err(refused_said(
                RecordKind::Household,
                "groups",
                kumban_i18n::Message::new("store-member-in-group")
                    .with("name", member.name.as_str())
                    .with("group", g.to_string()),
            ));
        }
    }
    Ok(())
}
