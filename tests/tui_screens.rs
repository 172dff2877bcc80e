//! Whole screens at 80×24 on the demonstration data (today 2026-11-28),
//! as insta snapshots, plus the checks a text snapshot cannot make:
//! the selection's style, colours, and column alignment with Lao and
//! Chinese names.

mod support;

use kumban::model::*;
use kumban::store::Store;
use kumban::tui::theme::Theme;
use kumban::tui::{Action, App, Related, Tab};
use ratatui::style::{Color, Modifier};
use support::tui::*;

#[test]
fn every_tab_on_the_demonstration_data() {
    let mut f = demo();
    for tab in Tab::ALL {
        keys(&mut f.app, [Action::GoTab(tab)]);
        insta::assert_snapshot!(
            format!("tab_{}", tab.title().to_lowercase()),
            screen(&f.app)
        );
    }
}

#[test]
fn welcome_screen_on_an_empty_database() {
    let f = empty();
    let s = screen(&f.app);
    assert!(s.contains("press 2 for the Households tab, then n"), "{s}");
    assert!(s.contains("kumban demo"), "{s}");
    insta::assert_snapshot!("welcome", s);
}

#[test]
fn empty_lists_say_so() {
    let mut f = empty();
    keys(&mut f.app, [Action::GoTab(Tab::Households)]);
    let s = screen(&f.app);
    assert!(
        s.contains("No households records yet.") || s.contains("No households"),
        "{s}"
    );
    assert!(s.contains("0/0"), "{s}");
}

#[test]
fn help_overlay_lists_the_keys_of_the_screen() {
    let mut f = demo();
    keys(&mut f.app, [Action::GoTab(Tab::Households), Action::Help]);
    insta::assert_snapshot!("help_households", screen(&f.app));
}

#[test]
fn household_detail() {
    let mut f = demo();
    keys(&mut f.app, [Action::GoTab(Tab::Households), Action::Open]);
    insta::assert_snapshot!("detail_household", screen(&f.app));
}

#[test]
fn cow_detail_shows_breeding_history_and_calves() {
    let mut f = demo();
    keys(&mut f.app, [Action::GoTab(Tab::Cattle), Action::Open]);
    let s = screen(&f.app);
    assert!(s.contains("Breeding history (2)"), "{s}");
    assert!(s.contains("Calves (1)"), "{s}");
    insta::assert_snapshot!("detail_cow", s);
}

#[test]
fn households_filtered_by_a_lao_name() {
    let mut f = demo();
    keys(
        &mut f.app,
        [Action::GoTab(Tab::Households), Action::StartFilter],
    );
    for c in "ບຸນມີ".chars() {
        keys(&mut f.app, [Action::FilterChar(c)]);
    }
    let s = screen(&f.app);
    assert!(s.contains("filter: ບຸນມີ"), "{s}");
    insta::assert_snapshot!("households_filter_lao", s);
}

#[test]
fn pens_of_a_household_show_whose_they_are() {
    let mut f = demo();
    keys(
        &mut f.app,
        [
            Action::GoTab(Tab::Households),
            Action::Jump(Related::PensOfHousehold),
        ],
    );
    let s = screen(&f.app);
    assert!(s.contains("Pens · pens of BS-01 (Esc: back)"), "{s}");
    insta::assert_snapshot!("pens_of_household", s);
}

#[test]
fn members_of_a_household_and_one_member_in_detail() {
    let mut f = demo();
    keys(
        &mut f.app,
        [
            Action::GoTab(Tab::Households),
            Action::Down,
            Action::Jump(Related::MembersOfHousehold),
        ],
    );
    let s = screen(&f.app);
    assert!(s.contains("Members · members of BS-02 (Esc: back)"), "{s}");
    assert!(s.contains("1/4"), "{s}");
    insta::assert_snapshot!("members_of_household", s);
    keys(&mut f.app, [Action::Open]);
    let s = screen(&f.app);
    assert!(s.contains("head of the household"), "{s}");
    insta::assert_snapshot!("detail_member", s);
}

#[test]
fn members_filter_by_a_lao_name_and_sort_by_birth_year() {
    let mut f = demo();
    keys(
        &mut f.app,
        [Action::GoTab(Tab::Members), Action::StartFilter],
    );
    for c in "ແກ້ວ".chars() {
        keys(&mut f.app, [Action::FilterChar(c)]);
    }
    keys(&mut f.app, [Action::FilterDone]);
    let s = screen(&f.app);
    assert!(s.contains("filter: ແກ້ວ"), "{s}");
    let rows: Vec<&str> = s
        .lines()
        .filter(|l| l.starts_with("BS-") || l.starts_with("XL-"))
        .collect();
    assert!(!rows.is_empty(), "{s}");
    assert!(rows.iter().all(|r| r.contains("ແກ້ວ")), "{s}");
    // Sort: from Hhold on to Name, Sex, then Born.
    keys(
        &mut f.app,
        [
            Action::CycleSort,
            Action::CycleSort,
            Action::CycleSort,
            Action::CycleSort,
        ],
    );
    let s = screen(&f.app);
    let years: Vec<u16> = s
        .lines()
        .filter(|l| l.starts_with("BS-") || l.starts_with("XL-"))
        .filter_map(|l| {
            l.split_whitespace()
                .find_map(|w| w.parse::<u16>().ok().filter(|y| *y > 1900))
        })
        .collect();
    assert!(years.len() > 1, "{s}");
    assert!(years.windows(2).all(|w| w[0] <= w[1]), "{years:?}\n{s}");
    insta::assert_snapshot!("members_sorted_by_birth_year", s);
}

#[test]
fn weights_of_a_cow_with_their_gains_and_one_weight_in_detail() {
    let mut f = demo();
    keys(&mut f.app, [Action::GoTab(Tab::Cattle), Action::Open]);
    let s = screen(&f.app);
    assert!(s.contains("kg/day overall"), "{s}");
    keys(
        &mut f.app,
        [Action::Back, Action::Jump(Related::WeightsOfAnimal)],
    );
    let s = screen(&f.app);
    assert!(
        s.contains("Weights · weights of BS-C-001 (Esc: back)"),
        "{s}"
    );
    insta::assert_snapshot!("weights_of_cow", s);
    keys(&mut f.app, [Action::Down, Action::Open]);
    let s = screen(&f.app);
    assert!(s.contains("Weight of BS-C-001 on"), "{s}");
    assert!(s.contains("kg/day since"), "{s}");
    insta::assert_snapshot!("detail_weight", s);
}

#[test]
fn weights_filter_by_tag_and_sort_by_kilograms() {
    let mut f = demo();
    keys(
        &mut f.app,
        [Action::GoTab(Tab::Weights), Action::StartFilter],
    );
    for c in "XL-C".chars() {
        keys(&mut f.app, [Action::FilterChar(c)]);
    }
    keys(&mut f.app, [Action::FilterDone]);
    let rows = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.starts_with("XL-C") || l.starts_with("BS-C"))
            .map(String::from)
            .collect()
    };
    let s = screen(&f.app);
    assert!(!rows(&s).is_empty(), "{s}");
    assert!(rows(&s).iter().all(|r| r.starts_with("XL-C")), "{s}");
    // Sort: Tag, Date, then Kg.
    keys(
        &mut f.app,
        [Action::CycleSort, Action::CycleSort, Action::CycleSort],
    );
    let s = screen(&f.app);
    let kgs: Vec<f64> = rows(&s)
        .iter()
        .filter_map(|l| l.split_whitespace().nth(2)?.parse().ok())
        .collect();
    assert!(kgs.len() > 1, "{s}");
    assert!(kgs.windows(2).all(|w| w[0] <= w[1]), "{kgs:?}\n{s}");
    insta::assert_snapshot!("weights_sorted_by_kg", s);
}

#[test]
fn a_small_terminal_is_told_how_big_it_must_be() {
    let mut f = demo();
    keys(&mut f.app, [Action::Resize(50, 12)]);
    let s = screen(&f.app)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(s.contains("at least 60 columns by 16 rows"), "{s}");
    assert!(s.contains("this one is 50 by 12"), "{s}");
}

#[test]
fn the_selected_rows_first_cell_is_reversed_and_bold_without_colour() {
    let mut f = demo();
    keys(&mut f.app, [Action::GoTab(Tab::Households)]);
    // Row 3: the first record (tab bar, info line, header above it).
    let b = buffer(&f.app, 80, 24);
    let marked = |b: &ratatui::buffer::Buffer, y: u16| -> Vec<u16> {
        (0..80)
            .filter(|&x| {
                b[(x, y)]
                    .modifier
                    .contains(Modifier::REVERSED | Modifier::BOLD)
            })
            .collect()
    };
    // The household code's cell, and nothing else of the row: a row move
    // rewrites only the first cells of two rows (issue 16, bytes per row
    // move over SSH).
    let code: String = (0..80).map(|x| b[(x, 3)].symbol()).collect();
    let width = code.find(' ').unwrap_or(0) as u16;
    assert!(width >= 4, "{code}");
    assert_eq!(marked(&b, 3), (0..width).collect::<Vec<_>>(), "{code}");
    assert!(marked(&b, 4).is_empty());
    keys(&mut f.app, [Action::Down]);
    let b = buffer(&f.app, 80, 24);
    assert!(marked(&b, 3).is_empty());
    assert_eq!(marked(&b, 4), (0..width).collect::<Vec<_>>());
    // No colour at all under NO_COLOR (the plain theme).
    for cell in b.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
    }
}

/// Colours, where used, are named ANSI colours that read on light and dark
/// backgrounds: never white, black, yellow or grey text, never a 256-colour
/// or RGB value.
#[test]
fn colours_are_named_and_readable_on_any_background() {
    let mut f = demo();
    f.app.theme = Theme { colour: true };
    let mut seen = std::collections::HashSet::new();
    for tab in Tab::ALL {
        keys(&mut f.app, [Action::GoTab(tab), Action::Help]);
        for cell in buffer(&f.app, 80, 24).content() {
            seen.insert(cell.fg);
            assert_eq!(cell.bg, Color::Reset);
        }
        keys(&mut f.app, [Action::Back, Action::Open]);
        for cell in buffer(&f.app, 80, 24).content() {
            seen.insert(cell.fg);
        }
        keys(&mut f.app, [Action::Back]);
    }
    for c in &seen {
        assert!(
            matches!(c, Color::Reset | Color::Red | Color::Green | Color::Blue),
            "colour {c:?}"
        );
    }
    assert!(seen.contains(&Color::Red), "overdue calvings are marked");
}

const LAO_1: &str = "ນາງ ຄຳແພງ ສີສຸວັນ";
const LAO_2: &str = "ທ້າວ ບຸນມີ ພົມມະຈັນ";
const CHINESE: &str = "范锡宁";

fn names_fixture() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    for (n, name) in [LAO_1, LAO_2, CHINESE, "Bounmy Phommachanh"]
        .iter()
        .enumerate()
    {
        let h = store
            .insert(Household {
                code: format!("BS-0{}", n + 1),
                head_name: name.to_string(),
                village: "Bansuo".into(),
                members: 4,
                phone: None,
                groups: vec![Group::cattle()],
                demonstration: true,
                poverty: Poverty::Poor,
                baseline_income: None,
                enrolled_on: today(),
                notes: String::new(),
            })
            .unwrap();
        store
            .insert(Pen {
                household: h,
                label: "Pen 1".into(),
                capacity: 4,
                status: PenStatus::Inspected,
                inspected_on: Some(today()),
                inspected_by: Some(name.to_string()),
                notes: String::new(),
                inspection_result: None,
                checklist_failed: Vec::new(),
                next_inspection: None,
            })
            .unwrap();
    }
    let mut app = App::new(store, today());
    app.theme = Theme::plain();
    app.db_label = "/home/clerk/.local/share/kumban/db".into();
    (dir, app)
}

/// The cells of one screen row as a terminal shows them (a wide
/// character's second cell skipped), with the column each starts at.
fn row_cells(b: &ratatui::buffer::Buffer, y: u16) -> Vec<(u16, String)> {
    let mut out = Vec::new();
    let mut skip = 0;
    for x in 0..b.area.width {
        let s = b[(x, y)].symbol().to_string();
        if skip == 0 {
            out.push((x, s.clone()));
        }
        skip = std::cmp::max(skip, unicode_width::UnicodeWidthStr::width(s.as_str()))
            .saturating_sub(1);
    }
    out
}

#[test]
fn lao_and_chinese_names_keep_the_columns_aligned() {
    let (_dir, mut app) = names_fixture();
    keys(&mut app, [Action::GoTab(Tab::Households)]);
    let b = buffer(&app, 80, 24);
    // Village starts at the same column on the header and on every row.
    let header: String = (0..80).map(|x| b[(x, 2)].symbol()).collect();
    let village = header.find("Village").expect("a Village column") as u16;
    for y in 3..7 {
        assert_eq!(
            b[(village, y)].symbol(),
            "B",
            "row {y}: {:?}",
            row_cells(&b, y)
        );
        // And the name is written whole (no cut, it fits).
        let line: String = row_cells(&b, y).into_iter().map(|(_, s)| s).collect();
        assert!(
            [LAO_1, LAO_2, CHINESE, "Bounmy"]
                .iter()
                .any(|n| line.contains(n)),
            "{line}"
        );
    }
    keys(&mut app, [Action::GoTab(Tab::Pens)]);
    let b = buffer(&app, 80, 24);
    // Status starts at the header's column after a Lao or Chinese head's
    // name.
    let header: String = (0..80).map(|x| b[(x, 2)].symbol()).collect();
    let status = header.find("Status").expect("a Status column") as u16;
    for y in 3..7 {
        assert_eq!(
            b[(status, y)].symbol(),
            "i",
            "row {y}: {:?}",
            row_cells(&b, y)
        );
    }
    // The inspector column (last) holds each name whole, ending before column 80.
    let inspector = header.find("Inspector").expect("an Inspector column") as u16;
    let last: String = row_cells(&b, 5)
        .into_iter()
        .filter(|(x, _)| *x >= inspector)
        .map(|(_, s)| s)
        .collect();
    assert_eq!(last.trim_end(), CHINESE);
    insta::assert_snapshot!("pens_lao_chinese", screen(&app));
}

/// Every screen at the smallest size kumban draws at (60×20, where columns
/// and titles must give way) and on a wide screen (200×60, where the name
/// column must not take the room). The 80×24 ones are above.
#[test]
fn every_screen_at_a_small_and_a_wide_size() {
    for (w, h) in [(60, 20), (200, 60)] {
        let size = format!("{w}x{h}");
        let mut f = demo();
        keys(&mut f.app, [Action::Resize(w, h)]);
        for tab in Tab::ALL {
            keys(&mut f.app, [Action::GoTab(tab)]);
            insta::assert_snapshot!(
                format!("tab_{}_{size}", tab.title().to_lowercase()),
                screen(&f.app)
            );
        }
        keys(&mut f.app, [Action::GoTab(Tab::Households), Action::Help]);
        insta::assert_snapshot!(format!("help_households_{size}"), screen(&f.app));
        keys(&mut f.app, [Action::Help, Action::Open]);
        insta::assert_snapshot!(format!("detail_household_{size}"), screen(&f.app));
        keys(&mut f.app, [Action::Back, Action::New]);
        insta::assert_snapshot!(format!("form_household_{size}"), screen(&f.app));
        keys(&mut f.app, [Action::GoTab(Tab::Cattle), Action::Open]);
        insta::assert_snapshot!(format!("detail_cow_{size}"), screen(&f.app));

        let mut e = empty();
        keys(&mut e.app, [Action::Resize(w, h)]);
        insta::assert_snapshot!(format!("welcome_{size}"), screen(&e.app));
    }
}

#[test]
fn at_60_columns_every_tab_number_and_the_households_essentials_show() {
    let mut f = demo();
    keys(&mut f.app, [Action::Resize(60, 20)]);
    let s = screen(&f.app);
    let bar = s.lines().next().unwrap();
    for n in 1..=kumban::tui::nav::GROUPS.len() {
        assert!(bar.contains(&format!(" {n} ")), "group {n} missing: {bar}");
    }
    // The due lists keep their ear tags.
    assert!(s.contains("BS-C-003"), "{s}");
    assert!(s.contains("BS-C-001"), "{s}");
    keys(&mut f.app, [Action::GoTab(Tab::Households)]);
    let s = screen(&f.app);
    let header = s.lines().nth(2).unwrap();
    for col in ["Code", "Head of household", "Groups", "Poverty"] {
        assert!(header.contains(col), "{col} missing: {header}");
    }
    assert!(s.contains("cattle,corn,weaving"), "groups cut: {s}");
}

#[test]
fn at_200_columns_the_name_column_is_as_wide_as_the_longest_name() {
    let mut f = demo();
    keys(
        &mut f.app,
        [Action::Resize(200, 60), Action::GoTab(Tab::Households)],
    );
    let s = screen(&f.app);
    let header = s.lines().nth(2).unwrap();
    let name_at = header.find("Head of household").unwrap();
    let village_at = header.find("Village").unwrap();
    assert!(
        village_at - name_at < 40,
        "the name column takes {} columns: {header}",
        village_at - name_at
    );
    assert!(s.contains("cattle,corn,weaving"), "groups cut: {s}");
}

/// History names an attendance by the member and the training, not by
/// their record numbers ("member 69 at training 4" before).
#[test]
fn history_names_an_attendance_by_member_and_training() {
    let mut f = demo();
    keys(&mut f.app, [Action::GoTab(Tab::History)]);
    let list = f.app.list();
    let attendance = (0..list.rows.len())
        .map(|i| list.rows.get(i))
        .find(|r| r.cell(3).starts_with("attendance "))
        .expect("the demo's trainings have attendances");
    let record = attendance.cell(3);
    let what = attendance.cell(4);
    let store = &f.app.store;
    let members: Vec<String> = store
        .all::<Member>()
        .map(|m| m.unwrap().record.name)
        .collect();
    // The Record column: the member's household, short enough to leave
    // the kind of change on screen at 80 columns.
    assert!(
        record.starts_with("attendance BS-") || record.starts_with("attendance XL-"),
        "{record}"
    );
    assert!(members.iter().any(|n| what.contains(n.as_str())), "{what}");
    let topics: Vec<String> = store
        .all::<Training>()
        .map(|t| t.unwrap().record.topic)
        .collect();
    assert!(topics.iter().any(|t| what.contains(t.as_str())), "{what}");
    assert!(!what.contains('#'), "{what}");
}
