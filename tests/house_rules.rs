//! The house rules that a compiler does not check (docs/architecture.md,
//! "House rules"): no source file under crates/ or src/ over 500 lines, and
//! no type or function outside test code with a one-letter name.
//!
//! The scan is deliberately simple: it strips comments, strings and
//! character literals, then looks for `fn x`, `struct X`, `enum X`,
//! `type X`, `trait X` and `union X`. Test code is skipped: files under a
//! `tests/` or `benches/` folder, items marked `#[cfg(test)]` (a module, a
//! function), and the files of a `#[cfg(test)] mod name;`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 500;
const ITEM_KEYWORDS: [&str; 6] = ["fn", "struct", "enum", "type", "trait", "union"];

#[test]
fn no_source_file_is_over_500_lines() {
    let long: Vec<String> = sources()
        .iter()
        .filter_map(|(path, text)| {
            let lines = text.lines().count();
            (lines > MAX_LINES).then(|| format!("{}: {lines} lines", shown(path)))
        })
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_LINES} lines (split them by what they do):\n{}",
        long.join("\n")
    );
}

#[test]
fn no_type_or_function_outside_tests_has_a_one_letter_name() {
    let sources = sources();
    let test_files = test_module_files(&sources);
    let mut found = Vec::new();
    for (path, text) in &sources {
        if is_test_path(path) || test_files.iter().any(|t| path.starts_with(t)) {
            continue;
        }
        for (line, item) in one_letter_items(text) {
            found.push(format!("{}:{line}: {item}", shown(path)));
        }
    }
    assert!(
        found.is_empty(),
        "one-letter names outside tests (say what the thing is):\n{}",
        found.join("\n")
    );
}

// The scanner must see what it is meant to: these fail if it goes blind.

#[test]
fn the_scan_finds_one_letter_items_and_only_those() {
    let text = "pub struct T;\nconst fn b(x: u8) {}\nfn bind() {}\nimpl<T> X<T> {}\n\
                pub(crate) type R<T> = Result<T, E>;\nenum Tree { A }\n";
    let found: Vec<String> = one_letter_items(text).into_iter().map(|(_, i)| i).collect();
    assert_eq!(found, ["struct T", "fn b", "type R"]);
}

#[test]
fn the_scan_skips_test_items_comments_and_strings() {
    let text = r##"// fn x( in a comment
const S: &str = "fn y() {";
const C: char = '{';
const Q: char = '\'';
const R: &str = r#"fn w() }"#;
#[cfg(test)]
mod tests {
    fn k() { let s = "}"; }
}
#[cfg(test)]
fn d() {}
#[cfg(test)]
#[allow(dead_code)]
fn helper(
    n: u8,
) -> u8 {
    fn q() {}
    n
}
#[cfg(test)]
mod checks;
fn after<'a>(s: &'a str) {}
#[cfg(not(test))]
fn z() {}
"##;
    assert_eq!(one_letter_items(text), [(24, "fn z".to_string())]);
}

#[test]
fn the_scan_finds_the_files_of_a_test_module() {
    let root = Path::new("crates/tui/src");
    let sources = vec![
        (
            root.join("keymap.rs"),
            "#[cfg(test)]\nmod tests;\n".to_string(),
        ),
        (
            root.join("list/mod.rs"),
            "#[cfg(test)]\nmod checks;\n".to_string(),
        ),
    ];
    let found = test_module_files(&sources);
    assert!(found.contains(&root.join("keymap/tests.rs")));
    assert!(found.contains(&root.join("keymap/tests")));
    assert!(found.contains(&root.join("list/checks.rs")));
    assert!(!found.contains(&root.join("keymap.rs")));
}

/// Every .rs file under crates/ and src/, with its text.
fn sources() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for top in ["crates", "src"] {
        collect(&root.join(top), &mut files);
    }
    files.sort();
    assert!(
        files.len() > 50,
        "the scan found too few sources under {root:?}"
    );
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a source file reads as text");
            (path, text)
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).expect("the source folders are readable");
    for entry in entries {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn shown(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn is_test_path(path: &Path) -> bool {
    path.components()
        .any(|c| c.as_os_str() == "tests" || c.as_os_str() == "benches")
}

/// The files (and folders) of the modules declared `#[cfg(test)] mod name;`.
fn test_module_files(sources: &[(PathBuf, String)]) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    for (path, text) in sources {
        let Some(parent) = path.parent() else {
            continue;
        };
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let dir = if matches!(stem, "mod" | "lib" | "main") {
            parent.to_path_buf()
        } else {
            parent.join(stem)
        };
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            let declared = pair[1]
                .strip_prefix("mod ")
                .or_else(|| pair[1].strip_prefix("pub mod "))
                .and_then(|rest| rest.strip_suffix(';'));
            if let (true, Some(name)) = (is_test_attribute(pair[0]), declared) {
                out.insert(dir.join(format!("{name}.rs")));
                out.insert(dir.join(name));
            }
        }
    }
    out
}

fn is_test_attribute(line: &str) -> bool {
    line.starts_with("#[cfg(") && line.contains("test") && !line.contains("not(")
}

/// The one-letter items outside `#[cfg(test)]` items: (line number, "fn x").
fn one_letter_items(text: &str) -> Vec<(usize, String)> {
    let code = strip(text);
    let mut found = Vec::new();
    let mut depth: i64 = 0;
    let mut after_test_attribute = false;
    // The depth a #[cfg(test)] item starts at, and whether its body opened.
    let mut test_item: Option<(i64, bool)> = None;
    for (index, line) in code.lines().enumerate() {
        let trimmed = line.trim();
        if test_item.is_none() {
            if is_test_attribute(trimmed) {
                after_test_attribute = true;
            } else if after_test_attribute && !trimmed.is_empty() && !trimmed.starts_with("#[") {
                after_test_attribute = false;
                test_item = Some((depth, false));
            }
        }
        if test_item.is_none() && !after_test_attribute {
            for item in names(trimmed) {
                found.push((index + 1, item));
            }
        }
        for ch in line.chars() {
            match ch {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if let Some((start, opened)) = test_item.as_mut() {
                *opened |= depth > *start;
            }
        }
        if let Some((start, opened)) = test_item {
            let bodiless_end = !opened && trimmed.ends_with(';');
            if bodiless_end || (opened && depth <= start) {
                test_item = None;
            }
        }
    }
    found
}

/// `keyword name` pairs on one line of code whose name is one letter.
fn names(line: &str) -> Vec<String> {
    let words: Vec<&str> = line
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .collect();
    let mut out = Vec::new();
    // Splitting on every non-word character keeps `fn x(` as "fn", "x".
    let tokens: Vec<&str> = words.into_iter().filter(|w| !w.is_empty()).collect();
    for pair in tokens.windows(2) {
        let name = pair[1];
        if ITEM_KEYWORDS.contains(&pair[0]) && name.chars().count() == 1 && follows(line, pair) {
            out.push(format!("{} {name}", pair[0]));
        }
    }
    out
}

/// Whether `keyword name` stand next to each other in `line` (with only
/// spaces between), so `Fn(T) -> T` or `&'a fn` do not count.
fn follows(line: &str, pair: &[&str]) -> bool {
    let mut rest = line;
    while let Some(at) = rest.find(pair[0]) {
        let before_ok = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let after = &rest[at + pair[0].len()..];
        let gap = after.len() - after.trim_start().len();
        let tail = after.trim_start();
        if before_ok && gap > 0 && tail.starts_with(pair[1]) {
            let next = tail[pair[1].len()..].chars().next();
            if next.is_none_or(|c| !(c.is_alphanumeric() || c == '_')) {
                return true;
            }
        }
        rest = &rest[at + pair[0].len()..];
    }
    false
}

/// The text with comments, strings and character literals blanked out
/// (newlines kept, so line numbers stay right).
fn strip(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                blank(&mut out, chars[i]);
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && raw_string_at(&chars, i) {
            let mut hashes = 0;
            i += 1;
            while chars.get(i) == Some(&'#') {
                hashes += 1;
                i += 1;
            }
            i += 1; // the opening quote
            while i < chars.len() {
                if chars[i] == '"' && (1..=hashes).all(|h| chars.get(i + h) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                blank(&mut out, chars[i]);
                i += 1;
            }
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&inner) = chars.get(i) {
                    blank(&mut out, inner);
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && char_literal_len(&chars, i).is_some() {
            i += char_literal_len(&chars, i).unwrap_or(1);
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Whether an `r` at `i` opens a raw string (`r"`, `r#"`), not an identifier's end.
fn raw_string_at(chars: &[char], i: usize) -> bool {
    // `br"…"` is a raw byte string; any other letter before makes `r` part of a name.
    let word = |at: Option<usize>| {
        at.and_then(|b| chars.get(b))
            .is_some_and(|c| c.is_alphanumeric() || *c == '_')
    };
    let before = i.checked_sub(1);
    let byte_prefix = before.and_then(|b| chars.get(b)) == Some(&'b') && !word(i.checked_sub(2));
    if word(before) && !byte_prefix {
        return false;
    }
    let mut j = i + 1;
    while chars.get(j) == Some(&'#') {
        j += 1;
    }
    chars.get(j) == Some(&'"')
}

/// The length of a character literal at `i` ('x', '\n', '\u{7f}'), or None
/// for a lifetime ('a).
fn char_literal_len(chars: &[char], i: usize) -> Option<usize> {
    match chars.get(i + 1) {
        Some('\\') => {
            let close = (i + 3..chars.len().min(i + 12)).find(|&j| chars[j] == '\'')?;
            Some(close - i + 1)
        }
        Some(_) if chars.get(i + 2) == Some(&'\'') => Some(3),
        _ => None,
    }
}
