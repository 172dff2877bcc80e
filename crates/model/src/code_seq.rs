//! Codes that count: a prefix and a number that keeps its zero padding
//! (`BS-009` is followed by `BS-010`). A project day gives out a run of
//! ear tags at once, and a new record's form suggests the next free code
//! (`Store::next_ear_tag`); both follow this one reading of a code.

use kumban_i18n::Message;

/// The most animals one distribution writes: a project day gives out
/// tens of head, and a typo in the count (5000 for 50) must not fill the
/// herd with thousands of animals.
pub const MAX_BATCH: u32 = 500;

/// A code read as a prefix and a counted number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted<'a> {
    /// Everything before the trailing digits (`BS-`).
    pub prefix: &'a str,
    pub number: u64,
    /// How many digits the number is written with (3 for `009`).
    pub width: usize,
}

impl<'a> Counted<'a> {
    /// The code split at its trailing digits; `None` when it does not end
    /// in a digit or the number is too long to count.
    pub fn read(code: &'a str) -> Option<Counted<'a>> {
        let digits = code
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        // 18 digits always fit a u64, whatever they are.
        if digits == 0 || digits > 18 {
            return None;
        }
        let at = code.len() - digits;
        let number = code[at..].parse().ok()?;
        Some(Counted {
            prefix: &code[..at],
            number,
            width: digits,
        })
    }

    /// The code `steps` numbers on, padded as this one is (a number that
    /// outgrows the padding gets one more digit: `BS-99` → `BS-100`).
    pub fn after(&self, steps: u64) -> String {
        let n = self.number.saturating_add(steps);
        format!("{}{:0width$}", self.prefix, n, width = self.width)
    }
}

/// `count` codes counting up from `first`. Refused, with what to change,
/// when the count is 0 or over `MAX_BATCH`, or `first` ends in no number.
pub fn run_from(first: &str, count: u64) -> Result<Vec<String>, Message> {
    if count == 0 || count > u64::from(MAX_BATCH) {
        return Err(Message::new("err-batch-count").with("max", i64::from(MAX_BATCH)));
    }
    let start = Counted::read(first)
        .ok_or_else(|| Message::new("err-batch-first-tag").with("tag", first))?;
    Ok((0..count).map(|i| start.after(i)).collect())
}

/// The first code of `codes` that appears twice, if any.
pub fn first_repeated(codes: &[String]) -> Option<&str> {
    let mut seen = std::collections::HashSet::new();
    codes
        .iter()
        .find(|c| !seen.insert(c.as_str()))
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_keeps_the_zero_padding() {
        let c = Counted::read("BS-009").unwrap();
        assert_eq!((c.prefix, c.number, c.width), ("BS-", 9, 3));
        assert_eq!(c.after(1), "BS-010");
        assert_eq!(Counted::read("BS-99").unwrap().after(1), "BS-100");
        assert_eq!(Counted::read("BS-C-"), None);
        assert_eq!(Counted::read("1234567890123456789"), None);
    }

    #[test]
    fn a_run_counts_up_from_the_first_tag() {
        let run = run_from("BS-101", 10).unwrap();
        assert_eq!(run.len(), 10);
        assert_eq!(run[0], "BS-101");
        assert_eq!(run[9], "BS-110");
        assert_eq!(
            run_from("XL-C-08", 3).unwrap(),
            ["XL-C-08", "XL-C-09", "XL-C-10"]
        );
    }

    #[test]
    fn a_run_refuses_a_bad_count_or_an_uncounted_tag() {
        assert_eq!(run_from("BS-1", 0).unwrap_err().id, "err-batch-count");
        assert_eq!(run_from("BS-1", 501).unwrap_err().id, "err-batch-count");
        assert_eq!(run_from("BS-1", 500).unwrap().len(), 500);
        assert_eq!(run_from("BS-A", 2).unwrap_err().id, "err-batch-first-tag");
    }

    #[test]
    fn a_repeated_code_is_named() {
        let codes: Vec<String> = ["A-1", "A-2", "A-1"].map(String::from).to_vec();
        assert_eq!(first_repeated(&codes), Some("A-1"));
        assert_eq!(first_repeated(&codes[..2]), None);
    }
}
