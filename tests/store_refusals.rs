//! Each rule the store enforces across records, as one table: what is
//! set up, the write that must be refused, and the message a clerk sees.
//! Every refusal leaves no trace (history and counters as they were) and
//! a sound database. What the rules still let through is in
//! store_rules.rs.

mod support;

use kumban::model::*;
use kumban::store::{Store, StoreError};
use support::store::*;

/// The write a case expects to be refused, after whatever it set up.
type Write<'s> = Box<dyn FnOnce() -> Result<(), StoreError> + 's>;

fn attempt<'s, T>(write: impl FnOnce() -> Result<T, StoreError> + 's) -> Write<'s> {
    Box::new(move || write().map(drop))
}

fn rate(on: Date, currency: Currency, value: &str, base: Currency) -> ExchangeRate {
    ExchangeRate {
        date: on,
        currency,
        value: RateValue::parse(value).unwrap(),
        base,
        source: String::new(),
    }
}

enum Says {
    Exactly(&'static str),
    Containing(&'static str),
}

/// One rule: set up on a fresh village, then one write that must be
/// refused with this message, leaving no trace.
struct Refusal {
    case: &'static str,
    write: for<'s> fn(&'s Store, &'s Village) -> Write<'s>,
    says: Says,
}

const REFUSALS: &[Refusal] = &[
    Refusal {
        case: "a household code already used",
        write: |s, _| attempt(move || s.insert(household("BS-01"))),
        says: Says::Exactly(
            "the household was not saved: code: household code BS-01 is already used; choose another",
        ),
    },
    Refusal {
        case: "a household renamed to a code already used",
        write: |s, v| attempt(move || s.update(v.b.hh, household("BS-01"))),
        says: Says::Exactly(
            "the household was not saved: code: household code BS-01 is already used; choose another",
        ),
    },
    Refusal {
        case: "an ear tag already used",
        write: |s, v| attempt(move || s.insert(cow("BS-01-C1", v.a.hh, None))),
        says: Says::Exactly(
            "the animal was not saved: ear_tag: ear tag BS-01-C1 is already used by another animal",
        ),
    },
    Refusal {
        case: "an animal given an ear tag already used",
        write: |s, v| {
            let mut renamed = s.fetch::<Animal>(v.a.bull).unwrap().record;
            renamed.ear_tag = "BS-01-C1".into();
            attempt(move || s.update(v.a.bull, renamed))
        },
        says: Says::Containing("ear tag BS-01-C1 is already used by another animal"),
    },
    Refusal {
        case: "an animal in another household's pen",
        write: |s, v| attempt(move || s.insert(cow("BS-01-C2", v.a.hh, Some(v.b.pen)))),
        says: Says::Exactly(
            "the animal was not saved: pen: pen Pen A belongs to another household; pick a pen of the owner",
        ),
    },
    Refusal {
        case: "a pen moved to another household with animals in it",
        write: |s, v| {
            let mut moved = s.fetch::<Pen>(v.a.pen).unwrap().record;
            moved.household = v.b.hh;
            moved.label = "Pen M".into();
            attempt(move || s.update(v.a.pen, moved))
        },
        says: Says::Containing("in this pen belongs to another household; move it first"),
    },
    Refusal {
        case: "an animal sold to another household but left in its pen",
        write: |s, v| {
            let mut sold_on = s.fetch::<Animal>(v.a.cow).unwrap().record;
            sold_on.household = v.b.hh;
            attempt(move || s.update(v.a.cow, sold_on))
        },
        says: Says::Containing("belongs to another household"),
    },
    Refusal {
        case: "a pen of no household",
        write: |s, _| attempt(move || s.insert(pen(HouseholdId(99), "Pen B"))),
        says: Says::Exactly(
            "the cattle pen was not saved: household: there is no household with id 99; pick one from the list",
        ),
    },
    Refusal {
        case: "an animal in no pen",
        write: |s, v| attempt(move || s.insert(cow("BS-01-C9", v.a.hh, Some(PenId(42))))),
        says: Says::Exactly(
            "the animal was not saved: pen: there is no pen with id 42; pick one from the list",
        ),
    },
    Refusal {
        case: "a calf of no dam",
        write: |s, v| attempt(move || s.insert(calf("BS-01-K1", AnimalId(77), v.a.hh))),
        says: Says::Exactly(
            "the animal was not saved: origin: there is no animal with id 77 to be the dam",
        ),
    },
    Refusal {
        case: "a pregnancy of no cow",
        write: |s, _| attempt(move || s.insert(pregnancy(AnimalId(77), day(2026, 3, 1)))),
        says: Says::Exactly(
            "the pregnancy was not saved: cow: there is no animal with id 77; pick a cow from the list",
        ),
    },
    Refusal {
        case: "income from no animal",
        write: |s, v| {
            let mut log = income(v.a.hh, day(2026, 1, 5), 100);
            log.animal = Some(AnimalId(77));
            attempt(move || s.insert(log))
        },
        says: Says::Exactly(
            "the income log was not saved: animal: there is no animal with id 77; pick one from the list",
        ),
    },
    Refusal {
        case: "a bull as a dam",
        write: |s, v| attempt(move || s.insert(calf("BS-01-K1", v.a.bull, v.a.hh))),
        says: Says::Exactly(
            "the animal was not saved: origin: BS-01-B1 is not a female, so it cannot be the dam",
        ),
    },
    Refusal {
        case: "a bull as a pregnant cow",
        write: |s, v| attempt(move || s.insert(pregnancy(v.a.bull, day(2026, 3, 1)))),
        says: Says::Exactly(
            "the pregnancy was not saved: cow: BS-01-B1 is a male; a pregnancy needs a cow",
        ),
    },
    Refusal {
        case: "an animal as its own dam",
        write: |s, v| {
            // The id the new animal would get.
            let next = AnimalId(s.count(RecordKind::Animal) as u64 + 1);
            attempt(move || s.insert(calf("BS-01-K1", next, v.a.hh)))
        },
        says: Says::Exactly("the animal was not saved: origin: an animal cannot be its own dam"),
    },
    Refusal {
        case: "a cow with a calf and a breeding record made male",
        write: |s, v| {
            s.insert(calf("BS-01-K1", v.a.cow, v.a.hh)).unwrap();
            s.insert(pregnancy(v.a.cow, day(2026, 3, 1))).unwrap();
            let mut changed = s.fetch::<Animal>(v.a.cow).unwrap().record;
            changed.sex = Sex::Male;
            attempt(move || s.update(v.a.cow, changed))
        },
        says: Says::Exactly(
            "the animal was not saved: sex: this animal has 1 calf and 1 breeding record as a cow, so it must stay female",
        ),
    },
    Refusal {
        case: "a second pending pregnancy",
        write: |s, v| {
            s.insert(pregnancy(v.a.cow, day(2025, 3, 1))).unwrap();
            attempt(move || s.insert(pregnancy(v.a.cow, day(2026, 3, 1))))
        },
        says: Says::Exactly(
            "the pregnancy was not saved: cow: BS-01-C1 already has a pending pregnancy; record its outcome first",
        ),
    },
    Refusal {
        case: "a closed pregnancy reopened while another is pending",
        write: |s, v| {
            let mut first = pregnancy(v.a.cow, day(2025, 3, 1));
            first.outcome = Outcome::Lost {
                on: day(2025, 9, 1),
                reason: "aborted".into(),
            };
            let id = s.insert(first.clone()).unwrap();
            s.insert(pregnancy(v.a.cow, day(2026, 3, 1))).unwrap();
            first.outcome = Outcome::Pending;
            attempt(move || s.update(id, first))
        },
        says: Says::Containing("already has a pending pregnancy"),
    },
    Refusal {
        case: "a pending pregnancy of a sold cow",
        write: |s, v| {
            let mut sold = s.fetch::<Animal>(v.a.cow).unwrap().record;
            sold.status = AnimalStatus::Sold {
                on: day(2026, 2, 1),
                price: Money::from_major(480, Currency::Usd),
            };
            s.update(v.a.cow, sold).unwrap();
            attempt(move || s.insert(pregnancy(v.a.cow, day(2026, 3, 1))))
        },
        says: Says::Exactly(
            "the pregnancy was not saved: cow: BS-01-C1 was sold; only an active cow can have a pending pregnancy",
        ),
    },
    Refusal {
        case: "a cow with a pending pregnancy recorded as died",
        write: |s, v| {
            s.insert(pregnancy(v.a.cow, day(2026, 3, 1))).unwrap();
            let mut died = s.fetch::<Animal>(v.a.cow).unwrap().record;
            died.status = AnimalStatus::Died {
                on: day(2026, 6, 1),
                cause: "ໄຂ້ (fever)".into(),
            };
            attempt(move || s.update(v.a.cow, died))
        },
        says: Says::Containing("pending pregnancy"),
    },
    Refusal {
        case: "a recorded calf given another dam",
        write: |s, v| {
            let p = s.insert(pregnancy(v.a.cow, day(2026, 1, 1))).unwrap();
            let newborn = calf("BS-01-K1", v.a.cow, v.a.hh);
            let calf_id = s.record_calving(p, day(2026, 10, 11), Some(newborn));
            let calf_id = calf_id.unwrap().unwrap();
            let mut changed = s.fetch::<Animal>(calf_id).unwrap().record;
            changed.origin = Origin::BornTo { dam: v.b.cow };
            attempt(move || s.update(calf_id, changed))
        },
        says: Says::Containing("calving record"),
    },
    Refusal {
        case: "a household with pens, animals and income deleted",
        write: |s, v| {
            s.insert(pen(v.a.hh, "Pen B")).unwrap();
            for week in 0..3 {
                let on = day(2026, 1, 5).plus_days(7 * week).unwrap();
                s.insert(income(v.a.hh, on, 500)).unwrap();
            }
            attempt(move || s.delete::<Household>(v.a.hh))
        },
        says: Says::Exactly(
            "cannot delete household BS-01: 2 cattle pens, 2 animals, 3 income logs point to it; delete or change those first",
        ),
    },
    Refusal {
        case: "a household with one income log deleted",
        write: |s, _| {
            let lone = s.insert(household("BS-03")).unwrap();
            s.insert(income(lone, day(2026, 1, 5), 500)).unwrap();
            attempt(move || s.delete::<Household>(lone))
        },
        says: Says::Exactly(
            "cannot delete household BS-03: 1 income log point to it; delete or change those first",
        ),
    },
    Refusal {
        case: "a household with members deleted",
        write: |s, _| {
            let lone = s.insert(household("BS-03")).unwrap();
            for name in ["ນາງ ແກ້ວ", "Bounmy", "王芳"] {
                s.insert(member(lone, name)).unwrap();
            }
            attempt(move || s.delete::<Household>(lone))
        },
        says: Says::Exactly(
            "cannot delete household BS-03: 3 household members (ນາງ ແກ້ວ, Bounmy, 王芳) point to it; delete or change those first",
        ),
    },
    Refusal {
        case: "a member of no household",
        write: |s, _| attempt(move || s.insert(member(HouseholdId(99), "Bounmy"))),
        says: Says::Exactly(
            "the household member was not saved: household: there is no household with id 99; pick one from the list",
        ),
    },
    Refusal {
        case: "a member's name twice in one household",
        write: |s, v| {
            s.insert(member(v.a.hh, "Bounmy")).unwrap();
            attempt(move || s.insert(member(v.a.hh, "Bounmy")))
        },
        says: Says::Exactly(
            "the household member was not saved: name: this household already has a member called Bounmy; add what tells them apart, such as (junior)",
        ),
    },
    Refusal {
        case: "a member in a group the household is not in",
        write: |s, v| {
            let mut grower = member(v.a.hh, "Bounmy");
            grower.groups = vec![Group::corn()];
            attempt(move || s.insert(grower))
        },
        says: Says::Exactly(
            "the household member was not saved: groups: household BS-01 is not in the corn group; add the group to the household first, or leave it out",
        ),
    },
    Refusal {
        case: "a household leaving a group its member works in",
        write: |s, v| {
            s.insert(member(v.a.hh, "Bounmy")).unwrap();
            let mut left = s.fetch::<Household>(v.a.hh).unwrap().record;
            left.groups = vec![Group::cattle()];
            attempt(move || s.update(v.a.hh, left))
        },
        says: Says::Exactly(
            "the household was not saved: groups: Bounmy of this household works in the weaving group; take the group off the member first",
        ),
    },
    Refusal {
        case: "a pen with animals deleted",
        write: |s, v| attempt(move || s.delete::<Pen>(v.a.pen)),
        says: Says::Exactly(
            "cannot delete pen Pen A: 2 animals in it point to it; delete or change those first",
        ),
    },
    Refusal {
        case: "a cow with a breeding record, calves and income deleted",
        write: |s, v| {
            let p = s.insert(pregnancy(v.a.cow, day(2026, 1, 1))).unwrap();
            let newborn = calf("BS-01-K1", v.a.cow, v.a.hh);
            s.record_calving(p, day(2026, 10, 11), Some(newborn))
                .unwrap();
            s.insert(calf("BS-01-K2", v.a.cow, v.a.hh)).unwrap();
            let mut sale = income(v.a.hh, day(2026, 2, 1), 480_000);
            sale.group = Group::cattle();
            sale.animal = Some(v.a.cow);
            s.insert(sale).unwrap();
            attempt(move || s.delete::<Animal>(v.a.cow))
        },
        says: Says::Exactly(
            "cannot delete animal BS-01-C1: 1 breeding record, 2 calves, 1 income log point to it; delete or change those first",
        ),
    },
    Refusal {
        case: "a calf of a calving record deleted",
        write: |s, v| {
            let p = s.insert(pregnancy(v.a.cow, day(2026, 1, 1))).unwrap();
            let newborn = calf("BS-01-K1", v.a.cow, v.a.hh);
            let calf_id = s.record_calving(p, day(2026, 10, 11), Some(newborn));
            let calf_id = calf_id.unwrap().unwrap();
            attempt(move || s.delete::<Animal>(calf_id))
        },
        says: Says::Exactly(
            "cannot delete animal BS-01-K1: 1 calving record point to it; delete or change those first",
        ),
    },
    Refusal {
        case: "a closed pregnancy calving again",
        write: |s, v| {
            let p = s.insert(pregnancy(v.a.cow, day(2026, 1, 1))).unwrap();
            s.record_calving(p, day(2026, 10, 11), None).unwrap();
            attempt(move || s.record_calving(p, day(2026, 10, 12), None))
        },
        says: Says::Exactly(
            "the pregnancy was not saved: outcome: this pregnancy is already closed (calved)",
        ),
    },
    Refusal {
        case: "a calving whose calf's tag is taken",
        write: |s, v| {
            let p = s.insert(pregnancy(v.a.cow, day(2026, 1, 1))).unwrap();
            let newborn = calf("BS-01-B1", v.a.cow, v.a.hh);
            attempt(move || s.record_calving(p, day(2026, 10, 11), Some(newborn)))
        },
        says: Says::Containing("ear tag BS-01-B1 is already used"),
    },
    Refusal {
        case: "a calving before the service",
        write: |s, v| {
            let p = s.insert(pregnancy(v.a.cow, day(2026, 1, 1))).unwrap();
            attempt(move || s.record_calving(p, day(2025, 12, 1), None))
        },
        says: Says::Containing("the pregnancy was not saved"),
    },
    Refusal {
        case: "an undo of a record changed since",
        write: |s, _| {
            let hh = s.insert(household("BS-03")).unwrap();
            let created = s.last_txn().unwrap().unwrap();
            let mut h = household("BS-03");
            h.members = 9;
            s.update(hh, h).unwrap();
            attempt(move || s.undo(created))
        },
        says: Says::Containing("was changed again since"),
    },
    Refusal {
        case: "one batch using a household code twice",
        write: |s, _| {
            attempt(move || {
                s.batch(|b| {
                    b.insert(household("BS-07"))?;
                    b.insert(household("BS-07"))?;
                    Ok(())
                })
            })
        },
        says: Says::Containing("household code BS-07 is already used"),
    },
    Refusal {
        case: "one batch using an ear tag twice",
        write: |s, v| {
            attempt(move || {
                s.batch(|b| {
                    b.insert(cow("BS-C-1", v.a.hh, None))?;
                    b.insert(cow("BS-C-1", v.a.hh, None))?;
                    Ok(())
                })
            })
        },
        says: Says::Containing("ear tag BS-C-1 is already used"),
    },
    Refusal {
        case: "a pen label used twice in one household",
        write: |s, v| attempt(move || s.insert(pen(v.a.hh, "Pen A"))),
        says: Says::Exactly(
            "the cattle pen was not saved: label: this household already has a pen called Pen A; choose another label",
        ),
    },
    Refusal {
        case: "two rates for one currency on one day",
        write: |s, _| {
            s.insert(rate(
                day(2026, 3, 1),
                Currency::Lak,
                "0.0000461",
                Currency::Usd,
            ))
            .unwrap();
            let again = rate(day(2026, 3, 1), Currency::Lak, "0.000047", Currency::Usd);
            attempt(move || s.insert(again))
        },
        says: Says::Exactly(
            "the exchange rate was not saved: date: there is already a rate for LAK on 2026-03-01; edit that one instead",
        ),
    },
    Refusal {
        case: "a rate in another base than the others",
        write: |s, _| {
            s.insert(rate(
                day(2026, 3, 1),
                Currency::Lak,
                "0.0000461",
                Currency::Usd,
            ))
            .unwrap();
            let other = rate(day(2026, 3, 1), Currency::Thb, "0.2", Currency::Cny);
            attempt(move || s.insert(other))
        },
        says: Says::Containing(
            "base: the rates of this database are in USD; give this one in USD too",
        ),
    },
    Refusal {
        case: "one batch of rates in two bases",
        write: |s, _| {
            attempt(move || {
                s.batch(|b| {
                    b.insert(rate(
                        day(2026, 3, 1),
                        Currency::Lak,
                        "0.0000461",
                        Currency::Usd,
                    ))?;
                    b.insert(rate(day(2026, 3, 1), Currency::Usd, "7.2", Currency::Cny))?;
                    Ok(())
                })
            })
        },
        says: Says::Containing("the rates of this database are in"),
    },
    Refusal {
        case: "a rate of the base currency itself",
        write: |s, _| {
            attempt(move || s.insert(rate(day(2026, 3, 1), Currency::Usd, "1", Currency::Usd)))
        },
        says: Says::Exactly(
            "the exchange rate was not saved: currency: USD is the base currency, always worth 1 USD; choose the currency this rate converts",
        ),
    },
    Refusal {
        case: "a rate of zero",
        write: |s, _| {
            let zero = ExchangeRate {
                value: RateValue(0),
                ..rate(day(2026, 3, 1), Currency::Lak, "1", Currency::Usd)
            };
            attempt(move || s.insert(zero))
        },
        says: Says::Containing("value: a rate must be more than zero"),
    },
];

#[test]
fn each_rule_refuses_with_its_message_and_leaves_no_trace() {
    for rule in REFUSALS {
        let db = TempDb::new();
        let store = db.open();
        let v = village(&store);
        let write = (rule.write)(&store, &v);
        let history = store.history().count();
        let counters = store.counters().unwrap();
        let msg = refusal(write());
        match rule.says {
            Says::Exactly(want) => assert_eq!(msg, want, "{}", rule.case),
            Says::Containing(part) => assert!(msg.contains(part), "{}: {msg}", rule.case),
        }
        assert_eq!(store.history().count(), history, "{}", rule.case);
        assert_eq!(store.counters().unwrap(), counters, "{}", rule.case);
        assert_sound(&store);
    }
}
