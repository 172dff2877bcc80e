//! The project's indicators: the dashboard's figures (as `kumban status`
//! gives them, from the same `Dashboard`), as small tables of label and
//! figure that fit the first page.

use super::escape::escape;
use crate::Dashboard;
use kumban_i18n::{tr, tr_text};
use std::fmt::Write;

/// An indicator's label in the session's language; the English is the id.
fn said(english: &str) -> String {
    tr_text("report-ind", english)
}

pub fn render(d: &Dashboard, out: &mut String) {
    let _ = writeln!(
        out,
        "<h2>{} <small>({})</small></h2>",
        escape(&tr!("report-html-indicators")),
        escape(&tr!("report-html-on", date = d.today.to_string()))
    );
    let h = &d.households;
    let p = &h.poverty;
    let mut households = vec![
        (said("households"), h.total.to_string()),
        (
            said("demonstration households"),
            h.demonstration.to_string(),
        ),
        (said("poor"), p.poor.to_string()),
        (said("near-poor"), p.near_poor.to_string()),
        (said("not poor"), p.not_poor.to_string()),
        (said("exited poverty"), p.exited.to_string()),
    ];
    households.extend(h.groups.iter().map(|(g, n)| {
        (
            tr!("report-ind-members-of", group = g.as_str()),
            n.to_string(),
        )
    }));
    pairs(out, &tr!("report-ind-title-households"), &households);
    let pens = &d.pens;
    pairs(
        out,
        &said("Cattle pens"),
        &[
            (said("planned"), pens.planned.to_string()),
            (said("building"), pens.building.to_string()),
            (said("built"), pens.built.to_string()),
            (said("inspected"), pens.inspected.to_string()),
            (said("over capacity"), pens.over_capacity.to_string()),
        ],
    );
    let c = &d.cattle;
    let b = &d.breeding;
    pairs(
        out,
        &said("Cattle and breeding"),
        &[
            (said("cattle (active head)"), c.active.to_string()),
            (said("female"), c.female.to_string()),
            (said("male"), c.male.to_string()),
            (
                said("distributed by the project"),
                c.distributed.to_string(),
            ),
            (said("born"), c.born.to_string()),
            (said("sold"), c.sold.to_string()),
            (said("died"), c.died.to_string()),
            (said("cows pregnant now"), b.pregnant.to_string()),
            (said("calvings due in 30 days"), b.due_30_days.to_string()),
            (said("calvings overdue"), b.overdue.to_string()),
            (
                tr!("report-ind-calved-in", year = d.today.year().to_string()),
                b.calved_this_year.to_string(),
            ),
        ],
    );
    income(d, out);
}

/// This year's income by group and currency, as the dashboard has it.
fn income(d: &Dashboard, out: &mut String) {
    let i = &d.income;
    let _ = writeln!(
        out,
        "<h3>{}</h3>",
        escape(&tr!(
            "status-income",
            year = i.year.to_string(),
            today = d.today.to_string()
        ))
    );
    if i.groups.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">{}</p>",
            escape(&said("Nothing recorded this year."))
        );
    } else {
        let head = |id: &str| escape(&tr_text("report-col", id));
        let _ = writeln!(
            out,
            "<table><thead><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th>\
             <th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
             </tr></thead><tbody>",
            head("group"),
            head("currency"),
            head("income"),
            head("expense"),
            head("net"),
            head("net per member")
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
            "<p class=\"note\">{}</p>",
            escape(&tr!("status-profit-per-cow", amounts = per_cow.join(", ")))
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
