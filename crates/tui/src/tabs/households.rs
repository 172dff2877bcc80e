//! Households: who is enrolled, in which groups, and how poor.

use super::*;
use crate::list::{Show, col, flex, num};

pub static COLUMNS: [Column; 7] = [
    // On a narrow screen the village goes first (a clerk's list is mostly
    // one village), then the member count, then the demonstration flag:
    // code, name, groups and poverty stay.
    col("Code", 7).dropped(0),
    flex("Head of household", 22),
    col("Village", 10).dropped(3),
    num("Mem", 3).dropped(2),
    col("Groups", 18).dropped(0),
    col("Poverty", 9).dropped(0).shown(Show::Choice),
    col("Demo", 4).dropped(1).shown(Show::Choice),
];

pub fn load(store: &Store) -> Result<Rows> {
    build(store.all::<Household>())
}

/// The first `limit` households, in the order `load` gives them (by id):
/// what the tab shows while the whole list loads.
pub fn first_page(store: &Store, limit: usize) -> Result<Rows> {
    build(store.all::<Household>().take(limit))
}

fn build(households: impl Iterator<Item = Result<Stored<Household>>>) -> Result<Rows> {
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for h in households {
        let h = h?;
        let r = &h.record;
        let groups: Vec<&str> = r.groups.iter().map(|g| g.as_str()).collect();
        rows.push(
            Row::new(
                h.id,
                vec![
                    clean(&r.code),
                    clean(&r.head_name),
                    clean(&r.village),
                    r.members.to_string(),
                    clean(&groups.join(",")),
                    r.poverty.label().to_string(),
                    yes_no(r.demonstration).to_string(),
                ],
            )
            .with_key(3, i64::from(r.members)),
        );
    }
    Ok(rows.finish())
}

pub fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
    let Some(h) = store.get::<Household>(HouseholdId(id))? else {
        return Ok(None);
    };
    let r = &h.record;
    let mut d = Detail::new(
        kumban_i18n::tr!(
            "detail-household-title",
            code = clean(&r.code),
            name = clean(&r.head_name)
        ),
        Tab::Households,
        id,
    );
    d.field("Code", clean(&r.code));
    d.field("Head's name", clean(&r.head_name));
    d.field("Village", clean(&r.village));
    d.field("Members", r.members.to_string());
    d.field("Phone", opt(&r.phone));
    let groups: Vec<&str> = r.groups.iter().map(|g| g.as_str()).collect();
    d.field(
        "Groups",
        if groups.is_empty() {
            "—".into()
        } else {
            clean(&groups.join(", "))
        },
    );
    d.field("Demonstration", yes_no_word(r.demonstration));
    d.field(
        "Poverty",
        match r.poverty {
            Poverty::Exited { on } => {
                kumban_i18n::tr!("list-word-on", word = word("exited"), date = day(on))
            }
            p => word(p.label()),
        },
    );
    d.field(
        "Baseline income",
        r.baseline_income
            .map(|m| kumban_i18n::tr!("detail-a-year", amount = m.to_string()))
            .unwrap_or_else(|| "—".into()),
    );
    d.field("Enrolled on", day(r.enrolled_on));
    // The household's own cows (docs/reports.md), a few reads.
    let f = kumban_report::fertility::of_household(store, HouseholdId(id), today)?;
    d.field(
        "Fertility",
        kumban_report::fertility::figures(&f).join(" · "),
    );
    d.field(
        "Notes",
        if r.notes.is_empty() {
            "—".into()
        } else {
            clean(&r.notes)
        },
    );
    audit_fields(&mut d, h.id, &h.audit);

    let pens = store.pens_of(HouseholdId(id))?;
    d.section(
        "Pens",
        Some('p'),
        pens.iter()
            .map(|p| {
                kumban_i18n::tr!(
                    "detail-pen-line",
                    label = clean(&p.record.label),
                    status = word(p.record.status.label()),
                    capacity = p.record.capacity.to_string()
                )
            })
            .collect(),
    );
    let animals = store.animals_of(HouseholdId(id))?;
    d.section(
        "Cattle",
        Some('c'),
        animals.iter().map(super::animal_line).collect(),
    );
    let mut income = store.income_of(HouseholdId(id))?;
    // Newest first: the recent money is what a reviewer asks about.
    income.reverse();
    d.section(
        "Income and expense",
        Some('i'),
        income.iter().map(|i| super::income_line(i, None)).collect(),
    );
    // Last, so the herd and the money stay where a reviewer knows them.
    let members = store.members_of(HouseholdId(id))?;
    d.section(
        "Members",
        Some('m'),
        members.iter().map(super::members::member_line).collect(),
    );
    let mut visits = store.visits_of(HouseholdId(id))?;
    visits.reverse();
    d.section(
        "Technician visits",
        Some('V'),
        visits.iter().map(super::visits::visit_line).collect(),
    );
    // Its members' trainings, newest first, each once with who went.
    let mut trainings: Vec<(Date, u64, String, Vec<String>)> = Vec::new();
    for m in &members {
        for a in store.attendance_of_member(MemberId(m.id))? {
            let t = a.record.training;
            match trainings.iter_mut().find(|x| x.1 == t.0) {
                Some(x) => x.3.push(clean(&m.record.name)),
                None => {
                    if let Some(s) = store.get::<Training>(t)? {
                        trainings.push((
                            s.record.date,
                            t.0,
                            super::trainings::training_line(&s.record),
                            vec![clean(&m.record.name)],
                        ));
                    }
                }
            }
        }
    }
    trainings.sort_by_key(|t| std::cmp::Reverse((t.0, t.1)));
    d.section(
        "Trainings",
        None,
        trainings
            .into_iter()
            .map(|(_, _, line, who)| format!("{line}: {}", who.join(", ")))
            .collect(),
    );
    Ok(Some(d))
}

pub fn related(store: &Store, id: HouseholdId, rel: Related) -> Result<Option<(Tab, Scope)>> {
    let Some(h) = store.get::<Household>(id)? else {
        return Ok(None);
    };
    let code = clean(&h.record.code);
    Ok(Some(match rel {
        Related::PensOfHousehold => (
            Tab::Pens,
            scope(
                kumban_i18n::tr!("scope-pens", code = code.clone()),
                store.pens_of(id)?.into_iter().map(|p| p.id),
            ),
        ),
        Related::CattleOfHousehold => (
            Tab::Cattle,
            scope(
                kumban_i18n::tr!("scope-cattle", code = code.clone()),
                store.animals_of(id)?.into_iter().map(|a| a.id),
            ),
        ),
        Related::IncomeOfHousehold => (
            Tab::Income,
            scope(
                kumban_i18n::tr!("scope-income", code = code.clone()),
                store.income_of(id)?.into_iter().map(|i| i.id),
            ),
        ),
        Related::MembersOfHousehold => (
            Tab::Members,
            scope(
                kumban_i18n::tr!("scope-members", code = code.clone()),
                store.members_of(id)?.into_iter().map(|m| m.id),
            ),
        ),
        Related::VisitsOfHousehold => (
            Tab::Visits,
            scope(
                kumban_i18n::tr!("scope-visits", code = code.clone()),
                store.visits_of(id)?.into_iter().map(|v| v.id),
            ),
        ),
        _ => return Ok(None),
    }))
}

impl KindScreen for Household {
    const TAB: Tab = Tab::Households;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn first_page(store: &Store, rows: usize) -> Result<Option<Rows>> {
        first_page(store, rows).map(Some)
    }

    fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
        detail(store, id, today)
    }

    fn related(store: &Store, id: HouseholdId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        related(store, id, rel)
    }

    fn prefill(_store: &Store, id: HouseholdId, rel: Related) -> Result<Prefill> {
        Ok(match rel {
            Related::PensOfHousehold
            | Related::CattleOfHousehold
            | Related::IncomeOfHousehold
            | Related::MembersOfHousehold => Prefill {
                household: Some(id),
                cow: None,
            },
            _ => Prefill::default(),
        })
    }

    fn in_words(&self, _store: &Store) -> Result<String> {
        Ok(kumban_i18n::tr!(
            "words-household",
            code = clean(&self.code),
            name = clean(&self.head_name)
        ))
    }

    fn history_name(&self, _names: &history::Names) -> String {
        format!("household {}", clean(&self.code))
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        kumban_i18n::tr!(
            "summary-household",
            name = clean(&self.head_name),
            members = self.members.to_string()
        )
    }

    fn history_fields(&self, _names: &history::Names) -> Vec<(&'static str, String)> {
        let h = self;
        let groups: Vec<&str> = h.groups.iter().map(|g| g.as_str()).collect();
        vec![
            ("code", clean(&h.code)),
            ("head's name", clean(&h.head_name)),
            ("village", clean(&h.village)),
            ("members", h.members.to_string()),
            ("phone", opt(&h.phone)),
            ("groups", clean(&groups.join(", "))),
            ("demonstration", yes_no(h.demonstration).into()),
            (
                "poverty",
                match h.poverty {
                    Poverty::Exited { on } => format!("exited on {on}"),
                    p => p.label().into(),
                },
            ),
            (
                "baseline income",
                h.baseline_income
                    .map(|m| m.to_string())
                    .unwrap_or("—".into()),
            ),
            ("enrolled on", h.enrolled_on.to_string()),
            ("notes", clean(&h.notes)),
        ]
    }
}
