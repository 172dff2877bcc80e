//! The dashboard tab: the figures of `report::Dashboard` (the same ones
//! `kumban status` prints) laid out for 80×24, with the next calvings due
//! and the overdue ones side by side at the bottom, the vaccinations due
//! under the overdue calvings.

use crate::action::Tab;
use crate::app::App;
use crate::dash_links::{self, DashLink};
use crate::text::{self, Align, clean, fit};
use crate::theme::Theme;
use kumban_i18n::tr;
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
                " {}",
                tr!(
                    "dash-not-computed",
                    key = crate::keymap::key_for(&crate::Action::Refresh)
                )
            )),
            area,
        );
        return;
    };
    let t = &app.theme;
    let sel = dash_links::selected(app);
    let mut top = figures(d, t, sel, true, area.width);
    // The fertility and health lines give way before the calving lists
    // do: they need a heading and at least two rows (a 60×20 terminal).
    if (area.height as usize) < top.len() + 3 {
        top = figures(d, t, sel, false, area.width);
    }
    // The blank line over the lists gives way too when they are short of
    // rows (80×24 with four income rows).
    if (area.height as usize) < top.len() + 6 && top.last().is_some_and(|l| l.width() == 0) {
        top.pop();
    }
    let [top_area, lists] =
        Layout::vertical([Constraint::Length(top.len() as u16), Constraint::Min(0)]).areas(area);
    frame.render_widget(Paragraph::new(top), top_area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(lists);
    let b = &d.breeding;
    frame.render_widget(
        Paragraph::new(calvings(
            t,
            &tr!("dash-due-next", n = b.due_30_days),
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
    // The overdue calvings (few, as a rule) over the vaccinations due:
    // the calvings keep their rows, the vaccinations get what is left when
    // that is a heading and a line at least (half of a long column).
    let overdue_rows = 1 + d.overdue_list.len().max(1) as u16;
    let vaccination_h = if right.height >= overdue_rows + 2 {
        right.height - overdue_rows
    } else if right.height >= 6 {
        right.height / 2
    } else {
        0
    };
    let [overdue, vaccination] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(vaccination_h)]).areas(right);
    frame.render_widget(
        Paragraph::new(calvings(
            t,
            &tr!("dash-overdue", n = b.overdue),
            &d.overdue_list,
            d.overdue_list.len(),
            overdue,
            t.warn(),
            match sel {
                Some(DashLink::Late(i)) => Some(i),
                _ => None,
            },
        )),
        overdue,
    );
    frame.render_widget(
        Paragraph::new(super::health_due::due_list(
            t,
            &d.health,
            vaccination,
            match sel {
                Some(DashLink::Vaccination(i)) => Some(i),
                _ => None,
            },
        )),
        vaccination,
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
fn figures(
    d: &Dashboard,
    t: &Theme,
    sel: Option<DashLink>,
    with_fertility: bool,
    width: u16,
) -> Vec<Line<'static>> {
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
            linked_label(t, &tr("fig-households"), is(DashLink::Households)),
            Span::raw(tr!(
                "fig-households-value",
                total = h.total,
                demonstration = h.demonstration
            )),
        ]),
        Line::from(vec![
            label(t, &format!("  {}", tr("fig-poverty"))),
            Span::raw(joined(&[
                tr!("fig-poor", n = p.poor),
                tr!("fig-near-poor", n = p.near_poor),
                tr!("fig-not-poor", n = p.not_poor),
                tr!("fig-exited", n = p.exited),
            ])),
        ]),
        Line::from(vec![
            label(t, &format!("  {}", tr("fig-groups"))),
            Span::raw(joined(&groups)),
        ]),
        Line::from(vec![
            linked_label(t, &tr("fig-pens"), is(DashLink::Pens)),
            Span::raw(joined(&[
                tr!("fig-inspected", n = pens.inspected),
                tr!("fig-built", n = pens.built),
                tr!("fig-building", n = pens.building),
                tr!("fig-planned", n = pens.planned),
            ])),
            Span::raw(" · "),
            Span::styled(
                tr!("fig-over-capacity", n = pens.over_capacity),
                if pens.over_capacity > 0 {
                    t.warn()
                } else {
                    Style::new()
                },
            ),
        ]),
        Line::from(vec![
            linked_label(t, &tr("fig-cattle"), is(DashLink::Cattle)),
            Span::raw(tr!(
                "fig-cattle-active",
                active = c.active,
                female = c.female,
                male = c.male
            )),
        ]),
        Line::from(vec![
            label(t, ""),
            Span::raw(joined(&[
                tr!("fig-distributed", n = c.distributed),
                tr!("fig-born", n = c.born),
                tr!("fig-sold", n = c.sold),
                tr!("fig-died", n = c.died),
            ])),
        ]),
        Line::from(vec![
            label(t, &tr("fig-breeding")),
            Span::styled(
                tr!("fig-pregnant", n = b.pregnant),
                if is(DashLink::Pregnant) {
                    t.selected()
                } else {
                    Style::new()
                },
            ),
            Span::raw(format!(" · {}", tr!("fig-due-30", n = b.due_30_days))),
            Span::raw(" · "),
            Span::styled(
                tr!("fig-overdue", n = b.overdue),
                if is(DashLink::Overdue) {
                    t.selected()
                } else if b.overdue > 0 {
                    t.warn()
                } else {
                    Style::new()
                },
            ),
            Span::raw(format!(" · {}", tr!("fig-calved", n = b.calved_this_year))),
        ]),
    ];
    if with_fertility {
        lines.push(Line::from(vec![
            label(t, &tr("fig-fertility")),
            Span::raw(joined(&kumban_report::fertility::figures(&d.fertility.all))),
        ]));
        lines.extend(super::health_due::figures(
            &d.health,
            label(t, &tr("fig-health")),
            width,
        ));
    }
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
    let review = format!("{} {}", crate::nav::digits(Tab::Review), Tab::Review.name());
    let mut lines = Vec::new();
    for r in d.returned.iter().take(SHOWN) {
        lines.push(Line::from(vec![
            label(t, &tr("fig-returned")),
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
                tr!(
                    "dash-returned-more",
                    n = d.returned.len() - SHOWN,
                    review = review.clone()
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
                fit(&tr!("dash-income-year", year = i.year), LABEL, Align::Left),
                t.title(),
            ),
            Span::raw(tr!(
                "dash-income-nothing",
                today = crate::list::date(&d.today.to_string()).into_owned()
            )),
        ])];
    }
    // The heading is the first cell of the column titles' row.
    let titles = row([
        String::new(),
        tr("fig-col-cur"),
        tr("fig-col-income"),
        tr("fig-col-expense"),
        tr("fig-col-net"),
        tr("fig-col-per-member"),
    ]);
    let mut lines = vec![Line::from(vec![
        Span::styled(
            fit(&tr!("dash-income-year", year = i.year), 13, Align::Left),
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
            " {}",
            tr!(
                "dash-profit-per-cow",
                amounts = per_cow.join(", "),
                today = crate::list::date(&d.today.to_string()).into_owned()
            )
        )));
    } else {
        lines.push(Line::raw(format!(
            " {}",
            tr!(
                "dash-from-january",
                today = crate::list::date(&d.today.to_string()).into_owned()
            )
        )));
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
        lines.push(Line::raw(format!("  {}", tr("dash-none"))));
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
            0 => tr("when-today"),
            1 => tr("when-tomorrow"),
            n if n > 0 => tr!("when-in-days", n = n),
            n => tr!("when-days-late", n = -n),
        };
        let expected = c.expected.to_string();
        let text = format!(
            " {} {} {} {}",
            crate::list::date(&expected),
            fit(&when, 12, Align::Left),
            clean(&c.cow_tag),
            clean(&c.household_code)
        );
        // Narrow: the ear tag and household matter most; the year and the
        // words give way.
        let text = if text::width(&text) > room {
            // The day and month only: `11-30`, or `30/11` in Lao.
            let shown = crate::list::date(&expected);
            let short = match kumban_i18n::current() {
                kumban_i18n::Lang::Lo => shown.get(..5),
                _ => expected.get(5..),
            };
            let short_when = match c.days {
                0 => tr("when-today"),
                n if n > 0 => tr!("when-short-ahead", n = n),
                n => tr!("when-short-late", n = -n),
            };
            format!(
                "{} {} {} {short_when}",
                short.unwrap_or(&expected),
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
        let more = format!(" {}", tr("dash-more"));
        let more = if text::width(&more) > room {
            format!(" {}", tr("dash-more-short"))
        } else {
            more
        };
        lines.push(Line::raw(fit(&more, room, Align::Left)));
    }
    lines
}
