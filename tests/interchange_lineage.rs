//! Lineage in files: pregnancies.csv's sire_bull, calving_ease, calves,
//! birth weights, stillbirths and twin columns; files without them (written
//! before lineage) still import; and each bad lineage cell refuses the whole
//! import with its file, line and column.

mod support;

use kumban::interchange::export::{self, Format};
use kumban::interchange::import::{ImportError, ImportOptions, import};
use kumban::model::*;
use kumban::store::Store;
use std::path::Path;
use support::today;

const HOUSEHOLDS: &str =
    "code,head_name,village,members,enrolled_on\nBS-07,Somphone Vongsa,Bansuo,5,2017-06-01\n";
const ANIMALS: &str = "ear_tag,sex,breed,born_on,origin,origin_date,dam,household\n\
    BS-C-200,female,Lao native,2018-01-10,distributed,2019-06-15,,BS-07\n\
    BS-B-001,male,Brahman cross,2017-01-10,distributed,2019-06-15,,BS-07\n\
    BS-C-201,male,Lao native,2026-03-01,born,,BS-C-200,BS-07\n\
    BS-C-202,female,Lao native,2026-03-01,born,,BS-C-200,BS-07\n";
const HEADER: &str = "cow,service_date,method,sire,outcome,outcome_date,calf,sire_bull,calving_ease,calves,birth_weight_kg,stillborn,twin_calf,twin_birth_weight_kg,twin_stillborn\n";

fn folder(dir: &Path, pregnancies: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("households.csv"), HOUSEHOLDS).unwrap();
    std::fs::write(dir.join("animals.csv"), ANIMALS).unwrap();
    std::fs::write(dir.join("pregnancies.csv"), pregnancies).unwrap();
}

fn store(dir: &Path) -> Store {
    Store::open(&dir.join("db"), "clerk").unwrap()
}

#[test]
fn twins_by_a_herd_bull_import_and_export_again_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let files = tmp.path().join("in");
    folder(
        &files,
        &format!(
            "{HEADER}BS-C-200,2025-05-22,natural,,calved,2026-03-01,BS-C-201,BS-B-001,assisted,2,24.5,no,BS-C-202,19,no\n\
             BS-C-200,2026-06-01,ai,Brahman straw B-17,,,,,,,,,,,\n"
        ),
    );
    let s = store(tmp.path());
    import(&s, &files, &ImportOptions::new(today())).unwrap();
    let cow = s.animal_by_tag("BS-C-200").unwrap().unwrap();
    let bull = s.animal_by_tag("BS-B-001").unwrap().unwrap();
    let k1 = s.animal_by_tag("BS-C-201").unwrap().unwrap();
    let k2 = s.animal_by_tag("BS-C-202").unwrap().unwrap();
    let p = s.pregnancies_of(AnimalId(cow.id)).unwrap();
    assert_eq!(p[0].record.sire, Some(Sire::Herd(AnimalId(bull.id))));
    assert_eq!(
        p[0].record.calving,
        Calving {
            ease: Some(Ease::Assisted),
            first: Birth {
                weight: Some(Kg(245)),
                stillborn: false
            },
            twin: Some(Twin {
                calf: Some(AnimalId(k2.id)),
                birth: Birth {
                    weight: Some(Kg(190)),
                    stillborn: false
                }
            }),
        }
    );
    assert_eq!(
        p[0].record.calves().collect::<Vec<_>>(),
        [AnimalId(k1.id), AnimalId(k2.id)]
    );
    assert_eq!(
        p[1].record.sire,
        Some(Sire::Outside("Brahman straw B-17".into()))
    );
    assert!(s.check().unwrap().is_empty());

    // Exported, imported into an empty database, exported again: the same bytes.
    let (first, second) = (tmp.path().join("first"), tmp.path().join("second"));
    export::to_dir(&s, Format::Csv, &first).unwrap();
    let text = std::fs::read_to_string(first.join("pregnancies.csv")).unwrap();
    assert!(
        text.contains(",BS-B-001,assisted,2,24.5,no,BS-C-202,19,no"),
        "{text}"
    );
    let copy = Store::open(&tmp.path().join("copy"), "clerk").unwrap();
    import(&copy, &first, &ImportOptions::new(today())).unwrap();
    export::to_dir(&copy, Format::Csv, &second).unwrap();
    assert_eq!(
        std::fs::read(first.join("pregnancies.csv")).unwrap(),
        std::fs::read(second.join("pregnancies.csv")).unwrap()
    );
}

#[test]
fn an_old_file_with_a_text_sire_imports_as_an_outside_sire() {
    let tmp = tempfile::tempdir().unwrap();
    let files = tmp.path().join("in");
    folder(
        &files,
        "cow,service_date,method,sire,outcome,outcome_date,calf\n\
         BS-C-200,2025-05-22,natural,village bull,calved,2026-03-01,BS-C-201\n",
    );
    let s = store(tmp.path());
    import(&s, &files, &ImportOptions::new(today())).unwrap();
    let cow = s.animal_by_tag("BS-C-200").unwrap().unwrap();
    let p = &s.pregnancies_of(AnimalId(cow.id)).unwrap()[0].record;
    assert_eq!(p.sire, Some(Sire::Outside("village bull".into())));
    assert_eq!(p.calving, Calving::default());
}

/// Imports `row` and expects it refused, with nothing written.
fn refused(row: &str) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let files = tmp.path().join("in");
    folder(&files, &format!("{HEADER}{row}\n"));
    let s = store(tmp.path());
    let result = import(&s, &files, &ImportOptions::new(today()));
    assert_eq!(s.history().count(), 0, "nothing written");
    match result {
        Err(ImportError::Refused(p)) => p.shown().to_vec(),
        other => panic!("expected a refusal of {row}, got {other:?}"),
    }
}

#[test]
fn bad_lineage_cells_refuse_the_import() {
    let calved = "BS-C-200,2025-05-22,natural,,calved,2026-03-01,BS-C-201";
    for (row, said) in [
        (
            format!("{calved},BS-C-200,,,,,,,"),
            "pregnancies.csv:2: sire_bull: BS-C-200 is not a male, so it cannot be the sire",
        ),
        (
            "BS-C-200,2025-05-22,natural,village bull,calved,2026-03-01,BS-C-201,BS-B-001,,,,,,,"
                .to_string(),
            "pregnancies.csv:2: sire_bull: give either a herd bull's ear tag (sire_bull) or an outside sire's code (sire), not both",
        ),
        (
            format!("{calved},,,,0,,,,"),
            "pregnancies.csv:2: birth_weight_kg: a birth weight must be more than 0 kg (leave it empty if the calf was not weighed)",
        ),
        (
            format!("{calved},,,,81,,,,"),
            "pregnancies.csv:2: birth_weight_kg: 81 kg is more than a calf weighs at birth (80 kg at most); check the figure",
        ),
        (
            format!("{calved},,,1,,,BS-C-202,,"),
            "pregnancies.csv:2: twin_calf: must be empty unless calves is 2 (twins)",
        ),
        (
            format!("{calved},,,3,,,,,"),
            "pregnancies.csv:2: calves: 3 calves: write 1, or 2 for twins",
        ),
        (
            format!("{calved},,easy,,,,,,"),
            "pregnancies.csv:2: calving_ease: \"easy\" is not one of normal, assisted, hard, caesarean",
        ),
        (
            format!("{calved},,,2,,,BS-C-201,,"),
            "pregnancies.csv:2: twin_calf: the second calf cannot be the same animal as the first",
        ),
        (
            "BS-C-200,2025-05-22,natural,,lost,2026-03-01,,,normal,,,,,,".to_string(),
            "pregnancies.csv:2: calving_ease: must be empty for a lost pregnancy",
        ),
    ] {
        let shown = refused(&row);
        assert!(
            shown.iter().any(|s| s == said),
            "{row}\nexpected: {said}\nshown: {shown:#?}"
        );
    }
}
