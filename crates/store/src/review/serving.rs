//! Review requests between a client and the owner: the client's side
//! asks, the owner's side answers with the role it decided. The reads
//! (the reviews, the months, a month's records) are plain requests that
//! `dispatch` answers wherever the database is held; an act and the role
//! depend on who is asking, so the owner answers those itself.

use super::{Act, Role, officer_only};
use crate::error::{Result, StoreError};
use crate::request::{Reply, Request, ReviewRequest};
use crate::{Local, Store};
use kumban_model::*;

impl Store {
    fn client(&self) -> Option<&crate::remote::Client> {
        match &self.backend {
            crate::Backend::Remote(c) => Some(c),
            crate::Backend::Local(_) => None,
        }
    }

    /// An act or the role, asked of the owner (an act behind this
    /// process's write gate, as every write).
    fn remote_call(&self, request: ReviewRequest) -> Result<Reply> {
        if self.client().is_none() {
            return Err(StoreError::Write("no owner to ask".into()));
        }
        self.call(Request::Review(request))
    }

    pub(super) fn remote_review(&self, act: &Act) -> Result<Review> {
        match self.remote_call(ReviewRequest::Act(act.clone()))? {
            Reply::Reviews(mut r) if r.len() == 1 => Ok(r.remove(0)),
            other => Err(crate::request::unexpected(&other)),
        }
    }

    pub(super) fn remote_role(&self) -> Role {
        match self.remote_call(ReviewRequest::Role) {
            Ok(Reply::Role(r)) => r,
            // Never more than the owner said: an owner that cannot be
            // asked makes a viewer until it answers.
            _ => Role::Viewer,
        }
    }
}

/// The owner's answer to a review request of a client whose role it
/// decided from the socket's credentials.
pub(crate) fn serve(
    me: &Local,
    request: ReviewRequest,
    role: Role,
    read_only: Option<&str>,
) -> Result<Reply> {
    match request {
        ReviewRequest::Role => Ok(Reply::Role(role)),
        ReviewRequest::Act(act) => {
            if act.action.needs_officer() && role != Role::Officer {
                return Err(officer_only(me.user(), role));
            }
            if let Some(why) = read_only {
                return Err(StoreError::ReadOnly(why.to_string()));
            }
            Ok(Reply::Reviews(vec![me.review_act(&act, role)?]))
        }
        read => read_request(me, read).unwrap_or_else(|| {
            Err(StoreError::Write(
                "this review request cannot be run here".into(),
            ))
        }),
    }
}

/// The review requests that only read, which a client may also send while
/// it holds the write lock (a backup reads the reviews with the records).
pub(crate) fn read_request(me: &Local, request: ReviewRequest) -> Option<Result<Reply>> {
    Some(match request {
        ReviewRequest::List => me.reviews().map(Reply::Reviews),
        ReviewRequest::Months => me.review_months().map(Reply::Months),
        ReviewRequest::Records { village, period } => {
            me.records_of_month(&village, period)
                .map(|records| Reply::Records {
                    records,
                    rest: Vec::new(),
                })
        }
        ReviewRequest::Role | ReviewRequest::Act(_) => return None,
    })
}
