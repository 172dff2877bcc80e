//! Training, attendance and visit rows. A training is keyed by its date,
//! topic and place; an attendance by its training and member (household
//! code and name); a visit by its household, date and technician. A new
//! training needs at least one attendance row in the same import: a
//! training is recorded to count who learned something, as the form
//! refuses one with no attendees.

use super::super::from_cells::{Draft, TrainingKey};
use super::super::problems::Loc;
use super::{Planner, Ref, Refs, StoreResult, any};
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::Stored;
use std::collections::HashSet;

type Rows = Vec<(Loc, Draft)>;

impl Planner<'_> {
    pub(super) fn trainings_and_visits(
        &mut self,
        trainings: Rows,
        attendance: Rows,
        visits: Rows,
    ) -> StoreResult<()> {
        let stored: Vec<Stored<Training>> = if trainings.is_empty() && attendance.is_empty() {
            Vec::new()
        } else {
            self.store.all::<Training>().collect::<Result<_, _>>()?
        };
        for (loc, d) in trainings {
            if let Draft::Training(t) = d {
                self.training(loc, t, &stored);
            }
        }
        let mut attended = HashSet::new();
        for (loc, d) in attendance {
            if let Draft::Attendance {
                training,
                household,
                member,
                attendance,
            } = d
                && let Some(t) =
                    self.attendance(loc, &training, &household, &member, attendance, &stored)?
            {
                attended.insert(t);
            }
        }
        let mut lonely: Vec<(Loc, TrainingKey)> = self
            .trainings
            .iter()
            .filter(|(_, (r, _))| matches!(r, Ref::New(_)) && !attended.contains(r))
            .map(|(k, (_, loc))| (*loc, k.clone()))
            .collect();
        lonely.sort_by_key(|(loc, _)| (loc.file, loc.line));
        for (loc, k) in lonely {
            self.problems.field(
                loc,
                "topic",
                tr!(
                    "imp-training-no-attendees",
                    topic = k.topic.as_str(),
                    place = k.place.as_str(),
                    date = k.date.to_string()
                ),
            );
        }
        for (loc, d) in visits {
            if let Draft::Visit { household, visit } = d {
                self.visit(loc, &household, visit)?;
            }
        }
        Ok(())
    }

    fn training(&mut self, loc: Loc, t: Training, stored: &[Stored<Training>]) {
        let key = TrainingKey::of(&t);
        let what = tr!(
            "imp-what-training",
            topic = t.topic.as_str(),
            place = t.place.as_str(),
            date = t.date.to_string()
        );
        if let Some((_, first)) = self.trainings.get(&key) {
            let first = *first;
            self.twice(loc, "topic", what, first);
            return;
        }
        let existing = stored
            .iter()
            .find(|s| TrainingKey::of(&s.record) == key)
            .cloned()
            .map(any);
        let r = self.settle(loc, "topic", &what, existing, t.into(), Refs::default());
        self.trainings.insert(key, (r, loc));
    }

    fn attendance(
        &mut self,
        loc: Loc,
        training: &TrainingKey,
        household: &str,
        member: &str,
        attendance: Attendance,
        stored: &[Stored<Training>],
    ) -> StoreResult<Option<Ref>> {
        let t = match self.trainings.get(training) {
            Some((r, _)) => Some(*r),
            None => stored
                .iter()
                .find(|s| TrainingKey::of(&s.record) == *training)
                .map(|s| Ref::Id(s.id)),
        };
        let Some(t) = t else {
            self.problems.field(
                loc,
                "training_topic",
                tr!(
                    "imp-no-training",
                    topic = training.topic.as_str(),
                    place = training.place.as_str(),
                    date = training.date.to_string()
                ),
            );
            return Ok(None);
        };
        let Some(h) = self.household_ref(loc, "household", household)? else {
            return Ok(None);
        };
        let m = match self.member_refs.get(&(h, member.to_string())) {
            Some(r) => Some(*r),
            None => match h {
                Ref::Id(id) => self
                    .store
                    .members_of(HouseholdId(id))?
                    .into_iter()
                    .find(|m| m.record.name == member)
                    .map(|m| Ref::Id(m.id)),
                Ref::New(_) => None,
            },
        };
        let Some(m) = m else {
            self.problems.field(
                loc,
                "member",
                tr!("imp-no-member", household = household, member = member),
            );
            return Ok(None);
        };
        let what = tr!(
            "imp-what-attendance",
            member = member,
            household = household,
            topic = training.topic.as_str(),
            date = training.date.to_string()
        );
        if let Some(first) = self.attendances.get(&(t, m)) {
            let first = *first;
            self.twice(loc, "member", what, first);
            return Ok(Some(t));
        }
        self.attendances.insert((t, m), loc);
        let existing = match (t, m) {
            (Ref::Id(tid), Ref::Id(mid)) => self
                .store
                .attendance_of(TrainingId(tid))?
                .into_iter()
                .find(|a| a.record.member.0 == mid)
                .map(any),
            _ => None,
        };
        let refs = Refs {
            training: Some(t),
            member: Some(m),
            ..Refs::default()
        };
        self.settle(loc, "member", &what, existing, attendance.into(), refs);
        Ok(Some(t))
    }

    fn visit(&mut self, loc: Loc, household: &str, visit: Visit) -> StoreResult<()> {
        let Some(h) = self.household_ref(loc, "household", household)? else {
            return Ok(());
        };
        let key = (h, visit.date, visit.technician.clone());
        let what = tr!(
            "imp-what-visit",
            technician = visit.technician.as_str(),
            household = household,
            date = visit.date.to_string()
        );
        if let Some(first) = self.visits.get(&key) {
            let first = *first;
            self.twice(loc, "technician", what, first);
            return Ok(());
        }
        self.visits.insert(key, loc);
        let existing = match h {
            Ref::Id(id) => self
                .store
                .visits_of(HouseholdId(id))?
                .into_iter()
                .find(|v| v.record.date == visit.date && v.record.technician == visit.technician)
                .map(any),
            Ref::New(_) => None,
        };
        let refs = Refs {
            household: Some(h),
            ..Refs::default()
        };
        self.settle(loc, "technician", &what, existing, visit.into(), refs);
        Ok(())
    }
}
