//! The one keymap. The key handler, the footer hints, the `?` help overlay
//! and the key table of the user guide all read `KEYMAP`, so help can never
//! disagree with what a key does.

use super::action::{Action, Related, Tab};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What has the keyboard: the tab itself, the filter being typed, or a popup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Main,
    Filter,
    Detail,
    Help,
}

impl Mode {
    fn bit(self) -> u8 {
        match self {
            Mode::Main => MAIN,
            Mode::Filter => FILTER,
            Mode::Detail => DETAIL,
            Mode::Help => HELP,
        }
    }
}

pub const MAIN: u8 = 1;
pub const FILTER: u8 = 2;
pub const DETAIL: u8 = 4;
pub const HELP: u8 = 8;
const ALL_MODES: u8 = MAIN | FILTER | DETAIL | HELP;
const POPUPS: u8 = DETAIL | HELP;

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
const LISTS: u8 = HH | PENS | CATTLE | BREED | INCOME | HIST;
const ALL_TABS: u8 = DASH | LISTS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySpec {
    Key(KeyCode, KeyModifiers),
    /// Any printable character (typing into the filter).
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

#[derive(Debug)]
pub struct Binding {
    pub keys: &'static [KeySpec],
    pub action: Action,
    /// One line for the help overlay and the user guide. Consecutive
    /// bindings with the same text are shown as one line.
    pub help: &'static str,
    /// A word or two for the footer; `None` keeps the binding out of it.
    pub hint: Option<&'static str>,
    pub modes: u8,
    pub tabs: u8,
}

const fn b(
    keys: &'static [KeySpec],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
    modes: u8,
    tabs: u8,
) -> Binding {
    Binding {
        keys,
        action,
        help,
        hint,
        modes,
        tabs,
    }
}

const GO_TAB: &str = "go to a tab by its number";
const BACK: &str = "back: close the popup, clear the filter, or leave a related view";
const MOVE: u8 = MAIN | POPUPS;

/// Earlier bindings win when two match.
#[rustfmt::skip]
pub static KEYMAP: &[Binding] = &[
    b(&[ctrl('c')], Action::Quit, "quit", None, ALL_MODES, ALL_TABS),
    b(&[k('q')], Action::Quit, "quit", Some("quit"), MAIN | POPUPS, ALL_TABS),
    b(&[k('?')], Action::Help, "help for this screen (again to close)", Some("help"), MAIN | POPUPS, ALL_TABS),
    b(&[code(KeyCode::Esc)], Action::Back, BACK, Some("back"), ALL_MODES, ALL_TABS),
    b(&[ctrl('l')], Action::Redraw, "redraw the whole screen", None, ALL_MODES, ALL_TABS),
    b(&[k('1')], Action::GoTab(Tab::Dashboard), GO_TAB, None, MAIN, ALL_TABS),
    b(&[k('2')], Action::GoTab(Tab::Households), GO_TAB, None, MAIN, ALL_TABS),
    b(&[k('3')], Action::GoTab(Tab::Pens), GO_TAB, None, MAIN, ALL_TABS),
    b(&[k('4')], Action::GoTab(Tab::Cattle), GO_TAB, None, MAIN, ALL_TABS),
    b(&[k('5')], Action::GoTab(Tab::Breeding), GO_TAB, None, MAIN, ALL_TABS),
    b(&[k('6')], Action::GoTab(Tab::Income), GO_TAB, None, MAIN, ALL_TABS),
    b(&[k('7')], Action::GoTab(Tab::History), GO_TAB, None, MAIN, ALL_TABS),
    b(&[code(KeyCode::Tab)], Action::NextTab, "next tab", None, MAIN, ALL_TABS),
    b(&[KeySpec::Key(KeyCode::BackTab, KeyModifiers::SHIFT)], Action::PrevTab, "previous tab", None, MAIN, ALL_TABS),
    b(&[code(KeyCode::Down)], Action::Down, "down one row", None, MOVE | FILTER, LISTS),
    b(&[k('j')], Action::Down, "down one row", None, MOVE, LISTS),
    b(&[code(KeyCode::Up)], Action::Up, "up one row", None, MOVE | FILTER, LISTS),
    b(&[k('k')], Action::Up, "up one row", None, MOVE, LISTS),
    b(&[code(KeyCode::PageDown)], Action::PageDown, "down one page", None, MOVE | FILTER, LISTS),
    b(&[code(KeyCode::PageUp)], Action::PageUp, "up one page", None, MOVE | FILTER, LISTS),
    b(&[k('g'), code(KeyCode::Home)], Action::Top, "first row", None, MOVE, LISTS),
    b(&[k('G'), code(KeyCode::End)], Action::Bottom, "last row", None, MOVE, LISTS),
    // The dashboard has no list, but its help popup scrolls on a short terminal.
    b(&[code(KeyCode::Down), k('j')], Action::Down, "scroll down", None, HELP, DASH),
    b(&[code(KeyCode::Up), k('k')], Action::Up, "scroll up", None, HELP, DASH),
    b(&[code(KeyCode::Enter)], Action::Open, "open the record: every field and its related records", Some("open"), MAIN, LISTS),
    b(&[k('/')], Action::StartFilter, "filter the list as you type (Esc clears)", Some("filter"), MAIN, LISTS),
    b(&[k('s')], Action::CycleSort, "sort by the next column", Some("sort"), MAIN, LISTS),
    b(&[k('S')], Action::ReverseSort, "reverse the sort order", None, MAIN, LISTS),
    b(&[k('r')], Action::Refresh, "reload from the database (see others' changes)", None, MAIN, ALL_TABS),
    b(&[k('n')], Action::New, "new record (data-entry forms are not in this version yet)", None, MAIN, HH | PENS | CATTLE | BREED | INCOME),
    b(&[k('p')], Action::Jump(Related::PensOfHousehold), "this household's pens", Some("pens"), MAIN | DETAIL, HH),
    b(&[k('c')], Action::Jump(Related::CattleOfHousehold), "this household's cattle", Some("cattle"), MAIN | DETAIL, HH),
    b(&[k('i')], Action::Jump(Related::IncomeOfHousehold), "this household's income", Some("income"), MAIN | DETAIL, HH),
    b(&[k('a')], Action::Jump(Related::AnimalsInPen), "the animals in this pen", Some("animals"), MAIN | DETAIL, PENS),
    b(&[k('b')], Action::Jump(Related::BreedingOfCow), "this cow's breeding history", Some("breeding"), MAIN | DETAIL, CATTLE),
    b(&[k('c')], Action::Jump(Related::CalvesOfCow), "this cow's calves", Some("calves"), MAIN | DETAIL, CATTLE),
    b(&[k('i')], Action::Jump(Related::IncomeOfAnimal), "income logs naming this animal", None, MAIN | DETAIL, CATTLE),
    b(&[k('a')], Action::Jump(Related::CowOfPregnancy), "the cow", Some("cow"), MAIN | DETAIL, BREED),
    b(&[k('h')], Action::Jump(Related::OwnerHousehold), "the household it belongs to", Some("household"), MAIN | DETAIL, PENS | CATTLE | BREED | INCOME),
    b(&[code(KeyCode::Enter)], Action::FilterDone, "keep the filter and go back to the list", Some("keep"), FILTER, LISTS),
    b(&[code(KeyCode::Backspace)], Action::FilterBackspace, "delete the last letter", None, FILTER, LISTS),
    b(&[KeySpec::AnyChar], Action::FilterChar(' '), "type to narrow the list (any case, any script)", None, FILTER, LISTS),
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

/// The action a key press means on this screen, if any.
pub fn action_for(ev: &KeyEvent, mode: Mode, tab: Tab) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let (code, mods) = normalise(ev);
    for binding in KEYMAP.iter().filter(|b| b.applies(mode, tab)) {
        for spec in binding.keys {
            match *spec {
                KeySpec::Key(c, m) if c == code && m == mods => {
                    return Some(binding.action.clone());
                }
                KeySpec::AnyChar => {
                    if let KeyCode::Char(ch) = code
                        && mods.is_empty()
                    {
                        return Some(Action::FilterChar(ch));
                    }
                }
                _ => {}
            }
        }
    }
    None
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

/// Footer hints for this screen: (key, word).
pub fn hints(mode: Mode, tab: Tab) -> Vec<(String, &'static str)> {
    KEYMAP
        .iter()
        .filter(|b| b.applies(mode, tab))
        .filter_map(|b| Some((key_name(b.keys.first()?), b.hint?)))
        .collect()
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
    if binding.modes & FILTER != 0 {
        parts.push("typing a filter".into());
    }
    // Details open from lists only, so "detail" needs no tab named.
    if binding.modes & DETAIL != 0 {
        parts.push("detail".into());
    }
    if binding.modes & HELP != 0 {
        parts.push(if binding.modes & MAIN != 0 {
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

    const MODES: [Mode; 4] = [Mode::Main, Mode::Filter, Mode::Detail, Mode::Help];

    /// Every key of every binding does that binding's action wherever the
    /// binding applies: no binding is hidden by an earlier one.
    #[test]
    fn every_binding_is_reachable() {
        for mode in MODES {
            for tab in Tab::ALL {
                for binding in KEYMAP.iter().filter(|b| b.applies(mode, tab)) {
                    for spec in binding.keys {
                        let ev = match *spec {
                            KeySpec::Key(code, mods) => KeyEvent::new(code, mods),
                            KeySpec::AnyChar => {
                                KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE)
                            }
                        };
                        let expected = match spec {
                            KeySpec::AnyChar => Action::FilterChar('x'),
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
        assert!(keys.contains(&"1 2 3 4 5 6 7"), "{keys:?}");
        assert!(keys.contains(&"↓ j"), "{keys:?}");
        assert!(keys.contains(&"p"), "{keys:?}");
        assert!(
            !keys.contains(&"a"),
            "pen keys are not household keys: {keys:?}"
        );
        let hints = hints(Mode::Main, Tab::Households);
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
    fn markdown_table_has_a_row_per_help_line() {
        let t = markdown_table();
        assert!(t.starts_with("| keys | what it does | where |"));
        assert!(
            t.contains("| `p` | this household's pens | Households; detail |"),
            "{t}"
        );
    }
}
