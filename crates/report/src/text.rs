//! The dashboard as plain text for a terminal or a cron mail: ASCII
//! layout, at most 80 columns, amounts with thousands separators.

use super::*;
use kumban_i18n::tr;
use kumban_model::text::escape_for_display;
use std::fmt::Write;

const WIDTH: usize = 80;
/// Width of the label column ("Households  ").
const LABEL: usize = 12;
/// Calvings listed in the text; the rest are counted.
const LISTED: usize = 5;

impl Dashboard {
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{}\n\n",
            tr!("status-title", today = self.today.to_string())
        );
        let h = &self.households;
        line(
            &mut out,
            &tr("fig-households"),
            &[tr!(
                "fig-households-value",
                total = h.total,
                demonstration = h.demonstration
            )],
        );
        let p = &h.poverty;
        line(
            &mut out,
            &format!("  {}", tr("fig-poverty")),
            &[
                tr!("fig-poor", n = p.poor),
                tr!("fig-near-poor", n = p.near_poor),
                tr!("fig-not-poor", n = p.not_poor),
                tr!("fig-exited", n = p.exited),
            ],
        );
        if !h.groups.is_empty() {
            let groups: Vec<String> = h
                .groups
                .iter()
                .map(|(g, n)| format!("{} {n}", escape_for_display(g.as_str())))
                .collect();
            line(&mut out, &format!("  {}", tr("fig-groups")), &groups);
        }
        // A database without members shows what it always did.
        let people = &self.people;
        if people.total > 0 {
            let mut items = vec![tr!("fig-people-recorded", n = people.total)];
            items.extend(
                people
                    .by_group
                    .iter()
                    .map(|(g, n)| format!("{} {n}", escape_for_display(g.as_str()))),
            );
            line(&mut out, &format!("  {}", tr("fig-people")), &items);
        }
        let pens = &self.pens;
        line(
            &mut out,
            &tr("fig-pens"),
            &[
                tr!("fig-planned", n = pens.planned),
                tr!("fig-building", n = pens.building),
                tr!("fig-built", n = pens.built),
                tr!("fig-inspected", n = pens.inspected),
                tr!("fig-over-capacity", n = pens.over_capacity),
            ],
        );
        let c = &self.cattle;
        line(
            &mut out,
            &tr("fig-cattle"),
            &[tr!(
                "fig-cattle-active",
                active = c.active,
                female = c.female,
                male = c.male
            )],
        );
        line(
            &mut out,
            "",
            &[
                tr!("fig-distributed", n = c.distributed),
                tr!("fig-born", n = c.born),
                tr!("fig-sold", n = c.sold),
                tr!("fig-died", n = c.died),
            ],
        );
        self.breeding_text(&mut out);
        self.health_text(&mut out);
        self.income_text(&mut out);
        self.returned_text(&mut out);
        out
    }

    /// Months an officer sent back, with what to fix (only when any).
    fn returned_text(&self, out: &mut String) {
        if self.returned.is_empty() {
            return;
        }
        let _ = writeln!(out, "\n{}", tr("status-returned"));
        for r in &self.returned {
            let by = r
                .last()
                .map(|e| {
                    tr!(
                        "status-by-on",
                        by = escape_for_display(&e.by).into_owned(),
                        date = kumban_model::review::stamp_date(e.at).to_string()
                    )
                })
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} {} ({by}): {}",
                escape_for_display(&r.village),
                r.period,
                escape_for_display(r.comment().unwrap_or(""))
            );
        }
    }

    fn breeding_text(&self, out: &mut String) {
        let b = &self.breeding;
        line(
            out,
            &tr("fig-breeding"),
            &[
                tr!("fig-pregnant", n = b.pregnant),
                tr!("fig-due-30", n = b.due_30_days),
                tr!("fig-overdue", n = b.overdue),
                tr!("fig-calved", n = b.calved_this_year),
            ],
        );
        line(
            out,
            &tr("fig-fertility"),
            &crate::fertility::figures(&self.fertility.all),
        );
        calvings(out, &tr("status-overdue"), &self.overdue_list, b.overdue);
        calvings(
            out,
            &tr("status-due-next"),
            &self.next_due,
            self.next_due_total,
        );
    }

    /// Only when something is recorded: a database without health events
    /// shows what it always did.
    fn health_text(&self, out: &mut String) {
        let h = &self.health;
        if h.is_empty() {
            return;
        }
        line(
            out,
            &tr("fig-health"),
            &[
                tr!("fig-health-vaccinated", n = h.vaccinated_12_months),
                tr!("fig-health-due", n = h.due_30_days),
                tr!("fig-health-treatments", n = h.treatments_30_days),
            ],
        );
        if h.due.is_empty() {
            return;
        }
        let _ = writeln!(out, "  {}:", tr("status-health-due"));
        for d in h.due.iter().take(LISTED) {
            let when = when(d.days);
            let pad = 12usize.saturating_sub(width(&when));
            let _ = writeln!(
                out,
                "    {}  {when}{}  {} ({})  {}",
                d.due,
                " ".repeat(pad),
                escape_for_display(&d.tag),
                escape_for_display(&d.household_code),
                escape_for_display(&d.product)
            );
        }
        let more = h.due_more(h.due.len().min(LISTED));
        if more > 0 {
            let _ = writeln!(out, "    {}", tr!("status-and-more", n = more));
        }
    }

    fn income_text(&self, out: &mut String) {
        let i = &self.income;
        let _ = writeln!(
            out,
            "\n{}",
            tr!(
                "status-income",
                year = i.year,
                today = self.today.to_string()
            )
        );
        let rows: Vec<[String; 6]> = i
            .groups
            .iter()
            .flat_map(|(g, by_currency)| {
                by_currency.iter().map(move |(cur, m)| {
                    [
                        escape_for_display(g.as_str()).into_owned(),
                        cur.code().to_string(),
                        m.income.amount_text(),
                        m.expense.amount_text(),
                        m.net().map_or_else(|| "-".into(), |n| n.amount_text()),
                        m.per_member.map_or_else(|| "-".into(), |p| p.amount_text()),
                    ]
                })
            })
            .collect();
        if rows.is_empty() {
            let _ = writeln!(out, "  {}", tr("status-income-nothing"));
        } else {
            table(out, &rows);
            by_households_note(out, i);
        }
        if !i.cattle_profit_per_cow.is_empty() {
            let per_cow: Vec<String> = i
                .cattle_profit_per_cow
                .values()
                .map(|m| m.to_string())
                .collect();
            let _ = writeln!(
                out,
                "  {}",
                tr!("status-profit-per-cow", amounts = per_cow.join(", "))
            );
        }
    }
}

/// `label` padded to the label column, then `items` joined with ", ",
/// wrapped under the first item when a line would pass 80 columns.
fn line(out: &mut String, label: &str, items: &[String]) {
    // Padded by columns: a Lao label has marks that take none.
    let mut current = format!("{label}{}", " ".repeat(LABEL.saturating_sub(width(label))));
    if !current.ends_with(' ') {
        current.push(' ');
    }
    let mut first = true;
    for item in items {
        let sep = if first { "" } else { ", " };
        if !first && width(&current) + sep.len() + width(item) > WIDTH {
            out.push_str(current.trim_end());
            out.push_str(",\n");
            current = " ".repeat(LABEL);
        } else {
            current.push_str(sep);
        }
        current.push_str(item);
        first = false;
    }
    out.push_str(current.trim_end());
    out.push('\n');
}

/// "today", "in 3 days" or "5 days ago".
fn when(days: i64) -> String {
    match days {
        0 => tr("when-today"),
        n if n > 0 => tr!("when-in-days", n = n),
        n => tr!("when-days-ago", n = n.unsigned_abs()),
    }
}

fn calvings(out: &mut String, title: &str, list: &[DueCalving], total: u64) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {title}:");
    for d in list.iter().take(LISTED) {
        let when = when(d.days);
        let pad = 12usize.saturating_sub(width(&when));
        let _ = writeln!(
            out,
            "    {}  {when}{}  {} ({})",
            d.expected,
            " ".repeat(pad),
            escape_for_display(&d.cow_tag),
            escape_for_display(&d.household_code)
        );
    }
    let shown = list.len().min(LISTED) as u64;
    if total > shown {
        let _ = writeln!(out, "    {}", tr!("status-and-more", n = total - shown));
    }
}

const HEADERS: [&str; 6] = [
    "fig-col-group",
    "fig-col-cur",
    "fig-col-income",
    "fig-col-expense",
    "fig-col-net",
    "fig-col-per-member",
];

/// Columns sized to their widest cell; when even single-space gaps would
/// pass 80 columns (long group names, billions of kip) each row is written
/// as wrapped text instead.
fn table(out: &mut String, rows: &[[String; 6]]) {
    let header = HEADERS.map(tr);
    let mut widths = header.clone().map(|h| width(&h));
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let total = |gap: usize| 2 + widths.iter().sum::<usize>() + gap * (widths.len() - 1);
    // Two spaces between columns when they fit, else one.
    let gap = if total(2) <= WIDTH { 2 } else { 1 };
    if total(gap) > WIDTH {
        for r in rows {
            line(
                out,
                &format!("  {} {}:", r[0], r[1]),
                &[
                    format!("{} {}", header[2], r[2]),
                    format!("{} {}", header[3], r[3]),
                    format!("{} {}", header[4], r[4]),
                    format!("{} {}", header[5], r[5]),
                ],
            );
        }
        return;
    }
    let sep = " ".repeat(gap);
    for row in std::iter::once(&header).chain(rows) {
        let mut s = String::from(" ");
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            let pad = w.saturating_sub(width(cell));
            s.push_str(if i == 0 { " " } else { &sep });
            if i < 2 {
                s.push_str(cell);
                s.push_str(&" ".repeat(pad));
            } else {
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    }
}

/// Columns a string takes on a terminal: Lao marks take none, Chinese
/// characters two.
fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// Names the groups whose "per member" divides by households, because no
/// person of the group is recorded; nothing when every group counts people.
fn by_households_note(out: &mut String, i: &crate::Income) {
    let groups: Vec<String> = i
        .groups
        .iter()
        .filter(|(_, by_currency)| {
            by_currency.values().any(|m| {
                m.per_member.is_some() && m.per_member_basis == crate::PerMemberBasis::Households
            })
        })
        .map(|(g, _)| escape_for_display(g.as_str()).into_owned())
        .collect();
    if !groups.is_empty() {
        line(
            out,
            &format!("  {}", tr("status-per-household-basis")),
            &groups,
        );
    }
}
