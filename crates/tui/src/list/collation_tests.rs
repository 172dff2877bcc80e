//! Lists sort names in Lao dictionary order and find them without tone
//! marks (issue 16 item 6).

use super::*;

static NAMES: [Column; 1] = [col("Head of household", 24)];

fn names(list: &[&str]) -> ListView {
    let mut v = ListView::new(&NAMES);
    let rows = list
        .iter()
        .enumerate()
        .map(|(i, n)| Row::new(i as u64, vec![(*n).to_string()]))
        .collect();
    v.set_rows(rows, 10);
    v
}

fn shown(v: &ListView) -> Vec<String> {
    v.visible
        .iter()
        .map(|&i| v.rows.get(i).cell(0).to_string())
        .collect()
}

#[test]
fn names_sort_by_the_consonant_not_the_vowel_written_before_it() {
    // In code-point order the prevowels ເ ແ ໂ ໃ ໄ (U+0EC0..U+0EC4) sort
    // after every consonant: ເກດ would follow ຂັນ and ໂພ follow ມາລີ.
    let mut v = names(&["ມາລີ", "ເກດ", "ຂັນ", "ໂພ", "ກອງ", "Anna", "ແກ້ວ"]);
    let mut by_code_point = shown(&v);
    by_code_point.sort();
    assert_eq!(by_code_point[1..4], ["ກອງ", "ຂັນ", "ມາລີ"]);
    v.cycle_sort(10);
    // The Lao tailoring puts Lao script before Latin.
    assert_eq!(shown(&v), ["ກອງ", "ເກດ", "ແກ້ວ", "ຂັນ", "ໂພ", "ມາລີ", "Anna"]);
    v.reverse_sort(10);
    assert_eq!(shown(&v).first().map(String::as_str), Some("Anna"));
}

#[test]
fn a_filter_without_tone_marks_finds_names_written_with_them() {
    // ບົ່ວ, ແກ້ວ and ນ້ອຍ carry mai ek / mai tho.
    let mut v = names(&["ນາງ ບົ່ວພັນ", "ທ້າວ ແກ້ວ", "ນ້ອຍ", "ບາວ"]);
    v.filter = "ບົວພັນ".into();
    v.refilter(10);
    assert_eq!(shown(&v), ["ນາງ ບົ່ວພັນ"]);
    v.filter = "ແກວ".into();
    v.refilter(10);
    assert_eq!(shown(&v), ["ທ້າວ ແກ້ວ"]);
    // Typed with the marks still finds them, and narrowing agrees.
    v.filter = "ນ້".into();
    v.refilter(10);
    v.filter.push_str("ອຍ");
    v.narrow(10);
    assert_eq!(shown(&v), ["ນ້ອຍ"]);
    // A different vowel is a different name.
    v.filter = "ບົວ".into();
    v.refilter(10);
    assert_eq!(shown(&v), ["ນາງ ບົ່ວພັນ"]);
}
