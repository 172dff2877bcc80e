//! What is wrong with an import, as `file:line: field: message` lines:
//! every problem is counted, the first `limit` are kept to show.

use std::fmt;

/// Where a row came from: a file (by its index in `Problems::files`) and
/// the line it starts on (for JSON, the line where its object ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Loc {
    pub file: usize,
    pub line: u64,
}

pub const DEFAULT_LIMIT: usize = 50;

#[derive(Debug, Clone)]
pub struct Problems {
    files: Vec<String>,
    shown: Vec<String>,
    total: usize,
    limit: usize,
}

impl Problems {
    pub fn new(limit: usize) -> Problems {
        Problems {
            files: Vec::new(),
            shown: Vec::new(),
            total: 0,
            limit,
        }
    }

    /// Registers a file name; problems refer to it by the returned index.
    pub fn add_file(&mut self, name: String) -> usize {
        self.files.push(name);
        self.files.len() - 1
    }

    pub fn file_name(&self, file: usize) -> &str {
        self.files.get(file).map(String::as_str).unwrap_or("?")
    }

    fn push(&mut self, line: impl FnOnce(&Problems) -> String) {
        self.total += 1;
        if self.shown.len() < self.limit {
            let l = line(self);
            self.shown.push(l);
        }
    }

    /// A problem with one field of one row.
    pub fn field(&mut self, loc: Loc, field: &str, message: impl fmt::Display) {
        self.push(|p| format!("{}:{}: {field}: {message}", p.file_name(loc.file), loc.line));
    }

    /// A problem with a whole row (or a line of a file).
    pub fn row(&mut self, loc: Loc, message: impl fmt::Display) {
        self.push(|p| format!("{}:{}: {message}", p.file_name(loc.file), loc.line));
    }

    /// A problem with a whole file.
    pub fn file(&mut self, file: usize, message: impl fmt::Display) {
        self.push(|p| format!("{}: {message}", p.file_name(file)));
    }

    /// A problem not tied to any file (the path given, say).
    pub fn general(&mut self, message: impl fmt::Display) {
        self.push(|_| message.to_string());
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    pub fn total(&self) -> usize {
        self.total
    }

    /// The problems kept to show, in the order found.
    pub fn shown(&self) -> &[String] {
        &self.shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_all_and_keeps_the_first() {
        let mut p = Problems::new(2);
        let f = p.add_file("households.csv".into());
        p.field(
            Loc { file: f, line: 3 },
            "members",
            "must be between 1 and 30",
        );
        p.row(Loc { file: f, line: 4 }, "5 cells where the header has 13");
        p.file(f, "the file is empty");
        assert_eq!(p.total(), 3);
        assert_eq!(
            p.shown(),
            [
                "households.csv:3: members: must be between 1 and 30",
                "households.csv:4: 5 cells where the header has 13"
            ]
        );
    }
}
