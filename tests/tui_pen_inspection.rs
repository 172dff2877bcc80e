//! A pen's detail shows what its inspection found (issue 15 item 6); one
//! inspected before results were kept shows no empty lines for them.

mod support;

use kumban::tui::{Action, Tab};
use support::tui::*;

#[test]
fn a_pen_detail_shows_result_failed_checks_and_next_inspection() {
    let mut f = demo();
    // BS-02's pen: inspected 2017-09-02, needs work on its roof.
    keys(
        &mut f.app,
        [Action::GoTab(Tab::Pens), Action::Down, Action::Open],
    );
    let s = screen(&f.app);
    assert!(s.contains("BS-02"), "{s}");
    let line = |label: &str| {
        s.lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("no {label} in\n{s}"))
            .to_string()
    };
    assert!(line("Result:").contains("needs-work"), "{s}");
    assert!(line("Failed checks").contains("roof"), "{s}");
    assert!(line("Next inspection").contains("2017-12-01"), "{s}");
}

#[test]
fn a_pen_without_details_shows_none_of_them() {
    let mut f = empty();
    let h = f
        .app
        .store
        .insert(kumban::model::Household {
            code: "BS-01".into(),
            head_name: "Bounmy".into(),
            village: "Bansuo".into(),
            members: 4,
            phone: None,
            groups: vec![],
            demonstration: false,
            poverty: kumban::model::Poverty::Poor,
            baseline_income: None,
            enrolled_on: kumban::model::Date::from_ymd(2017, 6, 1).unwrap(),
            notes: String::new(),
        })
        .unwrap();
    f.app
        .store
        .insert(kumban::model::Pen {
            household: h,
            label: "Pen 1".into(),
            capacity: 3,
            status: kumban::model::PenStatus::Built,
            inspected_on: None,
            inspected_by: None,
            notes: String::new(),
            inspection_result: None,
            checklist_failed: Vec::new(),
            next_inspection: None,
        })
        .unwrap();
    // The list was read before the pen was added.
    keys(
        &mut f.app,
        [Action::GoTab(Tab::Pens), Action::Refresh, Action::Open],
    );
    let s = screen(&f.app);
    assert!(s.contains("Pen 1") && s.contains("Inspected on"), "{s}");
    assert!(!s.contains("Result"), "{s}");
    assert!(!s.contains("Failed checks"), "{s}");
}
