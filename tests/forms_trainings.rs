//! The training form: a training with no household ticked, or after
//! today, is refused beside its field and nothing is written; a good one
//! saves the training and every member of the ticked households in one
//! transaction, which one undo takes back. The visit form refuses a next
//! visit before the visit.

mod support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kumban::forms::{Form, FormOutcome};
use kumban::model::*;
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
    // BS-07 is the first household offered.
    f.focus_field("attendees");
    f.handle_key(key(KeyCode::Char(' ')));
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
