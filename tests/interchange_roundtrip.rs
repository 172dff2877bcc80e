//! Export → import into an empty database → export again gives the same
//! bytes, for CSV and JSON; cross-file references resolve; formula-looking
//! text survives.

use kumban::interchange::export::{self, Format};
use kumban::interchange::import::{ImportOptions, import};
use kumban::model::*;
use kumban::store::Store;
use std::path::Path;

mod support;

use support::today;

fn demo_store(dir: &Path) -> Store {
    let store = Store::open(&dir.join("db"), "clerk").unwrap();
    kumban::demo::fill(&store, today()).unwrap();
    store
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn round_trip(format: Format) {
    let tmp = tempfile::tempdir().unwrap();
    let store = demo_store(tmp.path());
    let first = tmp.path().join("first");
    let summary = export::to_dir(&store, format, &first).unwrap();
    assert_eq!(summary.files.len(), RecordKind::ALL.len());

    let copy = Store::open(&tmp.path().join("copy"), "clerk").unwrap();
    let imported = import(&copy, &first, &ImportOptions::new(today())).unwrap();
    for kind in RecordKind::ALL {
        assert_eq!(imported.of(kind).added, store.count(kind), "{kind}");
    }
    assert!(copy.check().unwrap().is_empty());

    let second = tmp.path().join("second");
    export::to_dir(&copy, format, &second).unwrap();
    let (a, b) = (files(&first), files(&second));
    assert_eq!(a.len(), RecordKind::ALL.len());
    for ((na, ba), (nb, bb)) in a.iter().zip(&b) {
        assert_eq!(na, nb);
        assert!(ba == bb, "{na} differs after the round trip");
    }
}

#[test]
fn csv_round_trip_gives_identical_bytes() {
    round_trip(Format::Csv);
}

#[test]
fn json_round_trip_gives_identical_bytes() {
    round_trip(Format::Json);
}

fn household(code: &str) -> Household {
    Household {
        code: code.into(),
        head_name: "ນາງ ຄຳແພງ ສີສຸວັນ".into(),
        village: "Bansuo".into(),
        members: 5,
        phone: None,
        groups: vec![Group::cattle()],
        demonstration: false,
        poverty: Poverty::Poor,
        baseline_income: None,
        enrolled_on: Date::from_ymd(2019, 3, 1).unwrap(),
        notes: String::new(),
    }
}

fn households(store: &Store) -> Vec<Household> {
    store
        .all::<Household>()
        .map(|h| h.unwrap().record)
        .collect()
}

#[test]
fn formula_looking_text_is_guarded_in_csv_and_reads_back_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(&tmp.path().join("db"), "clerk").unwrap();
    let mut h = household("BS-01");
    h.head_name = "=HYPERLINK(\"http://evil\",\"x\")".into();
    h.village = "@SUM(A1)".into();
    h.phone = Some("+856 20 5555 1234".into());
    h.notes = "'already quoted".into();
    store.insert(h.clone()).unwrap();
    let mut h2 = household("BS-02");
    h2.notes = "-2+3 a legit note".into();
    store.insert(h2.clone()).unwrap();

    let out = tmp.path().join("csv");
    export::to_dir(&store, Format::Csv, &out).unwrap();
    let text = std::fs::read_to_string(out.join("households.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    for row in rdr.records() {
        for cell in row.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "a spreadsheet would run {cell:?}"
            );
        }
    }
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(text.contains("''already quoted"), "{text}");

    let copy = Store::open(&tmp.path().join("copy"), "clerk").unwrap();
    import(&copy, &out, &ImportOptions::new(today())).unwrap();
    assert_eq!(households(&copy), vec![h.clone(), h2]);

    // JSON is not for spreadsheets: written as is.
    let json = tmp.path().join("json");
    export::to_dir(&store, Format::Json, &json).unwrap();
    let text = std::fs::read_to_string(json.join("households.json")).unwrap();
    assert!(text.contains("\"head_name\":\"=HYPERLINK"), "{text}");
}

#[test]
fn a_spreadsheet_of_households_with_friendly_headings_imports() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(&tmp.path().join("db"), "clerk").unwrap();
    let file = tmp.path().join("village list.csv");
    std::fs::write(
        &file,
        "Code,Head name,Village,Members,Enrolled on,Groups,Phone\r\n\
         XL-01,ທ້າວ ບຸນມີ ພົມມະຈັນ,Xianglong,4,2019-03-01,\"corn, weaving\",'+856 20 1234 5678\r\n\
         XL-02,范锡宁,Xianglong,6,2019-03-02,,\r\n\
         ,,,,,,\r\n",
    )
    .unwrap();
    let s = import(&store, &file, &ImportOptions::new(today())).unwrap();
    assert_eq!(s.of(RecordKind::Household).added, 2);
    let got = households(&store);
    assert_eq!(got[0].groups, vec![Group::corn(), Group::weaving()]);
    assert_eq!(got[0].phone.as_deref(), Some("+856 20 1234 5678"));
    assert_eq!(got[1].head_name, "范锡宁");
    assert_eq!(got[1].poverty, Poverty::Poor);
    assert!(!got[1].demonstration);
}

#[test]
fn rows_refer_across_files_in_any_order() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("households.csv"),
        "code,head_name,village,members,enrolled_on\nBS-07,Somphone Vongsa,Bansuo,5,2017-06-01\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("pens.csv"),
        "household,label,capacity,status\nBS-07,North pen,4,built\n",
    )
    .unwrap();
    // The calf comes before its dam in the file.
    std::fs::write(
        dir.join("animals.csv"),
        "ear_tag,sex,breed,born_on,origin,origin_date,dam,household,pen\n\
         BS-C-201,male,Lao native,2026-03-01,born,,BS-C-200,BS-07,North pen\n\
         BS-C-200,female,Lao native,2018-01-10,distributed,2019-06-15,,BS-07,North pen\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("pregnancies.csv"),
        "cow,service_date,method,outcome,outcome_date,calf\n\
         BS-C-200,2025-05-22,ai,calved,2026-03-01,BS-C-201\n\
         BS-C-200,2026-06-01,natural,,,\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("income.json"),
        "[{\"household\":\"BS-07\",\"date\":\"2026-10-12\",\"group\":\"cattle\",\"flow\":\"expense\",\"amount\":\"35\",\"currency\":\"USD\",\"animal\":\"BS-C-200\"}]",
    )
    .unwrap();
    let store = Store::open(&tmp.path().join("db"), "clerk").unwrap();
    let s = import(&store, &dir, &ImportOptions::new(today())).unwrap();
    assert_eq!(s.added(), 7);
    let cow = store.animal_by_tag("BS-C-200").unwrap().unwrap();
    let calf = store.animal_by_tag("BS-C-201").unwrap().unwrap();
    let hh = store.household_by_code("BS-07").unwrap().unwrap();
    assert_eq!(
        calf.record.origin,
        Origin::BornTo {
            dam: AnimalId(cow.id)
        }
    );
    assert_eq!(calf.record.household, HouseholdId(hh.id));
    let pen = store.pens_of(HouseholdId(hh.id)).unwrap();
    assert_eq!(calf.record.pen, Some(PenId(pen[0].id)));
    let pregs = store.pregnancies_of(AnimalId(cow.id)).unwrap();
    assert_eq!(pregs.len(), 2);
    assert_eq!(
        pregs[0].record.outcome,
        Outcome::Calved {
            on: Date::from_ymd(2026, 3, 1).unwrap(),
            calf: Some(AnimalId(calf.id))
        }
    );
    assert!(pregs[1].record.is_pending());
    let logs = store.income_of_animal(AnimalId(cow.id)).unwrap();
    assert_eq!(logs[0].record.amount, Money::from_major(35, Currency::Usd));
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn update_counts_added_updated_and_unchanged_and_without_it_nothing_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let store = demo_store(tmp.path());
    let out = tmp.path().join("csv");
    export::to_dir(&store, Format::Csv, &out).unwrap();
    let path = out.join("households.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replacen(
        "BS-02,Khamphaeng Souliya,Bansuo,4,",
        "BS-02,Khamphaeng Souliya,Bansuo,9,",
        1,
    ) + "BS-99,New Family,Bansuo,2,,,no,poor,,,,2026-11-01,\r\n";
    std::fs::write(&path, text).unwrap();
    let before = households(&store);

    let refused = import(&store, &path, &ImportOptions::new(today())).unwrap_err();
    let kumban::interchange::import::ImportError::Refused(p) = refused else {
        panic!("expected refusal")
    };
    assert_eq!(p.total(), 46, "every existing household is listed");
    assert!(p.shown()[0].ends_with(
        "households.csv:2: code: household BS-01 is already in the database; leave the row out, or import with --update to change it"
    ), "{:?}", p.shown()[0]);
    assert_eq!(households(&store), before, "nothing written");

    let mut opts = ImportOptions::new(today());
    opts.update = true;
    let s = import(&store, &path, &opts).unwrap();
    let t = s.of(RecordKind::Household);
    assert_eq!((t.added, t.updated, t.unchanged), (1, 1, 45));
    let bs02 = store.household_by_code("BS-02").unwrap().unwrap();
    assert_eq!(bs02.record.members, 9);
    assert_ne!(bs02.audit.updated_at, bs02.audit.created_at);
    assert_eq!(
        kumban::interchange::commands::describe_import(&s),
        "added 1 household; updated 1 household; 45 rows unchanged"
    );

    // The whole export again with --update: income logs match as a
    // multiset, so nothing is doubled.
    let s = import(&store, &out, &opts).unwrap();
    assert_eq!(s.added(), 0);
    assert_eq!(s.updated(), 0);
    assert_eq!(store.count(RecordKind::Income), 1093);
}

#[test]
fn the_one_document_json_export_imports_too() {
    let tmp = tempfile::tempdir().unwrap();
    let store = demo_store(tmp.path());
    let file = tmp.path().join("everything.json");
    let mut bytes = Vec::new();
    export::json_document(&store, &mut bytes).unwrap();
    std::fs::write(&file, &bytes).unwrap();
    let copy = Store::open(&tmp.path().join("copy"), "clerk").unwrap();
    let s = import(&copy, &file, &ImportOptions::new(today())).unwrap();
    assert_eq!(s.added(), 4440);
    let mut again = Vec::new();
    export::json_document(&copy, &mut again).unwrap();
    assert!(bytes == again, "same document after the round trip");
}

#[test]
fn duplicate_pen_labels_in_one_household_are_named_on_import() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(&tmp.path().join("db"), "clerk").unwrap();
    let h = store.insert(household("BS-01")).unwrap();
    let pen = Pen {
        household: h,
        label: "Pen 1".into(),
        capacity: 3,
        status: PenStatus::Planned,
        inspected_on: None,
        inspected_by: None,
        notes: String::new(),
        inspection_result: None,
        checklist_failed: Vec::new(),
        next_inspection: None,
    };
    store.insert(pen.clone()).unwrap();
    // The store refuses a second "Pen 1"; a hand-edited file can still hold one.
    assert!(store.insert(pen).is_err());
    let out = tmp.path().join("csv");
    export::to_dir(&store, Format::Csv, &out).unwrap();
    let pens = std::fs::read_to_string(out.join("pens.csv")).unwrap();
    let row = pens.lines().nth(1).unwrap().to_string();
    std::fs::write(out.join("pens.csv"), format!("{pens}{row}\n")).unwrap();
    let copy = Store::open(&tmp.path().join("copy"), "clerk").unwrap();
    let err = import(&copy, &out, &ImportOptions::new(today())).unwrap_err();
    let kumban::interchange::import::ImportError::Refused(p) = err else {
        panic!()
    };
    assert_eq!(
        p.shown(),
        [
            "pens.csv:3: label: pen \"Pen 1\" of household BS-01 appears twice in this import (also at pens.csv:2)"
        ]
    );
    assert!(copy.is_blank());
}

#[test]
fn rates_csv_goes_in_whole_or_not_at_all() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(&tmp.path().join("db"), "clerk").unwrap();
    let file = tmp.path().join("rates.csv");
    // The second row is worth nothing, the third rates the base itself:
    // none of the file goes in.
    std::fs::write(
        &file,
        "date,currency,value,base,source\n\
         2026-01-01,LAK,0.000046082949,USD,BCEL board\n\
         2026-02-01,LAK,0,USD,\n\
         2026-02-01,USD,1,USD,\n",
    )
    .unwrap();
    let refused = import(&store, &file, &ImportOptions::new(today())).unwrap_err();
    let kumban::interchange::import::ImportError::Refused(p) = refused else {
        panic!("expected refusal")
    };
    let shown = p.shown().join("\n");
    assert!(
        shown.contains("rates.csv:3: value: a rate must be more than zero"),
        "{shown}"
    );
    assert!(
        shown.contains("rates.csv:4: currency: USD is the base currency"),
        "{shown}"
    );
    assert_eq!(store.count(RecordKind::ExchangeRate), 0, "nothing written");
    // Rows that read well but break a rule across records: two bases.
    std::fs::write(
        &file,
        "date,currency,value,base,source\n\
         2026-01-01,LAK,0.000046082949,USD,\n\
         2026-02-01,THB,0.2,CNY,\n",
    )
    .unwrap();
    let refused = import(&store, &file, &ImportOptions::new(today())).unwrap_err();
    let kumban::interchange::import::ImportError::Refused(p) = refused else {
        panic!("expected refusal")
    };
    let shown = p.shown().join("\n");
    assert!(
        shown.contains("the rates of this database are in"),
        "{shown}"
    );
    assert_eq!(store.count(RecordKind::ExchangeRate), 0, "nothing written");

    std::fs::write(
        &file,
        "date,currency,value,base,source\n\
         2026-01-01,LAK,0.000046082949,,BCEL board\n\
         2026-01-01,THB,0.029411764706,USD,\n",
    )
    .unwrap();
    let s = import(&store, &file, &ImportOptions::new(today())).unwrap();
    assert_eq!(s.of(RecordKind::ExchangeRate).added, 2);
    let lak = store
        .all::<ExchangeRate>()
        .map(|r| r.unwrap().record)
        .find(|r| r.currency == Currency::Lak)
        .unwrap();
    assert_eq!(lak.base, Currency::Usd, "an empty base is USD");
    assert_eq!(lak.value.to_string(), "0.000046082949");
    // The same rows again: a currency and date already there is named.
    let again = import(&store, &file, &ImportOptions::new(today())).unwrap_err();
    let kumban::interchange::import::ImportError::Refused(p) = again else {
        panic!("expected refusal")
    };
    assert!(
        p.shown()[0].contains("the LAK rate of 2026-01-01 is already in the database"),
        "{:?}",
        p.shown()
    );
}
