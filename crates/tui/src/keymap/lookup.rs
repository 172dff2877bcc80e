//! Reading the table: the action of a key, the name of a key, the help
//! lines, the footer hints and the user guide's table.

use super::{ALL_TABS, Binding, KEYMAP, KeySpec, LISTS};
use super::{CONFIRM, DETAIL, FILTER, FORM, HELP, MAIN, Mode, NOTICE, PALETTE, PICKER};
use crate::action::{Action, Tab};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
pub use kumban_forms::keys::key_name;

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

/// One help line: the keys (joined) and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    /// In the current language.
    pub help: String,
}

/// The keys of this screen, consecutive bindings with the same text merged
/// (`1 2 3 4 5 6 7`, `↓ j`).
pub fn help_lines(mode: Mode, tab: Tab) -> Vec<HelpLine> {
    help_lines_of(bindings(mode, tab))
}

/// The help lines of `keys` (a component's, from `Component::keys`), in
/// the order given, merged as `help_lines` merges them.
pub fn help_lines_of<'a>(keys: impl IntoIterator<Item = &'a Binding>) -> Vec<HelpLine> {
    let mut out: Vec<HelpLine> = Vec::new();
    for binding in keys {
        let keys: Vec<String> = binding.keys.iter().map(key_name).collect();
        let help = kumban_i18n::tr_text("help", binding.help);
        match out.last_mut() {
            Some(last) if last.help == help => {
                for k in keys {
                    if !last.keys.split(' ').any(|x| x == k) {
                        last.keys.push(' ');
                        last.keys.push_str(&k);
                    }
                }
            }
            _ => out.push(HelpLine {
                keys: keys.join(" "),
                help,
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
pub fn hints(mode: Mode, tab: Tab, flags: u8) -> Vec<(String, String)> {
    hints_of(bindings(mode, tab), flags)
}

/// The footer hints of `keys` (a component's, from `Component::keys`),
/// ordered as `hints` orders them.
pub fn hints_of<'a>(
    keys: impl IntoIterator<Item = &'a Binding>,
    flags: u8,
) -> Vec<(String, String)> {
    let mut hints: Vec<(String, String)> = keys
        .into_iter()
        .filter(|b| b.needs & flags == b.needs)
        .filter_map(|b| {
            let word = kumban_i18n::tr_text("hint", b.hint?);
            Some((key_name(b.keys.first()?), word))
        })
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
            .filter(|t| binding.tabs & (1 << (**t as u16)) != 0)
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

/// The name of the first key bound to `action`, for text a person reads
/// ("u undoes", "Household (h)"): the letter is looked up, never typed
/// into the text, so text and table cannot disagree. Falls back to the
/// action's name in the table's own words if nothing binds it (a table
/// test forbids that for every action text asks for).
///
/// The binding the footer offers wins (`q` for quit, not `Ctrl-C`).
pub fn key_for(action: &Action) -> String {
    let bound = || KEYMAP.iter().filter(|b| &b.action == action);
    bound()
        .find(|b| b.hint.is_some())
        .or_else(|| bound().next())
        .and_then(|b| b.keys.first())
        .map_or_else(|| format!("{action:?}"), key_name)
}

/// The key that does `action` on this screen (`mode`, `tab`), if any key
/// does it there: for text about this screen only, such as an empty list's
/// "n adds the first".
pub fn key_here(action: &Action, mode: Mode, tab: Tab) -> Option<String> {
    KEYMAP
        .iter()
        .find(|b| &b.action == action && b.applies(mode, tab))
        .and_then(|b| b.keys.first())
        .map(key_name)
}

/// The bindings that apply in `mode` on `tab`, in table order.
pub fn bindings(mode: Mode, tab: Tab) -> impl Iterator<Item = &'static Binding> {
    KEYMAP.iter().filter(move |b| b.applies(mode, tab))
}
