//! How single values are written in a cell, and read back: yes/no, group
//! lists, the words for each choice, and the formula guard.

use kumban_model::*;

/// Characters that make a spreadsheet treat a cell as a formula, plus the
/// quote itself so that text which really starts with one survives.
const GUARDED: [char; 5] = ['=', '+', '-', '@', '\''];

/// A CSV cell that a spreadsheet would run as a formula gets a leading
/// single quote, which spreadsheets show as "this is text".
pub fn guard_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(GUARDED) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The reverse of `guard_formula`: strips exactly one leading quote.
pub fn unguard_formula(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

pub fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

pub fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "1" => Some(true),
        "no" | "n" | "false" | "0" | "" => Some(false),
        _ => None,
    }
}

pub fn groups_text(groups: &[Group]) -> String {
    groups
        .iter()
        .map(|g| g.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Groups are separated by spaces in exports; commas and semicolons are
/// read too, as people type them in spreadsheets.
pub fn split_groups(s: &str) -> impl Iterator<Item = &str> {
    s.split([' ', ',', ';']).filter(|g| !g.is_empty())
}

/// One choice among a fixed set of words, read case-insensitively. A space
/// stands for a hyphen, so `not poor` (as the screens and forms write it)
/// reads as the exported `not-poor`.
pub fn choice<T: Copy>(s: &str, options: &[(&str, T)]) -> Result<T, String> {
    let t = s.trim();
    let hyphened = t.replace(' ', "-");
    options
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(t) || w.eq_ignore_ascii_case(&hyphened))
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let words: Vec<&str> = options.iter().map(|(w, _)| *w).collect();
            if t.is_empty() {
                kumban_i18n::tr!("imp-enter-one-of", words = words.join(", "))
            } else {
                kumban_i18n::tr!("imp-not-one-of", text = t, words = words.join(", "))
            }
        })
}

/// The words of each choice, as exported. `poverty` uses `not-poor` (one
/// word) where the screens say "not poor"; `choice` reads both.
pub mod words {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum PovertyWord {
        Poor,
        NearPoor,
        NotPoor,
        Exited,
    }
    pub const POVERTY: &[(&str, PovertyWord)] = &[
        ("poor", PovertyWord::Poor),
        ("near-poor", PovertyWord::NearPoor),
        ("not-poor", PovertyWord::NotPoor),
        ("exited", PovertyWord::Exited),
    ];
    pub fn poverty(p: &Poverty) -> &'static str {
        match p {
            Poverty::Poor => "poor",
            Poverty::NearPoor => "near-poor",
            Poverty::NotPoor => "not-poor",
            Poverty::Exited { .. } => "exited",
        }
    }

    pub const PEN_STATUS: &[(&str, PenStatus)] = &[
        ("planned", PenStatus::Planned),
        ("building", PenStatus::Building),
        ("built", PenStatus::Built),
        ("inspected", PenStatus::Inspected),
    ];

    pub const SEX: &[(&str, Sex)] = &[("female", Sex::Female), ("male", Sex::Male)];

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum OriginWord {
        Distributed,
        Born,
        Bought,
    }
    pub const ORIGIN: &[(&str, OriginWord)] = &[
        ("distributed", OriginWord::Distributed),
        ("born", OriginWord::Born),
        ("bought", OriginWord::Bought),
    ];

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum StatusWord {
        Active,
        Sold,
        Died,
    }
    pub const ANIMAL_STATUS: &[(&str, StatusWord)] = &[
        ("active", StatusWord::Active),
        ("sold", StatusWord::Sold),
        ("died", StatusWord::Died),
    ];

    pub const METHOD: &[(&str, Method)] = &[("natural", Method::Natural), ("ai", Method::Ai)];
    pub fn method(m: Method) -> &'static str {
        match m {
            Method::Natural => "natural",
            Method::Ai => "ai",
        }
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum OutcomeWord {
        Pending,
        Calved,
        Lost,
    }
    pub const OUTCOME: &[(&str, OutcomeWord)] = &[
        ("pending", OutcomeWord::Pending),
        ("calved", OutcomeWord::Calved),
        ("lost", OutcomeWord::Lost),
    ];

    pub const FLOW: &[(&str, Flow)] = &[("income", Flow::Income), ("expense", Flow::Expense)];

    pub const CURRENCY: &[(&str, Currency)] = &[
        ("LAK", Currency::Lak),
        ("USD", Currency::Usd),
        ("CNY", Currency::Cny),
        ("THB", Currency::Thb),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_guard_round_trips_every_start() {
        for s in [
            "=SUM(A1)", "+856 20", "-5", "@cmd", "'quoted", "''twice", "plain", "",
        ] {
            let guarded = guard_formula(s);
            assert!(!guarded.starts_with(['=', '+', '-', '@']), "{guarded}");
            assert_eq!(unguard_formula(&guarded), s);
        }
        assert_eq!(guard_formula("=1+1"), "'=1+1");
        assert_eq!(guard_formula("'a"), "''a");
    }

    #[test]
    fn choices_say_what_is_allowed() {
        assert_eq!(choice(" Male ", words::SEX), Ok(Sex::Male));
        assert_eq!(
            choice("cow", words::SEX).unwrap_err(),
            "\"cow\" is not one of female, male"
        );
        assert_eq!(
            choice("", words::SEX).unwrap_err(),
            "enter one of female, male"
        );
        // As the screens write it, and as exported.
        assert_eq!(
            choice("Not poor", words::POVERTY),
            Ok(words::PovertyWord::NotPoor)
        );
        assert_eq!(
            choice("not-poor", words::POVERTY),
            Ok(words::PovertyWord::NotPoor)
        );
        assert_eq!(parse_bool("Yes"), Some(true));
        assert_eq!(parse_bool(""), Some(false));
        assert_eq!(parse_bool("maybe"), None);
        assert_eq!(
            split_groups("cattle, corn;weaving").collect::<Vec<_>>(),
            ["cattle", "corn", "weaving"]
        );
    }
}
