//! Shared by the tests/forms_*.rs files: keys, a small seeded store, and
//! driving a form's picker and save the way the shell will.
#![allow(dead_code)]

use crossterm::event::KeyCode;
use kumban::forms::{Form, FormOutcome, FormSettings, Picker, PickerOutcome, Saved, Submission};
use kumban::model::*;
use kumban::store::{Store, StoreError};

pub use super::keys::{ctrl, key, shift_tab};
pub use super::today;

pub fn d(s: &str) -> Date {
    Date::parse(s, today()).unwrap()
}

pub fn settings() -> FormSettings {
    FormSettings::new(today())
}

/// Types `s` one character at a time into the focused field.
pub fn type_str(form: &mut Form, s: &str) {
    for c in s.chars() {
        let out = form.handle_key(key(KeyCode::Char(c)));
        assert_eq!(out, FormOutcome::Continue, "typing {c:?}");
    }
}

/// Focuses `field` and replaces its text with `s`.
pub fn fill(form: &mut Form, field: &str, s: &str) {
    assert!(form.focus_field(field), "cannot focus {field}");
    form.handle_key(ctrl('u'));
    type_str(form, s);
}

pub fn value(form: &Form, field: &str) -> String {
    form.field(field)
        .unwrap_or_else(|| panic!("no field {field}"))
        .value_text()
}

/// Ctrl-S; panics unless the form is valid.
pub fn submission(form: &mut Form) -> Submission {
    match form.handle_key(ctrl('s')) {
        FormOutcome::Save(s) => s,
        other => panic!(
            "not saved: {other:?}\nerrors: {:?}\nmessage: {:?}",
            form.errors(),
            form.message()
        ),
    }
}

/// Ctrl-S then apply, as the shell does; a store error goes back to the form.
pub fn save(form: &mut Form, store: &Store) -> Result<Saved, StoreError> {
    let sub = submission(form);
    let r = sub.apply(store);
    if let Err(e) = &r {
        form.store_failed(e);
    }
    r
}

/// Opens the picker of `field`, types `query`, and picks the first match.
pub fn pick(form: &mut Form, store: &Store, field: &str, query: &str) {
    let mut picker = open_picker(form, store, field);
    for c in query.chars() {
        picker.handle_key(key(KeyCode::Char(c)));
    }
    match picker.handle_key(key(KeyCode::Enter)) {
        PickerOutcome::Picked { field, id, label } => form.set_reference(field, id, &label),
        other => panic!("nothing picked for {query:?}: {other:?}"),
    }
}

pub fn open_picker(form: &mut Form, store: &Store, field: &str) -> Picker {
    assert!(form.focus_field(field), "cannot focus {field}");
    match form.handle_key(key(KeyCode::Char(' '))) {
        FormOutcome::OpenPicker(req) => Picker::open(store, &req).unwrap(),
        other => panic!("no picker for {field}: {other:?}"),
    }
}

pub struct Seed {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    pub bs07: HouseholdId,
    pub xl02: HouseholdId,
    pub pen_a: PenId,
    pub pen_b: PenId,
    pub pen_x: PenId,
    /// Active female, not pregnant, in pen A of BS-07.
    pub open_cow: AnimalId,
    /// Active female with a pending pregnancy.
    pub pregnant_cow: AnimalId,
    pub pending: PregnancyId,
    pub bull: AnimalId,
    /// A female sold last year.
    pub sold_cow: AnimalId,
    /// An active female of XL-02.
    pub xl_cow: AnimalId,
}

pub fn household(code: &str, head: &str, village: &str) -> Household {
    Household {
        code: code.into(),
        head_name: head.into(),
        village: village.into(),
        members: 5,
        phone: None,
        groups: vec![Group::cattle()],
        demonstration: true,
        poverty: Poverty::Poor,
        baseline_income: None,
        enrolled_on: d("2017-06-01"),
        notes: String::new(),
    }
}

pub fn cow(tag: &str, h: HouseholdId, pen: Option<PenId>) -> Animal {
    Animal {
        ear_tag: tag.into(),
        sex: Sex::Female,
        breed: "Lao native".into(),
        born_on: d("2015-05-01"),
        born_estimated: true,
        origin: Origin::Distributed {
            on: d("2017-06-01"),
        },
        household: h,
        pen,
        status: AnimalStatus::Active,
        notes: String::new(),
    }
}

fn pen(h: HouseholdId, label: &str) -> Pen {
    Pen {
        household: h,
        label: label.into(),
        capacity: 4,
        status: PenStatus::Built,
        inspected_on: None,
        inspected_by: None,
        notes: String::new(),
        inspection_result: None,
        checklist_failed: Vec::new(),
        next_inspection: None,
    }
}

/// Two households, three pens, five animals, one pending pregnancy.
pub fn seed() -> Seed {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    let bs07 = store
        .insert(household("BS-07", "ນາງ ຄຳແພງ ສີສຸວັນ", "Bansuo"))
        .unwrap();
    let xl02 = store
        .insert(household("XL-02", "范锡宁", "Xianglong"))
        .unwrap();
    let pen_a = store.insert(pen(bs07, "Pen A")).unwrap();
    let pen_b = store.insert(pen(bs07, "Pen B")).unwrap();
    let pen_x = store.insert(pen(xl02, "Xianglong pen")).unwrap();
    let open_cow = store.insert(cow("BS-C-001", bs07, Some(pen_a))).unwrap();
    let pregnant_cow = store.insert(cow("BS-C-002", bs07, Some(pen_a))).unwrap();
    let mut b = cow("BS-B-001", bs07, Some(pen_b));
    b.sex = Sex::Male;
    let bull = store.insert(b).unwrap();
    let mut s = cow("BS-C-003", bs07, None);
    s.status = AnimalStatus::Sold {
        on: d("2025-10-01"),
        price: Money::from_major(600, Currency::Usd),
    };
    let sold_cow = store.insert(s).unwrap();
    let xl_cow = store.insert(cow("XL-C-001", xl02, Some(pen_x))).unwrap();
    let pending = store
        .insert(Pregnancy {
            cow: pregnant_cow,
            service_date: d("2026-03-01"),
            method: Method::Ai,
            sire: None,
            confirmed_on: None,
            gestation_days: DEFAULT_GESTATION_DAYS,
            outcome: Outcome::Pending,
            calving: Calving::default(),
        })
        .unwrap();
    Seed {
        _dir: dir,
        store,
        bs07,
        xl02,
        pen_a,
        pen_b,
        pen_x,
        open_cow,
        pregnant_cow,
        pending,
        bull,
        sold_cow,
        xl_cow,
    }
}
