//! What the owner does with bad input: garbage, a truncated frame, a
//! 100 MB length prefix, random bytes before and after the handshake, and
//! a kumban of another version. Each closes that one connection, with a
//! reason where one can be sent; the owner keeps serving the others.

mod support;

use kumban::store::StoreError;
use kumban::store::remote::wire::{
    self, Hello, HelloHead, Purpose, Reply, Request, Session, Welcome,
};
use kumban::store::remote::{Connect, socket_path};
use proptest::prelude::*;
use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::time::Duration;
use support::shared::*;

fn raw(db: &Path) -> UnixStream {
    let s = UnixStream::connect(socket_path(db)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s
}

fn hello(head: HelloHead) -> Vec<u8> {
    wire::encode(&Hello {
        head,
        read_only: false,
        purpose: Purpose::Requests,
    })
    .unwrap()
}

/// A connection past the handshake.
fn greeted(db: &Path) -> UnixStream {
    let mut s = raw(db);
    wire::write_frame(&mut s, &hello(HelloHead::ours())).unwrap();
    let frame = wire::read_frame(&mut s).expect("welcome");
    assert!(matches!(
        wire::decode::<Welcome>(&frame),
        Ok(Welcome::Ok(_))
    ));
    s
}

fn welcome(s: &mut UnixStream) -> Welcome {
    wire::decode(&wire::read_frame(s).expect("an answer")).expect("a welcome")
}

fn answer(s: &mut UnixStream) -> Result<Reply, StoreError> {
    wire::decode(&wire::read_frame(s).expect("an answer")).expect("a reply")
}

/// The owner closed this connection: nothing more to read.
fn assert_closed(s: &mut UnixStream) {
    let mut rest = Vec::new();
    let n = s.read_to_end(&mut rest).unwrap_or(0);
    assert_eq!(n, 0, "more after the close: {rest:?}");
}

struct Served {
    _dir: tempfile::TempDir,
    db: std::path::PathBuf,
    owner: Owner,
    good: kumban::store::Store,
}

impl Served {
    fn new() -> Served {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        let owner = Owner::start(&db);
        let good = connect(&db);
        good.insert(support::store::household("BS-01")).unwrap();
        Served {
            _dir: dir,
            db,
            owner,
            good,
        }
    }

    /// The owner is alive and its other client is served.
    fn still_serving(&mut self) {
        assert!(
            matches!(self.owner.child.try_wait(), Ok(None)),
            "the owner exited"
        );
        let h = self.good.household_by_code("BS-01").expect("a request");
        assert!(h.is_some());
    }
}

#[test]
fn garbage_before_the_handshake_closes_that_connection_only() {
    let mut s = Served::new();
    let mut c = raw(&s.db);
    c.write_all(b"GET / HTTP/1.1\r\nHost: kumban\r\n\r\n")
        .unwrap();
    match welcome(&mut c) {
        Welcome::Refused(why) => assert!(why.contains("bytes"), "{why}"),
        other => panic!("welcomed: {other:?}"),
    }
    assert_closed(&mut c);
    s.still_serving();

    let mut c = raw(&s.db);
    wire::write_frame(&mut c, b"\x07\x07 not a hello at all").unwrap();
    match welcome(&mut c) {
        Welcome::Refused(why) => assert!(why.contains("not kumban's"), "{why}"),
        other => panic!("welcomed: {other:?}"),
    }
    assert_closed(&mut c);
    s.still_serving();
}

#[test]
fn an_oversized_length_prefix_is_refused_before_anything_is_read() {
    let mut s = Served::new();
    let mut c = greeted(&s.db);
    c.write_all(&100_000_000u32.to_be_bytes()).unwrap();
    match answer(&mut c) {
        Err(StoreError::Incompatible(why)) => {
            assert!(why.contains("100000000 bytes"), "{why}");
            assert!(why.contains("closed the connection"), "{why}");
        }
        other => panic!("{other:?}"),
    }
    assert_closed(&mut c);
    s.still_serving();
}

#[test]
fn a_truncated_frame_and_an_unreadable_request_close_that_connection() {
    let mut s = Served::new();
    let mut c = greeted(&s.db);
    c.write_all(&100u32.to_be_bytes()).unwrap();
    c.write_all(&[1u8; 10]).unwrap();
    c.shutdown(std::net::Shutdown::Write).unwrap();
    assert_closed(&mut c);
    s.still_serving();

    let mut c = greeted(&s.db);
    wire::write_frame(&mut c, &[0xff; 40]).unwrap();
    match answer(&mut c) {
        Err(StoreError::Incompatible(why)) => assert!(why.contains("could not be read"), "{why}"),
        other => panic!("{other:?}"),
    }
    assert_closed(&mut c);
    s.still_serving();

    // A well-formed request still works on a fresh connection.
    let mut c = greeted(&s.db);
    wire::write_frame(&mut c, &wire::encode(&Request::IsEmpty).unwrap()).unwrap();
    assert_eq!(answer(&mut c), Ok(Reply::Flag(false)));
}

#[test]
fn random_bytes_never_stop_the_owner() {
    let mut s = Served::new();
    let db = s.db.clone();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 48,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    runner
        .run(
            &(
                proptest::collection::vec(any::<u8>(), 0..600),
                any::<bool>(),
            ),
            |(bytes, after_hello)| {
                let mut c = if after_hello { greeted(&db) } else { raw(&db) };
                if after_hello {
                    // Framed, so the payload itself is what is tested.
                    let _ = wire::write_frame(&mut c, &bytes);
                } else {
                    let _ = c.write_all(&bytes);
                }
                let _ = c.shutdown(std::net::Shutdown::Write);
                let mut sink = Vec::new();
                let _ = c.read_to_end(&mut sink);
                Ok(())
            },
        )
        .unwrap();
    s.still_serving();
}

#[test]
fn a_kumban_of_another_version_is_refused_by_the_owner() {
    let mut s = Served::new();
    for (protocol, schema) in [(999, 1), (1, 2)] {
        let mut c = raw(&s.db);
        let head = HelloHead {
            protocol,
            schema,
            kumban: "9.9.9".into(),
            ..HelloHead::ours()
        };
        wire::write_frame(&mut c, &hello(head)).unwrap();
        match welcome(&mut c) {
            Welcome::Refused(why) => {
                assert!(
                    why.contains(&format!(
                        "this kumban 9.9.9 speaks schema {schema} (protocol {protocol})"
                    )),
                    "{why}"
                );
                assert!(
                    why.contains(&format!(
                        "({} speaks schema {} (protocol {}))",
                        env!("CARGO_PKG_VERSION"),
                        kumban::store::schema::SCHEMA_VERSION,
                        wire::PROTOCOL
                    )),
                    "{why}"
                );
                assert!(why.contains("use the same kumban"), "{why}");
            }
            other => panic!("welcomed: {other:?}"),
        }
        assert_closed(&mut c);
    }
    s.still_serving();
}

/// A stand-in owner that answers every hello with `answer`.
fn fake_owner(db: &Path, answer: Vec<u8>) {
    std::fs::create_dir_all(db).unwrap();
    let listener = UnixListener::bind(socket_path(db)).unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(8) {
            let Ok(mut s) = stream else { continue };
            let _ = wire::read_frame(&mut s);
            let _ = wire::write_frame(&mut s, &answer);
        }
    });
}

#[test]
fn a_client_refuses_an_owner_of_another_version() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let session = Session {
        head: HelloHead {
            protocol: 7,
            schema: 3,
            kumban: "0.9.0".into(),
            ..HelloHead::ours()
        },
        user: "root".into(),
        owner_pid: 1,
        read_only: None,
        txn: 0,
    };
    fake_owner(&db, wire::encode(&Welcome::Ok(session)).unwrap());
    let how = Connect {
        start_owner: false,
        ..how()
    };
    let err = match kumban::store::Store::connect(&db, &how) {
        Err(e) => e,
        Ok(_) => panic!("connected to an owner of another version"),
    };
    assert!(matches!(err, StoreError::Incompatible(_)), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains(&format!(
            "this kumban {} speaks schema {}",
            env!("CARGO_PKG_VERSION"),
            kumban::store::schema::SCHEMA_VERSION
        )),
        "{msg}"
    );
    assert!(
        msg.contains("(0.9.0 speaks schema 3 (protocol 7))"),
        "{msg}"
    );

    // The command line says the same, on one line, exit 1.
    let o = kumban(&db, &["status"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("0.9.0 speaks schema 3"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stderr(&o).trim_end().lines().count(), 1, "{}", stderr(&o));
}

#[test]
fn an_owner_whose_welcome_cannot_be_read_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    // Variant 1 with a body this kumban cannot read.
    fake_owner(&db, vec![1, 0xff, 0xff, 0xff]);
    let how = Connect {
        start_owner: false,
        ..how()
    };
    match kumban::store::Store::connect(&db, &how) {
        Err(StoreError::Incompatible(msg)) => {
            assert!(msg.contains("different version"), "{msg}")
        }
        Err(e) => panic!("{e:?}"),
        Ok(_) => panic!("connected"),
    }
}

/// A list larger than one message: the owner sends the first page and
/// the ids of the rest, the client fetches those by id, and the caller
/// sees the whole list in order, as a database held here gives it.
#[test]
fn a_list_longer_than_one_message_arrives_whole_and_in_order() {
    use support::store::{day, household, income};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let store = connect(&db);
    assert!(store.is_remote());
    let hh = store.insert(household("BS-01")).unwrap();
    // Lao text is three bytes a letter: about 400 bytes a record, so 4000
    // of them are well past the 1 MiB a page carries.
    let (_, ()) = store
        .batch(|b| {
            for i in 0..4000 {
                let mut log = income(
                    hh,
                    day(2026, 1, 1).plus_days(i % 300).unwrap(),
                    100 + i as i64,
                );
                log.description = format!("{i} {}", "ຜ້າສິ້ນ".repeat(16));
                b.insert(log)?;
            }
            Ok(())
        })
        .unwrap();
    let listed: Vec<u64> = store.income_of(hh).unwrap().iter().map(|s| s.id).collect();
    assert_eq!(listed.len(), 4000);
    let between = store
        .income_between(day(2026, 1, 1), day(2026, 12, 31))
        .unwrap();
    assert_eq!(between.len(), 4000);
    assert!(
        between
            .windows(2)
            .all(|w| w[0].record.date <= w[1].record.date)
    );
    drop(store);
    kumban::store::remote::stop_idle_owner(&db).unwrap();
    let here = kumban::store::Store::open(&db, "clerk").unwrap();
    let here_ids: Vec<u64> = here.income_of(hh).unwrap().iter().map(|s| s.id).collect();
    assert_eq!(listed, here_ids);
    let here_between = here
        .income_between(day(2026, 1, 1), day(2026, 12, 31))
        .unwrap();
    assert_eq!(between, here_between);
}
