//! Household members in the store: history, undo, names unique within a
//! household, and a schema-1 database opening as schema 2 with members.

mod support;

use kumban::model::*;
use support::store::*;

#[test]
fn members_have_history_undo_and_their_own_names_per_household() {
    let db = TempDb::new();
    let store = db.open();
    let v = village(&store);
    let kaew = store.insert(member(v.a.hh, "ນາງ ແກ້ວ")).unwrap();
    // The same name in another household is another person.
    store.insert(member(v.b.hh, "ນາງ ແກ້ວ")).unwrap();
    let mut older = store.fetch::<Member>(kaew).unwrap().record;
    older.birth_year = 1975;
    older.groups = Vec::new();
    store.update(kaew, older).unwrap();
    let edited = store.last_txn().unwrap().unwrap();
    assert_eq!(store.members_of(v.a.hh).unwrap()[0].record.birth_year, 1975);
    // Once its groups are empty, the household may leave weaving.
    let mut left = store.fetch::<Household>(v.a.hh).unwrap().record;
    left.groups = vec![Group::cattle()];
    store.update(v.a.hh, left).unwrap();
    let left_weaving = store.last_txn().unwrap().unwrap();
    assert_eq!(store.total("people").unwrap(), 2);
    assert_eq!(store.total("people/group/weaving").unwrap(), 1);
    assert_sound(&store);
    // Undone in the other order, the member's edit would be refused: the
    // household is no longer in weaving.
    store.undo(left_weaving).unwrap();
    store.undo(edited).unwrap();
    let back = store.fetch::<Member>(kaew).unwrap().record;
    assert_eq!(
        (back.birth_year, back.groups),
        (1988, vec![Group::weaving()])
    );
    assert_eq!(store.total("people/group/weaving").unwrap(), 2);
    store.delete::<Member>(kaew).unwrap();
    assert_eq!(store.members_of(v.a.hh).unwrap().len(), 0);
    assert_eq!(store.total("people").unwrap(), 1);
    assert_sound(&store);
}

#[test]
fn a_schema_1_database_opens_as_schema_2_with_members() {
    let db = TempDb::new();
    {
        let store = db.open();
        village(&store);
    }
    {
        // What a kumban before household members left: schema 1, and no
        // members' trees.
        let raw = sled::open(db.path()).unwrap();
        raw.drop_tree("members").unwrap();
        raw.drop_tree("idx/member/household").unwrap();
        raw.open_tree("meta")
            .unwrap()
            .insert("schema", &1u32.to_be_bytes())
            .unwrap();
        raw.flush().unwrap();
    }
    let store = db.open();
    assert_sound(&store);
    let v_hh = store.household_by_code("BS-01").unwrap().unwrap();
    store
        .insert(member(HouseholdId(v_hh.id), "Bounmy"))
        .unwrap();
    drop(store);
    let raw = sled::open(db.path()).unwrap();
    let schema = raw
        .open_tree("meta")
        .unwrap()
        .get("schema")
        .unwrap()
        .unwrap();
    // Schema 1 is brought through every later step (3 adds weights).
    assert_eq!(schema.as_ref(), 3u32.to_be_bytes());
}
