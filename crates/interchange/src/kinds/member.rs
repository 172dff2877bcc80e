//! Household member rows in exports and imports: columns, cells, reading.
//! A member is named by its household's code and its name.

use super::{InterchangeKind, Resolved};
use crate::cell::*;
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_i18n::tr;
use kumban_model::member::birth_year_in_future;
use kumban_model::*;

/// The relations as exported: one word each, `other-relative` hyphened
/// as `not-poor` is (`choice` also reads "other relative").
const RELATION: &[(&str, Relation)] = &[
    ("head", Relation::Head),
    ("spouse", Relation::Spouse),
    ("child", Relation::Child),
    ("parent", Relation::Parent),
    ("sibling", Relation::Sibling),
    ("grandchild", Relation::Grandchild),
    ("other-relative", Relation::OtherRelative),
    ("other", Relation::Other),
];

fn relation_word(r: Relation) -> &'static str {
    RELATION
        .iter()
        .find(|(_, v)| *v == r)
        .map_or("other", |(w, _)| w)
}

impl InterchangeKind for Member {
    const STEM: &'static str = "members";
    const ONE: &'static str = "household member";
    const MANY: &'static str = "household members";
    const COLUMNS: &'static [Column] = &[
        col("household", Text, true),
        col("name", Text, true),
        col("sex", Text, true),
        col("birth_year", Int, true),
        col("relation", Text, true),
        col("works", Bool, false),
        col("groups", List, false),
        col("notes", Text, false),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let m = self;
        let what = || tr!("exp-what-member", name = m.name.as_str());
        Ok(vec![
            Names::name(&names.households, "household", m.household.0, &what)?,
            m.name.clone(),
            m.sex.label().into(),
            m.birth_year.to_string(),
            relation_word(m.relation).into(),
            yes_no(m.works).into(),
            groups_text(&m.groups),
            m.notes.clone(),
        ])
    }

    fn draft(c: &mut Cells) -> Draft {
        let mut groups = Vec::new();
        for g in split_groups(c.raw("groups")) {
            match Group::parse_said(g) {
                Ok(g) => groups.push(g),
                Err(m) => c.bad("groups", m.text()),
            }
        }
        let year = c.int("birth_year", None);
        let birth_year: u16 = c.range("birth_year", year, &tr!("imp-birth-year-range"));
        if year.is_some()
            && let Some(m) = birth_year_in_future(birth_year, c.today())
        {
            c.bad("birth_year", m.text());
        }
        Draft::Member {
            household: c.text("household"),
            member: Member {
                household: HouseholdId(NO_ID),
                name: c.text("name"),
                sex: c.choice("sex", words::SEX, None).unwrap_or(Sex::Female),
                birth_year,
                relation: c
                    .choice("relation", RELATION, None)
                    .unwrap_or(Relation::Other),
                works: c.bool("works"),
                groups,
                notes: c.text("notes"),
            },
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.household = HouseholdId(ids.household?);
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_relation_has_its_word() {
        for r in Relation::ALL {
            let w = relation_word(r);
            assert_eq!(choice(w, RELATION), Ok(r));
            assert_eq!(
                choice(r.label(), RELATION),
                Ok(r),
                "as the screens write it"
            );
        }
    }
}
