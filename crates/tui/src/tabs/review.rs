//! Review: every village's month with records dated in it, newest first,
//! with its state (open, approved, returned) and how many of its records
//! there are and were changed after they were first saved. Enter lists
//! the records and their history; the officer approves, returns and
//! reopens here (`tui::review`).

use super::history::Names;
use super::*;
use crate::list::{Show, col, flex, num};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 6] = [
    col("Month", 7).dropped(0).shown(Show::With(shown::month)),
    col("Village", 14).dropped(0),
    col("State", 8).dropped(0).shown(Show::With(shown::state)),
    num("Records", 7).dropped(1),
    num("Edited", 6).dropped(2),
    flex("Last word", 20).shown(Show::With(shown::last_word)),
];

/// A month's row id: its month and a hash of its village, so that the
/// id stays the same across reloads (`place_of` finds the month again).
pub fn id_of(village: &str, period: Period) -> u64 {
    let month = (period.year as u64) * 12 + u64::from(period.month.saturating_sub(1));
    // FNV-1a, cut to 40 bits.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in village.as_bytes() {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (month << 40) | (hash & 0xFF_FFFF_FFFF)
}

/// Which village's month each row id names: the id is a hash, so this
/// remembers the months the tab has listed (ids are the same for every
/// session and database, so what is remembered is never wrong, only
/// perhaps missing).
static PLACES: std::sync::Mutex<Option<HashMap<u64, (String, Period)>>> =
    std::sync::Mutex::new(None);

fn remember(id: u64, village: &str, period: Period) {
    let mut places = PLACES.lock().unwrap_or_else(|p| p.into_inner());
    places
        .get_or_insert_with(HashMap::new)
        .insert(id, (village.to_string(), period));
}

/// The village and month of a row id: remembered from the list, else
/// found by reading every month again.
pub fn place_of(store: &Store, id: u64) -> Result<Option<(String, Period)>> {
    let known = PLACES
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .and_then(|m| m.get(&id).cloned());
    if known.is_some() {
        return Ok(known);
    }
    Ok(store
        .review_months()?
        .into_iter()
        .find(|m| id_of(&m.review.village, m.review.period) == id)
        .map(|m| (m.review.village, m.review.period)))
}

/// What the last entry of the month's log says: who did what, when, and
/// the comment of a return.
fn last_word(r: &Review) -> String {
    let Some(e) = r.last() else {
        return String::new();
    };
    let mut s = format!(
        "{} {} by {}",
        e.action.label(),
        format_stamp(e.at),
        clean(&e.by)
    );
    if !e.comment.is_empty() {
        s.push_str(": ");
        s.push_str(&clean(&e.comment));
    }
    s
}

pub fn load(store: &Store) -> Result<Rows> {
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for m in store.review_months()? {
        if m.records == 0 && m.review.log.is_empty() {
            continue;
        }
        let r = &m.review;
        let id = id_of(&r.village, r.period);
        remember(id, &r.village, r.period);
        rows.push(
            Row::new(
                id,
                vec![
                    r.period.to_string(),
                    clean(&r.village),
                    r.state.label().to_string(),
                    m.records.to_string(),
                    m.edited.to_string(),
                    last_word(r),
                ],
            )
            .with_key(3, m.records as i64)
            .with_key(4, m.edited as i64),
        );
    }
    Ok(rows.finish())
}

/// How many changes the detail reads back through, newest first, to find
/// the history of the month's records.
const HISTORY_READ: usize = 100_000;
/// At most this many changes are listed.
const HISTORY_SHOWN: usize = 200;

pub fn detail(store: &Store, id: u64) -> Result<Option<Detail>> {
    let Some((village, period)) = place_of(store, id)? else {
        return Ok(None);
    };
    let review = store
        .reviews()?
        .into_iter()
        .find(|r| r.village == village && r.period == period)
        .unwrap_or_else(|| Review::open(&village, period));
    let records = store.records_of_month(&village, period)?;
    let edited = records
        .iter()
        .filter(|s| s.audit.updated_at != s.audit.created_at)
        .count();
    let r = &review;
    let state = crate::list::in_lang(r.state.label().to_string(), shown::state);
    let month = crate::list::in_lang(r.period.to_string(), shown::month);
    let mut d = Detail::new(
        format!("{} {month}: {state}", clean(&r.village)),
        Tab::Review,
        id,
    );
    d.field("State", state);
    if let (ReviewState::Approved, Some(e)) = (r.state, r.last()) {
        d.field("Approved", stamp_by(&format_stamp(e.at), &e.by));
        d.field("Locked", kumban_i18n::tr("detail-locked"));
    }
    if let Some(c) = r.comment() {
        d.warn("To fix", clean(c));
    }
    d.field("Records", records.len().to_string());
    d.field("Edited", edited.to_string());
    d.section(
        "Review log",
        None,
        r.log
            .iter()
            .map(|e| {
                let mut s = kumban_i18n::tr!(
                    "detail-review-log",
                    when = crate::list::date(&format_stamp(e.at)).into_owned(),
                    action = word(e.action.label()),
                    by = clean(&e.by)
                );
                if !e.comment.is_empty() {
                    s.push_str(": ");
                    s.push_str(&clean(&e.comment));
                }
                s
            })
            .collect(),
    );
    let names = Names::load(store)?;
    let wanted: std::collections::HashSet<(RecordKind, u64)> =
        records.iter().map(|s| (s.record.kind(), s.id)).collect();
    d.section(
        "Records",
        None,
        records
            .iter()
            .map(|s| {
                let changed = if s.audit.updated_at != s.audit.created_at {
                    let when = format_stamp(s.audit.updated_at);
                    let changed = kumban_i18n::tr!(
                        "detail-changed-by",
                        when = crate::list::date(&when).into_owned(),
                        by = clean(&s.audit.updated_by)
                    );
                    format!(" {changed}")
                } else {
                    String::new()
                };
                format!(
                    "{}: {}{changed}",
                    crate::list::in_lang(names.record(&s.record), shown::record),
                    shown::summary(&names.summary(&s.record)),
                )
            })
            .collect(),
    );
    let mut changes = Vec::new();
    for c in store.history().take(HISTORY_READ) {
        let c = c?;
        if wanted.contains(&(c.kind, c.id)) {
            let record = c
                .after
                .as_ref()
                .or(c.before.as_ref())
                .map(|r| names.record(r))
                .unwrap_or_default();
            changes.push(kumban_i18n::tr!(
                "detail-history-line",
                when = crate::list::date(&format_stamp(c.at)).into_owned(),
                what = word(super::history::what(&c)),
                record = crate::list::in_lang(record, shown::record),
                by = clean(&c.by),
                change =
                    crate::list::in_lang(super::history::change_text(&c, &names), shown::change)
            ));
            if changes.len() == HISTORY_SHOWN {
                break;
            }
        }
    }
    d.section("History of these records, newest first", None, changes);
    Ok(Some(d))
}
