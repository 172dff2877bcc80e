//! What the owner says over its socket reaches each session in that
//! session's language: one owner, a clerk's session in Lao and an
//! adviser's in Chinese at once, each refused a write and told why in its
//! own words; the English (logs, the command line) stays as it was.

mod support;

use kumban::i18n::{Lang, Localize, with_lang};
use kumban::store::StoreError;
use kumban::store::remote::Connect;
use support::shared::*;

fn refused(db: &std::path::Path, lang: Lang, read_only: bool) -> (StoreError, String) {
    let how = Connect { read_only, ..how() };
    let store = kumban::store::Store::connect(db, &how).expect("connect to the owner");
    let err = store
        .insert(support::store::household("BS-77"))
        .expect_err("a session that may only look");
    let said = with_lang(lang, || err.localized());
    (err, said)
}

#[test]
fn two_sessions_of_one_owner_are_told_why_in_their_own_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(kumban(&db, &["demo"]).status.success());
    let me = kumban::owner::access::user_name(
        std::fs::metadata(&db)
            .map(|m| std::os::unix::fs::MetadataExt::uid(&m))
            .unwrap(),
    );
    std::fs::write(
        db.join("access.json"),
        format!("{{\"viewers\": [\"{me}\"]}}"),
    )
    .unwrap();
    // Both at once, from threads of their own (each its own language).
    let (lo, zh) = std::thread::scope(|s| {
        let lo = s.spawn(|| refused(&db, Lang::Lo, false));
        let zh = s.spawn(|| refused(&db, Lang::Zh, false));
        (lo.join().unwrap(), zh.join().unwrap())
    });
    assert!(matches!(lo.0, StoreError::ReadOnly(_)), "{:?}", lo.0);
    assert!(lo.1.contains("ມີຊື່ເປັນຜູ້ເບິ່ງ"), "{}", lo.1);
    assert!(zh.1.contains("被列为查看者"), "{}", zh.1);
    for said in [&lo.1, &zh.1] {
        assert!(said.contains(&me) && said.contains("access.json"), "{said}");
        assert!(!said.contains("listed as a viewer"), "{said}");
    }
    // English, as logs and the command line say it, is the owner's own.
    assert!(
        lo.0.to_string()
            .contains(&format!("{me} is listed as a viewer")),
        "{}",
        lo.0
    );
    assert_eq!(with_lang(Lang::En, || lo.0.localized()), lo.0.to_string());

    // A --read-only session's reason, in Lao beside the English.
    std::fs::remove_file(db.join("access.json")).unwrap();
    let (err, said) = refused(&db, Lang::Lo, true);
    assert!(said.contains("ເຊດຊັນນີ້ເລີ່ມດ້ວຍ --read-only"), "{said}");
    assert!(
        err.to_string().contains("started with --read-only"),
        "{err}"
    );
}
