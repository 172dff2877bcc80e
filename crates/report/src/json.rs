//! The stable JSON shape of `kumban status --json` (docs/status-json.md).
//! Built by hand rather than derived so that renaming a Rust field can never
//! rename a JSON key; keys come out in the documented order.

use super::*;
use serde_json::{Map, Value, json};

impl Dashboard {
    pub fn to_json(&self) -> Value {
        json!({
            "today": self.today.to_string(),
            "households": self.households.to_json(),
            "people": self.people.to_json(),
            "pens": self.pens.to_json(),
            "cattle": self.cattle.to_json(),
            "breeding": self.breeding.to_json(),
            "fertility": fertility_json(&self.fertility),
            "health": {
                "vaccinated_12_months": self.health.vaccinated_12_months,
                "due_30_days": self.health.due_30_days,
                "treatments_30_days": self.health.treatments_30_days,
            },
            "income": self.income.to_json(),
            "due_next": self.due_next_json(),
        })
    }

    /// The same "due next" list as the dashboard tab and `kumban status`,
    /// with the same total, so a script sees what the clerk sees.
    fn due_next_json(&self) -> Value {
        let listed: Vec<Value> = self
            .next_due
            .iter()
            .map(|c| {
                json!({
                    "pregnancy": c.pregnancy.0,
                    "cow": c.cow_tag,
                    "household": c.household_code,
                    "expected": c.expected.to_string(),
                    "days": c.days,
                })
            })
            .collect();
        json!({
            "total": self.next_due_total,
            "more": self.next_due_more(self.next_due.len()),
            "listed": listed,
        })
    }
}

impl Households {
    fn to_json(&self) -> Value {
        let groups: Map<String, Value> = self
            .groups
            .iter()
            .map(|(g, n)| (g.to_string(), json!(n)))
            .collect();
        json!({
            "total": self.total,
            "demonstration": self.demonstration,
            "groups": groups,
            "poverty": {
                "poor": self.poverty.poor,
                "near_poor": self.poverty.near_poor,
                "not_poor": self.poverty.not_poor,
                "exited": self.poverty.exited,
            },
        })
    }
}

impl People {
    fn to_json(&self) -> Value {
        let by_group: Map<String, Value> = self
            .by_group
            .iter()
            .map(|(g, n)| (g.to_string(), json!(n)))
            .collect();
        json!({
            "total": self.total,
            "by_group": by_group,
        })
    }
}

impl Pens {
    fn to_json(&self) -> Value {
        json!({
            "planned": self.planned,
            "building": self.building,
            "built": self.built,
            "inspected": self.inspected,
            "over_capacity": self.over_capacity,
        })
    }
}

impl Cattle {
    fn to_json(&self) -> Value {
        json!({
            "active": self.active,
            "female": self.female,
            "male": self.male,
            "distributed": self.distributed,
            "born": self.born,
            "sold": self.sold,
            "died": self.died,
        })
    }
}

impl Breeding {
    fn to_json(&self) -> Value {
        json!({
            "pregnant": self.pregnant,
            "due_30_days": self.due_30_days,
            "overdue": self.overdue,
            "calved_this_year": self.calved_this_year,
        })
    }
}

impl Income {
    fn to_json(&self) -> Value {
        let groups: Map<String, Value> = self
            .groups
            .iter()
            .map(|(g, by_currency)| {
                let currencies: Map<String, Value> = by_currency
                    .iter()
                    .map(|(c, m)| (c.code().to_string(), m.to_json()))
                    .collect();
                (g.to_string(), Value::Object(currencies))
            })
            .collect();
        let per_cow: Map<String, Value> = self
            .cattle_profit_per_cow
            .iter()
            .map(|(c, m)| (c.code().to_string(), json!(m.decimal_text())))
            .collect();
        json!({
            "year": self.year,
            "groups": groups,
            "cattle_profit_per_cow": per_cow,
        })
    }
}

impl GroupMoney {
    fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("income".into(), json!(self.income.decimal_text()));
        m.insert("expense".into(), json!(self.expense.decimal_text()));
        if let Some(p) = self.per_member {
            m.insert("per_member".into(), json!(p.decimal_text()));
            m.insert(
                "per_member_basis".into(),
                json!(self.per_member_basis.label()),
            );
        }
        Value::Object(m)
    }
}

/// The `review` key of `status --json`: each village's months that have
/// records dated in them, with their state.
pub fn review_json(rows: &[kumban_store::review::MonthRow]) -> Value {
    let mut villages: std::collections::BTreeMap<String, Map<String, Value>> =
        std::collections::BTreeMap::new();
    for row in rows.iter().filter(|r| r.records > 0) {
        villages
            .entry(row.review.village.clone())
            .or_default()
            .insert(
                row.review.period.to_string(),
                json!(row.review.state.label()),
            );
    }
    let mut out = Map::new();
    for (village, mut months) in villages {
        // Oldest month first, as a reader scans a year.
        months.sort_keys();
        out.insert(village, Value::Object(months));
    }
    Value::Object(out)
}

/// `fertility`: the two figures the brief names, and the same two for
/// each village; `null` where there are no data.
fn fertility_json(f: &fertility::Fertility) -> Value {
    let figures = |s: &kumban_model::fertility::Summary| {
        json!({
            "calving_interval_days_median": s.calving_interval_days_median,
            "calving_rate_12_months": s.calving_rate_12_months().map(three_places),
        })
    };
    let by_village: Map<String, Value> = f
        .by_village
        .iter()
        .map(|(v, s)| (v.clone(), figures(s)))
        .collect();
    let mut v = figures(&f.all);
    if let Value::Object(m) = &mut v {
        m.insert("by_village".into(), Value::Object(by_village));
    }
    v
}

/// A ratio to three decimal places, so the JSON does not carry binary
/// noise (0.333, not 0.3333333333333333).
fn three_places(r: f64) -> f64 {
    (r * 1000.0).round() / 1000.0
}
