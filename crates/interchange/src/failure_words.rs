//! An export's or a DHIS2 export's error in the session's language
//! (`Localize`); `Display` stays English for logs and the tests that pin
//! it. Reasons from the system (an io error's words, serde's) stay as
//! they came: only the sentence around them is translated.

use crate::dhis2::{Dhis2Error, MappingError};
use crate::export::ExportFailure;
use crate::to_cells::ExportError;
use kumban_i18n::{Arg, Localize, Message};
use kumban_model::text::escape_for_display;
use std::path::Path;

fn shown(p: &Path) -> String {
    escape_for_display(&p.display().to_string()).into_owned()
}

impl Localize for ExportError {
    fn message(&self) -> Message {
        match self {
            ExportError::Dangling { what, target, id } => Message::new("exp-dangling")
                .with("what", what.as_str())
                .with("target", kumban_i18n::tr_text("noun", target))
                .with("id", id.to_string()),
            ExportError::Store(e) => e.message(),
        }
    }
}

/// The path of a write that failed, or the words for standard output.
fn written_to(path: &Path) -> Arg {
    if path == Path::new(crate::export::STANDARD_OUTPUT) {
        Message::new("exp-standard-output").into()
    } else {
        path.display().to_string().into()
    }
}

impl Localize for ExportFailure {
    fn message(&self) -> Message {
        match self {
            ExportFailure::Export(e) => e.message(),
            ExportFailure::Io { path, error } => Message::new("exp-cannot-write")
                .with("path", written_to(path))
                .with("error", error.to_string()),
        }
    }
}

impl Localize for MappingError {
    fn message(&self) -> Message {
        match self {
            MappingError::Missing(path) => {
                Message::new("dhis2-no-mapping").with("path", shown(path))
            }
            MappingError::Unreadable { path, error } => Message::new("dhis2-mapping-unreadable")
                .with("path", shown(path))
                .with("error", error.to_string()),
            MappingError::Invalid { path, why } => Message::new("dhis2-mapping-invalid")
                .with("path", shown(path))
                .with("why", why.as_str()),
        }
    }
}

impl Localize for Dhis2Error {
    fn message(&self) -> Message {
        match self {
            Dhis2Error::Mapping(e) => e.message(),
            Dhis2Error::Codes { path, problems } => Message::new("dhis2-codes")
                .with("n", problems.len())
                .with("path", path.display().to_string()),
            Dhis2Error::Store(e) => e.message(),
            Dhis2Error::Io { path, error } => Message::new("exp-cannot-write")
                .with("path", written_to(path))
                .with("error", error.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_i18n::{Lang, with_lang};
    use std::path::PathBuf;

    #[test]
    fn english_is_the_display_text_and_lao_and_chinese_differ() {
        let file = PathBuf::from("/data/out");
        let io = || std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let all: Vec<Box<dyn Fn() -> Box<dyn LocalizeDisplay>>> = vec![
            Box::new(|| {
                Box::new(ExportFailure::Io {
                    path: file.clone(),
                    error: io(),
                })
            }),
            Box::new(|| {
                Box::new(ExportFailure::Export(ExportError::Dangling {
                    what: "animal T-1".into(),
                    target: "household",
                    id: 7,
                }))
            }),
            Box::new(|| Box::new(Dhis2Error::Mapping(MappingError::Missing(file.clone())))),
            Box::new(|| {
                Box::new(Dhis2Error::Mapping(MappingError::Unreadable {
                    path: file.clone(),
                    error: io(),
                }))
            }),
            Box::new(|| {
                Box::new(Dhis2Error::Mapping(MappingError::Invalid {
                    path: file.clone(),
                    why: "expected value".into(),
                }))
            }),
            Box::new(|| {
                Box::new(Dhis2Error::Codes {
                    path: file.clone(),
                    problems: vec!["a".into(), "b".into()],
                })
            }),
            Box::new(|| {
                Box::new(Dhis2Error::Io {
                    path: PathBuf::from(crate::export::STANDARD_OUTPUT),
                    error: io(),
                })
            }),
        ];
        for make in all {
            let e = make();
            let english = e.display();
            assert_eq!(with_lang(Lang::En, || e.said()), english);
            for lang in [Lang::Lo, Lang::Zh] {
                let said = with_lang(lang, || e.said());
                assert_ne!(said, english, "{lang:?}");
                // The system's reason stays as the system gave it.
                if english.contains("permission denied") {
                    assert!(said.contains("permission denied"), "{said}");
                }
                if english.contains("/data/out") {
                    assert!(said.contains("/data/out"), "{said}");
                }
            }
        }
    }

    /// Both ways of saying an error, for a list of different ones.
    trait LocalizeDisplay {
        fn said(&self) -> String;
        fn display(&self) -> String;
    }

    impl<T: Localize + std::fmt::Display> LocalizeDisplay for T {
        fn said(&self) -> String {
            self.localized()
        }
        fn display(&self) -> String {
            self.to_string()
        }
    }
}
