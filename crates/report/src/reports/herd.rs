//! The herd month by month: animals that came (distributed, bought,
//! born), that left (sold, died), and the herd and the pregnant cows at
//! each month's end.

use super::Words;
use super::{Cell, Column, ReportKind, Span, Table, month_end};
use kumban_model::{Animal, AnimalStatus, Date, Origin, Outcome, Pregnancy, Sex};
use kumban_store::{Store, StoreError};

/// The day an animal joined its household's herd: distributed or bought
/// on a date, or born.
pub fn arrived(a: &Animal) -> Date {
    match a.origin {
        Origin::Distributed { on } | Origin::Bought { on } => on,
        Origin::BornTo { .. } => a.born_on,
    }
}

/// The day it left the herd, if it did.
pub fn left(a: &Animal) -> Option<Date> {
    match &a.status {
        AnimalStatus::Active => None,
        AnimalStatus::Sold { on, .. } | AnimalStatus::Died { on, .. } => Some(*on),
    }
}

/// In the herd at the end of `day`: arrived by then and not yet left.
pub fn in_herd(a: &Animal, day: Date) -> bool {
    arrived(a) <= day && left(a).is_none_or(|l| l > day)
}

/// Pregnant at the end of `day`: served by then, with no outcome by then.
pub fn pregnant_on(p: &Pregnancy, day: Date) -> bool {
    let outcome = match &p.outcome {
        Outcome::Pending => None,
        Outcome::Calved { on, .. } | Outcome::Lost { on, .. } => Some(*on),
    };
    p.service_date <= day && outcome.is_none_or(|o| o > day)
}

/// Every animal, read once (a district has tens of thousands).
pub fn animals(store: &Store) -> Result<Vec<Animal>, StoreError> {
    store.all::<Animal>().map(|s| s.map(|s| s.record)).collect()
}

/// Cows (female animals) in the herd at the end of `day`.
pub fn cows_on(animals: &[Animal], day: Date) -> i64 {
    animals
        .iter()
        .filter(|a| a.sex == Sex::Female && in_herd(a, day))
        .count() as i64
}

const COLUMNS: [&str; 9] = [
    "distributed",
    "bought",
    "born",
    "sold",
    "died",
    "head",
    "cows",
    "pregnant",
    "month",
];

pub fn build(store: &Store, span: Span) -> Result<Table, StoreError> {
    let mut t = Table::new(
        ReportKind::Herd,
        Words::new("report-title-herd").span("span", span),
        span,
    );
    t.columns = vec![Column::text(COLUMNS[8])];
    t.columns
        .extend(COLUMNS[..8].iter().map(|name| Column::number(name)));
    let animals = animals(store)?;
    if !animals.iter().any(|a| arrived(a) <= span.to) {
        t.empty = Some(Words::new("report-empty-herd").span("span", span));
        return Ok(t);
    }
    let pregnancies: Vec<Pregnancy> = store
        .all::<Pregnancy>()
        .map(|s| s.map(|s| s.record))
        .collect::<Result<_, _>>()?;
    for (year, month) in span.months() {
        let Some(end) = month_end(year, month) else {
            continue;
        };
        let in_month = |d: Date| {
            use chrono::Datelike;
            d.0.year() == year && d.0.month() == month
        };
        let mut counts = [0i64; 8];
        for a in &animals {
            match a.origin {
                Origin::Distributed { on } if in_month(on) => counts[0] += 1,
                Origin::Bought { on } if in_month(on) => counts[1] += 1,
                Origin::BornTo { .. } if in_month(a.born_on) => counts[2] += 1,
                _ => {}
            }
            match &a.status {
                AnimalStatus::Sold { on, .. } if in_month(*on) => counts[3] += 1,
                AnimalStatus::Died { on, .. } if in_month(*on) => counts[4] += 1,
                _ => {}
            }
            if in_herd(a, end) {
                counts[5] += 1;
                if a.sex == Sex::Female {
                    counts[6] += 1;
                }
            }
        }
        counts[7] = pregnancies.iter().filter(|p| pregnant_on(p, end)).count() as i64;
        let mut row = vec![Cell::Text(format!("{year}-{month:02}"))];
        row.extend(counts.iter().map(|n| Cell::Count(*n)));
        t.rows.push(row);
    }
    t.notes.push(Words::new("report-note-herd"));
    Ok(t)
}
