//! Attendance: who attended which training, one row per member per
//! training.

use super::*;
use crate::list::{Show, col, flex};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 5] = [
    col("Date", 10).dropped(0).shown(Show::Date),
    col("Topic", 18).dropped(1),
    col("Place", 12).dropped(2),
    col("Hhold", 7).dropped(0),
    flex("Member", 16),
];

pub fn load(store: &Store) -> Result<Rows> {
    let households = Households::load(store)?;
    let mut trainings = HashMap::new();
    for t in store.all::<Training>() {
        let t = t?;
        trainings.insert(t.id, t.record);
    }
    let mut members = HashMap::new();
    for m in store.all::<Member>() {
        let m = m?;
        members.insert(m.id, (m.record.household, clean(&m.record.name)));
    }
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for a in store.all::<Attendance>() {
        let a = a?;
        let r = &a.record;
        let (date, topic, place) = match trainings.get(&r.training.0) {
            Some(t) => (t.date.to_string(), clean(&t.topic), clean(&t.place)),
            None => (format!("#{}", r.training), String::new(), String::new()),
        };
        let (code, name) = match members.get(&r.member.0) {
            Some((h, n)) => (households.code(*h), n.clone()),
            None => ("—".into(), format!("#{}", r.member)),
        };
        rows.push(Row::new(a.id, vec![date, topic, place, code, name]));
    }
    Ok(rows.finish())
}

pub fn detail(store: &Store, id: u64) -> Result<Option<Detail>> {
    let Some(a) = store.get::<Attendance>(AttendanceId(id))? else {
        return Ok(None);
    };
    let r = &a.record;
    let training = store
        .get::<Training>(r.training)?
        .map(|t| super::trainings::training_line(&t.record))
        .unwrap_or_else(|| format!("#{}", r.training));
    let member = store.get::<Member>(r.member)?;
    let name = member
        .as_ref()
        .map(|m| clean(&m.record.name))
        .unwrap_or_else(|| format!("#{}", r.member));
    let mut d = Detail::new(
        kumban_i18n::tr!("detail-of", what = name.clone(), owner = training.clone()),
        Tab::Attendance,
        id,
    );
    d.jump_field("Training", Related::TrainingOfAttendance, training);
    d.field("Member", name);
    if let Some(m) = member {
        d.jump_field(
            "Household",
            Related::OwnerHousehold,
            household_line(store, m.record.household)?,
        );
    }
    audit_fields(&mut d, a.id, &a.audit);
    Ok(Some(d))
}

impl KindScreen for Attendance {
    const TAB: Tab = Tab::Attendance;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn detail(store: &Store, id: u64, _today: Date) -> Result<Option<Detail>> {
        detail(store, id)
    }

    fn related(store: &Store, id: AttendanceId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        let Some(a) = store.get::<Attendance>(id)? else {
            return Ok(None);
        };
        Ok(match rel {
            Related::TrainingOfAttendance => {
                let label = store
                    .get::<Training>(a.record.training)?
                    .map(|t| super::trainings::training_line(&t.record))
                    .unwrap_or_else(|| format!("#{}", a.record.training));
                Some((Tab::Trainings, scope(label, [a.record.training.0])))
            }
            Related::OwnerHousehold => match store.get::<Member>(a.record.member)? {
                Some(m) => Some(super::pens::owner_scope(store, m.record.household)?),
                None => None,
            },
            _ => None,
        })
    }

    fn prefill(store: &Store, id: AttendanceId, _rel: Related) -> Result<Prefill> {
        // One more attendee from the same household is the common case.
        let household = match store.get::<Attendance>(id)? {
            Some(a) => store
                .get::<Member>(a.record.member)?
                .map(|m| m.record.household),
            None => None,
        };
        Ok(Prefill {
            household,
            ..Prefill::default()
        })
    }

    fn in_words(&self, store: &Store) -> Result<String> {
        let name = store
            .get::<Member>(self.member)?
            .map(|m| clean(&m.record.name))
            .unwrap_or_else(|| format!("#{}", self.member));
        let training = store
            .get::<Training>(self.training)?
            .map(|t| super::trainings::training_line(&t.record))
            .unwrap_or_else(|| format!("#{}", self.training));
        Ok(kumban_i18n::tr!(
            "words-attendance",
            name = name,
            training = training
        ))
    }

    fn history_name(&self, names: &history::Names) -> String {
        format!("attendance {}", names.member_household(self.member))
    }

    fn history_summary(&self, names: &history::Names) -> String {
        // In English, as every summary is stored; `shown::summary` says it
        // in the session's language.
        format!(
            "member {} at training {}",
            names.member(self.member),
            names.training(self.training)
        )
    }

    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)> {
        vec![
            ("training", names.training(self.training)),
            ("member", names.member(self.member)),
        ]
    }
}
