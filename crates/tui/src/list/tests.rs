use super::*;

static COLS: [Column; 2] = [col("Name", 10), num("N", 3)];

fn view(n: usize) -> ListView {
    let mut v = ListView::new(&COLS);
    let rows = (0..n)
        .map(|i| {
            Row::new(i as u64, vec![format!("row {i}"), format!("{}", n - i)])
                .with_key(1, (n - i) as i64)
        })
        .collect();
    v.set_rows(rows, 10);
    v
}

#[test]
fn moving_keeps_the_selection_in_the_window() {
    let mut v = view(100);
    assert_eq!(v.position(), "1/100");
    assert!(!v.move_by(-1, 10));
    assert!(v.move_by(15, 10));
    assert_eq!((v.selected, v.offset), (15, 6));
    v.move_to(usize::MAX, 10);
    assert_eq!((v.selected, v.offset), (99, 90));
    assert_eq!(v.window(10).count(), 10);
    assert_eq!(v.window(10).next().map(|(i, _)| i), Some(90));
    assert!(!v.move_by(1, 10));
}

#[test]
fn filter_matches_words_in_any_case() {
    let mut v = ListView::new(&COLS);
    v.set_rows(
        vec![
            Row::new(1, vec!["ທ້າວ ບຸນມີ ພົມມະຈັນ".into(), "1".into()]),
            Row::new(2, vec!["Bounmy Keomany".into(), "2".into()]),
            Row::new(3, vec!["范锡宁".into(), "3".into()]),
        ]
        .into_iter()
        .collect(),
        10,
    );
    v.filter = "BOUNMY".into();
    v.refilter(10);
    assert_eq!(v.position(), "1/1");
    v.filter = "ບຸນມີ".into();
    v.refilter(10);
    assert_eq!(v.selected_id(), Some(1));
    v.filter = "锡".into();
    v.refilter(10);
    assert_eq!(v.selected_id(), Some(3));
    v.filter = "范锡".into();
    v.refilter(10);
    v.filter.push('宁');
    v.narrow(10);
    assert_eq!(v.selected_id(), Some(3));
    v.filter.push('x');
    v.narrow(10);
    assert_eq!(v.position(), "0/0");
    v.filter = "nothing".into();
    v.refilter(10);
    assert_eq!(v.position(), "0/0");
    assert_eq!(v.selected_id(), None);
}

#[test]
fn sort_cycles_columns_and_keeps_the_selected_record() {
    let mut v = view(12);
    v.move_to(2, 10);
    assert_eq!(v.selected_id(), Some(2));
    v.cycle_sort(10); // by Name, as text: "row 0", "row 1", "row 10", ...
    assert_eq!(v.sort_label().as_deref(), Some("Name ↑"));
    assert_eq!(v.selected_id(), Some(2));
    assert_eq!(v.rows.get(v.visible[2]).cell(0), "row 10");
    v.cycle_sort(10); // by N, numerically: 1, 2, ..., 12
    assert_eq!(v.rows.get(v.visible[0]).cell(1), "1");
    assert_eq!(v.rows.get(v.visible[11]).cell(1), "12");
    v.reverse_sort(10);
    assert_eq!(v.rows.get(v.visible[0]).cell(1), "12");
    v.cycle_sort(10);
    assert_eq!(v.sort, None);
    assert_eq!(v.visible, (0..12).collect::<Vec<_>>());
}

#[test]
fn scope_limits_rows() {
    let mut v = view(10);
    v.scope = Some(Scope {
        label: "x".into(),
        ids: [3, 5].into_iter().collect(),
        origin: None,
    });
    v.refilter(10);
    assert_eq!(v.position(), "1/2");
    assert_eq!(v.selected_id(), Some(3));
}

fn ids(v: &ListView) -> Vec<u64> {
    v.visible.iter().map(|i| v.rows.get(*i).id()).collect()
}

#[test]
fn repeated_cells_are_kept_once_and_read_back_as_given() {
    let rows: Rows = (0..1000u64)
        .map(|i| Row::new(i, vec![format!("Day {}", i % 7), format!("{i}")]))
        .collect();
    assert_eq!(rows.columns[0].len(), 7);
    assert_eq!(rows.columns[1].len(), 1000);
    assert_eq!(rows.get(9).cell(0), "Day 2");
    assert_eq!(rows.get(9).cell(1), "9");
    assert_eq!(rows.get(9).cell(5), "", "past the last column");
    // Only the strings that are not lower case have a lower-cased copy.
    assert_eq!(rows.columns[0].lower(2), "day 2");
    assert_eq!(rows.columns[1].lower_ends.len(), 0);
}

#[test]
fn a_word_matches_within_one_cell_only() {
    let mut v = ListView::new(&COLS);
    v.set_rows(
        [
            Row::new(1, vec!["red".into(), "fox".into()]),
            Row::new(2, vec!["red fox".into(), "1".into()]),
        ]
        .into_iter()
        .collect(),
        10,
    );
    v.filter = "dfo".into();
    v.refilter(10);
    assert_eq!(ids(&v), [] as [u64; 0]);
    v.filter = "RED FOX".into();
    v.refilter(10);
    assert_eq!(ids(&v), [1, 2], "each word in some cell");
    v.filter = "red f".into();
    v.refilter(10);
    v.filter.push('o');
    v.narrow(10);
    assert_eq!(ids(&v), [1, 2]);
}

#[test]
fn a_column_whose_text_does_not_fix_its_key_sorts_by_each_rows_key() {
    // Like History's When: shown to the minute, keyed to the microsecond.
    static WHEN: [Column; 1] = [col("When", 16)];
    let mut v = ListView::new(&WHEN);
    let mut b = RowsBuilder::new(1);
    for (id, text, key) in [
        (1, "10:01", 5),
        (2, "10:00", 2),
        (3, "10:01", 4),
        (4, "10:00", 1),
    ] {
        b.push(Row::new(id, vec![text.into()]).with_key(0, key));
    }
    v.set_rows(b.finish(), 10);
    v.cycle_sort(10);
    assert_eq!(ids(&v), [4, 2, 3, 1]);
    v.reverse_sort(10);
    assert_eq!(ids(&v), [1, 3, 2, 4]);
}

#[test]
fn sorting_is_stable_and_ties_keep_load_order_when_reversed() {
    let mut v = ListView::new(&COLS);
    v.set_rows(
        [
            Row::new(1, vec!["b".into(), "x".into()]),
            Row::new(2, vec!["A".into(), "x".into()]),
            Row::new(3, vec!["a".into(), "x".into()]),
            Row::new(4, vec!["B".into(), "x".into()]),
        ]
        .into_iter()
        .collect(),
        10,
    );
    v.cycle_sort(10);
    assert_eq!(ids(&v), [2, 3, 1, 4]);
    v.reverse_sort(10);
    assert_eq!(ids(&v), [1, 4, 2, 3]);
}

#[test]
fn finish_in_reorders_every_part_of_a_row() {
    let mut b = RowsBuilder::new(2);
    b.push(Row::new(10, vec!["ten".into(), "x".into()]).marked(Mark::Warn));
    b.push(Row::new(20, vec!["twenty".into(), "y".into()]).flagged(flag::PENDING));
    let rows = b.finish_in([1, 0]);
    let first = rows.get(0);
    assert_eq!(
        (first.id(), first.cell(0), first.mark(), first.flags()),
        (20, "twenty", Mark::None, flag::PENDING)
    );
    assert_eq!((rows.get(1).id(), rows.get(1).mark()), (10, Mark::Warn));
}
