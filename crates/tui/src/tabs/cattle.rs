//! Cattle: every animal, where it came from and where it is.

use super::*;
use crate::list::{Show, col, flag, flex};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 8] = [
    col("Tag", 9).dropped(0),
    col("Sex", 6).dropped(2).shown(Show::Choice),
    flex("Breed", 13),
    col("Born", 10).dropped(3).shown(Show::Date),
    col("Hhold", 7).dropped(0),
    col("Pen", 8).dropped(1),
    col("Origin", 11).dropped(4).shown(Show::Choice),
    col("Status", 6).dropped(0).shown(Show::Choice),
];

pub fn load(store: &Store) -> Result<Rows> {
    let households = Households::load(store)?;
    let mut pens = HashMap::new();
    for p in store.all::<Pen>() {
        let p = p?;
        pens.insert(p.id, clean(&p.record.label));
    }
    // Cows already pregnant cannot be served again: read from the pending
    // index only, not from every breeding record.
    let mut pregnant = std::collections::HashSet::new();
    for p in store.pending_expected_between(None, None)? {
        pregnant.insert(p.record.cow.0);
    }
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for a in store.all::<Animal>() {
        let a = a?;
        let r = &a.record;
        let pen = r
            .pen
            .map(|p| pens.get(&p.0).cloned().unwrap_or_else(|| format!("#{p}")))
            .unwrap_or_else(|| "—".into());
        rows.push(
            Row::new(
                a.id,
                vec![
                    clean(&r.ear_tag),
                    r.sex.label().to_string(),
                    clean(&r.breed),
                    r.born_on.to_string(),
                    households.code(r.household),
                    pen,
                    r.origin.label().to_string(),
                    r.status.label().to_string(),
                ],
            )
            .flagged(flags(r, pregnant.contains(&a.id))),
        );
    }
    Ok(rows.finish())
}

fn flags(a: &Animal, pregnant: bool) -> u8 {
    let mut f = 0;
    if a.is_active() {
        f |= flag::ACTIVE;
    }
    if a.can_be_served(pregnant).is_ok() {
        f |= flag::SERVICEABLE;
    }
    f
}

pub fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
    let Some(a) = store.get::<Animal>(AnimalId(id))? else {
        return Ok(None);
    };
    let r = &a.record;
    let mut d = Detail::new(
        kumban_i18n::tr!(
            "detail-animal-title",
            tag = clean(&r.ear_tag),
            sex = word(r.sex.label()),
            breed = clean(&r.breed)
        ),
        Tab::Cattle,
        id,
    );
    d.field("Ear tag", clean(&r.ear_tag));
    d.field("Sex", word(r.sex.label()));
    d.field("Breed", clean(&r.breed));
    d.field(
        "Born on",
        if r.born_estimated {
            kumban_i18n::tr!("detail-estimated", date = day(r.born_on))
        } else {
            day(r.born_on)
        },
    );
    d.field(
        "Origin",
        match r.origin {
            Origin::Distributed { on } => kumban_i18n::tr!("detail-distributed", date = day(on)),
            Origin::Bought { on } => {
                kumban_i18n::tr!("list-word-on", word = word("bought"), date = day(on))
            }
            Origin::BornTo { dam } => {
                kumban_i18n::tr!("detail-born-to-cow", tag = animal_tag(store, dam)?)
            }
        },
    );
    super::lineage::parent_fields(&mut d, store, AnimalId(id), r)?;
    d.jump_field(
        "Household",
        Related::OwnerHousehold,
        household_line(store, r.household)?,
    );
    d.field(
        "Pen",
        match r.pen {
            Some(p) => store
                .get::<Pen>(p)?
                .map(|p| clean(&p.record.label))
                .unwrap_or_else(|| format!("#{p} (not found)")),
            None => "—".into(),
        },
    );
    d.field(
        "Status",
        match &r.status {
            AnimalStatus::Active => word("active"),
            AnimalStatus::Sold { on, price } => {
                kumban_i18n::tr!("detail-sold", date = day(*on), price = price.to_string())
            }
            AnimalStatus::Died { on, cause } => {
                kumban_i18n::tr!("detail-died", date = day(*on), cause = clean(cause))
            }
        },
    );
    d.field(
        "Notes",
        if r.notes.is_empty() {
            "—".into()
        } else {
            clean(&r.notes)
        },
    );
    // Growth sits with the fields; the latest weighings are a section.
    let weights = store.weights_of(AnimalId(id))?;
    let (weight_lines, gain) = super::weights::growth_lines(&weights, 3);
    d.field(
        "Daily gain",
        gain.unwrap_or_else(|| kumban_i18n::tr("detail-fewer-than-two-weighings")),
    );
    audit_fields(&mut d, a.id, &a.audit);
    if r.sex == Sex::Female {
        let history = store.pregnancies_of(AnimalId(id))?;
        d.field("Fertility", cow_fertility(&history));
        d.section(
            "Breeding history",
            Some('b'),
            history
                .iter()
                .map(|p| super::pregnancy_line(p, today))
                .collect(),
        );
        let calves = store.calves_of(AnimalId(id))?;
        d.section(
            "Calves",
            Some('c'),
            calves.iter().map(super::animal_line).collect(),
        );
    }
    if r.sex == Sex::Male {
        d.section(
            "Offspring as sire",
            None,
            super::lineage::offspring_of_bull(store, AnimalId(id))?,
        );
    }
    d.section("Latest weights", Some('w'), weight_lines);
    let income = store.income_of_animal(AnimalId(id))?;
    d.section(
        "Income logs naming it",
        Some('i'),
        income.iter().map(|i| super::income_line(i, None)).collect(),
    );
    let mut health = store.health_of(AnimalId(id))?;
    health.sort_by_key(|e| std::cmp::Reverse(e.record.date));
    d.section(
        "Health",
        Some('H'),
        health.iter().map(super::health::event_line).collect(),
    );
    Ok(Some(d))
}

pub fn related(store: &Store, id: AnimalId, rel: Related) -> Result<Option<(Tab, Scope)>> {
    let Some(a) = store.get::<Animal>(id)? else {
        return Ok(None);
    };
    let tag = clean(&a.record.ear_tag);
    Ok(Some(match rel {
        Related::BreedingOfCow if a.record.sex == Sex::Female => (
            Tab::Breeding,
            scope(
                kumban_i18n::tr!("scope-breeding", tag = tag.clone()),
                store.pregnancies_of(id)?.into_iter().map(|p| p.id),
            ),
        ),
        Related::CalvesOfCow if a.record.sex == Sex::Female => (
            Tab::Cattle,
            scope(
                kumban_i18n::tr!("scope-calves", tag = tag.clone()),
                store.calves_of(id)?.into_iter().map(|c| c.id),
            ),
        ),
        Related::IncomeOfAnimal => (
            Tab::Income,
            scope(
                kumban_i18n::tr!("scope-income-naming", tag = tag.clone()),
                store.income_of_animal(id)?.into_iter().map(|i| i.id),
            ),
        ),
        Related::HealthOfAnimal => (
            Tab::Health,
            scope(
                kumban_i18n::tr!("scope-health", tag = tag.clone()),
                store.health_of(id)?.into_iter().map(|e| e.id),
            ),
        ),
        Related::OwnerHousehold => super::pens::owner_scope(store, a.record.household)?,
        Related::WeightsOfAnimal => (
            Tab::Weights,
            scope(
                kumban_i18n::tr!("scope-weights", tag = tag.clone()),
                store.weights_of(id)?.into_iter().map(|w| w.id),
            ),
        ),
        _ => return Ok(None),
    }))
}

impl KindScreen for Animal {
    const TAB: Tab = Tab::Cattle;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
        detail(store, id, today)
    }

    fn related(store: &Store, id: AnimalId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        related(store, id, rel)
    }

    fn prefill(store: &Store, id: AnimalId, rel: Related) -> Result<Prefill> {
        let owner = || -> Result<Option<HouseholdId>> {
            Ok(store.get::<Animal>(id)?.map(|a| a.record.household))
        };
        Ok(match rel {
            Related::BreedingOfCow => Prefill {
                household: owner()?,
                cow: Some(id),
            },
            // A new health event or weight from an animal's list is of
            // that animal.
            Related::HealthOfAnimal | Related::WeightsOfAnimal => Prefill {
                household: owner()?,
                cow: Some(id),
            },
            Related::CalvesOfCow | Related::IncomeOfAnimal => Prefill {
                household: owner()?,
                cow: None,
            },
            _ => Prefill::default(),
        })
    }

    fn in_words(&self, _store: &Store) -> Result<String> {
        Ok(kumban_i18n::tr!(
            "words-animal",
            tag = clean(&self.ear_tag),
            sex = kumban_i18n::tr_text("choice", self.sex.label()),
            breed = clean(&self.breed)
        ))
    }

    fn history_name(&self, _names: &history::Names) -> String {
        format!("animal {}", clean(&self.ear_tag))
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        format!(
            "{} {}, {}",
            word(self.sex.label()),
            clean(&self.breed),
            word(self.status.label())
        )
    }

    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)> {
        let a = self;
        vec![
            ("ear tag", clean(&a.ear_tag)),
            ("sex", a.sex.label().into()),
            ("breed", clean(&a.breed)),
            ("born on", a.born_on.to_string()),
            ("estimated", yes_no(a.born_estimated).into()),
            (
                "origin",
                match a.origin {
                    Origin::Distributed { on } => format!("distributed on {on}"),
                    Origin::Bought { on } => format!("bought on {on}"),
                    Origin::BornTo { dam } => format!("born to {}", names.tag(dam)),
                },
            ),
            ("household", names.household(a.household)),
            ("pen", a.pen.map(|p| names.pen(p)).unwrap_or("—".into())),
            (
                "status",
                match &a.status {
                    AnimalStatus::Active => "active".into(),
                    AnimalStatus::Sold { on, price } => format!("sold on {on} for {price}"),
                    AnimalStatus::Died { on, cause } => format!("died on {on}: {}", clean(cause)),
                },
            ),
            ("notes", clean(&a.notes)),
        ]
    }
}

/// A cow's own calving intervals and services per conception
/// (docs/reports.md), for her detail.
fn cow_fertility(history: &[Stored<Pregnancy>]) -> String {
    use kumban_model::fertility::CowFertility;
    let records: Vec<Pregnancy> = history.iter().map(|p| p.record.clone()).collect();
    let f = CowFertility::of(&records);
    let intervals = match f.intervals.as_slice() {
        [] => kumban_i18n::tr("detail-no-calving-interval"),
        days => kumban_i18n::tr!(
            "detail-calving-interval",
            days = days
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let services = match f.conceptions {
        0 => kumban_i18n::tr!("detail-services-no-conception", n = f.services),
        c => kumban_i18n::tr!(
            "detail-services-per-conception",
            n = format!("{:.1}", f64::from(f.services) / f64::from(c))
        ),
    };
    kumban_i18n::tr!(
        "detail-fertility",
        intervals = intervals,
        services = services
    )
}
