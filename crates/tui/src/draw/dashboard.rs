//! The dashboard tab: the figures of `report::Dashboard` (the same ones
//! `kumban status` prints) laid out for 80×24, with the next calvings due
//! and the overdue ones side by side at the bottom.

use crate::action::Tab;
use crate::app::App;
use crate::dash_links::{self, DashLink};
use crate::text::{self, Align, clean, fit};
use crate::theme::Theme;
use kumban_report::{Dashboard, DueCalving};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

const LABEL: usize = 12;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(d) = &app.dashboard else {
        frame.render_widget(
            Paragraph::new(format!(
                " The figures could not be computed; see the message below. Press {} to retry.",
                crate::keymap::key_for(&crate::Action::Refresh)
            )),
            area,
        );
        return;
    };
    let t = &app.theme;
    let sel = dash_links::selected(app);
    let top = figures(d, t, sel);
    let [top_area, lists] =
        Layout::vertical([Constraint::Length(top.len() as u16), Constraint::Min(0)]).areas(area);
    frame.render_widget(Paragraph::new(top), top_area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(lists);
    let b = &d.breeding;
    frame.render_widget(
        Paragraph::new(calvings(
            t,
            &format!("Due next: {} in 30 days", b.due_30_days),
            &d.next_due,
            usize::try_from(d.next_due_total).unwrap_or(usize::MAX),
            left,
            Style::new(),
            match sel {
                Some(DashLink::Due(i)) => Some(i),
                _ => None,
            },
        )),
        left,
    );
    frame.render_widget(
        Paragraph::new(calvings(
            t,
            &format!("Overdue: {} (over 14 days late)", b.overdue),
            &d.overdue_list,
            d.overdue_list.len(),
            right,
            t.warn(),
            match sel {
                Some(DashLink::Late(i)) => Some(i),
                _ => None,
            },
        )),
        right,
    );
}

fn label(t: &Theme, text: &str) -> Span<'static> {
    Span::styled(fit(text, LABEL, Align::Left), t.title())
}

/// A heading that leads to a list, reversed while selected.
fn linked_label(t: &Theme, text: &str, selected: bool) -> Span<'static> {
    let style = if selected { t.selected() } else { t.title() };
    Span::styled(fit(text, LABEL, Align::Left), style)
}

fn joined(parts: &[String]) -> String {
    parts.join(" · ")
}

/// Everything but the calving lists, one line per figure group.
fn figures(d: &Dashboard, t: &Theme, sel: Option<DashLink>) -> Vec<Line<'static>> {
    let is = |link: DashLink| sel == Some(link);
    let h = &d.households;
    let p = &h.poverty;
    let groups: Vec<String> = h
        .groups
        .iter()
        .map(|(g, n)| format!("{} {n}", clean(g.as_str())))
        .collect();
    let pens = &d.pens;
    let c = &d.cattle;
    let b = &d.breeding;
    let mut lines = vec![
        Line::from(vec![
            linked_label(t, "Households", is(DashLink::Households)),
            Span::raw(format!("{} ({} demonstration)", h.total, h.demonstration)),
        ]),
        Line::from(vec![
            label(t, "  poverty"),
            Span::raw(joined(&[
                format!("poor {}", p.poor),
                format!("near-poor {}", p.near_poor),
                format!("not poor {}", p.not_poor),
                format!("exited {}", p.exited),
            ])),
        ]),
        Line::from(vec![label(t, "  groups"), Span::raw(joined(&groups))]),
        Line::from(vec![
            linked_label(t, "Pens", is(DashLink::Pens)),
            Span::raw(joined(&[
                format!("inspected {}", pens.inspected),
                format!("built {}", pens.built),
                format!("building {}", pens.building),
                format!("planned {}", pens.planned),
            ])),
            Span::raw(" · "),
            Span::styled(
                format!("over capacity {}", pens.over_capacity),
                if pens.over_capacity > 0 {
                    t.warn()
                } else {
                    Style::new()
                },
            ),
        ]),
        Line::from(vec![
            linked_label(t, "Cattle", is(DashLink::Cattle)),
            Span::raw(format!(
                "{} active ({} female, {} male)",
                c.active, c.female, c.male
            )),
        ]),
        Line::from(vec![
            label(t, ""),
            Span::raw(joined(&[
                format!("distributed {}", c.distributed),
                format!("born {}", c.born),
                format!("sold {}", c.sold),
                format!("died {}", c.died),
            ])),
        ]),
        Line::from(vec![
            label(t, "Breeding"),
            Span::styled(
                format!("{} pregnant", b.pregnant),
                if is(DashLink::Pregnant) {
                    t.selected()
                } else {
                    Style::new()
                },
            ),
            Span::raw(format!(" · {} due in 30 days", b.due_30_days)),
            Span::raw(" · "),
            Span::styled(
                format!("{} overdue", b.overdue),
                if is(DashLink::Overdue) {
                    t.selected()
                } else if b.overdue > 0 {
                    t.warn()
                } else {
                    Style::new()
                },
            ),
            Span::raw(format!(" · {} calved this year", b.calved_this_year)),
        ]),
    ];
    lines.extend(income(d, t));
    lines.push(Line::raw(""));
    let mut returned = returned(d, t);
    returned.extend(lines);
    returned
}

/// Months the officer returned, with what to fix: first, so the clerk
/// sees them (at most two; the Review tab lists them all).
fn returned(d: &Dashboard, t: &Theme) -> Vec<Line<'static>> {
    const SHOWN: usize = 2;
    // The Review screen by its digits, from the bar's groups ("5 5 Review").
    let review = format!("{} Review", crate::nav::digits(Tab::Review));
    let mut lines = Vec::new();
    for r in d.returned.iter().take(SHOWN) {
        lines.push(Line::from(vec![
            label(t, "Returned"),
            Span::styled(
                format!(
                    "{} {}: {} · {review}",
                    clean(&r.village),
                    r.period,
                    clean(r.comment().unwrap_or(""))
                ),
                t.warn(),
            ),
        ]));
    }
    if d.returned.len() > SHOWN {
        lines.push(Line::from(vec![
            label(t, ""),
            Span::styled(
                format!(
                    "and {} more months returned: see {review}",
                    d.returned.len() - SHOWN
                ),
                t.warn(),
            ),
        ]));
    }
    lines
}

/// This year's money by group and currency, and the cattle profit per cow.
fn income(d: &Dashboard, t: &Theme) -> Vec<Line<'static>> {
    let i = &d.income;
    const W: [usize; 6] = [11, 3, 14, 12, 14, 13];
    let row = |cells: [String; 6]| -> String {
        let mut s = String::from(" ");
        for (n, (c, w)) in cells.iter().zip(W).enumerate() {
            let align = if n < 2 { Align::Left } else { Align::Right };
            s.push_str(&fit(c, w, align));
            s.push(' ');
        }
        s.trim_end().to_string()
    };
    if i.groups.is_empty() {
        return vec![Line::from(vec![
            Span::styled(
                fit(&format!("Income {}", i.year), LABEL, Align::Left),
                t.title(),
            ),
            Span::raw(format!("nothing recorded from 1 January to {}", d.today)),
        ])];
    }
    // The heading is the first cell of the column titles' row.
    let titles = row([
        String::new(),
        "cur".into(),
        "income".into(),
        "expense".into(),
        "net".into(),
        "per member".into(),
    ]);
    let mut lines = vec![Line::from(vec![
        Span::styled(
            fit(&format!("Income {}", i.year), 13, Align::Left),
            t.title(),
        ),
        Span::styled(titles.chars().skip(13).collect::<String>(), t.header()),
    ])];
    for (g, by_currency) in &i.groups {
        for (cur, m) in by_currency {
            lines.push(Line::raw(row([
                clean(g.as_str()),
                cur.code().to_string(),
                m.income.amount_text(),
                m.expense.amount_text(),
                m.net().map_or_else(|| "-".into(), |n| n.amount_text()),
                m.per_member.map_or_else(|| "-".into(), |p| p.amount_text()),
            ])));
        }
    }
    if !i.cattle_profit_per_cow.is_empty() {
        let per_cow: Vec<String> = i
            .cattle_profit_per_cow
            .values()
            .map(|m| m.to_string())
            .collect();
        lines.push(Line::raw(format!(
            " cattle profit per cow {} · 1 January to {}",
            per_cow.join(", "),
            d.today
        )));
    } else {
        lines.push(Line::raw(format!(" from 1 January to {}", d.today)));
    }
    lines
}

/// A heading and as many calvings as fit in `area`, then how many
/// more there are.
fn calvings(
    t: &Theme,
    heading: &str,
    items: &[DueCalving],
    total: usize,
    area: Rect,
    style: Style,
    selected: Option<usize>,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(heading.to_string(), t.title())];
    if items.is_empty() {
        lines.push(Line::raw("  none"));
        return lines;
    }
    let room = usize::from(area.height).saturating_sub(1);
    // The "more" line needs a row of its own whenever some calving is left
    // out, whether the screen or the list's limit leaves it out.
    let shown = if total > items.len().min(room) {
        items.len().min(room.saturating_sub(1))
    } else {
        items.len()
    };
    let room = usize::from(area.width.saturating_sub(1));
    for (i, c) in items[..shown].iter().enumerate() {
        let when = match c.days {
            0 => "today".to_string(),
            1 => "tomorrow".to_string(),
            n if n > 0 => format!("in {n} days"),
            n => format!("{} days late", -n),
        };
        let text = format!(
            " {} {} {} {}",
            c.expected,
            fit(&when, 12, Align::Left),
            clean(&c.cow_tag),
            clean(&c.household_code)
        );
        // Narrow: the ear tag and household matter most; the year and the
        // words give way.
        let text = if text::width(&text) > room {
            let date = c.expected.to_string();
            let short_when = match c.days {
                0 => "today".to_string(),
                n if n > 0 => format!("+{n}d"),
                n => format!("{}d late", -n),
            };
            format!(
                "{} {} {} {short_when}",
                date.get(5..).unwrap_or(&date),
                clean(&c.cow_tag),
                clean(&c.household_code)
            )
        } else {
            text
        };
        let style = if selected == Some(i) {
            t.selected()
        } else {
            style
        };
        lines.push(Line::styled(fit(&text, room, Align::Left), style));
    }
    if total > shown {
        let more = " … more on the Breeding tab (5)";
        let more = if text::width(more) > room {
            " … more: Breeding tab (5)"
        } else {
            more
        };
        lines.push(Line::raw(fit(more, room, Align::Left)));
    }
    lines
}
