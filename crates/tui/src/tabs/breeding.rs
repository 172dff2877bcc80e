//! Breeding: every pregnancy, when it is due and how it ended. Pending
//! ones first, soonest due first, marked in words when overdue or when the
//! cow should be watched for a repeat heat.

use super::*;
use crate::list::{Mark, Show, col, flag, flex};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 7] = [
    col("Cow", 9).dropped(0),
    col("Hhold", 7).dropped(2),
    col("Serviced", 10).dropped(3).shown(Show::Date),
    col("Method", 7).dropped(4).shown(Show::Choice),
    col("Expected", 10).dropped(0).shown(Show::Date),
    col("Outcome", 8).dropped(1).shown(Show::Choice),
    flex("When", 17).shown(Show::With(shown::due)),
];

pub fn load(store: &Store, today: Date) -> Result<Rows> {
    let households = Households::load(store)?;
    let mut cows: HashMap<u64, (String, HouseholdId)> = HashMap::new();
    for a in store.all::<Animal>() {
        let a = a?;
        cows.insert(a.id, (clean(&a.record.ear_tag), a.record.household));
    }
    let mut rows = RowsBuilder::new(COLUMNS.len());
    let mut order = Vec::new();
    for p in store.all::<Pregnancy>() {
        let p = p?;
        let r = &p.record;
        let (tag, household) = match cows.get(&r.cow.0) {
            Some((tag, h)) => (tag.clone(), households.code(*h)),
            None => (format!("#{}", r.cow), String::new()),
        };
        let expected = r.expected_calving();
        // Pending first, soonest due first; then the rest, newest first.
        let order_key = match &r.outcome {
            Outcome::Pending => (0, i64::from(expected.day_number())),
            Outcome::Calved { on, .. } | Outcome::Lost { on, .. } => {
                (1, -i64::from(on.day_number()))
            }
        };
        let (when, when_key) = match &r.outcome {
            Outcome::Pending => (due_words(r, today), expected),
            Outcome::Calved { on, .. } | Outcome::Lost { on, .. } => (on.to_string(), *on),
        };
        order.push((order_key, rows.len()));
        rows.push(
            Row::new(
                p.id,
                vec![
                    tag,
                    household,
                    r.service_date.to_string(),
                    r.method.label().to_string(),
                    expected.to_string(),
                    r.outcome.label().to_string(),
                    when,
                ],
            )
            .with_key(6, i64::from(when_key.day_number()))
            .marked(if r.is_overdue(today) {
                Mark::Warn
            } else if watch_heat(r, today) {
                Mark::Watch
            } else {
                Mark::None
            })
            .flagged(if r.is_pending() { flag::PENDING } else { 0 }),
        );
    }
    // Stable: equal keys keep store order.
    order.sort_by_key(|(key, _)| *key);
    Ok(rows.finish_in(order.into_iter().map(|(_, n)| n)))
}

/// Days after a service when an open cow comes on heat again.
pub const REPEAT_HEAT_DAYS: std::ops::RangeInclusive<i64> = 18..=24;

/// A cow served 18–24 days ago, not yet confirmed pregnant: if she shows
/// heat now, the service did not take.
pub fn watch_heat(r: &Pregnancy, today: Date) -> bool {
    r.is_pending()
        && r.confirmed_on.is_none()
        && REPEAT_HEAT_DAYS.contains(&r.service_date.days_until(today))
}

/// For a pending pregnancy: "in 12 days", "3 days late", "20 days OVERDUE"
/// (overdue: more than two weeks past the expected date), and "WATCH
/// HEAT" in the days a repeat heat would show.
fn due_words(r: &Pregnancy, today: Date) -> String {
    let days = today.days_until(r.expected_calving());
    if r.is_overdue(today) {
        format!("{} days OVERDUE", -days)
    } else if days < 0 {
        format!("{} days late", -days)
    } else if watch_heat(r, today) {
        format!("{} WATCH HEAT", days_words(today, r.expected_calving()))
    } else {
        days_words(today, r.expected_calving())
    }
}

pub fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
    let Some(p) = store.get::<Pregnancy>(PregnancyId(id))? else {
        return Ok(None);
    };
    let r = &p.record;
    let cow = store.get::<Animal>(r.cow)?;
    let tag = cow
        .as_ref()
        .map(|c| clean(&c.record.ear_tag))
        .unwrap_or_else(|| format!("#{} (not found)", r.cow));
    let mut d = Detail::new(
        kumban_i18n::tr!(
            "detail-pregnancy-title",
            tag = tag.clone(),
            date = day(r.service_date)
        ),
        Tab::Breeding,
        id,
    );
    d.jump_field("Cow", Related::CowOfPregnancy, tag);
    if let Some(c) = &cow {
        d.jump_field(
            "Household",
            Related::OwnerHousehold,
            household_line(store, c.record.household)?,
        );
    }
    d.field("Service date", day(r.service_date));
    d.field("Method", word(r.method.label()));
    d.field("Sire", lineage::sire_text(store, r.sire.as_ref())?);
    d.field("Confirmed on", opt_day(r.confirmed_on));
    d.field(
        "Gestation",
        kumban_i18n::tr!("list-days", days = r.gestation_days),
    );
    let expected = r.expected_calving();
    if r.is_pending() {
        let words = crate::list::in_lang(due_words(r, today), shown::due);
        let due = format!("{} ({words})", day(expected));
        if r.is_overdue(today) {
            d.warn("Expected calving", due);
        } else {
            d.field("Expected calving", due);
        }
        if watch_heat(r, today) {
            d.warn(
                "Watch for heat",
                kumban_i18n::tr!("detail-watch-heat", days = r.service_date.days_until(today)),
            );
        }
    } else {
        d.field("Expected calving", day(expected));
    }
    d.field(
        "Outcome",
        match &r.outcome {
            Outcome::Pending => word("pending"),
            Outcome::Calved { on, calf } => match calf {
                Some(c) => kumban_i18n::tr!(
                    "detail-calved-calf",
                    date = day(*on),
                    calf = animal_tag(store, *c)?
                ),
                None => kumban_i18n::tr!("list-word-on", word = word("calved"), date = day(*on)),
            },
            Outcome::Lost { on, reason } => {
                kumban_i18n::tr!("detail-lost-on", date = day(*on), reason = clean(reason))
            }
        },
    );
    lineage::calving_fields(&mut d, store, r)?;
    audit_fields(&mut d, p.id, &p.audit);
    let others: Vec<String> = store
        .pregnancies_of(r.cow)?
        .iter()
        .filter(|o| o.id != id)
        .map(|o| super::pregnancy_line(o, today))
        .collect();
    d.section("Other pregnancies of this cow", None, others);
    Ok(Some(d))
}

pub fn related(store: &Store, id: PregnancyId, rel: Related) -> Result<Option<(Tab, Scope)>> {
    let Some(p) = store.get::<Pregnancy>(id)? else {
        return Ok(None);
    };
    let Some(cow) = store.get::<Animal>(p.record.cow)? else {
        return Ok(None);
    };
    Ok(Some(match rel {
        Related::CowOfPregnancy => (
            Tab::Cattle,
            scope(
                kumban_i18n::tr!("scope-cow", tag = clean(&cow.record.ear_tag)),
                [cow.id],
            ),
        ),
        Related::OwnerHousehold => super::pens::owner_scope(store, cow.record.household)?,
        _ => return Ok(None),
    }))
}

impl KindScreen for Pregnancy {
    const TAB: Tab = Tab::Breeding;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, today: Date) -> Result<Rows> {
        load(store, today)
    }

    fn detail(store: &Store, id: u64, today: Date) -> Result<Option<Detail>> {
        detail(store, id, today)
    }

    fn related(store: &Store, id: PregnancyId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        related(store, id, rel)
    }

    fn prefill(store: &Store, id: PregnancyId, rel: Related) -> Result<Prefill> {
        if rel != Related::CowOfPregnancy {
            return Ok(Prefill::default());
        }
        let cow = store.get::<Pregnancy>(id)?.map(|p| p.record.cow);
        Ok(Prefill {
            household: match cow {
                Some(c) => store.get::<Animal>(c)?.map(|a| a.record.household),
                None => None,
            },
            cow: None,
        })
    }

    fn in_words(&self, store: &Store) -> Result<String> {
        Ok(kumban_i18n::tr!(
            "words-pregnancy",
            cow = tag_or_id(store, self.cow)?,
            date = self.service_date.to_string()
        ))
    }

    fn history_name(&self, names: &history::Names) -> String {
        format!("pregnancy {}", names.tag(self.cow))
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        kumban_i18n::tr!(
            "summary-pregnancy",
            date = day(self.service_date),
            method = word(self.method.label()),
            outcome = word(self.outcome.label())
        )
    }

    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)> {
        let p = self;
        let mut lineage = lineage::history_fields(p, names);
        let sire = lineage.remove(0);
        let mut v = vec![
            ("cow", names.tag(p.cow)),
            ("service date", p.service_date.to_string()),
            ("method", p.method.label().into()),
            sire,
            ("confirmed on", opt_date(p.confirmed_on)),
            ("gestation", format!("{} days", p.gestation_days)),
            (
                "outcome",
                match &p.outcome {
                    Outcome::Pending => "pending".into(),
                    Outcome::Calved { on, calf } => format!(
                        "calved on {on}{}",
                        calf.map(|c| format!(", calf {}", names.tag(c)))
                            .unwrap_or_default()
                    ),
                    Outcome::Lost { on, reason } => format!("lost on {on}: {}", clean(reason)),
                },
            ),
        ];
        v.extend(lineage);
        v
    }
}
