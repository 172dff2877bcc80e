//! Sessions see each other's changes: the change feed, the refusal to save
//! over a record someone else changed, batches through the owner, and the
//! same answers from a client as from a database held in-process.

mod support;

use kumban::model::*;
use kumban::store::{Store, StoreError};
use std::time::{Duration, Instant};
use support::shared::*;

#[test]
fn a_save_in_one_session_reaches_the_other_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let officer = connect(&db);
    let clerk = connect(&db);
    let before = officer.changes().expect("a client has a feed");
    assert!(before.connected);
    let mut worst = Duration::ZERO;
    for i in 0..20 {
        let seen = officer.changes().unwrap().txn;
        clerk
            .insert(support::store::household(&format!("BS-{i:02}")))
            .unwrap();
        let saved = Instant::now();
        let arrived = wait_until(Duration::from_secs(1), || {
            officer.changes().unwrap().txn > seen
        });
        assert!(arrived, "change {i} not seen within a second");
        worst = worst.max(saved.elapsed());
    }
    assert_eq!(
        officer.changes().unwrap().txn,
        clerk.last_txn().unwrap().unwrap()
    );
    eprintln!("change seen by the other session within {worst:?} (worst of 20)");
    assert!(
        Store::open(&dir.path().join("other"), "clerk")
            .unwrap()
            .changes()
            .is_none()
    );
}

#[test]
fn the_feed_says_when_the_owner_is_gone_and_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let officer = connect(&db);
    assert!(officer.changes().unwrap().connected);
    kill9(holder_pid(&db).expect("owner"));
    assert!(wait_until(Duration::from_secs(2), || !officer
        .changes()
        .unwrap()
        .connected));
    // The next request starts a new owner; the feed finds it.
    assert!(officer.is_empty());
    assert!(wait_until(Duration::from_secs(2), || officer
        .changes()
        .unwrap()
        .connected));
    let seen = officer.changes().unwrap().txn;
    connect(&db)
        .insert(support::store::household("BS-01"))
        .unwrap();
    assert!(wait_until(Duration::from_secs(1), || officer
        .changes()
        .unwrap()
        .txn
        > seen));
}

fn stale_edit_is_refused(a: &Store, b: &Store) {
    let id = a.insert(support::store::household("BS-01")).unwrap();
    let opened = a.fetch::<Household>(id).unwrap();
    let mut theirs = opened.record.clone();
    theirs.members = 9;
    b.update(id, theirs).unwrap();
    let mut mine = opened.record.clone();
    mine.village = "Xianglong".into();
    let err = a
        .update_if_unchanged(id, mine.clone(), opened.audit.updated_at)
        .expect_err("saving over a newer version");
    match &err {
        StoreError::Changed { kind, id: i, .. } => {
            assert_eq!((*kind, *i), (RecordKind::Household, id.0))
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("since you opened it"), "{err}");
    assert_eq!(a.fetch::<Household>(id).unwrap().record.members, 9);
    // The same edit in a batch is refused the same way.
    let err = a
        .batch(|bt| bt.update_if_unchanged(id, mine.clone(), opened.audit.updated_at))
        .expect_err("a batch saving over a newer version");
    assert!(matches!(err, StoreError::Changed { .. }), "{err:?}");
    // Against the current stamp it saves.
    let now = a.fetch::<Household>(id).unwrap();
    a.update_if_unchanged(id, mine, now.audit.updated_at)
        .unwrap();
    assert_eq!(
        a.fetch::<Household>(id).unwrap().record.village,
        "Xianglong"
    );
}

#[test]
fn saving_over_someone_elses_change_is_refused_through_the_owner() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    stale_edit_is_refused(&connect(&db), &connect(&db));
}

#[test]
fn saving_over_a_newer_version_is_refused_in_process_too() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    stale_edit_is_refused(&store, &store.clone());
}

#[test]
fn a_batch_through_the_owner_hands_out_real_ids_and_is_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let store = connect(&db);
    let (txn, (h, p)) = store
        .batch(|b| {
            let h = b.insert(support::store::household("BS-01"))?;
            let p = b.insert(support::store::pen(h, "north"))?;
            Ok((h, p))
        })
        .unwrap();
    assert_eq!(store.fetch::<Pen>(p).unwrap().record.household, h);
    assert_eq!(store.changes_of_txn(txn).unwrap().len(), 2);
    // A refused batch writes nothing, and lets go of the lock at once.
    let err = store
        .batch(|b| {
            b.insert(support::store::household("BS-02"))?;
            b.insert(support::store::household("BS-01"))
        })
        .expect_err("a code used twice");
    assert!(err.to_string().contains("already used"), "{err}");
    assert!(store.household_by_code("BS-02").unwrap().is_none());
    let other = connect(&db);
    other.insert(support::store::household("BS-03")).unwrap();
    // An error inside the closure ends the batch too.
    let err = store
        .batch(|b| {
            b.insert(support::store::household("BS-04"))?;
            Err::<(), _>(StoreError::NotFound {
                kind: RecordKind::Pen,
                id: 99,
            })
        })
        .expect_err("the closure's error");
    assert!(matches!(err, StoreError::NotFound { .. }));
    other.insert(support::store::household("BS-05")).unwrap();
    assert!(store.household_by_code("BS-04").unwrap().is_none());
    // Undo reverses the whole first batch.
    store.undo(txn).unwrap();
    assert!(store.household_by_code("BS-01").unwrap().is_none());
    assert!(store.get::<Pen>(p).unwrap().is_none());
}

#[test]
fn a_client_answers_as_the_database_held_in_process_does() {
    let dir = tempfile::tempdir().unwrap();
    let today = support::store::today();
    let local = Store::open(&dir.path().join("local"), "clerk").unwrap();
    let remote = connect(&dir.path().join("remote"));
    kumban::demo::fill(&local, today).unwrap();
    kumban::demo::fill(&remote, today).unwrap();
    let dash = |s: &Store| {
        kumban::report::Dashboard::compute(s, today)
            .unwrap()
            .to_json()
    };
    assert_eq!(dash(&local), dash(&remote));
    let export = |s: &Store| {
        let mut out = Vec::new();
        kumban::interchange::export::json_document(s, &mut out).unwrap();
        out
    };
    assert_eq!(export(&local), export(&remote));
    for kind in RecordKind::ALL {
        assert_eq!(local.count(kind), remote.count(kind), "{kind}");
    }
    let cow = local.all::<Animal>().next().unwrap().unwrap().id;
    let ids =
        |v: Vec<kumban::store::Stored<IncomeLog>>| v.into_iter().map(|s| s.id).collect::<Vec<_>>();
    assert_eq!(
        ids(local
            .income_between(support::store::day(2020, 1, 1), today)
            .unwrap()),
        ids(remote
            .income_between(support::store::day(2020, 1, 1), today)
            .unwrap())
    );
    assert_eq!(
        local.pregnancies_of(AnimalId(cow)).unwrap().len(),
        remote.pregnancies_of(AnimalId(cow)).unwrap().len()
    );
    let hist = |s: &Store| s.history().map(|c| c.unwrap().id).collect::<Vec<_>>();
    assert_eq!(hist(&local), hist(&remote));
    assert_eq!(local.counters().unwrap(), remote.counters().unwrap());
    assert_eq!(local.totals().unwrap(), remote.totals().unwrap());
    assert!(remote.check().unwrap().is_empty());
    // A backup through the owner reads back as the same data.
    let file = dir.path().join("remote.kbk");
    kumban::interchange::backup::write(&remote, &file).unwrap();
    let (_, dump) = kumban::interchange::backup::read(&file).unwrap();
    assert_eq!(dump.records.len(), remote_records(&remote));
}

fn remote_records(s: &Store) -> usize {
    RecordKind::ALL.iter().map(|k| s.count(*k)).sum()
}
