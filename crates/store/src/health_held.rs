//! The dashboard's health figures kept in memory between two entries to
//! it (issue 15: counting the due tree's ranges took some 75 ms at
//! district size, most of the dashboard's time after a save).
//!
//! For one `today`, each animal's keys inside the three windows are kept
//! (how many vaccination days in the 12 months, its due dates up to a
//! month ahead, how many treatments in 30 days), with the figures they
//! add up to, as of one history entry. Each computation follows the
//! history entries written since: a write touches a few animals, whose
//! keys are worked out again from their records, as the write itself did.
//!
//! The history is the proof, as for the fertility memo: if the entry the
//! figures were kept at is gone or is another one (an import undone
//! reuses its numbers), if too much was written since, if the day
//! changed or the tree was written again (`rebuild`), everything is read
//! again from the tree.

use super::Local;
use super::error::Result;
use super::health_due::{
    DUE, DUE_WINDOW_DAYS, DueRow, HealthFigures, TREATED, TREATED_WINDOW_DAYS, VACCINATED,
    VACCINATED_WINDOW_DAYS, animal_keys, decode_date, span,
};
use super::keys;
use super::record::Change;
use super::schema::Tree;
use super::since::newest;
use kumban_model::*;
use std::collections::{BTreeSet, HashMap};

/// More changes than this since the figures were kept: reading the tree's
/// ranges again is about as quick as following them one by one.
const MOST_CHANGES: usize = 20_000;

/// The first and last key of each window as of one day.
struct Windows {
    vaccinated: (Vec<u8>, Vec<u8>),
    due: (Vec<u8>, Vec<u8>),
    treated: (Vec<u8>, Vec<u8>),
}

impl Windows {
    /// The same bounds `health_figures_counted` scans.
    fn of(today: Date) -> Windows {
        Windows {
            vaccinated: span(
                VACCINATED,
                today.minus_days(VACCINATED_WINDOW_DAYS - 1),
                today,
            ),
            due: span(DUE, None, today.plus_days(DUE_WINDOW_DAYS).unwrap_or(today)),
            treated: span(TREATED, today.minus_days(TREATED_WINDOW_DAYS - 1), today),
        }
    }
}

fn inside(key: &[u8], (lo, hi): &(Vec<u8>, Vec<u8>)) -> bool {
    key >= lo.as_slice() && key <= hi.as_slice()
}

/// A due key's date and event: `d | date (4) | animal (8) | event (8)`.
fn due_parts(key: &[u8]) -> Option<(Date, u64, u64)> {
    Some((
        key.get(1..5).and_then(decode_date)?,
        key.get(5..13).and_then(keys::decode_id)?,
        keys::trailing_id(key)?,
    ))
}

/// One animal's keys inside the windows.
#[derive(Debug, Default, PartialEq, Eq)]
struct Within {
    vaccination_days: u32,
    due: Vec<(Date, u64)>,
    treatments: u32,
}

impl Within {
    fn is_empty(&self) -> bool {
        self.vaccination_days == 0 && self.due.is_empty() && self.treatments == 0
    }

    /// What of an animal's keys falls inside the windows.
    fn of(keys: &BTreeSet<Vec<u8>>, windows: &Windows) -> Within {
        let mut out = Within::default();
        for k in keys {
            if inside(k, &windows.vaccinated) {
                out.vaccination_days += 1;
            } else if inside(k, &windows.treated) {
                out.treatments += 1;
            } else if inside(k, &windows.due)
                && let Some((day, _, event)) = due_parts(k)
            {
                out.due.push((day, event));
            }
        }
        out
    }
}

/// The figures of one day as of one history entry.
pub(crate) struct HeldHealth {
    today: Date,
    windows: Windows,
    /// The newest history entry followed: its number and when written.
    mark: Option<(u64, i64)>,
    animals: HashMap<u64, Within>,
    /// Animals with a vaccination day in the 12 months.
    vaccinated: u64,
    /// Every due date in the window: (due, animal, event), soonest first
    /// as the tree orders them.
    due: BTreeSet<(Date, u64, u64)>,
    /// Animals with at least one entry in `due`.
    due_animals: u64,
    treatments: u64,
}

impl HeldHealth {
    /// The windows' ranges of the tree read once.
    fn read(store: &Local, today: Date) -> Result<HeldHealth> {
        // The mark first: a write landing while the tree is read is then
        // followed again next time, never missed.
        let mark = newest(store)?;
        let windows = Windows::of(today);
        let tree = store.tree(Tree::HealthDue)?;
        let mut animals: HashMap<u64, Within> = HashMap::new();
        let (lo, hi) = &windows.vaccinated;
        for k in tree.range(lo.as_slice()..=hi.as_slice()).keys() {
            if let Some(animal) = keys::trailing_id(&k?) {
                animals.entry(animal).or_default().vaccination_days += 1;
            }
        }
        let (lo, hi) = &windows.due;
        for k in tree.range(lo.as_slice()..=hi.as_slice()).keys() {
            if let Some((day, animal, event)) = due_parts(&k?) {
                animals.entry(animal).or_default().due.push((day, event));
            }
        }
        // A treatment's key does not name the animal: its event does.
        // An event gone since its key was read was deleted by a write that
        // is followed next time, so it is not counted here.
        let (lo, hi) = &windows.treated;
        for k in tree.range(lo.as_slice()..=hi.as_slice()).keys() {
            let Some(event) = keys::trailing_id(&k?) else {
                continue;
            };
            if let Some(e) = store.get::<HealthEvent>(HealthEventId(event))? {
                animals.entry(e.record.animal.0).or_default().treatments += 1;
            }
        }
        let mut held = HeldHealth {
            today,
            windows,
            mark,
            animals: HashMap::with_capacity(animals.len()),
            vaccinated: 0,
            due: BTreeSet::new(),
            due_animals: 0,
            treatments: 0,
        };
        for (animal, within) in animals {
            held.add(animal, within);
        }
        Ok(held)
    }

    fn add(&mut self, animal: u64, within: Within) {
        if within.is_empty() {
            return;
        }
        self.vaccinated += u64::from(within.vaccination_days > 0);
        self.due_animals += u64::from(!within.due.is_empty());
        self.treatments += u64::from(within.treatments);
        for (day, event) in &within.due {
            self.due.insert((*day, animal, *event));
        }
        self.animals.insert(animal, within);
    }

    fn remove(&mut self, animal: u64) {
        let Some(within) = self.animals.remove(&animal) else {
            return;
        };
        self.vaccinated -= u64::from(within.vaccination_days > 0);
        self.due_animals -= u64::from(!within.due.is_empty());
        self.treatments -= u64::from(within.treatments);
        for (day, event) in within.due {
            self.due.remove(&(day, animal, event));
        }
    }

    /// The changes written since `mark`, oldest first, or `None` when the
    /// figures cannot be brought up to date from them.
    fn since(&self, store: &Local) -> Result<Option<Vec<Change>>> {
        crate::changes_since(store.history(), self.mark, MOST_CHANGES)
    }

    /// Follows `changes`: the animals they touch have their keys worked
    /// out again from their records as they are now.
    fn follow(&mut self, store: &Local, changes: &[Change]) -> Result<()> {
        let mut again = BTreeSet::new();
        for c in changes {
            self.mark = Some((c.seq, c.at));
            if c.kind == RecordKind::Animal {
                again.insert(c.id);
            }
            for r in c.before.iter().chain(c.after.iter()) {
                if let AnyRecord::HealthEvent(e) = r {
                    again.insert(e.animal.0);
                }
            }
        }
        for animal in again {
            let within = Within::of(&animal_keys(store, animal)?, &self.windows);
            self.remove(animal);
            self.add(animal, within);
        }
        Ok(())
    }

    fn figures(&self, limit: u32) -> HealthFigures {
        HealthFigures {
            vaccinated_12_months: self.vaccinated,
            due_30_days: self.due_animals,
            treatments_30_days: self.treatments,
            due_rows: self.due.len() as u64,
            due_listed: self
                .due
                .iter()
                .take(limit as usize)
                .map(|(due, animal, event)| DueRow {
                    due: *due,
                    animal: AnimalId(*animal),
                    event: HealthEventId(*event),
                })
                .collect(),
        }
    }
}

impl Local {
    /// The health figures as of `today`, and at most `limit` due rows
    /// (docs/status-json.md): the same as `health_figures_counted`, from
    /// the figures kept in memory and the history written since.
    pub fn health_figures(&self, today: Date, limit: u32) -> Result<HealthFigures> {
        // A poisoned slot held figures a panic left half done: start again.
        let mut slot = self.inner.health.lock().unwrap_or_else(|e| e.into_inner());
        let mut held = match slot.take() {
            Some(held) if held.today == today => held,
            _ => HeldHealth::read(self, today)?,
        };
        match held.since(self)? {
            Some(changes) => held.follow(self, &changes)?,
            None => held = HeldHealth::read(self, today)?,
        }
        let figures = held.figures(limit);
        *slot = Some(held);
        Ok(figures)
    }

    /// Drops the figures kept in memory: the tree is being written again.
    pub(crate) fn forget_health_figures(&self) {
        let mut slot = self.inner.health.lock().unwrap_or_else(|e| e.into_inner());
        *slot = None;
    }
}
