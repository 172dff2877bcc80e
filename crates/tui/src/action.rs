//! What the user asked for (`Action`) and what the terminal layer must do
//! about it (`Effect`). Keys become actions through the keymap; `update`
//! turns actions into state changes and effects.

/// The screens, in the order of the bar (grouped by `nav::GROUPS`) and of
/// Tab / Shift-Tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Dashboard,
    Households,
    /// The people of the households (schema 2).
    Members,
    Pens,
    Cattle,
    Breeding,
    Income,
    /// The office's reports (`kumban report`), with charts.
    Reports,
    Rates,
    History,
    Review,
    /// Vaccinations, treatments, dewormings and check-ups (schema 3).
    Health,
    /// Weights of the animals (schema 3); shown in the Herd group.
    Weights,
    /// Trainings, who attended them, and technician visits (schema 4);
    /// the Field group.
    Trainings,
    Attendance,
    Visits,
}

impl Tab {
    pub const ALL: [Tab; 16] = [
        Tab::Dashboard,
        Tab::Households,
        Tab::Members,
        Tab::Pens,
        Tab::Cattle,
        Tab::Breeding,
        Tab::Weights,
        Tab::Income,
        Tab::Reports,
        Tab::Rates,
        Tab::History,
        Tab::Review,
        Tab::Health,
        Tab::Trainings,
        Tab::Attendance,
        Tab::Visits,
    ];

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    pub fn title(self) -> &'static str {
        match self {
            Tab::Dashboard => "Dashboard",
            Tab::Households => "Households",
            Tab::Members => "Members",
            Tab::Pens => "Pens",
            Tab::Cattle => "Cattle",
            Tab::Breeding => "Breeding",
            Tab::Health => "Health",
            Tab::Income => "Income",
            Tab::Reports => "Reports",
            Tab::Rates => "Rates",
            Tab::History => "History",
            Tab::Review => "Review",
            Tab::Weights => "Weights",
            Tab::Trainings => "Trainings",
            Tab::Attendance => "Attendance",
            Tab::Visits => "Visits",
        }
    }

    /// The title in the current language (`title` is its English and id).
    pub fn name(self) -> String {
        kumban_i18n::tr_text("tab", self.title())
    }

    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }

    /// Every tab but the dashboard and the reports is a list of records.
    pub fn is_list(self) -> bool {
        !matches!(self, Tab::Dashboard | Tab::Reports)
    }
}

/// "Related records one key away": from the selected record to a filtered
/// view of another tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Related {
    /// A household's pens.
    PensOfHousehold,
    /// A household's cattle.
    CattleOfHousehold,
    /// A household's income logs.
    IncomeOfHousehold,
    /// A household's members.
    MembersOfHousehold,
    /// The animals kept in a pen.
    AnimalsInPen,
    /// A cow's breeding history.
    BreedingOfCow,
    /// A cow's calves.
    CalvesOfCow,
    /// Income logs that name an animal (its sale, say).
    IncomeOfAnimal,
    /// The household that owns the selected pen, animal or income log.
    OwnerHousehold,
    /// The cow of the selected pregnancy.
    CowOfPregnancy,
    /// An animal's health events.
    HealthOfAnimal,
    /// The animal of the selected health event.
    AnimalOfEvent,
    /// An animal's weights.
    WeightsOfAnimal,
    /// The animal of the selected weight.
    AnimalOfWeight,
    /// A training's attendance.
    AttendeesOfTraining,
    /// The training of the selected attendance.
    TrainingOfAttendance,
    /// A household's technician visits.
    VisitsOfHousehold,
    /// The trainings a member attended (as attendance records).
    TrainingsOfMember,
}

/// A step of the breeding workflow, each one form and one transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Workflow {
    /// On a cow: a new pending pregnancy.
    Service,
    /// On a pending pregnancy: pregnant, open, or check again.
    Check,
    /// On a pending pregnancy: the calving and the calf.
    Calving,
    /// On a pending pregnancy: lost, with a reason.
    Loss,
    /// On an active animal: sold, with the income.
    Sale,
    /// On an active animal: died, with the cause.
    Death,
    /// On the Health screen: a vaccination campaign over a place.
    Campaign,
    /// On the Cattle screen: several animals given to a household at once.
    Distribute,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Ctrl-L: throw away what the terminal shows and draw everything.
    Redraw,
    GoTab(Tab),
    /// A group's digit: its first screen, or from within it the next one
    /// (`nav::target`). The index is into `nav::GROUPS`.
    GoGroup(usize),
    /// `:` or Ctrl-P: the go-to list of every screen.
    OpenPalette,
    NextTab,
    PrevTab,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Enter: open the selected record in a detail popup.
    Open,
    /// `/`: start typing a filter.
    StartFilter,
    FilterChar(char),
    FilterBackspace,
    /// Enter while typing a filter: keep it and go back to the list.
    FilterDone,
    /// Text pasted by the terminal (bracketed paste).
    Paste(String),
    CycleSort,
    ReverseSort,
    /// Reload the current tab from the database.
    Refresh,
    Help,
    /// Esc: close a popup, clear the filter, or go back from a related view.
    Back,
    Jump(Related),
    /// `n`: a new record of this tab's kind, in a form.
    New,
    /// `e`: edit the selected record in a form.
    Edit,
    /// `d`: delete the selected record, after a y/N question.
    Delete,
    /// `u`: undo the last change made in this session.
    Undo,
    /// A breeding-workflow key on the selected record.
    Workflow(Workflow),
    /// A key for the form or the picker on top, handed over as it came.
    Key(crossterm::event::KeyEvent),
    /// The answer to a y/N question: y is true; n, Esc and Enter are false.
    Answer(bool),
    /// The terminal changed size (columns, rows).
    Resize(u16, u16),
    /// On the Review tab: approve, return, reopen or mark fixed the
    /// selected village's month.
    Review(kumban_model::ReviewAction),
    /// On the Reports tab: another report or period.
    Report(ReportKey),
}

/// A key of the Reports screen: which report, and over which period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportKey {
    /// The next report (household, village, …, calvings, then round).
    NextKind,
    PrevKind,
    /// The period before: a year, a quarter or a month back.
    Earlier,
    Later,
    /// Year, then quarter, then month, then year again.
    Unit,
    /// Amounts as recorded, then all in USD, LAK, CNY, THB, and round.
    Currency,
}

/// What `update` asks the terminal layer to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The state changed: draw a frame.
    Render,
    /// Clear the terminal and draw everything (Ctrl-L).
    FullRedraw,
    Quit,
}
