//! A backup's or a restore's error in the session's language
//! (`Localize`); `Display` stays English for logs and the tests that pin
//! it. Reasons from the system (an io error's words) stay as they came.

use super::BackupError;
use kumban_i18n::{Localize, Message};

/// As `Display` shows it; the command line escapes the whole line.
fn path(p: &std::path::Path) -> String {
    p.display().to_string()
}

impl Localize for BackupError {
    fn message(&self) -> Message {
        match self {
            BackupError::Read { path: p, reason } => Message::new("backup-read")
                .with("path", path(p))
                .with("reason", reason.as_str()),
            BackupError::Write(why) => Message::new("backup-write").with("why", why.as_str()),
            BackupError::NotABackup { path: p } => {
                Message::new("backup-not-a-backup").with("path", path(p))
            }
            BackupError::TooNew {
                path: p,
                what,
                found,
                supported,
            } => Message::new("backup-too-new")
                .with("path", path(p))
                .with("what", kumban_i18n::tr_text("backup-what", what))
                .with("found", found.to_string())
                .with("supported", supported.to_string()),
            BackupError::Incomplete { path: p } => {
                Message::new("backup-incomplete").with("path", path(p))
            }
            BackupError::Damaged { path: p, reason } => Message::new("backup-damaged")
                .with("path", path(p))
                .with("reason", reason.as_str()),
            BackupError::NotEmpty { path: p } => {
                Message::new("backup-not-empty").with("path", path(p))
            }
            BackupError::Folder(text) => Message::new("store-as-is").with("text", text.as_str()),
            BackupError::Store(e) => e.message(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_i18n::{Lang, with_lang};
    use std::path::PathBuf;

    #[test]
    fn english_is_the_display_text_and_lao_differs() {
        let file = PathBuf::from("/data/2026-11-28.kumban");
        let all = [
            BackupError::Read {
                path: file.clone(),
                reason: "denied".into(),
            },
            BackupError::Write("disk full".into()),
            BackupError::NotABackup { path: file.clone() },
            BackupError::TooNew {
                path: file.clone(),
                what: "format",
                found: 9,
                supported: 2,
            },
            BackupError::Incomplete { path: file.clone() },
            BackupError::Damaged {
                path: file.clone(),
                reason: "checksum".into(),
            },
            BackupError::NotEmpty { path: file },
        ];
        for e in all {
            assert_eq!(with_lang(Lang::En, || e.localized()), e.to_string());
            let lo = with_lang(Lang::Lo, || e.localized());
            assert_ne!(lo, e.to_string());
            // The path stays as it was typed.
            if e.to_string().contains("/data/") {
                assert!(lo.contains("/data/2026-11-28.kumban"), "{lo}");
            }
            let zh = with_lang(Lang::Zh, || e.localized());
            assert_ne!(zh, e.to_string());
        }
    }
}
