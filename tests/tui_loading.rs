//! Long lists load behind the screen: the tab draws at once with the
//! newest records, keys keep working, and the whole list takes their
//! place when it is ready, keeping what the user did meanwhile (Visits
//! from fewer records than the others: each row reads its household).

mod support;

use kumban::model::*;
use kumban::tui::{Action, Tab, update};
use std::time::{Duration, Instant};
use support::tui::*;

/// Waits (bounded) until every list that was loading has arrived.
fn wait_loaded(app: &mut kumban::tui::App) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !app.loading.is_empty() {
        app.take_loaded();
        assert!(Instant::now() < deadline, "the list did not arrive in 30 s");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn newest_ids(store: &kumban::store::Store, n: usize) -> Vec<u64> {
    let mut all: Vec<_> = store
        .all::<IncomeLog>()
        .map(|i| i.unwrap())
        .map(|i| {
            (
                std::cmp::Reverse(i.record.date),
                std::cmp::Reverse(i.id),
                i.id,
            )
        })
        .collect();
    all.sort_unstable();
    all.into_iter().take(n).map(|(_, _, id)| id).collect()
}

#[test]
fn the_store_reads_the_newest_income_from_the_date_index() {
    let f = demo();
    let store = &f.app.store;
    let total = store.count(RecordKind::Income);
    assert!(total > 50, "the demonstration data has income: {total}");
    let newest: Vec<u64> = store
        .income_newest(50)
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(newest, newest_ids(store, 50));
    assert_eq!(store.income_newest(total + 10).unwrap().len(), total);
    assert!(store.income_newest(0).unwrap().is_empty());
}

#[test]
fn a_long_income_list_shows_its_newest_rows_at_once_then_all_of_them() {
    let mut f = demo();
    let total = f.app.store.count(RecordKind::Income);
    // The demonstration data counts as long here.
    f.app.background_records = 10;
    update(&mut f.app, Action::GoTab(Tab::Income));
    assert!(f.app.is_loading(Tab::Income));
    let first = f.app.list().rows.len();
    assert_eq!(first, 200.min(total));
    let shown = screen(&f.app);
    assert!(
        shown.contains("newest 200 shown, loading the rest…"),
        "{shown}"
    );
    // The first page is the top of the whole list, in the same order.
    let top: Vec<u64> = f.app.list().rows.iter().take(20).map(|r| r.id()).collect();
    assert_eq!(top, newest_ids(&f.app.store, 20));

    // Keys work meanwhile: move down twice and start a filter.
    update(&mut f.app, Action::Down);
    update(&mut f.app, Action::Down);
    let chosen = f.app.list().selected_id();
    assert!(chosen.is_some());

    wait_loaded(&mut f.app);
    let list = f.app.list();
    assert_eq!(list.rows.len(), total);
    assert_eq!(list.rows.note(), None);
    assert_eq!(list.selected_id(), chosen, "the selection is kept");
    assert!(!screen(&f.app).contains("loading"));
    // Once loaded and unchanged, entering again loads nothing.
    update(&mut f.app, Action::GoTab(Tab::Households));
    update(&mut f.app, Action::GoTab(Tab::Income));
    assert!(!f.app.is_loading(Tab::Income));
}

#[test]
fn a_long_list_without_a_first_page_says_it_is_loading() {
    let mut f = demo();
    f.app.background_records = 10;
    update(&mut f.app, Action::GoTab(Tab::Cattle));
    assert!(f.app.is_loading(Tab::Cattle));
    let shown = screen(&f.app);
    assert!(shown.contains("Loading…"), "{shown}");
    assert!(!shown.contains("No cattle records yet"), "{shown}");
    // Leaving and coming back does not start a second load.
    update(&mut f.app, Action::GoTab(Tab::Income));
    update(&mut f.app, Action::GoTab(Tab::Cattle));
    assert_eq!(
        f.app
            .loading
            .iter()
            .filter(|l| l.tab == Tab::Cattle)
            .count(),
        1
    );
    wait_loaded(&mut f.app);
    assert_eq!(
        f.app.list_of(Tab::Cattle).rows.len(),
        f.app.store.count(RecordKind::Animal)
    );
    assert!(!screen(&f.app).contains("Loading…"));
}

#[test]
fn households_show_the_first_ones_by_id_while_loading() {
    let mut f = demo();
    f.app.background_records = 10;
    let total = f.app.store.count(RecordKind::Household);
    update(&mut f.app, Action::GoTab(Tab::Households));
    assert!(f.app.is_loading(Tab::Households));
    let shown = screen(&f.app);
    assert!(
        shown.contains(&format!("first {total} shown, loading the rest…")),
        "{shown}"
    );
    let first: Vec<u64> = f.app.list().rows.iter().map(|r| r.id()).collect();
    wait_loaded(&mut f.app);
    let all: Vec<u64> = f.app.list().rows.iter().map(|r| r.id()).collect();
    assert_eq!(first, all, "the first page is the top of the whole list");
    assert_eq!(f.app.list().rows.note(), None);
}

#[test]
fn the_newest_income_reads_the_same_through_the_owner() {
    let dir = tempfile::tempdir().unwrap();
    let remote = support::shared::connect(&dir.path().join("db"));
    kumban::demo::fill(&remote, today()).unwrap();
    let newest: Vec<u64> = remote
        .income_newest(30)
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(newest, newest_ids(&remote, 30));
}

#[test]
fn a_long_list_says_it_is_updating_after_a_change_until_the_rows_arrive() {
    let mut f = demo();
    f.app.background_records = 10;
    update(&mut f.app, Action::GoTab(Tab::Cattle));
    wait_loaded(&mut f.app);
    let before = f.app.list().rows.len();
    // Another record changes: the next entry reloads behind the screen.
    f.app
        .store
        .insert(Animal {
            ear_tag: "BS-NEW-1".into(),
            ..f.app.store.all::<Animal>().next().unwrap().unwrap().record
        })
        .unwrap();
    update(&mut f.app, Action::GoTab(Tab::Households));
    update(&mut f.app, Action::GoTab(Tab::Cattle));
    assert!(f.app.is_loading(Tab::Cattle));
    assert_eq!(
        f.app.list().rows.len(),
        before,
        "the old rows stay meanwhile"
    );
    assert!(screen(&f.app).contains("updating…"));
    wait_loaded(&mut f.app);
    assert_eq!(f.app.list().rows.len(), before + 1);
    assert!(!screen(&f.app).contains("updating…"));
}

#[test]
fn changes_during_a_load_start_no_second_load_but_are_caught_up() {
    let mut f = demo();
    f.app.background_records = 10;
    update(&mut f.app, Action::GoTab(Tab::Cattle));
    wait_loaded(&mut f.app);
    let before = f.app.list().rows.len();
    let template = f.app.store.all::<Animal>().next().unwrap().unwrap().record;
    for tag in ["BS-NEW-1", "BS-NEW-2", "BS-NEW-3"] {
        f.app
            .store
            .insert(Animal {
                ear_tag: tag.into(),
                ..template.clone()
            })
            .unwrap();
        // Each change, as the live view or a tab switch would see it.
        update(&mut f.app, Action::GoTab(Tab::Households));
        update(&mut f.app, Action::GoTab(Tab::Cattle));
        assert!(
            f.app
                .loading
                .iter()
                .filter(|l| l.tab == Tab::Cattle)
                .count()
                <= 1
        );
    }
    wait_loaded(&mut f.app);
    assert_eq!(
        f.app.list().rows.len(),
        before + 3,
        "every change caught up"
    );
    assert!(!screen(&f.app).contains("updating…"));
}

#[test]
fn a_long_visits_list_shows_its_first_rows_at_once_then_all_of_them() {
    let mut f = demo();
    let total = f.app.store.count(RecordKind::Visit);
    assert!(total > 1, "the demonstration data has visits: {total}");
    // The demonstration data counts as long here.
    f.app.background_records = 1;
    update(&mut f.app, Action::GoTab(Tab::Visits));
    assert!(f.app.is_loading(Tab::Visits));
    let first: Vec<(u64, String)> = f
        .app
        .list()
        .rows
        .iter()
        .map(|r| (r.id(), r.cell(1).to_string()))
        .collect();
    assert_eq!(first.len(), 200.min(total));
    let shown = screen(&f.app);
    assert!(shown.contains("loading the rest…"), "{shown}");
    wait_loaded(&mut f.app);
    let all: Vec<(u64, String)> = f
        .app
        .list()
        .rows
        .iter()
        .map(|r| (r.id(), r.cell(1).to_string()))
        .collect();
    assert_eq!(all.len(), total);
    // The first page is the top of the whole list, households and all.
    assert_eq!(all[..first.len()], first[..]);
    assert!(first.iter().all(|(_, code)| !code.starts_with('#')));
}
