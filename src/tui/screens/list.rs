//! A tab of records (and History, and Review): moving, filtering and
//! sorting are the list's own; opening, jumping, the forms and the review
//! steps are posted for the application to carry out.

use crate::model::text::is_forbidden;
use crate::tui::action::Action;
use crate::tui::component::{Component, Ctx, DrawCtx, Outcome};
use crate::tui::draw;
use crate::tui::list::ListView;
use crate::tui::queue::{AppEvent, Queue};
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
            Action::Jump(rel) => return post(queue, AppEvent::Jump(*rel)),
            Action::New => return post(queue, AppEvent::New),
            Action::Edit => return post(queue, AppEvent::Edit),
            Action::Delete => return post(queue, AppEvent::Delete),
            Action::Workflow(step) => return post(queue, AppEvent::Workflow(*step)),
            Action::Review(a) => return post(queue, AppEvent::Review(*a)),
            _ => return Outcome::Ignored,
        };
        Outcome::from_changed(changed)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &DrawCtx) {
        draw::table::draw(frame, ctx.app, area);
    }
}

/// Handing an action on: whether the screen changes is the handler's to say.
fn post(queue: &mut Queue, event: AppEvent) -> Outcome {
    queue.push(event);
    Outcome::Unchanged
}
