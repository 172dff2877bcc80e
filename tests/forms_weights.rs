//! The weight form: a bad weight or a weighing after today is refused
//! beside its field and nothing is written; a good one saves exactly what
//! was typed; the animal picker offers any animal (bulls too).

mod support;

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

#[test]
fn weight_form_refuses_bad_weights_beside_the_field_and_saves_a_good_one() {
    let s = seed();
    let prefill = kumban::forms::Prefill {
        household: Some(s.bs07),
        cow: Some(s.open_cow),
    };
    let mut f = Form::new_record_from(&s.store, &settings(), RecordKind::Weight, prefill).unwrap();
    assert!(
        value(&f, "animal").starts_with("BS-C-001"),
        "from the animal: {}",
        value(&f, "animal")
    );
    assert_eq!(value(&f, "date"), "2026-11-28", "today");
    fill(&mut f, "kg", "0");
    fill(&mut f, "date", "2026-11-29");
    assert_eq!(
        refused(&mut f),
        vec![
            (
                "date",
                "2026-11-29 is after today (2026-11-28); write the day the animal was weighed"
                    .to_string()
            ),
            ("kg", "a weight must be more than 0 kg".to_string()),
        ]
    );
    fill(&mut f, "date", "2026-11-20");
    fill(&mut f, "kg", "1,500.1");
    assert_eq!(
        refused(&mut f),
        vec![(
            "kg",
            "1500.1 kg is over 1,500 kg, more than any cow weighs; check for an extra digit"
                .to_string()
        )]
    );
    fill(&mut f, "kg", "312.55");
    assert_eq!(
        refused(&mut f),
        vec![(
            "kg",
            "\"312.55\" has more than one decimal place; weigh to a tenth of a kg, such as 250.5"
                .to_string()
        )]
    );
    assert_eq!(s.store.count(RecordKind::Weight), 0, "nothing written");
    fill(&mut f, "kg", "312.5");
    save(&mut f, &s.store).unwrap();
    let saved = s.store.weights_of(s.open_cow).unwrap();
    assert_eq!(saved.len(), 1);
    let w = &saved[0].record;
    assert_eq!(
        (w.date, w.kg, w.method),
        (d("2026-11-20"), Kg(3125), WeighMethod::GirthTape)
    );
}

#[test]
fn the_animal_picker_offers_bulls_too() {
    let s = seed();
    let mut f = Form::new_record(&s.store, &settings(), RecordKind::Weight).unwrap();
    pick(&mut f, &s.store, "animal", "BS-B-001");
    fill(&mut f, "kg", "420");
    save(&mut f, &s.store).unwrap();
    assert_eq!(s.store.weights_of(s.bull).unwrap()[0].record.kg, Kg(4200));
}
