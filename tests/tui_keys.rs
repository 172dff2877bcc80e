//! Every key of the keymap, pressed as a real key event and applied with
//! `update`, on the demonstration data. No terminal involved.

mod support;

use crossterm::event::{Event, KeyCode, KeyModifiers};
use kumban::model::*;
use kumban::tui::app::{Help, Popup};
use kumban::tui::keymap::Mode;
use kumban::tui::{Effect, Tab, action_for_event, update};
use support::keys::*;
use support::tui::*;

const RENDER: &[Effect] = &[Effect::Render];

#[test]
fn q_and_ctrl_c_quit_ctrl_l_redraws() {
    let mut f = demo();
    assert_eq!(ch(&mut f.app, 'q'), vec![Effect::Quit]);
    assert_eq!(
        press_with(&mut f.app, KeyCode::Char('c'), KeyModifiers::CONTROL),
        vec![Effect::Quit]
    );
    assert_eq!(
        press_with(&mut f.app, KeyCode::Char('l'), KeyModifiers::CONTROL),
        vec![Effect::FullRedraw]
    );
    // While typing a filter, q is a letter but Ctrl-C still quits.
    ch(&mut f.app, '2');
    ch(&mut f.app, '/');
    assert_eq!(ch(&mut f.app, 'q'), RENDER);
    assert_eq!(f.app.list().filter, "q");
    assert_eq!(
        press_with(&mut f.app, KeyCode::Char('c'), KeyModifiers::CONTROL),
        vec![Effect::Quit]
    );
}

#[test]
fn number_keys_tab_and_shift_tab_switch_tabs() {
    let mut f = demo();
    // A group's digit goes to its first screen; again, to its next ones.
    for (n, group) in kumban::tui::nav::GROUPS.iter().enumerate() {
        let key = char::from_digit(n as u32 + 1, 10).unwrap();
        for screen in group.screens {
            assert_eq!(ch(&mut f.app, key), RENDER);
            assert_eq!(f.app.tab, *screen);
        }
    }
    assert_eq!(f.app.tab, Tab::Visits);
    typed(&mut f.app, "3333");
    assert_eq!(
        f.app.tab,
        Tab::Cattle,
        "the digit again wraps around its group"
    );
    typed(&mut f.app, "5");
    assert_eq!(f.app.tab, Tab::History);
    typed(&mut f.app, "5");
    press(&mut f.app, KeyCode::Tab);
    assert_eq!(f.app.tab, Tab::Health);
    for next in [Tab::Trainings, Tab::Attendance, Tab::Visits] {
        press(&mut f.app, KeyCode::Tab);
        assert_eq!(f.app.tab, next);
    }
    press(&mut f.app, KeyCode::Tab);
    assert_eq!(f.app.tab, Tab::Dashboard, "Tab wraps around");
    press(&mut f.app, KeyCode::Tab);
    assert_eq!(f.app.tab, Tab::Households);
    press_with(&mut f.app, KeyCode::BackTab, KeyModifiers::SHIFT);
    press_with(&mut f.app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(f.app.tab, Tab::Visits, "Shift-Tab wraps around");
}

#[test]
fn moving_keys() {
    let mut f = demo();
    ch(&mut f.app, '2');
    let page = f.app.page();
    assert_eq!(page, 19);
    assert_eq!(f.app.list().position(), "1/46");
    // Nothing to do at the top: no frame is drawn.
    assert!(press(&mut f.app, KeyCode::Up).is_empty());
    assert!(ch(&mut f.app, 'k').is_empty());
    assert_eq!(press(&mut f.app, KeyCode::Down), RENDER);
    assert_eq!(ch(&mut f.app, 'j'), RENDER);
    assert_eq!(f.app.list().position(), "3/46");
    ch(&mut f.app, 'k');
    assert_eq!(f.app.list().position(), "2/46");
    press(&mut f.app, KeyCode::PageDown);
    assert_eq!(f.app.list().position(), "21/46");
    assert_eq!(f.app.list().offset, 2, "the selection stays on screen");
    press(&mut f.app, KeyCode::PageUp);
    assert_eq!(f.app.list().position(), "2/46");
    ch(&mut f.app, 'G');
    assert_eq!(f.app.list().position(), "46/46");
    assert_eq!(f.app.list().offset, 46 - page);
    assert!(press(&mut f.app, KeyCode::Down).is_empty());
    ch(&mut f.app, 'g');
    assert_eq!(f.app.list().position(), "1/46");
    press(&mut f.app, KeyCode::End);
    assert_eq!(f.app.list().position(), "46/46");
    press(&mut f.app, KeyCode::Home);
    assert_eq!(f.app.list().position(), "1/46");
    // On the dashboard moving keys select a figure; at the top, k does
    // nothing more.
    ch(&mut f.app, '1');
    assert_eq!(ch(&mut f.app, 'j'), RENDER);
    assert!(ch(&mut f.app, 'k').is_empty());
}

#[test]
fn enter_opens_the_detail_and_esc_closes_it() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'j');
    assert_eq!(press(&mut f.app, KeyCode::Enter), RENDER);
    assert_eq!(f.app.mode(), Mode::Detail);
    let Some(Popup::Detail(d)) = f.app.popups.last() else {
        panic!("no detail popup")
    };
    assert!(d.title.starts_with("Household BS-02"), "{}", d.title);
    // Moving keys scroll the detail, not the list, and stop at its end.
    let scroll = |app: &kumban::tui::App| match app.popups.last() {
        Some(Popup::Detail(d)) => d.scroll,
        _ => usize::MAX,
    };
    assert_eq!(ch(&mut f.app, 'j'), RENDER);
    assert_eq!(scroll(&f.app), 1);
    press(&mut f.app, KeyCode::PageDown);
    ch(&mut f.app, 'G');
    let end = kumban::tui::draw::max_scroll(&f.app);
    assert!(end > 10, "a household's detail is longer than a screen");
    assert_eq!(scroll(&f.app), end);
    assert!(
        ch(&mut f.app, 'j').is_empty(),
        "past the end: nothing to draw"
    );
    ch(&mut f.app, 'k');
    assert_eq!(scroll(&f.app), end - 1);
    ch(&mut f.app, 'g');
    assert_eq!(scroll(&f.app), 0);
    assert_eq!(f.app.list().position(), "2/46");
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.mode(), Mode::Main);
    assert!(f.app.popups.is_empty());
}

#[test]
fn slash_filters_as_you_type_enter_keeps_esc_clears() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'G');
    assert_eq!(ch(&mut f.app, '/'), RENDER);
    assert_eq!(f.app.mode(), Mode::Filter);
    typed(&mut f.app, "ບຸນມີ");
    assert_eq!(
        f.app.list().position(),
        "1/5",
        "selection reset to the first match"
    );
    // Letters that are keys elsewhere are text here.
    typed(&mut f.app, " s");
    assert_eq!(f.app.list().filter, "ບຸນມີ s");
    assert_eq!(f.app.list().position(), "1/4");
    press(&mut f.app, KeyCode::Backspace);
    press(&mut f.app, KeyCode::Backspace);
    assert_eq!(f.app.list().position(), "1/5");
    // Arrow keys move within the matches while typing.
    press(&mut f.app, KeyCode::Down);
    assert_eq!(f.app.list().position(), "2/5");
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Main);
    assert_eq!(f.app.list().filter, "ບຸນມີ");
    // Case-insensitive for Latin names.
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.list().filter, "");
    assert_eq!(f.app.list().position().split('/').nth(1), Some("46"));
    ch(&mut f.app, '/');
    typed(&mut f.app, "KHAMPHAENG");
    assert!(f.app.list().visible.len() >= 2);
    // Esc while typing clears at once.
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.mode(), Mode::Main);
    assert_eq!(f.app.list().filter, "");
    // Backspace on an empty filter draws nothing.
    ch(&mut f.app, '/');
    assert!(press(&mut f.app, KeyCode::Backspace).is_empty());
}

#[test]
fn pasted_text_goes_into_the_filter_only() {
    let mut f = demo();
    ch(&mut f.app, '2');
    let paste = Event::Paste("范\u{1b}[2J锡宁\n".into());
    let a = action_for_event(&f.app, &paste).unwrap();
    assert!(
        update(&mut f.app, a).is_empty(),
        "no paste outside a filter"
    );
    ch(&mut f.app, '/');
    let a = action_for_event(&f.app, &paste).unwrap();
    update(&mut f.app, a);
    // Control characters are dropped; the newline does not press Enter.
    assert_eq!(f.app.list().filter, "范[2J锡宁");
    assert_eq!(f.app.mode(), Mode::Filter);
}

#[test]
fn s_cycles_the_sort_column_and_capital_s_reverses() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'j');
    let selected = f.app.list().selected_id();
    ch(&mut f.app, 's');
    assert_eq!(f.app.list().sort_label().as_deref(), Some("Code ↑"));
    assert_eq!(
        f.app.list().selected_id(),
        selected,
        "the same record stays selected"
    );
    ch(&mut f.app, 's');
    assert_eq!(
        f.app.list().sort_label().as_deref(),
        Some("Head of household ↑")
    );
    ch(&mut f.app, 's');
    ch(&mut f.app, 's');
    assert_eq!(f.app.list().sort_label().as_deref(), Some("Mem ↑"));
    let first = f.app.list().visible[0];
    assert_eq!(f.app.list().rows.get(first).cell(3), "3");
    // Sorted by number, not as text ("10" after "9").
    ch(&mut f.app, 'S');
    assert_eq!(f.app.list().sort_label().as_deref(), Some("Mem ↓"));
    let members = |i: &usize| f.app.list().rows.get(*i).cell(3).parse::<u32>().unwrap();
    let in_order: Vec<u32> = f.app.list().visible.iter().map(members).collect();
    assert!(in_order.windows(2).all(|w| w[0] >= w[1]), "{in_order:?}");
    assert_eq!(in_order.len(), 46);
    // Groups, Poverty, Demo, then natural order again.
    for _ in 0..4 {
        ch(&mut f.app, 's');
    }
    assert_eq!(
        f.app.list().sort,
        None,
        "after the last column, back to natural order"
    );
}

#[test]
fn r_reloads_and_entering_a_tab_sees_new_records() {
    let mut f = demo();
    ch(&mut f.app, '2');
    assert_eq!(f.app.list().rows.len(), 46);
    f.app
        .store
        .insert(Household {
            code: "BS-99".into(),
            head_name: "范锡宁".into(),
            village: "Bansuo".into(),
            members: 2,
            phone: None,
            groups: vec![],
            demonstration: false,
            poverty: Poverty::Poor,
            baseline_income: None,
            enrolled_on: today(),
            notes: String::new(),
        })
        .unwrap();
    assert_eq!(ch(&mut f.app, 'r'), RENDER);
    assert_eq!(f.app.list().rows.len(), 47);
    assert_eq!(
        f.app.message.as_ref().unwrap().text,
        "Reloaded from the database."
    );
    // Another writer's change shows when a tab is entered again.
    f.app
        .store
        .update(
            HouseholdId(1),
            Household {
                members: 9,
                ..f.app
                    .store
                    .fetch::<Household>(HouseholdId(1))
                    .unwrap()
                    .record
            },
        )
        .unwrap();
    ch(&mut f.app, '3');
    ch(&mut f.app, '2');
    assert_eq!(f.app.list().rows.get(0).cell(3), "9");
}

#[test]
fn question_mark_toggles_help_which_scrolls() {
    let mut f = demo();
    // The dashboard's help fits on the screen: nothing to scroll.
    ch(&mut f.app, '?');
    assert!(ch(&mut f.app, 'j').is_empty());
    ch(&mut f.app, '?');
    ch(&mut f.app, '2');
    ch(&mut f.app, '?');
    assert_eq!(f.app.mode(), Mode::Help);
    for key in [KeyCode::Down, KeyCode::Char('j')] {
        press(&mut f.app, key);
    }
    assert!(matches!(
        f.app.popups.last(),
        Some(Popup::Help(Help { scroll: 2 }))
    ));
    press(&mut f.app, KeyCode::Up);
    ch(&mut f.app, 'k');
    assert!(matches!(
        f.app.popups.last(),
        Some(Popup::Help(Help { scroll: 0 }))
    ));
    ch(&mut f.app, '?');
    assert_eq!(f.app.mode(), Mode::Main);
    ch(&mut f.app, '?');
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.mode(), Mode::Main);
    // q quits from help too.
    ch(&mut f.app, '?');
    assert_eq!(ch(&mut f.app, 'q'), vec![Effect::Quit]);
}

#[test]
fn household_p_c_i_show_its_pens_cattle_income_and_esc_comes_back() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'j'); // BS-02
    ch(&mut f.app, 'p');
    assert_eq!(f.app.tab, Tab::Pens);
    assert_eq!(f.app.list().scope.as_ref().unwrap().label, "pens of BS-02");
    assert_eq!(f.app.list().position(), "1/1");
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.tab, Tab::Households);
    assert_eq!(
        f.app.list().position(),
        "2/46",
        "back on the same household"
    );
    assert!(f.app.list_of(Tab::Pens).scope.is_none());

    ch(&mut f.app, 'c');
    assert_eq!(f.app.tab, Tab::Cattle);
    // BS-02: three head distributed and a calf.
    assert_eq!(f.app.list().position(), "1/4");
    press(&mut f.app, KeyCode::Esc);
    ch(&mut f.app, 'i');
    assert_eq!(f.app.tab, Tab::Income);
    assert!(f.app.list().visible.len() > 10);
    let codes: Vec<&str> = f
        .app
        .list()
        .visible
        .iter()
        .map(|i| f.app.list().rows.get(*i).cell(1))
        .collect();
    assert!(codes.iter().all(|c| *c == "BS-02"), "{codes:?}");
    // A filter inside a related view: Esc clears the filter first, then goes back.
    ch(&mut f.app, '/');
    typed(&mut f.app, "weaving");
    press(&mut f.app, KeyCode::Enter);
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.tab, Tab::Income);
    assert!(f.app.list().scope.is_some());
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.tab, Tab::Households);
    // Nothing left to go back from: Esc draws nothing.
    assert!(press(&mut f.app, KeyCode::Esc).is_empty());
}

#[test]
fn related_keys_work_from_the_detail_popup() {
    let mut f = demo();
    ch(&mut f.app, '2');
    press(&mut f.app, KeyCode::Enter);
    ch(&mut f.app, 'c');
    assert_eq!(f.app.tab, Tab::Cattle);
    assert!(f.app.popups.is_empty());
    assert_eq!(
        f.app.list().scope.as_ref().unwrap().label,
        "cattle of BS-01"
    );
}

#[test]
fn pen_a_shows_its_animals_and_h_its_household() {
    let mut f = demo();
    for c in "222".chars() {
        ch(&mut f.app, c); // Households: Households, Members, Pens
    }
    ch(&mut f.app, 'a');
    assert_eq!(f.app.tab, Tab::Cattle);
    assert_eq!(
        f.app.list().scope.as_ref().unwrap().label,
        "cattle in Pen 1 of BS-01"
    );
    assert!(f.app.list().visible.len() >= 3);
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.tab, Tab::Pens);
    ch(&mut f.app, 'h');
    assert_eq!(f.app.tab, Tab::Households);
    assert_eq!(f.app.list().position(), "1/1");
}

#[test]
fn cow_b_c_i_show_breeding_calves_income_and_chains_go_back_step_by_step() {
    let mut f = demo();
    typed(&mut f.app, "3"); // Herd's first screen, Cattle: BS-C-001, a cow with a calf (sold) and two pregnancies
    ch(&mut f.app, 'b');
    assert_eq!(f.app.tab, Tab::Breeding);
    assert_eq!(f.app.list().position(), "1/2");
    // From the pregnancy back to its cow, then the cow's calves: a chain.
    ch(&mut f.app, 'a');
    assert_eq!(f.app.tab, Tab::Cattle);
    assert_eq!(f.app.list().scope.as_ref().unwrap().label, "cow BS-C-001");
    ch(&mut f.app, 'c');
    assert_eq!(
        f.app.list().scope.as_ref().unwrap().label,
        "calves of BS-C-001"
    );
    assert_eq!(f.app.list().position(), "1/1");
    // The calf was sold: its sale is an income log naming it.
    ch(&mut f.app, 'i');
    assert_eq!(f.app.tab, Tab::Income);
    assert_eq!(f.app.list().position(), "1/1");
    assert!(
        f.app
            .list()
            .rows
            .get(f.app.list().visible[0])
            .cell(5)
            .contains("calf sold")
    );
    ch(&mut f.app, 'h');
    assert_eq!(f.app.tab, Tab::Households);
    // Back, step by step, to where we started.
    for (tab, label) in [
        (Tab::Income, Some("income naming BS-C-121")),
        (Tab::Cattle, Some("calves of BS-C-001")),
        (Tab::Cattle, Some("cow BS-C-001")),
        (Tab::Breeding, Some("breeding of BS-C-001")),
        (Tab::Cattle, None),
    ] {
        press(&mut f.app, KeyCode::Esc);
        assert_eq!(f.app.tab, tab);
        assert_eq!(f.app.list().scope.as_ref().map(|s| s.label.as_str()), label);
    }
    // A bull has no breeding history: the key says so instead of jumping.
    ch(&mut f.app, '/');
    typed(&mut f.app, "male");
    press(&mut f.app, KeyCode::Enter);
    let tab = f.app.tab;
    let id = f.app.list().selected_id().unwrap();
    let bull = f.app.store.fetch::<Animal>(AnimalId(id)).unwrap();
    if bull.record.sex == Sex::Male {
        ch(&mut f.app, 'b');
        assert_eq!(f.app.tab, tab);
        assert!(
            f.app
                .message
                .as_ref()
                .unwrap()
                .text
                .starts_with("Nothing related")
        );
    }
}

#[test]
fn breeding_and_income_h_show_the_household() {
    let mut f = demo();
    // Herd's second screen (Breeding), then 4 Money (Income).
    for keys in ["33", "4"] {
        typed(&mut f.app, keys);
        ch(&mut f.app, 'h');
        assert_eq!(f.app.tab, Tab::Households);
        assert_eq!(f.app.list().position(), "1/1");
        press(&mut f.app, KeyCode::Esc);
    }
}

#[test]
fn resize_keeps_the_selection_on_screen() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'G');
    let ev = Event::Resize(100, 40);
    let a = action_for_event(&f.app, &ev).unwrap();
    assert_eq!(update(&mut f.app, a), RENDER);
    assert_eq!(f.app.size, (100, 40));
    assert_eq!(f.app.page(), 35);
    assert_eq!(f.app.list().offset, 46 - 35);
    update(&mut f.app, kumban::tui::Action::Resize(80, 10));
    assert!(f.app.too_small());
}
