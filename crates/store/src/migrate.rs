//! Bringing an older database up to `SCHEMA_VERSION`, one step per
//! version, in order. Each step is safe to run again: a step cut short
//! (power cut, kill) leaves the old version number, and the next open
//! runs it again from the start.

use super::Local;
use super::error::{Result, StoreError};
use super::schema::meta;

pub fn migrate(store: &Local, found: u32) -> Result<()> {
    // No format older than version 1 exists; anything lower is damage.
    if found < 1 {
        return Err(StoreError::Corrupt {
            place: format!("schema version of {}", store.path().display()),
            reason: format!("version {found} was never written by any kumban"),
        });
    }
    if found < 2 {
        // Its recount from the logs writes the year rows of version 3 too:
        // summing them again from the month rows would read every row twice.
        from_1_to_2(store)?;
        set_version(store, 3)?;
    } else if found < 3 {
        from_2_to_3(store)?;
    }
    if found < 4 {
        from_3_to_4(store)?;
    }
    Ok(())
}

/// Version 2 adds the exchange rates' trees, which opening the database
/// creates empty, and keeps running income sums by month (`monthly`):
/// count them from the logs, then say version 2. A run cut short leaves version 1,
/// and the next open clears whatever rows it wrote and counts again.
fn from_1_to_2(store: &Local) -> Result<()> {
    super::monthly::rewrite(store)?;
    set_version(store, 2)
}

/// Version 3 adds the animal health and weights trees, which opening the
/// database creates empty, and keeps a year row beside each household's months
/// (reports of a whole year read a twelfth of the rows): sum them from the
/// month rows. A run cut short leaves version 2, and the next open sums
/// them again.
fn from_2_to_3(store: &Local) -> Result<()> {
    super::monthly::add_year_rows(store)?;
    set_version(store, 3)
}

/// Version 4 adds the trainings', attendance and visits' trees, which
/// opening the database creates empty, and keeps the keys the dashboard's
/// health figures count (`health_due`): write them from the health events.
/// The tree is cleared first, so a run cut short is simply run again.
fn from_3_to_4(store: &Local) -> Result<()> {
    super::health_due::rewrite(store)?;
    set_version(store, 4)
}

fn set_version(store: &Local, version: u32) -> Result<()> {
    store
        .tree(super::schema::Tree::Meta)?
        .insert(meta::SCHEMA, &version.to_be_bytes())?;
    store.flush()
}

#[cfg(test)]
mod tests {
    use super::super::monthly;
    use super::super::open::open;
    use super::super::schema::{SCHEMA_VERSION, Tree};
    use super::*;
    use kumban_model::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).expect("test date")
    }

    fn household(code: &str) -> AnyRecord {
        Household {
            code: code.into(),
            head_name: "Bounmy".into(),
            village: "Bansuo".into(),
            members: 4,
            phone: None,
            groups: vec![Group::cattle()],
            demonstration: false,
            poverty: Poverty::Poor,
            baseline_income: None,
            enrolled_on: day(2020, 1, 1),
            notes: String::new(),
        }
        .into()
    }

    fn log(household: u64, date: Date, minor: i64) -> AnyRecord {
        IncomeLog {
            household: HouseholdId(household),
            date,
            group: Group::corn(),
            flow: Flow::Income,
            amount: Money::new(minor, Currency::Usd),
            description: String::new(),
            animal: None,
        }
        .into()
    }

    /// Makes the database look as version 1 left it: no monthly rows (or
    /// the stale ones given), schema 1.
    fn as_version_1(store: &Local, stale: &[(&[u8], &[u8])]) {
        let tree = store.tree(Tree::IncomeMonths).expect("tree");
        tree.clear().expect("clear");
        for (k, v) in stale {
            tree.insert(*k, *v).expect("stale row");
        }
        set_version(store, 1).expect("version 1");
    }

    fn rows(store: &Local) -> Vec<(Vec<u8>, Vec<u8>)> {
        store
            .tree(Tree::IncomeMonths)
            .expect("tree")
            .iter()
            .map(|i| i.map(|(k, v)| (k.to_vec(), v.to_vec())).expect("row"))
            .collect()
    }

    fn version(store: &Local) -> Vec<u8> {
        let v = store.tree(Tree::Meta).expect("meta").get(meta::SCHEMA);
        v.expect("read").expect("schema").to_vec()
    }

    #[test]
    fn opening_a_version_1_database_counts_the_monthly_sums() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let written = {
            let store = open(&path, "clerk").expect("open");
            let a = store.insert_any(household("BS-01")).expect("household");
            let b = store.insert_any(household("BS-02")).expect("household");
            for (n, d) in [day(2025, 1, 3), day(2025, 1, 28), day(2025, 3, 1)]
                .iter()
                .enumerate()
            {
                store.insert_any(log(a, *d, 100 + n as i64)).expect("log");
                store.insert_any(log(b, *d, 7)).expect("log");
            }
            let written = rows(&store);
            // Two households' rows and the rows of every household, in
            // two months and their year.
            assert_eq!(written.len(), 9);
            as_version_1(&store, &[]);
            assert!(rows(&store).is_empty());
            written
        };
        let store = open(&path, "clerk").expect("reopen migrates");
        assert_eq!(version(&store), SCHEMA_VERSION.to_be_bytes());
        assert_eq!(rows(&store), written);
        assert!(store.check().expect("check").is_empty());
    }

    #[test]
    fn a_migration_cut_short_is_run_again_from_the_start() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let written = {
            let store = open(&path, "clerk").expect("open");
            let a = store.insert_any(household("BS-01")).expect("household");
            store.insert_any(log(a, day(2026, 5, 5), 300)).expect("log");
            let written = rows(&store);
            // A row left by a run that stopped before it said version 2,
            // and a row of a month that has no logs at all.
            let (k, _) = &written[0];
            as_version_1(
                &store,
                &[
                    (k, &[0u8; 40]),
                    (&[0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 9, 0, b'x'], &[1u8; 40]),
                ],
            );
            written
        };
        let store = open(&path, "clerk").expect("reopen migrates");
        assert_eq!(rows(&store), written);
        assert_eq!(monthly::recount(&store).len(), written.len());
        assert!(store.check().expect("check").is_empty());
    }

    #[test]
    fn opening_a_version_2_database_adds_the_year_rows() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        let written = {
            let store = open(&path, "clerk").expect("open");
            let a = store.insert_any(household("BS-01")).expect("household");
            for d in [day(2025, 12, 31), day(2026, 1, 1), day(2026, 7, 9)] {
                store.insert_any(log(a, d, 250)).expect("log");
            }
            let written = rows(&store);
            // As version 2 left it: month rows only, and a year row that a
            // cut-short run wrote wrong.
            let tree = store.tree(Tree::IncomeMonths).expect("tree");
            for (k, _) in &written {
                if monthly::is_year_row(u32::from_be_bytes(k[..4].try_into().expect("month"))) {
                    tree.remove(k.as_slice()).expect("remove");
                }
            }
            let (k, _) = &written[0];
            tree.insert(k.as_slice(), vec![3u8; 40])
                .expect("stale year row");
            set_version(&store, 2).expect("version 2");
            written
        };
        let store = open(&path, "clerk").expect("reopen migrates");
        assert_eq!(version(&store), SCHEMA_VERSION.to_be_bytes());
        assert_eq!(rows(&store), written);
        assert!(store.check().expect("check").is_empty());
    }

    #[test]
    fn check_reports_a_monthly_sum_out_of_step() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = open(&dir.path().join("db"), "clerk").expect("open");
        let a = store.insert_any(household("BS-01")).expect("household");
        store.insert_any(log(a, day(2026, 5, 5), 300)).expect("log");
        let tree = store.tree(Tree::IncomeMonths).expect("tree");
        // The last row is the household's May (its year and every
        // household's rows sort before it).
        let (k, _) = rows(&store).pop().expect("a row");
        tree.insert(k, vec![0u8; 40]).expect("damage");
        let problems = store.check().expect("check");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].place.contains("2026-05"), "{problems:?}");
        assert!(problems[0].message.contains("income 300"), "{problems:?}");
    }
}
