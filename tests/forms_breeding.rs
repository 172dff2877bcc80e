//! The breeding workflow and the end of an animal's time in the herd:
//! each is one form and one store transaction.

mod support;

use crossterm::event::KeyCode;
use kumban::forms::{Form, FormOutcome, OpenError, Submission};
use kumban::model::*;
use kumban::store::{Change, Store};
use support::forms::*;

/// The changes of the newest transaction, in the order they were made.
fn last_changes(store: &Store) -> Vec<Change> {
    let txn = store.last_txn().unwrap().unwrap();
    store.changes_of_txn(txn).unwrap()
}

fn kinds(changes: &[Change]) -> Vec<(RecordKind, bool, bool)> {
    changes
        .iter()
        .map(|c| (c.kind, c.before.is_some(), c.after.is_some()))
        .collect()
}

#[test]
fn record_service_prefills_the_cow_and_today() {
    let s = seed();
    let mut f = Form::record_service(&s.store, &settings(), Some(s.open_cow)).unwrap();
    assert_eq!(f.title(), "Record service of BS-C-001 (female)");
    assert_eq!(value(&f, "cow"), "BS-C-001 (female)");
    assert_eq!(value(&f, "service_date"), "2026-11-28");
    assert_eq!(value(&f, "gestation_days"), "283");
    f.focus_field("method");
    f.handle_key(key(KeyCode::Right));
    fill(&mut f, "sire", "Brahman straw 77");
    let saved = save(&mut f, &s.store).unwrap();
    let p = s.store.fetch::<Pregnancy>(PregnancyId(saved.id)).unwrap();
    assert_eq!(
        p.record,
        Pregnancy {
            cow: s.open_cow,
            service_date: today(),
            method: Method::Ai,
            sire: Some(Sire::Outside("Brahman straw 77".into())),
            confirmed_on: None,
            gestation_days: 283,
            outcome: Outcome::Pending,
            calving: Calving::default(),
        }
    );
    assert_eq!(
        kinds(&last_changes(&s.store)),
        [(RecordKind::Pregnancy, false, true)]
    );
    // A second service of the same cow is refused beside the cow.
    let mut f = Form::record_service(&s.store, &settings(), Some(s.open_cow)).unwrap();
    save(&mut f, &s.store).unwrap_err();
    assert_eq!(
        f.error("cow"),
        Some("BS-C-001 already has a pending pregnancy; record its outcome first")
    );
}

#[test]
fn record_check_pregnant_sets_the_confirmation_date() {
    let s = seed();
    let mut f = Form::record_check(&s.store, &settings(), s.pending).unwrap();
    assert_eq!(value(&f, "cow"), "BS-C-002");
    assert_eq!(value(&f, "served"), "2026-03-01 (AI), due 2026-12-09");
    assert_eq!(
        f.focused().unwrap().name,
        "result",
        "fixed fields are skipped"
    );
    fill(&mut f, "checked_on", "2026-05-01");
    save(&mut f, &s.store).unwrap();
    let p = s.store.fetch::<Pregnancy>(s.pending).unwrap().record;
    assert_eq!(p.confirmed_on, Some(d("2026-05-01")));
    assert!(p.is_pending());
    assert_eq!(
        kinds(&last_changes(&s.store)),
        [(RecordKind::Pregnancy, true, true)]
    );
}

#[test]
fn record_check_open_closes_the_pregnancy_and_before_service_is_refused() {
    let s = seed();
    let mut f = Form::record_check(&s.store, &settings(), s.pending).unwrap();
    f.handle_key(key(KeyCode::Right));
    assert_eq!(value(&f, "result"), "open");
    fill(&mut f, "checked_on", "2026-02-01");
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(
        f.error("checked_on"),
        Some("2026-02-01 is before the service date (2026-03-01)")
    );
    fill(&mut f, "checked_on", "2026-04-15");
    save(&mut f, &s.store).unwrap();
    let p = s.store.fetch::<Pregnancy>(s.pending).unwrap().record;
    assert_eq!(
        p.outcome,
        Outcome::Lost {
            on: d("2026-04-15"),
            reason: "not pregnant at check".into()
        }
    );
    // Closed: another check does not apply.
    match Form::record_check(&s.store, &settings(), s.pending) {
        Err(OpenError::NotApplicable(m)) => assert_eq!(
            m,
            "the pregnancy of BS-C-002 served 2026-03-01 is already closed (lost)"
        ),
        other => panic!("{:?}", other.map(|f| f.title().to_string())),
    }
}

#[test]
fn record_check_recheck_writes_nothing() {
    let s = seed();
    let before = s.store.last_txn().unwrap();
    let mut f = Form::record_check(&s.store, &settings(), s.pending).unwrap();
    f.handle_key(key(KeyCode::Left));
    assert_eq!(value(&f, "result"), "recheck");
    assert!(!f.field("checked_on").unwrap().visible);
    let sub = submission(&mut f);
    assert!(matches!(sub, Submission::Nothing(_)));
    let saved = sub.apply(&s.store).unwrap();
    assert_eq!(saved.txn, None);
    assert_eq!(
        saved.message,
        "nothing saved: the pregnancy stays pending; check again later"
    );
    assert_eq!(s.store.last_txn().unwrap(), before);
}

#[test]
fn record_calving_creates_the_calf_in_the_same_transaction() {
    let s = seed();
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    // Prefilled from the cow: owner, pen, breed, today.
    assert_eq!(value(&f, "household"), "BS-07 ນາງ ຄຳແພງ ສີສຸວັນ");
    assert_eq!(value(&f, "pen"), "Pen A");
    assert_eq!(value(&f, "breed"), "Lao native");
    assert_eq!(value(&f, "calved_on"), "2026-11-28");
    fill(&mut f, "calved_on", "2026-11-20");
    fill(&mut f, "ear_tag", "BS-C-060");
    f.focus_field("sex");
    f.handle_key(key(KeyCode::Char('m')));
    let saved = save(&mut f, &s.store).unwrap();
    assert_eq!(
        saved.message,
        "saved the calving of BS-C-002 and calf BS-C-060"
    );

    let changes = last_changes(&s.store);
    assert_eq!(saved.txn, Some(changes[0].txn));
    assert_eq!(
        kinds(&changes),
        [
            (RecordKind::Animal, false, true),
            (RecordKind::Pregnancy, true, true)
        ]
    );
    let calf_id = AnimalId(changes[0].id);
    let calf = s.store.fetch::<Animal>(calf_id).unwrap().record;
    assert_eq!(
        calf,
        Animal {
            ear_tag: "BS-C-060".into(),
            sex: Sex::Male,
            breed: "Lao native".into(),
            born_on: d("2026-11-20"),
            born_estimated: false,
            origin: Origin::BornTo {
                dam: s.pregnant_cow
            },
            household: s.bs07,
            pen: Some(s.pen_a),
            status: AnimalStatus::Active,
            notes: String::new(),
        }
    );
    let p = s.store.fetch::<Pregnancy>(s.pending).unwrap().record;
    assert_eq!(
        p.outcome,
        Outcome::Calved {
            on: d("2026-11-20"),
            calf: Some(calf_id)
        }
    );
    // Undo takes back both, as one.
    s.store.undo(saved.txn.unwrap()).unwrap();
    assert!(s.store.get::<Animal>(calf_id).unwrap().is_none());
    assert!(
        s.store
            .fetch::<Pregnancy>(s.pending)
            .unwrap()
            .record
            .is_pending()
    );
}

#[test]
fn a_calving_before_the_service_date_or_with_a_used_tag_writes_nothing() {
    let s = seed();
    let before = s.store.last_txn().unwrap();
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    fill(&mut f, "calved_on", "2026-01-10");
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(
        f.errors(),
        vec![
            (
                "calved_on",
                "2026-01-10 is before the service date (2026-03-01)"
            ),
            ("ear_tag", "enter the ear tag, such as BS-C-014"),
        ]
    );
    fill(&mut f, "calved_on", "today");
    fill(&mut f, "ear_tag", "BS-C-001");
    save(&mut f, &s.store).unwrap_err();
    assert_eq!(
        f.error("ear_tag"),
        Some("ear tag BS-C-001 is already used by another animal")
    );
    assert_eq!(s.store.last_txn().unwrap(), before);
}

#[test]
fn a_calving_without_a_calf_record_only_closes_the_pregnancy() {
    let s = seed();
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    f.focus_field("record_calf");
    f.handle_key(key(KeyCode::Char('n')));
    assert!(!f.field("ear_tag").unwrap().visible);
    let saved = save(&mut f, &s.store).unwrap();
    assert_eq!(saved.message, "saved the calving of BS-C-002");
    assert_eq!(
        kinds(&last_changes(&s.store)),
        [(RecordKind::Pregnancy, true, true)]
    );
    assert_eq!(
        s.store
            .fetch::<Pregnancy>(s.pending)
            .unwrap()
            .record
            .outcome,
        Outcome::Calved {
            on: today(),
            calf: None
        }
    );
}

#[test]
fn record_loss_needs_a_reason() {
    let s = seed();
    let mut f = Form::record_loss(&s.store, &settings(), s.pending).unwrap();
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(f.errors(), vec![("reason", "reason must not be empty")]);
    fill(&mut f, "reason", "aborted after a fall");
    fill(&mut f, "lost_on", "2026-07-02");
    save(&mut f, &s.store).unwrap();
    assert_eq!(
        s.store
            .fetch::<Pregnancy>(s.pending)
            .unwrap()
            .record
            .outcome,
        Outcome::Lost {
            on: d("2026-07-02"),
            reason: "aborted after a fall".into()
        }
    );
}

#[test]
fn record_sale_marks_the_animal_sold_and_logs_the_income_in_one_transaction() {
    let s = seed();
    let mut f = Form::record_sale(&s.store, &settings(), s.bull).unwrap();
    assert_eq!(
        value(&f, "animal"),
        "BS-B-001 (male) of BS-07 ນາງ ຄຳແພງ ສີສຸວັນ"
    );
    assert_eq!(value(&f, "description"), "sale of BS-B-001");
    fill(&mut f, "price", "0");
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(
        f.errors(),
        vec![("price", "the sale price must be more than zero")]
    );
    fill(&mut f, "price", "6,500,000 LAK");
    let saved = save(&mut f, &s.store).unwrap();
    assert_eq!(
        saved.message,
        "saved the sale of BS-B-001 for 6,500,000.00 LAK"
    );
    let changes = last_changes(&s.store);
    assert_eq!(
        kinds(&changes),
        [
            (RecordKind::Animal, true, true),
            (RecordKind::Income, false, true)
        ]
    );
    let price = Money::from_major(6_500_000, Currency::Lak);
    let bull = s.store.fetch::<Animal>(s.bull).unwrap().record;
    assert_eq!(bull.status, AnimalStatus::Sold { on: today(), price });
    let logs = s.store.income_of_animal(s.bull).unwrap();
    assert_eq!(logs.len(), 1);
    assert_eq!(
        logs[0].record,
        IncomeLog {
            household: s.bs07,
            date: today(),
            group: Group::cattle(),
            flow: Flow::Income,
            amount: price,
            description: "sale of BS-B-001".into(),
            animal: Some(s.bull),
        }
    );
    // Sold: neither a sale nor a death applies any more.
    assert!(matches!(
        Form::record_sale(&s.store, &settings(), s.bull),
        Err(OpenError::NotApplicable(m)) if m == "BS-B-001 is already sold"
    ));
}

#[test]
fn record_death_with_date_and_cause() {
    let s = seed();
    let mut f = Form::record_death(&s.store, &settings(), s.open_cow).unwrap();
    fill(&mut f, "died_on", "2010-01-01");
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(
        f.errors(),
        vec![
            (
                "died_on",
                "2010-01-01 is before the birth date (2015-05-01)"
            ),
            ("cause", "cause of death must not be empty"),
        ]
    );
    fill(&mut f, "died_on", "2026-11-27");
    fill(&mut f, "cause", "ພະຍາດປາກເປື່ອຍ (foot-and-mouth)");
    save(&mut f, &s.store).unwrap();
    assert_eq!(
        s.store.fetch::<Animal>(s.open_cow).unwrap().record.status,
        AnimalStatus::Died {
            on: d("2026-11-27"),
            cause: "ພະຍາດປາກເປື່ອຍ (foot-and-mouth)".into()
        }
    );
    assert_eq!(
        kinds(&last_changes(&s.store)),
        [(RecordKind::Animal, true, true)]
    );
    assert!(matches!(
        Form::record_death(&s.store, &settings(), s.sold_cow),
        Err(OpenError::NotApplicable(m)) if m == "BS-C-003 is already sold"
    ));
}
