//! A clerk's day, from an empty database and only by keys, in the real
//! binary in a pseudo-terminal: a household whose head has a Lao name, a
//! pen inspected, a cow, her service, the pregnancy check, the calving
//! with its calf, the sale of a steer, the weaving group's income in LAK
//! and in USD. Then the session quits, a new one shows it all, and
//! `kumban status --json` and `kumban check` agree.

mod support;

use support::e2e::*;

#[test]
fn a_clerks_day_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let mut s = Session::start_new(&db);
    s.expect("Welcome to kumban");

    // A new household; the head's name in Lao.
    s.key(b"2", "No households records yet");
    s.key(b"n", "New household");
    fields(&mut s, &[b"BS-01", "ທ້າວ ບຸນມີ".as_bytes(), b"Bansuo"]);
    s.send(b"5");
    s.key(CTRL_S, "saved new household BS-01");

    // Its pen, inspected.
    s.key(b"p", "pens of BS-01");
    s.key(b"n", "New cattle pen");
    s.send(TAB); // the household is the one in view
    fields(&mut s, &[b"Pen 1", b"4"]);
    s.key(b"i", "Inspected on");
    s.send(TAB);
    fields(&mut s, &[b"2026-11-20"]);
    s.send(b"Mr Keo");
    s.key(CTRL_S, "saved new cattle pen Pen 1");

    // A cow in that pen.
    s.key(b"2", "Households");
    s.key(b"c", "cattle of BS-01");
    s.key(b"n", "New animal");
    fields(
        &mut s,
        &[
            b"BS-C-001",
            b"",
            b"Lao native",
            b"2022-03-01",
            b"",
            b"",
            b"",
            b"",
        ],
    );
    s.key(ENTER, "Choose a pen of the household");
    s.key(ENTER, "Pen 1");
    s.key(CTRL_S, "saved new animal BS-C-001");

    // Served by AI in February.
    s.key(b"v", "Record service of BS-C-001");
    s.send(TAB);
    s.send(CTRL_U);
    fields(&mut s, &[b"2026-02-10"]);
    s.send(b"a");
    s.key(CTRL_S, "saved new pregnancy served 2026-02-10");

    // Checked pregnant in April, on the Breeding tab.
    // From Cattle, the Herd group's digit again: Breeding.
    s.key(b"3", "BS-C-001");
    s.sees("2026-11-20"); // expected calving: service + 283 days
    s.key(b"p", "Pregnancy check of BS-C-001");
    s.send(TAB);
    s.send(CTRL_U);
    s.send(b"2026-04-01");
    s.key(CTRL_S, "saved pregnancy served 2026-02-10");

    // The calving, and the calf (a bull calf) in the same save.
    s.key(b"c", "Calving of BS-C-001");
    s.send(CTRL_U);
    fields(&mut s, &[b"2026-11-22", b"", b"BS-C-002"]);
    s.send(b"m");
    s.key(CTRL_S, "saved the calving of BS-C-001 and calf BS-C-002");

    // A steer, bought in, then sold for 650 dollars.
    s.key(b"33", "Cattle"); // from Breeding: Weights, then Cattle
    s.key(b"n", "New animal");
    fields(&mut s, &[b"BS-C-003", b"m", b"Lao native"]);
    s.send(b"2024-05-01");
    s.key(CTRL_S, "saved new animal BS-C-003");
    s.key(b"$", "Sale of BS-C-003");
    s.send(TAB);
    s.send(b"650 USD");
    s.key(CTRL_S, "saved the sale of BS-C-003 for 650.00 USD");

    // The weaving group's month: kip and dollars.
    s.key(b"2", "Households");
    s.key(b"i", "income of BS-01");
    s.key(b"n", "New income log");
    fields(&mut s, &[b"", b"", b"w", b"", b"1,200,000 LAK"]);
    s.send(b"weaving, November");
    s.key(CTRL_S, "saved new income log");
    s.key(b"n", "New income log");
    fields(&mut s, &[b"", b"", b"w", b"", b"45.50 USD"]);
    s.send(b"scarves sold in town");
    s.key(CTRL_S, "saved new income log");
    s.sees("1,200,000.00 LAK");
    s.sees("45.50 USD");
    s.sees("650.00 USD");

    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();

    // A new session shows what was saved.
    let mut again = Session::start(&db);
    again.expect("Dashboard");
    again.key(b"3", "BS-C-002"); // 3 Herd: Cattle
    again.sees("BS-C-001");
    again.sees("sold");
    again.key(b"3", "calved"); // Breeding
    again.key(b"4", "1,200,000.00 LAK"); // 4 Money: Income
    again.key(b"5", "History"); // 5 Checks: History
    again.sees("ທ້າວ ບຸນມີ");
    again.send(b"q");
    assert!(again.wait_exit().success());

    let status = status_json(&db);
    assert_eq!(status["households"]["total"], 1);
    assert_eq!(status["pens"]["inspected"], 1);
    assert_eq!(status["cattle"]["active"], 2, "{status}");
    assert_eq!(status["cattle"]["born"], 1);
    assert_eq!(status["cattle"]["sold"], 1);
    assert_eq!(status["breeding"]["pregnant"], 0);
    assert_eq!(status["breeding"]["calved_this_year"], 1);
    let groups = &status["income"]["groups"];
    assert_eq!(groups["weaving"]["LAK"]["income"], "1200000.00");
    assert_eq!(groups["weaving"]["USD"]["income"], "45.50");
    assert_eq!(groups["cattle"]["USD"]["income"], "650.00");

    assert_check_clean(&db);
}
