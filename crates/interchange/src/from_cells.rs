//! Rows of cells back into records, with references still as codes
//! (resolved later, across files). Every cell is read with the same
//! parsers as the forms (dates, money, groups), then the record runs the
//! model's `validate()`; every problem found is reported, not just the
//! first.

use super::cell::{choice, parse_bool, split_groups, words};
use super::columns;
use super::read::RawRow;
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
        pregnancy: Pregnancy,
    },
    Income {
        household: String,
        animal: Option<String>,
        log: IncomeLog,
    },
}

/// A row's problems: field and message.
pub type FieldProblems = Vec<(&'static str, String)>;

struct Cells<'a> {
    row: &'a RawRow,
    today: Date,
    problems: FieldProblems,
}

const NO_ID: u64 = 0;

impl<'a> Cells<'a> {
    fn raw(&self, name: &'static str) -> &'a str {
        let i = columns::of(self.row.kind)
            .iter()
            .position(|c| c.name == name);
        // Column names are constants of this module; a miss is a typo here.
        debug_assert!(i.is_some(), "no column {name}");
        i.and_then(|i| self.row.cells.get(i))
            .map(|s| s.trim_matches(' '))
            .unwrap_or("")
    }

    fn bad(&mut self, name: &'static str, message: impl Into<String>) {
        self.problems.push((name, message.into()));
    }

    fn text(&self, name: &'static str) -> String {
        self.raw(name).to_string()
    }

    fn opt_text(&self, name: &'static str) -> Option<String> {
        Some(self.raw(name))
            .filter(|s| !s.is_empty())
            .map(String::from)
    }

    fn empty(&mut self, name: &'static str, why: &str) {
        if !self.raw(name).is_empty() {
            self.bad(name, format!("must be empty {why}"));
        }
    }

    fn date(&mut self, name: &'static str) -> Option<Date> {
        match Date::parse(self.raw(name), self.today) {
            Ok(d) => Some(d),
            Err(e) => {
                self.bad(name, e.to_string());
                None
            }
        }
    }

    fn opt_date(&mut self, name: &'static str) -> Option<Date> {
        if self.raw(name).is_empty() {
            None
        } else {
            self.date(name)
        }
    }

    fn int(&mut self, name: &'static str, default: Option<i64>) -> Option<i64> {
        let s = self.raw(name);
        if s.is_empty()
            && let Some(d) = default
        {
            return Some(d);
        }
        match s.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) if s.is_empty() => {
                self.bad(name, "enter a whole number");
                None
            }
            Err(_) => {
                self.bad(name, format!("\"{s}\" is not a whole number"));
                None
            }
        }
    }

    fn bool(&mut self, name: &'static str) -> bool {
        let s = self.raw(name);
        parse_bool(s).unwrap_or_else(|| {
            self.bad(name, format!("\"{s}\" is not yes or no"));
            false
        })
    }

    fn choice<T: Copy>(
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
    fn money(&mut self, amount: &'static str, currency: &'static str) -> Option<Money> {
        let (a, c) = (self.raw(amount), self.raw(currency));
        if a.is_empty() && c.is_empty() {
            return None;
        }
        let cur = self.choice(currency, words::CURRENCY, None)?;
        if a.is_empty() {
            self.bad(amount, "enter the amount for this currency");
            return None;
        }
        match Money::parse(a, cur) {
            Ok(m) if m.currency != cur => {
                self.bad(
                    amount,
                    format!("says {} but the {currency} column says {cur}", m.currency),
                );
                None
            }
            Ok(m) => Some(m),
            Err(e) => {
                self.bad(amount, e.to_string());
                None
            }
        }
    }

    fn range<T: TryFrom<i64> + Default>(
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
    let draft = match row.kind {
        RecordKind::Household => household(&mut c),
        RecordKind::Pen => pen(&mut c),
        RecordKind::Animal => animal(&mut c),
        RecordKind::Pregnancy => pregnancy(&mut c),
        RecordKind::Income => income(&mut c),
    };
    let mut problems = c.problems;
    let record: AnyRecord = match &draft {
        Draft::Household(h) => h.clone().into(),
        Draft::Pen { pen, .. } => pen.clone().into(),
        Draft::Animal { animal, .. } => animal.clone().into(),
        Draft::Pregnancy { pregnancy, .. } => pregnancy.clone().into(),
        Draft::Income { log, .. } => log.clone().into(),
    };
    // A cell that could not be read leaves a placeholder in the record;
    // the model's verdict on dates and amounts would then only confuse, so
    // after a reading problem only its checks of plain text are added.
    let read_failed = !problems.is_empty();
    for p in record.validate() {
        let plain_text = PLAIN_TEXT.contains(&p.field);
        if (!read_failed || plain_text) && !problems.iter().any(|(f, _)| *f == p.field) {
            problems.push((p.field, p.message));
        }
    }
    if problems.is_empty() {
        Ok(draft)
    } else {
        Err(problems)
    }
}

/// Fields whose model checks never involve a placeholder value.
const PLAIN_TEXT: &[&str] = &[
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

fn placeholder_date() -> Date {
    Date::from_ymd(2000, 1, 1).unwrap_or(Date(chrono::NaiveDate::MIN))
}

fn household(c: &mut Cells) -> Draft {
    let mut groups = Vec::new();
    for g in split_groups(c.raw("groups")) {
        match Group::parse(g) {
            Ok(g) => groups.push(g),
            Err(m) => c.bad("groups", m),
        }
    }
    let members = c.int("members", None);
    let poverty = match c.choice("poverty", words::POVERTY, Some(words::PovertyWord::Poor)) {
        Some(words::PovertyWord::Exited) => Poverty::Exited {
            on: c.date("exited_on").unwrap_or(placeholder_date()),
        },
        other => {
            c.empty("exited_on", "unless the poverty status is exited");
            match other {
                Some(words::PovertyWord::NearPoor) => Poverty::NearPoor,
                Some(words::PovertyWord::NotPoor) => Poverty::NotPoor,
                _ => Poverty::Poor,
            }
        }
    };
    Draft::Household(Household {
        code: c.text("code"),
        head_name: c.text("head_name"),
        village: c.text("village"),
        members: c.range("members", members, "members must be between 1 and 30"),
        phone: c.opt_text("phone"),
        groups,
        demonstration: c.bool("demonstration"),
        poverty,
        baseline_income: c.money("baseline_income", "baseline_currency"),
        enrolled_on: c.date("enrolled_on").unwrap_or(placeholder_date()),
        notes: c.text("notes"),
    })
}

fn pen(c: &mut Cells) -> Draft {
    let capacity = c.int("capacity", None);
    Draft::Pen {
        household: c.text("household"),
        pen: Pen {
            household: HouseholdId(NO_ID),
            label: c.text("label"),
            capacity: c.range(
                "capacity",
                capacity,
                "capacity must be between 1 and 200 head",
            ),
            status: c
                .choice("status", words::PEN_STATUS, Some(PenStatus::Planned))
                .unwrap_or(PenStatus::Planned),
            inspected_on: c.opt_date("inspected_on"),
            inspected_by: c.opt_text("inspected_by"),
            notes: c.text("notes"),
        },
    }
}

fn animal(c: &mut Cells) -> Draft {
    use words::{OriginWord, StatusWord};
    let born_on = c.date("born_on").unwrap_or(placeholder_date());
    let mut dam = None;
    let origin = match c.choice("origin", words::ORIGIN, None) {
        Some(OriginWord::Born) => {
            c.empty(
                "origin_date",
                "for an animal born in the herd (its date is born_on)",
            );
            match c.opt_text("dam") {
                Some(d) => dam = Some(d),
                None => c.bad("dam", "enter the ear tag of the calf's mother"),
            }
            Origin::BornTo {
                dam: AnimalId(NO_ID),
            }
        }
        word => {
            c.empty("dam", "unless the origin is born");
            let on = c.date("origin_date").unwrap_or(born_on);
            match word {
                Some(OriginWord::Bought) => Origin::Bought { on },
                _ => Origin::Distributed { on },
            }
        }
    };
    let status = match c.choice("status", words::ANIMAL_STATUS, Some(StatusWord::Active)) {
        Some(StatusWord::Sold) => {
            c.empty("death_cause", "for a sold animal");
            let on = c.date("status_date").unwrap_or(born_on);
            let price = c.money("sale_price", "sale_currency");
            if price.is_none() && c.raw("sale_price").is_empty() {
                c.bad("sale_price", "enter the sale price and its currency");
            }
            AnimalStatus::Sold {
                on,
                price: price.unwrap_or(Money::new(1, Currency::Usd)),
            }
        }
        Some(StatusWord::Died) => {
            c.empty("sale_price", "for an animal that died");
            c.empty("sale_currency", "for an animal that died");
            AnimalStatus::Died {
                on: c.date("status_date").unwrap_or(born_on),
                cause: c.text("death_cause"),
            }
        }
        _ => {
            for col in ["status_date", "sale_price", "sale_currency", "death_cause"] {
                c.empty(col, "for an active animal");
            }
            AnimalStatus::Active
        }
    };
    Draft::Animal {
        household: c.text("household"),
        pen: c.opt_text("pen"),
        dam,
        animal: Animal {
            ear_tag: c.text("ear_tag"),
            sex: c.choice("sex", words::SEX, None).unwrap_or(Sex::Female),
            breed: c.text("breed"),
            born_on,
            born_estimated: c.bool("born_estimated"),
            origin,
            household: HouseholdId(NO_ID),
            pen: None,
            status,
            notes: c.text("notes"),
        },
    }
}

fn pregnancy(c: &mut Cells) -> Draft {
    use words::OutcomeWord;
    let service_date = c.date("service_date").unwrap_or(placeholder_date());
    let gestation = c.int("gestation_days", Some(i64::from(DEFAULT_GESTATION_DAYS)));
    let gestation_days = c.range(
        "gestation_days",
        gestation,
        "gestation must be between 260 and 300 days (283 is usual for cattle)",
    );
    let mut calf = None;
    let outcome = match c.choice("outcome", words::OUTCOME, Some(OutcomeWord::Pending)) {
        Some(OutcomeWord::Calved) => {
            c.empty("loss_reason", "for a calving");
            calf = c.opt_text("calf");
            Outcome::Calved {
                on: c.date("outcome_date").unwrap_or(service_date),
                calf: None,
            }
        }
        Some(OutcomeWord::Lost) => {
            c.empty("calf", "for a lost pregnancy");
            Outcome::Lost {
                on: c.date("outcome_date").unwrap_or(service_date),
                reason: c.text("loss_reason"),
            }
        }
        _ => {
            for col in ["outcome_date", "calf", "loss_reason"] {
                c.empty(col, "while the pregnancy is pending");
            }
            Outcome::Pending
        }
    };
    let pregnancy = Pregnancy {
        cow: AnimalId(NO_ID),
        service_date,
        method: c
            .choice("method", words::METHOD, None)
            .unwrap_or(Method::Natural),
        sire: c.opt_text("sire"),
        confirmed_on: c.opt_date("confirmed_on"),
        gestation_days,
        outcome,
    };
    // The expected date is written for people reading the export; on the
    // way back it must agree with the service date and gestation.
    if let Some(expected) = c.opt_date("expected_calving")
        && gestation.is_some()
        && expected != pregnancy.expected_calving()
    {
        c.bad(
            "expected_calving",
            format!(
                "{expected} is not service_date + gestation_days ({}); correct it or leave it empty",
                pregnancy.expected_calving()
            ),
        );
    }
    Draft::Pregnancy {
        cow: c.text("cow"),
        calf,
        pregnancy,
    }
}

fn income(c: &mut Cells) -> Draft {
    let group = match Group::parse(c.raw("group")) {
        Ok(g) => g,
        Err(m) => {
            c.bad("group", m);
            Group::cattle()
        }
    };
    let amount = c.money("amount", "currency");
    if amount.is_none() && c.raw("amount").is_empty() && c.raw("currency").is_empty() {
        c.bad("amount", "enter the amount and its currency");
    }
    Draft::Income {
        household: c.text("household"),
        animal: c.opt_text("animal"),
        log: IncomeLog {
            household: HouseholdId(NO_ID),
            date: c.date("date").unwrap_or(placeholder_date()),
            group,
            flow: c.choice("flow", words::FLOW, None).unwrap_or(Flow::Income),
            amount: amount.unwrap_or(Money::new(1, Currency::Usd)),
            description: c.text("description"),
            animal: None,
        },
    }
}
