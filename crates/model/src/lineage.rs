//! Who a calf's parents are and how it was born: the sire of a service
//! (a bull of the herd, or an outside sire known only by a code) and the
//! details of a calving (ease, birth weights, twins, stillbirths).

use super::{AnimalId, Kg, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Deserializer, Serialize};

/// A calf lighter than this is not weighed to the tenth; heavier than
/// this is a typing slip (the heaviest breeds' calves are near 60 kg).
pub const MAX_BIRTH_TENTHS: u32 = 800;

/// The father of a service.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sire {
    /// A bull of the herd, by its record; the store checks it is male.
    Herd(AnimalId),
    /// An AI straw code or the code of a bull outside the herd.
    Outside(String),
}

impl Sire {
    pub fn bull(&self) -> Option<AnimalId> {
        match self {
            Sire::Herd(id) => Some(*id),
            Sire::Outside(_) => None,
        }
    }

    pub fn outside(&self) -> Option<&str> {
        match self {
            Sire::Herd(_) => None,
            Sire::Outside(code) => Some(code),
        }
    }
}

/// How hard the calving was, on the scale herd books use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Ease {
    Normal,
    Assisted,
    Hard,
    Caesarean,
}

impl Ease {
    pub const ALL: [Ease; 4] = [Ease::Normal, Ease::Assisted, Ease::Hard, Ease::Caesarean];

    /// The word in files and forms; `parse` reads it back.
    pub fn label(self) -> &'static str {
        match self {
            Ease::Normal => "normal",
            Ease::Assisted => "assisted",
            Ease::Hard => "hard",
            Ease::Caesarean => "caesarean",
        }
    }

    pub fn parse(word: &str) -> Option<Ease> {
        let word = word.trim();
        Ease::ALL
            .into_iter()
            .find(|e| e.label().eq_ignore_ascii_case(word))
    }
}

/// One calf's birth: its weight (if weighed) and whether it was born dead.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Birth {
    pub weight: Option<Kg>,
    pub stillborn: bool,
}

/// The second calf of twins. Its record (if one was made) is here; the
/// first calf's is the outcome's `calf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Twin {
    pub calf: Option<AnimalId>,
    pub birth: Birth,
}

/// What a calving record says besides its date and first calf. Records
/// from before these details were kept have the default: ease not
/// recorded, one calf born alive, not weighed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calving {
    pub ease: Option<Ease>,
    pub first: Birth,
    pub twin: Option<Twin>,
}

impl Calving {
    pub fn is_default(&self) -> bool {
        *self == Calving::default()
    }

    pub fn calves(&self) -> usize {
        1 + usize::from(self.twin.is_some())
    }

    /// The births, first calf first.
    pub fn births(&self) -> impl Iterator<Item = Birth> + '_ {
        std::iter::once(self.first).chain(self.twin.map(|t| t.birth))
    }

    pub(crate) fn check(&self, p: &mut Problems) {
        if let Some(m) = birth_weight_problem(self.first.weight) {
            p.add("birth_weight_kg", m);
        }
        if let Some(m) = self.twin.and_then(|t| birth_weight_problem(t.birth.weight)) {
            p.add("twin_birth_weight_kg", m);
        }
    }
}

/// A calving as the clerk enters it: its date and details, and the new
/// records of the calves born alive that are to be recorded (the first
/// calf, and a twin's). The store gives each calf its dam (and, through
/// this calving, its sire) and writes all in one transaction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalvingEntry {
    pub on: super::Date,
    pub calving: Calving,
    pub calf: Option<super::Animal>,
    pub twin_calf: Option<super::Animal>,
}

/// Why a birth weight is refused: 0 kg is no weighing, over 80 kg a slip.
pub fn birth_weight_problem(weight: Option<Kg>) -> Option<Message> {
    match weight {
        Some(Kg(0)) => Some(Message::new("err-birth-weight-zero")),
        Some(kg) if kg.0 > MAX_BIRTH_TENTHS => {
            Some(Message::new("err-birth-weight-over").with("kg", kg.to_string()))
        }
        _ => None,
    }
}

/// Reads a sire as written today (`{"Herd": 7}`, `{"Outside": "..."}`) or,
/// in files written before herd bulls could be picked, as plain text,
/// which is an outside sire's code. Only self-describing formats (JSON)
/// can hold either; bincode's layouts are told apart by the envelope.
pub(crate) fn sire_either<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Sire>, D::Error> {
    if !d.is_human_readable() {
        return Option::<Sire>::deserialize(d);
    }
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Text(String),
        Sire(Sire),
    }
    Ok(Option::<Either>::deserialize(d)?.map(|e| match e {
        Either::Text(code) => Sire::Outside(code),
        Either::Sire(s) => s,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birth_weights_from_a_tenth_to_80_kg() {
        assert!(birth_weight_problem(None).is_none());
        assert!(birth_weight_problem(Some(Kg(1))).is_none());
        assert!(birth_weight_problem(Some(Kg(800))).is_none());
        assert_eq!(
            birth_weight_problem(Some(Kg(0))).map(|m| m.id.to_string()),
            Some("err-birth-weight-zero".into())
        );
        assert_eq!(
            birth_weight_problem(Some(Kg(810))).map(|m| m.id.to_string()),
            Some("err-birth-weight-over".into())
        );
    }

    #[test]
    fn ease_words_read_back() {
        for e in Ease::ALL {
            assert_eq!(Ease::parse(e.label()), Some(e));
        }
        assert_eq!(Ease::parse(" Assisted "), Some(Ease::Assisted));
        assert_eq!(Ease::parse("easy"), None);
    }

    #[test]
    fn old_json_sire_text_is_an_outside_sire() {
        #[derive(Deserialize)]
        struct Holder {
            #[serde(deserialize_with = "sire_either")]
            sire: Option<Sire>,
        }
        let old: Holder = serde_json::from_str(r#"{"sire":"Brahman straw 77"}"#).expect("old");
        assert_eq!(old.sire, Some(Sire::Outside("Brahman straw 77".into())));
        let new: Holder = serde_json::from_str(r#"{"sire":{"Herd":7}}"#).expect("new");
        assert_eq!(new.sire, Some(Sire::Herd(AnimalId(7))));
        let none: Holder = serde_json::from_str(r#"{"sire":null}"#).expect("none");
        assert_eq!(none.sire, None);
    }
}
