//! A clerk's first household, by keyboard only, in the real binary in a
//! pseudo-terminal: add it (the head's name in Lao), save, see it in the
//! list, edit it, undo the edit, delete it with y, quit with the terminal
//! restored; then `kumban check` finds the database clean.

mod support;

use support::e2e::*;

/// The Mem column of household BS-01 as the screen shows it.
fn members_shown(s: &Session) -> String {
    let screen = s.parser.screen();
    let (_, cols) = screen.size();
    let row = (0..24)
        .find(|r| screen.contents_between(*r, 0, *r, 5) == "BS-01")
        .unwrap_or_else(|| panic!("no BS-01 row:\n{}", s.screen()));
    // Mem is under its title (three cells, see the Households snapshot);
    // read cell by cell, Lao marks do not shift it.
    assert_eq!(cols.get(), 80);
    let header = screen.contents_between(2, 0, 2, 80);
    let mem = header.find("Mem").expect("a Mem column") as u16;
    (mem..mem + 3)
        .filter_map(|c| screen.cell(row, c).map(|x| x.contents().to_string()))
        .collect::<String>()
        .trim()
        .to_string()
}

#[test]
fn add_edit_undo_and_delete_a_household_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let mut s = Session::start_new(&db);
    s.expect("Welcome to kumban");
    s.key(b"2", "No households records yet");

    // New household: code, head's name in Lao, village, members.
    s.key(b"n", "New household");
    assert!(
        !s.parser.screen().hide_cursor(),
        "the cursor shows in a form"
    );
    s.key(b"BS-01", "BS-01");
    let (row, col) = s.parser.screen().cursor_position();
    let line = s
        .screen()
        .lines()
        .nth(usize::from(row))
        .unwrap_or("")
        .to_string();
    assert!(line.contains("> Code"), "cursor on the code row: {line}");
    assert_eq!(col, 26, "cursor after BS-01: {line}");
    s.send(TAB);
    s.key("ນາງ ຄຳແພງ ສີສຸວັນ".as_bytes(), "ນາງ ຄຳແພງ ສີສຸວັນ");
    s.send(TAB);
    s.key(b"Bansuo", "Bansuo");
    s.send(TAB);
    s.key(b"5", "> Members");
    // A pasted line break does not press Enter: the form stays open.
    s.send(TAB);
    s.key(
        b"\x1b[200~+856 20 5501 1000\n\x1b[201~",
        "+856 20 5501 1000",
    );
    s.sees("New household");
    s.key(CTRL_S, "saved new household BS-01");
    s.sees("1/1");
    s.sees("ນາງ ຄຳແພງ ສີສຸວັນ");
    assert!(s.parser.screen().hide_cursor(), "no cursor on a list");

    // Edit: members 5 → 6.
    s.key(b"e", "Household BS-01");
    s.send(TAB);
    s.send(TAB);
    s.key(TAB, "> Members");
    s.send(CTRL_U);
    s.send(b"6");
    s.key(CTRL_S, "saved household BS-01");
    assert_eq!(members_shown(&s), "6");

    // Undo the edit.
    s.key(b"u", "Undone: saved household BS-01");
    assert_eq!(members_shown(&s), "5");

    // Delete, answering y.
    s.key(b"d", "Delete household BS-01");
    s.key(b"y", "Deleted household BS-01");
    s.sees("No households records yet");
    // The question's box is gone without a trace, Lao marks and all.
    let body: Vec<String> = s
        .screen()
        .lines()
        .skip(4)
        .take(18)
        .map(String::from)
        .collect();
    assert!(body.iter().all(|l| l.trim().is_empty()), "{}", s.screen());

    // The history holds all of it.
    s.key(b"5", "1/4"); // 5 Checks: History
    s.sees("deleted household BS-01");
    s.sees("members: 6 → 5");

    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();

    assert_check_clean(&db);
}
