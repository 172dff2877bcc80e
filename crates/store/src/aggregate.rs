//! Running totals kept by the write transactions, so the dashboard reads a
//! few dozen counters instead of scanning a million income logs. `check`
//! recounts them from the records and reports any difference.

use super::error::{Result, StoreError};
use super::kinds::StoreKind;
use super::rules::View;
use super::schema::Tree;
use super::write::Step;
use super::{Local, keys};
use kumban_model::*;
use std::collections::{BTreeMap, BTreeSet};

/// Counter name → amount. Counts are counts; money sums are minor units.
pub type Totals = BTreeMap<String, i64>;

/// Totals while they are being added up: wide enough that no number of
/// records can overflow them, so a sum is checked once, when it is kept.
pub(crate) type WideTotals = BTreeMap<String, i128>;

/// The largest running total kumban keeps (stored as 8 bytes): in money,
/// 92,233,720,368,547,758.07 of a currency.
pub const LARGEST_TOTAL: i64 = i64::MAX;

pub mod key {
    pub const HOUSEHOLDS: &str = "hh";
    pub const DEMONSTRATION: &str = "hh/demo";
    pub const PREGNANT: &str = "preg/pending";
    pub const PENS_OVER_CAPACITY: &str = "pen/over";
    /// Household members recorded (people, not households).
    pub const PEOPLE: &str = "people";

    /// Household members who work in a production group.
    pub fn people_in_group(group: &str) -> String {
        format!("people/group/{group}")
    }

    pub fn group_members(group: &str) -> String {
        format!("hh/group/{group}")
    }
    pub fn poverty(label: &str) -> String {
        format!("hh/poverty/{label}")
    }
    pub fn pen_status(label: &str) -> String {
        format!("pen/status/{label}")
    }
    pub fn active_by_sex(label: &str) -> String {
        format!("animal/active/{label}")
    }
    pub fn origin(label: &str) -> String {
        format!("animal/origin/{label}")
    }
    pub fn animal_status(label: &str) -> String {
        format!("animal/status/{label}")
    }
    pub fn calved_in(year: i32) -> String {
        format!("preg/calved/{year}")
    }
    /// Sum of one year's logs of one group, currency and flow.
    pub fn money(year: i32, group: &str, currency: &str, flow: &str) -> String {
        format!("inc/{year}/{group}/{currency}/{flow}")
    }
}

/// What one record adds to the totals (pen occupancy aside).
pub(crate) fn contribution(record: &AnyRecord, out: &mut WideTotals, sign: i128) {
    let mut add = |k: String, v: i64| *out.entry(k).or_insert(0) += sign * i128::from(v);
    for_record!(record, r => r.contribution(&mut add))
}

/// The change to every total that `steps` make, zero entries dropped.
/// Refused when a total would pass `LARGEST_TOTAL`: a figure kumban
/// cannot keep exactly is never kept (nor shown) clamped or wrapped.
pub(crate) fn deltas(store: &Local, view: &View<'_>, steps: &[Step]) -> Result<Totals> {
    let mut out = WideTotals::new();
    for s in steps {
        if let Some(b) = &s.before {
            contribution(&b.record, &mut out, -1);
        }
        if let Some(a) = &s.after {
            contribution(a, &mut out, 1);
        }
    }
    let over = over_capacity_delta(store, view, steps)?;
    if over != 0 {
        *out.entry(key::PENS_OVER_CAPACITY.into()).or_insert(0) += i128::from(over);
    }
    let mut kept_deltas = Totals::new();
    for (name, delta) in out {
        if delta == 0 {
            continue;
        }
        let kept = i128::from(store.total(&name)?);
        let fits = |v: i128| i64::try_from(v).ok();
        match (fits(kept + delta), fits(delta)) {
            (Some(_), Some(d)) => {
                kept_deltas.insert(name, d);
            }
            _ => return Err(too_large_total(&name, kept + delta)),
        }
    }
    Ok(kept_deltas)
}

/// The refusal of a write that would take a total past `LARGEST_TOTAL`,
/// naming the figure it would reach and the limit.
fn too_large_total(name: &str, would_be: i128) -> StoreError {
    let limit = i128::from(LARGEST_TOTAL);
    let mut parts = name.strip_prefix("inc/").map(|rest| rest.split('/'));
    if let Some((Some(year), Some(group), Some(currency), Some(flow))) = parts
        .as_mut()
        .map(|p| (p.next(), p.next(), p.next(), p.next()))
    {
        return crate::rules::refused_said(
            RecordKind::Income,
            "amount",
            kumban_i18n::Message::new("store-total-too-large")
                .with("flow", kumban_i18n::tr_text("choice", flow))
                .with("group", group.to_string())
                .with("year", year.to_string())
                .with("total", wide_amount_text(would_be))
                .with("limit", wide_amount_text(limit))
                .with("currency", currency.to_string()),
        );
    }
    StoreError::Write(format!(
        "the count {name} would pass {limit}, the largest count kumban keeps"
    ))
}

/// An amount of minor units of any width, with thousands separators.
pub fn wide_amount_text(minor: i128) -> String {
    kumban_model::money::format_wide_minor(minor, true)
}

/// Pens whose occupancy or capacity the steps may change.
fn touched_pens(steps: &[Step]) -> BTreeSet<u64> {
    let mut pens = BTreeSet::new();
    let mut note = |r: &AnyRecord, id: u64| match r {
        AnyRecord::Pen(_) => {
            pens.insert(id);
        }
        AnyRecord::Animal(a) => {
            if let Some(p) = a.pen {
                pens.insert(p.0);
            }
        }
        _ => {}
    };
    for s in steps {
        if let Some(b) = &s.before {
            note(&b.record, s.id);
        }
        if let Some(a) = &s.after {
            note(a, s.id);
        }
    }
    pens
}

fn over_capacity_delta(store: &Local, view: &View<'_>, steps: &[Step]) -> Result<i64> {
    let mut delta = 0;
    for pen in touched_pens(steps) {
        let before = match store.get::<Pen>(PenId(pen))? {
            Some(p) => {
                let active = store
                    .animals_in_pen(PenId(pen))?
                    .iter()
                    .filter(|a| a.record.is_active())
                    .count();
                active > usize::from(p.record.capacity)
            }
            None => false,
        };
        let after = match view.get::<Pen>(pen)? {
            Some(p) => {
                let mut active = 0;
                for a in view.referrers(Tree::AnimalByPen, RecordKind::Animal, &keys::id(pen))? {
                    if view.get::<Animal>(a)?.is_some_and(|a| a.is_active()) {
                        active += 1;
                    }
                }
                active > usize::from(p.capacity)
            }
            None => false,
        };
        delta += i64::from(after) - i64::from(before);
    }
    Ok(delta)
}

/// Totals recounted from every record: what `check` compares against.
/// Records that do not decode are skipped here; `check` reports them.
/// A sum past `LARGEST_TOTAL` (only damaged or forged records can make
/// one, as writes refuse it) is reported as damage, never clamped.
pub(crate) fn recount(store: &Local) -> Result<Totals> {
    let mut out = WideTotals::new();
    for h in store.all::<Household>().flatten() {
        contribution(&h.record.into(), &mut out, 1);
    }
    let mut occupancy: BTreeMap<u64, usize> = BTreeMap::new();
    for a in store.all::<Animal>().flatten() {
        if let (true, Some(p)) = (a.record.is_active(), a.record.pen) {
            *occupancy.entry(p.0).or_insert(0) += 1;
        }
        contribution(&a.record.into(), &mut out, 1);
    }
    for p in store.all::<Pen>().flatten() {
        if occupancy.get(&p.id).copied().unwrap_or(0) > usize::from(p.record.capacity) {
            *out.entry(key::PENS_OVER_CAPACITY.into()).or_insert(0) += 1;
        }
        contribution(&p.record.into(), &mut out, 1);
    }
    for p in store.all::<Pregnancy>().flatten() {
        contribution(&p.record.into(), &mut out, 1);
    }
    for l in store.all::<IncomeLog>().flatten() {
        contribution(&l.record.into(), &mut out, 1);
    }
    for m in store.all::<Member>().flatten() {
        contribution(&m.record.into(), &mut out, 1);
    }
    let mut kept = Totals::new();
    for (name, total) in out {
        if total == 0 {
            continue;
        }
        let Ok(total) = i64::try_from(total) else {
            return Err(StoreError::Corrupt {
                place: format!("total {name}"),
                reason: format!(
                    "the records add up to {total}, more than the largest total kumban keeps ({LARGEST_TOTAL})"
                ),
            });
        };
        kept.insert(name, total);
    }
    Ok(kept)
}

impl Local {
    /// Every running total, as kept by the writes.
    pub fn totals(&self) -> Result<Totals> {
        let mut out = Totals::new();
        for item in self.tree(Tree::Aggregates)?.iter() {
            let (k, v) = item?;
            let name = String::from_utf8_lossy(&k).into_owned();
            out.insert(name, decode_total(&v));
        }
        Ok(out)
    }

    /// One running total (0 when never counted).
    pub fn total(&self, name: &str) -> Result<i64> {
        Ok(self
            .tree(Tree::Aggregates)?
            .get(name.as_bytes())?
            .map(|v| decode_total(&v))
            .unwrap_or(0))
    }
}

pub fn decode_total(v: &[u8]) -> i64 {
    v.try_into().map(i64::from_be_bytes).unwrap_or(0)
}
