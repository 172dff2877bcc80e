//! The one keymap. The key handler, the footer hints, the `?` help overlay
//! and the key table of the user guide all read `KEYMAP`, so help can never
//! disagree with what a key does.

use super::action::{Action, Related, Tab, Workflow};
use super::list::flag;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use kumban_model::ReviewAction;

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
const ALL_MODES: u16 = u16::MAX;
const POPUPS: u16 = DETAIL | HELP;

const fn tab(t: Tab) -> u8 {
    1 << (t as u8)
}
const DASH: u8 = tab(Tab::Dashboard);
const HH: u8 = tab(Tab::Households);
const PENS: u8 = tab(Tab::Pens);
const CATTLE: u8 = tab(Tab::Cattle);
const BREED: u8 = tab(Tab::Breeding);
const INCOME: u8 = tab(Tab::Income);
const HIST: u8 = tab(Tab::History);
const REVIEW: u8 = tab(Tab::Review);
const LISTS: u8 = HH | PENS | CATTLE | BREED | INCOME | HIST | REVIEW;
/// The tabs whose records are made in forms (History is written by them).
const RECORDS: u8 = HH | PENS | CATTLE | BREED | INCOME;
const ALL_TABS: u8 = DASH | LISTS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySpec {
    Key(KeyCode, KeyModifiers),
    /// Any printable character (typing into the filter, a form or a picker).
    AnyChar,
}

const fn k(c: char) -> KeySpec {
    KeySpec::Key(KeyCode::Char(c), KeyModifiers::NONE)
}
const fn code(c: KeyCode) -> KeySpec {
    KeySpec::Key(c, KeyModifiers::NONE)
}
const fn ctrl(c: char) -> KeySpec {
    KeySpec::Key(KeyCode::Char(c), KeyModifiers::CONTROL)
}
const SHIFT_TAB: KeySpec = KeySpec::Key(KeyCode::BackTab, KeyModifiers::SHIFT);

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
    pub tabs: u8,
    /// Row flags (`list::flag`) the selected record must have for the
    /// footer to offer this key; 0 for keys that always apply.
    pub needs: u8,
}

const fn b(
    keys: &'static [KeySpec],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
    modes: u16,
    tabs: u8,
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
    b(&[ctrl('c')], Action::Quit, "quit (asks first when a form holds changes)", None, ALL_MODES, ALL_TABS),
    b(&[k('q')], Action::Quit, "quit", Some("quit"), MAIN | POPUPS, ALL_TABS),
    b(&[k('?'), code(KeyCode::F(1))], Action::Help, HELP_TEXT, Some("help"), MAIN | POPUPS, ALL_TABS),
    b(&[code(KeyCode::F(1))], Action::Help, HELP_TEXT, None, FORM | PICKER, ALL_TABS),
    b(&[code(KeyCode::Esc)], Action::Back, BACK, Some("back"), MAIN | FILTER | POPUPS | NOTICE, ALL_TABS),
    b(&[ctrl('l')], Action::Redraw, "redraw the whole screen", None, ALL_MODES, ALL_TABS),
    // One row per group of `nav::GROUPS` (a test there checks they agree).
    b(&[k('1')], Action::GoGroup(0), GO_GROUP, None, MAIN, ALL_TABS),
    b(&[k('2')], Action::GoGroup(1), GO_GROUP, None, MAIN, ALL_TABS),
    b(&[k('3')], Action::GoGroup(2), GO_GROUP, None, MAIN, ALL_TABS),
    b(&[k('4')], Action::GoGroup(3), GO_GROUP, None, MAIN, ALL_TABS),
    b(&[k('5')], Action::GoGroup(4), GO_GROUP, None, MAIN, ALL_TABS),
    b(&[code(KeyCode::Tab)], Action::NextTab, "next screen, in the order of the bar", None, MAIN, ALL_TABS),
    b(&[SHIFT_TAB], Action::PrevTab, "previous screen", None, MAIN, ALL_TABS),
    b(&[code(KeyCode::Down)], Action::Down, "down one row", None, MOVE | FILTER, LISTS),
    b(&[k('j')], Action::Down, "down one row", None, MOVE, LISTS),
    b(&[code(KeyCode::Up)], Action::Up, "up one row", None, MOVE | FILTER, LISTS),
    b(&[k('k')], Action::Up, "up one row", None, MOVE, LISTS),
    b(&[code(KeyCode::PageDown)], Action::PageDown, "down one page", None, MOVE | FILTER, LISTS),
    b(&[code(KeyCode::PageUp)], Action::PageUp, "up one page", None, MOVE | FILTER, LISTS),
    b(&[k('g'), code(KeyCode::Home)], Action::Top, "first row", None, MOVE, LISTS),
    b(&[k('G'), code(KeyCode::End)], Action::Bottom, "last row", None, MOVE, LISTS),
    // The dashboard has no list, but its help popup scrolls on a short terminal.
    b(&[code(KeyCode::Down), k('j')], Action::Down, "select the next figure or calving", None, MAIN, DASH),
    b(&[code(KeyCode::Up), k('k')], Action::Up, "select the previous figure or calving", None, MAIN, DASH),
    b(&[code(KeyCode::Enter)], Action::Open, "open the list or the record behind the selected figure or calving", Some("open"), MAIN, DASH).needs(context::RECORD),
    b(&[code(KeyCode::Down), k('j')], Action::Down, "scroll down", None, HELP, DASH),
    b(&[code(KeyCode::Up), k('k')], Action::Up, "scroll up", None, HELP, DASH),
    b(&[code(KeyCode::Enter)], Action::Open, "open the record: every field and its related records", Some("open"), MAIN, LISTS),
    b(&[k('n')], Action::New, "new record, in a form", Some("new"), MAIN, RECORDS).needs(context::WRITES),
    b(&[k('e')], Action::Edit, "edit the record in a form", Some("edit"), MAIN | DETAIL, RECORDS).needs(context::WRITES | context::RECORD),
    b(&[k('d')], Action::Delete, "delete the record (asks y/N; refused while others point to it)", Some("delete"), MAIN | DETAIL, RECORDS).needs(context::WRITES | context::RECORD),
    b(&[k('v')], SERVICE, "record a service of this cow: a new pending pregnancy", Some("service"), MAIN | DETAIL, CATTLE).needs(flag::SERVICEABLE | context::WRITES),
    b(&[k('$')], Action::Workflow(Workflow::Sale), "record the sale of this animal, with the income", Some("sale"), MAIN | DETAIL, CATTLE).needs(flag::ACTIVE | context::WRITES),
    b(&[k('x')], Action::Workflow(Workflow::Death), "record the death of this animal", Some("death"), MAIN | DETAIL, CATTLE).needs(flag::ACTIVE | context::WRITES),
    b(&[k('p')], Action::Workflow(Workflow::Check), "pregnancy check: pregnant, open, or check again later", Some("check"), MAIN | DETAIL, BREED).needs(flag::PENDING | context::WRITES),
    b(&[k('c')], Action::Workflow(Workflow::Calving), "record the calving, and the calf", Some("calving"), MAIN | DETAIL, BREED).needs(flag::PENDING | context::WRITES),
    b(&[k('l')], Action::Workflow(Workflow::Loss), "record a lost pregnancy", Some("loss"), MAIN | DETAIL, BREED).needs(flag::PENDING | context::WRITES),
    b(&[k('v')], SERVICE, "record a service: a new pending pregnancy (choose the cow)", Some("service"), MAIN, BREED).needs(context::WRITES),
    b(&[k('p')], Action::Jump(Related::PensOfHousehold), "this household's pens", Some("pens"), MAIN | DETAIL, HH),
    b(&[k('c')], Action::Jump(Related::CattleOfHousehold), "this household's cattle", Some("cattle"), MAIN | DETAIL, HH),
    b(&[k('i')], Action::Jump(Related::IncomeOfHousehold), "this household's income", Some("income"), MAIN | DETAIL, HH),
    b(&[k('a')], Action::Jump(Related::AnimalsInPen), "the animals in this pen", Some("animals"), MAIN | DETAIL, PENS),
    b(&[k('b')], Action::Jump(Related::BreedingOfCow), "this cow's breeding history", Some("breeding"), MAIN | DETAIL, CATTLE),
    b(&[k('c')], Action::Jump(Related::CalvesOfCow), "this cow's calves", Some("calves"), MAIN | DETAIL, CATTLE),
    b(&[k('i')], Action::Jump(Related::IncomeOfAnimal), "income logs naming this animal", None, MAIN | DETAIL, CATTLE),
    b(&[k('a')], Action::Jump(Related::CowOfPregnancy), "the cow", Some("cow"), MAIN | DETAIL, BREED),
    b(&[k('a')], Action::Review(ReviewAction::Approve), "approve the month: its records are locked (officers)", Some("approve"), MAIN | DETAIL, REVIEW),
    b(&[k('R')], Action::Review(ReviewAction::Return), "return the month to the clerk, with a comment (officers)", Some("return"), MAIN | DETAIL, REVIEW),
    b(&[k('o')], Action::Review(ReviewAction::Reopen), "reopen an approved month (officers)", Some("reopen"), MAIN | DETAIL, REVIEW),
    b(&[k('f')], Action::Review(ReviewAction::FixesDone), "mark a returned month's fixes done", Some("fixed"), MAIN | DETAIL, REVIEW),
    b(&[k('h')], Action::Jump(Related::OwnerHousehold), "the household it belongs to", Some("household"), MAIN | DETAIL, PENS | CATTLE | BREED | INCOME),
    b(&[k('/')], Action::StartFilter, "filter the list as you type (Esc clears)", Some("filter"), MAIN, LISTS),
    b(&[k('s')], Action::CycleSort, "sort by the next column", Some("sort"), MAIN, LISTS),
    b(&[k('S')], Action::ReverseSort, "reverse the sort order", None, MAIN, LISTS),
    b(&[k('u')], Action::Undo, "undo the last change made in this session (a whole calving at once)", Some("undo"), MAIN, ALL_TABS).needs(context::WRITES),
    b(&[k('r')], Action::Refresh, "reload from the database (see others' changes)", None, MAIN, ALL_TABS),
    // Last of the screen's keys, so the footer gives them the room first.
    b(&[k(':'), ctrl('p')], Action::OpenPalette, "go to a screen by name: a list that narrows as you type", Some("go to"), MAIN, ALL_TABS),
    b(&[code(KeyCode::Enter)], Action::FilterDone, "keep the filter and go back to the list", Some("keep"), FILTER, LISTS),
    b(&[code(KeyCode::Backspace)], Action::FilterBackspace, "delete the last letter", None, FILTER, LISTS),
    b(&[KeySpec::AnyChar], Action::FilterChar(' '), "type to narrow the list (any case, any script)", None, FILTER, LISTS),
    // Forms and pickers handle these keys themselves; listed for help.
    b(&[code(KeyCode::Tab), code(KeyCode::Down)], pass(KeyCode::Tab), "next field", None, FORM, ALL_TABS),
    b(&[SHIFT_TAB, code(KeyCode::Up)], pass(KeyCode::BackTab), "previous field", None, FORM, ALL_TABS),
    b(&[code(KeyCode::Enter)], pass(KeyCode::Enter), "next field; on the last field, save; on an empty reference, open its list", None, FORM, ALL_TABS),
    b(&[ctrl('s')], pass(KeyCode::Enter), "save (only valid records are saved; what was typed stays)", None, FORM, ALL_TABS),
    b(&[code(KeyCode::Esc)], pass(KeyCode::Esc), "close the form; asks y/N first if anything was typed", None, FORM, ALL_TABS),
    b(&[code(KeyCode::Left), code(KeyCode::Right), code(KeyCode::Home), code(KeyCode::End)], pass(KeyCode::Left), "move in the text; change a choice", None, FORM, ALL_TABS),
    b(&[code(KeyCode::Backspace), code(KeyCode::Delete)], pass(KeyCode::Backspace), "delete the character before / after the cursor", None, FORM, ALL_TABS),
    b(&[ctrl('u')], pass(KeyCode::Backspace), "clear the field", None, FORM, ALL_TABS),
    b(&[KeySpec::AnyChar], pass(KeyCode::Null), "typed into the field (Space changes a choice or opens a list)", None, FORM, ALL_TABS),
    b(&[KeySpec::AnyChar], pass(KeyCode::Null), "narrow the list: code or name, any case, any script", None, PICKER, ALL_TABS),
    b(&[code(KeyCode::Up), code(KeyCode::Down), code(KeyCode::PageUp), code(KeyCode::PageDown), code(KeyCode::Home), code(KeyCode::End)], pass(KeyCode::Down), "move in the list", None, PICKER, ALL_TABS),
    b(&[code(KeyCode::Enter)], pass(KeyCode::Enter), "choose", None, PICKER, ALL_TABS),
    b(&[code(KeyCode::Esc)], pass(KeyCode::Esc), "back to the form, nothing chosen", None, PICKER, ALL_TABS),
    b(&[code(KeyCode::Backspace), ctrl('u')], pass(KeyCode::Backspace), "widen the filter", None, PICKER, ALL_TABS),
    b(&[k('y')], Action::Answer(true), "yes", Some("yes"), CONFIRM, ALL_TABS),
    b(&[k('n'), code(KeyCode::Esc), code(KeyCode::Enter)], Action::Answer(false), "no (the default)", Some("no"), CONFIRM, ALL_TABS),
    b(&[code(KeyCode::Enter), k(' ')], Action::Back, "close the message", Some("close"), NOTICE, ALL_TABS),
    // The go-to list handles these keys itself (`palette.rs`).
    b(&[KeySpec::AnyChar], pass(KeyCode::Null), "narrow the list: a screen's or its group's name", None, PALETTE, ALL_TABS),
    b(&[code(KeyCode::Up), code(KeyCode::Down), code(KeyCode::PageUp), code(KeyCode::PageDown), code(KeyCode::Home), code(KeyCode::End)], pass(KeyCode::Down), "move in the list", Some("move"), PALETTE, ALL_TABS),
    b(&[code(KeyCode::Enter)], pass(KeyCode::Enter), "go to the chosen screen", Some("go"), PALETTE, ALL_TABS),
    b(&[code(KeyCode::Esc)], pass(KeyCode::Esc), "close the list, staying where you are", Some("close"), PALETTE, ALL_TABS),
    b(&[code(KeyCode::Backspace), ctrl('u')], pass(KeyCode::Backspace), "widen the filter", None, PALETTE, ALL_TABS),
];

impl Binding {
    pub fn applies(&self, mode: Mode, tab: Tab) -> bool {
        self.modes & mode.bit() != 0 && self.tabs & (1 << (tab as u8)) != 0
    }
}

/// Crossterm reports `G` as Char('G') with SHIFT on some terminals and
/// without on others; only Ctrl and Alt tell keys apart here.
fn normalise(ev: &KeyEvent) -> (KeyCode, KeyModifiers) {
    let mods = ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    match ev.code {
        KeyCode::BackTab => (KeyCode::BackTab, KeyModifiers::SHIFT),
        c => (c, mods),
    }
}

/// The action a key press means on this screen, if any. In a form or a
/// picker every key not bound to something else is handed to it as it
/// came (`Action::Key`), Shift and all.
pub fn action_for(ev: &KeyEvent, mode: Mode, tab: Tab) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let (code, mods) = normalise(ev);
    for binding in KEYMAP.iter().filter(|b| b.applies(mode, tab)) {
        for spec in binding.keys {
            let hit = match *spec {
                KeySpec::Key(c, m) => c == code && m == mods,
                KeySpec::AnyChar => matches!(code, KeyCode::Char(_)) && mods.is_empty(),
            };
            if !hit {
                continue;
            }
            return Some(match (&binding.action, code) {
                (Action::Key(_), _) => Action::Key(*ev),
                (Action::FilterChar(_), KeyCode::Char(ch)) => Action::FilterChar(ch),
                (action, _) => action.clone(),
            });
        }
    }
    mode.takes_keys().then_some(Action::Key(*ev))
}

/// The key that does `action` on this screen, as help writes it, for
/// text that names a key: it is looked up here, never typed, so the text
/// follows the table.
pub fn key_for(action: &Action, mode: Mode, tab: Tab) -> Option<String> {
    KEYMAP
        .iter()
        .find(|b| &b.action == action && b.applies(mode, tab))
        .and_then(|b| b.keys.first())
        .map(key_name)
}

/// How a key is written in help and hints.
pub fn key_name(spec: &KeySpec) -> String {
    let (code, mods) = match spec {
        KeySpec::AnyChar => return "text".into(),
        KeySpec::Key(c, m) => (*c, *m),
    };
    match code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
            format!("Ctrl-{}", c.to_ascii_uppercase())
        }
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Delete => "Delete".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    }
}

/// One help line: the keys (joined) and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub help: &'static str,
}

/// The keys of this screen, consecutive bindings with the same text merged
/// (`1 2 3 4 5 6 7`, `↓ j`).
pub fn help_lines(mode: Mode, tab: Tab) -> Vec<HelpLine> {
    let mut out: Vec<HelpLine> = Vec::new();
    for binding in KEYMAP.iter().filter(|b| b.applies(mode, tab)) {
        let keys: Vec<String> = binding.keys.iter().map(key_name).collect();
        match out.last_mut() {
            Some(last) if last.help == binding.help => {
                for k in keys {
                    if !last.keys.split(' ').any(|x| x == k) {
                        last.keys.push(' ');
                        last.keys.push_str(&k);
                    }
                }
            }
            _ => out.push(HelpLine {
                keys: keys.join(" "),
                help: binding.help,
            }),
        }
    }
    out
}

/// Footer hints for this screen: (key, word). `flags` are the selected
/// record's (`list::flag`): a workflow key shows only where it applies.
///
/// `?` comes first (whatever is cut off, help says it) and the keys that
/// are always there (`q`, `Esc`) last, so the keys of this screen get the
/// room.
pub fn hints(mode: Mode, tab: Tab, flags: u8) -> Vec<(String, &'static str)> {
    let mut hints: Vec<(String, &'static str)> = KEYMAP
        .iter()
        .filter(|b| b.applies(mode, tab) && b.needs & flags == b.needs)
        .filter_map(|b| Some((key_name(b.keys.first()?), b.hint?)))
        .collect();
    hints.sort_by_key(|(k, _)| match k.as_str() {
        "?" => 0,
        "Esc" | "q" => 2,
        _ => 1,
    });
    hints
}

/// Where a binding works, in words, for the user guide.
pub fn screens_of(binding: &Binding) -> String {
    let mut parts = Vec::new();
    let tabs = if binding.tabs == ALL_TABS {
        "all tabs".to_string()
    } else if binding.tabs == LISTS {
        "lists".to_string()
    } else {
        Tab::ALL
            .iter()
            .filter(|t| binding.tabs & (1 << (**t as u8)) != 0)
            .map(|t| t.title())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if binding.modes & MAIN != 0 {
        parts.push(tabs.clone());
    }
    // Popups over a form show on every tab: name no tab for them.
    let tabs = if binding.tabs == ALL_TABS && binding.modes & MAIN == 0 {
        String::new()
    } else {
        tabs
    };
    if binding.modes & FILTER != 0 {
        parts.push("typing a filter".into());
    }
    // Details open from lists only, so "detail" needs no tab named.
    if binding.modes & DETAIL != 0 {
        parts.push("detail".into());
    }
    if binding.modes & FORM != 0 {
        parts.push("form".into());
    }
    if binding.modes & PICKER != 0 {
        parts.push("list to choose from".into());
    }
    if binding.modes & CONFIRM != 0 {
        parts.push("y/N question".into());
    }
    if binding.modes & NOTICE != 0 {
        parts.push("message".into());
    }
    if binding.modes & PALETTE != 0 {
        parts.push("go-to list".into());
    }
    if binding.modes & HELP != 0 {
        parts.push(if binding.modes & MAIN != 0 || tabs.is_empty() {
            "help".to_string()
        } else {
            format!("help ({tabs})")
        });
    }
    parts.join("; ")
}

/// The whole keymap as a Markdown table, for docs/user-guide.md (a test
/// checks that the guide holds exactly this table).
pub fn markdown_table() -> String {
    let mut out = String::from("| keys | what it does | where |\n|---|---|---|\n");
    let mut rows: Vec<(String, &str, String)> = Vec::new();
    for binding in KEYMAP {
        let keys: Vec<String> = binding.keys.iter().map(key_name).collect();
        let screens = screens_of(binding);
        match rows.last_mut() {
            Some(last) if last.1 == binding.help && last.2 == screens => {
                last.0.push(' ');
                last.0.push_str(&keys.join(" "));
            }
            _ => rows.push((keys.join(" "), binding.help, screens)),
        }
    }
    for (keys, help, screens) in rows {
        let keys: Vec<String> = keys.split(' ').map(|k| format!("`{k}`")).collect();
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            keys.join(" "),
            help,
            screens
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of every binding does that binding's action wherever the
    /// binding applies: no binding is hidden by an earlier one.
    #[test]
    fn every_binding_is_reachable() {
        for mode in Mode::ALL {
            for tab in Tab::ALL {
                for binding in KEYMAP.iter().filter(|b| b.applies(mode, tab)) {
                    for spec in binding.keys {
                        let ev = match *spec {
                            KeySpec::Key(code, mods) => KeyEvent::new(code, mods),
                            KeySpec::AnyChar => {
                                KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE)
                            }
                        };
                        let expected = match (&binding.action, spec) {
                            (Action::Key(_), _) => Action::Key(ev),
                            (_, KeySpec::AnyChar) => Action::FilterChar('x'),
                            _ => binding.action.clone(),
                        };
                        assert_eq!(
                            action_for(&ev, mode, tab),
                            Some(expected),
                            "{} in {mode:?} on {tab:?}",
                            key_name(spec)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn shift_is_ignored_for_letters_and_release_events_do_nothing() {
        let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(&shifted, Mode::Main, Tab::Households),
            Some(Action::Bottom)
        );
        let mut released = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        released.kind = KeyEventKind::Release;
        assert_eq!(action_for(&released, Mode::Main, Tab::Households), None);
        // Keys with no binding on this screen do nothing.
        let p = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::NONE);
        assert_eq!(action_for(&p, Mode::Main, Tab::Cattle), None);
    }

    #[test]
    fn help_merges_keys_and_hints_come_from_the_same_table() {
        let lines = help_lines(Mode::Main, Tab::Households);
        let keys: Vec<&str> = lines.iter().map(|l| l.keys.as_str()).collect();
        assert!(keys.contains(&"1 2 3 4 5"), "{keys:?}");
        assert!(keys.contains(&": Ctrl-P"), "{keys:?}");
        assert!(keys.contains(&"↓ j"), "{keys:?}");
        assert!(keys.contains(&"p"), "{keys:?}");
        assert!(
            !keys.contains(&"a"),
            "pen keys are not household keys: {keys:?}"
        );
        let hints = hints(Mode::Main, Tab::Households, 0);
        assert!(hints.contains(&("p".to_string(), "pens")));
        // In the filter, only filter keys and the arrows.
        let filter: Vec<String> = help_lines(Mode::Filter, Tab::Households)
            .into_iter()
            .map(|l| l.keys)
            .collect();
        assert!(filter.contains(&"↓".to_string()), "{filter:?}");
        assert!(filter.contains(&"text".to_string()), "{filter:?}");
        assert!(!filter.iter().any(|k| k.contains('q')), "{filter:?}");
    }

    #[test]
    fn workflow_hints_follow_the_selected_record() {
        // A writing session with a record selected.
        let keys = |tab, flags| -> Vec<String> {
            hints(Mode::Main, tab, flags | context::WRITES | context::RECORD)
                .into_iter()
                .map(|(k, _)| k)
                .collect()
        };
        let bull = keys(Tab::Cattle, flag::ACTIVE);
        assert!(bull.contains(&"$".into()) && bull.contains(&"x".into()));
        assert!(!bull.contains(&"v".into()), "{bull:?}");
        let cow = keys(Tab::Cattle, flag::ACTIVE | flag::SERVICEABLE);
        assert!(cow.contains(&"v".into()), "{cow:?}");
        let sold = keys(Tab::Cattle, 0);
        assert!(!sold.iter().any(|k| k == "v" || k == "$" || k == "x"));
        let closed = keys(Tab::Breeding, 0);
        assert!(!closed.contains(&"p".into()) && !closed.contains(&"c".into()));
        let pending = keys(Tab::Breeding, flag::PENDING);
        assert!(pending.contains(&"c".into()) && pending.contains(&"l".into()));
    }

    #[test]
    fn forms_and_pickers_get_every_other_key_as_it_came() {
        let shifted = KeyEvent::new(KeyCode::Char('Q'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(&shifted, Mode::Form, Tab::Households),
            Some(Action::Key(shifted))
        );
        let alt = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT);
        assert_eq!(
            action_for(&alt, Mode::Picker, Tab::Pens),
            Some(Action::Key(alt))
        );
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            action_for(&ctrl_c, Mode::Form, Tab::Pens),
            Some(Action::Quit)
        );
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            action_for(&q, Mode::Form, Tab::Pens),
            Some(Action::Key(q)),
            "q is a letter in a form"
        );
        assert_eq!(action_for(&q, Mode::Confirm, Tab::Pens), None);
        let y = KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE);
        assert_eq!(
            action_for(&y, Mode::Confirm, Tab::Pens),
            Some(Action::Answer(true))
        );
    }

    #[test]
    fn markdown_table_has_a_row_per_help_line() {
        let t = markdown_table();
        assert!(t.starts_with("| keys | what it does | where |"));
        assert!(
            t.contains("| `p` | this household's pens | Households; detail |"),
            "{t}"
        );
    }
}
