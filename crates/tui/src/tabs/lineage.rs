//! Lineage in the details: a pregnancy's sire and calving details, and an
//! animal's parents and offspring.

use super::*;
use kumban_i18n::tr;

/// The sire as a person reads it: a herd bull by its tag, an outside sire
/// by its code.
pub fn sire_text(store: &Store, sire: Option<&Sire>) -> Result<String> {
    Ok(match sire {
        None => "—".into(),
        Some(Sire::Herd(bull)) => tr!("lineage-sire-herd", tag = animal_tag(store, *bull)?),
        Some(Sire::Outside(code)) => tr!("lineage-sire-outside", code = clean(code)),
    })
}

/// The calving's details under a calved pregnancy's outcome.
pub fn calving_fields(d: &mut Detail, store: &Store, p: &Pregnancy) -> Result<()> {
    let Outcome::Calved { calf, .. } = &p.outcome else {
        return Ok(());
    };
    let k = &p.calving;
    d.field(
        "Calving ease",
        match k.ease {
            Some(e) => word(e.label()),
            None => tr!("lineage-not-recorded"),
        },
    );
    let mut calves = vec![birth_text(store, *calf, k.first)?];
    if let Some(t) = k.twin {
        calves.push(birth_text(store, t.calf, t.birth)?);
    }
    let count = if k.twin.is_some() {
        tr!("lineage-twins")
    } else {
        tr!("lineage-single")
    };
    d.field("Calves", format!("{count}: {}", calves.join(" · ")));
    Ok(())
}

fn birth_text(store: &Store, calf: Option<AnimalId>, birth: Birth) -> Result<String> {
    let who = match calf {
        Some(c) => animal_tag(store, c)?,
        None => tr!("lineage-no-record"),
    };
    let state = if birth.stillborn {
        tr!("lineage-stillborn")
    } else {
        tr!("lineage-alive")
    };
    let weight = match birth.weight {
        Some(kg) => tr!("lineage-kg", kg = kg.to_string()),
        None => tr!("lineage-not-weighed"),
    };
    Ok(format!("{who} ({state}, {weight})"))
}

/// The parents of a calf born in the herd: its dam, and the sire named by
/// the calving that recorded it.
pub fn parent_fields(d: &mut Detail, store: &Store, id: AnimalId, a: &Animal) -> Result<()> {
    let Origin::BornTo { dam } = a.origin else {
        return Ok(());
    };
    d.field("Dam", animal_tag(store, dam)?);
    let calving = store
        .pregnancies_of(dam)?
        .into_iter()
        .find(|p| p.record.calves().any(|c| c == id));
    d.field(
        "Sire",
        match calving {
            Some(p) if p.record.sire.is_some() => sire_text(store, p.record.sire.as_ref())?,
            _ => tr!("lineage-not-recorded"),
        },
    );
    Ok(())
}

/// A bull's offspring: the calves recorded by the calvings of the
/// services naming it as sire.
pub fn offspring_of_bull(store: &Store, bull: AnimalId) -> Result<Vec<String>> {
    let mut lines = Vec::new();
    for p in store.pregnancies_by_sire(bull)? {
        for calf in p.record.calves() {
            if let Some(c) = store.get::<Animal>(calf)? {
                lines.push(animal_line(&c));
            }
        }
    }
    Ok(lines)
}

/// The History tab's words for the lineage fields.
pub fn history_fields(p: &Pregnancy, names: &history::Names) -> Vec<(&'static str, String)> {
    let sire = match &p.sire {
        None => "—".into(),
        Some(Sire::Herd(b)) => format!("bull {}", names.tag(*b)),
        Some(Sire::Outside(code)) => clean(code),
    };
    let k = &p.calving;
    let birth = |b: Birth| {
        format!(
            "{}{}",
            b.weight
                .map(|w| format!("{w} kg"))
                .unwrap_or_else(|| "—".into()),
            if b.stillborn { ", stillborn" } else { "" }
        )
    };
    let mut v = vec![("sire", sire)];
    if matches!(p.outcome, Outcome::Calved { .. }) {
        v.push(("ease", k.ease.map(Ease::label).unwrap_or("—").to_string()));
        v.push(("birth", birth(k.first)));
        v.push((
            "twin",
            match k.twin {
                None => "—".into(),
                Some(t) => format!(
                    "{}{}",
                    birth(t.birth),
                    t.calf
                        .map(|c| format!(", calf {}", names.tag(c)))
                        .unwrap_or_default()
                ),
            },
        ));
    }
    v
}
