//! Records as rows of cells, in the order of `columns`, with references
//! written as the codes people use: household code, ear tag, pen label.

use super::cell::{groups_text, words, yes_no};
use kumban_model::*;
use kumban_store::{Store, StoreError};
use std::collections::HashMap;

/// Ids to codes, read once before writing.
#[derive(Debug, Default)]
pub struct Names {
    households: HashMap<u64, String>,
    pens: HashMap<u64, String>,
    animals: HashMap<u64, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "{what} refers to {target} id {id}, which does not exist; run `kumban check` and restore a backup"
    )]
    Dangling {
        what: String,
        target: &'static str,
        id: u64,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Names {
    pub fn read(store: &Store) -> Result<Names, StoreError> {
        let mut n = Names::default();
        for h in store.all::<Household>() {
            let h = h?;
            n.households.insert(h.id, h.record.code);
        }
        for p in store.all::<Pen>() {
            let p = p?;
            n.pens.insert(p.id, p.record.label);
        }
        for a in store.all::<Animal>() {
            let a = a?;
            n.animals.insert(a.id, a.record.ear_tag);
        }
        Ok(n)
    }

    fn name(
        map: &HashMap<u64, String>,
        target: &'static str,
        id: u64,
        what: &dyn Fn() -> String,
    ) -> Result<String, ExportError> {
        map.get(&id).cloned().ok_or_else(|| ExportError::Dangling {
            what: what(),
            target,
            id,
        })
    }
}

fn opt_date(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The cells of one record, in column order.
pub fn cells(record: &AnyRecord, names: &Names) -> Result<Vec<String>, ExportError> {
    Ok(match record {
        AnyRecord::Household(h) => {
            let (amount, currency) = match h.baseline_income {
                Some(m) => (m.decimal_text(), m.currency.code().to_string()),
                None => (String::new(), String::new()),
            };
            let exited = match h.poverty {
                Poverty::Exited { on } => on.to_string(),
                _ => String::new(),
            };
            vec![
                h.code.clone(),
                h.head_name.clone(),
                h.village.clone(),
                h.members.to_string(),
                h.phone.clone().unwrap_or_default(),
                groups_text(&h.groups),
                yes_no(h.demonstration).into(),
                words::poverty(&h.poverty).into(),
                exited,
                amount,
                currency,
                h.enrolled_on.to_string(),
                h.notes.clone(),
            ]
        }
        AnyRecord::Pen(p) => {
            let what = || format!("pen {}", p.label);
            vec![
                Names::name(&names.households, "household", p.household.0, &what)?,
                p.label.clone(),
                p.capacity.to_string(),
                p.status.label().into(),
                opt_date(p.inspected_on),
                p.inspected_by.clone().unwrap_or_default(),
                p.notes.clone(),
            ]
        }
        AnyRecord::Animal(a) => {
            let what = || format!("animal {}", a.ear_tag);
            let (origin_date, dam) = match a.origin {
                Origin::Distributed { on } | Origin::Bought { on } => {
                    (on.to_string(), String::new())
                }
                Origin::BornTo { dam } => (
                    String::new(),
                    Names::name(&names.animals, "animal", dam.0, &what)?,
                ),
            };
            let pen = match a.pen {
                Some(p) => Names::name(&names.pens, "pen", p.0, &what)?,
                None => String::new(),
            };
            let (status_date, price, currency, cause) = match &a.status {
                AnimalStatus::Active => Default::default(),
                AnimalStatus::Sold { on, price } => (
                    on.to_string(),
                    price.decimal_text(),
                    price.currency.code().to_string(),
                    String::new(),
                ),
                AnimalStatus::Died { on, cause } => {
                    (on.to_string(), String::new(), String::new(), cause.clone())
                }
            };
            vec![
                a.ear_tag.clone(),
                a.sex.label().into(),
                a.breed.clone(),
                a.born_on.to_string(),
                yes_no(a.born_estimated).into(),
                a.origin.label().into(),
                origin_date,
                dam,
                Names::name(&names.households, "household", a.household.0, &what)?,
                pen,
                a.status.label().into(),
                status_date,
                price,
                currency,
                cause,
                a.notes.clone(),
            ]
        }
        AnyRecord::Pregnancy(p) => {
            let cow = Names::name(&names.animals, "animal", p.cow.0, &|| {
                format!("a pregnancy serviced on {}", p.service_date)
            })?;
            let what = || format!("the pregnancy of {cow} serviced on {}", p.service_date);
            let (date, calf, reason) = match &p.outcome {
                Outcome::Pending => Default::default(),
                Outcome::Calved { on, calf } => (
                    on.to_string(),
                    match calf {
                        Some(c) => Names::name(&names.animals, "animal", c.0, &what)?,
                        None => String::new(),
                    },
                    String::new(),
                ),
                Outcome::Lost { on, reason } => (on.to_string(), String::new(), reason.clone()),
            };
            vec![
                cow.clone(),
                p.service_date.to_string(),
                words::method(p.method).into(),
                p.sire.clone().unwrap_or_default(),
                opt_date(p.confirmed_on),
                p.gestation_days.to_string(),
                p.expected_calving().to_string(),
                p.outcome.label().into(),
                date,
                calf,
                reason,
            ]
        }
        AnyRecord::Income(l) => {
            let what = || format!("an income log of {}", l.date);
            vec![
                Names::name(&names.households, "household", l.household.0, &what)?,
                l.date.to_string(),
                l.group.as_str().into(),
                l.flow.label().into(),
                l.amount.decimal_text(),
                l.amount.currency.code().into(),
                l.description.clone(),
                match l.animal {
                    Some(a) => Names::name(&names.animals, "animal", a.0, &what)?,
                    None => String::new(),
                },
            ]
        }
    })
}
