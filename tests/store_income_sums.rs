//! `income_sums` reads whole months from the running monthly sums and
//! only the cut months at a span's edges from the logs. Whatever writes
//! came before (inserts, edits that move a log to another month,
//! household, group or currency, deletes, undos, batches), its answer
//! must equal the sum of the logs themselves, for any span and split;
//! and `check` must find the running sums in step with the logs.

mod support;

use kumban::model::*;
use kumban::store::Store;
use kumban::store::sums::{IncomeSplit, IncomeSums, Sum, SumKey};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::BTreeMap;
use support::store::*;

#[derive(Debug, Clone)]
enum Op {
    /// A new log: household (index), day offset, group, currency, flow, amount.
    Insert(u8, u16, u8, bool, bool, i64),
    /// A log (index among the live ones) moved to another day and household.
    Move(u8, u16, u8),
    /// A log's amount, group and currency changed.
    Change(u8, i64, u8, bool),
    Delete(u8),
    /// Undo the last transaction (may be refused; then nothing changes).
    Undo,
    /// Several new logs in one transaction.
    Batch(Vec<(u8, u16, i64)>),
}

const HOUSEHOLDS: usize = 4;
/// Logs fall over 26 months from 2025-01, on days chosen to sit at a
/// month's edges (the 1st, 2nd, 27th to the last) more often than not,
/// where a span's cut months begin and end.
const MONTHS: u16 = 26;
const DAYS: [u32; 7] = [1, 2, 15, 27, 28, 30, 31];

fn at(offset: u16) -> Date {
    let month = u32::from(offset % MONTHS);
    let (y, m) = (2025 + (month / 12) as i32, month % 12 + 1);
    let wanted = DAYS[usize::from(offset / MONTHS) % DAYS.len()];
    (1..=wanted)
        .rev()
        .find_map(|d| Date::from_ymd(y, m, d))
        .expect("a day of the month")
}

fn month_end(y: i32, m: u32) -> Date {
    (28..=31)
        .rev()
        .find_map(|d| Date::from_ymd(y, m, d))
        .expect("a month's last day")
}

fn group(n: u8) -> Group {
    match n % 3 {
        0 => Group::cattle(),
        1 => Group::corn(),
        _ => Group::weaving(),
    }
}

fn currency(usd: bool) -> Currency {
    if usd { Currency::Usd } else { Currency::Lak }
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (any::<u8>(), any::<u16>(), any::<u8>(), any::<bool>(), any::<bool>(), 1i64..1_000_000)
            .prop_map(|(h, d, g, c, f, m)| Op::Insert(h, d, g, c, f, m)),
        2 => (any::<u8>(), any::<u16>(), any::<u8>()).prop_map(|(i, d, h)| Op::Move(i, d, h)),
        2 => (any::<u8>(), 1i64..1_000_000, any::<u8>(), any::<bool>())
            .prop_map(|(i, m, g, c)| Op::Change(i, m, g, c)),
        1 => any::<u8>().prop_map(Op::Delete),
        1 => Just(Op::Undo),
        1 => prop::collection::vec((any::<u8>(), any::<u16>(), 1i64..1_000_000), 1..6).prop_map(Op::Batch),
    ]
}

/// A span from before the first log to after the last, its ends chosen
/// among a month's edges (1st, 2nd, the day before the last, the last)
/// and any day.
fn span() -> impl Strategy<Value = (Date, Date)> {
    (0u32..30, 0u8..5, 0u32..30, 0u8..5, 1u32..29).prop_map(|(m1, e1, len, e2, any_day)| {
        let edge = |month: u32, e: u8| {
            let (y, m) = (2024 + (month / 12) as i32, month % 12 + 1);
            let end = month_end(y, m);
            match e {
                0 => Date::from_ymd(y, m, 1),
                1 => Date::from_ymd(y, m, 2),
                2 => end.minus_days(1),
                3 => Some(end),
                _ => Date::from_ymd(y, m, any_day),
            }
            .expect("a day")
        };
        let from = edge(m1, e1);
        let to = edge(m1 + len, e2);
        (from, to)
    })
}

fn apply(store: &Store, households: &[HouseholdId], op: &Op) {
    let live = store
        .income_between(day(1990, 1, 1), day(2100, 1, 1))
        .expect("logs");
    let pick = |i: u8| live.get(usize::from(i) % live.len().max(1)).cloned();
    let log = |h: u8, d: u16, g: u8, usd: bool, income: bool, m: i64| IncomeLog {
        household: households[usize::from(h) % HOUSEHOLDS],
        date: at(d),
        group: group(g),
        flow: if income { Flow::Income } else { Flow::Expense },
        amount: Money::new(m, currency(usd)),
        description: "market day".into(),
        animal: None,
    };
    match op {
        Op::Insert(h, d, g, c, f, m) => {
            store.insert(log(*h, *d, *g, *c, *f, *m)).expect("insert");
        }
        Op::Move(i, d, h) => {
            if let Some(s) = pick(*i) {
                let mut r = s.record.clone();
                r.date = at(*d);
                r.household = households[usize::from(*h) % HOUSEHOLDS];
                store.update(IncomeId(s.id), r).expect("move");
            }
        }
        Op::Change(i, m, g, c) => {
            if let Some(s) = pick(*i) {
                let mut r = s.record.clone();
                r.amount = Money::new(*m, currency(*c));
                r.group = group(*g);
                store.update(IncomeId(s.id), r).expect("change");
            }
        }
        Op::Delete(i) => {
            if let Some(s) = pick(*i) {
                store.delete::<IncomeLog>(IncomeId(s.id)).expect("delete");
            }
        }
        Op::Undo => {
            // The households' own creation (the first transactions) is
            // left alone: the logs need them.
            if let Some(txn) = store.last_txn().expect("last txn")
                && txn > HOUSEHOLDS as u64
            {
                store.undo(txn).expect("undo");
            }
        }
        Op::Batch(rows) => {
            store
                .batch(|b| {
                    for (h, d, m) in rows {
                        b.insert(log(*h, *d, *h, *m % 2 == 0, *m % 3 != 0, *m))?;
                    }
                    Ok(())
                })
                .expect("batch");
        }
    }
}

/// The sums worked out from the logs themselves, the way `income_sums`
/// promises to.
fn summed_from_logs(store: &Store, from: Date, to: Date, split: IncomeSplit) -> IncomeSums {
    use chrono::Datelike;
    let mut out: BTreeMap<SumKey, Sum> = BTreeMap::new();
    for log in store
        .income_between(day(1990, 1, 1), day(2100, 1, 1))
        .expect("logs")
    {
        let l = log.record;
        if l.date < from || l.date > to {
            continue;
        }
        let key = SumKey {
            household: if split.household { l.household.0 } else { 0 },
            month: if split.month {
                l.date.0.year() as u32 * 100 + l.date.0.month()
            } else {
                0
            },
            group: split.group.then(|| l.group.clone()),
            currency: l.amount.currency,
        };
        let sum = out.entry(key).or_default();
        match l.flow {
            Flow::Income => sum.income += i128::from(l.amount.minor),
            Flow::Expense => sum.expense += i128::from(l.amount.minor),
        }
        sum.logs += 1;
    }
    out.into_iter().collect()
}

fn splits() -> Vec<IncomeSplit> {
    let mut out = Vec::new();
    for n in 0..8u8 {
        out.push(IncomeSplit {
            household: n & 1 != 0,
            month: n & 2 != 0,
            group: n & 4 != 0,
        });
    }
    out
}

fn households(store: &Store) -> Vec<HouseholdId> {
    (0..HOUSEHOLDS)
        .map(|n| {
            store
                .insert(household(&format!("BS-{n:02}")))
                .expect("household")
        })
        .collect()
}

proptest! {
    #![proptest_config(Config { cases: 24, ..Config::default() })]

    #[test]
    fn sums_from_running_totals_equal_sums_of_the_logs(
        ops in prop::collection::vec(op(), 1..40),
        spans in prop::collection::vec(span(), 1..6),
    ) {
        let db = TempDb::new();
        let store = db.open();
        let hh = households(&store);
        for op in &ops {
            apply(&store, &hh, op);
        }
        for (from, to) in &spans {
            for split in splits() {
                let got = store.income_sums(*from, *to, split).expect("income sums");
                prop_assert_eq!(got, summed_from_logs(&store, *from, *to, split), "{} to {}, {:?}", from, to, split);
            }
        }
        assert_sound(&store);
    }
}

/// Spans that hold no whole month, end before they start, or reach far
/// past every log are answered like any other.
#[test]
fn odd_spans_are_exact() {
    let db = TempDb::new();
    let store = db.open();
    let hh = households(&store);
    for (n, d) in [0u16, 30, 31, 58, 59, 64, 65, 100, 181].iter().enumerate() {
        let h = hh[n % HOUSEHOLDS];
        store
            .insert(income(h, at(*d), 1000 + n as i64))
            .expect("log");
    }
    let spans = [
        (day(2025, 1, 15), day(2025, 1, 20)),
        (day(2025, 1, 31), day(2025, 2, 1)),
        (day(2025, 2, 28), day(2025, 1, 1)),
        (day(2025, 1, 1), day(2025, 1, 31)),
        (day(2025, 1, 2), day(2025, 2, 27)),
        (
            Date::from_ymd(1, 1, 1).expect("year 1"),
            Date::from_ymd(9999, 12, 31).expect("year 9999"),
        ),
        (
            Date::from_ymd(-50, 3, 4).expect("before year 1"),
            Date::from_ymd(2025, 12, 31).expect("end"),
        ),
        (day(2026, 1, 1), Date::from_ymd(20000, 1, 1).expect("far")),
        // Whole years, read from the year rows, alone and between cut months.
        (day(2025, 1, 1), day(2025, 12, 31)),
        (day(2024, 12, 31), day(2026, 1, 1)),
        (day(2024, 11, 1), day(2025, 12, 31)),
    ];
    for (from, to) in spans {
        for split in splits() {
            assert_eq!(
                store.income_sums(from, to, split).expect("sums"),
                summed_from_logs(&store, from, to, split),
                "{from} to {to}, {split:?}"
            );
        }
    }
    // Not empty: a test that compared two empty answers would prove nothing.
    let all = store
        .income_sums(day(2025, 1, 1), day(2027, 12, 31), IncomeSplit::default())
        .expect("sums");
    assert_eq!(all.iter().map(|(_, s)| s.logs).sum::<u64>(), 9);
}
