//! The page as text: escaping, every section, nothing fetched or run.

use super::chart::{Series, scale};
use super::*;
use crate::reports::Words;
use crate::{Breeding, Cattle, Households, Income, Pens, People};
use std::collections::BTreeMap;

const HOSTILE: &str = "<script>alert('x')</script> & \"q\"";

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("a date")
}

fn span() -> Span {
    Span::parse("2026-Q1").expect("a quarter")
}

fn dashboard() -> Dashboard {
    Dashboard {
        today: day(2026, 4, 2),
        households: Households {
            total: 3,
            demonstration: 2,
            ..Households::default()
        },
        people: People::default(),
        pens: Pens::default(),
        cattle: Cattle {
            active: 7,
            ..Cattle::default()
        },
        breeding: Breeding {
            pregnant: 4,
            ..Breeding::default()
        },
        income: Income {
            year: 2026,
            groups: BTreeMap::new(),
            cattle_profit_per_cow: BTreeMap::new(),
        },
        next_due: Vec::new(),
        next_due_total: 0,
        overdue_list: Vec::new(),
        returned: Vec::new(),
        fertility: Default::default(),
        health: Default::default(),
    }
}

fn households() -> Table {
    let mut t = Table::new(
        ReportKind::Household,
        Words::new("report-title-household").span("span", span()),
        span(),
    );
    t.columns = vec![
        super::super::Column::text("household"),
        super::super::Column::text("head"),
        super::super::Column::number("net USD"),
    ];
    t.rows = vec![
        vec![
            Cell::Text("BS-01".into()),
            Cell::Text(HOSTILE.into()),
            Cell::Money(123_456),
        ],
        vec![
            Cell::Text("XL-01".into()),
            Cell::Text("ນາງ ຄຳແພງ 范锡宁".into()),
            Cell::Blank,
        ],
    ];
    t.notes = vec![Words::new("report-note-group-households").text("groups", HOSTILE)];
    t
}

fn month() -> Table {
    let mut t = Table::new(
        ReportKind::Month,
        Words::new("report-title-month").span("span", span()),
        span(),
    );
    t.columns = vec![
        super::super::Column::text("month"),
        super::super::Column::number("logs"),
        super::super::Column::number("income USD"),
        super::super::Column::number("expense USD"),
        super::super::Column::number("net USD"),
    ];
    for (m, income) in [(1, 50_000), (2, 0), (3, 120_000)] {
        t.rows.push(vec![
            Cell::Text(format!("2026-{m:02}")),
            Cell::Count(1),
            Cell::Money(income),
            Cell::Money(10_000),
            Cell::Money(income - 10_000),
        ]);
    }
    t.rows.push(vec![
        Cell::Text("total".into()),
        Cell::Count(3),
        Cell::Money(170_000),
        Cell::Money(30_000),
        Cell::Money(140_000),
    ]);
    t
}

fn herd() -> Table {
    let mut t = Table::new(
        ReportKind::Herd,
        Words::new("report-title-herd").span("span", span()),
        span(),
    );
    t.columns = vec![super::super::Column::text("month")];
    for name in ["head", "cows", "pregnant"] {
        t.columns.push(super::super::Column::number(name));
    }
    for (m, head) in [(1, 5), (2, 6), (3, 7)] {
        t.rows.push(vec![
            Cell::Text(format!("2026-{m:02}")),
            Cell::Count(head),
            Cell::Count(head - 1),
            Cell::Count(2),
        ]);
    }
    t
}

fn page() -> String {
    Printable {
        today: Some(day(2026, 4, 2)),
        database: Some(format!("/srv/kumban/{HOSTILE}")),
        span: span(),
        dashboard: Some(dashboard()),
        tables: vec![households(), month()],
        income: Some(month()),
        herd: Some(herd()),
    }
    .render()
}

#[test]
fn escapes_markup_and_quotes() {
    assert_eq!(
        escape(HOSTILE),
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
    );
    assert_eq!(escape("ນາງ 范锡宁"), "ນາງ 范锡宁");
    // A control character a damaged record still holds is shown, not kept.
    assert_eq!(escape("a\u{202e}b"), "a\\u{202e}b");
}

#[test]
fn record_text_prints_as_text() {
    let html = page();
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "a script tag got through");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(
        html.contains("recorded in &lt;script&gt;"),
        "notes are escaped"
    );
    assert!(
        html.contains("/srv/kumban/&lt;script&gt;"),
        "the path is escaped"
    );
    assert!(html.contains("ນາງ ຄຳແພງ 范锡宁"));
}

#[test]
fn every_section_is_there() {
    let html = page();
    for part in [
        "<html lang=\"en\">",
        "<meta charset=\"utf-8\">",
        "<title>kumban report, 2026-Q1</title>",
        "<dt>Period</dt><dd>2026-Q1 (2026-01-01 to 2026-03-31)</dd>",
        "<dt>Date</dt><dd>2026-04-02</dd>",
        "<dt>Database</dt>",
        "Project indicators",
        "Income 2026, 1 January to 2026-04-02",
        "Income per month, USD, 2026-Q1",
        "Herd size over time, 2026-Q1",
        "Income by household, 2026-Q1",
        "Income by month, 2026-Q1",
        "<thead>",
        "1,234.56",
        "@page { size: A4",
        "Noto Sans Lao",
        "Phetsarath OT",
        "Noto Sans CJK SC",
    ] {
        assert!(html.contains(part), "missing {part}");
    }
    // The cover, the charts and each table: a section each, each after
    // the first on a page of its own.
    assert_eq!(html.matches("<section").count(), 4);
    assert_eq!(html.matches("<section class=\"first\">").count(), 1);
    // Two bar series over three months, and the total row left out.
    assert_eq!(html.matches("<rect ").count(), 6);
    assert_eq!(html.matches("<polyline ").count(), 3);
    assert!(html.contains("<tr class=\"total\">"));
}

#[test]
fn nothing_is_fetched_or_run() {
    let lower = page().to_lowercase();
    for banned in [
        "http",
        "<script",
        "<link",
        "<img",
        "<iframe",
        "url(",
        "@import",
        "javascript:",
        " on",
    ] {
        let hit = match banned {
            // Event attributes (` onload=`...), not words like " on 2026".
            " on" => lower.match_indices(" on").any(|(i, _)| {
                lower[i + 3..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count()
                    > 0
                    && lower[i + 3..]
                        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                        .starts_with('=')
            }),
            _ => lower.contains(banned),
        };
        assert!(!hit, "the page holds {banned}");
    }
}

#[test]
fn a_table_alone_is_a_page_too() {
    let html = households().render(super::super::Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Income by household, 2026-Q1"));
    assert!(!html.contains("Project indicators"));
    assert!(!html.contains("<dt>Database</dt>"));
    assert!(!html.contains("<svg"));
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn empty_reports_say_so() {
    let mut empty = month();
    empty.rows.clear();
    empty.empty = Some(Words::new("report-empty-money").span("span", span()));
    let html = Printable {
        income: Some(empty.clone()),
        tables: vec![empty],
        ..Printable::tables_only(Vec::new(), span())
    }
    .render();
    assert_eq!(
        html.matches("No income or expense is recorded in 2026-Q1;")
            .count(),
        2
    );
    assert!(!html.contains("<rect "));
}

#[test]
fn axes_round_up_to_plain_steps() {
    let one = |values: Vec<i128>| {
        scale(&[Series {
            name: "s".into(),
            values,
        }])
    };
    assert_eq!(one(vec![0, 0]), (4, 1));
    assert_eq!(one(vec![7]), (8, 2));
    assert_eq!(one(vec![134, 60]), (150, 50));
    assert_eq!(one(vec![364_000]), (400_000, 100_000));
    assert_eq!(one(vec![-5]), (4, 1));
    assert!(one(vec![i128::MAX]).0 >= i128::MAX / 2);
}
