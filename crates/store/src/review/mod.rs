//! The officer's review of each village's month, kept in the `review`
//! tree (key: village, a zero byte, `YYYY-MM`; value: the `Review` with
//! its whole log), and the lock an approval puts on the records dated in
//! the month. The lock is checked with the store's other rules, so every
//! way of writing (forms, import, undo, the owner's clients) meets it.

mod actions;
mod locks;
mod months;
mod serving;

pub(crate) use locks::Locks;
pub use months::MonthRow;
pub(crate) use serving::{read_request, serve};

use crate::codec::{self, tag};
use crate::error::{Result, StoreError};
use kumban_model::*;

/// What a user may do in the review, decided from who they are (the
/// socket's peer credentials, or the user running an in-process session)
/// and `access.json`: never from anything a client says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Role {
    Clerk,
    Officer,
    Viewer,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Clerk => "clerk",
            Role::Officer => "officer",
            Role::Viewer => "viewer",
        }
    }
}

/// A review request: what to do to which month.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Act {
    pub village: String,
    pub period: Period,
    pub action: ReviewAction,
    pub comment: String,
}

pub fn key(village: &str, period: Period) -> Vec<u8> {
    let mut k = village.as_bytes().to_vec();
    k.push(0);
    k.extend_from_slice(period.to_string().as_bytes());
    k
}

pub(crate) fn encode(r: &Review) -> Result<Vec<u8>> {
    codec::encode(tag::REVIEW, r).map_err(StoreError::Write)
}

fn decode(key: &[u8], bytes: &[u8]) -> Result<Review> {
    codec::decode(tag::REVIEW, bytes).map_err(|reason| StoreError::Corrupt {
        place: format!("review {}", String::from_utf8_lossy(key).replace('\0', " ")),
        reason,
    })
}

/// The refusal of an officer's action to someone who is not one.
pub fn officer_only(user: &str, role: Role) -> StoreError {
    StoreError::Forbidden(format!(
        "only an officer may approve, return or reopen a month ({} is a {}); ask an officer, or list {} as an officer in access.json (docs/office-setup.md)",
        kumban_model::text::escape_for_display(user),
        role.label(),
        kumban_model::text::escape_for_display(user),
    ))
}

/// A village's month.
type Place = (String, Period);
