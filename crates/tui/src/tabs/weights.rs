//! Weights: every weighing of every animal, with the gain since the
//! animal's weighing before it.

use super::*;
use crate::list::{Show, col, flex, num};
use kumban_i18n::tr;
use kumban_model::weight::{daily_gain_grams, gain_text, growth};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 7] = [
    col("Tag", 9).dropped(0),
    col("Date", 10).dropped(0).shown(Show::Date),
    num("Kg", 7).dropped(0),
    num("Gain/day", 8).dropped(1),
    col("Method", 10).dropped(2).shown(Show::Choice),
    col("Hhold", 7).dropped(1),
    flex("Notes", 10).dropped(3),
];

pub fn load(store: &Store) -> Result<Rows> {
    let households = Households::load(store)?;
    let mut owners = HashMap::new();
    for a in store.all::<Animal>() {
        let a = a?;
        owners.insert(a.id, (clean(&a.record.ear_tag), a.record.household));
    }
    // Each weighing's gain is from the animal's weighing before it: group
    // by animal, in date order, then build rows.
    let mut by_animal: HashMap<u64, Vec<Stored<Weight>>> = HashMap::new();
    for w in store.all::<Weight>() {
        let w = w?;
        by_animal.entry(w.record.animal.0).or_default().push(w);
    }
    let mut rows = RowsBuilder::new(COLUMNS.len());
    let mut animals: Vec<u64> = by_animal.keys().copied().collect();
    animals.sort_unstable();
    for animal in animals {
        let Some(weights) = by_animal.get_mut(&animal) else {
            continue;
        };
        weights.sort_by_key(|w| (w.record.date, w.id));
        let (tag, household) = match owners.get(&animal) {
            Some((t, h)) => (t.clone(), households.code(*h)),
            None => (format!("#{animal}"), "—".into()),
        };
        let mut before: Option<(Date, Kg)> = None;
        for w in weights.iter() {
            let r = &w.record;
            let gain = before.and_then(|b| daily_gain_grams(b, (r.date, r.kg)));
            before = Some((r.date, r.kg));
            rows.push(
                Row::new(
                    w.id,
                    vec![
                        tag.clone(),
                        r.date.to_string(),
                        r.kg.to_string(),
                        gain.map_or_else(|| "—".into(), gain_text),
                        r.method.label().to_string(),
                        household.clone(),
                        clean(&r.notes),
                    ],
                )
                .with_key(2, i64::from(r.kg.0))
                .with_key(3, gain.unwrap_or(i64::MIN)),
            );
        }
    }
    Ok(rows.finish())
}

/// One weighing, for an animal's detail popup.
pub fn weight_line(w: &Stored<Weight>) -> String {
    let r = &w.record;
    tr!(
        "detail-weight-line",
        date = day(r.date),
        kg = r.kg.to_string(),
        method = word(r.method.label())
    )
}

/// The animal detail's lines on growth: its latest weighings (newest
/// first, at most `shown`) and its average daily gains.
pub fn growth_lines(weights: &[Stored<Weight>], shown: usize) -> (Vec<String>, Option<String>) {
    let points: Vec<(Date, Kg)> = weights
        .iter()
        .map(|w| (w.record.date, w.record.kg))
        .collect();
    let mut sorted: Vec<&Stored<Weight>> = weights.iter().collect();
    sorted.sort_by_key(|w| std::cmp::Reverse((w.record.date, w.id)));
    let lines = sorted.iter().take(shown).map(|w| weight_line(w)).collect();
    let gain = growth(&points).and_then(|g| {
        let first = g.since_first?;
        let mut s = tr!("detail-gain-overall", gain = gain_text(first));
        if let Some(last) = g.last_two
            && points.len() > 2
        {
            s.push_str(&tr!("detail-gain-last-two", gain = gain_text(last)));
        }
        Some(s)
    });
    (lines, gain)
}

pub fn detail(store: &Store, id: u64) -> Result<Option<Detail>> {
    let Some(w) = store.get::<Weight>(WeightId(id))? else {
        return Ok(None);
    };
    let r = &w.record;
    let tag = animal_tag(store, r.animal)?;
    let title = tr!("detail-weight-title", tag = tag.clone(), date = day(r.date));
    let mut d = Detail::new(title, Tab::Weights, id);
    d.jump_field("Animal", Related::AnimalOfWeight, tag);
    d.field("Date", day(r.date));
    d.field("Weight", tr!("detail-kg", kg = r.kg.to_string()));
    d.field("Weighed by", word(r.method.label()));
    let earlier = store
        .weights_of(r.animal)?
        .into_iter()
        .filter(|o| (o.record.date, o.id) < (r.date, w.id))
        .max_by_key(|o| (o.record.date, o.id));
    d.field(
        "Gain",
        match earlier.and_then(|e| {
            daily_gain_grams((e.record.date, e.record.kg), (r.date, r.kg))
                .map(|g| (g, e.record.date))
        }) {
            Some((g, since)) => tr!("detail-gain-since", gain = gain_text(g), date = day(since)),
            None => tr("detail-no-earlier-weighing"),
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
    audit_fields(&mut d, w.id, &w.audit);
    Ok(Some(d))
}

impl KindScreen for Weight {
    const TAB: Tab = Tab::Weights;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn detail(store: &Store, id: u64, _today: Date) -> Result<Option<Detail>> {
        detail(store, id)
    }

    fn related(store: &Store, id: WeightId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        let Some(w) = store.get::<Weight>(id)? else {
            return Ok(None);
        };
        Ok(match rel {
            Related::AnimalOfWeight => {
                let tag = animal_tag(store, w.record.animal)?;
                Some((
                    Tab::Cattle,
                    scope(tr!("scope-animal", tag = tag.clone()), [w.record.animal.0]),
                ))
            }
            _ => None,
        })
    }

    fn in_words(&self, store: &Store) -> Result<String> {
        Ok(tr!(
            "words-weight",
            tag = tag_or_id(store, self.animal)?,
            date = day(self.date),
            kg = self.kg.to_string()
        ))
    }

    fn history_name(&self, names: &history::Names) -> String {
        format!("weight {}", names.tag(self.animal))
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        // English, said again at draw time (tabs/shown.rs `change`).
        format!("{} kg on {}", self.kg, self.date)
    }

    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)> {
        let w = self;
        vec![
            ("animal", names.tag(w.animal)),
            ("date", w.date.to_string()),
            ("kg", w.kg.to_string()),
            ("method", w.method.label().into()),
            ("notes", clean(&w.notes)),
        ]
    }
}
