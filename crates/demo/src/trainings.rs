//! Demo trainings with their attendance, and technician visits: the seed
//! project's breeding, disease-prevention, weaving and corn trainings, and
//! a technician's visits to some households. Who attended is worked out
//! from the members the batch inserted, in id order, so the data set
//! stays deterministic.

use super::DemoSummary;
use kumban_model::visit::KNOWN_PURPOSES;
use kumban_model::*;
use kumban_store::{Batch, StoreError};

const FINDINGS: [&str; 4] = [
    "roof sound, floor dry",
    "drainage blocked; cleared with the household",
    "two calves with diarrhoea, treated",
    "",
];

/// What a training is about and who comes to it.
struct Plan<'a> {
    days_ago: u64,
    topic: &'a str,
    trainer: &'a str,
    place: String,
    attendees: Vec<MemberId>,
}

/// The village's four trainings and visits to every third household.
pub fn village(
    b: &mut Batch<'_>,
    today: Date,
    technicians: &[&str],
    s: &mut DemoSummary,
) -> Result<(), StoreError> {
    let members = b.inserted::<Member>();
    let households = b.inserted::<Household>();
    let grows = |m: &Member, g: &Group| {
        households
            .iter()
            .any(|(id, h)| *id == m.household && h.in_group(g))
    };
    let workers = || members.iter().filter(|(_, m)| m.works);
    // One member a household at the breeding training, the one who keeps
    // the cattle (the first who works).
    let mut breeders = Vec::new();
    let mut seen = Vec::new();
    for (id, m) in workers() {
        if grows(m, &Group::cattle()) && !seen.contains(&m.household) {
            seen.push(m.household);
            breeders.push(*id);
        }
    }
    breeders.truncate(20);
    let plans = [
        Plan {
            days_ago: 400,
            topic: "breeding",
            trainer: technicians.get(1).copied().unwrap_or("technician"),
            place: "Bansuo".into(),
            attendees: breeders,
        },
        Plan {
            days_ago: 300,
            topic: "weaving",
            trainer: "Mrs. Vanna",
            place: "Bansuo weaving house".into(),
            attendees: members
                .iter()
                .filter(|(_, m)| m.in_group(&Group::weaving()))
                .map(|(id, _)| *id)
                .collect(),
        },
        Plan {
            days_ago: 200,
            topic: "disease prevention",
            trainer: technicians.first().copied().unwrap_or("technician"),
            place: "Bansuo".into(),
            attendees: workers().take(25).map(|(id, _)| *id).collect(),
        },
        Plan {
            days_ago: 100,
            topic: "corn",
            trainer: technicians.get(2).copied().unwrap_or("technician"),
            place: "Bansuo".into(),
            attendees: workers()
                .filter(|(_, m)| grows(m, &Group::corn()))
                .step_by(2)
                .take(15)
                .map(|(id, _)| *id)
                .collect(),
        },
    ];
    for plan in plans {
        insert(b, today, plan, s)?;
    }
    let ids: Vec<HouseholdId> = households.iter().map(|(id, _)| *id).collect();
    visits(b, today, &ids, 3, technicians, s)
}

/// A district batch's training (its topic by the batch's number) for up
/// to 25 working members, and visits to every tenth household: about the
/// village's share of trainings and visits per household.
pub fn district(
    b: &mut Batch<'_>,
    today: Date,
    batch: usize,
    technicians: &[&str],
    s: &mut DemoSummary,
) -> Result<(), StoreError> {
    let members = b.inserted::<Member>();
    let households = b.inserted::<Household>();
    let place = households
        .first()
        .map_or_else(|| "district office".to_string(), |(_, h)| h.village.clone());
    let topics = training::KNOWN_TOPICS;
    let plan = Plan {
        days_ago: 30 + (batch as u64 * 37) % 700,
        topic: pick(&topics, batch),
        trainer: pick(technicians, batch),
        place,
        attendees: members
            .iter()
            .filter(|(_, m)| m.works)
            .take(25)
            .map(|(id, _)| *id)
            .collect(),
    };
    insert(b, today, plan, s)?;
    let ids: Vec<HouseholdId> = households.iter().map(|(id, _)| *id).collect();
    visits(b, today, &ids, 10, technicians, s)
}

fn insert(
    b: &mut Batch<'_>,
    today: Date,
    plan: Plan<'_>,
    s: &mut DemoSummary,
) -> Result<(), StoreError> {
    if plan.attendees.is_empty() {
        // A training is recorded for who attended; none, none recorded.
        return Ok(());
    }
    let training = b.insert(Training {
        date: today.minus_days(plan.days_ago).unwrap_or(today),
        topic: plan.topic.into(),
        trainer: plan.trainer.into(),
        place: plan.place,
        notes: String::new(),
    })?;
    s.trainings += 1;
    for member in plan.attendees {
        b.insert(Attendance { training, member })?;
        s.attendances += 1;
    }
    Ok(())
}

/// A visit to every `every`th household, a few weeks apart, some with the
/// next visit planned.
fn visits(
    b: &mut Batch<'_>,
    today: Date,
    households: &[HouseholdId],
    every: usize,
    technicians: &[&str],
    s: &mut DemoSummary,
) -> Result<(), StoreError> {
    for (n, h) in households.iter().enumerate().step_by(every.max(1)) {
        let date = today.minus_days(20 + (n as u64 * 9) % 300).unwrap_or(today);
        b.insert(Visit {
            household: *h,
            date,
            technician: pick(technicians, n / every.max(1)).into(),
            purpose: pick(&KNOWN_PURPOSES, n).into(),
            findings: pick(&FINDINGS, n).into(),
            next_visit: (n % 2 == 0).then(|| date.plus_days(90)).flatten(),
        })?;
        s.visits += 1;
    }
    Ok(())
}

/// The `n`th of a few words, round and round.
fn pick<'a>(words: &[&'a str], n: usize) -> &'a str {
    words.get(n % words.len().max(1)).copied().unwrap_or("")
}
