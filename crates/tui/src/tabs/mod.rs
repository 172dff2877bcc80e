//! One module per record tab: its columns, how its rows are built from the
//! store, its detail popup, and its related-record jumps.

mod breeding;
mod cattle;
mod history;
mod households;
mod income;
mod pens;
pub mod review;

use super::action::{Related, Tab};
use super::detail::Detail;
use super::list::{Column, Row, Rows, RowsBuilder, Scope};
use super::text::clean;
use kumban_model::*;
use kumban_store::{Audit, Store, StoreError, Stored, record::format_stamp};
use std::collections::HashMap;

type Result<T> = std::result::Result<T, StoreError>;

pub fn columns(tab: Tab) -> &'static [Column] {
    match tab {
        Tab::Dashboard => &[],
        Tab::Households => &households::COLUMNS,
        Tab::Pens => &pens::COLUMNS,
        Tab::Cattle => &cattle::COLUMNS,
        Tab::Breeding => &breeding::COLUMNS,
        Tab::Income => &income::COLUMNS,
        Tab::History => &history::COLUMNS,
        Tab::Review => &review::COLUMNS,
    }
}

/// Every row of a tab, read from the store.
pub fn load(store: &Store, tab: Tab, today: Date) -> Result<Rows> {
    match tab {
        Tab::Dashboard => Ok(Rows::default()),
        Tab::Households => households::load(store),
        Tab::Pens => pens::load(store),
        Tab::Cattle => cattle::load(store),
        Tab::Breeding => breeding::load(store, today),
        Tab::Income => income::load(store),
        Tab::History => history::load(store),
        Tab::Review => review::load(store),
    }
}

/// What a tab can show at once while its whole list loads behind it:
/// `None` when it has nothing quicker than the whole list.
pub fn first_page(store: &Store, tab: Tab, rows: usize) -> Result<Option<Rows>> {
    match tab {
        Tab::Income => income::first_page(store, rows).map(Some),
        Tab::Households => households::first_page(store, rows).map(Some),
        _ => Ok(None),
    }
}

/// At most how many records a tab's full load reads: the ids and change
/// numbers handed out so far, which deleted records only make larger.
/// The measure of whether a list loads behind the screen. Not
/// `Store::count`: sled keeps no count, and counting a million keys takes
/// seconds.
pub fn size(store: &Store, tab: Tab) -> Result<u64> {
    let counters = store.counters()?;
    let kind = match tab {
        Tab::Dashboard => return Ok(0),
        Tab::Households => RecordKind::Household,
        Tab::Pens => RecordKind::Pen,
        Tab::Cattle => RecordKind::Animal,
        Tab::Breeding => RecordKind::Pregnancy,
        Tab::Income => RecordKind::Income,
        Tab::History => return Ok(counters.next_change),
        // Every dated record is read.
        Tab::Review => return Ok(counters.next_id.values().sum()),
    };
    Ok(counters.next_id.get(&kind).copied().unwrap_or(0))
}

/// The detail popup of one record; `None` when it has gone (deleted by
/// someone else since the list was loaded).
pub fn detail(store: &Store, tab: Tab, id: u64, today: Date) -> Result<Option<Detail>> {
    match tab {
        Tab::Dashboard => Ok(None),
        Tab::Households => households::detail(store, id),
        Tab::Pens => pens::detail(store, id),
        Tab::Cattle => cattle::detail(store, id, today),
        Tab::Breeding => breeding::detail(store, id, today),
        Tab::Income => income::detail(store, id),
        Tab::History => history::detail(store, id, today),
        Tab::Review => review::detail(store, id),
    }
}

/// Where a related-records key leads from record `id` of `tab`: the target
/// tab and the ids it shows. `None` when the key means nothing for this
/// record (a bull has no calves, an income log may name no animal).
pub fn related(store: &Store, tab: Tab, id: u64, rel: Related) -> Result<Option<(Tab, Scope)>> {
    let found = match (tab, rel) {
        (Tab::Households, _) => households::related(store, HouseholdId(id), rel),
        (Tab::Pens, _) => pens::related(store, PenId(id), rel),
        (Tab::Cattle, _) => cattle::related(store, AnimalId(id), rel),
        (Tab::Breeding, _) => breeding::related(store, PregnancyId(id), rel),
        (Tab::Income, _) => income::related(store, IncomeId(id), rel),
        _ => Ok(None),
    }?;
    Ok(found.map(|(target, mut scope)| {
        scope.origin = Some((tab, id, rel));
        (target, scope)
    }))
}

fn scope(label: String, ids: impl IntoIterator<Item = u64>) -> Scope {
    Scope {
        label,
        ids: ids.into_iter().collect(),
        origin: None,
    }
}

/// Household codes and heads' names, for the tabs that show whose a record is.
#[derive(Default)]
struct Households(HashMap<u64, (String, String)>);

impl Households {
    /// Reads one household into the map, unless it is there already.
    fn look_up(&mut self, store: &Store, id: HouseholdId) -> Result<()> {
        if !self.0.contains_key(&id.0)
            && let Some(h) = store.get::<Household>(id)?
        {
            self.0
                .insert(h.id, (clean(&h.record.code), clean(&h.record.head_name)));
        }
        Ok(())
    }

    fn load(store: &Store) -> Result<Households> {
        let mut map = HashMap::new();
        for h in store.all::<Household>() {
            let h = h?;
            map.insert(h.id, (clean(&h.record.code), clean(&h.record.head_name)));
        }
        Ok(Households(map))
    }

    fn code(&self, id: HouseholdId) -> String {
        self.0
            .get(&id.0)
            .map(|(c, _)| c.clone())
            .unwrap_or_else(|| format!("#{id}"))
    }

    fn name(&self, id: HouseholdId) -> String {
        self.0
            .get(&id.0)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    }
}

/// Ear tags by animal id.
fn tags(store: &Store) -> Result<HashMap<u64, String>> {
    let mut map = HashMap::new();
    for a in store.all::<Animal>() {
        let a = a?;
        map.insert(a.id, clean(&a.record.ear_tag));
    }
    Ok(map)
}

fn tag_of(tags: &HashMap<u64, String>, id: AnimalId) -> String {
    tags.get(&id.0).cloned().unwrap_or_else(|| format!("#{id}"))
}

/// "BS-07 ນາງ ຄຳແພງ ສີສຸວັນ", or the id if the household has gone.
fn household_line(store: &Store, id: HouseholdId) -> Result<String> {
    Ok(match store.get::<Household>(id)? {
        Some(h) => format!("{} {}", clean(&h.record.code), clean(&h.record.head_name)),
        None => format!("#{id} (not found)"),
    })
}

fn animal_tag(store: &Store, id: AnimalId) -> Result<String> {
    Ok(match store.get::<Animal>(id)? {
        Some(a) => clean(&a.record.ear_tag),
        None => format!("#{id} (not found)"),
    })
}

/// `1131341` as `1,131,341`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn opt(s: &Option<String>) -> String {
    s.as_deref().map(clean).unwrap_or_else(|| "—".into())
}

fn opt_date(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "—".into())
}

fn audit_fields(d: &mut Detail, id: u64, audit: &Audit) {
    d.field("Record id", id.to_string());
    d.field(
        "Created",
        format!(
            "{} by {}",
            format_stamp(audit.created_at),
            clean(&audit.created_by)
        ),
    );
    d.field(
        "Updated",
        format!(
            "{} by {}",
            format_stamp(audit.updated_at),
            clean(&audit.updated_by)
        ),
    );
}

/// Days from today to a date, in words: "in 12 days", "today", "3 days ago".
fn days_words(today: Date, date: Date) -> String {
    match today.days_until(date) {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 0 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    }
}

fn income_line(i: &Stored<IncomeLog>, households: Option<&Households>) -> String {
    let r = &i.record;
    let who = households
        .map(|h| format!("{} ", h.code(r.household)))
        .unwrap_or_default();
    format!(
        "{} {who}{} {} {} {}",
        r.date,
        clean(r.group.as_str()),
        r.flow.label(),
        r.amount,
        clean(&r.description)
    )
}

fn animal_line(a: &Stored<Animal>) -> String {
    let r = &a.record;
    format!(
        "{} {} {} born {} {}",
        clean(&r.ear_tag),
        r.sex.label(),
        clean(&r.breed),
        r.born_on,
        r.status.label()
    )
}

fn pregnancy_line(p: &Stored<Pregnancy>, today: Date) -> String {
    let r = &p.record;
    let outcome = match &r.outcome {
        Outcome::Pending => {
            let due = days_words(today, r.expected_calving());
            if r.is_overdue(today) {
                format!("pending, due {} ({due}) OVERDUE", r.expected_calving())
            } else {
                format!("pending, due {} ({due})", r.expected_calving())
            }
        }
        Outcome::Calved { on, .. } => format!("calved {on}"),
        Outcome::Lost { on, reason } => format!("lost {on}: {}", clean(reason)),
    };
    format!("served {} ({}) {outcome}", r.service_date, r.method.label())
}
