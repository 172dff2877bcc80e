//! Trainings and their attendance. A training is named by its date, topic
//! and place (exports refer to it so), so two trainings may not share all
//! three. An attendance names an existing training and household member,
//! once per member per training. A training with attendance, and a member
//! who attended, cannot be deleted (`delete_blockers`, `member`'s count).
//! That a training has attendees at all is kept where it is saved
//! (`Store::record_training`, the importer): the rules here see one
//! record at a time.

use super::{Blockers, StoreKind};
use crate::codec::tag;
use crate::error::Result;
use crate::keys;
use crate::rules::{View, refused_said};
use crate::schema::{IndexEntry, Tree};
use kumban_i18n::Message;
use kumban_model::{Attendance, Member, RecordKind, Training};

const T: RecordKind = RecordKind::Training;
const A: RecordKind = RecordKind::Attendance;

impl StoreKind for Training {
    const TREE: Tree = Tree::Trainings;
    const TAG: u8 = tag::TRAINING;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let key = keys::join(&[&keys::date(self.date), &keys::id(id)]);
        vec![(Tree::TrainingByDate, key, Vec::new())]
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        let same_day = keys::date(self.date);
        for other in view.referrers(Tree::TrainingByDate, T, &same_day)? {
            if other != id
                && view
                    .get::<Training>(other)?
                    .is_some_and(|o| o.topic == self.topic && o.place == self.place)
            {
                return Err(refused_said(
                    T,
                    "topic",
                    Message::new("store-training-twice")
                        .with("topic", self.topic.as_str())
                        .with("place", self.place.as_str())
                        .with("date", self.date.to_string()),
                ));
            }
        }
        Ok(())
    }

    fn delete_blockers(&self, view: &View, id: u64) -> Result<Blockers> {
        let mut b = Blockers::of(format!("training {} on {}", self.topic, self.date));
        b.count(
            view.referrers(Tree::AttendanceByTraining, A, &keys::id(id))?
                .len(),
            "attendee",
            "attendees",
        );
        Ok(b)
    }

    fn contribution(&self, _add: &mut dyn FnMut(String, i64)) {}
}

impl StoreKind for Attendance {
    const TREE: Tree = Tree::Attendances;
    const TAG: u8 = tag::ATTENDANCE;

    fn index_entries(&self, id: u64) -> Vec<IndexEntry> {
        let by_training = keys::join(&[
            &keys::id(self.training.0),
            &keys::id(self.member.0),
            &keys::id(id),
        ]);
        let by_member = keys::join(&[&keys::id(self.member.0), &keys::id(id)]);
        vec![
            (Tree::AttendanceByTraining, by_training, Vec::new()),
            (Tree::AttendanceByMember, by_member, Vec::new()),
        ]
    }

    fn check(&self, view: &View, id: u64) -> Result<()> {
        let Some(training) = view.get::<Training>(self.training.0)? else {
            return Err(refused_said(
                A,
                "training",
                Message::new("store-no-training").with("id", self.training.to_string()),
            ));
        };
        let Some(member) = view.get::<Member>(self.member.0)? else {
            return Err(refused_said(
                A,
                "member",
                Message::new("store-no-member").with("id", self.member.to_string()),
            ));
        };
        let pair = keys::join(&[&keys::id(self.training.0), &keys::id(self.member.0)]);
        if view
            .referrers(Tree::AttendanceByTraining, A, &pair)?
            .into_iter()
            .any(|other| other != id)
        {
            return Err(refused_said(
                A,
                "member",
                Message::new("store-attending-twice")
                    .with("name", member.name.as_str())
                    .with("topic", training.topic.as_str())
                    .with("date", training.date.to_string()),
            ));
        }
        Ok(())
    }

    fn delete_blockers(&self, _view: &View, _id: u64) -> Result<Blockers> {
        Ok(Blockers::of(format!("attendance {}", self.member)))
    }

    fn contribution(&self, _add: &mut dyn FnMut(String, i64)) {}
}

/// How many trainings a member attended, for the refusal of the member's
/// delete.
pub(super) fn attended(view: &View, member: u64) -> Result<usize> {
    Ok(view
        .referrers(Tree::AttendanceByMember, A, &keys::id(member))?
        .len())
}
