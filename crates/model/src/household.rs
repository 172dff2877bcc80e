use super::{Date, Group, Money, Problem, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Poverty {
    Poor,
    NearPoor,
    NotPoor,
    Exited { on: Date },
}

impl Poverty {
    pub fn label(&self) -> &'static str {
        match self {
            Poverty::Poor => "poor",
            Poverty::NearPoor => "near-poor",
            Poverty::NotPoor => "not poor",
            Poverty::Exited { .. } => "exited",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Household {
    pub code: String,
    pub head_name: String,
    pub village: String,
    pub members: u8,
    pub phone: Option<String>,
    pub groups: Vec<Group>,
    pub demonstration: bool,
    pub poverty: Poverty,
    pub baseline_income: Option<Money>,
    pub enrolled_on: Date,
    pub notes: String,
}

pub const MAX_MEMBERS: u8 = 30;

/// Codes are what clerks type and what exports use as references: short,
/// upper-case, no spaces (`BS-07`).
pub fn code_problem(code: &str, what: &'static str, example: &str) -> Option<Message> {
    // `what` is the message id of the term ("term-ear-tag").
    let term = || Message::new(what);
    if code.is_empty() {
        return Some(
            Message::new("err-code-empty")
                .with("what", term())
                .with("example", example),
        );
    }
    if code.chars().count() > 20 {
        return Some(Message::new("err-code-long").with("what", term()));
    }
    let ok = code
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '/');
    if !ok || code.starts_with('-') {
        return Some(
            Message::new("err-code-characters")
                .with("what", term())
                .with("example", example),
        );
    }
    None
}

impl Household {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        if let Some(m) = code_problem(&self.code, "term-household-code", "BS-07") {
            p.add("code", m);
        }
        p.text("head_name", &self.head_name, 80, true);
        p.text("village", &self.village, 60, true);
        if !(1..=MAX_MEMBERS).contains(&self.members) {
            p.add("members", Message::new("err-members-range"));
        }
        if let Some(phone) = &self.phone {
            let ok = phone.chars().any(|c| c.is_ascii_digit())
                && phone
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'))
                && (6..=20).contains(&phone.chars().count());
            if !ok {
                p.add("phone", Message::new("err-phone"));
            }
        }
        for g in &self.groups {
            if !g.is_valid() {
                p.add(
                    "groups",
                    Message::new("err-group-name").with("group", g.to_string()),
                );
            }
        }
        let mut sorted = self.groups.clone();
        sorted.sort();
        sorted.dedup();
        if sorted.len() != self.groups.len() {
            p.add("groups", Message::new("err-group-twice"));
        }
        p.date("enrolled_on", self.enrolled_on);
        if let Poverty::Exited { on } = self.poverty {
            p.date("poverty", on);
            p.not_before(
                "poverty",
                on,
                self.enrolled_on,
                Message::new("term-enrolment-date"),
            );
        }
        if let Some(m) = self.baseline_income
            && m.minor < 0
        {
            p.add("baseline_income", Message::new("err-baseline-negative"));
        }
        p.text("notes", &self.notes, 500, false);
        p.0
    }

    pub fn in_group(&self, group: &Group) -> bool {
        self.groups.contains(group)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;

    pub fn sample() -> Household {
        Household {
            code: "BS-07".into(),
            head_name: "ນາງ ຄຳແພງ ສີສຸວັນ".into(),
            village: "Bansuo".into(),
            members: 5,
            phone: Some("+856 20 5555 1234".into()),
            groups: vec![Group::cattle(), Group::weaving()],
            demonstration: true,
            poverty: Poverty::Poor,
            baseline_income: Some(Money::from_major(900, Currency::Usd)),
            enrolled_on: Date::from_ymd(2017, 6, 1).unwrap(),
            notes: String::new(),
        }
    }

    fn messages(h: &Household) -> Vec<String> {
        h.validate().iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn sample_is_valid() {
        assert!(sample().validate().is_empty());
    }

    #[test]
    fn every_rule_has_a_message() {
        let mut h = sample();
        h.code = "bs 07".into();
        h.head_name = "Kham\u{1b}[31m".into();
        h.village = "".into();
        h.members = 31;
        h.phone = Some("call me".into());
        h.groups = vec![Group::corn(), Group::corn()];
        h.poverty = Poverty::Exited {
            on: Date::from_ymd(2016, 1, 1).unwrap(),
        };
        h.baseline_income = Some(Money::from_major(-1, Currency::Usd));
        h.notes = "x".repeat(501);
        assert_eq!(
            messages(&h),
            vec![
                "code: the household code may use capital letters, digits, - and /, such as BS-07",
                "head_name: contains a control character (U+001B); retype it without special keys",
                "village: must not be empty",
                "members: members must be between 1 and 30",
                "phone: write the phone number with digits, spaces, + and -, such as +856 20 5555 1234",
                "groups: a production group is listed twice",
                "poverty: 2016-01-01 is before the enrolment date (2017-06-01)",
                "baseline_income: baseline income cannot be negative",
                "notes: is 501 characters long; the limit is 500",
            ]
        );
        h = sample();
        h.members = 0;
        h.code = String::new();
        assert_eq!(
            messages(&h),
            vec![
                "code: enter the household code, such as BS-07",
                "members: members must be between 1 and 30"
            ]
        );
    }
}

impl Household {
    /// None: households are the register itself, not events of a month
    /// (see `review::facts`).
    pub fn facts(&self) -> Vec<crate::review::Fact> {
        Vec::new()
    }
}

crate::kind!(Household: Household, HouseholdId, "household", |me| crate::BelongsTo::Village(me.village.clone()));
