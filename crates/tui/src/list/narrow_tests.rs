//! Typing a letter narrows the rows already shown instead of searching
//! every row again; this must find exactly what a full search finds, in
//! any script, with or without Lao tone marks typed (issue 15).

use super::*;
use proptest::prelude::*;

static COLS: [Column; 3] = [col("Name", 12), col("Village", 10), num("N", 4)];

/// Latin both cases, Lao letters and vowels, the four Lao tone marks,
/// letters whose lower case is longer (İ) or depends on the place (Σ),
/// digits and a space.
const LETTERS: &[char] = &[
    'a', 'B', 'o', 'U', 'n', 'İ', 'i', 'Σ', 'σ', '7', ' ', 'ບ', 'ົ', 'ວ', 'ພ', 'ັ', 'ນ', 'ອ', 'ຍ',
    'ແ', 'ກ', '\u{0EC8}', '\u{0EC9}', '\u{0ECA}', '\u{0ECB}',
];

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(LETTERS), 0..max)
        .prop_map(|cs| cs.into_iter().collect())
}

/// A cell: often one of a few names, so that columns repeat strings and
/// the matcher searches every string at once, as on a long list.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(&["ບົ່ວພັນ", "ແກ້ວ", "Bounmy", "ນ້ອຍ", "İnan", ""][..])
            .prop_map(str::to_string),
        text(6),
    ]
}

fn view(cells: &[Vec<String>], sort: Option<(usize, bool)>) -> ListView {
    let mut v = ListView::new(&COLS);
    let rows = cells
        .iter()
        .enumerate()
        .map(|(i, row)| Row::new(i as u64, row.clone()))
        .collect();
    v.set_rows(rows, 10);
    if let Some((column, reversed)) = sort {
        v.sort = Some((column, reversed));
        v.refilter(10);
    }
    v
}

/// The rows a filter should keep, worked out from its definition: every
/// typed word, folded (lower case, no tone marks), in some folded cell.
fn expected(cells: &[Vec<String>], filter: &str) -> Vec<u64> {
    let words: Vec<String> = kumban_i18n::collate::fold(filter)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    (0..cells.len() as u64)
        .filter(|&i| {
            let row = &cells[i as usize];
            words.iter().all(|w| {
                row.iter()
                    .any(|c| kumban_i18n::collate::fold(c).contains(w.as_str()))
            })
        })
        .collect()
}

fn ids(v: &ListView) -> Vec<u64> {
    v.visible.iter().map(|&i| v.rows.ids[i]).collect()
}

proptest! {
    #[test]
    fn narrowing_finds_what_a_full_search_finds(
        cells in prop::collection::vec(prop::collection::vec(cell(), 3), 0..60),
        typed in text(8),
        sort in prop::option::of((0usize..3, any::<bool>())),
    ) {
        let mut typing = view(&cells, sort);
        for c in typed.chars() {
            typing.filter.push(c);
            typing.narrow(10);
            let mut full = view(&cells, sort);
            full.filter = typing.filter.clone();
            full.refilter(10);
            prop_assert_eq!(ids(&typing), ids(&full), "filter {:?}", typing.filter);
            let mut kept = ids(&typing);
            kept.sort_unstable();
            prop_assert_eq!(kept, expected(&cells, &typing.filter), "filter {:?}", typing.filter);
        }
    }
}

#[test]
fn a_word_in_no_column_finds_nothing_and_one_in_another_column_still_does() {
    // More rows than distinct strings: every string is searched at once
    // and a row is asked about the columns that have the word only.
    let names = ["Bounmy", "ແກ້ວ", "ນ້ອຍ"];
    let cells: Vec<Vec<String>> = (0..20)
        .map(|i| {
            vec![
                names[i % 3].to_string(),
                "Bansuo".to_string(),
                (3 + 9 * (i % 2)).to_string(),
            ]
        })
        .collect();
    let mut v = view(&cells, None);
    for c in "bans".chars() {
        v.filter.push(c);
        v.narrow(10);
    }
    assert_eq!(ids(&v).len(), 20, "a word every village has");
    for c in "uo 3".chars() {
        v.filter.push(c);
        v.narrow(10);
    }
    assert_eq!(
        ids(&v),
        (0..20).filter(|i| i % 2 == 0).collect::<Vec<u64>>()
    );
    v.filter.push('x');
    v.narrow(10);
    assert!(ids(&v).is_empty());
    // Tone marks typed or left out find the same rows.
    v.filter = "ແກວ 12".into();
    v.refilter(10);
    assert_eq!(ids(&v), [1, 7, 13, 19]);
    v.filter = "ນ້ອ".into();
    v.refilter(10);
    v.filter.push('ຍ');
    v.narrow(10);
    assert_eq!(ids(&v), [2, 5, 8, 11, 14, 17]);
}

#[test]
fn a_column_knows_the_words_it_cannot_hold() {
    let mut amounts = super::strings::Strings::default();
    amounts.push("1,250.00 USD");
    amounts.push("15,000 LAK");
    assert!(amounts.cannot_hold("w"), "no amount has a w");
    assert!(!amounts.cannot_hold("usd"), "folded to lower case");
    assert!(!amounts.cannot_hold("0 l"));
    assert!(amounts.cannot_hold("ບ"), "no Lao in amounts");
    let mut names = super::strings::Strings::default();
    names.push("ບົ່ວພັນ");
    assert!(!names.cannot_hold("ບ"));
    // Only whether the column has some other script is kept, not which.
    assert!(!names.cannot_hold("王"));
    assert!(names.cannot_hold("b"));
}
