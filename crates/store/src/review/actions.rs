//! Reading a month's review and acting on it (approve, return, reopen,
//! mark fixed), in this process or through the owner.

use super::{Act, Role, decode, encode, key, officer_only};
use crate::error::{Result, StoreError};
use crate::record::now_micros;
use crate::schema::Tree;
use crate::{Local, Store};
use kumban_model::*;

impl Local {
    /// Every month with a review stored, by village then month.
    pub fn reviews(&self) -> Result<Vec<Review>> {
        let mut out = Vec::new();
        for item in self.tree(Tree::Review)?.iter() {
            let (k, v) = item?;
            out.push(decode(&k, &v)?);
        }
        Ok(out)
    }

    pub fn review_of(&self, village: &str, period: Period) -> Result<Review> {
        match self.tree(Tree::Review)?.get(key(village, period))? {
            Some(v) => decode(&key(village, period), &v),
            None => Ok(Review::open(village, period)),
        }
    }

    /// Does `act` as this handle's user, whose `role` the caller decided.
    /// Taken under the write lock, so no save checks its lock against a
    /// state that changes before it commits.
    pub fn review_act(&self, act: &Act, role: Role) -> Result<Review> {
        if act.action.needs_officer() && role != Role::Officer {
            return Err(officer_only(self.user(), role));
        }
        if role == Role::Viewer {
            return Err(StoreError::ReadOnly(format!(
                "{} is a viewer and may look but not change anything",
                kumban_model::text::escape_for_display(self.user())
            )));
        }
        let _guard = self.lock();
        self.or_discard(|| {
            let village = act.village.trim();
            if !self.village_exists(village)? {
                return Err(StoreError::Forbidden(format!(
                    "no household is in village {}; check the name (it is matched exactly, as on the Households screen)",
                    kumban_model::text::escape_for_display(village)
                )));
            }
            let mut review = self.review_of(village, act.period)?;
            review
                .apply(act.action, self.user(), now_micros(), &act.comment)
                .map_err(StoreError::Forbidden)?;
            self.save_review(&review)?;
            Ok(review)
        })
    }

    /// Writes a month's review with a new transaction number, so that
    /// every session's change feed sees it (no history entry has that
    /// number: the review keeps its own log), then flushes.
    fn save_review(&self, review: &Review) -> Result<()> {
        use sled::Transactional;
        use sled::transaction::{ConflictableTransactionError, TransactionError};
        let bytes = encode(review)?;
        let k = key(&review.village, review.period);
        let (meta, tree) = (self.tree(Tree::Meta)?, self.tree(Tree::Review)?);
        let result = (&meta, &tree).transaction(|(meta, tree)| {
            let key = crate::schema::meta::NEXT_TXN;
            let txn = crate::write::read_counter(meta.get(key)?.as_deref());
            meta.insert(key, &(txn + 1).to_be_bytes())?;
            tree.insert(k.as_slice(), bytes.as_slice())?;
            Ok::<_, ConflictableTransactionError<String>>(txn)
        });
        let txn = match result {
            Ok(txn) => txn,
            Err(TransactionError::Abort(reason)) => return Err(StoreError::Write(reason)),
            Err(TransactionError::Storage(e)) => return Err(e.into()),
        };
        self.sled()?.flush()?;
        self.inner
            .committed
            .fetch_max(txn, std::sync::atomic::Ordering::SeqCst);
        Ok(())
    }

    fn village_exists(&self, village: &str) -> Result<bool> {
        for item in self.tree(Tree::Households)?.iter() {
            let (k, v) = item?;
            let id = crate::keys::decode_id(&k).unwrap_or(0);
            let s = crate::envelope::decode_record(RecordKind::Household, id, &v);
            if let Ok((_, AnyRecord::Household(h))) = s
                && h.village == village
            {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

impl Store {
    /// Every month with a review stored.
    pub fn reviews(&self) -> Result<Vec<Review>> {
        use crate::request::{Reply, Request, ReviewRequest, unexpected};
        match self.call(Request::Review(ReviewRequest::List))? {
            Reply::Reviews(r) => Ok(r),
            other => Err(unexpected(&other)),
        }
    }

    /// Approves, returns, reopens or marks fixed a village's month. The
    /// role is decided where the database is held: by the owner from the
    /// socket's credentials, or here from the user running this process.
    pub fn review(&self, act: &Act) -> Result<Review> {
        match self.local() {
            Some(l) => {
                let role = crate::access::role_here(l.path());
                l.review_act(act, role)
            }
            None => self.remote_review(act),
        }
    }

    /// What this session may do in the review.
    pub fn role(&self) -> Role {
        match self.local() {
            Some(l) => crate::access::role_here(l.path()),
            None => self.remote_role(),
        }
    }
}
