//! Household members: the people of each household, and the production
//! groups they work in.

use super::*;
use crate::list::{Show, col, flex, num};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 8] = [
    col("Hhold", 7).dropped(0),
    flex("Name", 18),
    col("Sex", 6).dropped(2).shown(Show::Choice),
    num("Born", 5).dropped(1),
    col("Relation", 10).dropped(1).shown(Show::Choice),
    col("Works", 5).dropped(3).shown(Show::Choice),
    col("Groups", 14).dropped(2),
    flex("Head of household", 14).dropped(4),
];

pub fn load(store: &Store) -> Result<Rows> {
    let households = Households::load(store)?;
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for m in store.all::<Member>() {
        let m = m?;
        let r = &m.record;
        rows.push(
            Row::new(
                m.id,
                vec![
                    households.code(r.household),
                    clean(&r.name),
                    r.sex.label().to_string(),
                    r.birth_year.to_string(),
                    r.relation.label().to_string(),
                    yes_no(r.works).to_string(),
                    groups_text(&r.groups),
                    households.name(r.household),
                ],
            )
            .with_key(3, i64::from(r.birth_year))
            .with_key(4, r.relation as i64),
        );
    }
    Ok(rows.finish())
}

fn groups_text(groups: &[Group]) -> String {
    if groups.is_empty() {
        return "—".into();
    }
    groups
        .iter()
        .map(|g| clean(g.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
    let Some(m) = store.get::<Member>(MemberId(id))? else {
        return Ok(None);
    };
    let r = &m.record;
    let owner = household_line(store, r.household)?;
    let title = kumban_i18n::tr!("detail-of", what = clean(&r.name), owner = owner.clone());
    let mut d = Detail::new(title, Tab::Members, id);
    d.jump_field("Household", Related::OwnerHousehold, owner);
    d.field("Name", clean(&r.name));
    d.field("Sex", word(r.sex.label()));
    let age = today.year() - i32::from(r.birth_year);
    d.field(
        "Birth year",
        kumban_i18n::tr!("detail-age", year = r.birth_year.to_string(), age = age),
    );
    d.field(
        "Relation",
        match r.relation {
            Relation::Head => kumban_i18n::tr("detail-head-of-household"),
            other => kumban_i18n::tr!("detail-of-the-head", relation = word(other.label())),
        },
    );
    d.field("Works", yes_no_word(r.works));
    d.field("Groups", groups_text(&r.groups));
    d.field(
        "Notes",
        if r.notes.is_empty() {
            "—".into()
        } else {
            clean(&r.notes)
        },
    );
    audit_fields(&mut d, m.id, &m.audit);
    Ok(Some(d))
}

/// A household's members, for its detail popup.
pub fn member_line(m: &Stored<Member>) -> String {
    let r = &m.record;
    kumban_i18n::tr!(
        "detail-member-line",
        name = clean(&r.name),
        sex = word(r.sex.label()),
        year = r.birth_year.to_string(),
        relation = word(r.relation.label()),
        groups = if r.groups.is_empty() {
            String::new()
        } else {
            format!(", {}", groups_text(&r.groups))
        }
    )
}

impl KindScreen for Member {
    const TAB: Tab = Tab::Members;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
        detail(store, id, today)
    }

    fn related(store: &Store, id: MemberId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        let Some(m) = store.get::<Member>(id)? else {
            return Ok(None);
        };
        Ok(match rel {
            Related::OwnerHousehold => Some(super::pens::owner_scope(store, m.record.household)?),
            Related::TrainingsOfMember => Some((
                Tab::Attendance,
                scope(
                    kumban_i18n::tr!("scope-trainings-of", name = clean(&m.record.name)),
                    store.attendance_of_member(id)?.into_iter().map(|a| a.id),
                ),
            )),
            _ => None,
        })
    }

    fn in_words(&self, store: &Store) -> Result<String> {
        Ok(kumban_i18n::tr!(
            "words-member",
            name = clean(&self.name),
            household = code_or_id(store, self.household)?
        ))
    }

    // The name goes in the summary: names are long, and a long Record
    // column would push Who and Change off an 80-column History.
    fn history_name(&self, names: &history::Names) -> String {
        format!("member {}", names.household(self.household))
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        kumban_i18n::tr!(
            "summary-member",
            name = clean(&self.name),
            relation = word(self.relation.label()),
            year = self.birth_year.to_string()
        )
    }

    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)> {
        let m = self;
        vec![
            ("household", names.household(m.household)),
            ("name", clean(&m.name)),
            ("sex", m.sex.label().into()),
            ("birth year", m.birth_year.to_string()),
            ("relation", m.relation.label().into()),
            ("works", yes_no(m.works).into()),
            ("groups", groups_text(&m.groups)),
            ("notes", clean(&m.notes)),
        ]
    }
}
