//! The form and picker widgets at 80×24: snapshots of every form with an
//! error shown, the focus visible without colour, the cursor where the
//! text ends in Lao and Chinese.

mod support;

use crossterm::event::KeyCode;
use kumban::forms::{Form, FormView, Picker, PickerView};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier};
use support::forms::*;

const AREA: Rect = Rect::new(0, 0, 80, 24);

/// Draws the form full screen; returns the terminal and the cursor.
fn draw(form: &Form) -> (Terminal<TestBackend>, Option<Position>) {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut cursor = None;
    t.draw(|f| {
        let view = FormView::new(form);
        cursor = view.cursor(f.area());
        f.render_widget(view, f.area());
    })
    .unwrap();
    (t, cursor)
}

fn screen(form: &Form) -> String {
    draw(form).0.backend().to_string()
}

fn failed_save(form: &mut Form) {
    form.handle_key(ctrl('s'));
    assert!(!form.errors().is_empty() || form.message().is_some());
}

#[test]
fn household_form_empty_and_with_errors() {
    let s = seed();
    let mut f = Form::new_household(&s.store, &settings()).unwrap();
    insta::assert_snapshot!("household_empty", screen(&f));
    fill(&mut f, "code", "bs 07");
    fill(&mut f, "head_name", "ນາງ ຄຳແພງ ສີສຸວັນ");
    fill(&mut f, "members", "31");
    failed_save(&mut f);
    insta::assert_snapshot!("household_errors", screen(&f));
}

#[test]
fn pen_form_empty_and_with_errors() {
    let s = seed();
    let mut f = Form::new_pen(&s.store, &settings(), Some(s.xl02)).unwrap();
    insta::assert_snapshot!("pen_empty", screen(&f));
    fill(&mut f, "label", "范家牛圈");
    fill(&mut f, "capacity", "0");
    f.focus_field("status");
    f.handle_key(key(KeyCode::Left));
    failed_save(&mut f);
    insta::assert_snapshot!("pen_errors", screen(&f));
}

#[test]
fn animal_form_empty_and_with_errors() {
    let s = seed();
    let mut f = Form::new_animal(&s.store, &settings(), Some(s.bs07)).unwrap();
    insta::assert_snapshot!("animal_empty", screen(&f));
    fill(&mut f, "ear_tag", "BS-C-001");
    fill(&mut f, "breed", "Lao native");
    fill(&mut f, "born_on", "2024-02-30");
    failed_save(&mut f);
    insta::assert_snapshot!("animal_errors", screen(&f));
}

#[test]
fn pregnancy_form_empty_and_with_errors() {
    let s = seed();
    let mut f = Form::new_pregnancy(&s.store, &settings(), None).unwrap();
    insta::assert_snapshot!("pregnancy_empty", screen(&f));
    fill(&mut f, "gestation_days", "100");
    failed_save(&mut f);
    insta::assert_snapshot!("pregnancy_errors", screen(&f));
}

#[test]
fn income_form_empty_and_with_errors() {
    let s = seed();
    let mut f = Form::new_income(&s.store, &settings(), Some(s.bs07)).unwrap();
    insta::assert_snapshot!("income_empty", screen(&f));
    fill(&mut f, "amount", "-25 EUR");
    failed_save(&mut f);
    insta::assert_snapshot!("income_errors", screen(&f));
}

#[test]
fn breeding_workflow_forms_with_errors() {
    let s = seed();
    let mut f = Form::record_service(&s.store, &settings(), Some(s.pregnant_cow)).unwrap();
    let e = save(&mut f, &s.store).unwrap_err();
    assert!(!e.problems().is_empty());
    insta::assert_snapshot!("service_refused", screen(&f));

    let mut f = Form::record_check(&s.store, &settings(), s.pending).unwrap();
    fill(&mut f, "checked_on", "2026-02-01");
    failed_save(&mut f);
    insta::assert_snapshot!("check_errors", screen(&f));

    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    fill(&mut f, "calved_on", "2026-01-10");
    failed_save(&mut f);
    insta::assert_snapshot!("calving_errors", screen(&f));

    let mut f = Form::record_loss(&s.store, &settings(), s.pending).unwrap();
    failed_save(&mut f);
    insta::assert_snapshot!("loss_errors", screen(&f));

    let mut f = Form::record_sale(&s.store, &settings(), s.bull).unwrap();
    fill(&mut f, "price", "800.5055");
    failed_save(&mut f);
    insta::assert_snapshot!("sale_errors", screen(&f));

    let mut f = Form::record_death(&s.store, &settings(), s.open_cow).unwrap();
    failed_save(&mut f);
    insta::assert_snapshot!("death_errors", screen(&f));
}

#[test]
fn a_disk_error_shows_in_the_message_line() {
    let s = seed();
    let mut f = Form::new_income(&s.store, &settings(), Some(s.bs07)).unwrap();
    fill(&mut f, "amount", "65");
    f.store_failed(&kumban::store::StoreError::Write(
        "Read-only file system (os error 30)".into(),
    ));
    let text = screen(&f);
    // The whole message shows, wrapped, however long.
    assert!(text.contains("the database could not save"), "{text}");
    assert!(text.contains("writable, then try again"), "{text}");
    insta::assert_snapshot!("income_disk_error", text);
}

#[test]
fn without_colour_errors_keep_their_mark_and_bold() {
    let s = seed();
    let mut f = Form::record_death(&s.store, &settings(), s.open_cow).unwrap();
    failed_save(&mut f);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|frame| frame.render_widget(FormView::new(&f).colour(false), frame.area()))
        .unwrap();
    let buf = t.backend().buffer();
    let (x, y) = (12, 4);
    assert_eq!(buf[(x, y)].symbol(), "!", "{}", t.backend());
    assert_eq!(buf[(x, y)].fg, Color::Reset);
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    // With colour, the same cell is red.
    let (t, _) = draw(&f);
    assert_eq!(t.backend().buffer()[(x, y)].fg, Color::Red);
}

#[test]
fn the_focused_field_is_marked_without_colour() {
    let s = seed();
    let mut f = Form::new_household(&s.store, &settings()).unwrap();
    f.focus_field("village");
    let (t, _) = draw(&f);
    let buf = t.backend().buffer();
    // Row 1 is code, row 3 is village (inside the border).
    assert_eq!(buf[(1, 3)].symbol(), ">");
    let label = &buf[(3, 3)];
    assert_eq!(label.symbol(), "V");
    assert!(
        label.modifier.contains(Modifier::REVERSED | Modifier::BOLD),
        "{:?}",
        label.modifier
    );
    let other = &buf[(3, 1)];
    assert_eq!(other.symbol(), "C");
    assert!(!other.modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_cursor_follows_lao_and_chinese_by_display_width() {
    let s = seed();
    let mut f = Form::new_household(&s.store, &settings()).unwrap();
    fill(&mut f, "head_name", "范锡宁");
    let (t, cursor) = draw(&f);
    let cursor = cursor.unwrap();
    // "Production groups" is the widest label (17): values start at 1+2+17+1.
    let value_x = 21;
    assert_eq!(cursor, Position::new(value_x + 6, 2));
    assert_eq!(t.backend().buffer()[(value_x, 2)].symbol(), "范");

    fill(&mut f, "head_name", "ນາງ ຄຳແພງ");
    let (_, cursor) = draw(&f);
    assert_eq!(cursor.unwrap(), Position::new(value_x + 9, 2));
    f.handle_key(key(KeyCode::Home));
    f.handle_key(key(KeyCode::Right));
    let (_, cursor) = draw(&f);
    assert_eq!(cursor.unwrap(), Position::new(value_x + 1, 2), "after ນ");

    // No cursor on a choice.
    f.focus_field("poverty");
    assert_eq!(draw(&f).1, None);
}

#[test]
fn long_forms_scroll_to_keep_the_focused_field_in_view() {
    let s = seed();
    let mut f = Form::new_household(&s.store, &settings()).unwrap();
    fill(&mut f, "notes", &"x".repeat(600));
    fill(&mut f, "phone", "call me");
    fill(&mut f, "members", "0");
    fill(&mut f, "baseline_income", "-5");
    f.focus_field("poverty");
    f.handle_key(key(KeyCode::Left));
    fill(&mut f, "exited_on", "2016-01-01");
    fill(&mut f, "enrolled_on", "2017-01-01");
    fill(&mut f, "code", "?");
    failed_save(&mut f);
    // Focus went to the first problem (code), at the top.
    let text = screen(&f);
    assert!(text.contains("> Code"), "{text}");
    assert!(text.contains('▼'), "more below: {text}");
    f.focus_field("notes");
    let (t, cursor) = draw(&f);
    let text = t.backend().to_string();
    assert!(text.contains("> Notes"), "{text}");
    assert!(text.contains("is 600 characters long"), "{text}");
    assert!(text.contains('▲'), "more above: {text}");
    // The long note is scrolled so that its end and the cursor show.
    assert_eq!(cursor.unwrap().x, 78);
}

#[test]
fn picker_popup_over_a_form() {
    let s = seed();
    let mut f = Form::new_income(&s.store, &settings(), None).unwrap();
    let mut picker: Picker = open_picker(&mut f, &s.store, "household");
    picker.handle_key(key(KeyCode::Char('ສ')));
    picker.handle_key(key(KeyCode::Backspace));
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut cursor = None;
    t.draw(|frame| {
        frame.render_widget(FormView::new(&f), frame.area());
        let area = PickerView::area(frame.area());
        let view = PickerView::new(&picker);
        cursor = view.cursor(area);
        frame.render_widget(view, area);
    })
    .unwrap();
    insta::assert_snapshot!("picker_households", t.backend().to_string());
    let area = PickerView::area(AREA);
    assert_eq!(cursor, Some(Position::new(area.x + 1 + 8, area.y + 1)));
    // The selected row is REVERSED+BOLD.
    let buf = t.backend().buffer();
    let row = &buf[(area.x + 3, area.y + 3)];
    assert_eq!(row.symbol(), "B");
    assert!(row.modifier.contains(Modifier::REVERSED | Modifier::BOLD));
}

#[test]
fn an_empty_picker_says_why() {
    let s = seed();
    let mut f = Form::new_pregnancy(&s.store, &settings(), Some(s.open_cow)).unwrap();
    f.focus_field("outcome");
    f.handle_key(key(KeyCode::Right));
    let picker = open_picker(&mut f, &s.store, "calf");
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|frame| {
        let area = PickerView::area(frame.area());
        frame.render_widget(PickerView::new(&picker), area);
    })
    .unwrap();
    let text = t.backend().to_string();
    assert!(text.contains("nothing to choose from here"), "{text}");
}

#[test]
fn tiny_and_odd_terminal_sizes_never_panic() {
    let s = seed();
    let mut f = Form::new_household(&s.store, &settings()).unwrap();
    fill(&mut f, "head_name", "ນາງ ຄຳແພງ ສີສຸວັນ 范锡宁");
    failed_save(&mut f);
    let mut p = Form::new_pen(&s.store, &settings(), None).unwrap();
    let picker = open_picker(&mut p, &s.store, "household");
    for (w, h) in [
        (1, 1),
        (2, 2),
        (5, 3),
        (10, 4),
        (20, 6),
        (40, 10),
        (81, 25),
        (120, 50),
    ] {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|frame| {
            // Offset so that widgets never start at the screen's origin.
            let area = frame.area();
            let inner = Rect::new(
                area.x + area.width / 4,
                area.y + area.height / 4,
                area.width - area.width / 4,
                area.height - area.height / 4,
            );
            let view = FormView::new(&f);
            let _ = view.cursor(inner);
            frame.render_widget(view, inner);
            let popup = PickerView::area(area);
            let pv = PickerView::new(&picker);
            let _ = pv.cursor(popup);
            frame.render_widget(pv, popup);
        })
        .unwrap();
    }
}
