//! Rows of cells back into records, with references still as codes
//! (resolved later, across files). Every cell is read with the same
//! parsers as the forms (dates, money, groups), then the record runs the
//! model's `validate()`; every problem found is reported, not just the
//! first.

use super::cell::{choice, parse_bool, words};
use super::columns;
use super::read::RawRow;
use crate::kinds::InterchangeKind;
use kumban_i18n::{Localize, tr};
use kumban_model::*;

/// A record read from a row, its references still codes. Ids inside the
/// record are placeholders until the import resolves them.
#[derive(Debug, Clone, PartialEq)]
pub enum Draft {
    Household(Household),
    Pen {
        household: String,
        pen: Pen,
    },
    Animal {
        household: String,
        pen: Option<String>,
        dam: Option<String>,
        animal: Animal,
    },
    Pregnancy {
        cow: String,
        calf: Option<String>,
        /// A twin calf's ear tag.
        twin: Option<String>,
        /// A herd bull's ear tag, when the sire is one.
        sire: Option<String>,
        pregnancy: Pregnancy,
    },
    Income {
        household: String,
        animal: Option<String>,
        log: IncomeLog,
    },
    Rate(ExchangeRate),
    Member {
        household: String,
        member: Member,
    },
    Health {
        animal: String,
        event: HealthEvent,
    },
    Weight {
        animal: String,
        weight: Weight,
    },
    Training(Training),
    Attendance {
        training: TrainingKey,
        household: String,
        member: String,
        attendance: Attendance,
    },
    Visit {
        household: String,
        visit: Visit,
    },
}

/// How files name a training: its date, topic and place.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TrainingKey {
    pub date: Date,
    pub topic: String,
    pub place: String,
}

impl TrainingKey {
    pub fn of(t: &Training) -> TrainingKey {
        TrainingKey {
            date: t.date,
            topic: t.topic.clone(),
            place: t.place.clone(),
        }
    }
}

/// A row's problems: field and message.
pub type FieldProblems = Vec<(&'static str, String)>;

pub struct Cells<'a> {
    row: &'a RawRow,
    today: Date,
    problems: FieldProblems,
}

pub(crate) const NO_ID: u64 = 0;

impl<'a> Cells<'a> {
    pub(crate) fn raw(&self, name: &'static str) -> &'a str {
        let i = columns::of(self.row.kind)
            .iter()
            .position(|c| c.name == name);
        // Column names are constants of this module; a miss is a typo here.
        debug_assert!(i.is_some(), "no column {name}");
        i.and_then(|i| self.row.cells.get(i))
            .map(|s| s.trim_matches(' '))
            .unwrap_or("")
    }

    pub(crate) fn bad(&mut self, name: &'static str, message: impl Into<String>) {
        self.problems.push((name, message.into()));
    }

    pub(crate) fn text(&self, name: &'static str) -> String {
        self.raw(name).to_string()
    }

    /// Today, for the rules that need it (a birth year in the future).
    pub(crate) fn today(&self) -> Date {
        self.today
    }

    pub(crate) fn opt_text(&self, name: &'static str) -> Option<String> {
        Some(self.raw(name))
            .filter(|s| !s.is_empty())
            .map(String::from)
    }

    /// `why` is said already ("for a sold animal"), in the session's
    /// language, as the rest of the problem is.
    pub(crate) fn empty(&mut self, name: &'static str, why: &str) {
        if !self.raw(name).is_empty() {
            self.bad(name, tr!("imp-must-be-empty", why = why));
        }
    }

    pub(crate) fn date(&mut self, name: &'static str) -> Option<Date> {
        match Date::parse(self.raw(name), self.today) {
            Ok(d) => Some(d),
            Err(e) => {
                self.bad(name, e.localized());
                None
            }
        }
    }

    pub(crate) fn opt_date(&mut self, name: &'static str) -> Option<Date> {
        if self.raw(name).is_empty() {
            None
        } else {
            self.date(name)
        }
    }

    pub(crate) fn int(&mut self, name: &'static str, default: Option<i64>) -> Option<i64> {
        let s = self.raw(name);
        if s.is_empty()
            && let Some(d) = default
        {
            return Some(d);
        }
        match s.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) if s.is_empty() => {
                self.bad(name, tr!("imp-enter-whole-number"));
                None
            }
            Err(_) => {
                self.bad(name, tr!("imp-not-whole-number", text = s));
                None
            }
        }
    }

    pub(crate) fn bool(&mut self, name: &'static str) -> bool {
        let s = self.raw(name);
        parse_bool(s).unwrap_or_else(|| {
            self.bad(name, tr!("imp-not-yes-no", text = s));
            false
        })
    }

    pub(crate) fn choice<T: Copy>(
        &mut self,
        name: &'static str,
        options: &[(&str, T)],
        default: Option<T>,
    ) -> Option<T> {
        let s = self.raw(name);
        if s.is_empty()
            && let Some(d) = default
        {
            return Some(d);
        }
        match choice(s, options) {
            Ok(v) => Some(v),
            Err(m) => {
                self.bad(name, m);
                None
            }
        }
    }

    /// An amount in one column and its currency in another; `None` when
    /// both are empty or either is wrong (and then reported).
    pub(crate) fn money(&mut self, amount: &'static str, currency: &'static str) -> Option<Money> {
        let (a, c) = (self.raw(amount), self.raw(currency));
        if a.is_empty() && c.is_empty() {
            return None;
        }
        let cur = self.choice(currency, words::CURRENCY, None)?;
        if a.is_empty() {
            self.bad(amount, tr!("imp-enter-amount-for-currency"));
            return None;
        }
        match Money::parse(a, cur) {
            Ok(m) if m.currency != cur => {
                self.bad(
                    amount,
                    tr!(
                        "imp-currency-disagrees",
                        says = m.currency.code(),
                        column = currency,
                        currency = cur.code()
                    ),
                );
                None
            }
            Ok(m) => Some(m),
            Err(e) => {
                self.bad(amount, e.localized());
                None
            }
        }
    }

    pub(crate) fn range<T: TryFrom<i64> + Default>(
        &mut self,
        name: &'static str,
        n: Option<i64>,
        rule: &str,
    ) -> T {
        match n.map(T::try_from) {
            Some(Ok(v)) => v,
            Some(Err(_)) => {
                self.bad(name, rule.to_string());
                T::default()
            }
            None => T::default(),
        }
    }
}

/// Reads one row. `Err` lists every problem (field, message); the row is
/// then left out of the import.
pub fn draft(row: &RawRow, today: Date) -> Result<Draft, FieldProblems> {
    let mut c = Cells {
        row,
        today,
        problems: Vec::new(),
    };
    let draft = kumban_model::for_kind!(row.kind, K => <K as InterchangeKind>::draft(&mut c));
    let mut problems = c.problems;
    let record: AnyRecord = match &draft {
        Draft::Household(h) => h.clone().into(),
        Draft::Pen { pen, .. } => pen.clone().into(),
        Draft::Animal { animal, .. } => animal.clone().into(),
        Draft::Pregnancy { pregnancy, .. } => pregnancy.clone().into(),
        Draft::Income { log, .. } => log.clone().into(),
        Draft::Rate(r) => r.clone().into(),
        Draft::Member { member, .. } => member.clone().into(),
        Draft::Health { event, .. } => event.clone().into(),
        Draft::Weight { weight, .. } => weight.clone().into(),
        Draft::Training(t) => t.clone().into(),
        Draft::Attendance { attendance, .. } => attendance.clone().into(),
        Draft::Visit { visit, .. } => visit.clone().into(),
    };
    // A cell that could not be read leaves a placeholder in the record;
    // the model's verdict on dates and amounts would then only confuse, so
    // after a reading problem only its checks of plain text are added.
    let read_failed = !problems.is_empty();
    for p in record.validate() {
        let plain_text = PLAIN_TEXT.contains(&p.field);
        if (!read_failed || plain_text) && !problems.iter().any(|(f, _)| *f == p.field) {
            problems.push((p.field, p.shown()));
        }
    }
    if problems.is_empty() {
        Ok(draft)
    } else {
        Err(problems)
    }
}

/// Fields whose model checks never involve a placeholder value.
pub(crate) const PLAIN_TEXT: &[&str] = &[
    "code",
    "head_name",
    "village",
    "phone",
    "groups",
    "notes",
    "label",
    "inspected_by",
    "ear_tag",
    "breed",
    "sire",
    "description",
    "source",
    "name",
    "product",
    "dose",
    "given_by",
];

/// The code a row names itself by, even when the row is bad, so that rows
/// referring to it are not also reported.
pub fn own_code(row: &RawRow) -> Option<String> {
    let first = row.cells.first()?.trim_matches(' ');
    match row.kind {
        RecordKind::Household | RecordKind::Animal => Some(first.to_string()),
        _ => None,
    }
}

pub(crate) fn placeholder_date() -> Date {
    Date::from_ymd(2000, 1, 1).unwrap_or(Date(chrono::NaiveDate::MIN))
}
