//! The user guide's key table is the keymap itself: if a key changes,
//! this test fails until docs/user-guide.md says so too.

#[test]
fn the_user_guide_lists_every_key_as_the_keymap_does() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/user-guide.md"))
        .unwrap_or_default();
    let table = kumban::tui::keymap::markdown_table();
    assert!(
        guide.contains(&table),
        "docs/user-guide.md must contain the keymap table exactly; paste this:\n\n{table}"
    );
}
