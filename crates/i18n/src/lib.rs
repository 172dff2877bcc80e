//! What a person reads, in English, Lao or Chinese, through Fluent.
//!
//! The messages live in `locales/{en,lo,zh}/kumban.ftl`, compiled into the
//! binary so a missing file can never reach a user's desk (tests parse
//! every file and check every id is in all three). A lookup never fails:
//! a message missing from the current language falls back to English, and
//! one missing from English too comes back as its id, so a slip shows as
//! a readable id rather than a panic.
//!
//! The current language is a process-wide default, set once at start from
//! `--lang` or the environment, which a thread may override for a while
//! (`with_lang`): tests render one screen in three languages in one
//! process, and each process (a clerk's in Lao, an adviser's in Chinese)
//! has its own.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::cell::Cell;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

pub mod collate;
mod message;
pub mod owner;
#[cfg(test)]
mod tests;

pub use fluent_bundle::FluentValue as Value;
pub use message::{Arg, Localize, Message};

/// The languages kumban speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Lo,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Lo, Lang::Zh];

    /// The code `--lang` and `KUMBAN_LANG` take.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Lo => "lo",
            Lang::Zh => "zh",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language a POSIX locale name asks for (`lo_LA.UTF-8`,
    /// `zh_CN.UTF-8`, `zh_TW`, `lo`); `None` for one kumban lacks, which
    /// the caller treats as English without a word, as programs do.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        // language[_territory][.codeset][@modifier]
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::from_code(&language)
    }

    /// The language's messages: the main file and, kept apart so that
    /// work on imports and exports merges cleanly, those of the files
    /// kumban reads and writes.
    fn source(self) -> &'static str {
        match self {
            Lang::En => concat!(
                include_str!("../locales/en/kumban.ftl"),
                "\n",
                include_str!("../locales/en/interchange.ftl")
            ),
            Lang::Lo => concat!(
                include_str!("../locales/lo/kumban.ftl"),
                "\n",
                include_str!("../locales/lo/interchange.ftl")
            ),
            Lang::Zh => concat!(
                include_str!("../locales/zh/kumban.ftl"),
                "\n",
                include_str!("../locales/zh/interchange.ftl")
            ),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The language the POSIX locale variables ask for, read in the order
/// POSIX gives them (`LC_ALL`, `LC_MESSAGES`, `LANG`); an empty variable
/// is skipped, as if unset. `get` reads one variable, so callers and tests
/// choose where from.
pub fn lang_from_locale_env(get: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| get(name).filter(|v| !v.is_empty()))
        .map(|v| Lang::from_locale(&v).unwrap_or(Lang::En))
        .next()
        .unwrap_or(Lang::En)
}

static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the process's language; called once at start.
pub fn set_default(lang: Lang) {
    DEFAULT.store(lang as u8, Ordering::Relaxed);
}

/// The language of this thread: its override, else the process's.
pub fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| match DEFAULT.load(Ordering::Relaxed) {
            1 => Lang::Lo,
            2 => Lang::Zh,
            _ => Lang::En,
        })
}

/// Runs `f` with this thread in `lang`, restoring the language before
/// even if `f` panics (a failed test must not leave Lao behind).
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|o| o.replace(Some(lang))));
    f()
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let langid = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Fluent wraps placeables in U+2068/U+2069 for bidi text; terminals
    // print them as stray cells, and none of our languages is right-to-left.
    bundle.set_use_isolating(false);
    // A file with errors still yields the messages that parsed; a test
    // fails the build on any error, so this is for defence only.
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
    // Duplicate ids keep the first; a test forbids them.
    let _ = bundle.add_resource(resource);
    bundle
}

static BUNDLES: LazyLock<[Bundle; 3]> =
    LazyLock::new(|| [bundle(Lang::En), bundle(Lang::Lo), bundle(Lang::Zh)]);

fn format_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = &BUNDLES[lang.index()];
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

fn lookup(id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let lang = current();
    format_in(lang, id, args).or_else(|| match lang {
        Lang::En => None,
        _ => format_in(Lang::En, id, args),
    })
}

/// The message `id` in the current language.
pub fn tr(id: &str) -> String {
    lookup(id, None).unwrap_or_else(|| id.to_string())
}

/// The message `id` with its placeables filled: numbers as numbers (so
/// plurals choose by them), anything else as text.
pub fn tr_args(id: &str, args: &[(&str, Value<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    lookup(id, Some(&fluent_args)).unwrap_or_else(|| id.to_string())
}

/// `tr!("id")` or `tr!("id", count = n, name = s)`.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tr_args($id, &[$((stringify!($name), $crate::Value::from($value))),+])
    };
}

/// The message for a string whose English sits in a table in the code
/// (the keymap, the screen names): its id is `prefix-` and the English
/// made an identifier (`slug`), and when no language has it the English
/// itself is shown. Tables stay readable and rows added to them work
/// (in English) before anyone translates them.
pub fn tr_text(prefix: &str, english: &str) -> String {
    lookup(&text_id(prefix, english), None).unwrap_or_else(|| english.to_string())
}

/// The id `tr_text` looks up: lower-case ASCII letters and digits of the
/// English, runs of anything else made one `-` ("go to a screen" ->
/// `prefix-go-to-a-screen`, "?" -> `prefix-x3f`).
pub fn text_id(prefix: &str, english: &str) -> String {
    let mut id = String::from(prefix);
    let mut gap = true;
    let mut any = false;
    for c in english.chars() {
        if c.is_ascii_alphanumeric() {
            if gap {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
            gap = false;
            any = true;
        } else {
            gap = true;
        }
    }
    if !any {
        // Text with no letters still needs a distinct id.
        for c in english.chars() {
            id.push_str(&format!("-x{:x}", c as u32));
        }
    }
    id
}

/// Every message id in `lang`'s file, for tests of coverage.
pub fn ids(lang: Lang) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let resource = match fluent_syntax::parser::parse(lang.source()) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The parse errors of `lang`'s file, as text; empty when it is sound.
pub fn parse_errors(lang: Lang) -> Vec<String> {
    match fluent_syntax::parser::parse(lang.source()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

/// Whether `lang` itself (not English in its place) has `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    BUNDLES[lang.index()].has_message(id)
}
