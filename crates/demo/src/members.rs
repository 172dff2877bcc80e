//! The people of the demonstration households: the head, a spouse, their
//! children and sometimes a parent, as many as the household's member
//! count. In each weaving household one woman weaves, so the weaving
//! group has 22 weavers earning about 800 USD a year each, as the seed
//! project reports.

use super::{DemoSummary, FAMILY, GIVEN};
use kumban_model::*;
use kumban_store::{Batch, StoreError};

/// What the family of one household is made from.
pub(crate) struct Family<'a> {
    pub household: HouseholdId,
    pub head_name: &'a str,
    pub head_female: bool,
    /// The household's member count: the family has this many people.
    pub size: u8,
    pub groups: &'a [Group],
    /// Varies names and years between households.
    pub seed: usize,
}

/// Lao names for odd seeds, Latin ones for even, as the heads' are.
fn given(seed: usize, k: usize, female: bool) -> String {
    let (lao, latin) = GIVEN[(seed * 7 + k * 3) % GIVEN.len()];
    if seed.is_multiple_of(2) {
        let title = if female { "ນາງ" } else { "ທ້າວ" };
        format!("{title} {lao}")
    } else {
        latin.to_string()
    }
}

/// The family name of the household (`other` 0), or of a family married
/// into it, in the script of the household's names.
fn family_name(seed: usize, other: usize) -> &'static str {
    let (lao, latin) = FAMILY[(seed * 3 + 1 + other) % FAMILY.len()];
    if seed.is_multiple_of(2) { lao } else { latin }
}

/// The household's people, head first.
pub(crate) fn family(f: &Family<'_>) -> Vec<Member> {
    let has = |g: &Group| f.groups.contains(g);
    let head_born = 1962 + (f.seed % 20) as u16;
    let weaves = has(&Group::weaving());
    // The head keeps the cattle; the wife weaves where the household
    // weaves and grows corn where it grows corn.
    let farm: Vec<Group> = [Group::cattle(), Group::corn()]
        .into_iter()
        .filter(|g| has(g))
        .collect();
    let mut people = vec![Member {
        household: f.household,
        name: f.head_name.to_string(),
        sex: if f.head_female {
            Sex::Female
        } else {
            Sex::Male
        },
        birth_year: head_born,
        relation: Relation::Head,
        works: true,
        groups: if f.head_female && weaves {
            vec![Group::weaving()]
        } else {
            farm.clone()
        },
        notes: String::new(),
    }];
    if f.size >= 2 {
        let female = !f.head_female;
        people.push(Member {
            household: f.household,
            name: format!("{} {}", given(f.seed, 1, female), family_name(f.seed, 0)),
            sex: if female { Sex::Female } else { Sex::Male },
            birth_year: head_born + 2,
            relation: Relation::Spouse,
            works: true,
            groups: if female && weaves {
                vec![Group::weaving()]
            } else {
                farm.clone()
            },
            notes: if female && weaves {
                "ຕໍ່າແພ sinh skirts".into()
            } else {
                String::new()
            },
        });
    }
    // A grandmother in the larger households; children for the rest.
    let with_parent = f.size >= 6;
    let children = usize::from(f.size.saturating_sub(2)) - usize::from(with_parent);
    for k in 0..children {
        let female = (f.seed + k).is_multiple_of(2);
        let born = head_born + 22 + (k as u16) * 3;
        // Grown children help on the farm.
        let works = born + 18 <= 2017;
        people.push(Member {
            household: f.household,
            name: format!(
                "{} {}",
                given(f.seed, k + 2, female),
                family_name(f.seed, 0)
            ),
            sex: if female { Sex::Female } else { Sex::Male },
            birth_year: born,
            relation: Relation::Child,
            works,
            groups: if works && has(&Group::corn()) {
                vec![Group::corn()]
            } else {
                Vec::new()
            },
            notes: String::new(),
        });
    }
    if with_parent {
        people.push(Member {
            household: f.household,
            name: format!("{} {}", given(f.seed, 9, true), family_name(f.seed, 1)),
            sex: Sex::Female,
            birth_year: head_born - 25,
            relation: Relation::Parent,
            works: false,
            groups: Vec::new(),
            notes: String::new(),
        });
    }
    // Two people of one household never share a name (the store's rule):
    // the generated ones can, so a repeat gets a number.
    let mut seen: Vec<String> = Vec::new();
    for p in &mut people {
        let mut name = p.name.clone();
        let mut n = 2;
        while seen.contains(&name) {
            name = format!("{} {n}", p.name);
            n += 1;
        }
        seen.push(name.clone());
        p.name = name;
    }
    people
}

/// Writes the household's family.
pub(crate) fn insert(
    b: &mut Batch<'_>,
    f: &Family<'_>,
    s: &mut DemoSummary,
) -> Result<(), StoreError> {
    for m in family(f) {
        b.insert(m)?;
        s.members += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_has_the_household_size_and_one_weaver_where_it_weaves() {
        for size in 1..=8u8 {
            for head_female in [false, true] {
                let groups = [Group::cattle(), Group::weaving()];
                let f = Family {
                    household: HouseholdId(1),
                    head_name: "Bounmy Phommachanh",
                    head_female,
                    size,
                    groups: &groups,
                    seed: usize::from(size),
                };
                let people = family(&f);
                assert_eq!(people.len(), usize::from(size));
                assert_eq!(people[0].relation, Relation::Head);
                let weavers = people
                    .iter()
                    .filter(|m| m.in_group(&Group::weaving()))
                    .count();
                let expected = usize::from(head_female || size >= 2);
                assert_eq!(weavers, expected, "size {size}, female head {head_female}");
                let today = Date::from_ymd(2026, 11, 28).unwrap();
                for m in &people {
                    assert!(m.problems_on(today).is_empty(), "{m:?}");
                    assert!(m.groups.iter().all(|g| groups.contains(g)), "{m:?}");
                }
            }
        }
    }
}
