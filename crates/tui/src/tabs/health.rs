//! Health: every vaccination, treatment, deworming and check-up, newest
//! first, with when the next one is due (marked when it has passed).

use super::*;
use crate::list::{Mark, Show, col, flex};
use kumban_i18n::tr;

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 8] = [
    col("Animal", 10).dropped(0),
    col("Hhold", 7).dropped(2),
    col("Date", 10).dropped(0).shown(Show::Date),
    col("Kind", 11).dropped(1).shown(Show::Choice),
    flex("Disease or product", 16),
    col("Cost", 12).dropped(3),
    col("Next due", 10).dropped(1).shown(Show::Date),
    col("Campaign", 8).dropped(4),
];

pub fn load(store: &Store, today: Date) -> Result<Rows> {
    let households = Households::load(store)?;
    let mut animals: HashMap<u64, (String, HouseholdId)> = HashMap::new();
    for a in store.all::<Animal>() {
        let a = a?;
        animals.insert(a.id, (clean(&a.record.ear_tag), a.record.household));
    }
    let mut rows = RowsBuilder::new(COLUMNS.len());
    let mut order = Vec::new();
    for e in store.all::<HealthEvent>() {
        let e = e?;
        let r = &e.record;
        let (tag, household) = match animals.get(&r.animal.0) {
            Some((tag, h)) => (tag.clone(), households.code(*h)),
            None => (format!("#{}", r.animal), String::new()),
        };
        // Newest first; the same day in the order written.
        order.push((-i64::from(r.date.day_number()), rows.len()));
        let overdue = r.next_due.is_some_and(|d| d < today);
        rows.push(
            Row::new(
                e.id,
                vec![
                    tag,
                    household,
                    r.date.to_string(),
                    r.kind.label().to_string(),
                    clean(&r.product),
                    r.cost.map(|c| c.to_string()).unwrap_or_else(|| "—".into()),
                    r.next_due
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "—".into()),
                    r.campaign.map(|c| c.to_string()).unwrap_or_default(),
                ],
            )
            .with_key(2, i64::from(r.date.day_number()))
            .with_key(3, r.kind as i64)
            .with_key(
                6,
                r.next_due.map_or(i64::MAX, |d| i64::from(d.day_number())),
            )
            .marked(if overdue { Mark::Warn } else { Mark::None }),
        );
    }
    order.sort_by_key(|(key, _)| *key);
    Ok(rows.finish_in(order.into_iter().map(|(_, n)| n)))
}

pub fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
    let Some(e) = store.get::<HealthEvent>(HealthEventId(id))? else {
        return Ok(None);
    };
    let r = &e.record;
    let tag = tag_or_id(store, r.animal)?;
    let title = tr!(
        "detail-health-title",
        kind = word(r.kind.label()),
        tag = tag.clone(),
        date = day(r.date)
    );
    let mut d = Detail::new(title, Tab::Health, id);
    d.jump_field("Animal", Related::AnimalOfEvent, tag);
    d.field("Date", day(r.date));
    d.field("Kind", word(r.kind.label()));
    d.field("Product", clean(&r.product));
    d.field("Dose", or_dash(&r.dose));
    d.field("Given by", or_dash(&r.given_by));
    d.field(
        "Cost",
        r.cost.map(|c| c.to_string()).unwrap_or_else(|| "—".into()),
    );
    d.field(
        "Withdrawal",
        match r.withdrawal_until() {
            Some(until) => tr!(
                "detail-withdrawal-until",
                days = r.withdrawal_days,
                date = day(until)
            ),
            None => tr("detail-withdrawal-none"),
        },
    );
    match r.next_due {
        Some(due) if due < today => d.warn("Next due", tr!("detail-overdue", date = day(due))),
        Some(due) => d.field("Next due", day(due)),
        None => d.field("Next due", "—"),
    }
    d.field(
        "Campaign",
        r.campaign
            .map(|c| c.to_string())
            .unwrap_or_else(|| "—".into()),
    );
    d.field("Notes", or_dash(&r.notes));
    audit_fields(&mut d, e.id, &e.audit);
    Ok(Some(d))
}

fn or_dash(s: &str) -> String {
    if s.is_empty() { "—".into() } else { clean(s) }
}

/// An animal's health events, for its detail popup: newest first.
pub fn event_line(e: &Stored<HealthEvent>) -> String {
    let r = &e.record;
    let due = r
        .next_due
        .map(|d| tr!("detail-health-next", date = day(d)))
        .unwrap_or_default();
    tr!(
        "detail-health-line",
        date = day(r.date),
        kind = word(r.kind.label()),
        product = clean(&r.product),
        next = due
    )
}

impl KindScreen for HealthEvent {
    const TAB: Tab = Tab::Health;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, today: Date) -> Result<Rows> {
        load(store, today)
    }

    fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
        detail(store, id, today)
    }

    fn related(store: &Store, id: HealthEventId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        let Some(e) = store.get::<HealthEvent>(id)? else {
            return Ok(None);
        };
        let Some(a) = store.get::<Animal>(e.record.animal)? else {
            return Ok(None);
        };
        Ok(match rel {
            Related::AnimalOfEvent => Some((
                Tab::Cattle,
                scope(tr!("scope-animal", tag = clean(&a.record.ear_tag)), [a.id]),
            )),
            Related::OwnerHousehold => Some(super::pens::owner_scope(store, a.record.household)?),
            _ => None,
        })
    }

    fn in_words(&self, store: &Store) -> Result<String> {
        Ok(tr!(
            "words-health",
            kind = word(self.kind.label()),
            tag = tag_or_id(store, self.animal)?,
            date = day(self.date),
            product = clean(&self.product)
        ))
    }

    fn history_name(&self, names: &history::Names) -> String {
        format!("health {}", names.tag(self.animal))
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        // English, said again at draw time (tabs/shown.rs `change`).
        format!(
            "{} {}, {}",
            self.kind.label(),
            clean(&self.product),
            self.date
        )
    }

    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)> {
        let e = self;
        let opt = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or("—".into());
        vec![
            ("animal", names.tag(e.animal)),
            ("date", e.date.to_string()),
            ("kind", e.kind.label().into()),
            ("product", clean(&e.product)),
            ("dose", clean(&e.dose)),
            ("given by", clean(&e.given_by)),
            ("cost", e.cost.map(|c| c.to_string()).unwrap_or("—".into())),
            ("withdrawal days", e.withdrawal_days.to_string()),
            ("next due", opt(e.next_due)),
            (
                "campaign",
                e.campaign.map(|c| c.to_string()).unwrap_or("—".into()),
            ),
            ("notes", clean(&e.notes)),
        ]
    }
}
