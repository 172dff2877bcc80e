//! Reads: by id, by code, and the range scans the screens and reports use.

use super::Local;
use super::envelope::{decode_change, decode_record};
use super::error::{Result, StoreError};
use super::keys;
use super::record::{Change, Stored};
use super::remote::wire::PAGE_BYTES;
use super::request::Keyed;
use super::schema::{Record, Tree};
use kumban_model::*;
use std::ops::Bound;

impl Local {
    pub(crate) fn get_any(&self, kind: RecordKind, id: u64) -> Result<Option<Stored<AnyRecord>>> {
        match self.tree(Tree::of_kind(kind))?.get(keys::id(id))? {
            None => Ok(None),
            Some(bytes) => {
                let (audit, record) = decode_record(kind, id, &bytes)?;
                Ok(Some(Stored { id, audit, record }))
            }
        }
    }

    pub fn get<R: Record>(&self, id: R::Id) -> Result<Option<Stored<R>>> {
        let raw = R::raw_id(id);
        self.get_any(R::KIND, raw)?.map(|s| typed(s)).transpose()
    }

    /// Every record of one kind, in id order.
    pub fn all<R: Record>(&self) -> impl Iterator<Item = Result<Stored<R>>> + '_ {
        self.items(Tree::of_kind(R::KIND)).map(|item| {
            let (k, v) = item?;
            let id = keys::decode_id(&k).ok_or_else(|| bad_key(R::KIND.noun(), &k))?;
            let (audit, record) = decode_record(R::KIND, id, &v)?;
            typed(Stored { id, audit, record })
        })
    }

    pub fn count(&self, kind: RecordKind) -> Result<usize> {
        Ok(self.tree(Tree::of_kind(kind))?.len())
    }

    pub fn household_by_code(&self, code: &str) -> Result<Option<Stored<Household>>> {
        match self.tree(Tree::HouseholdByCode)?.get(code.as_bytes())? {
            Some(v) => self.get::<Household>(HouseholdId(id_value(&v)?)),
            None => Ok(None),
        }
    }

    pub fn animal_by_tag(&self, tag: &str) -> Result<Option<Stored<Animal>>> {
        match self.tree(Tree::AnimalByTag)?.get(tag.as_bytes())? {
            Some(v) => self.get::<Animal>(AnimalId(id_value(&v)?)),
            None => Ok(None),
        }
    }

    /// Ids from a non-unique index whose keys start with `prefix`.
    pub(crate) fn ids_with_prefix(&self, t: Tree, prefix: &[u8]) -> Result<Vec<u64>> {
        self.tree(t)?
            .scan_prefix(prefix)
            .keys()
            .map(|k| {
                let k = k?;
                keys::trailing_id(&k).ok_or_else(|| bad_key(t.name(), &k))
            })
            .collect()
    }

    /// How many attend each training, by training id: the attendance
    /// index's keys start with the training's id, so they are counted in
    /// runs without decoding an attendance record.
    pub fn attendance_counts(&self) -> Result<Vec<(u64, u64)>> {
        let t = Tree::AttendanceByTraining;
        let mut counts: Vec<(u64, u64)> = Vec::new();
        for k in self.tree(t)?.iter().keys() {
            let k = k?;
            let training = keys::decode_id(&k).ok_or_else(|| bad_key(t.name(), &k))?;
            match counts.last_mut() {
                Some((last, n)) if *last == training => *n += 1,
                _ => counts.push((training, 1)),
            }
        }
        Ok(counts)
    }

    fn load<R: Record>(&self, ids: Vec<u64>) -> Result<Vec<Stored<R>>> {
        ids.into_iter()
            .filter_map(|id| self.get::<R>(R::id_from(id)).transpose())
            .collect()
    }

    pub fn pens_of(&self, h: HouseholdId) -> Result<Vec<Stored<Pen>>> {
        self.load(self.ids_with_prefix(Tree::PenByHousehold, &keys::id(h.0))?)
    }

    pub fn members_of(&self, h: HouseholdId) -> Result<Vec<Stored<Member>>> {
        self.load(self.ids_with_prefix(Tree::MemberByHousehold, &keys::id(h.0))?)
    }

    pub fn health_of(&self, a: AnimalId) -> Result<Vec<Stored<HealthEvent>>> {
        self.load(self.ids_with_prefix(Tree::HealthByAnimal, &keys::id(a.0))?)
    }

    /// An animal's weights, oldest first (the index is by animal and date).
    pub fn weights_of(&self, a: AnimalId) -> Result<Vec<Stored<Weight>>> {
        self.load(self.ids_with_prefix(Tree::WeightByAnimalDate, &keys::id(a.0))?)
    }

    /// A training's attendance, in the order of the members' ids.
    pub fn attendance_of(&self, t: TrainingId) -> Result<Vec<Stored<Attendance>>> {
        self.load(self.ids_with_prefix(Tree::AttendanceByTraining, &keys::id(t.0))?)
    }

    pub fn attendance_of_member(&self, m: MemberId) -> Result<Vec<Stored<Attendance>>> {
        self.load(self.ids_with_prefix(Tree::AttendanceByMember, &keys::id(m.0))?)
    }

    /// A household's visits, oldest first (the index is by household and date).
    pub fn visits_of(&self, h: HouseholdId) -> Result<Vec<Stored<Visit>>> {
        self.load(self.ids_with_prefix(Tree::VisitByHouseholdDate, &keys::id(h.0))?)
    }

    pub fn animals_of(&self, h: HouseholdId) -> Result<Vec<Stored<Animal>>> {
        self.load(self.ids_with_prefix(Tree::AnimalByHousehold, &keys::id(h.0))?)
    }

    pub fn animals_in_pen(&self, p: PenId) -> Result<Vec<Stored<Animal>>> {
        self.load(self.ids_with_prefix(Tree::AnimalByPen, &keys::id(p.0))?)
    }

    pub fn calves_of(&self, dam: AnimalId) -> Result<Vec<Stored<Animal>>> {
        self.load(self.ids_with_prefix(Tree::AnimalByDam, &keys::id(dam.0))?)
    }

    /// A cow's breeding history, oldest first.
    pub fn pregnancies_of(&self, cow: AnimalId) -> Result<Vec<Stored<Pregnancy>>> {
        let mut v: Vec<Stored<Pregnancy>> =
            self.load(self.ids_with_prefix(Tree::PregnancyByCow, &keys::id(cow.0))?)?;
        v.sort_by_key(|p| (p.record.service_date, p.id));
        Ok(v)
    }

    /// A herd bull's services, oldest first.
    pub fn pregnancies_by_sire(&self, bull: AnimalId) -> Result<Vec<Stored<Pregnancy>>> {
        let mut v: Vec<Stored<Pregnancy>> =
            self.load(self.ids_with_prefix(Tree::PregnancyBySire, &keys::id(bull.0))?)?;
        v.sort_by_key(|p| (p.record.service_date, p.id));
        Ok(v)
    }

    pub fn income_of(&self, h: HouseholdId) -> Result<Vec<Stored<IncomeLog>>> {
        self.load(self.ids_with_prefix(Tree::IncomeByHouseholdDate, &keys::id(h.0))?)
    }

    pub fn income_of_animal(&self, a: AnimalId) -> Result<Vec<Stored<IncomeLog>>> {
        self.load(self.ids_with_prefix(Tree::IncomeByAnimal, &keys::id(a.0))?)
    }

    /// One household's income logs dated `from..=to`, in date order.
    pub fn income_of_between(
        &self,
        h: HouseholdId,
        from: Date,
        to: Date,
    ) -> Result<Vec<Stored<IncomeLog>>> {
        let hk = keys::id(h.0);
        let lo = keys::join(&[&hk, &keys::date(from)]);
        let hi = keys::join(&[&hk, &keys::date(to), &[0xff; 8]]);
        let ids = self.range_ids(Tree::IncomeByHouseholdDate, lo, hi)?;
        self.load(ids)
    }

    /// Every income log dated `from..=to`, in date order.
    pub fn income_between(&self, from: Date, to: Date) -> Result<Vec<Stored<IncomeLog>>> {
        let lo = keys::date(from).to_vec();
        let hi = keys::join(&[&keys::date(to), &[0xff; 8]]);
        let ids = self.range_ids(Tree::IncomeByDate, lo, hi)?;
        self.load(ids)
    }

    /// The `limit` income logs with the latest dates, newest first (ties:
    /// the later id first), read from the end of the date index: a screen
    /// of the newest money without touching the other million.
    pub fn income_newest(&self, limit: usize) -> Result<Vec<Stored<IncomeLog>>> {
        let t = Tree::IncomeByDate;
        let ids = self
            .tree(t)?
            .iter()
            .keys()
            .rev()
            .take(limit)
            .map(|k| {
                let k = k?;
                keys::trailing_id(&k).ok_or_else(|| bad_key(t.name(), &k))
            })
            .collect::<Result<Vec<u64>>>()?;
        self.load(ids)
    }

    /// Pregnancies whose expected calving falls in `from..=to`, soonest first.
    pub fn pregnancies_expected_between(
        &self,
        from: Date,
        to: Date,
    ) -> Result<Vec<Stored<Pregnancy>>> {
        let lo = keys::date(from).to_vec();
        let hi = keys::join(&[&keys::date(to), &[0xff; 8]]);
        let ids = self.range_ids(Tree::PregnancyByExpected, lo, hi)?;
        self.load(ids)
    }

    /// Pending pregnancies expected in `from..=to` (either end open),
    /// soonest first. Reads only the pending index, never the history of
    /// closed pregnancies.
    pub fn pending_expected_between(
        &self,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<Stored<Pregnancy>>> {
        let ids = self.pending_expected_ids(from, to)?;
        self.load(ids.into_iter().map(|p| p.0).collect())
    }

    /// The ids of `pending_expected_between`, read from the index alone:
    /// counting them decodes no record.
    pub fn pending_expected_ids(
        &self,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<PregnancyId>> {
        let lo = from.map(|d| keys::date(d).to_vec()).unwrap_or_default();
        let hi = match to {
            Some(d) => keys::join(&[&keys::date(d), &[0xff; 8]]),
            None => vec![0xff; 13],
        };
        Ok(self
            .range_ids(Tree::PendingByExpected, lo, hi)?
            .into_iter()
            .map(PregnancyId)
            .collect())
    }

    fn range_ids(&self, t: Tree, lo: Vec<u8>, hi: Vec<u8>) -> Result<Vec<u64>> {
        self.tree(t)?
            .range(lo..=hi)
            .keys()
            .map(|k| {
                let k = k?;
                keys::trailing_id(&k).ok_or_else(|| bad_key(t.name(), &k))
            })
            .collect()
    }

    /// The history, newest first.
    pub fn history(&self) -> impl Iterator<Item = Result<Change>> + '_ {
        self.items(Tree::History).rev().map(|item| {
            let (k, v) = item?;
            let seq = keys::decode_id(&k).ok_or_else(|| bad_key("history", &k))?;
            decode_change(seq, &v)
        })
    }

    /// The changes of one transaction, in the order they were made.
    pub fn changes_of_txn(&self, txn: u64) -> Result<Vec<Change>> {
        let mut out = Vec::new();
        for c in self.history() {
            let c = c?;
            if c.txn == txn {
                out.push(c);
            } else if c.txn < txn {
                break;
            }
        }
        out.reverse();
        Ok(out)
    }
}

pub(crate) fn typed<R: Record>(s: Stored<AnyRecord>) -> Result<Stored<R>> {
    let id = s.id;
    match R::from_any(s.record) {
        Some(record) => Ok(Stored {
            id,
            audit: s.audit,
            record,
        }),
        None => Err(StoreError::Corrupt {
            place: format!("{} {id}", R::KIND.noun()),
            reason: "a different kind of record was found".into(),
        }),
    }
}

fn id_value(v: &[u8]) -> Result<u64> {
    keys::decode_id(v).ok_or_else(|| bad_key("unique index value", v))
}

fn bad_key(place: &str, k: &[u8]) -> StoreError {
    StoreError::Corrupt {
        place: place.to_string(),
        reason: format!("malformed key of {} bytes", k.len()),
    }
}

/// Reads for the owner's clients: in pages, and as untyped records.
impl Local {
    /// Records of `kind` after the key `after`, in key order, about
    /// `PAGE_BYTES` at a time; `true` when the tree ends in this page.
    pub(crate) fn page(
        &self,
        kind: RecordKind,
        after: Option<&[u8]>,
    ) -> Result<(Vec<Keyed<Stored<AnyRecord>>>, bool)> {
        let tree = self.tree(Tree::of_kind(kind))?;
        let iter = match after {
            Some(k) => tree.range::<&[u8], _>((Bound::Excluded(k), Bound::Unbounded)),
            None => tree.iter(),
        };
        paged(iter, |k, v| {
            let id = keys::decode_id(k).ok_or_else(|| bad_key(kind.noun(), k))?;
            let (audit, record) = decode_record(kind, id, v)?;
            Ok(Stored { id, audit, record })
        })
    }

    /// History entries from the key `from` (excluded), newest or oldest
    /// first, a page at a time.
    pub(crate) fn history_page(
        &self,
        from: Option<&[u8]>,
        newest_first: bool,
    ) -> Result<(Vec<Keyed<Change>>, bool)> {
        let tree = self.tree(Tree::History)?;
        let decode = |k: &[u8], v: &[u8]| {
            let seq = keys::decode_id(k).ok_or_else(|| bad_key("history", k))?;
            decode_change(seq, v)
        };
        match (from, newest_first) {
            (None, true) => paged(tree.iter().rev(), decode),
            (Some(k), true) => paged(tree.range::<&[u8], _>(..k).rev(), decode),
            (None, false) => paged(tree.iter(), decode),
            (Some(k), false) => paged(
                tree.range::<&[u8], _>((Bound::Excluded(k), Bound::Unbounded)),
                decode,
            ),
        }
    }
}

fn paged<T>(
    iter: impl Iterator<Item = sled::Result<(sled::IVec, sled::IVec)>>,
    decode: impl Fn(&[u8], &[u8]) -> Result<T>,
) -> Result<(Vec<Keyed<T>>, bool)> {
    let mut out = Vec::new();
    let mut bytes = 0;
    for item in iter {
        if bytes >= PAGE_BYTES || out.len() >= PAGE_ITEMS {
            return Ok((out, false));
        }
        let (k, v) = item?;
        bytes += k.len() + v.len();
        let value = decode(&k, &v).map_err(StoreError::for_client);
        out.push((k.to_vec(), value));
    }
    Ok((out, true))
}

/// Enough to keep a page's overhead small, few enough to answer quickly.
const PAGE_ITEMS: usize = 2000;
