//! Technician visits: who came to which household, why, what they found
//! and when they come again.

use super::*;
use crate::list::{Show, col, flex};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 6] = [
    col("Date", 10).dropped(0).shown(Show::Date),
    col("Hhold", 7).dropped(0),
    col("Technician", 14).dropped(1),
    col("Purpose", 16).dropped(0),
    col("Next visit", 10).dropped(2).shown(Show::Date),
    flex("Findings", 12).dropped(3),
];

pub fn load(store: &Store) -> Result<Rows> {
    build(store, store.all::<Visit>())
}

/// The first `limit` visits, in the order `load` gives them, with only
/// their own households read: what the tab shows while the rest loads.
pub fn first_page(store: &Store, limit: usize) -> Result<Rows> {
    build(store, store.all::<Visit>().take(limit))
}

fn build(store: &Store, visits: impl Iterator<Item = Result<Stored<Visit>>>) -> Result<Rows> {
    let visits = visits.collect::<Result<Vec<_>>>()?;
    let households = Households::of(store, visits.iter().map(|v| v.record.household))?;
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for v in &visits {
        let r = &v.record;
        rows.push(Row::new(
            v.id,
            vec![
                r.date.to_string(),
                households.code(r.household),
                clean(&r.technician),
                clean(&r.purpose),
                r.next_visit.map_or_else(|| "—".into(), |d| d.to_string()),
                clean(&r.findings),
            ],
        ));
    }
    Ok(rows.finish())
}

/// One visit, for a household's detail popup.
pub fn visit_line(v: &Stored<Visit>) -> String {
    let r = &v.record;
    kumban_i18n::tr!(
        "detail-visit-line",
        date = day(r.date),
        technician = clean(&r.technician),
        purpose = clean(&r.purpose)
    )
}

pub fn detail(store: &Store, id: u64) -> Result<Option<Detail>> {
    let Some(v) = store.get::<Visit>(VisitId(id))? else {
        return Ok(None);
    };
    let r = &v.record;
    let owner = household_line(store, r.household)?;
    let title = kumban_i18n::tr!("detail-of", what = visit_line(&v), owner = owner.clone());
    let mut d = Detail::new(title, Tab::Visits, id);
    d.jump_field("Household", Related::OwnerHousehold, owner);
    d.field("Date", day(r.date));
    d.field("Technician", clean(&r.technician));
    d.field("Purpose", clean(&r.purpose));
    d.field(
        "Findings",
        if r.findings.is_empty() {
            "—".into()
        } else {
            clean(&r.findings)
        },
    );
    d.field("Next visit", opt_day(r.next_visit));
    audit_fields(&mut d, v.id, &v.audit);
    Ok(Some(d))
}

impl KindScreen for Visit {
    const TAB: Tab = Tab::Visits;
    const COLUMNS: &'static [Column] = &COLUMNS;
    /// Each row reads its household too: a district's 2,000 visits took
    /// 31 ms to load in the key's frame, over the 16 ms a frame has.
    const BEHIND_FROM: usize = 1_000;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn first_page(store: &Store, rows: usize) -> Result<Option<Rows>> {
        first_page(store, rows).map(Some)
    }

    fn detail(store: &Store, id: u64, _today: Date) -> Result<Option<Detail>> {
        detail(store, id)
    }

    fn related(store: &Store, id: VisitId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        let Some(v) = store.get::<Visit>(id)? else {
            return Ok(None);
        };
        Ok(match rel {
            Related::OwnerHousehold => Some(super::pens::owner_scope(store, v.record.household)?),
            _ => None,
        })
    }

    fn prefill(store: &Store, id: VisitId, _rel: Related) -> Result<Prefill> {
        Ok(Prefill {
            household: store.get::<Visit>(id)?.map(|v| v.record.household),
            ..Prefill::default()
        })
    }

    fn in_words(&self, store: &Store) -> Result<String> {
        Ok(kumban_i18n::tr!(
            "words-visit",
            technician = clean(&self.technician),
            household = code_or_id(store, self.household)?,
            date = self.date.to_string()
        ))
    }

    fn history_name(&self, names: &history::Names) -> String {
        format!("visit {}", names.household(self.household))
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        format!("{} on {}", clean(&self.purpose), self.date)
    }

    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)> {
        let v = self;
        vec![
            ("household", names.household(v.household)),
            ("date", v.date.to_string()),
            ("technician", clean(&v.technician)),
            ("purpose", clean(&v.purpose)),
            ("findings", clean(&v.findings)),
            ("next visit", opt_date(v.next_visit)),
        ]
    }
}
