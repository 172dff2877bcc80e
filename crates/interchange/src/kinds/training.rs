//! Training and attendance rows in exports and imports. A training is
//! named by its date, topic and place (the store keeps one training of a
//! topic at a place a day); an attendance names its training so, and its
//! member by household code and name, as members.csv does.

use super::{InterchangeKind, Resolved};
use crate::columns::{Cell::*, Column, col};
use crate::from_cells::*;
use crate::to_cells::*;
use kumban_model::training::training_after_today_said;
use kumban_model::*;

impl InterchangeKind for Training {
    const STEM: &'static str = "trainings";
    const ONE: &'static str = "training";
    const MANY: &'static str = "trainings";
    const COLUMNS: &'static [Column] = &[
        col("date", Text, true),
        col("topic", Text, true),
        col("trainer", Text, true),
        col("place", Text, true),
        col("notes", Text, false),
    ];

    fn cells(&self, _names: &Names) -> Result<Vec<String>, ExportError> {
        Ok(vec![
            self.date.to_string(),
            self.topic.clone(),
            self.trainer.clone(),
            self.place.clone(),
            self.notes.clone(),
        ])
    }

    fn draft(c: &mut Cells) -> Draft {
        let date = c.date("date");
        if let Some(m) = date.and_then(|d| training_after_today_said(d, c.today())) {
            c.bad("date", m.text());
        }
        Draft::Training(Training {
            date: date.unwrap_or(placeholder_date()),
            topic: c.text("topic"),
            trainer: c.text("trainer"),
            place: c.text("place"),
            notes: c.text("notes"),
        })
    }

    fn fill_refs(&mut self, _ids: &Resolved) -> Option<()> {
        Some(())
    }
}

impl InterchangeKind for Attendance {
    const STEM: &'static str = "attendance";
    const ONE: &'static str = "attendance";
    const MANY: &'static str = "attendances";
    const COLUMNS: &'static [Column] = &[
        col("training_date", Text, true),
        col("training_topic", Text, true),
        col("training_place", Text, true),
        col("household", Text, true),
        col("member", Text, true),
    ];

    fn cells(&self, names: &Names) -> Result<Vec<String>, ExportError> {
        let what = || kumban_i18n::tr!("exp-what-attendance", training = self.training.to_string());
        let (date, topic, place) =
            names
                .trainings
                .get(&self.training.0)
                .cloned()
                .ok_or_else(|| ExportError::Dangling {
                    what: what(),
                    target: "training",
                    id: self.training.0,
                })?;
        let (household, name) =
            names
                .members
                .get(&self.member.0)
                .cloned()
                .ok_or_else(|| ExportError::Dangling {
                    what: what(),
                    target: "household member",
                    id: self.member.0,
                })?;
        Ok(vec![date, topic, place, household, name])
    }

    fn draft(c: &mut Cells) -> Draft {
        let date = c.date("training_date");
        Draft::Attendance {
            training: TrainingKey {
                date: date.unwrap_or(placeholder_date()),
                topic: c.text("training_topic"),
                place: c.text("training_place"),
            },
            household: c.text("household"),
            member: c.text("member"),
            attendance: Attendance {
                training: TrainingId(NO_ID),
                member: MemberId(NO_ID),
            },
        }
    }

    fn fill_refs(&mut self, ids: &Resolved) -> Option<()> {
        self.training = TrainingId(ids.training?);
        self.member = MemberId(ids.member?);
        Some(())
    }
}
