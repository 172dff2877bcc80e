//! The first frame each way: who is talking, and whether they can.

use super::{MAGIC, PROTOCOL};
use crate::schema::SCHEMA_VERSION;
use serde::{Deserialize, Serialize};

/// The fields every kumban, of any version, sends first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HelloHead {
    pub magic: String,
    pub protocol: u32,
    pub schema: u32,
    pub kumban: String,
}

impl HelloHead {
    pub fn ours() -> HelloHead {
        HelloHead {
            magic: MAGIC.into(),
            protocol: PROTOCOL,
            schema: SCHEMA_VERSION,
            kumban: env!("CARGO_PKG_VERSION").into(),
        }
    }

    /// Why a peer that sent `self` cannot talk to this kumban, if it cannot.
    pub fn mismatch(&self, peer_is_owner: bool) -> Option<String> {
        let ours = HelloHead::ours();
        if self.protocol == ours.protocol
            && self.schema == ours.schema
            && self.kumban == ours.kumban
        {
            return None;
        }
        let show = |h: &HelloHead| {
            format!(
                "kumban {} speaks schema {} (protocol {})",
                kumban_model::text::escape_for_display(&h.kumban),
                h.schema,
                h.protocol
            )
        };
        let (client, owner) = if peer_is_owner {
            (&ours, self)
        } else {
            (self, &ours)
        };
        Some(format!(
            "this {}; the kumban that holds this database ({}) is a different one; use the same kumban for every session, or stop the other one first",
            show(client),
            show(owner).replacen("kumban ", "", 1)
        ))
    }
}

/// A client's first frame: the head, then what it wants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hello {
    pub head: HelloHead,
    pub read_only: bool,
    pub purpose: Purpose,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    /// Requests and replies.
    Requests,
    /// Only change notices, pushed by the owner.
    Changes,
}

/// The owner's first frame. `Refused` stays variant 0 with one string
/// forever, so any kumban can read why it was turned away.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Welcome {
    Refused(String),
    Ok(Session),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub head: HelloHead,
    /// The user the owner writes as the author of this client's changes.
    pub user: String,
    pub owner_pid: u32,
    /// Why this session may only read, when it may only read.
    pub read_only: Option<String>,
    /// The newest committed transaction.
    pub txn: u64,
}

/// Pushed on a `Purpose::Changes` connection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub txn: u64,
}
