//! History: every change, newest first, with who made it and when.

use super::*;
use crate::store::Change;
use crate::tui::list::{col, flex};

pub static COLUMNS: [Column; 5] = [
    col("When", 16),
    col("By", 10),
    col("Change", 8),
    col("Kind", 10),
    flex("Record", 28),
];

/// Names the history shows for records it refers to by id.
struct Names {
    households: Households,
    tags: HashMap<u64, String>,
}

impl Names {
    fn load(store: &Store) -> Result<Names> {
        Ok(Names {
            households: Households::load(store)?,
            tags: tags(store)?,
        })
    }

    fn label(&self, record: &AnyRecord) -> String {
        match record {
            AnyRecord::Household(h) => format!("{} {}", clean(&h.code), clean(&h.head_name)),
            AnyRecord::Pen(p) => format!(
                "{} of {}",
                clean(&p.label),
                self.households.code(p.household)
            ),
            AnyRecord::Animal(a) => format!(
                "{} {} of {}",
                clean(&a.ear_tag),
                a.sex.label(),
                self.households.code(a.household)
            ),
            AnyRecord::Pregnancy(p) => format!(
                "{} served {}, {}",
                tag_of(&self.tags, p.cow),
                p.service_date,
                p.outcome.label()
            ),
            AnyRecord::Income(i) => format!(
                "{} {} {} {}",
                self.households.code(i.household),
                i.date,
                i.flow.label(),
                i.amount
            ),
        }
    }
}

fn what(c: &Change) -> &'static str {
    match (&c.before, &c.after, c.undoes) {
        (_, _, Some(_)) => "undo",
        (None, Some(_), _) => "created",
        (Some(_), None, _) => "deleted",
        _ => "updated",
    }
}

pub fn load(store: &Store) -> Result<Vec<Row>> {
    let names = Names::load(store)?;
    let mut rows = Vec::new();
    for c in store.history() {
        let c = c?;
        let label = c
            .after
            .as_ref()
            .or(c.before.as_ref())
            .map(|r| names.label(r))
            .unwrap_or_default();
        rows.push(
            Row::new(
                c.seq,
                vec![
                    format_stamp(c.at),
                    clean(&c.by),
                    what(&c).to_string(),
                    c.kind.noun().to_string(),
                    label,
                ],
            )
            // Newest first is the natural order; sorting by When keeps time order.
            .with_key(0, c.at),
        );
    }
    Ok(rows)
}

pub fn detail(store: &Store, seq: u64, _today: Date) -> Result<Option<Detail>> {
    let mut found = None;
    for c in store.history() {
        let c = c?;
        if c.seq == seq {
            found = Some(c);
            break;
        }
    }
    let Some(c) = found else {
        return Ok(None);
    };
    let names = Names::load(store)?;
    let mut d = Detail::new(
        format!("Change {}: {} {}", c.seq, what(&c), c.kind.noun()),
        Tab::History,
        seq,
    );
    d.field("When", format_stamp(c.at));
    d.field("By", clean(&c.by));
    d.field("Change", what(&c));
    d.field("Transaction", c.txn.to_string());
    if let Some(t) = c.undoes {
        d.field("Undoes", format!("transaction {t}"));
    }
    d.field("Record", format!("{} id {}", c.kind.noun(), c.id));
    if let Some(r) = &c.after {
        d.field("Now", names.label(r));
    }
    let before = c
        .before
        .as_ref()
        .map(|r| fields(r, &names))
        .unwrap_or_default();
    let after = c
        .after
        .as_ref()
        .map(|r| fields(r, &names))
        .unwrap_or_default();
    if c.before.is_some() && c.after.is_some() {
        let changed: Vec<String> = before
            .iter()
            .zip(after.iter())
            .filter(|(b, a)| b != a)
            .map(|(b, a)| format!("{b}  →  {}", a.split_once(": ").map_or(a.as_str(), |x| x.1)))
            .collect();
        d.section("Fields changed", None, changed);
    }
    if c.after.is_some() {
        d.section("After", None, after);
    }
    if c.before.is_some() {
        d.section("Before", None, before);
    }
    Ok(Some(d))
}

/// "field: value" lines for any record, in a fixed order per kind so that
/// before and after line up.
fn fields(record: &AnyRecord, names: &Names) -> Vec<String> {
    let mut v: Vec<(&str, String)> = Vec::new();
    match record {
        AnyRecord::Household(h) => {
            v.push(("code", clean(&h.code)));
            v.push(("head's name", clean(&h.head_name)));
            v.push(("village", clean(&h.village)));
            v.push(("members", h.members.to_string()));
            v.push(("phone", opt(&h.phone)));
            let g: Vec<&str> = h.groups.iter().map(|g| g.as_str()).collect();
            v.push(("groups", clean(&g.join(", "))));
            v.push(("demonstration", yes_no(h.demonstration).into()));
            v.push((
                "poverty",
                match h.poverty {
                    Poverty::Exited { on } => format!("exited on {on}"),
                    p => p.label().into(),
                },
            ));
            v.push((
                "baseline income",
                h.baseline_income
                    .map(|m| m.to_string())
                    .unwrap_or("—".into()),
            ));
            v.push(("enrolled on", h.enrolled_on.to_string()));
            v.push(("notes", clean(&h.notes)));
        }
        AnyRecord::Pen(p) => {
            v.push(("household", names.households.code(p.household)));
            v.push(("label", clean(&p.label)));
            v.push(("capacity", p.capacity.to_string()));
            v.push(("status", p.status.label().into()));
            v.push(("inspected on", opt_date(p.inspected_on)));
            v.push(("inspected by", opt(&p.inspected_by)));
            v.push(("notes", clean(&p.notes)));
        }
        AnyRecord::Animal(a) => {
            v.push(("ear tag", clean(&a.ear_tag)));
            v.push(("sex", a.sex.label().into()));
            v.push(("breed", clean(&a.breed)));
            v.push(("born on", a.born_on.to_string()));
            v.push(("estimated", yes_no(a.born_estimated).into()));
            v.push((
                "origin",
                match a.origin {
                    Origin::Distributed { on } => format!("distributed on {on}"),
                    Origin::Bought { on } => format!("bought on {on}"),
                    Origin::BornTo { dam } => format!("born to {}", tag_of(&names.tags, dam)),
                },
            ));
            v.push(("household", names.households.code(a.household)));
            v.push(("pen", a.pen.map(|p| format!("#{p}")).unwrap_or("—".into())));
            v.push((
                "status",
                match &a.status {
                    AnimalStatus::Active => "active".into(),
                    AnimalStatus::Sold { on, price } => format!("sold on {on} for {price}"),
                    AnimalStatus::Died { on, cause } => format!("died on {on}: {}", clean(cause)),
                },
            ));
            v.push(("notes", clean(&a.notes)));
        }
        AnyRecord::Pregnancy(p) => {
            v.push(("cow", tag_of(&names.tags, p.cow)));
            v.push(("service date", p.service_date.to_string()));
            v.push(("method", p.method.label().into()));
            v.push(("sire", opt(&p.sire)));
            v.push(("confirmed on", opt_date(p.confirmed_on)));
            v.push(("gestation", format!("{} days", p.gestation_days)));
            v.push((
                "outcome",
                match &p.outcome {
                    Outcome::Pending => "pending".into(),
                    Outcome::Calved { on, calf } => format!(
                        "calved on {on}{}",
                        calf.map(|c| format!(", calf {}", tag_of(&names.tags, c)))
                            .unwrap_or_default()
                    ),
                    Outcome::Lost { on, reason } => format!("lost on {on}: {}", clean(reason)),
                },
            ));
        }
        AnyRecord::Income(i) => {
            v.push(("household", names.households.code(i.household)));
            v.push(("date", i.date.to_string()));
            v.push(("group", clean(i.group.as_str())));
            v.push(("flow", i.flow.label().into()));
            v.push(("amount", i.amount.to_string()));
            v.push(("description", clean(&i.description)));
            v.push((
                "animal",
                i.animal
                    .map(|a| tag_of(&names.tags, a))
                    .unwrap_or("—".into()),
            ));
        }
    }
    v.into_iter()
        .map(|(k, val)| format!("{k}: {val}"))
        .collect()
}
