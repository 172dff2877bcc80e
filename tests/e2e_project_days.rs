//! The seed project's days, by keys only, in the real binary in a
//! pseudo-terminal on the demonstration data: a training on disease
//! prevention with 25 attendees, a cow served by a herd bull, checked and
//! calved with the calf's birth weight, a vaccination campaign over
//! Bansuo's cattle at a cost per animal, and ten heifers distributed to
//! one household in one form. Then `kumban status --json`, an
//! export and `kumban check` agree with what was typed.
//!
//! The figures expected are worked out from the demo's own export before
//! the session, so that the test checks the arithmetic rather than
//! repeating numbers read off a screen.

mod support;

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use support::e2e::*;

/// Wide enough that the status line's message is never cut short.
const ROWS: u16 = 30;
const COLS: u16 = 140;

const TRAINING_DATE: &str = "2026-11-20";
const TOPIC: &str = "disease prevention";
const ATTENDEES: usize = 25;
/// The cow served: her first calving was on 2025-05-04, so the new one
/// gives her (and the herd) a calving interval.
const COW: &str = "BS-C-077";
const FIRST_CALVING: &str = "2025-05-04";
/// A bull of the same household.
const BULL: &str = "BS-C-078";
const CALF: &str = "BS-C-200";
/// 283 days after the service, 233 after the check: no plausibility warning.
const SERVED: &str = "2026-02-10";
const CHECKED: &str = "2026-04-01";
const CALVED: &str = "2026-11-20";
/// Days from `FIRST_CALVING` to `CALVED`.
const INTERVAL_DAYS: u64 = 565;
const COST_LAK: u64 = 15_000;
/// Ten heifers given to one Bansuo household on the project day.
const DISTRIBUTED_TO: &str = "BS-06";
const FIRST_TAG: &str = "BS-D-001";
const LAST_TAG: &str = "BS-D-010";

/// Every record of one kind, from `kumban export --format json`.
struct Export {
    _dir: tempfile::TempDir,
    kinds: BTreeMap<String, Vec<Value>>,
}

impl Export {
    fn of(db: &Path) -> Export {
        let dir = tempfile::tempdir().expect("temporary folder");
        let out = dir.path().join("out");
        let done = kumban(
            db,
            &[
                "export",
                "--format",
                "json",
                "--out",
                out.to_str().expect("utf-8 path"),
            ],
        );
        assert!(
            done.status.success(),
            "{}",
            String::from_utf8_lossy(&done.stderr)
        );
        let mut kinds = BTreeMap::new();
        for kind in [
            "households",
            "members",
            "animals",
            "pregnancies",
            "health",
            "trainings",
            "attendance",
        ] {
            let text = std::fs::read_to_string(out.join(format!("{kind}.json")))
                .unwrap_or_else(|e| panic!("{kind}.json: {e}"));
            let rows: Vec<Value> = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{kind}.json is not JSON: {e}"));
            kinds.insert(kind.to_string(), rows);
        }
        Export { _dir: dir, kinds }
    }

    fn rows(&self, kind: &str) -> &[Value] {
        self.kinds.get(kind).map(Vec::as_slice).unwrap_or_default()
    }

    fn count(&self, kind: &str) -> usize {
        self.rows(kind).len()
    }

    /// The households in the order the training form offers them, with
    /// how many members each has.
    fn members_per_household(&self) -> Vec<(String, usize)> {
        self.rows("households")
            .iter()
            .map(|h| {
                let code = h["code"].as_str().unwrap_or_default().to_string();
                let n = self
                    .rows("members")
                    .iter()
                    .filter(|m| m["household"] == code.as_str())
                    .count();
                (code, n)
            })
            .collect()
    }

    /// The animals a campaign over `village` covers: the active ones.
    fn active_in(&self, village: &str) -> usize {
        let codes: Vec<&str> = self
            .rows("households")
            .iter()
            .filter(|h| h["village"] == village)
            .filter_map(|h| h["code"].as_str())
            .collect();
        self.rows("animals")
            .iter()
            .filter(|a| a["status"] == "active")
            .filter(|a| a["household"].as_str().is_some_and(|h| codes.contains(&h)))
            .count()
    }
}

/// How many of the first households (as offered) have `ATTENDEES`
/// members between them.
fn households_for_25(export: &Export) -> (usize, Vec<String>) {
    let mut sum = 0;
    let mut codes = Vec::new();
    for (code, n) in export.members_per_household() {
        sum += n;
        codes.push(code);
        if sum >= ATTENDEES {
            break;
        }
    }
    assert_eq!(
        sum, ATTENDEES,
        "the demo's first households should have exactly 25 members between them: {codes:?}"
    );
    (codes.len(), codes)
}

fn amount(v: &Value) -> f64 {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not an amount: {v}"))
}

fn count(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a count: {v}"))
}

fn start(db: &Path, lang: &[&str]) -> Session {
    Session::spawn(tui_command(BIN, lang, db), ROWS, COLS)
}

/// The training form from the Trainings screen, filled in up to the
/// attendees, whose first `households` are ticked.
fn fill_training(s: &mut Session, households: usize) {
    s.send(CTRL_U);
    fields(s, &[TRAINING_DATE.as_bytes()]);
    s.send(CTRL_U);
    fields(s, &[TOPIC.as_bytes(), b"Dr. Somsak", b"Bansuo", b""]);
    // Enter on the attendees opens the list of households; Tab ticks the
    // selected one and moves to the next.
    s.key(ENTER, "[ ] BS-01");
    for _ in 0..households {
        s.send(TAB);
    }
    s.frame_where("the first households ticked", |sc| {
        sc.matches("[x] ").count() == households && sc.contains("[x] BS-01")
    });
    s.send(ENTER);
    s.frame_where("the form summing up the ticked households", |sc| {
        !sc.contains("[x] ") && sc.contains(&format!("{households} ")) && sc.contains(": BS-01, ")
    });
}

fn training(s: &mut Session, households: usize) {
    s.key(b"7", "Trainer");
    s.key(b"n", "New training");
    fill_training(s, households);
    s.key(
        CTRL_S,
        "saved training disease prevention on 2026-11-20 with 25 attendees",
    );
    s.key(b"a", "attendees of 2026-11-20 disease prevention at Bansuo");
    s.sees("1/25");
    s.send(ESC);
    s.frame_where("the trainings again", |sc| !sc.contains("attendees of"));
}

/// Served by a bull of the herd, checked pregnant, calved with the calf's
/// tag and birth weight; the calf's detail names both parents.
fn calving(s: &mut Session) {
    s.key(b"3", "3 Herd › Cattle");
    s.send(b"/");
    s.send(COW.as_bytes());
    s.key(ENTER, &format!("filter: {COW}"));

    s.key(b"v", &format!("Record service of {COW}"));
    s.send(TAB);
    s.send(CTRL_U);
    fields(s, &[SERVED.as_bytes(), b""]);
    s.key(ENTER, "Choose the bull");
    s.send(BULL.as_bytes());
    s.frame_where("the bull alone in the list", |sc| {
        sc.contains(&format!("Filter: {BULL}")) && sc.contains("1 of ")
    });
    s.key(ENTER, &format!("{BULL} (male)"));
    s.key(CTRL_S, &format!("saved new pregnancy served {SERVED}"));

    s.key(b"b", &format!("breeding of {COW}"));
    s.key(b"p", &format!("Pregnancy check of {COW}"));
    s.send(TAB);
    s.send(CTRL_U);
    s.send(CHECKED.as_bytes());
    s.key(CTRL_S, &format!("saved pregnancy served {SERVED}"));

    s.key(b"c", &format!("Calving of {COW}"));
    s.send(CTRL_U);
    // Calved on, record the calf, its tag; then sex, breed, household,
    // pen, notes and ease as offered, and the birth weight.
    fields(s, &[CALVED.as_bytes(), b"", CALF.as_bytes()]);
    fields(s, &[b"", b"", b"", b"", b"", b""]);
    s.send(b"24");
    s.key(
        CTRL_S,
        &format!("saved the calving of {COW} and calf {CALF}"),
    );
    s.sees("calved");

    // Back to the cow, to her calves, and the calf's detail.
    s.send(ESC);
    s.frame_where("the cattle again", |sc| {
        sc.contains(&format!("filter: {COW}")) && !sc.contains("breeding of")
    });
    s.key(b"c", &format!("calves of {COW}"));
    s.send(b"/");
    s.send(CALF.as_bytes());
    s.key(ENTER, &format!("filter: {CALF}"));
    s.key(ENTER, &format!("Animal {CALF}"));
    s.sees(&format!("Dam:              {COW}"));
    s.sees(&format!("Sire:             {BULL} (bull of the herd)"));
    s.send(ESC);
    s.frame_where("the calf's detail closed", |sc| {
        !sc.contains(&format!("Animal {CALF}"))
    });
}

/// A campaign over Bansuo (the village offered first), 15,000 kip an
/// animal, due again in six months; `covered` animals are expected.
fn campaign(s: &mut Session, covered: usize, events_after: usize) {
    s.key(b"6", "6 Vet › Health");
    s.key(b"C", "Vaccination campaign");
    s.sees("[Bansuo]");
    // Animals of, village, date, kind and product as offered.
    fields(s, &[b"", b"", b"", b"", b""]);
    let cost = format!("{COST_LAK} LAK");
    fields(s, &[b"2 ml", b"Dr. Somsak", cost.as_bytes(), b"", b""]);
    s.send(b"2027-05-28");
    s.key(CTRL_S, &format!("of {covered} animals"));
    s.sees("saved campaign");
    s.sees(&format!("1/{events_after}"));
}

/// Ten animals distributed to one household in one form (`D` on Cattle):
/// the household picked, the first tag typed over the suggested one, the
/// count, sex and date as offered.
fn distribute_ten_animals(s: &mut Session) {
    s.key(b"3", "3 Herd › Cattle");
    s.key(b"D", "Distribute animals");
    // The household of the selected animal is offered; Space lists the
    // households to choose another.
    s.key(b" ", "Choose a household");
    s.send(DISTRIBUTED_TO.as_bytes());
    s.frame_where("the household alone in the list", |sc| {
        sc.contains(&format!("Filter: {DISTRIBUTED_TO}")) && sc.contains("1 of ")
    });
    s.key(ENTER, &format!("Household            {DISTRIBUTED_TO} "));
    s.send(TAB);
    // Pen (none), first tag, count, sex as offered, breed, born on.
    fields(
        s,
        &[
            b"",
            FIRST_TAG.as_bytes(),
            b"10",
            b"",
            b"Lao native",
            b"2025-06-01",
        ],
    );
    s.key(CTRL_S, &format!("saved 10 animals {FIRST_TAG}…{LAST_TAG}"));
}

#[test]
fn the_seed_projects_days_by_keyboard() {
    let dir = demo_db();
    let db = dir.path().join("db");
    let before = Export::of(&db);
    let status_before = status_json(&db);
    let (ticked, households) = households_for_25(&before);
    // The calf is born in Bansuo before the campaign, so it is covered.
    let covered = before.active_in("Bansuo") + 1;
    let events_after = before.count("health") + covered;

    let mut s = start(&db, &[]);
    s.expect("Dashboard");
    training(&mut s, ticked);
    calving(&mut s);
    campaign(&mut s, covered, events_after);
    // After the campaign, so its count and cost stay as worked out above.
    distribute_ten_animals(&mut s);
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();

    let status = status_json(&db);
    let grew = |path: &[&str]| {
        let at = |v: &Value| path.iter().fold(v.clone(), |v, k| v[*k].clone());
        count(&at(&status)) as i64 - count(&at(&status_before)) as i64
    };
    // The calf and the ten distributed heifers.
    assert_eq!(grew(&["cattle", "active"]), 11, "{status}");
    assert_eq!(grew(&["cattle", "born"]), 1);
    assert_eq!(grew(&["cattle", "distributed"]), 10);
    assert_eq!(grew(&["cattle", "female"]), 11);
    assert_eq!(grew(&["breeding", "calved_this_year"]), 1);
    assert_eq!(grew(&["breeding", "pregnant"]), 0, "served, then calved");
    assert_eq!(
        status["fertility"]["calving_interval_days_median"], INTERVAL_DAYS,
        "the only cow with two calvings: {FIRST_CALVING} to {CALVED}"
    );
    // Every active animal of the demo was vaccinated within the year, so
    // the campaign adds only the calf born today; the count is of
    // animals, not events.
    assert_eq!(
        count(&status_before["health"]["vaccinated_12_months"]),
        count(&status_before["cattle"]["active"]),
    );
    assert_eq!(grew(&["health", "vaccinated_12_months"]), 1);
    // The next due date in six months replaces the overdue ones of the
    // same disease in Bansuo.
    assert!(
        grew(&["health", "due_30_days"]) < 0,
        "{} then {}",
        status_before["health"],
        status["health"]
    );
    let expense = |s: &Value| amount(&s["income"]["groups"]["cattle"]["LAK"]["expense"]);
    assert_eq!(
        expense(&status) - expense(&status_before),
        (covered as u64 * COST_LAK) as f64,
        "the campaign's cost, one expense per household, in the cattle group"
    );
    assert_eq!(status["people"], status_before["people"]);

    let after = Export::of(&db);
    assert_eq!(after.count("trainings"), before.count("trainings") + 1);
    let attended: Vec<&Value> = after
        .rows("attendance")
        .iter()
        .filter(|a| a["training_date"] == TRAINING_DATE && a["training_topic"] == TOPIC)
        .filter(|a| a["training_place"] == "Bansuo")
        .collect();
    assert_eq!(attended.len(), ATTENDEES);
    assert_eq!(
        after.count("attendance"),
        before.count("attendance") + ATTENDEES
    );
    let mut from: Vec<String> = attended
        .iter()
        .filter_map(|a| a["household"].as_str().map(str::to_string))
        .collect();
    from.dedup();
    assert_eq!(from, households, "every member of the ticked households");
    assert_eq!(after.count("health"), events_after);
    let calved = after
        .rows("pregnancies")
        .iter()
        .find(|p| p["cow"] == COW && p["service_date"] == SERVED)
        .unwrap_or_else(|| panic!("no pregnancy of {COW} served {SERVED}"));
    assert_eq!(calved["sire_bull"], BULL);
    assert_eq!(calved["confirmed_on"], CHECKED);
    assert_eq!(calved["outcome"], "calved");
    assert_eq!(calved["outcome_date"], CALVED);
    assert_eq!(calved["calf"], CALF);
    assert_eq!(
        calved["birth_weight_kg"].to_string().trim_matches('"'),
        "24"
    );
    let calf = after
        .rows("animals")
        .iter()
        .find(|a| a["ear_tag"] == CALF)
        .unwrap_or_else(|| panic!("no calf {CALF}"));
    assert_eq!(calf["dam"], COW);
    assert_eq!(calf["born_on"], CALVED);

    assert_check_clean(&db);
}

#[test]
fn the_training_in_lao_says_so_in_lao() {
    let dir = demo_db();
    let db = dir.path().join("db");
    let (ticked, _) = households_for_25(&Export::of(&db));
    let mut s = start(&db, &["--lang", "lo"]);
    s.expect("ໜ້າຫຼັກ");
    s.key(b"7", "ການຝຶກອົບຮົມ");
    s.key(b"n", "ການຝຶກອົບຮົມໃໝ່");
    fill_training(&mut s, ticked);
    s.key(CTRL_S, "ມີຜູ້ເຂົ້າຮ່ວມ 25 ຄົນ");
    s.sees("ບັນທຶກການຝຶກອົບຮົມ disease prevention");
    // Dates day-first in Lao, as in the lists.
    s.sees("ວັນທີ 20/11/2026");
    s.send(b"q");
    assert!(s.wait_exit().success());
    let attended = Export::of(&db)
        .rows("attendance")
        .iter()
        .filter(|a| a["training_date"] == TRAINING_DATE && a["training_topic"] == TOPIC)
        .count();
    assert_eq!(attended, ATTENDEES);
}
