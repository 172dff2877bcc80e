//! Reading a pregnancy in either stored layout (see `layout`): layout 1
//! had a free-text sire and no calving details; layout 2 is today's.

use super::layout;
use super::lineage::{Calving, Sire, sire_either};
use super::pregnancy::{Method, Outcome, Pregnancy};
use super::{AnimalId, Date};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Notes that the record is written in layout 2, whose only new field
/// this is.
pub(crate) fn calving_in_layout_2<S: Serializer>(c: &Calving, s: S) -> Result<S::Ok, S::Error> {
    layout::wrote(layout::LINEAGE);
    c.serialize(s)
}

#[derive(Deserialize)]
#[serde(rename = "Pregnancy")]
struct First {
    cow: AnimalId,
    service_date: Date,
    method: Method,
    sire: Option<String>,
    confirmed_on: Option<Date>,
    gestation_days: u16,
    outcome: Outcome,
}

#[derive(Deserialize)]
#[serde(rename = "Pregnancy")]
struct Lineage {
    cow: AnimalId,
    service_date: Date,
    method: Method,
    #[serde(deserialize_with = "sire_either")]
    sire: Option<Sire>,
    confirmed_on: Option<Date>,
    gestation_days: u16,
    outcome: Outcome,
    // Files written before calving details (JSON backups, exports) lack it.
    #[serde(default)]
    calving: Calving,
}

impl<'de> Deserialize<'de> for Pregnancy {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() && layout::read_version() < layout::LINEAGE {
            let p = First::deserialize(d)?;
            return Ok(Pregnancy {
                cow: p.cow,
                service_date: p.service_date,
                method: p.method,
                sire: p.sire.map(Sire::Outside),
                confirmed_on: p.confirmed_on,
                gestation_days: p.gestation_days,
                outcome: p.outcome,
                calving: Calving::default(),
            });
        }
        let p = Lineage::deserialize(d)?;
        Ok(Pregnancy {
            cow: p.cow,
            service_date: p.service_date,
            method: p.method,
            sire: p.sire,
            confirmed_on: p.confirmed_on,
            gestation_days: p.gestation_days,
            outcome: p.outcome,
            calving: p.calving,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pregnancy as a backup or JSON file before lineage held it: a text
    /// sire and no calving details.
    #[test]
    fn a_json_pregnancy_from_before_lineage_reads() {
        let today = Pregnancy {
            cow: AnimalId(14),
            service_date: Date::from_ymd(2025, 1, 1).expect("date"),
            method: Method::Natural,
            sire: Some(Sire::Outside("Bull 1".into())),
            confirmed_on: None,
            gestation_days: 285,
            outcome: Outcome::Calved {
                on: Date::from_ymd(2025, 10, 13).expect("date"),
                calf: Some(AnimalId(31)),
            },
            calving: Calving::default(),
        };
        let mut old = serde_json::to_value(&today).expect("JSON");
        let fields = old.as_object_mut().expect("an object");
        fields.remove("calving");
        fields.insert("sire".into(), "Bull 1".into());
        let read: Pregnancy = serde_json::from_value(old).expect("old JSON");
        assert_eq!(read, today);
        // And today's JSON reads back as written.
        let mut herd = today.clone();
        herd.sire = Some(Sire::Herd(AnimalId(9)));
        let json = serde_json::to_string(&herd).expect("JSON");
        assert_eq!(
            serde_json::from_str::<Pregnancy>(&json).expect("JSON"),
            herd
        );
    }
}
