use super::{AnimalId, Date, Group, HouseholdId, Money, Problem, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Flow {
    Income,
    Expense,
}

impl Flow {
    pub fn label(self) -> &'static str {
        match self {
            Flow::Income => "income",
            Flow::Expense => "expense",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncomeLog {
    pub household: HouseholdId,
    pub date: Date,
    pub group: Group,
    pub flow: Flow,
    pub amount: Money,
    pub description: String,
    pub animal: Option<AnimalId>,
}

impl IncomeLog {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.date("date", self.date);
        if !self.group.is_valid() {
            p.add(
                "group",
                Message::new("err-group-name").with("group", self.group.to_string()),
            );
        }
        if self.amount.minor <= 0 {
            p.add("amount", Message::new("err-amount-positive"));
        }
        p.text("description", &self.description, 120, false);
        p.0
    }

    /// Income counts up, expense counts down.
    pub fn signed_minor(&self) -> i64 {
        match self.flow {
            Flow::Income => self.amount.minor,
            Flow::Expense => -self.amount.minor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;

    #[test]
    fn rules() {
        let mut log = IncomeLog {
            household: HouseholdId(1),
            date: Date::from_ymd(2026, 1, 5).unwrap(),
            group: Group::weaving(),
            flow: Flow::Income,
            amount: Money::from_major(65, Currency::Usd),
            description: "sinh skirts, January market".into(),
            animal: None,
        };
        assert!(log.validate().is_empty());
        assert_eq!(log.signed_minor(), 6500);
        log.flow = Flow::Expense;
        assert_eq!(log.signed_minor(), -6500);
        log.amount = Money::new(0, Currency::Usd);
        log.description = "\u{7}".into();
        let m: Vec<String> = log.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            m,
            vec![
                "amount: the amount must be more than zero; choose expense for money paid out",
                "description: contains a control character (U+0007); retype it without special keys",
            ]
        );
    }
}

impl IncomeLog {
    /// The dated events of the record, which an approved month locks
    /// (see `review::facts`).
    pub fn facts(&self) -> Vec<crate::review::Fact> {
        use crate::review::fact;
        let l = self;
        vec![fact("date", l.date, format!("{l:?}"))]
    }
}

crate::kind!(Income: IncomeLog, IncomeId, "income log", |me| crate::BelongsTo::Household(me.household));
