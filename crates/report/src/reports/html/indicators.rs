//! The project's indicators: the dashboard's figures (as `kumban status`
//! gives them, from the same `Dashboard`), as small tables of label and
//! figure that fit the first page.

use super::escape::escape;
use crate::Dashboard;
use std::fmt::Write;

pub fn render(d: &Dashboard, out: &mut String) {
    let _ = writeln!(
        out,
        "<h2>Project indicators <small>(on {})</small></h2>",
        d.today
    );
    let h = &d.households;
    let p = &h.poverty;
    let mut households = vec![
        ("households".to_string(), h.total.to_string()),
        (
            "demonstration households".into(),
            h.demonstration.to_string(),
        ),
        ("poor".into(), p.poor.to_string()),
        ("near-poor".into(), p.near_poor.to_string()),
        ("not poor".into(), p.not_poor.to_string()),
        ("exited poverty".into(), p.exited.to_string()),
    ];
    households.extend(h.groups.iter().map(|(g, n)| {
        (
            format!("members of the {} group", g.as_str()),
            n.to_string(),
        )
    }));
    pairs(out, "Households", &households);
    let pens = &d.pens;
    pairs(
        out,
        "Cattle pens",
        &[
            ("planned".into(), pens.planned.to_string()),
            ("building".into(), pens.building.to_string()),
            ("built".into(), pens.built.to_string()),
            ("inspected".into(), pens.inspected.to_string()),
            ("over capacity".into(), pens.over_capacity.to_string()),
        ],
    );
    let c = &d.cattle;
    let b = &d.breeding;
    pairs(
        out,
        "Cattle and breeding",
        &[
            ("cattle (active head)".into(), c.active.to_string()),
            ("female".into(), c.female.to_string()),
            ("male".into(), c.male.to_string()),
            (
                "distributed by the project".into(),
                c.distributed.to_string(),
            ),
            ("born".into(), c.born.to_string()),
            ("sold".into(), c.sold.to_string()),
            ("died".into(), c.died.to_string()),
            ("cows pregnant now".into(), b.pregnant.to_string()),
            ("calvings due in 30 days".into(), b.due_30_days.to_string()),
            ("calvings overdue".into(), b.overdue.to_string()),
            (
                format!("calved in {}", d.today.year()),
                b.calved_this_year.to_string(),
            ),
        ],
    );
    income(d, out);
}

/// This year's income by group and currency, as the dashboard has it.
fn income(d: &Dashboard, out: &mut String) {
    let i = &d.income;
    let _ = writeln!(out, "<h3>Income {}, 1 January to {}</h3>", i.year, d.today);
    if i.groups.is_empty() {
        out.push_str("<p class=\"empty\">Nothing recorded this year.</p>\n");
    } else {
        out.push_str(
            "<table><thead><tr><th>group</th><th>currency</th><th class=\"n\">income</th>\
             <th class=\"n\">expense</th><th class=\"n\">net</th><th class=\"n\">net per member</th>\
             </tr></thead><tbody>\n",
        );
        for (group, by_currency) in &i.groups {
            for (currency, m) in by_currency {
                let net = m.net().map_or_else(|| "-".into(), |n| n.amount_text());
                let per = m.per_member.map_or_else(|| "-".into(), |p| p.amount_text());
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                     <td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                    escape(group.as_str()),
                    currency.code(),
                    m.income.amount_text(),
                    m.expense.amount_text(),
                    net,
                    per
                );
            }
        }
        out.push_str("</tbody></table>\n");
    }
    if !i.cattle_profit_per_cow.is_empty() {
        let per_cow: Vec<String> = i
            .cattle_profit_per_cow
            .values()
            .map(|m| m.to_string())
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"note\">Cattle profit per cow: {}</p>",
            escape(&per_cow.join(", "))
        );
    }
}

/// A titled two-column table of labels and figures.
fn pairs(out: &mut String, title: &str, rows: &[(String, String)]) {
    let _ = writeln!(out, "<h3>{}</h3>", escape(title));
    out.push_str("<table class=\"pairs\"><tbody>\n");
    for (label, value) in rows {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>",
            escape(label),
            escape(value)
        );
    }
    out.push_str("</tbody></table>\n");
}
