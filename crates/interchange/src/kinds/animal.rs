//! Animal rows in exports and imports: columns, cells, reading.

use super::{InterchangeKind, Resolved};
use crate::cell::*;
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_i18n::tr;
use kumban_model::*;

impl InterchangeKind for Animal {
    const STEM: &'static str = "animals";
    const ONE: &'static str = "animal";
    const MANY: &'static str = "animals";
    const COLUMNS: &'static [Column] = &[
        col("ear_tag", Text, true),
        col("sex", Text, true),
        col("breed", Text, true),
        col("born_on", Text, true),
        col("born_estimated", Bool, false),
        col("origin", Text, true),
        col("origin_date", Text, false),
        col("dam", Text, false),
        col("household", Text, true),
        col("pen", Text, false),
        col("status", Text, false),
        col("status_date", Text, false),
        col("sale_price", Text, false),
        col("sale_currency", Text, false),
        col("death_cause", Text, false),
        col("notes", Text, false),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let a = self;
        Ok({
            let what = || tr!("imp-what-animal", tag = a.ear_tag.as_str());
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
        })
    }

    fn draft(c: &mut Cells) -> Draft {
        use words::{OriginWord, StatusWord};
        let born_on = c.date("born_on").unwrap_or(placeholder_date());
        let mut dam = None;
        let origin = match c.choice("origin", words::ORIGIN, None) {
            Some(OriginWord::Born) => {
                c.empty("origin_date", &tr!("imp-why-born-in-herd"));
                match c.opt_text("dam") {
                    Some(d) => dam = Some(d),
                    None => c.bad("dam", tr!("imp-enter-dam")),
                }
                Origin::BornTo {
                    dam: AnimalId(NO_ID),
                }
            }
            word => {
                c.empty("dam", &tr!("imp-why-unless-born"));
                let on = c.date("origin_date").unwrap_or(born_on);
                match word {
                    Some(OriginWord::Bought) => Origin::Bought { on },
                    _ => Origin::Distributed { on },
                }
            }
        };
        let status = match c.choice("status", words::ANIMAL_STATUS, Some(StatusWord::Active)) {
            Some(StatusWord::Sold) => {
                c.empty("death_cause", &tr!("imp-why-sold"));
                let on = c.date("status_date").unwrap_or(born_on);
                let price = c.money("sale_price", "sale_currency");
                if price.is_none() && c.raw("sale_price").is_empty() {
                    c.bad("sale_price", tr!("imp-enter-sale-price"));
                }
                AnimalStatus::Sold {
                    on,
                    price: price.unwrap_or(Money::new(1, Currency::Usd)),
                }
            }
            Some(StatusWord::Died) => {
                let why = tr!("imp-why-died");
                c.empty("sale_price", &why);
                c.empty("sale_currency", &why);
                AnimalStatus::Died {
                    on: c.date("status_date").unwrap_or(born_on),
                    cause: c.text("death_cause"),
                }
            }
            _ => {
                let why = tr!("imp-why-active");
                for col in ["status_date", "sale_price", "sale_currency", "death_cause"] {
                    c.empty(col, &why);
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

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.household = HouseholdId(ids.household?);
        self.pen = ids.pen.map(PenId);
        if let Origin::BornTo { dam } = &mut self.origin {
            *dam = AnimalId(ids.animal?);
        }
        Some(())
    }
}
