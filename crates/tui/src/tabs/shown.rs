//! The cells a tab composes in English from parts (a pen's fill, a due
//! date in words, a history line), shown in the session's language. The
//! list keeps the English, which the filter and sort work on; these take
//! it apart again at draw time, and leave anything they do not recognise
//! as it is, so a change to a tab's wording shows English, never garbage.

use crate::list::{choice, date, dates_in};
use kumban_i18n::{tr, tr_text};

/// `3/4 over`: the fill, and the word for a pen over capacity.
pub fn pen_fill(cell: &str) -> String {
    match cell.strip_suffix(" over") {
        Some(fill) => format!("{fill} {}", tr("list-over")),
        None => cell.to_string(),
    }
}

fn days(text: &str) -> Option<i64> {
    text.parse().ok()
}

/// A pending pregnancy's due in words (`in 12 days`, `3 days late`,
/// `20 days OVERDUE`, `… WATCH HEAT`), or the date of its outcome.
pub fn due(cell: &str) -> String {
    if let Some(when) = cell.strip_suffix(" WATCH HEAT") {
        return kumban_i18n::tr!("due-watch-heat", when = due(when));
    }
    let in_days = |rest: &str, suffix: &str| rest.strip_suffix(suffix).and_then(days);
    if let Some(n) = in_days(cell, " days OVERDUE") {
        kumban_i18n::tr!("due-overdue", days = n)
    } else if let Some(n) = in_days(cell, " days late") {
        kumban_i18n::tr!("due-late", days = n)
    } else if let Some(n) = in_days(cell, " days ago") {
        kumban_i18n::tr!("due-ago", days = n)
    } else if let Some(n) = cell.strip_prefix("in ").and_then(|r| in_days(r, " days")) {
        kumban_i18n::tr!("due-in", days = n)
    } else {
        match cell {
            "today" | "tomorrow" | "yesterday" => tr(&format!("due-{cell}")),
            _ => date(cell).into_owned(),
        }
    }
}

/// History's Record: the kind's noun, then its code, tag or owner.
pub fn record(cell: &str) -> String {
    let Some((noun, rest)) = cell.split_once(' ') else {
        return cell.to_string();
    };
    format!("{} {}", tr_text("record", noun), dates_in(rest))
}

/// A value of a history line: a stored word, `exited on 2026-…`, or data.
fn value(text: &str) -> String {
    for lead in ["exited", "distributed", "bought"] {
        if let Some(on) = text.strip_prefix(lead).and_then(|r| r.strip_prefix(" on ")) {
            return kumban_i18n::tr!("list-word-on", word = choice(lead), date = date(on));
        }
    }
    if let Some(rest) = text.strip_prefix("sold on ")
        && let Some((on, price)) = rest.split_once(" for ")
    {
        return kumban_i18n::tr!("detail-sold", date = date(on), price = price);
    }
    if let Some((on, cause)) = text
        .strip_prefix("died on ")
        .and_then(|r| r.split_once(": "))
    {
        return kumban_i18n::tr!("detail-died", date = date(on), cause = cause);
    }
    if let Some((on, reason)) = text
        .strip_prefix("lost on ")
        .and_then(|r| r.split_once(": "))
    {
        return kumban_i18n::tr!("detail-lost-on", date = date(on), reason = reason);
    }
    if let Some(rest) = text.strip_prefix("calved on ") {
        return match rest.split_once(", calf ") {
            Some((on, calf)) => {
                kumban_i18n::tr!("detail-calved-calf", date = date(on), calf = calf)
            }
            None => kumban_i18n::tr!("list-word-on", word = choice("calved"), date = date(rest)),
        };
    }
    if let Some(dam) = text.strip_prefix("born to ") {
        return kumban_i18n::tr!("list-born-to", dam = dam);
    }
    if let Some(n) = text.strip_suffix(" days").and_then(days) {
        return kumban_i18n::tr!("list-days", days = n);
    }
    let word = choice(text);
    if word != text {
        return word;
    }
    dates_in(text).into_owned()
}

/// One `field: before → after` of an update.
fn field_change(part: &str) -> Option<String> {
    let (field, values) = part.split_once(": ")?;
    let (before, after) = values.split_once(" → ")?;
    Some(format!(
        "{}: {} → {}",
        tr_text("field", field),
        value(before),
        value(after)
    ))
}

/// A `field: value` line of a record in a history detail.
pub fn field_value(line: &str) -> String {
    match line.split_once(": ") {
        Some((field, v)) => format!("{}: {}", tr_text("field", field), value(v)),
        None => line.to_string(),
    }
}

/// History's What changed: the fields of an update, or a created or
/// deleted record's summary (already in the language it loaded in).
pub fn change(cell: &str) -> String {
    if cell == "no field changed" {
        return tr("history-no-change");
    }
    if let Some(what) = cell.strip_prefix("back: ") {
        return kumban_i18n::tr!("history-back", what = dates_in(what));
    }
    if let Some(what) = cell.strip_prefix("removed: ") {
        return kumban_i18n::tr!("history-removed", what = dates_in(what));
    }
    if let Some(said) = weight_summary(cell)
        .or_else(|| health_summary(cell))
        .or_else(|| attendance_summary(cell))
    {
        return said;
    }
    let parts: Option<Vec<String>> = cell.split("; ").map(field_change).collect();
    parts.map_or_else(|| dates_in(cell).into_owned(), |p| p.join("; "))
}

/// A created record's summary as Review's month detail lists it.
pub fn summary(cell: &str) -> String {
    weight_summary(cell)
        .or_else(|| health_summary(cell))
        .or_else(|| attendance_summary(cell))
        .unwrap_or_else(|| dates_in(cell).into_owned())
}

/// An attendance's summary, `member Noy (BS-07) at training 2026-03-10
/// disease prevention`.
fn attendance_summary(cell: &str) -> Option<String> {
    let (member, training) = cell.strip_prefix("member ")?.rsplit_once(" at training ")?;
    Some(kumban_i18n::tr!(
        "summary-attendance",
        member = member,
        training = dates_in(training).into_owned()
    ))
}

/// A weighing's summary, `250.5 kg on 2026-11-30`.
fn weight_summary(cell: &str) -> Option<String> {
    let (kg, on) = cell.split_once(" kg on ")?;
    let number = !kg.is_empty() && kg.chars().all(|c| c.is_ascii_digit() || c == '.');
    let day = on.len() == 10 && on.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    (number && day).then(|| kumban_i18n::tr!("summary-weight", kg = kg, date = date(on)))
}

/// A health event's summary, `vaccination HS vaccine, 2026-11-30`: the
/// kind a stored word, the product as written.
fn health_summary(cell: &str) -> Option<String> {
    let (rest, on) = cell.rsplit_once(", ")?;
    let (kind, product) = rest.split_once(' ')?;
    kumban_model::HealthKind::parse(kind)?;
    Some(kumban_i18n::tr!(
        "summary-health",
        kind = choice(kind),
        product = product,
        date = date(on)
    ))
}

/// Review's State: a month's, not a cow's `open`.
pub fn state(cell: &str) -> String {
    tr_text("review-state", cell)
}

/// Review's Month: `2026-11`, as `11/2026` in Lao.
pub fn month(cell: &str) -> String {
    date(&format!("{cell}-01"))
        .strip_prefix("01/")
        .map_or_else(|| cell.to_string(), str::to_string)
}

/// Review's Last word: `approved 2026-11-30 14:05 by clerk: comment`.
pub fn last_word(cell: &str) -> String {
    let Some(at) = cell.find(|c: char| c.is_ascii_digit()) else {
        return cell.to_string();
    };
    let action = cell[..at].trim_end();
    let rest = &cell[at..];
    let Some((stamp, by)) = rest.split_once(" by ") else {
        return cell.to_string();
    };
    kumban_i18n::tr!(
        "review-last-word",
        action = choice(action),
        when = date(stamp),
        by = by
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_i18n::{Lang, with_lang};

    #[test]
    fn composed_cells_come_apart_in_lao_and_unknown_text_stays() {
        with_lang(Lang::Lo, || {
            assert_eq!(due("12 days OVERDUE"), tr!("due-overdue", days = 12));
            assert!(!due("in 3 days").contains("days"), "{}", due("in 3 days"));
            assert_eq!(due("2026-11-30"), "30/11/2026");
            assert!(!pen_fill("3/2 over").contains("over"));
            assert!(pen_fill("3/2 over").starts_with("3/2 "));
            let line = change("poverty: poor → exited on 2026-11-30; members: 5 → 6");
            assert!(
                !line.contains("poverty") && !line.contains("poor"),
                "{line}"
            );
            assert!(
                line.contains("30/11/2026") && line.contains("5 → 6"),
                "{line}"
            );
            assert_eq!(change("ນາງ ຄຳ, BS-07"), "ນາງ ຄຳ, BS-07");
            let sold = change("status: active → sold on 2026-11-30 for 900.00 USD");
            assert!(!sold.contains("sold") && !sold.contains("active"), "{sold}");
            assert!(
                sold.contains("30/11/2026") && sold.contains("900.00 USD"),
                "{sold}"
            );
            let lost = change("outcome: pending → lost on 2026-11-02: heat stress");
            assert!(
                !lost.contains("lost") && lost.contains("heat stress"),
                "{lost}"
            );
            assert_eq!(month("2026-11"), "11/2026");
            let weighed = change("250.5 kg on 2026-11-30");
            assert!(weighed.contains("250.5") && weighed.contains("30/11/2026"));
            assert!(!weighed.contains("kg on"), "{weighed}");
            let vaccinated = change("vaccination HS vaccine, 2026-11-30");
            assert!(vaccinated.contains("HS vaccine"), "{vaccinated}");
            assert!(!vaccinated.contains("vaccination"), "{vaccinated}");
            let word = last_word("returned 2026-11-30 14:05 by somsak: fix BS-07");
            assert!(word.contains("30/11/2026 14:05") && word.contains("somsak: fix BS-07"));
            assert!(!word.contains("returned"), "{word}");
        });
        with_lang(Lang::Zh, || assert_eq!(month("2026-11"), "2026-11"));
    }
}
