//! The table's promises: every binding reachable, help and hints from the
//! same rows.

use super::*;
use crate::action::{Action, Tab};
use crate::list::flag;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

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
                        KeySpec::AnyChar => KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE),
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
    assert!(keys.contains(&"1 2 3 4 5 6 7"), "{keys:?}");
    assert!(keys.contains(&": Ctrl-P"), "{keys:?}");
    assert!(keys.contains(&"↓ j"), "{keys:?}");
    assert!(keys.contains(&"p"), "{keys:?}");
    assert!(
        !keys.contains(&"a"),
        "pen keys are not household keys: {keys:?}"
    );
    let hints = hints(Mode::Main, Tab::Households, 0);
    assert!(hints.contains(&("p".to_string(), "pens".to_string())));
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

/// Every key that text names is found in the table (never the fallback),
/// and it is the key the footer offers.
#[test]
fn text_looks_up_keys_that_the_table_binds() {
    use crate::action::Related;
    let named = [
        (Action::Quit, "q"),
        (Action::Help, "?"),
        (Action::Undo, "u"),
        (Action::Refresh, "r"),
        (Action::New, "n"),
        (Action::GoGroup(1), "2"),
        (Action::Jump(Related::OwnerHousehold), "h"),
        (Action::Jump(Related::CowOfPregnancy), "a"),
        (Action::Key(KeyEvent::from(KeyCode::Enter)), "Enter"),
    ];
    for (action, key) in named {
        assert_eq!(key_for(&action), key, "{action:?}");
    }
}
