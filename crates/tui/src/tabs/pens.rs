//! Cattle pens: built and inspected, and how full.

use super::*;
use crate::list::{Mark, Show, col, flex};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 7] = [
    col("Hhold", 7).dropped(0),
    flex("Head of household", 18),
    col("Pen", 10).dropped(0),
    col("Status", 9).dropped(0).shown(Show::Choice),
    col("Cattle", 9)
        .dropped(1)
        .shown(Show::With(shown::pen_fill)),
    col("Inspected", 10).dropped(2).shown(Show::Date),
    col("Inspector", 10).dropped(3),
];

pub fn load(store: &Store) -> Result<Rows> {
    let households = Households::load(store)?;
    let mut head_in_pen: HashMap<u64, i64> = HashMap::new();
    for a in store.all::<Animal>() {
        let a = a?;
        if let (Some(pen), true) = (a.record.pen, a.record.is_active()) {
            *head_in_pen.entry(pen.0).or_default() += 1;
        }
    }
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for p in store.all::<Pen>() {
        let p = p?;
        let r = &p.record;
        let head = head_in_pen.get(&p.id).copied().unwrap_or(0);
        let over = head > i64::from(r.capacity);
        let fill = if over {
            format!("{head}/{} over", r.capacity)
        } else {
            format!("{head}/{}", r.capacity)
        };
        rows.push(
            Row::new(
                p.id,
                vec![
                    households.code(r.household),
                    households.name(r.household),
                    clean(&r.label),
                    r.status.label().to_string(),
                    fill,
                    opt_date(r.inspected_on),
                    opt(&r.inspected_by),
                ],
            )
            .with_key(3, r.status as i64)
            .with_key(4, head)
            .marked(if over { Mark::Warn } else { Mark::None }),
        );
    }
    Ok(rows.finish())
}

pub fn detail(store: &Store, id: u64) -> Result<Option<Detail>> {
    let Some(p) = store.get::<Pen>(PenId(id))? else {
        return Ok(None);
    };
    let r = &p.record;
    let owner = household_line(store, r.household)?;
    let title = kumban_i18n::tr!(
        "detail-pen-title",
        label = clean(&r.label),
        owner = owner.clone()
    );
    let mut d = Detail::new(title, Tab::Pens, id);
    d.jump_field("Household", Related::OwnerHousehold, owner);
    d.field("Label", clean(&r.label));
    d.field(
        "Capacity",
        kumban_i18n::tr!("detail-head", count = r.capacity),
    );
    d.field("Status", word(r.status.label()));
    d.field("Inspected on", opt_day(r.inspected_on));
    d.field("Inspected by", opt(&r.inspected_by));
    // Pens inspected before results were kept show no empty lines.
    if r.has_inspection_details() {
        // "Inspection result" would be cut in the detail's label column.
        d.field(
            "Result",
            r.inspection_result
                .map_or_else(|| "—".to_string(), |x| word(x.label())),
        );
        d.field("Failed checks", failed_checks(r));
        d.field("Next inspection", opt_day(r.next_inspection));
    }
    d.field(
        "Notes",
        if r.notes.is_empty() {
            "—".into()
        } else {
            clean(&r.notes)
        },
    );
    let animals = store.animals_in_pen(PenId(id))?;
    let active = animals.iter().filter(|a| a.record.is_active()).count();
    if active > usize::from(r.capacity) {
        d.warn(
            "Cattle now",
            kumban_i18n::tr!(
                "detail-over-capacity",
                count = active,
                over = active - usize::from(r.capacity)
            ),
        );
    } else {
        d.field(
            "Cattle now",
            kumban_i18n::tr!("detail-head", count = active),
        );
    }
    audit_fields(&mut d, p.id, &p.audit);
    d.section(
        "Animals in this pen",
        Some('a'),
        animals.iter().map(super::animal_line).collect(),
    );
    Ok(Some(d))
}

pub fn related(store: &Store, id: PenId, rel: Related) -> Result<Option<(Tab, Scope)>> {
    let Some(p) = store.get::<Pen>(id)? else {
        return Ok(None);
    };
    let label = clean(&p.record.label);
    Ok(Some(match rel {
        Related::AnimalsInPen => {
            let owner = store
                .get::<Household>(p.record.household)?
                .map(|h| clean(&h.record.code))
                .unwrap_or_default();
            (
                Tab::Cattle,
                scope(
                    kumban_i18n::tr!(
                        "scope-cattle-in-pen",
                        label = label.clone(),
                        owner = owner.clone()
                    ),
                    store.animals_in_pen(id)?.into_iter().map(|a| a.id),
                ),
            )
        }
        Related::OwnerHousehold => owner_scope(store, p.record.household)?,
        _ => return Ok(None),
    }))
}

/// The checklist items a pen failed, in the session's language.
fn failed_checks(p: &Pen) -> String {
    if p.checklist_failed.is_empty() {
        return "—".into();
    }
    p.checklist_failed
        .iter()
        // The stored `space` is read as what it stands for.
        .map(|c| match c {
            CheckItem::Space => word("space per animal"),
            other => word(other.label()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The Households tab showing just one household.
pub fn owner_scope(store: &Store, h: HouseholdId) -> Result<(Tab, Scope)> {
    let code = store
        .get::<Household>(h)?
        .map(|x| clean(&x.record.code))
        .unwrap_or_else(|| format!("#{h}"));
    Ok((
        Tab::Households,
        scope(
            kumban_i18n::tr!("scope-household", code = code.clone()),
            [h.0],
        ),
    ))
}

impl KindScreen for Pen {
    const TAB: Tab = Tab::Pens;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn detail(store: &Store, id: u64, _today: Date) -> Result<Option<Detail>> {
        detail(store, id)
    }

    fn related(store: &Store, id: PenId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        related(store, id, rel)
    }

    fn prefill(store: &Store, id: PenId, rel: Related) -> Result<Prefill> {
        Ok(match rel {
            Related::AnimalsInPen => Prefill {
                household: store.get::<Pen>(id)?.map(|p| p.record.household),
                cow: None,
            },
            _ => Prefill::default(),
        })
    }

    fn in_words(&self, store: &Store) -> Result<String> {
        Ok(kumban_i18n::tr!(
            "words-pen",
            label = clean(&self.label),
            household = code_or_id(store, self.household)?
        ))
    }

    fn history_name(&self, names: &history::Names) -> String {
        format!(
            "pen {} {}",
            names.household(self.household),
            clean(&self.label)
        )
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        kumban_i18n::tr!(
            "summary-pen",
            status = word(self.status.label()),
            capacity = self.capacity.to_string()
        )
    }

    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)> {
        let p = self;
        let mut fields = vec![
            ("household", names.household(p.household)),
            ("label", clean(&p.label)),
            ("capacity", p.capacity.to_string()),
            ("status", p.status.label().into()),
            ("inspected on", opt_date(p.inspected_on)),
            ("inspected by", opt(&p.inspected_by)),
            ("notes", clean(&p.notes)),
        ];
        if p.has_inspection_details() {
            fields.extend([
                (
                    "inspection result",
                    p.inspection_result
                        .map(|x| x.label().to_string())
                        .unwrap_or_default(),
                ),
                ("failed checks", failed_checks(p)),
                ("next inspection", opt_date(p.next_inspection)),
            ]);
        }
        fields
    }
}
