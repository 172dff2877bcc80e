//! The sire and calving-detail fields that the service, calving and full
//! pregnancy forms share, and how they are read back.

use super::OpenError;
use super::field::{Field, RefSource};
use super::picker::reference_label;
use super::reader::Reader;
use kumban_i18n::tr;
use kumban_model::lineage::birth_weight_problem;
use kumban_model::*;
use kumban_store::Store;

/// The ease options; "not recorded" first, for calvings entered before
/// ease was kept (and edited in the full form).
pub(super) const EASE: [&str; 5] = ["not recorded", "normal", "assisted", "hard", "caesarean"];

/// The herd bull (picked) and an outside sire's code (typed): one or the
/// other, or neither.
pub(super) fn sire_fields(store: &Store, sire: Option<&Sire>) -> Result<Vec<Field>, OpenError> {
    let bull = match sire.and_then(Sire::bull) {
        Some(b) => Some((b.0, reference_label(store, RecordKind::Animal, b.0)?)),
        None => None,
    };
    let code = sire.and_then(Sire::outside).unwrap_or_default();
    Ok(vec![
        Field::reference("sire_bull", "Sire (herd bull)", RefSource::Bull, bull).optional(),
        Field::text("sire", "Sire (AI or outside)", code).optional(),
    ])
}

pub(super) fn read_sire(r: &mut Reader) -> Option<Sire> {
    let bull = r.opt_reference("sire_bull").map(AnimalId);
    let code = r.opt_text("sire");
    match (bull, code) {
        (Some(_), Some(_)) => {
            r.error("sire_bull", tr!("form-sire-one-or-other"));
            bull.map(Sire::Herd)
        }
        (Some(b), None) => Some(Sire::Herd(b)),
        (None, code) => code.map(Sire::Outside),
    }
}

/// Ease, birth weight, stillbirth and twins; the twin's own fields are
/// shown when "Twins" is yes.
pub(super) fn calving_fields(c: &Calving, ease_default: &str) -> Vec<Field> {
    let ease = c.ease.map(Ease::label).unwrap_or(ease_default);
    let twin = c.twin.unwrap_or(Twin {
        calf: None,
        birth: Birth::default(),
    });
    let kg = |w: Option<Kg>| w.map(|w| w.to_string()).unwrap_or_default();
    let yes = ["yes"];
    vec![
        Field::choice("calving_ease", "Calving ease", &EASE, index(ease)),
        Field::text("birth_weight_kg", "Birth weight (kg)", &kg(c.first.weight)).optional(),
        Field::yes_no("stillborn", "Stillborn", c.first.stillborn),
        Field::yes_no("twins", "Twins", c.twin.is_some()).models(&["calves"]),
        Field::text(
            "twin_birth_weight_kg",
            "Twin's weight (kg)",
            &kg(twin.birth.weight),
        )
        .optional()
        .shown_when("twins", &yes),
        Field::yes_no("twin_stillborn", "Twin stillborn", twin.birth.stillborn)
            .shown_when("twins", &yes),
    ]
}

fn index(ease: &str) -> usize {
    EASE.iter().position(|e| *e == ease).unwrap_or(0)
}

/// The details as typed; the twin's record (if any) is the caller's.
pub(super) fn read_calving(r: &mut Reader) -> Calving {
    let twins = r.yes("twins");
    let first = Birth {
        weight: birth_weight(r, "birth_weight_kg"),
        stillborn: r.yes("stillborn"),
    };
    let twin = twins.then(|| Twin {
        calf: None,
        birth: Birth {
            weight: birth_weight(r, "twin_birth_weight_kg"),
            stillborn: r.yes("twin_stillborn"),
        },
    });
    Calving {
        ease: Ease::parse(&r.choice("calving_ease")),
        first,
        twin,
    }
}

/// A birth weight, or none when empty or hidden. Refused weights are said
/// here, beside the field, in the birth weight's own words.
fn birth_weight(r: &mut Reader, name: &'static str) -> Option<Kg> {
    let text = r.opt_text(name)?;
    let kg = match Kg::parse(&text) {
        Ok(kg) => kg,
        Err(_) if text.trim_start_matches(['0', '.']).is_empty() => Kg(0),
        Err(m) => {
            r.error(name, m);
            return None;
        }
    };
    if let Some(m) = birth_weight_problem(Some(kg)) {
        r.error(name, m.text());
        return None;
    }
    Some(kg)
}
