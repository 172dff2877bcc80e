//! The officer's review of each village's month, kept in the `review`
//! tree (key: village, a zero byte, `YYYY-MM`; value: the `Review` with
//! its whole log), and the lock an approval puts on the records dated in
//! the month. The lock is checked with the store's other rules, so every
//! way of writing (forms, import, undo, the owner's clients) meets it.

use super::codec::{self, tag};
use super::error::{Result, StoreError};
use super::record::Stored;
use super::record::now_micros;
use super::remote::wire::{Reply, Request, ReviewRequest};
use super::rules::View;
use super::schema::T;
use super::write::Step;
use super::{Local, Store};
use crate::model::review::{Fact, facts};
use crate::model::*;
use std::collections::{BTreeMap, HashMap};

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
        crate::model::text::escape_for_display(user),
        role.label(),
        crate::model::text::escape_for_display(user),
    ))
}

impl Local {
    /// Every month with a review stored, by village then month.
    pub fn reviews(&self) -> Result<Vec<Review>> {
        let mut out = Vec::new();
        for item in self.tree(T::Review)?.iter() {
            let (k, v) = item?;
            out.push(decode(&k, &v)?);
        }
        Ok(out)
    }

    pub fn review_of(&self, village: &str, period: Period) -> Result<Review> {
        match self.tree(T::Review)?.get(key(village, period))? {
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
                crate::model::text::escape_for_display(self.user())
            )));
        }
        let _guard = self.lock();
        self.or_discard(|| {
            let village = act.village.trim();
            if !self.village_exists(village)? {
                return Err(StoreError::Forbidden(format!(
                    "no household is in village {}; check the name (it is matched exactly, as on the Households screen)",
                    crate::model::text::escape_for_display(village)
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
        let (meta, tree) = (self.tree(T::Meta)?, self.tree(T::Review)?);
        let result = (&meta, &tree).transaction(|(meta, tree)| {
            let key = super::schema::meta::NEXT_TXN;
            let txn = super::write::read_counter(meta.get(key)?.as_deref());
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
        for item in self.tree(T::Households)?.iter() {
            let (k, v) = item?;
            let id = super::keys::decode_id(&k).unwrap_or(0);
            let s = super::envelope::decode_record(RecordKind::Household, id, &v);
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
        match self.local() {
            Some(l) => l.reviews(),
            None => self.remote_reviews(),
        }
    }

    /// Approves, returns, reopens or marks fixed a village's month. The
    /// role is decided where the database is held: by the owner from the
    /// socket's credentials, or here from the user running this process.
    pub fn review(&self, act: &Act) -> Result<Review> {
        match self.local() {
            Some(l) => {
                let role = crate::owner::access::role_here(l.path());
                l.review_act(act, role)
            }
            None => self.remote_review(act),
        }
    }

    /// What this session may do in the review.
    pub fn role(&self) -> Role {
        match self.local() {
            Some(l) => crate::owner::access::role_here(l.path()),
            None => self.remote_role(),
        }
    }
}

/// The approved months, loaded once per check of a write.
pub(crate) struct Locks {
    approved: HashMap<(String, Period), Review>,
}

impl Locks {
    pub(crate) fn none() -> Locks {
        Locks {
            approved: HashMap::new(),
        }
    }

    pub(crate) fn load(store: &Local) -> Result<Locks> {
        let mut approved = HashMap::new();
        for item in store.tree(T::Review)?.iter() {
            let (k, v) = item?;
            let r = decode(&k, &v)?;
            if r.state == ReviewState::Approved {
                approved.insert((r.village.clone(), r.period), r);
            }
        }
        Ok(Locks { approved })
    }

    /// Refuses a step that would change what a record says of an
    /// approved month: a new record dated in it, an edit or delete of
    /// one, or a record moved into or out of it (another household,
    /// another village).
    pub(crate) fn check(&self, view: &View, s: &Step) -> Result<()> {
        if self.approved.is_empty() {
            return Ok(());
        }
        let before = match &s.before {
            Some(b) => facts_by_month(view, &b.record, false)?,
            None => BTreeMap::new(),
        };
        let after = match &s.after {
            Some(a) => facts_by_month(view, a, true)?,
            None => BTreeMap::new(),
        };
        // A pen inspected again: the newer inspection replaces the last
        // one (kept in the history); only the newer one is a change.
        let superseded = matches!(
            (s.before.as_ref().map(|b| &b.record), &s.after),
            (Some(AnyRecord::Pen(b)), Some(AnyRecord::Pen(a)))
                if a.inspected_on > b.inspected_on && b.inspected_on.is_some()
        );
        for (place, facts) in before.iter().chain(after.iter()) {
            let Some(review) = self.approved.get(place) else {
                continue;
            };
            let changed = if superseded && !after.contains_key(place) {
                false
            } else {
                before.get(place) != after.get(place)
            };
            if changed && let Some(message) = review.lock_message() {
                let field = facts.first().map(|f| f.field).unwrap_or("date");
                return Err(StoreError::refused(s.kind, field, message));
            }
        }
        if let (Some(b), Some(AnyRecord::Household(h))) = (&s.before, &s.after)
            && let AnyRecord::Household(old) = &b.record
            && old.village != h.village
        {
            self.check_household_move(view, s.id, &old.village, &h.village)?;
        }
        // A cow moved to a household of another village takes her
        // pregnancies' events with her.
        if let (Some(b), Some(AnyRecord::Animal(a))) = (&s.before, &s.after)
            && let AnyRecord::Animal(old) = &b.record
            && old.household != a.household
        {
            let from = village_of(view, &b.record, false)?.unwrap_or_default();
            let to = village_of(view, &AnyRecord::Animal(a.clone()), true)?.unwrap_or_default();
            if from != to {
                let mut records = Vec::new();
                for p in view.referrers(
                    T::PregnancyByCow,
                    RecordKind::Pregnancy,
                    &super::keys::id(s.id),
                )? {
                    records.extend(view.get::<Pregnancy>(p)?.map(AnyRecord::from));
                }
                self.refuse_moving(&records, &[&from, &to], RecordKind::Animal, "household")?;
            }
        }
        Ok(())
    }

    /// A household moved to another village takes its records' events
    /// with it: refused when any of them is in an approved month of
    /// either village.
    fn check_household_move(&self, view: &View, id: u64, from: &str, to: &str) -> Result<()> {
        let key = super::keys::id(id);
        let mut records: Vec<AnyRecord> = Vec::new();
        for i in view.referrers(T::IncomeByHouseholdDate, RecordKind::Income, &key)? {
            records.extend(view.get::<IncomeLog>(i)?.map(AnyRecord::from));
        }
        for p in view.referrers(T::PenByHousehold, RecordKind::Pen, &key)? {
            records.extend(view.get::<Pen>(p)?.map(AnyRecord::from));
        }
        for a in view.referrers(T::AnimalByHousehold, RecordKind::Animal, &key)? {
            for p in view.referrers(
                T::PregnancyByCow,
                RecordKind::Pregnancy,
                &super::keys::id(a),
            )? {
                records.extend(view.get::<Pregnancy>(p)?.map(AnyRecord::from));
            }
            records.extend(view.get::<Animal>(a)?.map(AnyRecord::from));
        }
        self.refuse_moving(&records, &[from, to], RecordKind::Household, "village")
    }

    /// Refuses moving `records` between `villages` when any of their
    /// events is in an approved month of one of them.
    fn refuse_moving(
        &self,
        records: &[AnyRecord],
        villages: &[&str],
        kind: RecordKind,
        field: &'static str,
    ) -> Result<()> {
        for r in records {
            for f in facts(r) {
                for village in villages {
                    if let Some(review) =
                        self.approved.get(&(village.to_string(), Period::of(f.on)))
                        && let Some(message) = review.lock_message()
                    {
                        return Err(StoreError::refused(kind, field, message));
                    }
                }
            }
        }
        Ok(())
    }
}

type Place = (String, Period);

/// A record's facts grouped by (village, month). The village is its
/// household's, as stored (`pending` false) or as it will be after the
/// write (`pending` true).
fn facts_by_month(
    view: &View,
    record: &AnyRecord,
    pending: bool,
) -> Result<BTreeMap<Place, Vec<Fact>>> {
    let mut out: BTreeMap<Place, Vec<Fact>> = BTreeMap::new();
    let list = facts(record);
    if list.is_empty() {
        return Ok(out);
    }
    let Some(village) = village_of(view, record, pending)? else {
        return Ok(out);
    };
    for f in list {
        out.entry((village.clone(), Period::of(f.on)))
            .or_default()
            .push(f);
    }
    Ok(out)
}

/// The village a record belongs to, through its household (a pregnancy
/// through its cow's).
pub(crate) fn village_of(view: &View, record: &AnyRecord, pending: bool) -> Result<Option<String>> {
    let household = match record {
        AnyRecord::Household(h) => return Ok(Some(h.village.clone())),
        AnyRecord::Pen(p) => p.household,
        AnyRecord::Animal(a) => a.household,
        AnyRecord::Income(l) => l.household,
        AnyRecord::Pregnancy(p) => {
            let cow = if pending {
                view.get::<Animal>(p.cow.0)?
            } else {
                view.stored::<Animal>(p.cow.0)?
            };
            match cow {
                Some(c) => c.household,
                None => return Ok(None),
            }
        }
    };
    let h = if pending {
        view.get::<Household>(household.0)?
    } else {
        view.stored::<Household>(household.0)?
    };
    Ok(h.map(|h| h.village))
}

impl Store {
    fn client(&self) -> Option<&super::remote::Client> {
        match &self.backend {
            super::Backend::Remote(c) => Some(c),
            super::Backend::Local(_) => None,
        }
    }

    fn remote_call(&self, request: ReviewRequest) -> Result<Reply> {
        let client = self
            .client()
            .ok_or_else(|| StoreError::Write("no owner to ask".into()))?;
        if matches!(request, ReviewRequest::Act(_)) {
            let _gate = client.write_gate();
            client.call(&Request::Review(request))
        } else {
            client.call(&Request::Review(request))
        }
    }

    fn remote_reviews(&self) -> Result<Vec<Review>> {
        match self.remote_call(ReviewRequest::List)? {
            Reply::Reviews(r) => Ok(r),
            other => Err(super::remote::unexpected(&other)),
        }
    }

    fn remote_review(&self, act: &Act) -> Result<Review> {
        match self.remote_call(ReviewRequest::Act(act.clone()))? {
            Reply::Reviews(mut r) if r.len() == 1 => Ok(r.remove(0)),
            other => Err(super::remote::unexpected(&other)),
        }
    }

    fn remote_role(&self) -> Role {
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

/// One village's month as the Review screen and `status --json` show it:
/// its state, and the records dated in it (what an approval locks).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MonthRow {
    pub review: Review,
    /// Records with an event in the month.
    pub records: u64,
    /// Of those, the ones changed after they were first saved.
    pub edited: u64,
}

impl Local {
    /// Every village's month that has records dated in it or a review
    /// stored, newest month first, then by village. Reads every record
    /// once.
    pub fn review_months(&self) -> Result<Vec<MonthRow>> {
        let mut rows: BTreeMap<Place, MonthRow> = BTreeMap::new();
        self.each_dated(|place, stored| {
            let row = rows.entry(place.clone()).or_insert_with(|| MonthRow {
                review: Review::open(&place.0, place.1),
                records: 0,
                edited: 0,
            });
            row.records += 1;
            if stored.audit.updated_at != stored.audit.created_at {
                row.edited += 1;
            }
        })?;
        for r in self.reviews()? {
            let (place_village, place_period) = (r.village.clone(), r.period);
            let place = (r.village.clone(), r.period);
            rows.entry(place)
                .or_insert_with(|| MonthRow {
                    review: Review::open(&place_village, place_period),
                    records: 0,
                    edited: 0,
                })
                .review = r;
        }
        let mut out: Vec<MonthRow> = rows.into_values().collect();
        out.sort_by(|a, b| {
            b.review
                .period
                .cmp(&a.review.period)
                .then_with(|| a.review.village.cmp(&b.review.village))
        });
        Ok(out)
    }

    /// The records with an event in a village's month.
    pub fn records_of_month(
        &self,
        village: &str,
        period: Period,
    ) -> Result<Vec<Stored<AnyRecord>>> {
        let want = (village.to_string(), period);
        let mut out = Vec::new();
        self.each_dated(|place, stored| {
            if *place == want {
                out.push(stored.clone());
            }
        })?;
        Ok(out)
    }

    /// Calls `each` once for every (village, month) a record has events
    /// in, with the record.
    fn each_dated(&self, mut each: impl FnMut(&Place, &Stored<AnyRecord>)) -> Result<()> {
        let mut village: HashMap<u64, String> = HashMap::new();
        for h in self.all::<Household>() {
            let h = h?;
            village.insert(h.id, h.record.village);
        }
        let mut cow_household: HashMap<u64, u64> = HashMap::new();
        for a in self.all::<Animal>() {
            let a = a?;
            cow_household.insert(a.id, a.record.household.0);
        }
        for kind in [
            RecordKind::Pen,
            RecordKind::Animal,
            RecordKind::Pregnancy,
            RecordKind::Income,
        ] {
            for item in self.items(T::of_kind(kind)) {
                let (k, v) = item?;
                let id = super::keys::decode_id(&k).unwrap_or(0);
                let (audit, record) = super::envelope::decode_record(kind, id, &v)?;
                let household = match &record {
                    AnyRecord::Pen(p) => Some(p.household.0),
                    AnyRecord::Animal(a) => Some(a.household.0),
                    AnyRecord::Income(l) => Some(l.household.0),
                    AnyRecord::Pregnancy(p) => cow_household.get(&p.cow.0).copied(),
                    AnyRecord::Household(_) => None,
                };
                let Some(v) = household.and_then(|h| village.get(&h)) else {
                    continue;
                };
                let stored = Stored { id, audit, record };
                for period in crate::model::review::periods(&stored.record) {
                    each(&(v.clone(), period), &stored);
                }
            }
        }
        Ok(())
    }
}

impl Store {
    /// See `Local::review_months`; worked out where the database is held.
    pub fn review_months(&self) -> Result<Vec<MonthRow>> {
        match self.local() {
            Some(l) => l.review_months(),
            None => match self.remote_call(ReviewRequest::Months)? {
                Reply::Months(m) => Ok(m),
                other => Err(super::remote::unexpected(&other)),
            },
        }
    }

    /// See `Local::records_of_month`.
    pub fn records_of_month(
        &self,
        village: &str,
        period: Period,
    ) -> Result<Vec<Stored<AnyRecord>>> {
        match self.local() {
            Some(l) => l.records_of_month(village, period),
            None => match self.remote_call(ReviewRequest::Records {
                village: village.to_string(),
                period,
            })? {
                Reply::Records { records, .. } => Ok(records),
                other => Err(super::remote::unexpected(&other)),
            },
        }
    }
}
