//! The lists. `ListView` is the component of a plain list (History): it
//! moves, filters and sorts itself and posts the opening of a record.
//! A tab of records (`RecordScreen`) adds the forms, the workflow steps
//! and the related-record jumps; the Review tab (`ReviewScreen`) adds the
//! review steps. Each owns its list; both post their own keys for the
//! application to carry out, and hand everything else to the list.

use crate::action::Action;
use crate::app::App;
use crate::component::{Component, Ctx, DrawCtx, HelpSection, Outcome, mode_keys, post};
use crate::draw;
use crate::keymap::{Binding, Mode};
use crate::list::ListView;
use crate::queue::{AppEvent, Queue};
use kumban_model::text::is_forbidden;
use ratatui::Frame;
use ratatui::layout::Rect;

impl Component for ListView {
    fn event(&mut self, action: &Action, ctx: &Ctx, queue: &mut Queue) -> Outcome {
        let page = ctx.page;
        let changed = match action {
            Action::Up => self.move_by(-1, page),
            Action::Down => self.move_by(1, page),
            Action::PageUp => self.move_by(-(page as isize), page),
            Action::PageDown => self.move_by(page as isize, page),
            Action::Top => self.move_to(0, page),
            Action::Bottom => self.move_to(usize::MAX, page),
            Action::FilterChar(c) => {
                if is_forbidden(*c) {
                    false
                } else {
                    self.filter.push(*c);
                    self.narrow(page);
                    true
                }
            }
            Action::FilterBackspace => {
                if self.filter.pop().is_some() {
                    self.refilter(page);
                    true
                } else {
                    false
                }
            }
            // A paste only ever types into the filter; it never presses Enter.
            Action::Paste(text) => {
                if ctx.filtering {
                    self.filter
                        .extend(text.chars().filter(|c| !is_forbidden(*c)));
                    self.refilter(page);
                    true
                } else {
                    false
                }
            }
            Action::CycleSort => {
                self.cycle_sort(page);
                true
            }
            Action::ReverseSort => {
                self.reverse_sort(page);
                true
            }
            Action::Open => match self.selected_id() {
                Some(id) => return post(queue, AppEvent::OpenRecord(id)),
                None => false,
            },
            _ => return Outcome::Ignored,
        };
        Outcome::from_changed(changed)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::table::draw(frame, ctx.app, area);
    }

    /// The table's rows for this tab; while the filter is typed, its keys.
    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        mode_keys(
            app,
            if app.filtering {
                Mode::Filter
            } else {
                Mode::Main
            },
        )
    }

    fn help(&self, app: &App) -> Vec<HelpSection> {
        vec![
            HelpSection {
                heading: kumban_i18n::tr!("help-on-tab", screen = app.tab.name()),
                keys: mode_keys(app, Mode::Main),
            },
            HelpSection {
                heading: kumban_i18n::tr("help-in-filter"),
                keys: mode_keys(app, Mode::Filter),
            },
        ]
    }
}

/// A tab of records (Households, Pens, Cattle, Breeding, Income).
pub struct RecordScreen {
    pub list: ListView,
}

impl Component for RecordScreen {
    fn event(&mut self, action: &Action, ctx: &Ctx, queue: &mut Queue) -> Outcome {
        match action {
            Action::Jump(rel) => post(queue, AppEvent::Jump(*rel)),
            Action::New => post(queue, AppEvent::New),
            Action::Edit => post(queue, AppEvent::Edit),
            Action::Delete => post(queue, AppEvent::Delete),
            Action::Workflow(step) => post(queue, AppEvent::Workflow(*step)),
            _ => self.list.event(action, ctx, queue),
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        self.list.draw(frame, area, ctx);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        self.list.keys(app)
    }

    fn help(&self, app: &App) -> Vec<HelpSection> {
        self.list.help(app)
    }
}

/// The Review tab: a list of village-months and the review steps on them.
pub struct ReviewScreen {
    pub list: ListView,
}

impl Component for ReviewScreen {
    fn event(&mut self, action: &Action, ctx: &Ctx, queue: &mut Queue) -> Outcome {
        match action {
            Action::Review(step) => post(queue, AppEvent::Review(*step)),
            _ => self.list.event(action, ctx, queue),
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        self.list.draw(frame, area, ctx);
    }

    fn keys(&self, app: &App) -> Vec<&'static Binding> {
        self.list.keys(app)
    }

    fn help(&self, app: &App) -> Vec<HelpSection> {
        self.list.help(app)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::{Related, Workflow};
    use crate::list::{Column, Row, col};
    use kumban_model::ReviewAction;

    static COLS: [Column; 1] = [col("Name", 10)];

    fn list(ids: &[u64]) -> ListView {
        let mut v = ListView::new(&COLS);
        v.set_rows(
            ids.iter()
                .map(|id| Row::new(*id, vec![format!("row {id}")]))
                .collect(),
            10,
        );
        v
    }

    const CTX: Ctx = Ctx {
        page: 10,
        filtering: false,
        scroll_max: 0,
        links: 0,
    };

    fn posted(queue: &mut Queue) -> Vec<String> {
        std::iter::from_fn(|| queue.pop())
            .map(|e| format!("{e:?}"))
            .collect()
    }

    #[test]
    fn a_list_moves_itself_and_posts_the_opening_of_the_selected_record() {
        let mut view = list(&[7, 9]);
        let mut queue = Queue::default();
        assert_eq!(
            view.event(&Action::Down, &CTX, &mut queue),
            Outcome::Changed
        );
        assert_eq!(
            view.event(&Action::Down, &CTX, &mut queue),
            Outcome::Unchanged,
            "past the last row nothing changes"
        );
        assert!(queue.is_empty());
        view.event(&Action::Open, &CTX, &mut queue);
        assert_eq!(posted(&mut queue), ["OpenRecord(9)"]);
        // An empty list has nothing to open.
        list(&[]).event(&Action::Open, &CTX, &mut queue);
        assert!(queue.is_empty());
        // A plain list (History) has no forms: the key is not its own.
        assert_eq!(view.event(&Action::New, &CTX, &mut queue), Outcome::Ignored);
    }

    #[test]
    fn record_and_review_screens_post_their_own_keys_and_hand_the_rest_to_their_list() {
        let mut queue = Queue::default();
        let mut records = RecordScreen {
            list: list(&[1, 2, 3]),
        };
        records.event(&Action::New, &CTX, &mut queue);
        records.event(&Action::Workflow(Workflow::Calving), &CTX, &mut queue);
        records.event(&Action::Jump(Related::OwnerHousehold), &CTX, &mut queue);
        assert_eq!(
            records.event(&Action::Review(ReviewAction::Approve), &CTX, &mut queue),
            Outcome::Ignored,
            "review steps are the Review tab's"
        );
        assert_eq!(
            records.event(&Action::Bottom, &CTX, &mut queue),
            Outcome::Changed
        );
        assert_eq!(
            posted(&mut queue),
            ["New", "Workflow(Calving)", "Jump(OwnerHousehold)"]
        );
        assert_eq!(records.list.selected_id(), Some(3));
        let mut review = ReviewScreen { list: records.list };
        review.event(&Action::Review(ReviewAction::Approve), &CTX, &mut queue);
        assert_eq!(
            review.event(&Action::Edit, &CTX, &mut queue),
            Outcome::Ignored
        );
        assert_eq!(posted(&mut queue), ["Review(Approve)"]);
    }

    #[test]
    fn a_paste_types_into_the_filter_only_while_it_is_being_typed() {
        let mut view = list(&[1]);
        let mut queue = Queue::default();
        let paste = Action::Paste("row\n1".into());
        assert_eq!(view.event(&paste, &CTX, &mut queue), Outcome::Unchanged);
        assert!(view.filter.is_empty());
        let typing = Ctx {
            filtering: true,
            ..CTX
        };
        view.event(&paste, &typing, &mut queue);
        assert_eq!(view.filter, "row1", "a pasted line break is dropped");
    }
}
