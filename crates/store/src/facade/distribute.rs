//! A project day's distribution: N animals given to one household (and
//! pen) in one save. One transaction, so one undo takes all of them back
//! and a refusal of any one (an ear tag already used) writes none.

use crate::Store;
use crate::error::{Result, StoreError};
use kumban_i18n::Message;
use kumban_model::code_seq::{MAX_BATCH, first_repeated};
use kumban_model::*;

/// What a distribution wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distributed {
    /// The transaction, for undo.
    pub txn: u64,
    /// The first animal's id; the others follow it in the order of `tags`.
    pub first: AnimalId,
    pub count: usize,
}

fn refused(words: Message) -> StoreError {
    StoreError::Refused {
        kind: RecordKind::Animal,
        problems: vec![Problem::said("ear_tag", words)],
    }
}

impl Store {
    /// One animal per ear tag, each a copy of `template` with its tag, in
    /// one transaction. Refused before anything is written when there are
    /// no tags or more than `MAX_BATCH`, or a tag is given twice; the
    /// store's own rules (a tag already used, a pen of another household)
    /// refuse the whole transaction, naming the tag.
    pub fn distribute(&self, template: &Animal, tags: &[String]) -> Result<Distributed> {
        if tags.is_empty() || tags.len() > MAX_BATCH as usize {
            return Err(refused(
                Message::new("err-batch-count").with("max", i64::from(MAX_BATCH)),
            ));
        }
        if let Some(tag) = first_repeated(tags) {
            return Err(refused(
                Message::new("err-batch-tag-twice").with("tag", tag),
            ));
        }
        let (txn, first) = self.batch(|b| {
            let mut first = None;
            for tag in tags {
                let mut animal = template.clone();
                animal.ear_tag = tag.clone();
                let id = b.insert(animal)?;
                first.get_or_insert(id);
            }
            Ok(first.unwrap_or(AnimalId(0)))
        })?;
        Ok(Distributed {
            txn,
            first,
            count: tags.len(),
        })
    }
}
