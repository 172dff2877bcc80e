//! What components ask the application to do. A component handles the
//! keys given to it on its own state and, for anything beyond that (the
//! store, another screen, a popup of its own), posts an `AppEvent`; the
//! application drains the queue after each action (`events::drain`).
//! Components never call each other or the entry code directly.

use super::action::{Related, Workflow};
use kumban_forms::{PickerRequest, Submission};
use kumban_model::ReviewAction;
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub enum AppEvent {
    /// Open the selected record (of the current list) in a detail popup.
    OpenRecord(u64),
    /// Go to a related view of the record the keys act on.
    Jump(Related),
    /// A new record of the current tab's kind, in a form.
    New,
    /// The record the keys act on, in a form.
    Edit,
    /// Ask y/N, then delete the record the keys act on.
    Delete,
    /// A breeding-workflow form on the record the keys act on.
    Workflow(Workflow),
    /// An officer's (or clerk's) review step on the selected month.
    Review(ReviewAction),
    /// The form on top is valid: write it.
    Save(Submission),
    /// The form on top closed with nothing typed in it.
    FormClosed,
    /// The form on top holds typing: ask before closing it.
    ConfirmDiscard,
    /// The form on top wants a list to choose a reference from.
    OpenPicker(PickerRequest),
    /// The picker on top chose an item for the form beneath it.
    Picked {
        field: &'static str,
        id: u64,
        label: String,
    },
    /// The picker of several on top handed back what was ticked.
    Ticked {
        field: &'static str,
        ticked: Vec<(u64, String)>,
    },
    /// The popup on top closed itself (a picker with nothing chosen, a
    /// comment not sent).
    PopupClosed,
    /// The comment popup was sent: return the month with it.
    ReturnMonth(super::review::Comment),
    /// The answer to the y/N question on top.
    Answer(bool),
    /// Leave the application (a yes to "quit and throw away").
    Quit,
    /// Open what the dashboard's figure or calving at this place in
    /// `dash_links::links` leads to.
    OpenLink(usize),
    /// The Reports tab chose another report or period: build its table
    /// unless it is kept.
    ReportWanted,
    /// Open what a report's row stands for.
    OpenReportRow(kumban_report::reports::RowLink),
    /// Go to a screen (chosen in the go-to list).
    GoTo(super::action::Tab),
    /// Something to say in the status bar (`error`: in the error colour).
    Say { text: String, error: bool },
}

/// Events in the order they were posted.
#[derive(Debug, Default)]
pub struct Queue(VecDeque<AppEvent>);

impl Queue {
    pub fn push(&mut self, event: AppEvent) {
        self.0.push_back(event);
    }

    pub fn pop(&mut self) -> Option<AppEvent> {
        self.0.pop_front()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
