//! The five record forms: what saving builds, every validation message
//! reaching its field, editing, and the store's refusals shown in place.

mod support;

use crossterm::event::KeyCode;
use kumban::forms::{Form, FormOutcome, Submission};
use kumban::model::*;
use kumban::store::StoreError;
use support::forms::*;

/// Ctrl-S on an invalid form: returns the errors shown.
fn refused(f: &mut Form) -> Vec<(&'static str, String)> {
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue, "saved?");
    f.errors()
        .into_iter()
        .map(|(n, m)| (n, m.to_string()))
        .collect()
}

fn choose(f: &mut Form, field: &str, label: &str) {
    f.focus_field(field);
    for _ in 0..10 {
        if value(f, field) == label {
            return;
        }
        f.handle_key(key(KeyCode::Right));
    }
    panic!("{field} has no option {label}");
}

#[test]
fn household_form_saves_exactly_what_was_typed() {
    let s = seed();
    let mut set = settings();
    set.village = "Bansuo".into();
    let mut f = Form::new_household(&s.store, &set).unwrap();
    assert_eq!(value(&f, "village"), "Bansuo", "village from the settings");
    assert_eq!(value(&f, "enrolled_on"), "2026-11-28", "today by default");
    fill(&mut f, "code", "BS-31");
    fill(&mut f, "head_name", "ທ້າວ ບຸນມີ ພົມມະຈັນ");
    fill(&mut f, "members", "6");
    fill(&mut f, "phone", "+856 20 5555 1234");
    f.focus_field("groups");
    f.handle_key(key(KeyCode::Right));
    f.handle_key(key(KeyCode::Right));
    f.handle_key(key(KeyCode::Char(' ')));
    choose(&mut f, "demonstration", "yes");
    choose(&mut f, "poverty", "exited");
    fill(&mut f, "exited_on", "2025-12-31");
    fill(&mut f, "baseline_income", "1,200,000 LAK");
    fill(&mut f, "enrolled_on", "2017-06-01");
    fill(&mut f, "notes", " first weaving loom in 2018 ");
    let expected = Household {
        code: "BS-31".into(),
        head_name: "ທ້າວ ບຸນມີ ພົມມະຈັນ".into(),
        village: "Bansuo".into(),
        members: 6,
        phone: Some("+856 20 5555 1234".into()),
        groups: vec![Group::weaving()],
        demonstration: true,
        poverty: Poverty::Exited {
            on: d("2025-12-31"),
        },
        baseline_income: Some(Money::new(120_000_000, Currency::Lak)),
        enrolled_on: d("2017-06-01"),
        notes: "first weaving loom in 2018".into(),
    };
    let saved = save(&mut f, &s.store).unwrap();
    assert_eq!(saved.message, "saved new household BS-31");
    let stored = s.store.get::<Household>(HouseholdId(saved.id)).unwrap();
    assert_eq!(stored.unwrap().record, expected);
    assert_eq!(s.store.last_txn().unwrap(), saved.txn);
}

#[test]
fn household_validation_messages_reach_their_fields() {
    let s = seed();
    let mut f = Form::new_household(&s.store, &settings()).unwrap();
    fill(&mut f, "code", "bs 07");
    fill(&mut f, "members", "31");
    fill(&mut f, "phone", "call me");
    choose(&mut f, "poverty", "exited");
    fill(&mut f, "exited_on", "2016-01-01");
    fill(&mut f, "baseline_income", "-5");
    fill(&mut f, "enrolled_on", "2017-06-01");
    fill(&mut f, "notes", &"x".repeat(501));
    assert_eq!(
        refused(&mut f),
        vec![
            (
                "code",
                "the household code may use capital letters, digits, - and /, such as BS-07".into()
            ),
            ("head_name", "must not be empty".into()),
            ("village", "must not be empty".into()),
            ("members", "members must be between 1 and 30".into()),
            (
                "phone",
                "write the phone number with digits, spaces, + and -, such as +856 20 5555 1234"
                    .into()
            ),
            (
                "exited_on",
                "2016-01-01 is before the enrolment date (2017-06-01)".into()
            ),
            (
                "baseline_income",
                "baseline income cannot be negative".into()
            ),
            ("notes", "is 501 characters long; the limit is 500".into()),
        ]
    );
    assert_eq!(f.message(), Some("not saved: 8 problems to fix"));
    assert_eq!(f.focused().unwrap().name, "code");
    // What was typed is all still there.
    assert_eq!(value(&f, "code"), "bs 07");
    assert_eq!(value(&f, "phone"), "call me");
    // Years out of range are caught when the date is read.
    fill(&mut f, "enrolled_on", "2162-01-01");
    let errs = refused(&mut f);
    assert_eq!(
        errs,
        vec![(
            "enrolled_on",
            "2162-01-01 is outside the years 1990 to 2100; check the year".into()
        )]
    );
}

#[test]
fn editing_a_household_starts_from_the_stored_record() {
    let s = seed();
    let stored = s.store.fetch::<Household>(s.bs07).unwrap();
    let mut f = Form::edit_record(&s.store, &settings(), RecordKind::Household, s.bs07.0).unwrap();
    assert_eq!(f.title(), "Household BS-07");
    assert_eq!(value(&f, "head_name"), "ນາງ ຄຳແພງ ສີສຸວັນ");
    assert_eq!(value(&f, "groups"), "cattle");
    assert!(!f.is_dirty());
    // Saving unchanged gives back the very same record.
    assert_eq!(
        submission(&mut f),
        Submission::Update {
            id: s.bs07.0,
            record: AnyRecord::Household(stored.record.clone()),
            expected: Some(stored.audit.updated_at)
        }
    );
    fill(&mut f, "members", "7");
    save(&mut f, &s.store).unwrap();
    let after = s.store.fetch::<Household>(s.bs07).unwrap().record;
    assert_eq!(after.members, 7);
    assert_eq!(after.head_name, stored.record.head_name);
}

#[test]
fn a_duplicate_code_is_shown_beside_the_code() {
    let s = seed();
    let mut f = Form::new_household(&s.store, &settings()).unwrap();
    fill(&mut f, "code", "BS-07");
    fill(&mut f, "head_name", "Somchai");
    fill(&mut f, "village", "Bansuo");
    fill(&mut f, "members", "4");
    let err = save(&mut f, &s.store).unwrap_err();
    assert!(matches!(err, StoreError::Refused { .. }));
    assert_eq!(
        f.error("code"),
        Some("household code BS-07 is already used; choose another")
    );
    assert_eq!(f.focused().unwrap().name, "code");
    assert_eq!(f.message(), Some("not saved: fix the marked field"));
    assert_eq!(value(&f, "head_name"), "Somchai");
    assert_eq!(s.store.count(RecordKind::Household), 2, "nothing written");
}

#[test]
fn a_failed_write_keeps_the_form_open_and_says_so() {
    let s = seed();
    let mut f = Form::new_household(&s.store, &settings()).unwrap();
    fill(&mut f, "code", "BS-40");
    let err = StoreError::Write("No space left on device (os error 28)".into());
    f.store_failed(&err);
    assert_eq!(
        f.message(),
        Some(
            "the database could not save (No space left on device (os error 28)); check that the disk has space and the folder is writable, then try again"
        )
    );
    assert!(f.errors().is_empty());
    assert_eq!(value(&f, "code"), "BS-40");
}

#[test]
fn pen_form_saves_and_checks_its_inspection() {
    let s = seed();
    let mut f = Form::new_pen(&s.store, &settings(), None).unwrap();
    pick(&mut f, &s.store, "household", "xl");
    fill(&mut f, "label", "范家牛圈");
    fill(&mut f, "capacity", "6");
    choose(&mut f, "status", "inspected");
    assert_eq!(
        refused(&mut f),
        vec![(
            "inspected_on",
            "an inspected pen needs the date of the inspection".into()
        )]
    );
    fill(&mut f, "inspected_on", "today");
    fill(&mut f, "inspected_by", "范锡宁");
    let saved = save(&mut f, &s.store).unwrap();
    let pen = s.store.fetch::<Pen>(PenId(saved.id)).unwrap().record;
    assert_eq!(
        pen,
        Pen {
            household: s.xl02,
            label: "范家牛圈".into(),
            capacity: 6,
            status: PenStatus::Inspected,
            inspected_on: Some(today()),
            inspected_by: Some("范锡宁".into()),
            notes: String::new(),
            inspection_result: None,
            checklist_failed: Vec::new(),
            next_inspection: None,
        }
    );
}

#[test]
fn pen_validation_messages_reach_their_fields() {
    let s = seed();
    let mut f = Form::new_pen(&s.store, &settings(), None).unwrap();
    fill(&mut f, "capacity", "201");
    choose(&mut f, "status", "inspected");
    fill(&mut f, "inspected_on", "2026-11-01");
    fill(&mut f, "inspected_by", &"b".repeat(61));
    fill(&mut f, "notes", &"n".repeat(501));
    // A missing household does not hide the record's own problems.
    assert_eq!(
        refused(&mut f),
        vec![
            (
                "household",
                "choose the household: press Enter for the list".into()
            ),
            ("label", "must not be empty".into()),
            ("capacity", "capacity must be between 1 and 200 head".into()),
            (
                "inspected_by",
                "is 61 characters long; the limit is 60".into()
            ),
            ("notes", "is 501 characters long; the limit is 500".into()),
        ]
    );
    f.set_reference("household", s.bs07.0, "BS-07");
    // A hidden inspection is not saved: back to "built", the date goes.
    fill(&mut f, "label", "Pen C");
    fill(&mut f, "capacity", "2");
    fill(&mut f, "inspected_by", "");
    fill(&mut f, "notes", "");
    choose(&mut f, "status", "built");
    match submission(&mut f) {
        Submission::Insert(AnyRecord::Pen(p)) => {
            assert_eq!(p.status, PenStatus::Built);
            assert_eq!(p.inspected_on, None);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn animal_form_saves_a_calf_born_to_a_dam() {
    let s = seed();
    let mut f = Form::new_animal(&s.store, &settings(), Some(s.bs07)).unwrap();
    fill(&mut f, "ear_tag", "BS-C-050");
    choose(&mut f, "sex", "male");
    fill(&mut f, "breed", "Lao native");
    fill(&mut f, "born_on", "2026-05-04");
    choose(&mut f, "origin", "born");
    assert!(!f.field("origin_on").unwrap().visible);
    pick(&mut f, &s.store, "dam", "BS-C-001");
    pick(&mut f, &s.store, "pen", "pen b");
    let saved = save(&mut f, &s.store).unwrap();
    let a = s.store.fetch::<Animal>(AnimalId(saved.id)).unwrap().record;
    assert_eq!(
        a,
        Animal {
            ear_tag: "BS-C-050".into(),
            sex: Sex::Male,
            breed: "Lao native".into(),
            born_on: d("2026-05-04"),
            born_estimated: false,
            origin: Origin::BornTo { dam: s.open_cow },
            household: s.bs07,
            pen: Some(s.pen_b),
            status: AnimalStatus::Active,
            notes: String::new(),
        }
    );
}

#[test]
fn animal_validation_messages_reach_their_fields() {
    let s = seed();
    let mut f = Form::new_animal(&s.store, &settings(), Some(s.bs07)).unwrap();
    fill(&mut f, "ear_tag", "tag 1");
    fill(&mut f, "born_on", "2015-05-01");
    fill(&mut f, "origin_on", "2014-01-01");
    choose(&mut f, "status", "sold");
    fill(&mut f, "status_on", "2020-01-01");
    fill(&mut f, "price", "0");
    assert_eq!(
        refused(&mut f),
        vec![
            (
                "ear_tag",
                "the ear tag may use capital letters, digits, - and /, such as BS-C-014".into()
            ),
            ("breed", "must not be empty".into()),
            (
                "origin_on",
                "2014-01-01 is before the birth date (2015-05-01)".into()
            ),
            ("price", "the sale price must be more than zero".into()),
        ]
    );
    choose(&mut f, "status", "died");
    fill(&mut f, "cause", "");
    let errs = refused(&mut f);
    assert!(
        errs.contains(&("cause", "cause of death must not be empty".into())),
        "{errs:?}"
    );
    choose(&mut f, "origin", "born");
    let errs = refused(&mut f);
    assert!(
        errs.contains(&("dam", "choose the dam: press Enter for the list".into())),
        "{errs:?}"
    );
}

#[test]
fn animal_store_refusals_show_beside_tag_pen_and_sex() {
    let s = seed();
    let mut f = Form::new_animal(&s.store, &settings(), Some(s.bs07)).unwrap();
    fill(&mut f, "ear_tag", "BS-C-001");
    fill(&mut f, "breed", "Brahman");
    fill(&mut f, "born_on", "2024-01-01");
    fill(&mut f, "origin_on", "2024-02-01");
    save(&mut f, &s.store).unwrap_err();
    assert_eq!(
        f.error("ear_tag"),
        Some("ear tag BS-C-001 is already used by another animal")
    );
    fill(&mut f, "ear_tag", "BS-C-051");
    // A pen of another household, as a stale picker could leave it.
    f.set_reference("pen", s.pen_x.0, "Xianglong pen");
    save(&mut f, &s.store).unwrap_err();
    assert_eq!(
        f.error("pen"),
        Some("pen Xianglong pen belongs to another household; pick a pen of the owner")
    );

    let cow = s.store.fetch::<Animal>(s.pregnant_cow).unwrap();
    let mut f = Form::edit_animal(&s.store, &settings(), &cow).unwrap();
    choose(&mut f, "sex", "male");
    save(&mut f, &s.store).unwrap_err();
    assert_eq!(
        f.error("sex"),
        Some("this animal has 0 calves and 1 breeding record as a cow, so it must stay female")
    );
}

#[test]
fn editing_an_animal_gives_back_the_same_record() {
    let s = seed();
    for id in [s.open_cow, s.sold_cow, s.bull] {
        let a = s.store.fetch::<Animal>(id).unwrap();
        let mut f = Form::edit_record(&s.store, &settings(), RecordKind::Animal, id.0).unwrap();
        assert_eq!(
            submission(&mut f),
            Submission::Update {
                id: id.0,
                record: AnyRecord::Animal(a.record.clone()),
                expected: Some(a.audit.updated_at)
            },
            "{}",
            a.record.ear_tag
        );
    }
}

#[test]
fn pregnancy_form_messages_and_the_one_pending_rule() {
    let s = seed();
    let mut f = Form::new_pregnancy(&s.store, &settings(), Some(s.pregnant_cow)).unwrap();
    assert_eq!(value(&f, "gestation_days"), "283");
    fill(&mut f, "service_date", "2026-11-01");
    let err = save(&mut f, &s.store).unwrap_err();
    assert!(err.to_string().contains("already has a pending pregnancy"));
    assert_eq!(
        f.error("cow"),
        Some("BS-C-002 already has a pending pregnancy; record its outcome first")
    );

    let mut f = Form::new_pregnancy(&s.store, &settings(), Some(s.open_cow)).unwrap();
    fill(&mut f, "service_date", "2026-03-01");
    fill(&mut f, "sire", &"s".repeat(41));
    fill(&mut f, "confirmed_on", "2026-02-01");
    fill(&mut f, "gestation_days", "100");
    choose(&mut f, "outcome", "lost");
    fill(&mut f, "outcome_on", "2026-02-01");
    assert_eq!(
        refused(&mut f),
        vec![
            ("sire", "is 41 characters long; the limit is 40".into()),
            (
                "confirmed_on",
                "2026-02-01 is before the service date (2026-03-01)".into()
            ),
            (
                "gestation_days",
                "gestation must be between 260 and 300 days (283 is usual for cattle)".into()
            ),
            (
                "outcome_on",
                "2026-02-01 is before the service date (2026-03-01)".into()
            ),
            ("reason", "reason must not be empty".into()),
        ]
    );
}

#[test]
fn editing_a_pending_pregnancy_may_keep_its_cow() {
    let s = seed();
    let p = s.store.fetch::<Pregnancy>(s.pending).unwrap();
    let mut f = Form::edit_pregnancy(&s.store, &settings(), &p).unwrap();
    fill(&mut f, "sire", "Brahman straw 77");
    save(&mut f, &s.store).unwrap();
    let after = s.store.fetch::<Pregnancy>(s.pending).unwrap().record;
    assert_eq!(after.sire, Some(Sire::Outside("Brahman straw 77".into())));
    assert_eq!(after.cow, s.pregnant_cow);
    // Its cow picker offers the cow although her pregnancy is pending.
    let picker = open_picker(&mut f, &s.store, "cow");
    let tags: Vec<&str> = picker.shown().map(|i| i.code.as_str()).collect();
    assert_eq!(tags, ["BS-C-001", "BS-C-002", "XL-C-001"]);
}

#[test]
fn income_form_saves_and_checks() {
    let s = seed();
    let mut f = Form::new_income(&s.store, &settings(), None).unwrap();
    fill(&mut f, "date", "2026-13-01");
    fill(&mut f, "amount", "0");
    fill(&mut f, "description", &"d".repeat(121));
    assert_eq!(
        refused(&mut f),
        vec![
            (
                "household",
                "choose the household: press Enter for the list".into()
            ),
            (
                "date",
                "\"2026-13-01\" is not a date; write it as 2026-03-15 or 15/03/2026 (day first), or the word today"
                    .into()
            ),
        ]
    );
    pick(&mut f, &s.store, "household", "ຄຳແພງ");
    fill(&mut f, "date", "2026-01-05");
    assert_eq!(
        refused(&mut f),
        vec![
            (
                "amount",
                "the amount must be more than zero; choose expense for money paid out".into()
            ),
            (
                "description",
                "is 121 characters long; the limit is 120".into()
            ),
        ]
    );
    choose(&mut f, "group", "weaving");
    choose(&mut f, "flow", "expense");
    fill(&mut f, "amount", "65");
    fill(&mut f, "description", "thread for sinh skirts");
    pick(&mut f, &s.store, "animal", "BS-C-001");
    let saved = save(&mut f, &s.store).unwrap();
    let log = s
        .store
        .fetch::<IncomeLog>(IncomeId(saved.id))
        .unwrap()
        .record;
    assert_eq!(
        log,
        IncomeLog {
            household: s.bs07,
            date: d("2026-01-05"),
            group: Group::weaving(),
            flow: Flow::Expense,
            amount: Money::from_major(65, Currency::Usd),
            description: "thread for sinh skirts".into(),
            animal: Some(s.open_cow),
        }
    );
    // Edit round trip.
    let stored = s.store.fetch::<IncomeLog>(IncomeId(saved.id)).unwrap();
    let mut f = Form::edit_income(&s.store, &settings(), &stored).unwrap();
    assert_eq!(
        submission(&mut f),
        Submission::Update {
            id: saved.id,
            record: AnyRecord::Income(log),
            expected: None
        }
    );
}

#[test]
fn new_record_opens_the_form_of_each_kind() {
    let s = seed();
    for kind in RecordKind::ALL {
        let f = Form::new_record(&s.store, &settings(), kind).unwrap();
        assert_eq!(f.kind().record_kind(), kind);
        assert!(!f.is_dirty());
    }
    let err = Form::edit_record(&s.store, &settings(), RecordKind::Pen, 999).unwrap_err();
    assert_eq!(
        err.to_string(),
        "no cattle pen with id 999; it may have been deleted"
    );
}

#[test]
fn member_form_refuses_a_future_birth_year_beside_the_field_and_saves_a_member() {
    let s = seed();
    let prefill = kumban::forms::Prefill {
        household: Some(s.bs07),
        cow: None,
    };
    let mut f = Form::new_record_from(&s.store, &settings(), RecordKind::Member, prefill).unwrap();
    assert!(
        value(&f, "household").starts_with("BS-07"),
        "from the household"
    );
    fill(&mut f, "birth_year", "2027");
    assert_eq!(
        refused(&mut f),
        vec![
            ("name", "must not be empty".to_string()),
            (
                "birth_year",
                "2027 is in the future (today is 2026-11-28); write the year of birth".to_string()
            ),
        ]
    );
    assert_eq!(s.store.count(RecordKind::Member), 0, "nothing written");
    fill(&mut f, "name", "ນາງ ແກ້ວ");
    fill(&mut f, "birth_year", "1985");
    choose(&mut f, "relation", "spouse");
    save(&mut f, &s.store).unwrap();
    let saved = s.store.members_of(s.bs07).unwrap();
    assert_eq!(saved.len(), 1);
    let m = &saved[0].record;
    assert_eq!(
        (m.name.as_str(), m.birth_year, m.relation, m.sex),
        ("ນາງ ແກ້ວ", 1985, Relation::Spouse, Sex::Female)
    );

    // The same name again in the household: the store's refusal, in place.
    let mut again =
        Form::new_record_from(&s.store, &settings(), RecordKind::Member, prefill).unwrap();
    fill(&mut again, "name", "ນາງ ແກ້ວ");
    fill(&mut again, "birth_year", "1990");
    let err = save(&mut again, &s.store).unwrap_err();
    assert!(
        err.to_string()
            .contains("already has a member called ນາງ ແກ້ວ"),
        "{err}"
    );
    assert_eq!(
        again.error("name"),
        Some(
            "this household already has a member called ນາງ ແກ້ວ; add what tells them apart, such as (junior)"
        )
    );
}
