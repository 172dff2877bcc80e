//! Trainings, attendance and technician visits in the store: the rules
//! across records as a table (each refusal with its message, leaving no
//! trace), a training saved with its attendees in one transaction that
//! one undo takes back, attendance counted per training from the index,
//! and a schema-3 database opening as schema 4.

mod support;

use kumban::model::*;
use kumban::store::{Store, StoreError};
use support::store::*;

fn training(date: Date, topic: &str) -> Training {
    Training {
        date,
        topic: topic.into(),
        trainer: "Dr. Somsak".into(),
        place: "Bansuo".into(),
        notes: String::new(),
    }
}

fn visit(household: HouseholdId, date: Date) -> Visit {
    Visit {
        household,
        date,
        technician: "Mr. Bounmy".into(),
        purpose: "pen inspection".into(),
        findings: String::new(),
        next_visit: None,
    }
}

/// Two members of household a, one of b.
fn people(store: &Store, v: &Village) -> [MemberId; 3] {
    [
        store.insert(member(v.a.hh, "Noy")).unwrap(),
        store.insert(member(v.a.hh, "Keo")).unwrap(),
        store.insert(member(v.b.hh, "Phone")).unwrap(),
    ]
}

type Write<'s> = Box<dyn FnOnce() -> Result<(), StoreError> + 's>;

fn attempt<'s, T>(write: impl FnOnce() -> Result<T, StoreError> + 's) -> Write<'s> {
    Box::new(move || write().map(drop))
}

struct Refusal {
    case: &'static str,
    write: for<'s> fn(&'s Store, &'s Village) -> Write<'s>,
    says: &'static str,
}

const REFUSALS: &[Refusal] = &[
    Refusal {
        case: "a training with no attendees",
        write: |s, _| attempt(move || s.record_training(training(day(2026, 3, 1), "corn"), &[])),
        says: "the training was not saved: attendees: a training needs at least one attendee; tick the households whose members attended",
    },
    Refusal {
        case: "a training with an empty topic",
        write: |s, v| {
            let m = people(s, v);
            attempt(move || s.record_training(training(day(2026, 3, 1), " "), &m))
        },
        says: "the training was not saved: topic: must not be empty",
    },
    Refusal {
        case: "the same training twice",
        write: |s, v| {
            let m = people(s, v);
            s.record_training(training(day(2026, 3, 1), "corn"), &m[..1])
                .unwrap();
            attempt(move || s.record_training(training(day(2026, 3, 1), "corn"), &m[1..]))
        },
        says: "the training was not saved: topic: there is already a training on corn at Bansuo on 2026-03-01; edit that one instead",
    },
    Refusal {
        case: "a member attending twice",
        write: |s, v| {
            let m = people(s, v);
            let t = s
                .record_training(training(day(2026, 3, 1), "corn"), &m)
                .unwrap();
            attempt(move || {
                s.insert(Attendance {
                    training: t.id,
                    member: m[0],
                })
            })
        },
        says: "the attendance was not saved: member: Noy already attends the training on corn of 2026-03-01",
    },
    Refusal {
        case: "an attendance of no member",
        write: |s, v| {
            let m = people(s, v);
            let t = s
                .record_training(training(day(2026, 3, 1), "corn"), &m[..1])
                .unwrap();
            attempt(move || {
                s.insert(Attendance {
                    training: t.id,
                    member: MemberId(99),
                })
            })
        },
        says: "the attendance was not saved: member: there is no household member with id 99; pick one from the list",
    },
    Refusal {
        case: "an attendance of no training",
        write: |s, v| {
            let m = people(s, v);
            attempt(move || {
                s.insert(Attendance {
                    training: TrainingId(42),
                    member: m[0],
                })
            })
        },
        says: "the attendance was not saved: training: there is no training with id 42; pick one from the list",
    },
    Refusal {
        case: "a training with attendance deleted",
        write: |s, v| {
            let m = people(s, v);
            let t = s
                .record_training(training(day(2026, 3, 1), "corn"), &m)
                .unwrap();
            attempt(move || s.delete::<Training>(t.id))
        },
        says: "cannot delete training corn on 2026-03-01: 3 attendees point to it; delete or change those first",
    },
    Refusal {
        case: "a member who attended deleted",
        write: |s, v| {
            let m = people(s, v);
            s.record_training(training(day(2026, 3, 1), "corn"), &m)
                .unwrap();
            attempt(move || s.delete::<Member>(m[2]))
        },
        says: "cannot delete household member Phone: 1 attendance at a training point to it; delete or change those first",
    },
    Refusal {
        case: "a visit to no household",
        write: |s, _| attempt(move || s.insert(visit(HouseholdId(77), day(2026, 3, 1)))),
        says: "the technician visit was not saved: household: there is no household with id 77; pick one from the list",
    },
    Refusal {
        case: "a next visit before the visit",
        write: |s, v| {
            let mut bad = visit(v.a.hh, day(2026, 3, 1));
            bad.next_visit = Some(day(2026, 2, 1));
            attempt(move || s.insert(bad))
        },
        says: "the technician visit was not saved: next_visit: 2026-02-01 is before the date of the visit (2026-03-01)",
    },
    Refusal {
        case: "a second visit by one technician on one day",
        write: |s, v| {
            s.insert(visit(v.a.hh, day(2026, 3, 1))).unwrap();
            attempt(move || s.insert(visit(v.a.hh, day(2026, 3, 1))))
        },
        says: "the technician visit was not saved: technician: Mr. Bounmy already visited this household on 2026-03-01; change that visit instead",
    },
];

#[test]
fn each_training_and_visit_rule_refuses_with_its_message_and_leaves_no_trace() {
    for rule in REFUSALS {
        let db = TempDb::new();
        let store = db.open();
        let v = village(&store);
        let write = (rule.write)(&store, &v);
        let history = store.history().count();
        let counters = store.counters().unwrap();
        let msg = refusal(write());
        assert_eq!(msg, rule.says, "{}", rule.case);
        assert_eq!(store.history().count(), history, "{}", rule.case);
        assert_eq!(store.counters().unwrap(), counters, "{}", rule.case);
        assert_sound(&store);
    }
}

#[test]
fn a_training_and_its_attendees_are_one_transaction_that_one_undo_takes_back() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let m = people(&store, &v);
    // A member named twice attends once.
    let saved = store
        .record_training(
            training(day(2026, 3, 1), "disease prevention"),
            &[m[0], m[1], m[2], m[0]],
        )
        .unwrap();
    assert_eq!(saved.attendees, 3);
    let who: Vec<MemberId> = store
        .attendance_of(saved.id)
        .unwrap()
        .into_iter()
        .map(|a| a.record.member)
        .collect();
    assert_eq!(who, m.to_vec());
    assert_eq!(store.attendance_of_member(m[2]).unwrap().len(), 1);
    assert_sound(&store);
    store.undo(saved.txn).unwrap();
    assert!(store.get::<Training>(saved.id).unwrap().is_none());
    assert!(store.attendance_of(saved.id).unwrap().is_empty());
    assert!(store.attendance_of_member(m[2]).unwrap().is_empty());
    assert_sound(&store);
    // A refusal of one attendee writes nothing at all.
    let before = store.history().count();
    let err = store.record_training(training(day(2026, 3, 2), "corn"), &[m[0], MemberId(99)]);
    assert!(refusal(err).contains("there is no household member with id 99"));
    assert_eq!(store.history().count(), before);
    assert!(store.all::<Training>().next().is_none());
}

#[test]
fn a_household_with_visits_is_not_deleted_and_its_visits_come_in_date_order() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let later = store.insert(visit(v.b.hh, day(2026, 5, 1))).unwrap();
    store.insert(visit(v.b.hh, day(2026, 2, 1))).unwrap();
    let dates: Vec<Date> = store
        .visits_of(v.b.hh)
        .unwrap()
        .into_iter()
        .map(|x| x.record.date)
        .collect();
    assert_eq!(dates, vec![day(2026, 2, 1), day(2026, 5, 1)]);
    let msg = refusal(store.delete::<Household>(v.b.hh));
    assert!(msg.contains("2 technician visits"), "{msg}");
    store.delete::<Visit>(later).unwrap();
    assert_eq!(store.visits_of(v.b.hh).unwrap().len(), 1);
    assert_sound(&store);
}

#[test]
fn a_schema_3_database_opens_as_schema_4_with_trainings() {
    let db = TempDb::new();
    {
        let store = db.open();
        village(&store);
    }
    {
        // What a kumban before trainings left: schema 3, none of their trees.
        let raw = db.raw();
        for tree in [
            "trainings",
            "idx/training/date",
            "attendance",
            "idx/attendance/training-member",
            "idx/attendance/member",
            "visits",
            "idx/visit/household-date",
        ] {
            raw.drop_tree(tree).unwrap();
        }
        raw.open_tree("meta")
            .unwrap()
            .insert("schema", &3u32.to_be_bytes())
            .unwrap();
        raw.flush().unwrap();
    }
    let store = db.open();
    assert_sound(&store);
    let h = store.household_by_code("BS-01").unwrap().unwrap();
    store
        .insert(visit(HouseholdId(h.id), day(2026, 1, 1)))
        .unwrap();
    assert_sound(&store);
    drop(store);
    let raw = db.raw();
    let schema = raw
        .open_tree("meta")
        .unwrap()
        .get("schema")
        .unwrap()
        .unwrap();
    assert_eq!(schema.as_ref(), 4u32.to_be_bytes());
}

#[test]
fn attendance_is_counted_per_training_from_the_index() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let m = people(&store, &v);
    assert!(store.attendance_counts().unwrap().is_empty());
    let three = store
        .record_training(training(day(2026, 3, 1), "breeding"), &m)
        .unwrap();
    let one = store
        .record_training(training(day(2026, 3, 2), "corn"), &[m[2]])
        .unwrap();
    let counts = store.attendance_counts().unwrap();
    assert_eq!(counts.len(), 2);
    for t in [three.id, one.id] {
        let read = store.attendance_of(t).unwrap().len() as u64;
        assert_eq!(counts.get(&t), Some(&read));
    }
    assert_eq!(counts.get(&three.id), Some(&3));
    store.undo(three.txn).unwrap();
    let counts = store.attendance_counts().unwrap();
    assert_eq!(counts.get(&three.id), None);
    assert_eq!(counts.get(&one.id), Some(&1));
}
