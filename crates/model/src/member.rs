//! Household members: the people of a household, so that "income per
//! member" of a production group can count people rather than households.

use super::{Date, Group, HouseholdId, Problem, Problems, Sex};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};

/// How a member is related to the head of the household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Relation {
    Head,
    Spouse,
    Child,
    Parent,
    Sibling,
    Grandchild,
    OtherRelative,
    Other,
}

impl Relation {
    pub const ALL: [Relation; 8] = [
        Relation::Head,
        Relation::Spouse,
        Relation::Child,
        Relation::Parent,
        Relation::Sibling,
        Relation::Grandchild,
        Relation::OtherRelative,
        Relation::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Relation::Head => "head",
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Parent => "parent",
            Relation::Sibling => "sibling",
            Relation::Grandchild => "grandchild",
            Relation::OtherRelative => "other relative",
            Relation::Other => "other",
        }
    }

    /// Reads a label as written in exports and forms (`other relative`,
    /// also `other-relative`).
    pub fn parse(s: &str) -> Option<Relation> {
        let s = s.trim().to_lowercase().replace(['-', '_'], " ");
        Relation::ALL.into_iter().find(|r| r.label() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub household: HouseholdId,
    /// Any script the village writes names in (Lao, Latin, Chinese), under
    /// the clean-text rules of `text`.
    pub name: String,
    pub sex: Sex,
    pub birth_year: u16,
    pub relation: Relation,
    pub works: bool,
    /// Production groups the person works in; each must be one of the
    /// household's groups (a rule across records, kept by the store).
    pub groups: Vec<Group>,
    pub notes: String,
}

/// No one alive was born earlier; an earlier year is a typing slip.
pub const EARLIEST_BIRTH_YEAR: u16 = 1900;
/// The store knows no "today", so it only bounds the year; forms and the
/// importer, which do, also refuse a year after today's (`problems_on`).
const LATEST_BIRTH_YEAR: u16 = 2100;

impl Member {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.text("name", &self.name, 80, true);
        if !(EARLIEST_BIRTH_YEAR..=LATEST_BIRTH_YEAR).contains(&self.birth_year) {
            p.add(
                "birth_year",
                Message::new("err-birth-year-range")
                    .with("year", self.birth_year.to_string())
                    .with("earliest", EARLIEST_BIRTH_YEAR.to_string())
                    .with("latest", LATEST_BIRTH_YEAR.to_string()),
            );
        }
        for g in &self.groups {
            if !g.is_valid() {
                p.add(
                    "groups",
                    Message::new("err-group-name").with("group", g.to_string()),
                );
            }
        }
        let mut sorted = self.groups.clone();
        sorted.sort();
        sorted.dedup();
        if sorted.len() != self.groups.len() {
            p.add("groups", Message::new("err-group-twice"));
        }
        p.text("notes", &self.notes, 500, false);
        p.0
    }

    /// The rules of `validate` plus those that need today's date: a birth
    /// year after this year is refused.
    pub fn problems_on(&self, today: Date) -> Vec<Problem> {
        let mut p = Problems(self.validate());
        if let Some(m) = birth_year_in_future(self.birth_year, today) {
            p.add("birth_year", m);
        }
        p.0
    }

    pub fn in_group(&self, group: &Group) -> bool {
        self.groups.contains(group)
    }

    pub fn facts(&self) -> Vec<crate::review::Fact> {
        // A member has no dated event: an approved month does not lock it.
        Vec::new()
    }
}

/// Why a birth year is refused on `today`, if it is in the future.
pub fn birth_year_after_today(year: u16, today: Date) -> Option<String> {
    birth_year_in_future(year, today).map(|m| m.english())
}

/// `birth_year_after_today`, unsaid, for the session's language.
pub fn birth_year_in_future(year: u16, today: Date) -> Option<Message> {
    (i32::from(year) > today.year()).then(|| {
        Message::new("err-birth-year-future")
            .with("year", year.to_string())
            .with("today", today.to_string())
    })
}

crate::kind!(Member: Member, MemberId, "household member", |me| crate::BelongsTo::Household(me.household));

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Member {
        Member {
            household: HouseholdId(1),
            name: "ນາງ ແກ້ວ".into(),
            sex: Sex::Female,
            birth_year: 1985,
            relation: Relation::Spouse,
            works: true,
            groups: vec![Group::weaving()],
            notes: String::new(),
        }
    }

    #[test]
    fn rules() {
        let today = Date::from_ymd(2026, 11, 28).unwrap();
        assert!(sample().problems_on(today).is_empty());
        let mut m = sample();
        m.name = " ".into();
        m.birth_year = 1899;
        m.groups = vec![Group::weaving(), Group::weaving()];
        let msgs: Vec<String> = m.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            msgs,
            vec![
                "name: must not be empty",
                "birth_year: 1899 is before 1900 or after 2100; write the year of birth, such as 1985",
                "groups: a production group is listed twice",
            ]
        );
        let mut m = sample();
        m.birth_year = 2027;
        assert!(m.validate().is_empty(), "the store alone cannot tell");
        let msgs: Vec<String> = m.problems_on(today).iter().map(|p| p.to_string()).collect();
        assert_eq!(
            msgs,
            vec![
                "birth_year: 2027 is in the future (today is 2026-11-28); write the year of birth"
            ]
        );
        m.birth_year = 2026;
        assert!(m.problems_on(today).is_empty(), "born this year is fine");
    }

    #[test]
    fn relations_read_back_from_their_labels() {
        for r in Relation::ALL {
            assert_eq!(Relation::parse(r.label()), Some(r));
        }
        assert_eq!(
            Relation::parse("Other-Relative"),
            Some(Relation::OtherRelative)
        );
        assert_eq!(Relation::parse("cousin"), None);
    }
}
