//! History: every change, newest first: when, who, which record and what
//! changed, field by field.

use super::*;
use crate::list::{Show, col, flex};
use kumban_store::Change;
use std::cell::RefCell;

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 5] = [
    col("When", 16).dropped(0).shown(Show::Date),
    col("By", 8).dropped(2),
    col("Change", 7).dropped(1).shown(Show::Choice),
    col("Record", 18)
        .dropped(0)
        .shown(Show::With(shown::record)),
    flex("What changed", 24).shown(Show::With(shown::change)),
];

/// Names the history shows for records it refers to by id.
pub(crate) struct Names {
    households: Households,
    tags: HashMap<u64, String>,
    pens: HashMap<u64, String>,
    /// Members and trainings are looked up as attendances name them:
    /// a district has some 100,000 members, and most histories name few.
    store: Store,
    members: RefCell<HashMap<u64, (String, String)>>,
    trainings: RefCell<HashMap<u64, String>>,
}

impl Names {
    pub(super) fn load(store: &Store) -> Result<Names> {
        let mut pens = HashMap::new();
        for p in store.all::<Pen>() {
            let p = p?;
            pens.insert(p.id, clean(&p.record.label));
        }
        Ok(Names {
            households: Households::load(store)?,
            tags: tags(store)?,
            pens,
            store: store.clone(),
            members: RefCell::default(),
            trainings: RefCell::default(),
        })
    }

    /// Which record: its kind and code, tag or owner.
    pub(super) fn record(&self, record: &AnyRecord) -> String {
        for_record!(record, r => r.history_name(self))
    }

    /// What a created or deleted record was, in a few words.
    pub(super) fn summary(&self, record: &AnyRecord) -> String {
        for_record!(record, r => r.history_summary(self))
    }

    pub(super) fn household(&self, id: HouseholdId) -> String {
        self.households.code(id)
    }

    pub(super) fn tag(&self, id: AnimalId) -> String {
        tag_of(&self.tags, id)
    }

    /// "Bounmy (BS-07)": a member's name and household code.
    pub(super) fn member(&self, id: MemberId) -> String {
        let (name, code) = self.member_parts(id);
        format!("{name} ({code})")
    }

    /// The code of a member's household, for the Record column, which
    /// stays narrow enough to leave room for the kind of change.
    pub(super) fn member_household(&self, id: MemberId) -> String {
        self.member_parts(id).1
    }

    fn member_parts(&self, id: MemberId) -> (String, String) {
        if let Some(known) = self.members.borrow().get(&id.0) {
            return known.clone();
        }
        let parts = match self.store.get::<Member>(id) {
            Ok(Some(m)) => (clean(&m.record.name), self.household(m.record.household)),
            _ => (format!("#{id}"), "?".to_string()),
        };
        self.members.borrow_mut().insert(id.0, parts.clone());
        parts
    }

    /// A training's date and topic, `2026-03-10 disease prevention`: as
    /// stored, since the history is loaded in English and shown in the
    /// session's language (`shown::summary`).
    pub(super) fn training(&self, id: TrainingId) -> String {
        if let Some(known) = self.trainings.borrow().get(&id.0) {
            return known.clone();
        }
        let line = match self.store.get::<Training>(id) {
            Ok(Some(t)) => format!("{} {}", t.record.date, clean(&t.record.topic)),
            _ => format!("#{id}"),
        };
        self.trainings.borrow_mut().insert(id.0, line.clone());
        line
    }

    pub(super) fn pen(&self, id: PenId) -> String {
        self.pens
            .get(&id.0)
            .cloned()
            .unwrap_or_else(|| format!("#{id}"))
    }
}

pub(super) fn what(c: &Change) -> &'static str {
    match (&c.before, &c.after, c.undoes) {
        (_, _, Some(_)) => "undo",
        (None, Some(_), _) => "created",
        (Some(_), None, _) => "deleted",
        _ => "updated",
    }
}

/// The fields that differ between two versions of a record:
/// `members: 5 → 6`.
fn diff(before: &AnyRecord, after: &AnyRecord, names: &Names) -> Vec<String> {
    fields(before, names)
        .into_iter()
        .zip(fields(after, names))
        .filter(|(b, a)| b.1 != a.1)
        .map(|(b, a)| format!("{}: {} → {}", b.0, b.1, a.1))
        .collect()
}

/// The "What changed" cell: the changed fields of an update, or what a
/// created or deleted record was.
pub(super) fn change_text(c: &Change, names: &Names) -> String {
    match (&c.before, &c.after) {
        (Some(b), Some(a)) => {
            let changed = diff(b, a, names);
            if changed.is_empty() {
                "no field changed".into()
            } else {
                changed.join("; ")
            }
        }
        (None, Some(a)) if c.undoes.is_some() => format!("back: {}", names.summary(a)),
        (Some(b), None) if c.undoes.is_some() => format!("removed: {}", names.summary(b)),
        (None, Some(r)) | (Some(r), None) => names.summary(r),
        (None, None) => String::new(),
    }
}

/// How many changes the tab loads: the newest. A district's history runs
/// to millions of changes, each mostly a text of its own, and the list
/// keeps what it loads in memory.
pub const LIMIT: usize = 100_000;

pub fn load(store: &Store) -> Result<Rows> {
    load_newest(store, LIMIT)
}

/// The newest `limit` changes, with a note saying so when there are more.
pub fn load_newest(store: &Store, limit: usize) -> Result<Rows> {
    let names = Names::load(store)?;
    let mut rows = RowsBuilder::new(COLUMNS.len());
    let mut history = store.history();
    let mut newest = None;
    for c in history.by_ref().take(limit) {
        let c = c?;
        newest.get_or_insert(c.seq);
        let record = c
            .after
            .as_ref()
            .or(c.before.as_ref())
            .map(|r| names.record(r))
            .unwrap_or_else(|| format!("{} #{}", c.kind.noun(), c.id));
        rows.push(
            Row::new(
                c.seq,
                vec![
                    format_stamp(c.at),
                    clean(&c.by),
                    what(&c).to_string(),
                    record,
                    change_text(&c, &names),
                ],
            )
            // Newest first is the natural order; sorting by When keeps time order.
            .with_key(0, c.at),
        );
    }
    if history.next().is_some()
        && let (Some(newest), Some(oldest)) = (newest, store.history_oldest_first().next())
    {
        // Sequence numbers run without gaps, so the count needs no full read.
        let total = newest.saturating_sub(oldest?.seq) + 1;
        rows.note(kumban_i18n::tr!(
            "history-newest",
            shown = thousands(limit as u64),
            total = thousands(total)
        ));
    }
    Ok(rows.finish())
}

pub fn detail(store: &Store, seq: u64, _today: Date) -> Result<Option<Detail>> {
    let mut found = None;
    for c in store.history() {
        let c = c?;
        if c.seq == seq {
            found = Some(c);
            break;
        }
    }
    let Some(c) = found else {
        return Ok(None);
    };
    let names = Names::load(store)?;
    let record = c
        .after
        .as_ref()
        .or(c.before.as_ref())
        .map(|r| names.record(r))
        .unwrap_or_else(|| c.kind.noun().to_string());
    let record = crate::list::in_lang(record, shown::record);
    let title = kumban_i18n::tr!(
        "detail-change-title",
        seq = c.seq.to_string(),
        what = word(what(&c)),
        record = record.clone()
    );
    let mut d = Detail::new(title, Tab::History, seq);
    d.field("When", crate::list::date(&format_stamp(c.at)).into_owned());
    d.field("By", clean(&c.by));
    d.field("Change", word(what(&c)));
    d.field("Transaction", c.txn.to_string());
    if let Some(t) = c.undoes {
        d.field(
            "Undoes",
            kumban_i18n::tr!("detail-transaction", txn = t.to_string()),
        );
    }
    d.field(
        "Record",
        kumban_i18n::tr!("detail-record-id", record = record, id = c.id.to_string()),
    );
    let lines = |r: &AnyRecord| -> Vec<String> {
        fields(r, &names)
            .into_iter()
            .map(|(k, v)| crate::list::in_lang(format!("{k}: {v}"), shown::field_value))
            .collect()
    };
    if let (Some(b), Some(a)) = (&c.before, &c.after) {
        let changed = diff(b, a, &names)
            .into_iter()
            .map(|line| crate::list::in_lang(line, shown::change))
            .collect();
        d.section("Fields changed", None, changed);
    }
    if let Some(a) = &c.after {
        d.section("After", None, lines(a));
    }
    if let Some(b) = &c.before {
        d.section("Before", None, lines(b));
    }
    Ok(Some(d))
}

/// (field, value) of any record, in a fixed order per kind so that before
/// and after line up.
fn fields(record: &AnyRecord, names: &Names) -> Vec<(&'static str, String)> {
    for_record!(record, r => r.history_fields(names))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_history_loads_the_newest_changes_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
        kumban_demo::fill(&store, Date::from_ymd(2026, 11, 28).unwrap()).unwrap();
        let all = store.history().count();
        assert!(all > 1000, "{all}");
        let newest: Vec<u64> = store.history().take(100).map(|c| c.unwrap().seq).collect();

        let rows = load_newest(&store, 100).unwrap();
        assert_eq!(rows.iter().map(|r| r.id()).collect::<Vec<_>>(), newest);
        let note = format!(
            "showing the newest 100 of {} changes",
            thousands(all as u64)
        );
        assert_eq!(rows.note(), Some(note.as_str()));

        let every = load_newest(&store, all).unwrap();
        assert_eq!((every.len(), every.note()), (all, None));
    }

    #[test]
    fn thousands_are_grouped() {
        let grouped: Vec<String> = [0, 999, 1000, 100_000, 1_131_341]
            .into_iter()
            .map(thousands)
            .collect();
        assert_eq!(grouped, ["0", "999", "1,000", "100,000", "1,131,341"]);
    }
}
