//! The Reports tab: the office's reports (`kumban report`) for a year, a
//! quarter or a month, switched by keys. It owns which report and period
//! are chosen, the selected row and the tables already built; building
//! one is the application's (`report_view`), asked for through the queue.

use crate::action::{Action, ReportKey};
use crate::app::App;
use crate::component::{Component, Ctx, DrawCtx, HelpSection, Outcome, mode_keys};
use crate::draw;
use crate::keymap::{Binding, Mode};
use crate::queue::{AppEvent, Queue};
use crate::report_view::{Cache, Job, Prepared, Which};
use kumban_model::Currency;
use kumban_report::reports::{ReportKind, Span, Unit};
use ratatui::Frame;
use ratatui::layout::Rect;
use std::cell::Cell;

pub struct ReportsScreen {
    pub kind: ReportKind,
    /// Year, quarter or month.
    pub unit: Unit,
    /// Every amount converted into this currency (as `kumban report
    /// --currency`), or `None`: one set of columns per currency.
    pub currency: Option<Currency>,
    /// A month of the period shown, as (year, month): the period is the
    /// year, quarter or month that holds it. `None` until the tab is first
    /// entered (then today's month).
    pub anchor: Option<(i32, u32)>,
    /// A place in the table's rows.
    pub selected: usize,
    /// The first row drawn; the drawing moves it to keep the selection in
    /// view (it alone knows how many rows fit under the chart).
    pub offset: Cell<usize>,
    /// Tables built so far, by report and period.
    pub cache: Cache,
    /// The table being built behind the screen, if any.
    pub job: Option<Job>,
    /// Why the chosen table could not be built.
    pub error: Option<String>,
}

impl Default for ReportsScreen {
    fn default() -> ReportsScreen {
        ReportsScreen {
            kind: ReportKind::Household,
            unit: Unit::Year,
            currency: None,
            anchor: None,
            selected: 0,
            offset: Cell::new(0),
            cache: Cache::default(),
            job: None,
            error: None,
        }
    }
}

impl ReportsScreen {
    /// The period chosen now; `None` before the tab is first entered, or
    /// outside the years kumban keeps dates in.
    pub fn span(&self) -> Option<Span> {
        let (y, m) = self.anchor?;
        match self.unit {
            Unit::Year => Span::parse(&format!("{y:04}")).ok(),
            Unit::Quarter => Span::parse(&format!("{y:04}-Q{}", (m - 1) / 3 + 1)).ok(),
            _ => Span::parse(&format!("{y:04}-{m:02}")).ok(),
        }
    }

    /// The report and the currency chosen now.
    pub fn which(&self) -> Which {
        Which {
            kind: self.kind,
            currency: self.currency,
        }
    }

    /// The table of the chosen report and period, fresh or from before
    /// the data last changed; `None` while it is first being built.
    pub fn shown(&self) -> Option<&Prepared> {
        self.cache.get(self.which(), self.span()?)
    }

    fn rows(&self) -> usize {
        self.shown().map_or(0, |p| p.table.rows.len())
    }

    /// Moves the period by `steps` of its unit; false when that leaves
    /// the years kumban keeps dates in.
    fn shift(&mut self, steps: i32) -> bool {
        let Some((y, m)) = self.anchor else {
            return false;
        };
        let months = match self.unit {
            Unit::Year => 12,
            Unit::Quarter => 3,
            _ => 1,
        } * steps;
        let index = y * 12 + (m as i32 - 1) + months;
        let before = (self.anchor, self.selected);
        self.anchor = Some((index.div_euclid(12), index.rem_euclid(12) as u32 + 1));
        if self.span().is_none() {
            (self.anchor, self.selected) = before;
            return false;
        }
        true
    }

    fn choose(&mut self, key: ReportKey) -> bool {
        let all = ReportKind::ALL;
        let here = all.iter().position(|k| *k == self.kind).unwrap_or(0);
        match key {
            ReportKey::NextKind => self.kind = all[(here + 1) % all.len()],
            ReportKey::PrevKind => self.kind = all[(here + all.len() - 1) % all.len()],
            ReportKey::Earlier => return self.shift(-1) && self.reset(),
            ReportKey::Later => return self.shift(1) && self.reset(),
            ReportKey::Unit => {
                self.unit = match self.unit {
                    Unit::Year => Unit::Quarter,
                    Unit::Quarter => Unit::Month,
                    _ => Unit::Year,
                }
            }
            ReportKey::Currency => {
                // The donors' currency first: it is the one reports are
                // most often wanted in.
                const ROUND: [Option<Currency>; 5] = [
                    None,
                    Some(Currency::Usd),
                    Some(Currency::Lak),
                    Some(Currency::Cny),
                    Some(Currency::Thb),
                ];
                let here = ROUND.iter().position(|c| *c == self.currency).unwrap_or(0);
                self.currency = ROUND[(here + 1) % ROUND.len()];
            }
        }
        self.reset()
    }

    /// Another table: its first row selected.
    fn reset(&mut self) -> bool {
        self.selected = 0;
        self.offset.set(0);
        self.error = None;
        true
    }
}

impl Component for ReportsScreen {
    fn event(&mut self, action: &Action, ctx: &Ctx, queue: &mut Queue) -> Outcome {
        let last = self.rows().saturating_sub(1);
        let next = match action {
            Action::Report(key) => {
                if !self.choose(*key) {
                    return Outcome::Unchanged;
                }
                queue.push(AppEvent::ReportWanted);
                return Outcome::Changed;
            }
            Action::Open => {
                let link = self.shown().and_then(|p| p.table.link(self.selected));
                queue.push(match link {
                    Some(link) => AppEvent::OpenReportRow(link),
                    None => AppEvent::Say {
                        text: kumban_i18n::tr("report-tui-opens-nothing"),
                        error: false,
                    },
                });
                return Outcome::Unchanged;
            }
            Action::Down => self.selected.saturating_add(1),
            Action::Up => self.selected.saturating_sub(1),
            Action::PageDown => self.selected.saturating_add(ctx.page.max(1)),
            Action::PageUp => self.selected.saturating_sub(ctx.page.max(1)),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return Outcome::Ignored,
        };
        let next = next.min(last);
        let moved = next != self.selected;
        self.selected = next;
        Outcome::from_changed(moved)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::reports::draw(frame, self, area, &ctx.app.theme);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(app, Mode::Main)
    }

    fn help(&self, app: &App) -> Vec<HelpSection> {
        vec![HelpSection {
            heading: kumban_i18n::tr!("help-on-tab", screen = app.tab.name()),
            keys: self.keys(app),
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Ctx {
        Ctx {
            page: 10,
            filtering: false,
            scroll_max: 0,
            links: 0,
        }
    }

    #[test]
    fn the_period_moves_by_its_unit_and_the_kind_goes_round() {
        let mut s = ReportsScreen {
            anchor: Some((2026, 11)),
            ..ReportsScreen::default()
        };
        let mut queue = Queue::default();
        let key = |s: &mut ReportsScreen, k, q: &mut Queue| s.event(&Action::Report(k), &ctx(), q);
        key(&mut s, ReportKey::Earlier, &mut queue);
        assert_eq!(s.span().map(|p| p.label()), Some("2025".into()));
        assert!(matches!(queue.pop(), Some(AppEvent::ReportWanted)));
        key(&mut s, ReportKey::Unit, &mut queue);
        assert_eq!(s.span().map(|p| p.label()), Some("2025-Q4".into()));
        key(&mut s, ReportKey::Later, &mut queue);
        assert_eq!(s.span().map(|p| p.label()), Some("2026-Q1".into()));
        key(&mut s, ReportKey::Unit, &mut queue);
        key(&mut s, ReportKey::Earlier, &mut queue);
        // The month kept from 2025-11 three months on, one back.
        assert_eq!(s.span().map(|p| p.label()), Some("2026-01".into()));
        key(&mut s, ReportKey::Unit, &mut queue);
        assert_eq!(s.span().map(|p| p.label()), Some("2026".into()));
        key(&mut s, ReportKey::PrevKind, &mut queue);
        assert_eq!(s.kind, ReportKind::Calvings, "before the first is the last");
        key(&mut s, ReportKey::NextKind, &mut queue);
        assert_eq!(s.kind, ReportKind::Household);
        let mut far = ReportsScreen {
            anchor: Some((1990, 6)),
            ..ReportsScreen::default()
        };
        assert_eq!(
            key(&mut far, ReportKey::Earlier, &mut queue),
            Outcome::Unchanged,
            "no period before the years kumban keeps"
        );
        assert_eq!(far.anchor, Some((1990, 6)));
    }
}
