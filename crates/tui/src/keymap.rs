//! The one keymap. The key handler, the footer hints, the `?` help overlay
//! and the key table of the user guide all read `KEYMAP`, so help can never
//! disagree with what a key does.

use super::action::{Action, Related, ReportKey, Tab, Workflow};
use super::list::flag;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use kumban_model::ReviewAction;

mod lookup;
#[cfg(test)]
mod tests;

pub use lookup::{
    HelpLine, action_for, bindings, help_lines, help_lines_of, hints, hints_of, key_for, key_here,
    key_name, markdown_table, screens_of,
};

/// What has the keyboard: the tab itself, the filter being typed, or a popup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Main,
    Filter,
    Detail,
    Help,
    /// A form: keys go to its fields.
    Form,
    /// A picker over a form: keys filter and choose.
    Picker,
    /// A y/N question.
    Confirm,
    /// A message that needs reading (a refused delete or undo).
    Notice,
    /// The go-to list of every screen: keys filter and choose.
    Palette,
}

impl Mode {
    pub const ALL: [Mode; 9] = [
        Mode::Main,
        Mode::Filter,
        Mode::Detail,
        Mode::Help,
        Mode::Form,
        Mode::Picker,
        Mode::Confirm,
        Mode::Notice,
        Mode::Palette,
    ];

    fn bit(self) -> u16 {
        match self {
            Mode::Main => MAIN,
            Mode::Filter => FILTER,
            Mode::Detail => DETAIL,
            Mode::Help => HELP,
            Mode::Form => FORM,
            Mode::Picker => PICKER,
            Mode::Confirm => CONFIRM,
            Mode::Notice => NOTICE,
            Mode::Palette => PALETTE,
        }
    }

    /// Modes where every key not bound otherwise goes to the form or picker.
    fn takes_keys(self) -> bool {
        matches!(self, Mode::Form | Mode::Picker | Mode::Palette)
    }
}

/// Flags of the session, beside the selected record's (`list::flag`), that
/// decide which keys the footer offers: a key that could only say "no" is
/// not offered (it still says why when pressed).
pub mod context {
    /// A record is selected, or open in a detail (`e` and `d` have one),
    /// or a figure or calving on the dashboard (`Enter` opens it).
    pub const RECORD: u8 = 8;
    /// The session may write (it is not read-only).
    pub const WRITES: u8 = 16;
}

pub const MAIN: u16 = 1;
pub const FILTER: u16 = 2;
pub const DETAIL: u16 = 4;
pub const HELP: u16 = 8;
pub const FORM: u16 = 16;
pub const PICKER: u16 = 32;
pub const CONFIRM: u16 = 64;
pub const NOTICE: u16 = 128;
pub const PALETTE: u16 = 256;
pub(super) const ALL_MODES: u16 = u16::MAX;
const POPUPS: u16 = DETAIL | HELP;

const fn tab(t: Tab) -> u16 {
    1 << (t as u16)
}
const DASH: u16 = tab(Tab::Dashboard);
const HH: u16 = tab(Tab::Households);
const MEMBERS: u16 = tab(Tab::Members);
const PENS: u16 = tab(Tab::Pens);
const CATTLE: u16 = tab(Tab::Cattle);
const BREED: u16 = tab(Tab::Breeding);
const INCOME: u16 = tab(Tab::Income);
const RATES: u16 = tab(Tab::Rates);
const HIST: u16 = tab(Tab::History);
const REVIEW: u16 = tab(Tab::Review);
const REPORTS: u16 = tab(Tab::Reports);
const HEALTH: u16 = tab(Tab::Health);
const WEIGHTS: u16 = tab(Tab::Weights);
const TRAININGS: u16 = tab(Tab::Trainings);
const ATTEND: u16 = tab(Tab::Attendance);
const VISITS: u16 = tab(Tab::Visits);
const FIELD: u16 = TRAININGS | ATTEND | VISITS;
pub(super) const LISTS: u16 = HH
    | MEMBERS
    | PENS
    | CATTLE
    | BREED
    | INCOME
    | RATES
    | HIST
    | REVIEW
    | HEALTH
    | WEIGHTS
    | FIELD;
/// The tabs whose records are made in forms (History is written by them).
const RECORDS: u16 =
    HH | MEMBERS | PENS | CATTLE | BREED | INCOME | RATES | HEALTH | WEIGHTS | FIELD;
pub(super) const ALL_TABS: u16 = DASH | LISTS | REPORTS;

pub use kumban_forms::keys::KeySpec;
use kumban_forms::keys::{self as form_keys, FormKeys, SHIFT_TAB};

const fn key(c: char) -> KeySpec {
    KeySpec::Key(KeyCode::Char(c), KeyModifiers::NONE)
}
const fn code(c: KeyCode) -> KeySpec {
    KeySpec::Key(c, KeyModifiers::NONE)
}
const fn ctrl(c: char) -> KeySpec {
    KeySpec::Key(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// The action of a key that a form or picker handles itself: the key,
/// handed over. Bindings with it are there for help and the user guide.
const fn pass(code: KeyCode) -> Action {
    Action::Key(KeyEvent {
        code,
        modifiers: KeyModifiers::NONE,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

#[derive(Debug)]
pub struct Binding {
    pub keys: &'static [KeySpec],
    pub action: Action,
    /// One line for the help overlay and the user guide. Consecutive
    /// bindings with the same text are shown as one line.
    pub help: &'static str,
    /// A word or two for the footer; `None` keeps the binding out of it.
    pub hint: Option<&'static str>,
    pub modes: u16,
    /// One bit per tab, `1 << (tab as u8)`.
    pub tabs: u16,
    /// Row flags (`list::flag`) the selected record must have for the
    /// footer to offer this key; 0 for keys that always apply.
    pub needs: u8,
}

const fn bind(
    keys: &'static [KeySpec],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
    modes: u16,
    tabs: u16,
) -> Binding {
    Binding {
        keys,
        action,
        help,
        hint,
        modes,
        tabs,
        needs: 0,
    }
}

/// A row of `forms::keys` in this table: the form or picker handles the
/// key itself (`pass`); the row is here for help and the user guide.
const fn form(row: FormKeys, passed: KeyCode, modes: u16) -> Binding {
    bind(row.keys, pass(passed), row.help, None, modes, ALL_TABS)
}

impl Binding {
    const fn needs(mut self, flags: u8) -> Binding {
        self.needs = flags;
        self
    }
}

const GO_GROUP: &str = "go to a group of screens; again: its next screen";
const BACK: &str = "back: close the popup, clear the filter, or leave a related view";
const HELP_TEXT: &str = "help for this screen (again to close)";
const MOVE: u16 = MAIN | POPUPS;
const SERVICE: Action = Action::Workflow(Workflow::Service);

/// Earlier bindings win when two match. The footer shows hints in this
/// order as far as they fit, so the keys a clerk needs most come first.
#[rustfmt::skip]
pub static KEYMAP: &[Binding] = &[
    bind(&[ctrl('c')], Action::Quit, "quit (asks first when a form holds changes)", None, ALL_MODES, ALL_TABS),
    bind(&[key('q')], Action::Quit, "quit", Some("quit"), MAIN | POPUPS, ALL_TABS),
    bind(&[key('?'), code(KeyCode::F(1))], Action::Help, HELP_TEXT, Some("help"), MAIN | POPUPS, ALL_TABS),
    bind(&[code(KeyCode::F(1))], Action::Help, HELP_TEXT, None, FORM | PICKER, ALL_TABS),
    bind(&[code(KeyCode::Esc)], Action::Back, BACK, Some("back"), MAIN | FILTER | POPUPS | NOTICE, ALL_TABS),
    bind(&[ctrl('l')], Action::Redraw, "redraw the whole screen", None, ALL_MODES, ALL_TABS),
    // One row per group of `nav::GROUPS` (a test there checks they agree).
    bind(&[key('1')], Action::GoGroup(0), GO_GROUP, None, MAIN, ALL_TABS),
    bind(&[key('2')], Action::GoGroup(1), GO_GROUP, None, MAIN, ALL_TABS),
    bind(&[key('3')], Action::GoGroup(2), GO_GROUP, None, MAIN, ALL_TABS),
    bind(&[key('4')], Action::GoGroup(3), GO_GROUP, None, MAIN, ALL_TABS),
    bind(&[key('5')], Action::GoGroup(4), GO_GROUP, None, MAIN, ALL_TABS),
    bind(&[key('6')], Action::GoGroup(5), GO_GROUP, None, MAIN, ALL_TABS),
    bind(&[key('7')], Action::GoGroup(6), GO_GROUP, None, MAIN, ALL_TABS),
    bind(&[code(KeyCode::Tab)], Action::NextTab, "next screen, in the order of the bar", None, MAIN, ALL_TABS),
    bind(&[SHIFT_TAB], Action::PrevTab, "previous screen", None, MAIN, ALL_TABS),
    bind(&[code(KeyCode::Down)], Action::Down, "down one row", None, MOVE | FILTER, LISTS),
    bind(&[key('j')], Action::Down, "down one row", None, MOVE, LISTS),
    bind(&[code(KeyCode::Up)], Action::Up, "up one row", None, MOVE | FILTER, LISTS),
    bind(&[key('k')], Action::Up, "up one row", None, MOVE, LISTS),
    bind(&[code(KeyCode::PageDown)], Action::PageDown, "down one page", None, MOVE | FILTER, LISTS),
    bind(&[code(KeyCode::PageUp)], Action::PageUp, "up one page", None, MOVE | FILTER, LISTS),
    bind(&[key('g'), code(KeyCode::Home)], Action::Top, "first row", None, MOVE, LISTS),
    bind(&[key('G'), code(KeyCode::End)], Action::Bottom, "last row", None, MOVE, LISTS),
    // The dashboard has no list, but its help popup scrolls on a short terminal.
    bind(&[code(KeyCode::Down), key('j')], Action::Down, "select the next figure or calving", None, MAIN, DASH),
    bind(&[code(KeyCode::Up), key('k')], Action::Up, "select the previous figure or calving", None, MAIN, DASH),
    bind(&[code(KeyCode::Enter)], Action::Open, "open the list or the record behind the selected figure or calving", Some("open"), MAIN, DASH).needs(context::RECORD),
    bind(&[code(KeyCode::Down), key('j')], Action::Down, "scroll down", None, HELP, DASH | REPORTS),
    bind(&[code(KeyCode::Up), key('k')], Action::Up, "scroll up", None, HELP, DASH | REPORTS),
    // The Reports screen: its rows, which report, which period.
    bind(&[key('t')], Action::Report(ReportKey::NextKind), "next report: household, village, group, month, baseline, herd, calvings", Some("report"), MAIN, REPORTS),
    bind(&[key('T')], Action::Report(ReportKey::PrevKind), "previous report", None, MAIN, REPORTS),
    bind(&[code(KeyCode::Left), key('[')], Action::Report(ReportKey::Earlier), "the period before: a year, a quarter or a month back", Some("earlier"), MAIN, REPORTS),
    bind(&[code(KeyCode::Right), key(']')], Action::Report(ReportKey::Later), "the period after", Some("later"), MAIN, REPORTS),
    bind(&[key('p')], Action::Report(ReportKey::Unit), "period of a year, then a quarter, then a month", Some("period"), MAIN, REPORTS),
    bind(&[key('c')], Action::Report(ReportKey::Currency), "amounts as recorded, then all in USD, LAK, CNY or THB (by the exchange rates)", Some("currency"), MAIN, REPORTS),
    bind(&[code(KeyCode::Enter)], Action::Open, "open what the row stands for: the household, or the month's income", Some("open"), MAIN, REPORTS).needs(context::RECORD),
    bind(&[code(KeyCode::Down), key('j')], Action::Down, "down one row of the report", None, MAIN, REPORTS),
    bind(&[code(KeyCode::Up), key('k')], Action::Up, "up one row of the report", None, MAIN, REPORTS),
    bind(&[code(KeyCode::PageDown)], Action::PageDown, "down one page", None, MAIN, REPORTS),
    bind(&[code(KeyCode::PageUp)], Action::PageUp, "up one page", None, MAIN, REPORTS),
    bind(&[key('g'), code(KeyCode::Home)], Action::Top, "first row", None, MAIN, REPORTS),
    bind(&[key('G'), code(KeyCode::End)], Action::Bottom, "last row", None, MAIN, REPORTS),
    bind(&[code(KeyCode::Enter)], Action::Open, "open the record: every field and its related records", Some("open"), MAIN, LISTS),
    bind(&[key('n')], Action::New, "new record, in a form", Some("new"), MAIN, RECORDS).needs(context::WRITES),
    bind(&[key('e')], Action::Edit, "edit the record in a form", Some("edit"), MAIN | DETAIL, RECORDS).needs(context::WRITES | context::RECORD),
    bind(&[key('d')], Action::Delete, "delete the record (asks y/N; refused while others point to it)", Some("delete"), MAIN | DETAIL, RECORDS).needs(context::WRITES | context::RECORD),
    bind(&[key('v')], SERVICE, "record a service of this cow: a new pending pregnancy", Some("service"), MAIN | DETAIL, CATTLE).needs(flag::SERVICEABLE | context::WRITES),
    bind(&[key('$')], Action::Workflow(Workflow::Sale), "record the sale of this animal, with the income", Some("sale"), MAIN | DETAIL, CATTLE).needs(flag::ACTIVE | context::WRITES),
    bind(&[key('x')], Action::Workflow(Workflow::Death), "record the death of this animal", Some("death"), MAIN | DETAIL, CATTLE).needs(flag::ACTIVE | context::WRITES),
    bind(&[key('p')], Action::Workflow(Workflow::Check), "pregnancy check: pregnant, open, or check again later", Some("check"), MAIN | DETAIL, BREED).needs(flag::PENDING | context::WRITES),
    bind(&[key('c')], Action::Workflow(Workflow::Calving), "record the calving, and the calf", Some("calving"), MAIN | DETAIL, BREED).needs(flag::PENDING | context::WRITES),
    bind(&[key('l')], Action::Workflow(Workflow::Loss), "record a lost pregnancy", Some("loss"), MAIN | DETAIL, BREED).needs(flag::PENDING | context::WRITES),
    bind(&[key('v')], SERVICE, "record a service: a new pending pregnancy (choose the cow)", Some("service"), MAIN, BREED).needs(context::WRITES),
    bind(&[key('p')], Action::Jump(Related::PensOfHousehold), "this household's pens", Some("pens"), MAIN | DETAIL, HH),
    bind(&[key('c')], Action::Jump(Related::CattleOfHousehold), "this household's cattle", Some("cattle"), MAIN | DETAIL, HH),
    bind(&[key('i')], Action::Jump(Related::IncomeOfHousehold), "this household's income", Some("income"), MAIN | DETAIL, HH),
    bind(&[key('m')], Action::Jump(Related::MembersOfHousehold), "this household's members", Some("members"), MAIN | DETAIL, HH),
    bind(&[key('a')], Action::Jump(Related::AnimalsInPen), "the animals in this pen", Some("animals"), MAIN | DETAIL, PENS),
    bind(&[key('b')], Action::Jump(Related::BreedingOfCow), "this cow's breeding history", Some("breeding"), MAIN | DETAIL, CATTLE),
    bind(&[key('c')], Action::Jump(Related::CalvesOfCow), "this cow's calves", Some("calves"), MAIN | DETAIL, CATTLE),
    bind(&[key('i')], Action::Jump(Related::IncomeOfAnimal), "income logs naming this animal", None, MAIN | DETAIL, CATTLE),
    bind(&[key('a')], Action::Jump(Related::CowOfPregnancy), "the cow", Some("cow"), MAIN | DETAIL, BREED),
    bind(&[key('H')], Action::Jump(Related::HealthOfAnimal), "this animal's health events", Some("health"), MAIN | DETAIL, CATTLE),
    bind(&[key('a')], Action::Jump(Related::AnimalOfEvent), "the animal", Some("animal"), MAIN | DETAIL, HEALTH),
    bind(&[key('C')], Action::Workflow(Workflow::Campaign), "vaccination campaign: one event for every animal of a pen, household or village", Some("campaign"), MAIN, HEALTH).needs(context::WRITES),
    bind(&[key('w')], Action::Jump(Related::WeightsOfAnimal), "this animal's weights", Some("weights"), MAIN | DETAIL, CATTLE),
    bind(&[key('a')], Action::Jump(Related::AnimalOfWeight), "the animal weighed", Some("animal"), MAIN | DETAIL, WEIGHTS),
    bind(&[key('a')], Action::Jump(Related::AttendeesOfTraining), "who attended this training", Some("attendees"), MAIN | DETAIL, TRAININGS),
    bind(&[key('t')], Action::Jump(Related::TrainingOfAttendance), "the training attended", Some("training"), MAIN | DETAIL, ATTEND),
    bind(&[key('V')], Action::Jump(Related::VisitsOfHousehold), "this household's technician visits", Some("visits"), MAIN | DETAIL, HH),
    bind(&[key('t')], Action::Jump(Related::TrainingsOfMember), "the trainings this member attended", Some("trainings"), MAIN | DETAIL, MEMBERS),
    bind(&[key('a')], Action::Review(ReviewAction::Approve), "approve the month: its records are locked (officers)", Some("approve"), MAIN | DETAIL, REVIEW),
    bind(&[key('R')], Action::Review(ReviewAction::Return), "return the month to the clerk, with a comment (officers)", Some("return"), MAIN | DETAIL, REVIEW),
    bind(&[key('o')], Action::Review(ReviewAction::Reopen), "reopen an approved month (officers)", Some("reopen"), MAIN | DETAIL, REVIEW),
    bind(&[key('f')], Action::Review(ReviewAction::FixesDone), "mark a returned month's fixes done", Some("fixed"), MAIN | DETAIL, REVIEW),
    bind(&[key('h')], Action::Jump(Related::OwnerHousehold), "the household it belongs to", Some("household"), MAIN | DETAIL, MEMBERS | PENS | CATTLE | BREED | INCOME | HEALTH | ATTEND | VISITS),
    bind(&[key('/')], Action::StartFilter, "filter the list as you type (Esc clears)", Some("filter"), MAIN, LISTS),
    bind(&[key('s')], Action::CycleSort, "sort by the next column", Some("sort"), MAIN, LISTS),
    bind(&[key('S')], Action::ReverseSort, "reverse the sort order", None, MAIN, LISTS),
    bind(&[key('u')], Action::Undo, "undo the last change made in this session (a whole calving at once)", Some("undo"), MAIN, ALL_TABS).needs(context::WRITES),
    bind(&[key('r')], Action::Refresh, "reload from the database (see others' changes)", None, MAIN, ALL_TABS),
    // Used on project days only, so after the keys the footer keeps first.
    bind(&[key('D')], Action::Workflow(Workflow::Distribute), "distribute animals: several head to one household in one save, ear tags counting up", Some("distribute"), MAIN, CATTLE).needs(context::WRITES),
    // Last of the screen's keys, so the footer gives them the room first.
    bind(&[key(':'), ctrl('p')], Action::OpenPalette, "go to a screen by name: a list that narrows as you type", Some("go to"), MAIN, ALL_TABS),
    bind(&[code(KeyCode::Enter)], Action::FilterDone, "keep the filter and go back to the list", Some("keep"), FILTER, LISTS),
    bind(&[code(KeyCode::Backspace)], Action::FilterBackspace, "delete the last letter", None, FILTER, LISTS),
    bind(&[KeySpec::AnyChar], Action::FilterChar(' '), "type to narrow the list (any case, any script)", None, FILTER, LISTS),
    // Forms and pickers handle these keys themselves; listed for help.
    form(form_keys::NEXT_FIELD, KeyCode::Tab, FORM),
    form(form_keys::PREV_FIELD, KeyCode::BackTab, FORM),
    form(form_keys::ENTER, KeyCode::Enter, FORM),
    form(form_keys::SAVE, KeyCode::Enter, FORM),
    form(form_keys::SAVE_ANYWAY, KeyCode::Enter, FORM),
    form(form_keys::CLOSE, KeyCode::Esc, FORM),
    form(form_keys::MOVE_IN_TEXT, KeyCode::Left, FORM),
    form(form_keys::ACCEPT_SUGGESTION, KeyCode::Right, FORM),
    form(form_keys::DELETE_CHAR, KeyCode::Backspace, FORM),
    form(form_keys::CLEAR_FIELD, KeyCode::Backspace, FORM),
    form(form_keys::TYPE_IN_FIELD, KeyCode::Null, FORM),
    form(form_keys::PICK_TYPE, KeyCode::Null, PICKER),
    form(form_keys::PICK_MOVE, KeyCode::Down, PICKER),
    form(form_keys::PICK_CHOOSE, KeyCode::Enter, PICKER),
    form(form_keys::PICK_TICK, KeyCode::Tab, PICKER),
    form(form_keys::PICK_TICK_SHOWN, KeyCode::Char('a'), PICKER),
    form(form_keys::PICK_BACK, KeyCode::Esc, PICKER),
    form(form_keys::PICK_WIDEN, KeyCode::Backspace, PICKER),
    bind(&[key('y')], Action::Answer(true), "yes", Some("yes"), CONFIRM, ALL_TABS),
    bind(&[key('n'), code(KeyCode::Esc), code(KeyCode::Enter)], Action::Answer(false), "no (the default)", Some("no"), CONFIRM, ALL_TABS),
    bind(&[code(KeyCode::Enter), key(' ')], Action::Back, "close the message", Some("close"), NOTICE, ALL_TABS),
    // The go-to list handles these keys itself (`palette.rs`).
    bind(&[KeySpec::AnyChar], pass(KeyCode::Null), "narrow the list: a screen's or its group's name", None, PALETTE, ALL_TABS),
    bind(&[code(KeyCode::Up), code(KeyCode::Down), code(KeyCode::PageUp), code(KeyCode::PageDown), code(KeyCode::Home), code(KeyCode::End)], pass(KeyCode::Down), "move in the list", Some("move"), PALETTE, ALL_TABS),
    bind(&[code(KeyCode::Enter)], pass(KeyCode::Enter), "go to the chosen screen", Some("go"), PALETTE, ALL_TABS),
    bind(&[code(KeyCode::Esc)], pass(KeyCode::Esc), "close the list, staying where you are", Some("close"), PALETTE, ALL_TABS),
    bind(&[code(KeyCode::Backspace), ctrl('u')], pass(KeyCode::Backspace), "widen the filter", None, PALETTE, ALL_TABS),
];

impl Binding {
    pub fn applies(&self, mode: Mode, tab: Tab) -> bool {
        self.modes & mode.bit() != 0 && self.tabs & (1 << (tab as u16)) != 0
    }
}
