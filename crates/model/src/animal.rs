use super::household::code_problem;
use super::{AnimalId, Date, HouseholdId, Money, PenId, Problem, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Sex {
    Female,
    Male,
}

impl Sex {
    pub fn label(self) -> &'static str {
        match self {
            Sex::Female => "female",
            Sex::Male => "male",
        }
    }
}

/// How the animal came to the household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Origin {
    Distributed { on: Date },
    BornTo { dam: AnimalId },
    Bought { on: Date },
}

impl Origin {
    pub fn label(&self) -> &'static str {
        match self {
            Origin::Distributed { .. } => "distributed",
            Origin::BornTo { .. } => "born",
            Origin::Bought { .. } => "bought",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AnimalStatus {
    Active,
    Sold { on: Date, price: Money },
    Died { on: Date, cause: String },
}

impl AnimalStatus {
    pub fn label(&self) -> &'static str {
        match self {
            AnimalStatus::Active => "active",
            AnimalStatus::Sold { .. } => "sold",
            AnimalStatus::Died { .. } => "died",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Animal {
    pub ear_tag: String,
    pub sex: Sex,
    pub breed: String,
    pub born_on: Date,
    pub born_estimated: bool,
    pub origin: Origin,
    pub household: HouseholdId,
    pub pen: Option<PenId>,
    pub status: AnimalStatus,
    pub notes: String,
}

impl Animal {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        if let Some(m) = code_problem(&self.ear_tag, "term-ear-tag", "BS-C-014") {
            p.add("ear_tag", m);
        }
        p.text("breed", &self.breed, 40, true);
        p.date("born_on", self.born_on);
        match self.origin {
            Origin::Distributed { on } | Origin::Bought { on } => {
                p.date("origin", on);
                p.not_before("origin", on, self.born_on, Message::new("term-birth-date"));
            }
            Origin::BornTo { .. } => {}
        }
        match &self.status {
            AnimalStatus::Active => {}
            AnimalStatus::Sold { on, price } => {
                p.date("status", *on);
                p.not_before("status", *on, self.born_on, Message::new("term-birth-date"));
                if price.minor <= 0 {
                    p.add("status", Message::new("err-sale-price-positive"));
                }
            }
            AnimalStatus::Died { on, cause } => {
                p.date("status", *on);
                p.not_before("status", *on, self.born_on, Message::new("term-birth-date"));
                if let Some(m) = super::text::text_message(cause, 80, true) {
                    p.add(
                        "status",
                        Message::new("err-cause-of-death").with("problem", m),
                    );
                }
            }
        }
        p.text("notes", &self.notes, 500, false);
        p.0
    }

    pub fn is_active(&self) -> bool {
        self.status == AnimalStatus::Active
    }

    /// Whether this animal can be served now, that is be given a new
    /// pending pregnancy; `pregnant` says whether she already has one.
    /// The one statement of the rule: the store refuses by it, and the
    /// cattle list's keys, the cow picker and the service form follow it.
    pub fn can_be_served(&self, pregnant: bool) -> Result<(), NotServable> {
        if !self.is_active() {
            Err(NotServable::Inactive)
        } else if self.sex != Sex::Female {
            Err(NotServable::Male)
        } else if pregnant {
            Err(NotServable::Pregnant)
        } else {
            Ok(())
        }
    }
}

/// Why an animal cannot be served, first reason first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotServable {
    /// Sold or dead.
    Inactive,
    Male,
    /// She already has a pending pregnancy.
    Pregnant,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;

    fn sample() -> Animal {
        Animal {
            ear_tag: "BS-C-001".into(),
            sex: Sex::Female,
            breed: "Lao native".into(),
            born_on: Date::from_ymd(2015, 5, 1).unwrap(),
            born_estimated: true,
            origin: Origin::Distributed {
                on: Date::from_ymd(2017, 6, 1).unwrap(),
            },
            household: HouseholdId(1),
            pen: Some(PenId(1)),
            status: AnimalStatus::Active,
            notes: String::new(),
        }
    }

    #[test]
    fn only_an_active_cow_without_a_pending_pregnancy_can_be_served() {
        let cow = sample();
        assert_eq!(cow.can_be_served(false), Ok(()));
        assert_eq!(cow.can_be_served(true), Err(NotServable::Pregnant));
        let mut bull = sample();
        bull.sex = Sex::Male;
        assert_eq!(bull.can_be_served(false), Err(NotServable::Male));
        let mut sold = bull;
        sold.status = AnimalStatus::Sold {
            on: Date::from_ymd(2020, 1, 1).unwrap(),
            price: Money::new(100, Currency::Usd),
        };
        assert_eq!(sold.can_be_served(false), Err(NotServable::Inactive));
    }

    #[test]
    fn rules() {
        assert!(sample().validate().is_empty());
        let mut a = sample();
        a.ear_tag = "tag 1".into();
        a.breed = String::new();
        a.origin = Origin::Bought {
            on: Date::from_ymd(2014, 1, 1).unwrap(),
        };
        a.status = AnimalStatus::Sold {
            on: Date::from_ymd(2020, 1, 1).unwrap(),
            price: Money::new(0, Currency::Usd),
        };
        let m: Vec<String> = a.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            m,
            vec![
                "ear_tag: the ear tag may use capital letters, digits, - and /, such as BS-C-014",
                "breed: must not be empty",
                "origin: 2014-01-01 is before the birth date (2015-05-01)",
                "status: the sale price must be more than zero",
            ]
        );
        a = sample();
        a.status = AnimalStatus::Died {
            on: Date::from_ymd(2020, 1, 1).unwrap(),
            cause: String::new(),
        };
        let m: Vec<String> = a.validate().iter().map(|p| p.to_string()).collect();
        assert_eq!(m, vec!["status: cause of death must not be empty"]);
    }
}

impl Animal {
    /// The dated events of the record, which an approved month locks
    /// (see `review::facts`).
    pub fn facts(&self) -> Vec<crate::review::Fact> {
        use crate::review::fact;
        let a = self;
        {
            let arrived = match a.origin {
                Origin::Distributed { on } | Origin::Bought { on } => on,
                Origin::BornTo { .. } => a.born_on,
            };
            let mut v = vec![fact(
                "origin",
                arrived,
                format!(
                    "{} {:?} {} {} {:?} {:?}",
                    a.ear_tag, a.sex, a.breed, a.born_on, a.origin, a.household
                ),
            )];
            match &a.status {
                AnimalStatus::Sold { on, .. } | AnimalStatus::Died { on, .. } => {
                    v.push(fact("status", *on, format!("{:?}", a.status)))
                }
                _ => {}
            }
            v
        }
    }
}

crate::kind!(Animal: Animal, AnimalId, "animal", |me| crate::BelongsTo::Household(me.household));
