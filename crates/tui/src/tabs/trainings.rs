//! Trainings: each with its date, topic, trainer, place and how many
//! attended; the detail lists the attendees.

use super::*;
use crate::list::{Show, col, flex, num};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 5] = [
    col("Date", 10).dropped(0).shown(Show::Date),
    flex("Topic", 18),
    col("Trainer", 14).dropped(2),
    col("Place", 12).dropped(1),
    num("Attendees", 9).dropped(0),
];

pub fn load(store: &Store) -> Result<Rows> {
    // From the index: the 5,000 attendance records of a district are not
    // read to count them.
    let counts = store.attendance_counts()?;
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for t in store.all::<Training>() {
        let t = t?;
        let r = &t.record;
        let n = counts.get(&TrainingId(t.id)).map_or(0, |&n| n as i64);
        rows.push(
            Row::new(
                t.id,
                vec![
                    r.date.to_string(),
                    clean(&r.topic),
                    clean(&r.trainer),
                    clean(&r.place),
                    n.to_string(),
                ],
            )
            .with_key(4, n),
        );
    }
    Ok(rows.finish())
}

/// "Bounmy (BS-07)": an attendee as the training's detail lists them.
fn attendee_line(store: &Store, a: &Stored<Attendance>) -> Result<String> {
    Ok(match store.get::<Member>(a.record.member)? {
        Some(m) => format!(
            "{} ({})",
            clean(&m.record.name),
            code_or_id(store, m.record.household)?
        ),
        None => format!("#{}", a.record.member),
    })
}

/// "2026-03-14 disease prevention at Bansuo": a training in one line.
pub fn training_line(t: &Training) -> String {
    kumban_i18n::tr!(
        "detail-training-line",
        date = day(t.date),
        topic = clean(&t.topic),
        place = clean(&t.place)
    )
}

pub fn detail(store: &Store, id: u64) -> Result<Option<Detail>> {
    let Some(t) = store.get::<Training>(TrainingId(id))? else {
        return Ok(None);
    };
    let r = &t.record;
    let mut d = Detail::new(training_line(r), Tab::Trainings, id);
    d.field("Date", day(r.date));
    d.field("Topic", clean(&r.topic));
    d.field("Trainer", clean(&r.trainer));
    d.field("Place", clean(&r.place));
    d.field(
        "Notes",
        if r.notes.is_empty() {
            "—".into()
        } else {
            clean(&r.notes)
        },
    );
    audit_fields(&mut d, t.id, &t.audit);
    let mut attendees = Vec::new();
    for a in store.attendance_of(TrainingId(id))? {
        attendees.push(attendee_line(store, &a)?);
    }
    d.section("Attendees", Some('a'), attendees);
    Ok(Some(d))
}

impl KindScreen for Training {
    const TAB: Tab = Tab::Trainings;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn detail(store: &Store, id: u64, _today: Date) -> Result<Option<Detail>> {
        detail(store, id)
    }

    fn related(store: &Store, id: TrainingId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        let Some(t) = store.get::<Training>(id)? else {
            return Ok(None);
        };
        Ok(match rel {
            Related::AttendeesOfTraining => Some((
                Tab::Attendance,
                scope(
                    kumban_i18n::tr!("scope-attendees", training = training_line(&t.record)),
                    store.attendance_of(id)?.into_iter().map(|a| a.id),
                ),
            )),
            _ => None,
        })
    }

    fn in_words(&self, _store: &Store) -> Result<String> {
        Ok(kumban_i18n::tr!(
            "words-training",
            training = training_line(self)
        ))
    }

    fn history_name(&self, _names: &history::Names) -> String {
        format!("training {}", self.date)
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        format!("{} at {}", clean(&self.topic), clean(&self.place))
    }

    fn history_fields(&self, _names: &history::Names) -> Vec<(&'static str, String)> {
        let t = self;
        vec![
            ("date", t.date.to_string()),
            ("topic", clean(&t.topic)),
            ("trainer", clean(&t.trainer)),
            ("place", clean(&t.place)),
            ("notes", clean(&t.notes)),
        ]
    }
}
