//! The training form, with its attendees: a new training ticks the
//! households whose members all attended, and the training and one
//! attendance per member are written in one transaction
//! (`Store::record_training`). An edit changes the training alone; one
//! more attendee, or one fewer, is an attendance record of its own (the
//! attendance form below, and delete on the Attendance screen).

use super::field::{Field, RefSource};
use super::picker::reference_label;
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::submission::Submission;
use super::{Built, Form, FormKind, FormSettings, OpenError};
use kumban_i18n::{Message, tr};
use kumban_model::training::KNOWN_TOPICS;
use kumban_model::*;
use kumban_store::{Store, Stored};

impl Form {
    /// A new training; `household` (when the clerk started from one) is
    /// ticked among the attendees.
    pub fn new_training(
        store: &Store,
        settings: &FormSettings,
        household: Option<HouseholdId>,
    ) -> Result<Form, OpenError> {
        // The list itself is read when its picker opens; here only
        // whether there is any household, and the one started from.
        if store.all::<Household>().next().is_none() {
            return Err(OpenError::NotApplicable(tr("form-training-no-households")));
        }
        let mut ticked = Vec::new();
        if let Some(h) = household
            && let Some(stored) = store.get::<Household>(h)?
        {
            ticked.push((h.0, stored.record.code));
        }
        let mut fields = fields(settings, None);
        fields.push(Field::ticks(
            "attendees",
            "Households attending",
            RefSource::Household,
            ticked,
        ));
        Ok(Form::new(
            FormKind::record::<Training>(None),
            tr!("form-title-new-training"),
            fields,
            settings,
        ))
    }

    pub fn edit_training(
        settings: &FormSettings,
        stored: &Stored<Training>,
    ) -> Result<Form, OpenError> {
        Ok(Form::new(
            FormKind::record::<Training>(Some(TrainingId(stored.id))),
            tr!("form-title-training", date = stored.record.date.to_string()),
            fields(settings, Some(&stored.record)),
            settings,
        ))
    }

    /// One more attendee of a training.
    pub fn new_attendance(
        store: &Store,
        settings: &FormSettings,
        household: Option<HouseholdId>,
    ) -> Result<Form, OpenError> {
        let h = household
            .map(|h| reference_label(store, RecordKind::Household, h.0).map(|l| (h.0, l)))
            .transpose()?;
        Ok(Form::new(
            FormKind::record::<Attendance>(None),
            tr!("form-title-new-attendance"),
            attendance_fields(None, h, None),
            settings,
        ))
    }

    pub fn edit_attendance(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Attendance>,
    ) -> Result<Form, OpenError> {
        let r = &stored.record;
        let t = (
            r.training.0,
            reference_label(store, RecordKind::Training, r.training.0)?,
        );
        let m = store.get::<Member>(r.member)?;
        let h = match &m {
            Some(m) => {
                let hid = m.record.household.0;
                Some((hid, reference_label(store, RecordKind::Household, hid)?))
            }
            None => None,
        };
        let m = (
            r.member.0,
            reference_label(store, RecordKind::Member, r.member.0)?,
        );
        Ok(Form::new(
            FormKind::record::<Attendance>(Some(AttendanceId(stored.id))),
            tr!("form-title-attendance"),
            attendance_fields(Some(t), h, Some(m)),
            settings,
        ))
    }
}

fn fields(settings: &FormSettings, t: Option<&Training>) -> Vec<Field> {
    let text = |f: fn(&Training) -> String| t.map(f).unwrap_or_default();
    vec![
        Field::date(
            "date",
            "Date",
            &t.map(|t| t.date).unwrap_or(settings.today).to_string(),
        ),
        Field::text(
            "topic",
            "Topic",
            &t.map(|t| t.topic.clone())
                .unwrap_or_else(|| KNOWN_TOPICS[0].to_string()),
        ),
        Field::text("trainer", "Trainer", &text(|t| t.trainer.clone())),
        Field::text("place", "Place", &text(|t| t.place.clone())),
        Field::text("notes", "Notes", &text(|t| t.notes.clone())).optional(),
    ]
}

fn attendance_fields(
    training: Option<(u64, String)>,
    household: Option<(u64, String)>,
    member: Option<(u64, String)>,
) -> Vec<Field> {
    vec![
        Field::reference("training", "Training", RefSource::Training, training),
        Field::reference("household", "Household", RefSource::Household, household).models(&[]),
        Field::reference("member", "Member", RefSource::MemberOf("household"), member),
    ]
}

fn build(r: &mut Reader, id: Option<TrainingId>) -> Built {
    let training = Training {
        date: r.date("date"),
        topic: r.text("topic"),
        trainer: r.text("trainer"),
        place: r.text("place"),
        notes: r.text("notes"),
    };
    // The form knows today, so it refuses a training in the future, which
    // the store alone cannot.
    let mut problems = training.problems_on(r.today());
    let submission = match id {
        Some(id) => Submission::Update {
            id: id.0,
            record: training.into(),
            expected: None,
        },
        None => {
            let households = r.ticked_codes("attendees");
            if households.is_empty() {
                problems.push(Problem::said(
                    "attendees",
                    Message::new("err-training-no-attendees"),
                ));
            }
            Submission::Training {
                training,
                households,
            }
        }
    };
    Built {
        submission,
        problems,
    }
}

fn build_attendance(r: &mut Reader, id: Option<AttendanceId>) -> Built {
    let attendance = Attendance {
        training: TrainingId(r.reference("training")),
        member: MemberId(r.reference("member")),
    };
    let problems = attendance.validate();
    let record: AnyRecord = attendance.into();
    let submission = match id {
        Some(id) => Submission::Update {
            id: id.0,
            record,
            expected: None,
        },
        None => Submission::Insert(record),
    };
    Built {
        submission,
        problems,
    }
}

impl RecordForm for Training {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        Form::new_training(store, settings, prefill.household)
    }

    fn edit_form(
        _store: &Store,
        settings: &FormSettings,
        stored: &Stored<Training>,
    ) -> Result<Form, OpenError> {
        Form::edit_training(settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(TrainingId))
    }

    fn describe(&self) -> String {
        format!("{} on {}", self.topic, self.date)
    }

    fn reference_label(&self) -> Option<String> {
        Some(format!("{} {} ({})", self.date, self.topic, self.place))
    }
}

impl RecordForm for Attendance {
    fn new_form(
        store: &Store,
        settings: &FormSettings,
        prefill: Prefill,
    ) -> Result<Form, OpenError> {
        Form::new_attendance(store, settings, prefill.household)
    }

    fn edit_form(
        store: &Store,
        settings: &FormSettings,
        stored: &Stored<Attendance>,
    ) -> Result<Form, OpenError> {
        Form::edit_attendance(store, settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build_attendance(reader, id.map(AttendanceId))
    }

    fn describe(&self) -> String {
        format!("member {} at training {}", self.member, self.training)
    }

    fn reference_label(&self) -> Option<String> {
        None
    }
}
