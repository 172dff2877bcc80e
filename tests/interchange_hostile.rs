//! Broken and hostile files: each gives a clear message, never a panic,
//! and leaves the database exactly as it was.

use kumban::interchange::backup::{self, BackupError};
use kumban::interchange::import::{ImportError, ImportOptions, import};
use kumban::model::*;
use kumban::store::Store;
use std::path::{Path, PathBuf};

mod support;

use support::today;

struct Fixture {
    dir: tempfile::TempDir,
    store: Store,
}

/// A database holding one household, so "unchanged" means something.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db"), "clerk").unwrap();
    store
        .insert(Household {
            code: "BS-01".into(),
            head_name: "Bounmy Phommachanh".into(),
            village: "Bansuo".into(),
            members: 4,
            phone: None,
            groups: vec![],
            demonstration: true,
            poverty: Poverty::Poor,
            baseline_income: None,
            enrolled_on: Date::from_ymd(2017, 6, 1).unwrap(),
            notes: String::new(),
        })
        .unwrap();
    Fixture { dir, store }
}

impl Fixture {
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Imports `path`, expects a refusal, checks nothing changed, and
    /// returns the problems shown.
    fn refused_with(&self, path: &Path, opts: &ImportOptions) -> Vec<String> {
        let history = self.store.history().count();
        let result = import(&self.store, path, opts);
        assert_eq!(self.store.history().count(), history, "nothing written");
        assert_eq!(self.store.count(RecordKind::Household), 1);
        match result {
            Err(ImportError::Refused(p)) => p.shown().to_vec(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    fn refused(&self, path: &Path) -> Vec<String> {
        self.refused_with(path, &ImportOptions::new(today()))
    }
}

const HEADER: &str = "code,head_name,village,members,enrolled_on\n";

#[test]
fn latin1_text_is_refused_with_how_to_save_as_utf8() {
    let f = fixture();
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice(b"BS-02,Jos\xe9 Caf\xe9,Bansuo,3,2018-01-01\n");
    let p = f.file("households.csv", &bytes);
    assert_eq!(
        f.refused(&p),
        [format!(
            "{}:2: cell 2 is not UTF-8 text; save the file as UTF-8 (in Excel: \"CSV UTF-8\") and import again",
            p.display()
        )]
    );
}

#[test]
fn utf16_workbooks_and_empty_files_are_named() {
    let f = fixture();
    let p = f.file("households.csv", b"\xFF\xFEc\0o\0d\0e\0");
    assert!(f.refused(&p)[0].ends_with(
        "the file is UTF-16 text; save it as UTF-8 (in Excel: \"CSV UTF-8\") and import again"
    ));
    let p = f.file("list.csv", b"PK\x03\x04rest of a zip");
    assert!(f.refused(&p)[0].contains("this is a workbook (.xlsx or .ods), not CSV"));
    for empty in [&b""[..], b"\xEF\xBB\xBF"] {
        let p = f.file("households.csv", empty);
        assert!(f.refused(&p)[0].ends_with(
            "the file is empty; it should start with a header row (see docs/export-format.md)"
        ));
    }
    let p = f.file("households.csv", b"\n\n");
    assert!(f.refused(&p)[0].contains("the file has no header row"));
}

#[test]
fn bom_and_crlf_are_read_and_line_numbers_stay_true() {
    let f = fixture();
    let p = f.file(
        "households.csv",
        "\u{feff}code,head_name,village,members,enrolled_on\r\nBS-02,Vanna Keomany,Bansuo,3,2018-01-01\r\nBS-03,Sisouk Xayavong,Bansuo,31,2018-01-01\r\n"
            .as_bytes(),
    );
    assert_eq!(
        f.refused(&p),
        [format!(
            "{}:3: members: members must be between 1 and 30",
            p.display()
        )]
    );
}

#[test]
fn missing_extra_and_repeated_columns_are_named() {
    let f = fixture();
    let p = f.file(
        "households.csv",
        b"code,head_name,village,colour,code\nBS-02,Vanna,Bansuo,red,BS-02\n",
    );
    let shown = f.refused(&p);
    let name = p.display();
    assert_eq!(
        shown,
        [
            format!(
                "{name}:1: unknown column \"colour\"; the columns of households.csv are code,head_name,village,members,phone,groups,demonstration,poverty,exited_on,baseline_income,baseline_currency,enrolled_on,notes"
            ),
            format!("{name}:1: the column \"code\" appears twice"),
            format!("{name}:1: the column \"members\" is missing"),
            format!("{name}:1: the column \"enrolled_on\" is missing"),
        ]
    );
    let p = f.file(
        "households.csv",
        format!("{HEADER}BS-02,Vanna,Bansuo,3\n").as_bytes(),
    );
    assert_eq!(
        f.refused(&p),
        [format!(
            "{}:2: 4 cells where the header has 5; check for a missing or extra comma",
            p.display()
        )]
    );
}

#[test]
fn an_unclosed_quote_is_named() {
    let f = fixture();
    let p = f.file(
        "households.csv",
        format!(
            "{HEADER}BS-02,\"Vanna Keomany,Bansuo,3,2018-01-01\nBS-03,Sisouk,Bansuo,3,2018-01-01\n"
        )
        .as_bytes(),
    );
    let shown = f.refused(&p);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0]
            .ends_with("head_name: the cell runs over several lines; is a quote (\") left open?"),
        "{shown:?}"
    );
}

#[test]
fn escape_sequences_and_bidi_overrides_are_refused_by_the_model() {
    let f = fixture();
    let p = f.file(
        "households.csv",
        format!(
            "{HEADER}BS-02,a\u{1b}[2Jb,Bansuo,3,2018-01-01\nBS-03,abc\u{202e}def,Bansuo,3,2018-01-01\n"
        )
        .as_bytes(),
    );
    let name = p.display();
    assert_eq!(
        f.refused(&p),
        [
            format!(
                "{name}:2: head_name: contains a control character (U+001B); retype it without special keys"
            ),
            format!(
                "{name}:3: head_name: contains a control character (U+202E); retype it without special keys"
            ),
        ]
    );
}

/// Issue 12, item 10: zero-width characters let two names that look the
/// same be stored as different text; they are refused like bidi controls.
#[test]
fn zero_width_characters_are_refused_in_csv_and_json() {
    let f = fixture();
    let mut csv = String::from(HEADER);
    for (n, c) in ['\u{200B}', '\u{200D}', '\u{FEFF}', '\u{2060}']
        .iter()
        .enumerate()
    {
        csv.push_str(&format!(
            "BS-1{n},Bounmy{c} Phommachanh,Bansuo,3,2018-01-01\n"
        ));
    }
    // A byte-order mark at the start of the file is still read as one.
    let p = f.file("households.csv", format!("\u{FEFF}{csv}").as_bytes());
    let name = p.display();
    assert_eq!(
        f.refused(&p),
        ["200B", "200D", "FEFF", "2060"]
            .iter()
            .enumerate()
            .map(|(n, code)| format!(
                "{name}:{}: head_name: contains an invisible character (U+{code}); retype it without special keys",
                n + 2
            ))
            .collect::<Vec<_>>()
    );
    let p = f.file(
        "households.json",
        // The JSON escape \u200b, as a spreadsheet export might write it.
        br#"[{"code":"BS-02","head_name":"Vanna","village":"Ban\u200bsuo","members":3,"enrolled_on":"2018-01-01"}]"#,
    );
    assert_eq!(
        f.refused(&p),
        [format!(
            "{}:1: village: contains an invisible character (U+200B); retype it without special keys",
            p.display()
        )]
    );
}

#[test]
fn a_huge_line_is_stopped_without_reading_it_all() {
    let f = fixture();
    let mut text = String::from(HEADER);
    text.push_str("BS-02,");
    text.push_str(&"x".repeat(4 << 20));
    text.push_str(",Bansuo,3,2018-01-01\n");
    let p = f.file("households.csv", text.as_bytes());
    let mut opts = ImportOptions::new(today());
    opts.max_row_bytes = 64 * 1024;
    assert_eq!(
        f.refused_with(&p, &opts),
        [format!(
            "{}:2: a row longer than 65536 bytes; is a quote (\") left open? Nothing after it was read",
            p.display()
        )]
    );
    // The same in JSON, one string value of 4 MB.
    let p = f.file(
        "households.json",
        format!("[{{\"code\":\"{}\"}}]", "x".repeat(4 << 20)).as_bytes(),
    );
    assert!(f.refused_with(&p, &opts)[0].contains("a record longer than 65536 bytes"));
}

#[test]
fn broken_json_is_located() {
    let f = fixture();
    let p = f.file(
        "households.json",
        b"[\n{\"code\":\"BS-02\",\"head_name\":\"Vanna\",\"village\":\"Bansuo\",\"members\":3,\"enrolled_on\":\"2018-01-01\"},\n{\"code\":\"BS-03\",",
    );
    let shown = f.refused(&p);
    assert_eq!(
        shown,
        [format!(
            "{}:3: the JSON ends too early; the file was cut short (copy it again)",
            p.display()
        )]
    );
    let p = f.file(
        "households.json",
        b"[{\"code\":\"BS-02\",\"head_name\":\"Vanna\",\"village\":\"Bansuo\",\"members\":[3],\"enrolled_on\":\"2018-01-01\",\"color\":1}]",
    );
    let name = p.display();
    assert_eq!(
        f.refused(&p),
        [
            format!("{name}:1: members: expected a whole number, found a list"),
            format!(
                "{name}:1: unknown key \"color\"; the keys of households records are listed in docs/export-format.md"
            ),
        ]
    );
    let p = f.file(
        "households.json",
        b"{\"format\":\"kumban-export\",\"version\":9}",
    );
    assert!(
        f.refused(&p)[0]
            .contains("the export is version 9, this kumban reads up to version 1; update kumban")
    );
}

#[test]
fn problems_are_capped_and_counted() {
    let f = fixture();
    let mut text = String::from(HEADER);
    for n in 0..120 {
        text.push_str(&format!("BS-{n:03},Name,Bansuo,0,2018-01-01\n"));
    }
    let p = f.file("households.csv", text.as_bytes());
    let result = import(&f.store, &p, &ImportOptions::new(today()));
    let Err(ImportError::Refused(problems)) = result else {
        panic!()
    };
    assert_eq!(problems.total(), 120);
    assert_eq!(problems.shown().len(), 50);
}

#[test]
fn references_to_unknown_codes_and_bad_rows_are_not_doubled() {
    let f = fixture();
    let dir = f.dir.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("households.csv"),
        format!("{HEADER}BS-02,Vanna,Bansuo,99,2018-01-01\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("pens.csv"),
        "household,label,capacity\nBS-02,Pen 1,3\nBS-77,Pen 1,3\n",
    )
    .unwrap();
    assert_eq!(
        f.refused(&dir),
        [
            "households.csv:2: members: members must be between 1 and 30",
            "pens.csv:3: household: there is no household BS-77 in this import or in the database",
        ]
    );
    std::fs::write(dir.join("pens.json"), "[]").unwrap();
    assert!(f.refused(&dir)[0].ends_with("holds both pens.csv and pens.json; keep one of them"));
    assert!(
        f.refused(&f.dir.path().join("nowhere"))[0]
            .ends_with("does not exist; give an export folder or a .csv or .json file")
    );
}

#[test]
fn store_rules_are_checked_for_every_row() {
    let f = fixture();
    let dir = f.dir.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    // A bull as a dam, and a pregnancy for a bull: the store's rules.
    std::fs::write(
        dir.join("animals.csv"),
        "ear_tag,sex,breed,born_on,origin,origin_date,dam,household\n\
         BS-C-001,male,Lao native,2015-01-01,distributed,2017-06-15,,BS-01\n\
         BS-C-002,female,Lao native,2020-01-01,born,,BS-C-001,BS-01\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("pregnancies.csv"),
        "cow,service_date,method\nBS-C-001,2026-03-01,ai\n",
    )
    .unwrap();
    assert_eq!(
        f.refused(&dir),
        [
            "animals.csv:2: sex: this animal has 1 calf and 1 breeding record as a cow, so it must stay female",
            "animals.csv:3: origin: BS-C-001 is not a female, so it cannot be the dam",
            "pregnancies.csv:2: cow: BS-C-001 is a male; a pregnancy needs a cow",
        ]
    );
}

fn backup_of(f: &Fixture) -> PathBuf {
    let p = f.dir.path().join("b.backup");
    backup::write(&f.store, &p).unwrap();
    p
}

fn restore_refused(f: &Fixture, bytes: &[u8]) -> String {
    let p = f.dir.path().join("hostile.backup");
    std::fs::write(&p, bytes).unwrap();
    let target = Store::open(&f.dir.path().join("target"), "clerk").unwrap();
    let err = backup::restore_into(&target, &p).unwrap_err();
    assert!(target.is_blank(), "nothing restored");
    err.to_string()
}

#[test]
fn a_truncated_backup_is_refused_before_anything_is_written() {
    let f = fixture();
    let bytes = std::fs::read(backup_of(&f)).unwrap();
    for cut in [bytes.len() - 1, bytes.len() - 80, bytes.len() / 2, 10] {
        let msg = restore_refused(&f, &bytes[..cut]);
        assert!(
            msg.contains("is incomplete: it ends before its checksum")
                || (cut == 10 && msg.contains("is not a kumban backup")),
            "cut at {cut}: {msg}"
        );
    }
}

#[test]
fn a_backup_with_one_flipped_byte_is_refused() {
    let f = fixture();
    let bytes = std::fs::read(backup_of(&f)).unwrap();
    // Bytes all through the file, flipped one at a time, are caught.
    for i in (0..bytes.len()).step_by(5) {
        let mut b = bytes.clone();
        b[i] ^= 0x01;
        let msg = restore_refused(&f, &b);
        assert!(
            msg.contains("is damaged")
                || msg.contains("is incomplete")
                || msg.contains("is not a kumban backup"),
            "byte {i}: {msg}"
        );
    }
}

#[test]
fn files_that_are_not_backups_are_named() {
    let f = fixture();
    for bytes in [
        &b""[..],
        b"code,head_name\n",
        b"\x00\x01\x02",
        b"{\"format\":\"other\"}\n",
    ] {
        let msg = restore_refused(&f, bytes);
        assert!(msg.contains("is not a kumban backup"), "{msg}");
    }
    // Compressed like a backup, but not one.
    let msg = restore_refused(&f, &zstd::encode_all(&b"code,head_name\n"[..], 3).unwrap());
    assert!(msg.contains("is not a kumban backup"), "{msg}");
    let msg = restore_refused(&f, &vec![b'{'; 9 << 20]);
    assert!(msg.contains("is not a kumban backup"), "{msg}");
    let err = backup::read(&f.dir.path().join("missing.backup")).unwrap_err();
    assert!(matches!(err, BackupError::Read { .. }), "{err}");
}

#[test]
fn json_of_the_wrong_shape_is_named() {
    let f = fixture();
    let p = f.file("households.json", b"[1,2]");
    assert_eq!(
        f.refused(&p),
        [format!(
            "{}:1: this is not what an export holds: invalid type: integer `1`, expected a map",
            p.display()
        )]
    );
    let p = f.file("households.json", b"[{\"code\":}]");
    assert!(f.refused(&p)[0].contains(":1: this is not valid JSON here: expected value"));
}

/// Issue 12, item 10: a key given twice used to take its last value
/// silently; now the file, the line of the second key and why are named.
#[test]
fn a_json_key_given_twice_is_refused() {
    let f = fixture();
    let p = f.file(
        "households.json",
        b"[\n{\"code\":\"BS-02\",\"head_name\":\"Vanna\",\"village\":\"Bansuo\",\n \"members\":3,\n \"members\":30,\"enrolled_on\":\"2018-01-01\"}\n]",
    );
    assert_eq!(
        f.refused(&p),
        [format!(
            "{}:4: the key \"members\" appears twice in this record; keep only one, so it is clear which value is meant",
            p.display()
        )]
    );
    let p = f.file(
        "export.json",
        b"{\"format\":\"kumban-export\",\"version\":1,\n\"households\":[],\n\"households\":[]}",
    );
    assert_eq!(
        f.refused(&p),
        [format!(
            "{}:3: this is not what an export holds: the key \"households\" appears twice in this document; keep only one, so it is clear which value is meant",
            p.display()
        )]
    );
}

/// Issue 12, item 10: a named pipe or /dev/zero was reported as "does not
/// exist"; reading one would wait or never end, so it is named and left.
#[test]
fn a_pipe_or_a_device_is_named_not_read() {
    let f = fixture();
    let fifo = f.dir.path().join("households.csv");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    assert_eq!(
        f.refused(&fifo),
        [format!(
            "{} is a named pipe, not a file or a folder of export files; give an export folder or a .csv or .json file",
            fifo.display()
        )]
    );
    // The pipe inside an export folder is named too, not skipped.
    assert_eq!(
        f.refused(f.dir.path()),
        [format!(
            "{} is a named pipe, not a file or a folder of export files; give an export folder or a .csv or .json file",
            fifo.display()
        )]
    );
    assert_eq!(
        f.refused(Path::new("/dev/zero")),
        [
            "/dev/zero is a device, not a file or a folder of export files; give an export folder or a .csv or .json file"
        ]
    );
}

/// Every rule of a member row gives its message, the store's rules
/// included, and nothing is written.
#[test]
fn bad_member_rows_are_each_named_and_nothing_is_written() {
    let f = fixture();
    let dir = f.dir.path().join("members-in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("members.csv"),
        "household,name,sex,birth_year,relation,works,groups,notes\n\
         BS-01,Bounmy,male,1970,head,yes,,\n\
         BS-01,ນາງ ແກ້ວ,female,2027,spouse,yes,,\n\
         BS-01,Kham,female,1899,child,no,,\n\
         BS-01,Noy,girl,nineteen,cousin,maybe,,\n\
         BS-77,Vanna,female,1990,child,no,,\n\
         BS-01,\u{202E}Sone,male,1995,child,no,,\n\
         BS-01,Bounmy,male,1971,sibling,no,,\n",
    )
    .unwrap();
    // Rows that cannot be read are named first; codes are resolved after.
    assert_eq!(
        f.refused(&dir),
        [
            "members.csv:3: birth_year: 2027 is in the future (today is 2026-11-28); write the year of birth",
            "members.csv:4: birth_year: 1899 is before 1900 or after 2100; write the year of birth, such as 1985",
            "members.csv:5: birth_year: \"nineteen\" is not a whole number",
            "members.csv:5: sex: \"girl\" is not one of female, male",
            "members.csv:5: relation: \"cousin\" is not one of head, spouse, child, parent, sibling, grandchild, other-relative, other",
            "members.csv:5: works: \"maybe\" is not yes or no",
            "members.csv:7: name: contains a control character (U+202E); retype it without special keys",
            "members.csv:6: household: there is no household BS-77 in this import or in the database",
            "members.csv:8: name: member Bounmy of household BS-01 appears twice in this import (also at members.csv:2)",
        ]
    );
    // The store's rules, once every row reads: BS-01 is in no group.
    std::fs::write(
        dir.join("members.csv"),
        "household,name,sex,birth_year,relation,works,groups\n\
         BS-01,Bounmy,male,1970,head,yes,\n\
         BS-01,Dao,female,1992,child,yes,weaving\n",
    )
    .unwrap();
    assert_eq!(
        f.refused(&dir),
        [
            "members.csv:3: groups: household BS-01 is not in the weaving group; add the group to the household first, or leave it out"
        ]
    );
    assert_eq!(f.store.count(RecordKind::Member), 0);
}
