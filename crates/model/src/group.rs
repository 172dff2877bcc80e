//! Production groups: cattle, corn, weaving, and any the village adds.

use kumban_i18n::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Group(String);

pub const CATTLE: &str = "cattle";
pub const CORN: &str = "corn";
pub const WEAVING: &str = "weaving";
pub const STANDARD: [&str; 3] = [CATTLE, CORN, WEAVING];

impl Group {
    /// Group names are short lowercase words so that they read the same in
    /// reports, exports and JSON keys: `weaving`, `rice-seed`.
    pub fn parse(s: &str) -> Result<Group, String> {
        Group::parse_said(s).map_err(|m| m.english())
    }

    /// `parse`, its refusal unsaid, for the session's language.
    pub fn parse_said(s: &str) -> Result<Group, Message> {
        let s = s.trim().to_lowercase();
        if s.is_empty() {
            return Err(Message::new("err-group-empty"));
        }
        if s.chars().count() > 24 {
            return Err(Message::new("err-group-too-long").with("text", s));
        }
        if !s
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            || s.starts_with('-')
        {
            return Err(Message::new("err-group-characters").with("text", s));
        }
        Ok(Group(s))
    }

    pub fn cattle() -> Group {
        Group(CATTLE.into())
    }
    pub fn corn() -> Group {
        Group(CORN.into())
    }
    pub fn weaving() -> Group {
        Group(WEAVING.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_valid(&self) -> bool {
        Group::parse(&self.0).is_ok_and(|g| g == *self)
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(Group::parse(" Weaving ").unwrap(), Group::weaving());
        assert_eq!(Group::parse("rice-seed").unwrap().as_str(), "rice-seed");
        assert!(
            Group::parse("")
                .unwrap_err()
                .contains("enter a production group")
        );
        assert!(
            Group::parse("ທໍຜ້າ")
                .unwrap_err()
                .contains("not a group name")
        );
        assert!(
            Group::parse("a".repeat(25).as_str())
                .unwrap_err()
                .contains("longer than 24")
        );
    }
}
