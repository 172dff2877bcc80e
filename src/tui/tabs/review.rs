//! Review: every village's month with records dated in it, newest first,
//! with its state (open, approved, returned) and how many of its records
//! there are and were changed after they were first saved. Enter lists
//! the records and their history; the officer approves, returns and
//! reopens here (`tui::review`).

use super::history::Names;
use super::*;
use crate::store::review::MonthRow;
use crate::tui::list::{col, flex, num};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 6] = [
    col("Month", 7).dropped(0),
    col("Village", 14).dropped(0),
    col("State", 8).dropped(0),
    num("Records", 7).dropped(1),
    num("Edited", 6).dropped(2),
    flex("Last word", 20),
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

/// The village and month of a row id, read again from the store.
pub fn place_of(store: &Store, id: u64) -> Result<Option<MonthRow>> {
    Ok(store
        .review_months()?
        .into_iter()
        .find(|m| id_of(&m.review.village, m.review.period) == id))
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
        rows.push(
            Row::new(
                id_of(&r.village, r.period),
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
    let Some(m) = place_of(store, id)? else {
        return Ok(None);
    };
    let r = &m.review;
    let mut d = Detail::new(
        format!("{} {}: {}", clean(&r.village), r.period, r.state.label()),
        Tab::Review,
        id,
    );
    d.field("State", r.state.label());
    if let (ReviewState::Approved, Some(e)) = (r.state, r.last()) {
        d.field(
            "Approved",
            format!("{} by {}", format_stamp(e.at), clean(&e.by)),
        );
        d.field(
            "Locked",
            "its records cannot be changed until an officer reopens it",
        );
    }
    if let Some(c) = r.comment() {
        d.warn("To fix", clean(c));
    }
    d.field("Records", m.records.to_string());
    d.field("Edited", m.edited.to_string());
    d.section(
        "Review log",
        None,
        r.log
            .iter()
            .map(|e| {
                let mut s = format!(
                    "{} {} by {}",
                    format_stamp(e.at),
                    e.action.label(),
                    clean(&e.by)
                );
                if !e.comment.is_empty() {
                    s.push_str(": ");
                    s.push_str(&clean(&e.comment));
                }
                s
            })
            .collect(),
    );
    let records = store.records_of_month(&r.village, r.period)?;
    let names = Names::load(store)?;
    let wanted: std::collections::HashSet<(RecordKind, u64)> =
        records.iter().map(|s| (s.record.kind(), s.id)).collect();
    d.section(
        "Records",
        None,
        records
            .iter()
            .map(|s| {
                format!(
                    "{}: {}{}",
                    names.record(&s.record),
                    names.summary(&s.record),
                    if s.audit.updated_at != s.audit.created_at {
                        format!(
                            " (changed {} by {})",
                            format_stamp(s.audit.updated_at),
                            clean(&s.audit.updated_by)
                        )
                    } else {
                        String::new()
                    }
                )
            })
            .collect(),
    );
    let mut changes = Vec::new();
    for c in store.history().take(HISTORY_READ) {
        let c = c?;
        if wanted.contains(&(c.kind, c.id)) {
            changes.push(format!(
                "{} {} {} by {}: {}",
                format_stamp(c.at),
                super::history::what(&c),
                c.after
                    .as_ref()
                    .or(c.before.as_ref())
                    .map(|r| names.record(r))
                    .unwrap_or_default(),
                clean(&c.by),
                super::history::change_text(&c, &names)
            ));
            if changes.len() == HISTORY_SHOWN {
                break;
            }
        }
    }
    d.section("History of these records, newest first", None, changes);
    Ok(Some(d))
}
