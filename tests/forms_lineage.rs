//! Lineage by the forms: a sire picked from the herd's bulls or typed as
//! an outside code, a calving's ease, birth weights, twins and stillbirths;
//! and the bad input that is refused beside its field with nothing written.

mod support;

use crossterm::event::KeyCode;
use kumban::forms::{Form, FormOutcome};
use kumban::model::*;
use kumban::store::Store;
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

fn yes(f: &mut Form, field: &str) {
    assert!(f.focus_field(field), "cannot focus {field}");
    f.handle_key(key(KeyCode::Char('y')));
}

/// The newest transaction, to show that a refused save wrote nothing.
fn last(store: &Store) -> Option<u64> {
    store.last_txn().unwrap()
}

#[test]
fn a_service_by_a_bull_of_the_herd_is_picked_from_the_males() {
    let s = seed();
    let mut f = Form::record_service(&s.store, &settings(), Some(s.open_cow)).unwrap();
    let picker = open_picker(&mut f, &s.store, "sire_bull");
    let offered: Vec<&str> = picker.shown().map(|i| i.code.as_str()).collect();
    assert_eq!(offered, ["BS-B-001"], "only the males of the herd");
    pick(&mut f, &s.store, "sire_bull", "BS-B");
    let saved = save(&mut f, &s.store).unwrap();
    let p = s.store.fetch::<Pregnancy>(PregnancyId(saved.id)).unwrap();
    assert_eq!(p.record.sire, Some(Sire::Herd(s.bull)));
    let services = s.store.pregnancies_by_sire(s.bull).unwrap();
    assert_eq!(
        services.iter().map(|p| p.id).collect::<Vec<_>>(),
        [saved.id]
    );
}

#[test]
fn a_sire_that_is_a_cow_is_refused_beside_the_field() {
    let s = seed();
    let before = last(&s.store);
    let mut f = Form::record_service(&s.store, &settings(), Some(s.open_cow)).unwrap();
    f.set_reference("sire_bull", s.xl_cow.0, "XL-C-001 (female)");
    save(&mut f, &s.store).unwrap_err();
    assert_eq!(
        f.errors(),
        vec![(
            "sire_bull",
            "XL-C-001 is not a male, so it cannot be the sire"
        )]
    );
    assert_eq!(last(&s.store), before, "nothing written");
}

#[test]
fn a_herd_bull_and_an_outside_sire_together_are_refused() {
    let s = seed();
    let before = last(&s.store);
    let mut f = Form::record_service(&s.store, &settings(), Some(s.open_cow)).unwrap();
    pick(&mut f, &s.store, "sire_bull", "BS-B");
    fill(&mut f, "sire", "Brahman straw 77");
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(
        f.errors(),
        vec![(
            "sire_bull",
            "give either a bull of the herd or an outside sire, not both"
        )]
    );
    assert_eq!(last(&s.store), before);
}

#[test]
fn birth_weights_of_0_and_81_kg_are_refused_beside_the_field() {
    let s = seed();
    let before = last(&s.store);
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    fill(&mut f, "ear_tag", "BS-C-060");
    for (typed, said) in [
        (
            "0",
            "a birth weight must be more than 0 kg (leave it empty if the calf was not weighed)",
        ),
        (
            "81",
            "81 kg is more than a calf weighs at birth (80 kg at most); check the figure",
        ),
    ] {
        fill(&mut f, "birth_weight_kg", typed);
        assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue, "{typed}");
        assert_eq!(f.errors(), vec![("birth_weight_kg", said)], "{typed}");
    }
    assert_eq!(last(&s.store), before, "nothing written");
    // 80 kg is the most a calf is taken to weigh.
    fill(&mut f, "birth_weight_kg", "80");
    save(&mut f, &s.store).unwrap();
    let p = s.store.fetch::<Pregnancy>(s.pending).unwrap().record;
    assert_eq!(p.calving.first.weight, Some(Kg(800)));
}

#[test]
fn twins_with_one_calf_tag_given_are_refused_beside_the_second() {
    let s = seed();
    let before = last(&s.store);
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    fill(&mut f, "ear_tag", "BS-C-060");
    yes(&mut f, "twins");
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(
        f.errors(),
        vec![(
            "twin_ear_tag",
            "twins: enter the second calf's ear tag too (both calves are recorded)"
        )]
    );
    fill(&mut f, "twin_ear_tag", "BS-C-060");
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(
        f.errors(),
        vec![("twin_ear_tag", "the two calves need different ear tags")]
    );
    assert_eq!(last(&s.store), before, "nothing written");
}

#[test]
fn twins_are_two_calves_with_their_dam_and_sire_in_one_transaction() {
    let s = seed();
    // The pending pregnancy was by a bull of the herd.
    let mut p = s.store.fetch::<Pregnancy>(s.pending).unwrap().record;
    p.sire = Some(Sire::Herd(s.bull));
    s.store.update(s.pending, p).unwrap();
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    choose(&mut f, "calving_ease", "assisted");
    fill(&mut f, "birth_weight_kg", "24.5");
    fill(&mut f, "ear_tag", "BS-C-060");
    yes(&mut f, "twins");
    fill(&mut f, "twin_ear_tag", "BS-C-061");
    fill(&mut f, "twin_birth_weight_kg", "19");
    let saved = save(&mut f, &s.store).unwrap();
    assert_eq!(
        saved.message,
        "saved the calving of BS-C-002 and twin calves BS-C-060 and BS-C-061"
    );
    let changes = s.store.changes_of_txn(saved.txn.unwrap()).unwrap();
    assert_eq!(changes.len(), 3, "two calves and the pregnancy, together");
    let p = s.store.fetch::<Pregnancy>(s.pending).unwrap().record;
    let calves: Vec<AnimalId> = p.calves().collect();
    assert_eq!(calves.len(), 2);
    for (calf, tag) in calves.iter().zip(["BS-C-060", "BS-C-061"]) {
        let a = s.store.fetch::<Animal>(*calf).unwrap().record;
        assert_eq!(a.ear_tag, tag);
        assert_eq!(
            a.origin,
            Origin::BornTo {
                dam: s.pregnant_cow
            }
        );
    }
    assert_eq!(p.sire, Some(Sire::Herd(s.bull)));
    assert_eq!(p.calving.ease, Some(Ease::Assisted));
    assert_eq!(p.calving.first.weight, Some(Kg(245)));
    let twin = p.calving.twin.expect("twins");
    assert_eq!(twin.birth.weight, Some(Kg(190)));
    assert!(!twin.birth.stillborn);
    // The bull named as sire must stay male, and cannot be deleted.
    let mut cow = s.store.fetch::<Animal>(s.bull).unwrap().record;
    cow.sex = Sex::Female;
    let err = s.store.update(s.bull, cow).unwrap_err().to_string();
    assert!(err.contains("sire of 1 breeding record"), "{err}");
    let err = s.store.delete::<Animal>(s.bull).unwrap_err().to_string();
    assert!(err.contains("naming it as sire"), "{err}");
}

#[test]
fn a_stillborn_twin_gets_no_record_and_its_tag_stays_empty() {
    let s = seed();
    let mut f = Form::record_calving(&s.store, &settings(), s.pending).unwrap();
    fill(&mut f, "ear_tag", "BS-C-060");
    yes(&mut f, "twins");
    yes(&mut f, "twin_stillborn");
    fill(&mut f, "twin_ear_tag", "BS-C-061");
    assert_eq!(f.handle_key(ctrl('s')), FormOutcome::Continue);
    assert_eq!(
        f.errors(),
        vec![(
            "twin_ear_tag",
            "a stillborn calf gets no record; leave its ear tag empty"
        )]
    );
    fill(&mut f, "twin_ear_tag", "");
    let saved = save(&mut f, &s.store).unwrap();
    assert_eq!(
        saved.message,
        "saved the calving of BS-C-002 and calf BS-C-060"
    );
    let p = s.store.fetch::<Pregnancy>(s.pending).unwrap().record;
    assert_eq!(p.calves().count(), 1);
    let twin = p.calving.twin.expect("twins");
    assert!(twin.birth.stillborn && twin.calf.is_none());
}

#[test]
fn a_calf_whose_dam_is_male_is_refused_beside_the_dam() {
    let s = seed();
    let before = last(&s.store);
    let mut f = Form::new_animal(&s.store, &settings(), Some(s.bs07)).unwrap();
    fill(&mut f, "ear_tag", "BS-C-070");
    fill(&mut f, "breed", "Lao native");
    fill(&mut f, "born_on", "2026-10-01");
    choose(&mut f, "origin", "born");
    f.set_reference("dam", s.bull.0, "BS-B-001 (male)");
    save(&mut f, &s.store).unwrap_err();
    assert_eq!(
        f.errors(),
        vec![("dam", "BS-B-001 is not a female, so it cannot be the dam")]
    );
    assert_eq!(last(&s.store), before);
}
