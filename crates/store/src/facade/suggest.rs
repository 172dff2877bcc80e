//! The code a new record's form suggests: the next free one after the
//! code of the record entered last (`BS-022` → `BS-023`), found with
//! reads every store already answers, so an owner needs nothing new.

use crate::Store;
use crate::error::Result;
use crate::schema::Record;
use kumban_model::code_seq::Counted;
use kumban_model::*;

/// How far back to look for the newest record past deleted ids, and how
/// far forward for a free code: a suggestion is a convenience, never
/// worth a long wait.
const LOOK_BACK: u64 = 50;
const LOOK_AHEAD: u64 = 1000;

impl Store {
    /// The next free household code of the pattern of the newest
    /// household's; `None` without households or a counted code.
    pub fn next_household_code(&self) -> Result<Option<String>> {
        let Some(like) = self.newest::<Household>()?.map(|h| h.code) else {
            return Ok(None);
        };
        self.first_free(&like, |code| Ok(self.household_by_code(code)?.is_some()))
    }

    /// The next free ear tag after the newest animal's.
    pub fn next_ear_tag(&self) -> Result<Option<String>> {
        let Some(like) = self.newest::<Animal>()?.map(|a| a.ear_tag) else {
            return Ok(None);
        };
        self.first_free(&like, |tag| Ok(self.animal_by_tag(tag)?.is_some()))
    }

    /// The record of the highest id still there (ids are never reused, so
    /// it is the one entered last).
    fn newest<R: Record>(&self) -> Result<Option<R>> {
        let next = self.next_id(R::KIND)?;
        for id in (next.saturating_sub(LOOK_BACK)..next).rev() {
            if let Some(found) = self.get::<R>(R::id_from(id))? {
                return Ok(Some(found.record));
            }
        }
        Ok(None)
    }

    fn first_free(
        &self,
        like: &str,
        taken: impl Fn(&str) -> Result<bool>,
    ) -> Result<Option<String>> {
        let Some(start) = Counted::read(like) else {
            return Ok(None);
        };
        for step in 1..=LOOK_AHEAD {
            let code = start.after(step);
            if !taken(&code)? {
                return Ok(Some(code));
            }
        }
        Ok(None)
    }
}
