//! Data entry through the shell: real key events turned into actions by
//! the keymap and applied with `update`, on the demonstration data (today
//! 2026-11-28). Each test checks what the store holds afterwards.

mod support;

use crossterm::event::{Event, KeyCode};
use kumban::model::*;
use kumban::tui::app::{Notice, OnYes, Popup};
use kumban::tui::keymap::Mode;
use kumban::tui::list::{Mark, flag};
use kumban::tui::{App, Effect, Tab, action_for_event, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::keys::*;
use support::tui::*;

fn tab(app: &mut App) {
    press(app, KeyCode::Tab);
}

fn paste(app: &mut App, s: &str) -> Vec<Effect> {
    let a = action_for_event(app, &Event::Paste(s.into())).unwrap();
    update(app, a)
}

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn is_error(app: &App) -> bool {
    app.message.as_ref().is_some_and(|m| m.error)
}

fn form_title(app: &App) -> String {
    app.form()
        .map(|f| f.title().to_string())
        .unwrap_or_default()
}

fn household(app: &App, code: &str) -> Option<kumban::store::Stored<Household>> {
    app.store.household_by_code(code).unwrap()
}

/// Selects the row with this first cell on the current list.
fn select(app: &mut App, first_cell: &str) {
    let page = app.page();
    let list = app.list_mut();
    let i = list
        .visible
        .iter()
        .position(|r| list.rows.get(*r).cell(0) == first_cell)
        .unwrap_or_else(|| panic!("no row {first_cell}"));
    list.move_to(i, page);
}

/// Fills in a new household from its first field: code, head's name,
/// (village as prefilled), members.
fn type_household(app: &mut App, code: &str, name: &str, members: &str) {
    typed(app, code);
    tab(app);
    typed(app, name);
    tab(app);
    tab(app);
    typed(app, members);
}

#[test]
fn n_opens_a_household_form_and_ctrl_s_saves_it() {
    let mut f = demo();
    ch(&mut f.app, '2');
    assert_eq!(ch(&mut f.app, 'n'), vec![Effect::Render]);
    assert_eq!(f.app.mode(), Mode::Form);
    assert_eq!(form_title(&f.app), "New household");
    // The village of the last household entered is prefilled.
    assert_eq!(
        f.app.form().unwrap().field("village").unwrap().value_text(),
        "Xianglong"
    );
    // Letters that are keys elsewhere (q, n, d, u) are typed, not obeyed.
    type_household(&mut f.app, "XL-07", "ນາງ ຄຳແພງ ສີສຸວັນ qndu", "5");
    assert!(household(&f.app, "XL-07").is_none(), "nothing saved yet");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main);
    let h = household(&f.app, "XL-07").expect("saved");
    assert_eq!(h.record.head_name, "ນາງ ຄຳແພງ ສີສຸວັນ qndu");
    assert_eq!(h.record.members, 5);
    assert_eq!(h.record.village, "Xianglong");
    assert_eq!(h.record.enrolled_on, today());
    assert_eq!(message(&f.app), "saved new household XL-07 · u undoes");
    assert!(!is_error(&f.app));
    // The list shows it, selected.
    assert_eq!(f.app.list().selected_id(), Some(h.id));
    assert_eq!(f.app.list().position(), "47/47");
    // The dashboard counts it when shown.
    ch(&mut f.app, '1');
    assert_eq!(f.app.dashboard.as_ref().unwrap().households.total, 47);
}

#[test]
fn enter_on_the_last_field_saves() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    type_household(&mut f.app, "XL-08", "Somsack", "4");
    // Enter walks on through the fields and saves on the last one.
    for _ in 0..20 {
        if f.app.mode() != Mode::Form {
            break;
        }
        press(&mut f.app, KeyCode::Enter);
    }
    assert_eq!(f.app.mode(), Mode::Main, "{}", message(&f.app));
    assert!(household(&f.app, "XL-08").is_some());
}

#[test]
fn a_refused_save_keeps_the_form_open_with_what_was_typed() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    type_household(&mut f.app, "BS-01", "Duplicate Dara", "3");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Form, "still open");
    let form = f.app.form().unwrap();
    assert_eq!(form.field("code").unwrap().value_text(), "BS-01");
    assert_eq!(
        form.field("head_name").unwrap().value_text(),
        "Duplicate Dara"
    );
    assert!(
        form.error("code").is_some_and(|e| e.contains("BS-01")),
        "{:?}",
        form.errors()
    );
    assert!(is_error(&f.app));
    assert!(
        message(&f.app).starts_with("not saved"),
        "{}",
        message(&f.app)
    );
    assert!(!message(&f.app).contains("saved new"));
    assert_eq!(f.app.store.count(RecordKind::Household), 46);
    assert!(f.app.session.is_empty(), "nothing to undo");
    // Fixing the code saves.
    f.app.popups.last_mut().map(|p| match p {
        Popup::Form(form) => form.focus_field("code"),
        _ => false,
    });
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "XL-09");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main);
    assert!(household(&f.app, "XL-09").is_some());
}

#[test]
fn esc_closes_an_untouched_form_and_asks_about_a_typed_one() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.mode(), Mode::Main);
    ch(&mut f.app, 'n');
    typed(&mut f.app, "XL-10");
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.mode(), Mode::Confirm);
    // n (or Esc, or Enter) keeps the form and what was typed.
    ch(&mut f.app, 'n');
    assert_eq!(f.app.mode(), Mode::Form);
    assert_eq!(
        f.app.form().unwrap().field("code").unwrap().value_text(),
        "XL-10"
    );
    press(&mut f.app, KeyCode::Esc);
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Form, "Enter means no");
    press(&mut f.app, KeyCode::Esc);
    ch(&mut f.app, 'y');
    assert_eq!(f.app.mode(), Mode::Main);
    assert_eq!(f.app.store.count(RecordKind::Household), 46);
}

#[test]
fn quitting_with_a_typed_form_asks_first() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    assert_eq!(
        press_ctrl(&mut f.app, 'c'),
        vec![Effect::Quit],
        "nothing typed"
    );
    typed(&mut f.app, "X");
    assert_eq!(press_ctrl(&mut f.app, 'c'), vec![Effect::Render]);
    assert!(matches!(
        f.app.popups.last(),
        Some(Popup::Confirm(c)) if c.on_yes == OnYes::Quit
    ));
    ch(&mut f.app, 'n');
    assert_eq!(f.app.mode(), Mode::Form);
    press_ctrl(&mut f.app, 'c');
    assert_eq!(ch(&mut f.app, 'y'), vec![Effect::Quit]);
}

#[test]
fn paste_goes_into_the_focused_field_and_never_presses_enter() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    paste(&mut f.app, "XL-11\n");
    assert_eq!(f.app.mode(), Mode::Form);
    assert_eq!(
        f.app.form().unwrap().field("code").unwrap().value_text(),
        "XL-11"
    );
    tab(&mut f.app);
    paste(&mut f.app, "范\u{1b}[2J锡宁");
    let form = f.app.form().unwrap();
    assert_eq!(form.field("head_name").unwrap().value_text(), "");
    assert!(
        form.error("head_name").is_some(),
        "refused whole, and said so"
    );
}

#[test]
fn the_terminal_cursor_sits_in_the_focused_field() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    typed(&mut f.app, "XL");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|fr| kumban::tui::draw::draw(fr, &f.app))
        .unwrap();
    let at = terminal.backend().cursor_position();
    let row: String = (0..80)
        .map(|x| terminal.backend().buffer()[(x, at.y)].symbol().to_string())
        .collect();
    assert!(row.contains("> Code"), "{row}");
    let before: String = (0..at.x)
        .map(|x| terminal.backend().buffer()[(x, at.y)].symbol().to_string())
        .collect();
    assert!(
        before.ends_with("XL"),
        "cursor after the typed text: {before:?}"
    );
    assert!(terminal.backend().cursor_visible());
    // No form: no cursor.
    press(&mut f.app, KeyCode::Esc);
    ch(&mut f.app, 'y');
    terminal
        .draw(|fr| kumban::tui::draw::draw(fr, &f.app))
        .unwrap();
    assert!(!terminal.backend().cursor_visible());
}

#[test]
fn n_from_a_households_pens_prefills_the_household_and_the_view_shows_the_new_pen() {
    let mut f = demo();
    ch(&mut f.app, '2');
    select(&mut f.app, "BS-02");
    ch(&mut f.app, 'p');
    assert_eq!(f.app.tab, Tab::Pens);
    assert_eq!(f.app.list().position(), "1/1");
    ch(&mut f.app, 'n');
    let form = f.app.form().unwrap();
    assert!(
        form.field("household")
            .unwrap()
            .value_text()
            .starts_with("BS-02"),
        "{}",
        form.field("household").unwrap().value_text()
    );
    // The household is filled, so focus is free to go to the label.
    tab(&mut f.app);
    typed(&mut f.app, "Pen 2");
    tab(&mut f.app);
    typed(&mut f.app, "4");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main, "{}", message(&f.app));
    let bs02 = household(&f.app, "BS-02").unwrap();
    let pens = f.app.store.pens_of(HouseholdId(bs02.id)).unwrap();
    assert_eq!(pens.len(), 2);
    assert_eq!(pens[1].record.label, "Pen 2");
    // Still the pens of BS-02, now two, the new one selected.
    assert_eq!(f.app.list().position(), "2/2");
    assert_eq!(f.app.list().selected_id(), Some(pens[1].id));
}

#[test]
fn a_reference_is_chosen_in_a_picker_popup() {
    let mut f = demo();
    typed(&mut f.app, "222"); // Households: Households, Members, Pens
    ch(&mut f.app, 'n');
    assert_eq!(form_title(&f.app), "New cattle pen");
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Picker);
    typed(&mut f.app, "bs-07");
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Form);
    let h = f
        .app
        .form()
        .unwrap()
        .field("household")
        .unwrap()
        .value_text();
    assert!(h.starts_with("BS-07"), "{h}");
    // Esc in a picker goes back to the form, nothing chosen.
    f.app.popups.last_mut().map(|p| match p {
        Popup::Form(form) => form.focus_field("household"),
        _ => false,
    });
    ch(&mut f.app, ' ');
    assert_eq!(f.app.mode(), Mode::Picker);
    press(&mut f.app, KeyCode::Esc);
    assert_eq!(f.app.mode(), Mode::Form);
}

#[test]
fn e_edits_the_selected_record_and_u_undoes_the_edit() {
    let mut f = demo();
    ch(&mut f.app, '2');
    select(&mut f.app, "BS-03");
    let before = household(&f.app, "BS-03").unwrap();
    ch(&mut f.app, 'e');
    assert_eq!(form_title(&f.app), "Household BS-03");
    for _ in 0..3 {
        tab(&mut f.app);
    }
    assert_eq!(f.app.form().unwrap().focused().unwrap().name, "members");
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "9");
    press_ctrl(&mut f.app, 's');
    assert_eq!(household(&f.app, "BS-03").unwrap().record.members, 9);
    assert_eq!(f.app.list().selected_id(), Some(before.id));
    assert_eq!(f.app.list().rows.get(2).cell(3), "9", "the list reloaded");
    assert_eq!(ch(&mut f.app, 'u'), vec![Effect::Render]);
    assert_eq!(
        household(&f.app, "BS-03").unwrap().record,
        before.record,
        "{}",
        message(&f.app)
    );
    assert_eq!(message(&f.app), "Undone: saved household BS-03");
    assert_eq!(
        f.app.list().rows.get(2).cell(3),
        before.record.members.to_string()
    );
    // The undo is itself in the history.
    let last = f.app.store.history().next().unwrap().unwrap();
    assert!(last.undoes.is_some());
    // Nothing more to undo from this session.
    ch(&mut f.app, 'u');
    assert!(message(&f.app).starts_with("Nothing to undo"));
}

#[test]
fn e_works_from_the_detail_popup_which_then_shows_the_change() {
    let mut f = demo();
    ch(&mut f.app, '2');
    select(&mut f.app, "BS-04");
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Detail);
    ch(&mut f.app, 'e');
    assert_eq!(f.app.mode(), Mode::Form);
    tab(&mut f.app);
    press(&mut f.app, KeyCode::End);
    typed(&mut f.app, " Jr");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Detail, "back on the detail");
    let Some(Popup::Detail(d)) = f.app.popups.last() else {
        panic!()
    };
    assert_eq!(d.title, "Household BS-04 Vanna Keomany Jr");
}

#[test]
fn d_asks_then_deletes_and_u_brings_the_record_back() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    type_household(&mut f.app, "XL-12", "Dara", "2");
    press_ctrl(&mut f.app, 's');
    let id = household(&f.app, "XL-12").unwrap().id;
    assert_eq!(f.app.list().selected_id(), Some(id));
    ch(&mut f.app, 'd');
    assert_eq!(f.app.mode(), Mode::Confirm);
    let Some(Popup::Confirm(c)) = f.app.popups.last() else {
        panic!()
    };
    assert_eq!(c.question, "Delete household XL-12 Dara?");
    ch(&mut f.app, 'n');
    assert!(household(&f.app, "XL-12").is_some());
    assert_eq!(message(&f.app), "Not deleted.");
    ch(&mut f.app, 'd');
    ch(&mut f.app, 'y');
    assert!(household(&f.app, "XL-12").is_none());
    assert_eq!(message(&f.app), "Deleted household XL-12 Dara · u undoes");
    assert_eq!(f.app.list().position(), "46/46");
    ch(&mut f.app, 'u');
    let back = household(&f.app, "XL-12").expect("undone");
    assert_eq!(back.id, id, "the same record, same id");
    assert_eq!(f.app.list().selected_id(), Some(id));
    // And the creation before it.
    ch(&mut f.app, 'u');
    assert!(household(&f.app, "XL-12").is_none());
    assert_eq!(f.app.store.check().unwrap(), vec![]);
}

#[test]
fn delete_of_a_record_others_point_to_is_refused_and_says_which() {
    let mut f = demo();
    ch(&mut f.app, '2');
    select(&mut f.app, "BS-01");
    ch(&mut f.app, 'd');
    ch(&mut f.app, 'y');
    assert_eq!(f.app.mode(), Mode::Notice);
    let Some(Popup::Notice(Notice { text, .. })) = f.app.popups.last() else {
        panic!()
    };
    assert!(
        text.contains("cannot delete household BS-01") && text.contains("1 cattle pen"),
        "{text}"
    );
    assert!(is_error(&f.app));
    assert!(household(&f.app, "BS-01").is_some());
    assert!(f.app.session.is_empty());
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.mode(), Mode::Main);
}

#[test]
fn workflow_keys_say_why_when_they_do_not_apply() {
    let mut f = demo();
    ch(&mut f.app, '3'); // Herd: Cattle
    select(&mut f.app, "BS-C-006"); // a bull
    assert_eq!(f.app.selected_flags(), flag::ACTIVE);
    ch(&mut f.app, 'v');
    assert_eq!(f.app.mode(), Mode::Main);
    assert!(is_error(&f.app));
    assert_eq!(
        message(&f.app),
        "BS-C-006 is a male; only a cow can be served"
    );
    select(&mut f.app, "BS-C-001"); // pregnant
    ch(&mut f.app, 'v');
    assert!(
        message(&f.app).contains("already pregnant"),
        "{}",
        message(&f.app)
    );
    select(&mut f.app, "BS-C-121"); // sold
    assert_eq!(f.app.selected_flags(), 0);
    ch(&mut f.app, '$');
    assert_eq!(message(&f.app), "BS-C-121 is already sold");
    ch(&mut f.app, 'x');
    assert_eq!(message(&f.app), "BS-C-121 is already sold");
    // A closed pregnancy has no check, calving or loss.
    ch(&mut f.app, '3'); // from Cattle, Herd's next screen: Breeding
    let closed = f
        .app
        .list()
        .visible
        .iter()
        .position(|i| f.app.list().rows.get(*i).cell(5) != "pending")
        .unwrap();
    let page = f.app.page();
    f.app.list_mut().move_to(closed, page);
    for key in ['p', 'c', 'l'] {
        f.app.message = None;
        ch(&mut f.app, key);
        assert_eq!(f.app.mode(), Mode::Main);
        assert!(
            message(&f.app).contains("already closed"),
            "{key}: {}",
            message(&f.app)
        );
    }
}

#[test]
fn service_on_a_cow_then_the_breeding_tab_says_watch_for_heat() {
    let mut f = demo();
    ch(&mut f.app, '3'); // Herd: Cattle
    // A cow that can be served: active, female, not pregnant.
    let cow = f
        .app
        .list()
        .rows
        .iter()
        .find(|r| r.flags() & flag::SERVICEABLE != 0)
        .map(|r| (r.id(), r.cell(0).to_string()))
        .unwrap();
    select(&mut f.app, &cow.1);
    ch(&mut f.app, 'v');
    assert_eq!(
        form_title(&f.app),
        format!("Record service of {} (female)", cow.1)
    );
    // Served 20 days ago.
    tab(&mut f.app);
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "2026-11-08");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main, "{}", message(&f.app));
    let p = f.app.store.pregnancies_of(AnimalId(cow.0)).unwrap();
    let new = p.iter().find(|p| p.record.is_pending()).unwrap();
    assert_eq!(
        new.record.service_date,
        Date::from_ymd(2026, 11, 8).unwrap()
    );
    assert_eq!(f.app.tab, Tab::Cattle, "stays on the cow");
    assert_eq!(f.app.selected_flags(), flag::ACTIVE, "no second service");
    // On the Breeding tab the new pregnancy is selected and marked.
    ch(&mut f.app, '3'); // from Cattle, Herd's next screen: Breeding
    let row = f.app.list().selected_row().unwrap();
    assert_eq!(row.id(), new.id);
    assert_eq!(row.mark(), Mark::Watch);
    assert_eq!(row.cell(6), "in 263 days WATCH HEAT");
}

#[test]
fn calving_creates_the_calf_and_u_undoes_both() {
    let mut f = demo();
    typed(&mut f.app, "33"); // Herd: Cattle, Breeding
    let first = f.app.list().selected_row().unwrap();
    assert_eq!(first.cell(0), "BS-C-001");
    assert_eq!(first.mark(), Mark::Warn);
    let first = first.id();
    let animals = f.app.store.count(RecordKind::Animal);
    ch(&mut f.app, 'c');
    assert_eq!(form_title(&f.app), "Calving of BS-C-001");
    f.app.popups.last_mut().map(|p| match p {
        Popup::Form(form) => form.focus_field("ear_tag"),
        _ => false,
    });
    typed(&mut f.app, "BS-C-200");
    press_ctrl(&mut f.app, 's');
    // The demo's first cow is overdue: served 303 days ago, which the form
    // asks about once; Ctrl-S again saves.
    let warning = f.app.form().and_then(|x| x.warning("calved_on"));
    assert!(
        warning.is_some_and(|w| w.contains("303 days")),
        "{warning:?}"
    );
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main, "{}", message(&f.app));
    assert_eq!(
        message(&f.app),
        "saved the calving of BS-C-001 and calf BS-C-200 · u undoes"
    );
    let p = f.app.store.fetch::<Pregnancy>(PregnancyId(first)).unwrap();
    assert!(matches!(
        p.record.outcome,
        Outcome::Calved { calf: Some(_), .. }
    ));
    let calf = f.app.store.animal_by_tag("BS-C-200").unwrap().unwrap();
    assert_eq!(calf.record.born_on, today());
    assert_eq!(f.app.store.count(RecordKind::Animal), animals + 1);
    // The calved pregnancy is still selected; it has no pending steps now.
    assert_eq!(f.app.list().selected_id(), Some(first));
    assert_eq!(f.app.selected_flags(), 0);
    ch(&mut f.app, 'u');
    let p = f.app.store.fetch::<Pregnancy>(PregnancyId(first)).unwrap();
    assert!(p.record.is_pending(), "{}", message(&f.app));
    assert!(f.app.store.animal_by_tag("BS-C-200").unwrap().is_none());
    assert_eq!(f.app.store.count(RecordKind::Animal), animals);
    assert_eq!(f.app.store.check().unwrap(), vec![]);
}

#[test]
fn check_and_loss_on_a_pending_pregnancy() {
    let mut f = demo();
    typed(&mut f.app, "33"); // Herd: Cattle, Breeding
    let id = f.app.list().selected_id().unwrap();
    let confirmed = f
        .app
        .store
        .fetch::<Pregnancy>(PregnancyId(id))
        .unwrap()
        .record
        .confirmed_on;
    ch(&mut f.app, 'p');
    assert_eq!(form_title(&f.app), "Pregnancy check of BS-C-001");
    press_ctrl(&mut f.app, 's'); // pregnant, checked today
    let p = f.app.store.fetch::<Pregnancy>(PregnancyId(id)).unwrap();
    assert_eq!(p.record.confirmed_on, Some(today()));
    ch(&mut f.app, 'l');
    assert_eq!(form_title(&f.app), "Lost pregnancy of BS-C-001");
    f.app.popups.last_mut().map(|p| match p {
        Popup::Form(form) => form.focus_field("reason"),
        _ => false,
    });
    typed(&mut f.app, "aborted");
    press_ctrl(&mut f.app, 's');
    let p = f.app.store.fetch::<Pregnancy>(PregnancyId(id)).unwrap();
    assert!(matches!(&p.record.outcome, Outcome::Lost { reason, .. } if reason == "aborted"));
    // Two changes in this session: two undos, newest first.
    assert_eq!(f.app.session.len(), 2);
    ch(&mut f.app, 'u');
    ch(&mut f.app, 'u');
    let p = f.app.store.fetch::<Pregnancy>(PregnancyId(id)).unwrap();
    assert!(p.record.is_pending());
    assert_eq!(p.record.confirmed_on, confirmed);
}

#[test]
fn sale_marks_the_animal_sold_and_logs_the_income() {
    let mut f = demo();
    ch(&mut f.app, '3'); // Herd: Cattle
    select(&mut f.app, "BS-C-006");
    let income = f.app.store.count(RecordKind::Income);
    ch(&mut f.app, '$');
    assert_eq!(form_title(&f.app), "Sale of BS-C-006");
    f.app.popups.last_mut().map(|p| match p {
        Popup::Form(form) => form.focus_field("price"),
        _ => false,
    });
    typed(&mut f.app, "650");
    press_ctrl(&mut f.app, 's');
    assert_eq!(f.app.mode(), Mode::Main, "{}", message(&f.app));
    let a = f.app.store.animal_by_tag("BS-C-006").unwrap().unwrap();
    assert!(matches!(a.record.status, AnimalStatus::Sold { .. }));
    assert_eq!(f.app.store.count(RecordKind::Income), income + 1);
    let logs = f.app.store.income_of_animal(AnimalId(a.id)).unwrap();
    assert_eq!(logs[0].record.amount.to_string(), "650.00 USD");
    assert_eq!(f.app.list().selected_row().unwrap().cell(7), "sold");
    // Death of a sold animal does not apply; undo brings the bull back.
    ch(&mut f.app, 'x');
    assert_eq!(message(&f.app), "BS-C-006 is already sold");
    ch(&mut f.app, 'u');
    let a = f.app.store.animal_by_tag("BS-C-006").unwrap().unwrap();
    assert!(a.record.is_active());
    assert_eq!(f.app.store.count(RecordKind::Income), income);
    ch(&mut f.app, 'x');
    assert_eq!(form_title(&f.app), "Death of BS-C-006");
}

#[test]
fn history_lists_the_changed_fields_and_enter_shows_the_whole_diff() {
    let mut f = demo();
    ch(&mut f.app, '2');
    select(&mut f.app, "BS-05");
    ch(&mut f.app, 'e');
    for _ in 0..3 {
        tab(&mut f.app);
    }
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "8");
    tab(&mut f.app);
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "+856 20 555 0101");
    press_ctrl(&mut f.app, 's');
    assert_eq!(
        f.app.mode(),
        Mode::Main,
        "{:?}",
        f.app.form().map(|f| f.errors())
    );
    ch(&mut f.app, '5'); // Checks: History
    let row = f.app.list().selected_row().unwrap();
    assert_eq!(row.cell(2), "updated");
    assert_eq!(row.cell(3), "household BS-05");
    assert!(
        row.cell(4).starts_with("members: 7 → 8; phone: "),
        "{}",
        row.cell(4)
    );
    // `/` filters the history.
    ch(&mut f.app, '/');
    typed(&mut f.app, "members: 7");
    press(&mut f.app, KeyCode::Enter);
    assert_eq!(f.app.list().position(), "1/1");
    press(&mut f.app, KeyCode::Enter);
    let Some(Popup::Detail(d)) = f.app.popups.last() else {
        panic!()
    };
    let lines = format!("{:?}", d.lines);
    assert!(lines.contains("members: 7 → 8"), "{lines}");
    assert!(lines.contains("Fields changed (2)"), "{lines}");
}

#[test]
fn screens_a_form_over_a_tab_a_delete_question_and_the_history() {
    let mut f = demo();
    ch(&mut f.app, '2');
    ch(&mut f.app, 'n');
    type_household(&mut f.app, "XL-07", "ນາງ ຄຳແພງ ສີສຸວັນ", "");
    insta::assert_snapshot!("form_over_households", screen(&f.app));

    press(&mut f.app, KeyCode::Esc);
    ch(&mut f.app, 'y');
    select(&mut f.app, "BS-05");
    ch(&mut f.app, 'd');
    insta::assert_snapshot!("delete_question", screen(&f.app));
    ch(&mut f.app, 'n');

    // An edit, a new household deleted, and the delete undone.
    ch(&mut f.app, 'e');
    for _ in 0..3 {
        tab(&mut f.app);
    }
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "8");
    for _ in 0..3 {
        tab(&mut f.app);
    }
    press(&mut f.app, KeyCode::Right); // demonstration: yes → no
    press_ctrl(&mut f.app, 's');
    ch(&mut f.app, 'n');
    type_household(&mut f.app, "XL-12", "范锡宁", "2");
    press_ctrl(&mut f.app, 's');
    ch(&mut f.app, 'd');
    ch(&mut f.app, 'y');
    ch(&mut f.app, 'u');
    ch(&mut f.app, '5'); // Checks: History
    insta::assert_snapshot!("history_with_changes", screen(&f.app));
    press(&mut f.app, KeyCode::Enter);
    ch(&mut f.app, 'j');
    ch(&mut f.app, 'j');
    ch(&mut f.app, 'j');
    press(&mut f.app, KeyCode::Esc);
    ch(&mut f.app, 'j');
    ch(&mut f.app, 'j');
    ch(&mut f.app, 'j');
    press(&mut f.app, KeyCode::Enter);
    insta::assert_snapshot!("history_detail_of_an_edit", screen(&f.app));
}

#[test]
fn screens_of_the_breeding_workflow_a_picker_and_a_refusal() {
    let mut f = demo();
    typed(&mut f.app, "33"); // Herd: Cattle, Breeding
    ch(&mut f.app, 'c');
    insta::assert_snapshot!("calving_form", screen(&f.app));
    press(&mut f.app, KeyCode::Esc);

    // A service 20 days ago: the Breeding tab says to watch for heat.
    typed(&mut f.app, "33"); // from Breeding: Weights, then Cattle
    select(&mut f.app, "XL-C-147");
    ch(&mut f.app, 'v');
    tab(&mut f.app);
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "2026-11-08");
    press_ctrl(&mut f.app, 's');
    ch(&mut f.app, '3'); // from Cattle, Herd's next screen: Breeding
    insta::assert_snapshot!("breeding_watch_heat", screen(&f.app));

    typed(&mut f.app, "222"); // Households: Households, Members, Pens
    ch(&mut f.app, 'n');
    press(&mut f.app, KeyCode::Enter);
    typed(&mut f.app, "ບຸນມີ");
    insta::assert_snapshot!("picker_over_form", screen(&f.app));
    press(&mut f.app, KeyCode::Esc);
    press(&mut f.app, KeyCode::Esc);

    ch(&mut f.app, '2');
    select(&mut f.app, "BS-01");
    ch(&mut f.app, 'd');
    ch(&mut f.app, 'y');
    insta::assert_snapshot!("delete_refused", screen(&f.app));
}

#[test]
fn undo_is_refused_when_the_record_was_changed_since() {
    let mut f = demo();
    ch(&mut f.app, '2');
    select(&mut f.app, "BS-06");
    ch(&mut f.app, 'e');
    for _ in 0..3 {
        tab(&mut f.app);
    }
    press_ctrl(&mut f.app, 'u');
    typed(&mut f.app, "9");
    press_ctrl(&mut f.app, 's');
    // Someone else changes the household afterwards.
    let h = household(&f.app, "BS-06").unwrap();
    let mut changed = h.record.clone();
    changed.members = 10;
    f.app.store.update(HouseholdId(h.id), changed).unwrap();
    ch(&mut f.app, 'u');
    assert_eq!(f.app.mode(), Mode::Notice);
    let Some(Popup::Notice(Notice { text, .. })) = f.app.popups.last() else {
        panic!()
    };
    assert!(text.contains("changed again since"), "{text}");
    assert_eq!(household(&f.app, "BS-06").unwrap().record.members, 10);
    assert_eq!(
        f.app.session.len(),
        1,
        "still the last change of the session"
    );
}
