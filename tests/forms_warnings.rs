//! Plausibility warnings: shown beside their field on the first submit,
//! the record written only when the clerk submits again without changing
//! anything; and names suggested as the clerk types (→ takes them).

mod support;

use crossterm::event::KeyCode;
use kumban::forms::{Form, FormOutcome, Saved};
use kumban::model::*;
use kumban::store::Store;
use support::forms::*;

/// What the shell does with one submit (`key`): nothing saved and the
/// warnings shown (`Err`), or the record written (`Ok`).
fn submit(f: &mut Form, store: &Store, key: crossterm::event::KeyEvent) -> Result<Saved, String> {
    let s = match f.handle_key(key) {
        FormOutcome::Save(s) => s,
        other => panic!("not valid: {other:?} {:?} {:?}", f.errors(), f.message()),
    };
    if f.confirm_warnings(store, &s) {
        Ok(s.apply(store).unwrap())
    } else {
        Err(f.message().unwrap_or_default().to_string())
    }
}

fn warned(f: &Form) -> Vec<(&'static str, String)> {
    f.fields()
        .iter()
        .filter_map(|x| x.warning.clone().map(|w| (x.name, w)))
        .collect()
}

fn animals(store: &Store) -> usize {
    store.all::<Animal>().count()
}

/// A new cow of BS-07 in the pen the picker finds by `pen`.
fn cow_form(s: &Seed, pen: &str) -> Form {
    let mut f = Form::new_animal(&s.store, &settings(), Some(s.bs07)).unwrap();
    fill(&mut f, "ear_tag", "BS-C-090");
    fill(&mut f, "breed", "Lao native");
    fill(&mut f, "born_on", "2024-05-04");
    pick(&mut f, &s.store, "pen", pen);
    f
}

#[test]
fn a_pen_over_capacity_warns_and_a_second_enter_saves() {
    let s = seed();
    // Pen A holds 4 head and has two: two more fill it.
    for tag in ["BS-C-080", "BS-C-081"] {
        s.store.insert(cow(tag, s.bs07, Some(s.pen_a))).unwrap();
    }
    let before = animals(&s.store);
    let mut f = cow_form(&s, "pen a");
    let said = submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert!(said.contains("Enter") && said.contains("Ctrl-S"), "{said}");
    assert_eq!(
        warned(&f),
        [(
            "pen",
            "pen Pen A would hold 5 head; its capacity is 4".into()
        )]
    );
    assert!(f.is_warned() && f.errors().is_empty());
    assert_eq!(animals(&s.store), before, "nothing written yet");
    // Enter in whatever field has the focus confirms: saved.
    f.focus_field("breed");
    let saved = submit(&mut f, &s.store, key(KeyCode::Enter)).unwrap();
    assert_eq!(animals(&s.store), before + 1);
    let a = s.store.fetch::<Animal>(AnimalId(saved.id)).unwrap().record;
    assert_eq!(a.pen, Some(s.pen_a));
}

#[test]
fn changing_a_field_clears_the_confirmation_and_the_next_save_warns_again() {
    let s = seed();
    for tag in ["BS-C-080", "BS-C-081"] {
        s.store.insert(cow(tag, s.bs07, Some(s.pen_a))).unwrap();
    }
    let mut f = cow_form(&s, "pen a");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    fill(&mut f, "notes", "from the March distribution");
    assert!(!f.is_warned() && warned(&f).is_empty(), "cleared by typing");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert_eq!(warned(&f).len(), 1, "warned again");
    // Moving to a pen with room: no warning, saved at once.
    pick(&mut f, &s.store, "pen", "pen b");
    submit(&mut f, &s.store, ctrl('s')).unwrap();
}

#[test]
fn a_pen_not_built_yet_warns() {
    let s = seed();
    s.store
        .insert(Pen {
            household: s.bs07,
            label: "New pen".into(),
            capacity: 10,
            status: PenStatus::Planned,
            inspected_on: None,
            inspected_by: None,
            notes: String::new(),
            inspection_result: None,
            checklist_failed: Vec::new(),
            next_inspection: None,
        })
        .unwrap();
    let mut f = cow_form(&s, "new pen");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert_eq!(
        warned(&f),
        [("pen", "pen New pen is not built yet (planned)".into())]
    );
    // A built pen with room says nothing.
    let mut f = cow_form(&s, "pen b");
    submit(&mut f, &s.store, ctrl('s')).unwrap();
}

#[test]
fn a_gestation_outside_260_to_300_days_warns() {
    let s = seed();
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    // Served 2026-03-01: calved 92 days later.
    fill(&mut f, "calved_on", "2026-06-01");
    fill(&mut f, "ear_tag", "BS-C-060");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert_eq!(
        warned(&f),
        [(
            "calved_on",
            "a gestation of 92 days from the service on 2026-03-01; usually 260 to 300".into()
        )]
    );
    // Saved anyway: editing the pregnancy later does not ask again, but
    // moving the calving date does.
    submit(&mut f, &s.store, ctrl('s')).unwrap();
    let mut f =
        Form::edit_record(&s.store, &settings(), RecordKind::Pregnancy, s.pending.0).unwrap();
    submit(&mut f, &s.store, ctrl('s')).unwrap();
    let date = f
        .fields()
        .iter()
        .find(|x| x.visible && x.value_text() == "2026-06-01")
        .map(|x| x.name)
        .expect("the calving date field");
    let mut f =
        Form::edit_record(&s.store, &settings(), RecordKind::Pregnancy, s.pending.0).unwrap();
    fill(&mut f, date, "2026-06-02");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert_eq!(warned(&f).len(), 1, "{:?}", warned(&f));
}

#[test]
fn a_gestation_inside_260_to_300_days_does_not_warn() {
    let s = seed();
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    // Served 2026-03-01: 272 days on 2026-11-28.
    fill(&mut f, "calved_on", "2026-11-28");
    fill(&mut f, "ear_tag", "BS-C-060");
    submit(&mut f, &s.store, ctrl('s')).unwrap();
}

#[test]
fn a_calving_before_the_pregnancy_check_warns() {
    let s = seed();
    let mut p = s.store.fetch::<Pregnancy>(s.pending).unwrap().record;
    p.confirmed_on = Some(d("2026-11-25"));
    s.store.update(s.pending, p).unwrap();
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    fill(&mut f, "calved_on", "2026-11-20");
    fill(&mut f, "ear_tag", "BS-C-060");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert_eq!(
        warned(&f),
        [(
            "calved_on",
            "calved before the pregnancy check on 2026-11-25".into()
        )]
    );
}

fn household_form(s: &Seed, code: &str, head: &str, village: &str) -> Form {
    let mut f = Form::new_household(&s.store, &settings()).unwrap();
    fill(&mut f, "code", code);
    fill(&mut f, "head_name", head);
    fill(&mut f, "village", village);
    fill(&mut f, "members", "4");
    f
}

#[test]
fn a_date_more_than_a_month_ahead_warns_but_a_next_due_date_does_not() {
    let s = seed();
    let mut f = household_form(&s, "BS-40", "Somsack", "Bansuo");
    // Today is 2026-11-28: 2027-02-01 is 65 days on, 2026-12-20 is 22.
    fill(&mut f, "enrolled_on", "2027-02-01");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert_eq!(
        warned(&f),
        [(
            "enrolled_on",
            "65 days after today: is the year or month right?".into()
        )]
    );
    fill(&mut f, "enrolled_on", "2026-12-20");
    submit(&mut f, &s.store, ctrl('s')).unwrap();

    let mut f = Form::new_health(&s.store, &settings(), Some(s.open_cow)).unwrap();
    fill(&mut f, "next_due", "2027-11-28");
    submit(&mut f, &s.store, ctrl('s')).unwrap();
}

#[test]
fn the_same_heads_name_in_the_same_village_warns_of_a_duplicate() {
    let s = seed();
    // BS-07's head is "ນາງ ຄຳແພງ ສີສຸວັນ" of Bansuo: spaces and case aside.
    let mut f = household_form(&s, "BS-41", "ນາງ ຄຳແພງສີສຸວັນ ", "bansuo");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert_eq!(
        warned(&f),
        [(
            "head_name",
            "household BS-07 has a head of the same name in bansuo".into()
        )]
    );
    // Saved anyway, later edits that keep the name do not ask again.
    let saved = submit(&mut f, &s.store, ctrl('s')).unwrap();
    let mut f = Form::edit_record(&s.store, &settings(), RecordKind::Household, saved.id).unwrap();
    fill(&mut f, "members", "7");
    submit(&mut f, &s.store, ctrl('s')).unwrap();
    // The same name in another village is another person.
    let mut f = household_form(&s, "XL-41", "ນາງ ຄຳແພງ ສີສຸວັນ", "Xianglong");
    submit(&mut f, &s.store, ctrl('s')).unwrap();
    // Editing BS-07 itself is no duplicate of itself.
    let mut f = Form::edit_record(&s.store, &settings(), RecordKind::Household, s.bs07.0).unwrap();
    fill(&mut f, "members", "6");
    submit(&mut f, &s.store, ctrl('s')).unwrap();
}

#[test]
fn a_new_group_close_to_a_known_one_warns() {
    let s = seed();
    let mut f = household_form(&s, "BS-42", "Somsack", "Bansuo");
    f.focus_field("groups");
    type_str(&mut f, "weavng");
    f.handle_key(key(KeyCode::Enter));
    assert!(value(&f, "groups").contains("weavng"));
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert_eq!(
        warned(&f),
        [(
            "groups",
            "\"weavng\" is new; did you mean \"weaving\"?".into()
        )]
    );
    // Saved anyway, it is a group like any other: no warning next time.
    submit(&mut f, &s.store, ctrl('s')).unwrap();
    let mut f = household_form(&s, "BS-43", "Vanh", "Bansuo");
    f.focus_field("groups");
    type_str(&mut f, "weavng");
    f.handle_key(key(KeyCode::Enter));
    submit(&mut f, &s.store, ctrl('s')).unwrap();
}

#[test]
fn a_product_close_to_a_known_one_warns() {
    let s = seed();
    let mut f = Form::new_health(&s.store, &settings(), Some(s.open_cow)).unwrap();
    fill(&mut f, "product", "blakleg");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    assert_eq!(
        warned(&f),
        [(
            "product",
            "\"blakleg\" is new; did you mean \"blackleg\"?".into()
        )]
    );
    // A new name far from every known one is no typo.
    fill(&mut f, "product", "ivermectin");
    submit(&mut f, &s.store, ctrl('s')).unwrap();
}

#[test]
fn the_product_field_suggests_known_and_used_names_and_right_takes_them() {
    let s = seed();
    let mut f = Form::new_health(&s.store, &settings(), Some(s.open_cow)).unwrap();
    fill(&mut f, "product", "Foot");
    let field = f.field("product").unwrap();
    assert_eq!(field.suggestion(), Some("-and-mouth disease"));
    f.handle_key(key(KeyCode::Right));
    assert_eq!(value(&f, "product"), "foot-and-mouth disease");
    assert_eq!(f.field("product").unwrap().suggestion(), None, "complete");
    // With the cursor inside the text nothing is suggested, and → moves.
    fill(&mut f, "product", "par");
    f.handle_key(key(KeyCode::Left));
    assert_eq!(f.field("product").unwrap().suggestion(), None);
    f.handle_key(key(KeyCode::Right));
    assert_eq!(f.field("product").unwrap().suggestion(), Some("asites"));
    // A name used in the store is offered too, in the campaign form.
    fill(&mut f, "product", "Ivermectin pour-on");
    submit(&mut f, &s.store, ctrl('s')).unwrap();
    let mut c = Form::record_campaign(&s.store, &settings()).unwrap();
    fill(&mut c, "product", "iver");
    assert_eq!(
        c.field("product").unwrap().suggestion(),
        Some("mectin pour-on")
    );
    c.handle_key(key(KeyCode::Right));
    assert_eq!(value(&c, "product"), "Ivermectin pour-on");
}

#[test]
fn the_suggestion_is_drawn_dimmed_after_the_cursor_and_the_warning_marked() {
    use kumban::forms::FormView;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Modifier;
    let s = seed();
    let mut f = Form::new_health(&s.store, &settings(), Some(s.open_cow)).unwrap();
    fill(&mut f, "product", "black");
    let draw = |f: &Form| {
        let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let mut cursor = None;
        t.draw(|frame| {
            let view = FormView::new(f);
            cursor = view.cursor(frame.area());
            frame.render_widget(view, frame.area());
        })
        .unwrap();
        (t.backend().buffer().clone(), cursor.unwrap())
    };
    let (buf, cursor) = draw(&f);
    let row: String = (0..80)
        .map(|x| buf[(x, cursor.y)].symbol().to_string())
        .collect();
    assert!(row.contains("blackleg"), "{row}");
    // Typed text plain, the rest dimmed, starting where the cursor is.
    assert!(
        !buf[(cursor.x - 1, cursor.y)]
            .modifier
            .contains(Modifier::DIM)
    );
    assert_eq!(buf[(cursor.x, cursor.y)].symbol(), "l");
    assert!(buf[(cursor.x, cursor.y)].modifier.contains(Modifier::DIM));
    let footer: String = (0..80).map(|x| buf[(x, 22)].symbol().to_string()).collect();
    assert!(footer.contains("→ completes"), "{footer}");
    // The whole footer fits 80 columns, cancel key included.
    assert!(footer.contains("Esc cancel"), "{footer}");

    fill(&mut f, "product", "blakleg");
    submit(&mut f, &s.store, ctrl('s')).unwrap_err();
    let (buf, _) = draw(&f);
    let text: Vec<String> = (0..24)
        .map(|y| (0..80).map(|x| buf[(x, y)].symbol().to_string()).collect())
        .collect();
    assert!(
        text.iter()
            .any(|l| l.contains("? \"blakleg\" is new; did you mean \"blackleg\"?")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|l| l.contains("Enter/Ctrl-S again: save anyway")),
        "{text:#?}"
    );
}
