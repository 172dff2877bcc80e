//! The forms' reads at district size (issue 15): opening the health form,
//! which offers the disease or product names in use, and the household
//! form's warnings on save (a head of the same name in the same village,
//! a group close to one in use). Now both ask the store's memo of names in
//! use; before, the form read the first 5,000 health events and every
//! household, which the figures marked "before" do again.

use super::support::*;
use kumban::forms::{Form, FormSettings, Submission, plausible};
use kumban::model::*;
use kumban::store::Store;
use std::hint::black_box;

/// What the health form read before: the names of the first `most`
/// events.
fn products_scanned(store: &Store, most: usize) -> usize {
    let mut seen = std::collections::HashSet::new();
    for e in store.all::<HealthEvent>().take(most) {
        seen.insert(e.expect("event").record.product.trim().to_lowercase());
    }
    seen.len()
}

/// What the household warnings read before: every household, for a twin
/// and the groups in use.
fn households_scanned(store: &Store, h: &Household) -> usize {
    let (head, village) = (
        plausible::folded(&h.head_name),
        plausible::folded(&h.village),
    );
    let mut found = 0;
    let mut groups: Vec<String> = Vec::new();
    for other in store.all::<Household>() {
        let other = other.expect("household");
        if plausible::folded(&other.record.head_name) == head
            && plausible::folded(&other.record.village) == village
        {
            found += 1;
        }
        for g in &other.record.groups {
            if !groups.iter().any(|x| x == g.as_str()) {
                groups.push(g.as_str().to_string());
            }
        }
    }
    found + groups.len()
}

fn open_health(store: &Store, settings: &FormSettings) {
    black_box(Form::new_health(store, settings, None).is_ok());
}

/// `KUMBAN_BENCH_ONLY=forms`, and part of the full run.
pub fn figures(store: &Store, runs: impl Fn(usize) -> usize) {
    let settings = FormSettings::new(today());
    let start = std::time::Instant::now();
    let first = timed(|| {
        black_box(store.products_in_use().expect("products"));
    });
    println!(
        "{:<46} {}",
        "health form: first names (first 5,000 events)",
        ms(first)
    );
    assert!(Form::new_health(store, &settings, None).is_ok());
    // The forms opened while every event is read behind.
    let kept = || store.local().is_none_or(|l| l.products_kept());
    let mut meanwhile = Vec::new();
    while !kept() && meanwhile.len() < 2_000 {
        meanwhile.push(timed(|| open_health(store, &settings)));
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    if !meanwhile.is_empty() {
        report(
            "health form: open while events read behind",
            &stats(meanwhile),
        );
    }
    println!(
        "{:<46} {}",
        "health form: every event's names kept after",
        ms(start.elapsed())
    );
    report(
        "health form: open",
        &repeat(runs(51), || timed(|| open_health(store, &settings))),
    );
    report(
        "health form: names of 5,000 events (before)",
        &repeat(runs(21), || {
            timed(|| {
                black_box(products_scanned(store, 5_000));
            })
        }),
    );
    report(
        "health form: names of every event, read",
        &repeat(runs(3), || {
            timed(|| {
                black_box(products_scanned(store, usize::MAX));
            })
        }),
    );
    let animal = store
        .all::<Animal>()
        .flatten()
        .find(|a| a.record.is_active())
        .expect("an active animal");
    let event = HealthEvent {
        animal: AnimalId(animal.id),
        date: today(),
        kind: HealthKind::CheckUp,
        product: "wound".into(),
        dose: String::new(),
        given_by: "benchmark".into(),
        cost: None,
        withdrawal_days: 0,
        next_due: None,
        campaign: None,
        notes: String::new(),
    };
    report(
        "health form: open after a save",
        &repeat(runs(51), || {
            store.insert(event.clone()).expect("save an event");
            timed(|| open_health(store, &settings))
        }),
    );

    // A new household of an existing head's name and village: the
    // duplicate warning is found.
    let twin = store
        .all::<Household>()
        .last()
        .and_then(Result::ok)
        .expect("a household");
    let mut new = twin.record.clone();
    new.code = "BENCH-NEW".into();
    let submission = Submission::Insert(AnyRecord::Household(new.clone()));
    let mut warned = Vec::new();
    let first = timed(|| warned = plausible::warnings(store, &submission).expect("warnings"));
    assert!(!warned.is_empty(), "the duplicate is found");
    println!(
        "{:<46} {}",
        "household warnings: first (households read)",
        ms(first)
    );
    report(
        "household warnings on save",
        &repeat(runs(51), || {
            timed(|| {
                black_box(plausible::warnings(store, &submission).expect("warnings"));
            })
        }),
    );
    report(
        "household warnings: every household (before)",
        &repeat(runs(21), || {
            timed(|| {
                black_box(households_scanned(store, &new));
            })
        }),
    );
    report(
        "household warnings on save after a save",
        &repeat(runs(51), || {
            store.insert(event.clone()).expect("save an event");
            timed(|| {
                black_box(plausible::warnings(store, &submission).expect("warnings"));
            })
        }),
    );
}
