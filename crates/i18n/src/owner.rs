//! What the owner process said over its socket (a refusal, a full house,
//! a viewer's or a `--read-only` session's reason), in the language of
//! the session that reads it. The owner serves sessions in several
//! languages at once and its answers travel as English text (the wire
//! and every kumban that speaks it stay as they are); each client takes
//! a sentence it knows apart here and says it again with its own
//! messages. A sentence it does not know (a newer owner's) is shown as
//! it came, never garbled.

use super::{Arg, Message};

/// `text` as a message of the current language when it is one of the
/// owner's sentences, else as it came.
pub fn said(text: &str) -> Arg {
    match known(text) {
        Some(m) => Arg::Message(Box::new(m)),
        None => Arg::Text(text.to_string()),
    }
}

/// `said` as text, for a caller that puts it straight on screen.
pub fn said_text(text: &str) -> String {
    match known(text) {
        Some(m) => m.text(),
        None => text.to_string(),
    }
}

fn known(text: &str) -> Option<Message> {
    full(text)
        .or_else(|| not_in_group(text))
        .or_else(|| looks_only(text))
        .or_else(|| misc(text))
        .or_else(|| locked(text))
        .or_else(|| reason(text))
}

/// The reasons a session is given when the owner or the connection to it
/// fails (`StoreError::Disconnected`, `Owner`, `Reopen`, `Write`).
fn reason(text: &str) -> Option<Message> {
    let id = match text {
        "the connection was lost during the save" => "reason-lost-during-save",
        "the connection was lost before the save reached it" => "reason-lost-before-save",
        "the connection was lost before the import was written" => "reason-lost-before-import",
        "a save is already in progress in this session; finish it first" => {
            "reason-save-in-progress"
        }
        "another session is opening it right now" => "reason-another-opening",
        "other kumban sessions are still using it" => "reason-others-using",
        "no kumban serves it; start one with `kumban serve`" => "reason-none-serves",
        "a new owner could not start" => "reason-owner-not-started",
        "the kumban that holds this database is a different version and its answer cannot be read; use the same kumban for every session" => {
            "reason-other-version"
        }
        _ => return None,
    };
    Some(Message::new(id))
}

/// The refusal of a change to an approved month (`Review::lock_words`),
/// which reaches a session through the owner as English text.
fn locked(text: &str) -> Option<Message> {
    let rest = text.strip_suffix("; ask an officer to reopen it")?;
    let (head, rest) = rest.rsplit_once(" was approved by ")?;
    let (by, date) = rest.rsplit_once(" on ")?;
    let (village, period) = head.rsplit_once(' ')?;
    Some(
        Message::new("cmd-locked")
            .with("village", village)
            .with("period", period)
            .with(
                "approval",
                Message::new("cmd-approval-words")
                    .with("by", by)
                    .with("date", date),
            ),
    )
}

/// The owner's `enter`: too many connections of one user, or of all.
fn full(text: &str) -> Option<Message> {
    if let Some(n) = text
        .strip_prefix("the kumban that holds this database already serves ")
        .and_then(|r| r.strip_suffix(" sessions; close some and try again"))
    {
        return Some(Message::new("owner-full").with("n", n));
    }
    let (user, rest) = text.split_once(" already has ")?;
    let (n, rest) =
        rest.split_once(" connections to the kumban that holds this database; close some of ")?;
    (rest == format!("{user}'s kumban sessions and try again")).then(|| {
        Message::new("owner-full-user")
            .with("user", user)
            .with("n", n)
    })
}

/// `access::admit`'s refusal of a user outside the folder's owner and group.
fn not_in_group(text: &str) -> Option<Message> {
    let (user, rest) = text.split_once(" may not use the database at ")?;
    let (path, rest) = rest.split_once(": the folder")?;
    let (which, rest) = rest.split_once(" belongs to ")?;
    let (owner, rest) = rest.split_once(" and group ")?;
    let (group, rest) = rest.split_once(", and ")?;
    let expected = format!(
        "{user} is neither; ask whoever keeps the office computer to add {user} to group {group}"
    );
    if rest != expected {
        return None;
    }
    let which = match which
        .strip_prefix(' ')
        .and_then(|r| r.strip_suffix(" it is in"))
    {
        Some(folder) => Message::new("owner-the-folder-it-is-in").with("path", folder),
        None if which.is_empty() => Message::new("owner-the-folder"),
        None => return None,
    };
    Some(
        Message::new("owner-not-in-group")
            .with("user", user)
            .with("path", path)
            .with("which", which)
            .with("owner", owner)
            .with("group", group),
    )
}

/// Why a session may only look: a viewer, an unreadable access file, or
/// `--read-only`.
fn looks_only(text: &str) -> Option<Message> {
    if text == "this session was started with --read-only" {
        return Some(Message::new("owner-read-only-flag"));
    }
    if let Some((user, path)) = text
        .split_once(" is listed as a viewer in ")
        .and_then(|(u, r)| {
            r.strip_suffix(", and may look but not change anything")
                .map(|p| (u, p))
        })
    {
        return Some(
            Message::new("owner-viewer")
                .with("user", user)
                .with("path", path),
        );
    }
    let rest = text.strip_suffix("), so every session may only look until it is corrected")?;
    let (path, why) = rest.split_once(" cannot be read (")?;
    Some(
        Message::new("owner-access-unreadable")
            .with("path", path)
            .with("why", why),
    )
}

fn misc(text: &str) -> Option<Message> {
    if let Some((dir, user)) = text
        .strip_prefix("the kumban that holds the database writes the automatic backups into ")
        .and_then(|r| r.split_once(" only, for users other than "))
    {
        return Some(
            Message::new("owner-backups-own")
                .with("dir", dir)
                .with("user", user),
        );
    }
    if let Some(why) = text
        .strip_prefix("the kumban that holds the database received ")
        .and_then(|r| {
            r.strip_suffix(" and closed the connection; use the same kumban for every session")
        })
    {
        return Some(Message::new("owner-garbage").with("why", why));
    }
    let (path, why) = text
        .strip_prefix("the database folder ")?
        .strip_suffix(')')?
        .split_once(" cannot be read by its owner process (")?;
    Some(
        Message::new("owner-folder-unreadable")
            .with("path", path)
            .with("why", why),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, with_lang};

    /// Every sentence the owner says, as it says it.
    const SAID: [&str; 20] = [
        "noy already has 64 connections to the kumban that holds this database; close some of noy's kumban sessions and try again",
        "the kumban that holds this database already serves 256 sessions; close some and try again",
        "noy may not use the database at /srv/kumban: the folder belongs to clerk and group office, and noy is neither; ask whoever keeps the office computer to add noy to group office",
        "noy may not use the database at /srv/kumban: the folder /srv it is in belongs to root and group root, and noy is neither; ask whoever keeps the office computer to add noy to group root",
        "noy is listed as a viewer in /srv/kumban/access.json, and may look but not change anything",
        "/srv/kumban/access.json cannot be read (expected value at line 1), so every session may only look until it is corrected",
        "this session was started with --read-only",
        "the kumban that holds the database writes the automatic backups into /srv/kumban/backups only, for users other than clerk",
        "the kumban that holds the database received a frame too long and closed the connection; use the same kumban for every session",
        "the database folder /srv/kumban cannot be read by its owner process (permission denied)",
        "Ban noy 2026-10 was approved by noy on 2026-11-02; ask an officer to reopen it",
        "the connection was lost during the save",
        "the connection was lost before the save reached it",
        "the connection was lost before the import was written",
        "a save is already in progress in this session; finish it first",
        "another session is opening it right now",
        "other kumban sessions are still using it",
        "no kumban serves it; start one with `kumban serve`",
        "a new owner could not start",
        "the kumban that holds this database is a different version and its answer cannot be read; use the same kumban for every session",
    ];

    #[test]
    fn each_sentence_is_known_its_english_unchanged_and_said_in_lao_and_chinese() {
        for text in SAID {
            assert!(known(text).is_some(), "not known: {text}");
            assert_eq!(with_lang(Lang::En, || said_text(text)), text);
            for lang in [Lang::Lo, Lang::Zh] {
                let other = with_lang(lang, || said_text(text));
                assert_ne!(other, text, "{lang:?}");
                // Names, paths and numbers stay as they came.
                for data in ["noy", "/srv/kumban", "64", "256", "--read-only"] {
                    if text.contains(data) {
                        assert!(other.contains(data), "{data} lost: {other}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_sentence_it_does_not_know_stays_as_it_came() {
        let odd = "noy may not use the database at /srv: for reasons of its own";
        assert_eq!(with_lang(Lang::Lo, || said_text(odd)), odd);
        assert_eq!(said(odd), Arg::Text(odd.into()));
    }
}
