//! The pen form's inspection details: result, checklist and the next
//! inspection, shown only for an inspected pen (issue 15 item 6).

mod support;

use crossterm::event::KeyCode;
use kumban::forms::{Form, FormOutcome, Submission};
use kumban::model::*;
use support::forms::*;

fn choose(f: &mut Form, field: &str, label: &str) {
    assert!(f.focus_field(field), "cannot focus {field}");
    for _ in 0..10 {
        if value(f, field) == label {
            return;
        }
        f.handle_key(key(KeyCode::Right));
    }
    panic!("{field} has no option {label}");
}

fn refused(f: &mut Form) -> Vec<(&'static str, String)> {
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue, "saved?");
    f.errors()
        .into_iter()
        .map(|(n, m)| (n, m.to_string()))
        .collect()
}

const DETAILS: [&str; 7] = [
    "inspection_result",
    "check_roof",
    "check_floor",
    "check_drainage",
    "check_trough",
    "check_space",
    "next_inspection",
];

#[test]
fn an_inspection_saves_its_result_failed_checks_and_next_date() {
    let s = seed();
    let mut f = Form::new_pen(&s.store, &settings(), Some(s.bs07)).unwrap();
    for name in DETAILS {
        assert!(!f.field(name).unwrap().visible, "{name} before inspected");
    }
    fill(&mut f, "label", "Pen Z");
    fill(&mut f, "capacity", "4");
    choose(&mut f, "status", "inspected");
    for name in DETAILS {
        assert!(f.field(name).unwrap().visible, "{name} when inspected");
    }
    assert_eq!(value(&f, "inspection_result"), "not recorded");
    assert_eq!(value(&f, "check_roof"), "yes", "in order unless said");
    fill(&mut f, "inspected_on", "2026-11-01");
    choose(&mut f, "inspection_result", "needs work");
    choose(&mut f, "check_roof", "no");
    choose(&mut f, "check_space", "no");
    // Before the inspection: refused beside the field.
    fill(&mut f, "next_inspection", "2026-10-01");
    let errors = refused(&mut f);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].0, "next_inspection");
    assert!(
        errors[0].1.contains("is before the inspection date"),
        "{errors:?}"
    );
    fill(&mut f, "next_inspection", "2027-02-01");
    let saved = save(&mut f, &s.store).unwrap();
    let pen = s.store.fetch::<Pen>(PenId(saved.id)).unwrap();
    assert_eq!(
        pen.record.inspection_result,
        Some(InspectionResult::NeedsWork)
    );
    assert_eq!(
        pen.record.checklist_failed,
        vec![CheckItem::Roof, CheckItem::Space]
    );
    assert_eq!(pen.record.next_inspection, Some(d("2027-02-01")));

    // Editing shows what was saved, and saving unchanged keeps it.
    let mut f = Form::edit_pen(&s.store, &settings(), &pen).unwrap();
    assert_eq!(value(&f, "inspection_result"), "needs work");
    assert_eq!(value(&f, "check_roof"), "no");
    assert_eq!(value(&f, "check_floor"), "yes");
    assert_eq!(value(&f, "check_space"), "no");
    assert_eq!(value(&f, "next_inspection"), "2027-02-01");
    match submission(&mut f) {
        Submission::Update {
            record: AnyRecord::Pen(p),
            ..
        } => assert_eq!(p, pen.record),
        other => panic!("{other:?}"),
    }
}

/// A pen taken back to "built" drops its inspection details, as it drops
/// the inspection date.
#[test]
fn a_pen_no_longer_inspected_keeps_no_details() {
    let s = seed();
    let mut f = Form::new_pen(&s.store, &settings(), Some(s.bs07)).unwrap();
    fill(&mut f, "label", "Pen Y");
    fill(&mut f, "capacity", "3");
    choose(&mut f, "status", "inspected");
    fill(&mut f, "inspected_on", "2026-11-01");
    choose(&mut f, "inspection_result", "fail");
    choose(&mut f, "check_trough", "no");
    fill(&mut f, "next_inspection", "2026-12-01");
    choose(&mut f, "status", "built");
    match submission(&mut f) {
        Submission::Insert(AnyRecord::Pen(p)) => {
            assert_eq!(p.status, PenStatus::Built);
            assert_eq!(p.inspection_result, None);
            assert!(p.checklist_failed.is_empty());
            assert_eq!(p.next_inspection, None);
        }
        other => panic!("{other:?}"),
    }
}
