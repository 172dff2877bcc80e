//! One module per record tab: its columns, how its rows are built from the
//! store, its detail popup, and its related-record jumps.

mod attendance;
mod breeding;
mod cattle;
mod health;
mod history;
mod households;
mod income;
mod lineage;
mod members;
mod pens;
mod rates;
pub mod review;
mod shown;
mod trainings;
mod visits;
mod weights;

use super::action::{Related, Tab};
use super::detail::Detail;
use super::list::{Column, Row, Rows, RowsBuilder, Scope};
use super::text::clean;
use kumban_forms::Prefill;
use kumban_model::*;
use kumban_store::{Audit, Store, StoreError, Stored, record::format_stamp};
use std::collections::HashMap;

type Result<T> = std::result::Result<T, StoreError>;

/// A record kind as the screens show it: the tab that lists it, its rows,
/// its detail popup, where its related-records keys lead, and how the
/// history and questions name it. One impl per kind, in the kind's tab
/// file; the generic code below reaches them through `for_kind!` and
/// `for_record!`, so a kind in the registry without an impl does not build.
pub(crate) trait KindScreen: Kind {
    /// The tab that lists the records of the kind.
    const TAB: Tab;
    const COLUMNS: &'static [Column];
    /// From how many records the tab loads behind the screen, when that is
    /// fewer than for every list (`loader::BACKGROUND_RECORDS`): a list
    /// that reads another kind for its rows costs more per record.
    const BEHIND_FROM: usize = usize::MAX;
    /// Every row of the tab, read from the store.
    fn load(store: &Store, today: Date) -> Result<Rows>;
    /// What the tab can show at once while its whole list loads behind
    /// it: `None` when it has nothing quicker than the whole list.
    fn first_page(_store: &Store, _rows: usize) -> Result<Option<Rows>> {
        Ok(None)
    }
    /// The detail popup of one record; `None` when it has gone.
    fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>>;
    /// Where a related-records key leads from the record: the target tab
    /// and the ids it shows; `None` when the key means nothing for it.
    fn related(store: &Store, id: Self::Id, rel: Related) -> Result<Option<(Tab, Scope)>>;
    /// What a new record started from the view `rel` of the record has
    /// filled in (a new pen from the pens of a household is that
    /// household's).
    fn prefill(_store: &Store, _id: Self::Id, _rel: Related) -> Result<Prefill> {
        Ok(Prefill::default())
    }
    /// The record in words for questions and messages: "household BS-07
    /// ນາງ …".
    fn in_words(&self, store: &Store) -> Result<String>;
    /// Which record a history entry is about: its kind and code, tag or
    /// owner.
    fn history_name(&self, names: &history::Names) -> String;
    /// What a created or deleted record was, in a few words.
    fn history_summary(&self, names: &history::Names) -> String;
    /// (field, value) in a fixed order, so that before and after line up.
    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)>;
}

/// The kind of record a tab lists, for the tabs that have forms.
pub fn kind_of(tab: Tab) -> Option<RecordKind> {
    RecordKind::ALL.into_iter().find(|k| tab_of(*k) == tab)
}

/// The tab that lists records of `kind`.
pub fn tab_of(kind: RecordKind) -> Tab {
    for_kind!(kind, K => K::TAB)
}

pub fn columns(tab: Tab) -> &'static [Column] {
    match (tab, kind_of(tab)) {
        (_, Some(kind)) => for_kind!(kind, K => K::COLUMNS),
        (Tab::History, None) => &history::COLUMNS,
        (Tab::Review, None) => &review::COLUMNS,
        _ => &[],
    }
}

/// Every row of a tab, read from the store.
pub fn load(store: &Store, tab: Tab, today: Date) -> Result<Rows> {
    match (tab, kind_of(tab)) {
        (_, Some(kind)) => for_kind!(kind, K => K::load(store, today)),
        (Tab::History, None) => history::load(store),
        (Tab::Review, None) => review::load(store),
        _ => Ok(Rows::default()),
    }
}

/// From how many records `tab` loads behind the screen even when the app
/// would load that many in place (`KindScreen::BEHIND_FROM`).
pub fn behind_from(tab: Tab) -> usize {
    match kind_of(tab) {
        Some(kind) => for_kind!(kind, K => K::BEHIND_FROM),
        None => usize::MAX,
    }
}

/// What a tab can show at once while its whole list loads behind it:
/// `None` when it has nothing quicker than the whole list.
pub fn first_page(store: &Store, tab: Tab, rows: usize) -> Result<Option<Rows>> {
    match kind_of(tab) {
        Some(kind) => for_kind!(kind, K => K::first_page(store, rows)),
        None => Ok(None),
    }
}

/// At most how many records a tab's full load reads: the ids and change
/// numbers handed out so far, which deleted records only make larger.
/// The measure of whether a list loads behind the screen. Not
/// `Store::count`: sled keeps no count, and counting a million keys takes
/// seconds.
pub fn size(store: &Store, tab: Tab) -> Result<u64> {
    let counters = store.counters()?;
    Ok(match (tab, kind_of(tab)) {
        (_, Some(kind)) => counters.next_id.get(&kind).copied().unwrap_or(0),
        (Tab::History, None) => counters.next_change,
        // Every dated record is read (a report reads as many).
        (Tab::Review | Tab::Reports, None) => counters.next_id.values().sum(),
        _ => 0,
    })
}

/// The detail popup of one record; `None` when it has gone (deleted by
/// someone else since the list was loaded).
pub fn detail(store: &Store, tab: Tab, id: u64, today: Date) -> Result<Option<Detail>> {
    match (tab, kind_of(tab)) {
        (_, Some(kind)) => for_kind!(kind, K => K::detail(store, id, today)),
        (Tab::History, None) => history::detail(store, id, today),
        (Tab::Review, None) => review::detail(store, id),
        _ => Ok(None),
    }
}

/// Where a related-records key leads from record `id` of `tab`: the target
/// tab and the ids it shows. `None` when the key means nothing for this
/// record (a bull has no calves, an income log may name no animal).
pub fn related(store: &Store, tab: Tab, id: u64, rel: Related) -> Result<Option<(Tab, Scope)>> {
    let found = match kind_of(tab) {
        Some(kind) => for_kind!(kind, K => K::related(store, K::id_from(id), rel)),
        None => Ok(None),
    }?;
    Ok(found.map(|(target, mut scope)| {
        scope.origin = Some((tab, id, rel));
        (target, scope)
    }))
}

/// What a new record starts with when the list shows the view `rel` of
/// record `id` of `tab`.
pub fn prefill(store: &Store, tab: Tab, id: u64, rel: Related) -> Result<Prefill> {
    match kind_of(tab) {
        Some(kind) => for_kind!(kind, K => K::prefill(store, K::id_from(id), rel)),
        None => Ok(Prefill::default()),
    }
}

/// A record in words for questions and messages; `None` when it has gone.
pub fn in_words(store: &Store, kind: RecordKind, id: u64) -> Result<Option<String>> {
    for_kind!(kind, K => in_words_of::<K>(store, id))
}

fn in_words_of<K: KindScreen>(store: &Store, id: u64) -> Result<Option<String>> {
    match store.get::<K>(K::id_from(id))? {
        Some(s) => Ok(Some(s.record.in_words(store)?)),
        None => Ok(None),
    }
}

/// A household's code, or its id when it has gone.
fn code_or_id(store: &Store, id: HouseholdId) -> Result<String> {
    Ok(store
        .get::<Household>(id)?
        .map(|h| clean(&h.record.code))
        .unwrap_or_else(|| format!("#{id}")))
}

/// An animal's ear tag, or its id when it has gone.
fn tag_or_id(store: &Store, id: AnimalId) -> Result<String> {
    Ok(store
        .get::<Animal>(id)?
        .map(|a| clean(&a.record.ear_tag))
        .unwrap_or_else(|| format!("#{id}")))
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

    /// Only the households named, in one read: a short list (the visits)
    /// need not read all 20,000 of a district in the key's frame.
    fn of(store: &Store, ids: impl IntoIterator<Item = HouseholdId>) -> Result<Households> {
        let wanted: Vec<HouseholdId> = ids
            .into_iter()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut map = HashMap::new();
        for h in store.get_many::<Household>(&wanted)? {
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

/// A date as a person reads it (day-first in Lao), for details.
fn day(d: Date) -> String {
    crate::list::date(&d.to_string()).into_owned()
}

fn opt_day(d: Option<Date>) -> String {
    d.map(day).unwrap_or_else(|| "—".into())
}

/// A stored word as a person reads it, for details.
fn word(stored: &str) -> String {
    crate::list::choice(stored)
}

/// `yes` or `no` as a person reads it, for details.
fn yes_no_word(b: bool) -> String {
    word(yes_no(b))
}

/// "a stamp by a user", for details.
fn stamp_by(stamp: &str, user: &str) -> String {
    kumban_i18n::tr!(
        "detail-by",
        what = crate::list::date(stamp).into_owned(),
        by = clean(user)
    )
}

fn audit_fields(d: &mut Detail, id: u64, audit: &Audit) {
    d.field("Record id", id.to_string());
    d.field(
        "Created",
        stamp_by(&format_stamp(audit.created_at), &audit.created_by),
    );
    d.field(
        "Updated",
        stamp_by(&format_stamp(audit.updated_at), &audit.updated_by),
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
        day(r.date),
        clean(r.group.as_str()),
        word(r.flow.label()),
        r.amount,
        clean(&r.description)
    )
}

fn animal_line(a: &Stored<Animal>) -> String {
    let r = &a.record;
    kumban_i18n::tr!(
        "detail-animal-line",
        tag = clean(&r.ear_tag),
        sex = word(r.sex.label()),
        breed = clean(&r.breed),
        born = day(r.born_on),
        status = word(r.status.label())
    )
}

fn pregnancy_line(p: &Stored<Pregnancy>, today: Date) -> String {
    let r = &p.record;
    let outcome = match &r.outcome {
        Outcome::Pending => {
            let due = crate::list::in_lang(days_words(today, r.expected_calving()), shown::due);
            let date = day(r.expected_calving());
            if r.is_overdue(today) {
                kumban_i18n::tr!("detail-pending-overdue", date = date, due = due)
            } else {
                kumban_i18n::tr!("detail-pending", date = date, due = due)
            }
        }
        Outcome::Calved { on, .. } => kumban_i18n::tr!("detail-calved", date = day(*on)),
        Outcome::Lost { on, reason } => {
            kumban_i18n::tr!("detail-lost", date = day(*on), reason = clean(reason))
        }
    };
    kumban_i18n::tr!(
        "detail-served-line",
        date = day(r.service_date),
        method = word(r.method.label()),
        outcome = outcome
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_tab_and_the_other_screens_none() {
        let kinds: Vec<Tab> = RecordKind::ALL.into_iter().map(tab_of).collect();
        for kind in RecordKind::ALL {
            assert_eq!(kind_of(tab_of(kind)), Some(kind));
        }
        let distinct: std::collections::HashSet<Tab> = kinds.iter().copied().collect();
        assert_eq!(distinct.len(), kinds.len(), "two kinds share a tab");
        for tab in [Tab::Dashboard, Tab::History, Tab::Review] {
            assert_eq!(kind_of(tab), None, "{tab:?}");
        }
        assert_eq!(kind_of(Tab::Cattle), Some(RecordKind::Animal));
    }
}
