//! The dashboard on the demonstration data set shows the Bansuo figures of
//! the product brief.

use kumban::model::{Currency, Date};
use kumban::report::Dashboard;
use kumban::store::Store;

#[test]
fn demo_data_shows_the_bansuo_figures() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "tester").unwrap();
    let today = Date::from_ymd(2026, 11, 28).unwrap();
    kumban::demo::fill(&store, today).unwrap();
    let x = Dashboard::compute(&store, today).unwrap();

    assert_eq!(x.households.demonstration, 40);
    assert_eq!(x.cattle.distributed, 120);
    assert_eq!(x.breeding.pregnant, 60);

    let json = x.to_json();
    assert_eq!(json["households"]["demonstration"], 40);
    assert_eq!(json["cattle"]["distributed"], 120);
    assert_eq!(json["breeding"]["pregnant"], 60);

    // The demo's calendar puts pregnancies 4 days apart from 20 days ago:
    // two overdue, eight due in the next 30 days.
    assert_eq!((x.breeding.overdue, x.breeding.due_30_days), (2, 8));
    assert_eq!(x.overdue_list.len(), 2);
    // Three more are late but within their 14-day grace; they lead the list.
    assert_eq!(x.next_due.len(), 10);
    assert_eq!(x.next_due[0].days, -12);
    // The brief's "more than 480 USD profit per cow" of the cattle group.
    assert_eq!(
        x.income.cattle_profit_per_cow[&Currency::Usd].to_string(),
        "480.00 USD"
    );

    let text = x.to_text();
    assert!(
        text.contains("Households  46 (40 demonstration)\n"),
        "{text}"
    );
    assert!(text.contains("distributed 120"), "{text}");
    assert!(text.contains("Breeding    60 pregnant"), "{text}");
    for l in text.lines() {
        assert!(l.chars().count() <= 80, "too wide: {l}");
    }
}
