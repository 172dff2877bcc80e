//! A sentence a person reads is never written in the interface's code:
//! the places where the TUI and the forms hand text to a person (the
//! status line, a question, a form that cannot open) take it from the
//! translation files. This reads the sources of those crates and fails on
//! an English literal handed straight to one of them.

use std::path::Path;

/// Calls that put their argument in front of a person as it is.
const SINKS: [&str; 6] = [
    ".say(\"",
    ".fail(\"",
    ".say(format!(",
    ".fail(format!(",
    "question: format!(\"",
    "NotApplicable(\"",
];

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_english_sentence_is_handed_to_a_person_from_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["crates/tui/src", "crates/forms/src", "src"] {
        sources(&root.join(dir), &mut files);
    }
    assert!(files.len() > 50, "the sources were found");
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("a source file reads");
        // Tests may say what they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        // A call split over lines: join each statement's first line with
        // the next, so `NotApplicable(\n "..."` is seen too.
        let lines: Vec<&str> = code.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let next = lines.get(i + 1).map(|l| l.trim()).unwrap_or("");
            let joined = format!("{}{}", line.trim(), next);
            if line.trim_start().starts_with("//") {
                continue;
            }
            let split_call = line.trim_end().ends_with('(');
            if SINKS
                .iter()
                .any(|s| line.contains(s) || (split_call && joined.contains(s)))
            {
                found.push(format!("{}:{}: {}", f.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English handed to a person; put it in the .ftl files and use tr!:\n{}",
        found.join("\n")
    );
}
