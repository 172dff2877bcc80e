//! The Reports tab on the demonstration data (today 2026-11-28): every
//! report at 80×24 and 120×40 without colour, as insta snapshots; the
//! keys that switch report and period; Enter on a household's row opening
//! that household, and on a month's row that month's income.

mod support;

use kumban::tui::action::ReportKey;
use kumban::tui::{Action, Tab};
use support::tui::*;

fn report_key(k: ReportKey) -> Action {
    Action::Report(k)
}

#[test]
fn every_report_at_80x24_and_120x40() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut f = demo();
        keys(
            &mut f.app,
            [Action::Resize(w, h), Action::GoTab(Tab::Reports)],
        );
        for kind in [
            "household",
            "village",
            "group",
            "month",
            "baseline",
            "herd",
            "calvings",
        ] {
            let s = screen(&f.app);
            assert!(s.contains(kind), "{s}");
            insta::assert_snapshot!(format!("reports_{kind}_{w}x{h}"), s);
            keys(&mut f.app, [report_key(ReportKey::NextKind)]);
        }
    }
}

#[test]
fn keys_switch_report_and_period_and_rows_open_what_they_stand_for() {
    let mut f = demo();
    keys(&mut f.app, [Action::GoTab(Tab::Reports)]);
    let s = screen(&f.app);
    assert!(s.contains("Income by household, 2026"), "{s}");
    keys(&mut f.app, [report_key(ReportKey::Earlier)]);
    assert!(screen(&f.app).contains("Income by household, 2025"));
    keys(
        &mut f.app,
        [report_key(ReportKey::Later), report_key(ReportKey::Unit)],
    );
    assert!(screen(&f.app).contains("Income by household, 2026-Q4"));
    keys(
        &mut f.app,
        [report_key(ReportKey::Unit), report_key(ReportKey::Unit)],
    );
    // The household on the second row, by its code in the table.
    keys(&mut f.app, [Action::Down]);
    let s = screen(&f.app);
    let code = second_code(&s).unwrap_or_else(|| panic!("no second household row: {s}"));
    keys(&mut f.app, [Action::Open]);
    assert_eq!(f.app.tab, Tab::Households);
    let s = screen(&f.app);
    assert!(s.contains(&code), "{code} not opened: {s}");
    assert_eq!(
        f.app.list().selected_row().map(|r| r.cell(0).to_string()),
        Some(code.clone()),
        "the household is selected under its detail"
    );
    // A month's row opens the Income list of that month.
    keys(&mut f.app, [Action::Back, Action::GoTab(Tab::Reports)]);
    for _ in 0..3 {
        keys(&mut f.app, [report_key(ReportKey::NextKind)]);
    }
    assert!(screen(&f.app).contains("Income by month, 2026"));
    keys(&mut f.app, [Action::Down, Action::Down, Action::Open]);
    assert_eq!(f.app.tab, Tab::Income);
    assert_eq!(f.app.list().filter, "2026-03");
}

/// The code of the second household row of the household report.
fn second_code(s: &str) -> Option<String> {
    s.lines()
        .skip_while(|l| !l.starts_with(" household  head"))
        .nth(2)
        .and_then(|l| l.split_whitespace().next())
        .map(str::to_string)
}

#[test]
fn on_a_large_database_the_report_is_built_behind_the_screen() {
    let mut f = demo();
    // As if the demonstration data were a district's.
    f.app.background_records = 0;
    keys(&mut f.app, [Action::GoTab(Tab::Reports)]);
    assert!(
        f.app.busy(),
        "the report is not being built behind the screen"
    );
    assert!(screen(&f.app).contains("Building the report…"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while f.app.busy() && std::time::Instant::now() < deadline {
        f.app.take_loaded();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let s = screen(&f.app);
    assert!(s.contains("Income by household, 2026"), "{s}");
    // Back to a kept table: nothing to build.
    keys(&mut f.app, [Action::Report(ReportKey::NextKind)]);
    assert!(
        f.app.busy(),
        "the village report is built behind the screen too"
    );
    keys(&mut f.app, [Action::Report(ReportKey::PrevKind)]);
    assert!(screen(&f.app).contains("Income by household, 2026"));
}

#[test]
fn c_shows_every_amount_in_one_currency_and_goes_round() {
    use kumban::model::Currency;
    use kumban::report::reports::{self, Cell, ReportKind, Span};
    let mut f = demo();
    keys(&mut f.app, [Action::GoTab(Tab::Reports)]);
    assert!(!screen(&f.app).contains("> in "));
    keys(&mut f.app, [report_key(ReportKey::Currency)]);
    let s = screen(&f.app);
    assert!(s.contains("< 2026 > in USD"), "{s}");
    // The top row is the CLI's `--currency USD` top row, figure for figure.
    let span = Span::parse("2026").expect("span");
    let table = reports::build_in(
        &f.app.store,
        ReportKind::Household,
        span,
        f.app.today,
        Some(Currency::Usd),
    )
    .expect("report");
    let top = table.rows[0]
        .iter()
        .take(4)
        .map(|c| match c {
            Cell::Text(t) => t.clone(),
            Cell::Money(m) => kumban::model::money::format_wide_minor(*m, true),
            Cell::Count(n) => n.to_string(),
            Cell::Blank => String::new(),
        })
        .collect::<Vec<_>>();
    for cell in &top {
        assert!(s.contains(cell.as_str()), "{cell} not on screen: {s}");
    }
    assert!(!s.contains("income LAK"), "{s}");
    for c in ["LAK", "CNY", "THB"] {
        keys(&mut f.app, [report_key(ReportKey::Currency)]);
        assert!(screen(&f.app).contains(&format!("< 2026 > in {c}")));
    }
    keys(&mut f.app, [report_key(ReportKey::Currency)]);
    assert!(!screen(&f.app).contains("> in "), "round to as recorded");
}
