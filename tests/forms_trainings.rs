//! The training form: a training with no household ticked, or after
//! today, is refused beside its field and nothing is written; a good one
//! saves the training and every member of the ticked households in one
//! transaction, which one undo takes back. The visit form refuses a next
//! visit before the visit.

mod support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kumban::forms::{Form, FormOutcome, FormView, PickerOutcome, PickerView};
use kumban::model::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::forms::*;

fn refused(f: &mut Form) -> Vec<(&'static str, String)> {
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue, "saved?");
    f.errors()
        .into_iter()
        .map(|(n, m)| (n, m.to_string()))
        .collect()
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Puts what the picker of several handed back into the form, as the
/// shell does.
fn took(f: &mut Form, out: PickerOutcome) {
    match out {
        PickerOutcome::Ticked { field, ticked } => f.set_ticks(field, ticked),
        other => panic!("nothing handed back: {other:?}"),
    }
}

fn member(household: HouseholdId, name: &str) -> Member {
    Member {
        household,
        name: name.into(),
        sex: Sex::Female,
        birth_year: 1990,
        relation: Relation::Child,
        works: true,
        groups: vec![],
        notes: String::new(),
    }
}

#[test]
fn training_form_needs_attendees_and_saves_them_with_the_training_in_one_transaction() {
    let s = seed();
    for name in ["Noy", "Keo"] {
        s.store.insert(member(s.bs07, name)).unwrap();
    }
    s.store.insert(member(s.xl02, "Phone")).unwrap();
    let mut f = Form::new_record(&s.store, &settings(), RecordKind::Training).unwrap();
    assert_eq!(value(&f, "date"), "2026-11-28", "today");
    assert_eq!(value(&f, "topic"), "breeding", "the first known topic");
    fill(&mut f, "topic", "disease prevention");
    fill(&mut f, "trainer", "Dr. Somsak");
    fill(&mut f, "place", "Bansuo");
    fill(&mut f, "date", "2026-11-29");
    assert_eq!(
        refused(&mut f),
        vec![
            (
                "date",
                "2026-11-29 is after today (2026-11-28); record a training once it was held"
                    .to_string()
            ),
            (
                "attendees",
                "a training needs at least one attendee; tick the households whose members attended"
                    .to_string()
            ),
        ]
    );
    assert_eq!(s.store.count(RecordKind::Training), 0, "nothing written");
    fill(&mut f, "date", "2026-11-20");
    // BS-07 is the first household offered: Tab ticks it, Enter takes it.
    let mut picker = open_picker(&mut f, &s.store, "attendees");
    assert_eq!(
        picker.handle_key(key(KeyCode::Tab)),
        PickerOutcome::Continue
    );
    took(&mut f, picker.handle_key(key(KeyCode::Enter)));
    assert_eq!(value(&f, "attendees"), "BS-07");
    let saved = save(&mut f, &s.store).unwrap();
    assert_eq!(
        saved.message,
        "saved training disease prevention on 2026-11-20 with 2 attendees"
    );
    let t = s.store.fetch::<Training>(TrainingId(saved.id)).unwrap();
    assert_eq!(t.record.trainer, "Dr. Somsak");
    let who: Vec<String> = s
        .store
        .attendance_of(TrainingId(saved.id))
        .unwrap()
        .into_iter()
        .map(|a| {
            s.store
                .fetch::<Member>(a.record.member)
                .unwrap()
                .record
                .name
        })
        .collect();
    assert_eq!(who, ["Noy", "Keo"]);
    s.store.undo(saved.txn.unwrap()).unwrap();
    assert_eq!(s.store.count(RecordKind::Training), 0);
    assert_eq!(s.store.count(RecordKind::Attendance), 0);
}

#[test]
fn visit_form_refuses_a_next_visit_before_the_visit_and_saves_a_good_one() {
    let s = seed();
    let prefill = kumban::forms::Prefill {
        household: Some(s.bs07),
        cow: None,
    };
    let mut f = Form::new_record_from(&s.store, &settings(), RecordKind::Visit, prefill).unwrap();
    assert!(value(&f, "household").starts_with("BS-07"));
    fill(&mut f, "technician", "Mr. Bounmy");
    fill(&mut f, "date", "2026-11-02");
    fill(&mut f, "next_visit", "2026-11-01");
    assert_eq!(
        refused(&mut f),
        vec![(
            "next_visit",
            "2026-11-01 is before the date of the visit (2026-11-02)".to_string()
        )]
    );
    assert_eq!(s.store.count(RecordKind::Visit), 0, "nothing written");
    fill(&mut f, "next_visit", "2027-02-01");
    save(&mut f, &s.store).unwrap();
    let v = &s.store.visits_of(s.bs07).unwrap()[0].record;
    assert_eq!(
        (v.purpose.as_str(), v.next_visit),
        ("pen inspection", Some(d("2027-02-01")))
    );
}

/// Two more Bansuo households and one more Xianglong one, one member each
/// besides BS-07's two and XL-02's one.
fn district() -> Seed {
    let s = seed();
    for name in ["Noy", "Keo"] {
        s.store.insert(member(s.bs07, name)).unwrap();
    }
    s.store.insert(member(s.xl02, "Phone")).unwrap();
    for (code, village) in [
        ("BS-01", "Bansuo"),
        ("XL-05", "Xianglong"),
        ("BS-04", "Bansuo"),
    ] {
        let h = s.store.insert(household(code, "Head", village)).unwrap();
        s.store.insert(member(h, &format!("{code} head"))).unwrap();
    }
    s
}

fn training_form(s: &Seed) -> Form {
    let mut f = Form::new_record(&s.store, &settings(), RecordKind::Training).unwrap();
    fill(&mut f, "topic", "disease prevention");
    fill(&mut f, "trainer", "Dr. Somsak");
    fill(&mut f, "place", "Bansuo");
    fill(&mut f, "date", "2026-11-20");
    f
}

#[test]
fn attendees_are_ticked_in_a_picker_a_village_at_once_and_esc_changes_nothing() {
    let s = district();
    let mut f = training_form(&s);
    assert_eq!(value(&f, "attendees"), "");
    // Two ticked one by one (Tab ticks and moves on), then Esc: nothing.
    let mut p = open_picker(&mut f, &s.store, "attendees");
    assert!(p.is_ticks());
    assert_eq!(p.total(), 5);
    p.handle_key(key(KeyCode::Tab));
    p.handle_key(key(KeyCode::Tab));
    assert_eq!(p.ticked_count(), 2);
    assert_eq!(p.handle_key(key(KeyCode::Esc)), PickerOutcome::Cancel);
    assert_eq!(value(&f, "attendees"), "", "Esc left the field as it was");

    // A village by its name: the filter matches it, Ctrl-A ticks what shows.
    let mut p = open_picker(&mut f, &s.store, "attendees");
    for c in "bansuo".chars() {
        p.handle_key(key(KeyCode::Char(c)));
    }
    let shown: Vec<&str> = p.shown().map(|i| i.code.as_str()).collect();
    assert_eq!(shown, ["BS-07", "BS-01", "BS-04"]);
    p.handle_key(ctrl('a'));
    assert_eq!(p.ticked_count(), 3);
    // Typing goes to the filter, Space too: a filter of two words.
    p.handle_key(ctrl('u'));
    for c in "xl- 05".chars() {
        p.handle_key(key(KeyCode::Char(c)));
    }
    assert_eq!(p.shown_len(), 1);
    assert_eq!(p.ticked_count(), 3, "typing ticks nothing");
    p.handle_key(key(KeyCode::Tab));
    took(&mut f, p.handle_key(key(KeyCode::Enter)));
    assert_eq!(value(&f, "attendees"), "BS-07, BS-01, XL-05, BS-04");
    assert!(f.is_dirty());

    // Opened again, the picker shows the same ticks; Ctrl-A on a village
    // all ticked unticks it.
    let mut p = open_picker(&mut f, &s.store, "attendees");
    assert_eq!(p.ticked_count(), 4);
    assert!(p.is_ticked(0));
    for c in "xianglong".chars() {
        p.handle_key(key(KeyCode::Char(c)));
    }
    assert_eq!(p.shown_len(), 2);
    p.handle_key(ctrl('a'));
    assert_eq!(p.ticked_count(), 5, "XL-02 ticked too");
    p.handle_key(ctrl('a'));
    assert_eq!(p.ticked_count(), 3, "both unticked");
    took(&mut f, p.handle_key(key(KeyCode::Enter)));
    assert_eq!(value(&f, "attendees"), "BS-07, BS-01, BS-04");

    // BS-07's two members and one each of BS-01 and BS-04.
    let saved = save(&mut f, &s.store).unwrap();
    assert_eq!(
        saved.message,
        "saved training disease prevention on 2026-11-20 with 4 attendees"
    );
    assert_eq!(s.store.count(RecordKind::Attendance), 4);
}

#[test]
fn a_training_started_from_a_household_has_it_ticked_and_enter_opens_the_list() {
    let s = district();
    let prefill = kumban::forms::Prefill {
        household: Some(s.xl02),
        cow: None,
    };
    let mut f =
        Form::new_record_from(&s.store, &settings(), RecordKind::Training, prefill).unwrap();
    assert_eq!(value(&f, "attendees"), "XL-02");
    // Enter on the field opens the list rather than saving one household.
    assert!(f.focus_field("attendees"));
    let FormOutcome::OpenPicker(req) = f.handle_key(key(KeyCode::Enter)) else {
        panic!("Enter did not open the list");
    };
    let p = kumban::forms::Picker::open(&s.store, &req).unwrap();
    assert_eq!(p.ticked_count(), 1);
    assert!(p.is_ticked(1), "XL-02 is the second household");
    // A letter typed on the field starts the filter with it.
    let FormOutcome::OpenPicker(req) = f.handle_key(key(KeyCode::Char('x'))) else {
        panic!("typing did not open the list");
    };
    assert_eq!(req.query, "x");
}

#[test]
fn the_picker_of_several_and_the_summary_at_80_by_24() {
    let s = district();
    let mut f = training_form(&s);
    let mut p = open_picker(&mut f, &s.store, "attendees");
    p.handle_key(key(KeyCode::Tab));
    p.handle_key(key(KeyCode::Down));
    p.handle_key(key(KeyCode::Tab));
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|frame| {
        frame.render_widget(FormView::new(&f), frame.area());
        let area = PickerView::area(frame.area());
        frame.render_widget(PickerView::new(&p), area);
    })
    .unwrap();
    let text = t.backend().to_string();
    assert!(text.contains("Tick the households that attended"), "{text}");
    assert!(text.contains("5 to choose from · 2 ticked"), "{text}");
    assert!(text.contains("  [x] BS-07 "), "{text}");
    assert!(text.contains("  [ ] XL-02 "), "{text}");
    assert!(text.contains("  [x] BS-01 "), "{text}");
    assert!(text.contains("> [ ] XL-05 "), "the selected row: {text}");
    assert!(
        text.contains("Tab tick  Ctrl-A all shown  Enter done  Esc back"),
        "{text}"
    );
    took(&mut f, p.handle_key(key(KeyCode::Enter)));
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|frame| frame.render_widget(FormView::new(&f), frame.area()))
        .unwrap();
    let text = t.backend().to_string();
    assert!(text.contains("2 households: BS-07, BS-01"), "{text}");
}

#[test]
fn a_village_named_in_full_is_that_village_alone() {
    let s = seed();
    for (code, village) in [
        ("BS-02", "Bansuo"),
        ("B2-01", "Bansuo 2"),
        ("B2-02", "Bansuo  2"),
    ] {
        let h = s.store.insert(household(code, "Head", village)).unwrap();
        s.store.insert(member(h, &format!("{code} head"))).unwrap();
    }
    let mut f = training_form(&s);
    let mut p = open_picker(&mut f, &s.store, "attendees");
    let typed = |p: &mut kumban::forms::Picker, text: &str| -> Vec<String> {
        p.handle_key(ctrl('u'));
        for c in text.chars() {
            p.handle_key(key(KeyCode::Char(c)));
        }
        p.shown().map(|i| i.code.clone()).collect()
    };
    // As words anywhere, "2" would find BS-02 of Bansuo too; as Bansuo's
    // words, the households of Bansuo 2.
    assert_eq!(typed(&mut p, "Bansuo 2"), ["B2-01", "B2-02"]);
    assert_eq!(typed(&mut p, "bansuo"), ["BS-07", "BS-02"]);
    // Not a village's whole name: words found anywhere, as before.
    assert_eq!(typed(&mut p, "bans"), ["BS-07", "BS-02", "B2-01", "B2-02"]);
    assert_eq!(typed(&mut p, "bansuo 02"), ["BS-02", "B2-02"]);
    p.handle_key(ctrl('u'));
    for c in "bansuo 2".chars() {
        p.handle_key(key(KeyCode::Char(c)));
    }
    p.handle_key(ctrl('a'));
    took(&mut f, p.handle_key(key(KeyCode::Enter)));
    assert_eq!(value(&f, "attendees"), "B2-01, B2-02");
}
