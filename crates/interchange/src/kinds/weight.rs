//! Weight rows in exports and imports: columns, cells, reading. A weight is
//! named by its animal's ear tag, its date and its method (the store keeps
//! one weighing a day by each method).

use super::{InterchangeKind, Resolved};
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_model::weight::date_after_today_said;
use kumban_model::*;

/// The methods as exported: one word each (`choice` also reads "girth tape").
const METHOD: &[(&str, WeighMethod)] = &[
    ("scale", WeighMethod::Scale),
    ("girth-tape", WeighMethod::GirthTape),
];

pub(crate) fn method_word(m: WeighMethod) -> &'static str {
    METHOD
        .iter()
        .find(|(_, v)| *v == m)
        .map_or("scale", |(w, _)| w)
}

impl InterchangeKind for Weight {
    const STEM: &'static str = "weights";
    const ONE: &'static str = "weight";
    const MANY: &'static str = "weights";
    const COLUMNS: &'static [Column] = &[
        col("animal", Text, true),
        col("date", Text, true),
        col("kg", Text, true),
        col("method", Text, true),
        col("notes", Text, false),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let w = self;
        let what = || kumban_i18n::tr!("exp-what-weight", date = w.date.to_string());
        Ok(vec![
            Names::name(&names.animals, "animal", w.animal.0, &what)?,
            w.date.to_string(),
            w.kg.to_string(),
            method_word(w.method).into(),
            w.notes.clone(),
        ])
    }

    fn draft(c: &mut Cells) -> Draft {
        let kg = match Kg::parse_said(c.raw("kg")) {
            Ok(kg) => kg,
            Err(m) => {
                c.bad("kg", m.text());
                Kg(1)
            }
        };
        let date = c.date("date");
        if let Some(m) = date.and_then(|d| date_after_today_said(d, c.today())) {
            c.bad("date", m.text());
        }
        Draft::Weight {
            animal: c.text("animal"),
            weight: Weight {
                animal: AnimalId(NO_ID),
                date: date.unwrap_or(placeholder_date()),
                kg,
                method: c
                    .choice("method", METHOD, None)
                    .unwrap_or(WeighMethod::Scale),
                notes: c.text("notes"),
            },
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.animal = AnimalId(ids.animal?);
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cell::choice;

    #[test]
    fn every_method_has_its_word() {
        for m in WeighMethod::ALL {
            assert_eq!(choice(method_word(m), METHOD), Ok(m));
            assert_eq!(choice(m.label(), METHOD), Ok(m), "as the screens write it");
        }
    }
}
