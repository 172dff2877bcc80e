//! A store error in the session's language (`Localize`); `Display` stays
//! English for logs and the command line. Problems and blockers that
//! came over the wire as English text are shown as they came.

use super::StoreError;
use kumban_i18n::{Localize, Message, tr_text};
use kumban_model::Problem;

fn path(p: &std::path::Path) -> String {
    p.to_string_lossy().into_owned()
}

fn noun(kind: kumban_model::RecordKind) -> String {
    tr_text("noun", kind.noun())
}

fn problems(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.field, p.shown()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One blocker of a delete, "2 cattle pens": its count stays a number
/// and the words go through the message files (`blocker-` ids), so a
/// blocker the files lack still reads, in English.
fn blocker(entry: &str) -> String {
    match entry.split_once(' ') {
        Some((n, words)) if n.chars().all(|c| c.is_ascii_digit()) => {
            // "3 household members (Noy, Bounmy)": the names stay as they are.
            let (words, names) = match words.split_once(" (") {
                Some((w, names)) if w.starts_with("health event") => {
                    (w, format!(" ({}", health_names(names)))
                }
                Some((w, names)) => (w, format!(" ({names}")),
                None => (words, String::new()),
            };
            let what = format!("{}{names}", tr_text("blocker", words));
            Message::new("store-blocker")
                .with("n", n)
                .with("what", what)
                .text()
        }
        _ => entry.to_string(),
    }
}

/// An animal's health events as its refusal names them, "vaccination
/// HS 2026-03-10, …": the kind (a stored word) in the session's
/// language, the product and date as written.
fn health_names(names: &str) -> String {
    names
        .split(", ")
        .map(|name| match name.split_once(' ') {
            Some((kind, rest)) if kumban_model::HealthKind::parse(kind).is_some() => {
                format!("{} {rest}", tr_text("choice", kind))
            }
            _ => name.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl Localize for StoreError {
    fn message(&self) -> Message {
        match self {
            StoreError::InUse { path: p, holder } => Message::new("store-in-use")
                .with("path", path(p))
                .with("holder", holder.as_str()),
            StoreError::TooNew {
                path: p,
                found,
                supported,
            } => Message::new("store-too-new")
                .with("path", path(p))
                .with("found", found.to_string())
                .with("supported", supported.to_string()),
            StoreError::Refused {
                kind,
                problems: list,
            } => Message::new("store-refused")
                .with("noun", noun(*kind))
                .with("problems", problems(list)),
            StoreError::Referenced { what, by } => {
                let by: Vec<String> = by.iter().map(|b| blocker(b)).collect();
                Message::new("store-referenced")
                    .with("what", shown_record(what))
                    .with("by", by.join(", "))
            }
            StoreError::NotFound { kind, id } => Message::new("store-not-found")
                .with("noun", noun(*kind))
                .with("id", id.to_string()),
            StoreError::NoSuchChange(n) => {
                Message::new("store-no-such-change").with("n", n.to_string())
            }
            StoreError::Corrupt { place, reason } => Message::new("store-corrupt")
                .with("place", place.as_str())
                .with("reason", reason.as_str()),
            StoreError::NotBlank { path: p } => {
                Message::new("store-not-blank").with("path", path(p))
            }
            StoreError::Unrestorable { place, reason } => Message::new("store-unrestorable")
                .with("place", place.as_str())
                .with("reason", reason.as_str()),
            StoreError::Open { path: p, reason } => Message::new("store-open")
                .with("path", path(p))
                .with("reason", reason.as_str()),
            StoreError::Write(why) | StoreError::Storage(why) => {
                Message::new("store-write").with("why", kumban_i18n::owner::said(why))
            }
            StoreError::DiskFull => Message::new("store-disk-full"),
            StoreError::Reopen(why) => {
                Message::new("store-reopen").with("why", kumban_i18n::owner::said(why))
            }
            StoreError::Changed { kind, by, at, .. } => Message::new("store-changed")
                .with("noun", noun(*kind))
                .with(
                    "by",
                    kumban_model::text::escape_for_display(by).into_owned(),
                )
                .with("at", crate::record::format_stamp(*at)),
            StoreError::Disconnected { path: p, reason } => Message::new("store-disconnected")
                .with("path", path(p))
                .with("reason", kumban_i18n::owner::said(reason)),
            StoreError::MaybeSaved { path: p } => {
                Message::new("store-maybe-saved").with("path", path(p))
            }
            // Said by the owner in English; the sentences it knows are
            // said again in this session's language.
            StoreError::ReadOnly(why) => {
                Message::new("store-read-only").with("why", kumban_i18n::owner::said(why))
            }
            StoreError::Forbidden(text) | StoreError::Incompatible(text) => {
                Message::new("store-as-is").with("text", kumban_i18n::owner::said(text))
            }
            StoreError::Owner { path: p, reason } => Message::new("store-owner")
                .with("path", path(p))
                .with("reason", kumban_i18n::owner::said(reason)),
            StoreError::TooLarge { what, bytes, limit } => Message::new("store-too-large")
                .with("what", what.as_str())
                .with("bytes", bytes.to_string())
                .with("limit", limit.to_string()),
            StoreError::NoRoom { needed, free } => Message::new("store-no-room")
                .with("free", (free / 1_000_000).to_string())
                .with("needed", needed.div_ceil(1_000_000).to_string()),
        }
    }
}

/// "household BS-07" as the blockers name it: the kind's noun (its
/// longest English match) said in the session's language, the rest as is.
pub fn shown_record(what: &str) -> String {
    // Blockers call a cattle pen a "pen".
    let nouns = kumban_model::RecordKind::ALL
        .iter()
        .map(|k| k.noun())
        .chain(["pen"]);
    let found = nouns
        .filter(|n| what.starts_with(&format!("{n} ")))
        .max_by_key(|n| n.len());
    match found {
        Some(n) => format!("{} {}", tr_text("noun", n), &what[n.len() + 1..]),
        None => what.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_i18n::{Lang, with_lang};
    use kumban_model::RecordKind;
    use std::path::PathBuf;

    fn every_error() -> Vec<StoreError> {
        let path = PathBuf::from("/data/kumban");
        vec![
            StoreError::InUse {
                path: path.clone(),
                holder: " by clerk".into(),
            },
            StoreError::TooNew {
                path: path.clone(),
                found: 9,
                supported: 4,
            },
            StoreError::Refused {
                kind: RecordKind::Pen,
                problems: vec![Problem::new("capacity", "must be 1 to 200")],
            },
            StoreError::Referenced {
                what: "household BS-07".into(),
                by: vec!["2 cattle pens".into(), "1 animal".into()],
            },
            StoreError::NotFound {
                kind: RecordKind::Animal,
                id: 4,
            },
            StoreError::NoSuchChange(12),
            StoreError::Corrupt {
                place: "households".into(),
                reason: "bad".into(),
            },
            StoreError::NotBlank { path: path.clone() },
            StoreError::Unrestorable {
                place: "a".into(),
                reason: "b".into(),
            },
            StoreError::Open {
                path: path.clone(),
                reason: "denied".into(),
            },
            StoreError::Write("io".into()),
            StoreError::Storage("io".into()),
            StoreError::DiskFull,
            StoreError::Reopen("io".into()),
            StoreError::Changed {
                kind: RecordKind::Household,
                id: 1,
                by: "noy".into(),
                at: 1_700_000_000_000_000,
            },
            StoreError::Disconnected {
                path: path.clone(),
                reason: "reset".into(),
            },
            StoreError::MaybeSaved { path: path.clone() },
            StoreError::ReadOnly("a viewer".into()),
            StoreError::Forbidden("no".into()),
            StoreError::Incompatible("old".into()),
            StoreError::Owner {
                path,
                reason: "gone".into(),
            },
            StoreError::TooLarge {
                what: "the table".into(),
                bytes: 9_000_000,
                limit: 8_000_000,
            },
            StoreError::NoRoom {
                needed: 3_500_000,
                free: 1_200_000,
            },
        ]
    }

    #[test]
    fn english_is_the_display_text_and_lao_differs() {
        for e in every_error() {
            assert_eq!(with_lang(Lang::En, || e.localized()), e.to_string());
            if !matches!(e, StoreError::Forbidden(_) | StoreError::Incompatible(_)) {
                assert_ne!(with_lang(Lang::Lo, || e.localized()), e.to_string(), "{e}");
            }
        }
    }

    #[test]
    fn a_delete_blocker_is_said_with_its_count() {
        let e = &every_error()[3];
        let lo = with_lang(Lang::Lo, || e.localized());
        assert!(lo.contains("ຄອກງົວ 2"), "{lo}");
        assert!(lo.contains("ຄົວເຮືອນ BS-07"), "{lo}");
        assert!(!lo.contains("cattle pens"), "{lo}");
    }

    #[test]
    fn a_count_in_a_refusal_chooses_its_plural_through_fluent() {
        let said = |calves: usize, records: usize| {
            Problem::said(
                "sex",
                Message::new("store-must-stay-female")
                    .with("calves", calves)
                    .with("records", records),
            )
        };
        assert_eq!(
            said(1, 2).message,
            "this animal has 1 calf and 2 breeding records as a cow, so it must stay female"
        );
        assert_eq!(
            said(0, 1).message,
            "this animal has 0 calves and 1 breeding record as a cow, so it must stay female"
        );
        let zh = with_lang(Lang::Zh, || said(3, 1).shown());
        assert!(zh.contains("3 头牛犊"), "{zh}");
    }
}
