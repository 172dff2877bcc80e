//! Getting around: the screens sit in numbered groups (1 Home, 2
//! Households, 3 Herd, …). A group's digit goes to its first screen, and
//! pressed again to the group's next one; Tab and Shift-Tab walk every
//! screen in bar order. The bar shows every group by its number and
//! spells out the group you are in, so a dozen screens fit in 80 columns
//! in any language: when labels are long (Lao is wider than English) the
//! bar drops padding, then the sibling screens, then shortens the other
//! groups' labels down to their digits, and never wraps.
//!
//! The go-to palette (`palette.rs`) lists the same screens by name.

use super::action::{Action, Tab};
use super::keymap::{self, KeySpec, Mode};
use super::text;
use super::theme::Theme;
use crossterm::event::KeyEvent;
use ratatui::text::{Line, Span};
use std::collections::VecDeque;

/// A numbered group of screens in the bar.
#[derive(Debug)]
pub struct Group {
    pub label: &'static str,
    pub screens: &'static [Tab],
}

/// The groups in bar order; their screens, read in order, are `Tab::ALL`
/// (a test checks), so Tab walks a group before moving to the next one.
/// A group of at most three screens keeps each within two keys (a test
/// computes that from the keymap).
pub static GROUPS: &[Group] = &[
    Group {
        label: "Home",
        screens: &[Tab::Dashboard],
    },
    Group {
        label: "Households",
        // Pens are built and inspected per household; they sit here so
        // that the Herd group keeps three screens with Weights in it.
        screens: &[Tab::Households, Tab::Members, Tab::Pens],
    },
    Group {
        label: "Herd",
        screens: &[Tab::Cattle, Tab::Breeding, Tab::Weights],
    },
    Group {
        label: "Money",
        screens: &[Tab::Income, Tab::Reports, Tab::Rates],
    },
    Group {
        label: "Checks",
        screens: &[Tab::History, Tab::Review],
    },
    // Its own group: the Herd group already has three screens, the most
    // that keeps each within two keys. "Vet", not "Health": with six
    // groups the bar spells out the Herd and Households groups at 80
    // columns only with a label this short.
    Group {
        label: "Vet",
        screens: &[Tab::Health],
    },
    // Trainings and technician visits are the project's field work; a
    // group of their own, as no other group has room for three screens.
    Group {
        label: "Field",
        screens: &[Tab::Trainings, Tab::Attendance, Tab::Visits],
    },
];

/// Where a screen sits: its group's index and its place in the group.
pub fn place(tab: Tab) -> (usize, usize) {
    for (g, group) in GROUPS.iter().enumerate() {
        if let Some(p) = group.screens.iter().position(|t| *t == tab) {
            return (g, p);
        }
    }
    (0, 0)
}

/// "Herd › Cattle", or just "Households" where group and screen agree.
pub fn path(tab: Tab) -> String {
    let (g, _) = place(tab);
    let group = GROUPS
        .get(g)
        .map_or_else(String::new, |g| kumban_i18n::tr_text("group", g.label));
    let name = tab.name();
    if group == name {
        group
    } else {
        format!("{group} › {name}")
    }
}

/// The digits that reach `tab` from a screen of another group: its
/// group's digit, pressed once more for each screen before it ("5 5").
pub fn digits(tab: Tab) -> String {
    let (g, p) = place(tab);
    vec![(g + 1).to_string(); p + 1].join(" ")
}

/// The screen a navigation action leads to from `from`; `None` for
/// actions that do not move between screens (or a group that is not
/// there). `update` and the reachability test both use this.
pub fn target(from: Tab, action: &Action) -> Option<Tab> {
    match action {
        Action::GoTab(tab) => Some(*tab),
        Action::NextTab => Some(from.next()),
        Action::PrevTab => Some(from.prev()),
        Action::GoGroup(g) => {
            let group = GROUPS.get(*g)?;
            let (here, pos) = place(from);
            let next = if here == *g {
                (pos + 1) % group.screens.len().max(1)
            } else {
                0
            };
            group.screens.get(next).copied()
        }
        _ => None,
    }
}

/// The fewest keys from `from` to `to`, as the keymap binds them on the
/// main screen (a breadth-first search over every bound key), written as
/// help writes keys; of equally short ways, digits alone are preferred
/// (`5 5` rather than `1 Shift-Tab`). Empty when `from` is `to`; `None`
/// when no sequence of up to `max` keys gets there.
pub fn shortest(from: Tab, to: Tab, max: usize) -> Option<Vec<String>> {
    let any = search(from, to, max, |_| true)?;
    let digits = search(from, to, any.len(), |a| matches!(a, Action::GoGroup(_)));
    Some(digits.unwrap_or(any))
}

fn search(from: Tab, to: Tab, max: usize, allow: impl Fn(&Action) -> bool) -> Option<Vec<String>> {
    let mut queue = VecDeque::from([(from, Vec::new())]);
    let mut seen = vec![from];
    while let Some((tab, keys)) = queue.pop_front() {
        if tab == to {
            return Some(keys);
        }
        if keys.len() >= max {
            continue;
        }
        for binding in keymap::KEYMAP.iter().filter(|b| b.applies(Mode::Main, tab)) {
            for spec in binding.keys {
                let KeySpec::Key(code, mods) = *spec else {
                    continue;
                };
                let ev = KeyEvent::new(code, mods);
                let Some(action) = keymap::action_for(&ev, Mode::Main, tab) else {
                    continue;
                };
                if !allow(&action) {
                    continue;
                }
                let Some(next) = target(tab, &action) else {
                    continue;
                };
                if seen.contains(&next) {
                    continue;
                }
                seen.push(next);
                let mut path = keys.clone();
                path.push(keymap::key_name(spec));
                queue.push_back((next, path));
            }
        }
    }
    None
}

/// The labels the bar is built from: a group's and its screens'.
#[derive(Debug, Clone)]
pub struct GroupLabels {
    pub label: String,
    pub screens: Vec<String>,
}

/// Today's labels, from `GROUPS` and the screen titles.
pub fn labels() -> Vec<GroupLabels> {
    GROUPS
        .iter()
        .map(|g| GroupLabels {
            label: kumban_i18n::tr_text("group", g.label),
            screens: g.screens.iter().map(|t| t.name()).collect(),
        })
        .collect()
}

/// How a piece of the bar is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Plain,
    /// The group you are in: bold.
    Group,
    /// The screen you are on: reversed and bold.
    Here,
}

/// One way to lay the bar out, from roomiest to tightest.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Spaces between groups.
    gap: usize,
    /// The current group's other screens are listed.
    siblings: bool,
    /// Other groups' labels cut to this many cells (0: digit only).
    others: usize,
    /// The current group's label is shown.
    group_label: bool,
}

/// The bar as (text, look) pieces, at most `room` cells wide, `here` being
/// (group, place in group). Tried from roomiest to tightest; when even
/// the tightest is too wide, the current screen's label is cut with `…`.
pub fn bar(labels: &[GroupLabels], here: (usize, usize), room: usize) -> Vec<(String, Look)> {
    let longest = labels
        .iter()
        .map(|g| text::width(&g.label))
        .max()
        .unwrap_or(0);
    let roomy = [(2, true), (1, true), (1, false)].map(|(gap, siblings)| Shape {
        gap,
        siblings,
        others: longest,
        group_label: true,
    });
    let shorter = (0..longest).rev().map(|others| Shape {
        gap: 1,
        siblings: false,
        others,
        group_label: true,
    });
    let tightest = Shape {
        gap: 1,
        siblings: false,
        others: 0,
        group_label: false,
    };
    for shape in roomy.into_iter().chain(shorter).chain([tightest]) {
        let pieces = lay_out(labels, here, shape);
        if pieces.iter().map(|(t, _)| text::width(t)).sum::<usize>() <= room {
            return pieces;
        }
    }
    let mut pieces = lay_out(labels, here, tightest);
    let others: usize = pieces
        .iter()
        .filter(|(_, look)| *look != Look::Here)
        .map(|(t, _)| text::width(t))
        .sum();
    let keep = room.saturating_sub(others);
    if keep == 0 {
        // Narrower than the digits alone: where you are matters most.
        let here: String = pieces
            .iter()
            .filter(|(_, look)| *look != Look::Plain)
            .map(|(t, _)| t.as_str())
            .collect();
        let cut = text::fit(&here, room, text::Align::Left);
        return vec![(cut.trim_end().to_string(), Look::Here)];
    }
    for (t, look) in &mut pieces {
        if *look == Look::Here {
            *t = text::fit(t, keep, text::Align::Left).trim_end().to_string();
        }
    }
    pieces
}

fn lay_out(labels: &[GroupLabels], here: (usize, usize), shape: Shape) -> Vec<(String, Look)> {
    let mut out = vec![(" ".to_string(), Look::Plain)];
    for (g, group) in labels.iter().enumerate() {
        if g > 0 {
            out.push((" ".repeat(shape.gap), Look::Plain));
        }
        let digit = g + 1;
        if g != here.0 {
            let cut = text::truncate(&group.label, shape.others).0;
            let label = if cut.is_empty() {
                digit.to_string()
            } else {
                format!("{digit} {cut}")
            };
            out.push((label, Look::Plain));
            continue;
        }
        let title = group.screens.get(here.1).map_or("", String::as_str);
        if group.screens.len() == 1 && *title == group.label {
            out.push((format!("{digit} {title}"), Look::Here));
            continue;
        }
        let head = if shape.group_label {
            format!("{digit} {} › ", group.label)
        } else {
            format!("{digit} ")
        };
        out.push((head, Look::Group));
        if !shape.siblings {
            out.push((title.to_string(), Look::Here));
            continue;
        }
        for (i, screen) in group.screens.iter().enumerate() {
            if i > 0 {
                out.push((" · ".to_string(), Look::Plain));
            }
            let look = if i == here.1 { Look::Here } else { Look::Plain };
            out.push((screen.clone(), look));
        }
    }
    out
}

/// The bar for `tab` as a styled line `room` cells wide at most.
pub fn bar_line(labels: &[GroupLabels], tab: Tab, room: usize, theme: &Theme) -> Line<'static> {
    let spans: Vec<Span> = bar(labels, place(tab), room)
        .into_iter()
        .map(|(t, look)| match look {
            Look::Plain => Span::raw(t),
            Look::Group => Span::styled(t, theme.key()),
            Look::Here => Span::styled(t, theme.active_tab()),
        })
        .collect();
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_groups_hold_every_screen_once_in_tab_order() {
        let flat: Vec<Tab> = GROUPS.iter().flat_map(|g| g.screens.to_vec()).collect();
        assert_eq!(flat, Tab::ALL.to_vec());
        for tab in Tab::ALL {
            let (g, p) = place(tab);
            assert_eq!(GROUPS[g].screens[p], tab);
        }
    }

    /// Every group's digit is bound in the keymap, and no digit leads to
    /// a group that is not there.
    #[test]
    fn each_group_has_its_digit() {
        for (g, _) in GROUPS.iter().enumerate() {
            let digit = char::from_digit(g as u32 + 1, 10).unwrap_or('?');
            let ev = KeyEvent::from(crossterm::event::KeyCode::Char(digit));
            assert_eq!(
                keymap::action_for(&ev, Mode::Main, Tab::Pens),
                Some(Action::GoGroup(g)),
                "digit {digit}"
            );
        }
        for binding in keymap::KEYMAP {
            if let Action::GoGroup(g) = binding.action {
                assert!(g < GROUPS.len(), "a digit for group {g}");
            }
        }
    }

    /// Computed from the keymap: from every screen, every other screen is
    /// at most two keys away.
    #[test]
    fn every_screen_is_within_two_keys_of_every_other() {
        for from in Tab::ALL {
            for to in Tab::ALL {
                let keys = shortest(from, to, 2);
                assert!(
                    keys.is_some(),
                    "{from:?} to {to:?} needs more than two keys"
                );
            }
        }
        // The group's digit, then the digit again.
        assert_eq!(
            shortest(Tab::Dashboard, Tab::Breeding, 2),
            Some(vec!["3".to_string(), "3".to_string()])
        );
    }

    #[test]
    fn a_digit_pressed_again_cycles_through_its_group() {
        let go = |from, g| target(from, &Action::GoGroup(g));
        assert_eq!(go(Tab::Dashboard, 2), Some(Tab::Cattle));
        assert_eq!(go(Tab::Cattle, 2), Some(Tab::Breeding));
        assert_eq!(go(Tab::Breeding, 2), Some(Tab::Weights));
        assert_eq!(go(Tab::Weights, 2), Some(Tab::Cattle));
        assert_eq!(go(Tab::Households, 1), Some(Tab::Members));
        assert_eq!(go(Tab::Members, 1), Some(Tab::Pens));
        assert_eq!(go(Tab::Pens, 1), Some(Tab::Households));
        assert_eq!(go(Tab::Households, 99), None);
        assert_eq!(target(Tab::Review, &Action::NextTab), Some(Tab::Health));
        assert_eq!(target(Tab::Health, &Action::NextTab), Some(Tab::Trainings));
        assert_eq!(target(Tab::Visits, &Action::NextTab), Some(Tab::Dashboard));
        assert_eq!(go(Tab::Dashboard, 6), Some(Tab::Trainings));
        assert_eq!(go(Tab::Trainings, 6), Some(Tab::Attendance));
        assert_eq!(go(Tab::Visits, 6), Some(Tab::Trainings));
        assert_eq!(target(Tab::Review, &Action::Up), None);
        // What `digits` says is what the digits do, from any other group.
        for tab in Tab::ALL {
            let mut at = if place(tab).0 == 0 {
                Tab::Households
            } else {
                Tab::Dashboard
            };
            for d in digits(tab).split(' ') {
                let g = d.parse::<usize>().unwrap_or(0) - 1;
                at = target(at, &Action::GoGroup(g)).unwrap_or(at);
            }
            assert_eq!(at, tab, "{}", digits(tab));
        }
    }

    fn width(pieces: &[(String, Look)]) -> usize {
        pieces.iter().map(|(t, _)| text::width(t)).sum()
    }

    fn joined(pieces: &[(String, Look)]) -> String {
        pieces.iter().map(|(t, _)| t.as_str()).collect()
    }

    #[test]
    fn at_80_columns_the_bar_spells_out_the_current_group() {
        // Seven groups leave no room for the Herd group's siblings at 80
        // columns: the current screen shows, the siblings come back wider.
        let pieces = bar(&labels(), place(Tab::Cattle), 80);
        assert_eq!(
            joined(&pieces),
            " 1 Home 2 Households 3 Herd › Cattle 4 Money 5 Checks 6 Vet 7 Field"
        );
        let wide = bar(&labels(), place(Tab::Cattle), 100);
        assert!(joined(&wide).contains("Herd › Cattle · Breeding · Weights"));
        let here: Vec<&str> = pieces
            .iter()
            .filter(|(_, l)| *l == Look::Here)
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(here, ["Cattle"]);
    }

    /// Labels 40% longer (and some in wide Chinese characters) shorten the
    /// bar; it never overflows, the current screen always shows, and so
    /// does every group's digit.
    #[test]
    fn long_labels_shorten_the_bar_and_never_overflow() {
        let longer = |s: &str| {
            let extra = (text::width(s) * 2).div_ceil(5);
            format!("{s}{}", "ຂ".repeat(extra))
        };
        let mut long: Vec<GroupLabels> = labels()
            .into_iter()
            .map(|g| GroupLabels {
                label: longer(&g.label),
                screens: g.screens.iter().map(|s| longer(s)).collect(),
            })
            .collect();
        long[3].screens[0] = "收入和支出记录".into();
        for room in [60, 80, 100, 20, 5] {
            for tab in Tab::ALL {
                let (g, p) = place(tab);
                let pieces = bar(&long, (g, p), room);
                let shown = joined(&pieces);
                assert!(width(&pieces) <= room, "{room}: {shown:?}");
                assert!(!shown.contains('\n'));
                let here = pieces.iter().find(|(_, l)| *l == Look::Here);
                assert!(
                    here.is_some_and(|(t, _)| !t.is_empty()),
                    "{room} {tab:?}: {shown:?}"
                );
                if room >= 60 {
                    for digit in 1..=long.len() {
                        assert!(shown.contains(&digit.to_string()), "{shown:?}");
                    }
                    let title = &long[g].screens[p];
                    assert!(shown.contains(title.as_str()), "{room}: {shown:?}");
                }
            }
        }
    }
}
