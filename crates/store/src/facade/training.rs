//! A training saved with its attendance: one transaction, so one undo
//! takes back the training and every attendee, and a refusal of any part
//! (a member already attending, a member gone) writes nothing.

use crate::Store;
use crate::error::{Result, StoreError};
use kumban_i18n::Message;
use kumban_model::*;

/// What a training's save wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingSaved {
    /// The transaction, for undo.
    pub txn: u64,
    pub id: TrainingId,
    pub attendees: usize,
}

impl Store {
    /// Saves a new training and one attendance per member, in one
    /// transaction. A training with no attendees is refused: it is
    /// recorded to count who learned something. A member named twice
    /// attends once.
    pub fn record_training(
        &self,
        training: Training,
        members: &[MemberId],
    ) -> Result<TrainingSaved> {
        let mut members = members.to_vec();
        members.sort();
        members.dedup();
        if members.is_empty() {
            return Err(StoreError::Refused {
                kind: RecordKind::Training,
                problems: vec![Problem::said(
                    "attendees",
                    Message::new("err-training-no-attendees"),
                )],
            });
        }
        let (txn, id) = self.batch(|b| {
            let id = b.insert(training.clone())?;
            for m in &members {
                b.insert(Attendance {
                    training: id,
                    member: *m,
                })?;
            }
            Ok(id)
        })?;
        Ok(TrainingSaved {
            txn,
            id,
            attendees: members.len(),
        })
    }
}
