//! Pickers for reference fields: a list that filters as you type and holds
//! only valid choices (a pen of the chosen household; a cow that is an
//! active female without a pending pregnancy).

use super::field::typed_char;
use super::keys;
use super::line_edit::LineEdit;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use kumban_i18n::{tr, tr_text};
use kumban_model::*;
use kumban_store::{Store, StoreError, Stored};
use std::collections::{HashMap, HashSet};

// A list of several to tick; a child module so it reaches the list's state.
#[path = "picker_ticks.rs"]
mod ticks;
// A picker whose choices are still on their way from the store.
#[path = "picker_loading.rs"]
mod loading;

/// Where the choices come from, resolved against the form's other fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerSource {
    Household,
    PenOf(HouseholdId),
    /// Active females with no pending pregnancy, other than `ignoring`
    /// (the pregnancy being edited).
    Cow {
        ignoring: Option<PregnancyId>,
    },
    /// Females of the herd, whatever their status, except the animal itself.
    Dam {
        except: Option<AnimalId>,
    },
    /// Animals of one household, or of all.
    Animals(Option<HouseholdId>),
    CalfOf(AnimalId),
    /// Every training, newest first.
    Training,
    /// The members of one household.
    MemberOf(HouseholdId),
    /// Males of the herd, whatever their status (a bull sold since).
    Bull,
    /// Every household, several ticked (a training's attendees); the
    /// filter matches the village too, so one key ticks a whole village.
    Households {
        ticked: Vec<u64>,
    },
}

impl PickerSource {
    pub fn title(&self) -> &'static str {
        match self {
            PickerSource::Household => "Choose a household",
            PickerSource::PenOf(_) => "Choose a pen of the household",
            PickerSource::Cow { .. } => "Choose a cow (active, not pregnant)",
            PickerSource::Dam { .. } => "Choose the dam (a female of the herd)",
            PickerSource::Animals(_) => "Choose an animal",
            PickerSource::CalfOf(_) => "Choose the calf",
            PickerSource::Training => "Choose a training",
            PickerSource::MemberOf(_) => "Choose a member of the household",
            PickerSource::Bull => "Choose the bull (a male of the herd)",
            PickerSource::Households { .. } => "Tick the households that attended",
        }
    }
}

/// A form asks for a picker on one of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerRequest {
    pub field: &'static str,
    pub source: PickerSource,
    /// What the clerk had started typing on the field.
    pub query: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickItem {
    pub id: u64,
    /// What the filter matches and the list shows first: code, tag, label.
    pub code: String,
    /// Matched too: the head's name, the breed.
    pub name: String,
    /// Shown, not matched: village, owner, status.
    pub detail: String,
    /// What the form shows once picked.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerOutcome {
    Continue,
    Picked {
        field: &'static str,
        id: u64,
        label: String,
    },
    /// A list of several: the ticked items' ids and codes, in list order.
    Ticked {
        field: &'static str,
        ticked: Vec<(u64, String)>,
    },
    Cancel,
}

#[derive(Debug, Clone)]
pub struct Picker {
    pub field: &'static str,
    title: String,
    items: Vec<PickItem>,
    /// Lower-cased `code name` of each item, computed once.
    haystacks: Vec<String>,
    query: LineEdit,
    shown: Vec<usize>,
    selected: usize,
    /// A list of several: which items are ticked, by item index.
    ticks: Option<Vec<bool>>,
    /// The choices are on their way (`Picker::waiting`): the load's token.
    pending: Option<u64>,
}

impl Picker {
    /// Loads the valid choices for a request from the store.
    pub fn open(store: &Store, request: &PickerRequest) -> Result<Picker, StoreError> {
        let items = choices(store, &request.source)?;
        if let PickerSource::Households { ticked } = &request.source {
            return Ok(Picker::new_ticks(
                request.field,
                request.source.title(),
                items,
                &request.query,
                ticked,
            ));
        }
        Ok(Picker::new(
            request.field,
            request.source.title(),
            items,
            &request.query,
        ))
    }

    pub fn new(field: &'static str, title: &str, items: Vec<PickItem>, query: &str) -> Picker {
        let mut p = Picker::empty(field, title, query, false);
        p.fill(items, None);
        p
    }

    /// A picker with no items yet, the filter holding `query`.
    fn empty(field: &'static str, title: &str, query: &str, ticks: bool) -> Picker {
        let mut p = Picker {
            field,
            title: title.to_string(),
            items: Vec::new(),
            haystacks: Vec::new(),
            query: LineEdit::new(),
            shown: Vec::new(),
            selected: 0,
            ticks: ticks.then(Vec::new),
            pending: None,
        };
        // A query with a control character is dropped rather than refused:
        // it came from a key, not from the clerk's intent.
        let _ = p.query.paste(query);
        p
    }

    /// Puts `items` in the list, filtered by the query as it stands. A list
    /// of several (`ticked` given) ticks those ids and matches the detail
    /// too (a household's village).
    fn fill(&mut self, items: Vec<PickItem>, ticked: Option<&[u64]>) {
        self.haystacks = items
            .iter()
            .map(|i| match ticked {
                Some(_) => format!("{} {} {}", i.code, i.name, i.detail),
                None => format!("{} {}", i.code, i.name),
            })
            .map(|h| h.to_lowercase())
            .collect();
        self.ticks = ticked.map(|t| {
            let wanted: HashSet<u64> = t.iter().copied().collect();
            items.iter().map(|i| wanted.contains(&i.id)).collect()
        });
        self.items = items;
        self.refilter();
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn query(&self) -> &LineEdit {
        &self.query
    }

    pub fn total(&self) -> usize {
        self.items.len()
    }

    /// The items that match the filter, in list order.
    pub fn shown(&self) -> impl Iterator<Item = &PickItem> {
        self.shown.iter().map(|i| &self.items[*i])
    }

    pub fn shown_len(&self) -> usize {
        self.shown.len()
    }

    /// Index of the selected item among the shown ones.
    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn selected_item(&self) -> Option<&PickItem> {
        self.shown.get(self.selected).map(|i| &self.items[*i])
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> PickerOutcome {
        if key.kind == KeyEventKind::Release {
            return PickerOutcome::Continue;
        }
        if let Some(c) = typed_char(&key) {
            if self.query.insert(c).is_ok() {
                self.refilter();
            }
            return PickerOutcome::Continue;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let last = self.shown.len().saturating_sub(1);
        if keys::PICK_BACK.matches(&key) {
            return PickerOutcome::Cancel;
        }
        // With no items yet only the filter is edited: Enter on a list of
        // several would hand back an empty set and wipe the field's ticks.
        if self.pending.is_some() && !loading::edits_filter(&key) {
            return PickerOutcome::Continue;
        }
        if self.ticks.is_some() {
            if keys::PICK_CHOOSE.matches(&key) {
                return PickerOutcome::Ticked {
                    field: self.field,
                    ticked: self.ticked(),
                };
            }
            if keys::PICK_TICK.matches(&key) {
                self.tick_selected();
                return PickerOutcome::Continue;
            }
            if keys::PICK_TICK_SHOWN.matches(&key) {
                self.tick_shown();
                return PickerOutcome::Continue;
            }
        }
        if keys::PICK_CHOOSE.matches(&key) {
            return match self.selected_item() {
                Some(item) => PickerOutcome::Picked {
                    field: self.field,
                    id: item.id,
                    label: item.label.clone(),
                },
                None => PickerOutcome::Continue,
            };
        }
        match key.code {
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down => self.selected = (self.selected + 1).min(last),
            KeyCode::PageUp => self.selected = self.selected.saturating_sub(10),
            KeyCode::PageDown => self.selected = (self.selected + 10).min(last),
            KeyCode::Home => self.selected = 0,
            KeyCode::End => self.selected = last,
            KeyCode::Backspace if self.query.backspace() => self.refilter(),
            KeyCode::Left => {
                self.query.left();
            }
            KeyCode::Right => {
                self.query.right();
            }
            KeyCode::Char('u') if ctrl => {
                self.query.clear();
                self.refilter();
            }
            _ => {}
        }
        PickerOutcome::Continue
    }

    pub fn paste(&mut self, text: &str) {
        if self.query.paste(text).is_ok() {
            self.refilter();
        }
    }

    /// Every word of the filter must appear in the code or the name, in any
    /// case and any script.
    fn refilter(&mut self) {
        let q = self.query.text().to_lowercase();
        if let Some(village) = self.one_village(&q) {
            self.shown = village;
            self.selected = 0;
            return;
        }
        let words: Vec<&str> = q.split_whitespace().collect();
        self.shown = self
            .haystacks
            .iter()
            .enumerate()
            .filter(|(_, h)| words.iter().all(|w| h.contains(w)))
            .map(|(i, _)| i)
            .collect();
        self.selected = 0;
    }
}

pub fn household_label(h: &Household) -> String {
    format!("{} {}", h.code, h.head_name)
}

pub fn animal_label(a: &Animal) -> String {
    format!("{} ({})", a.ear_tag, tr_text("choice", a.sex.label()))
}

pub fn pen_label(p: &Pen) -> String {
    p.label.clone()
}

fn household_item(h: &Stored<Household>) -> PickItem {
    PickItem {
        id: h.id,
        code: h.record.code.clone(),
        name: h.record.head_name.clone(),
        detail: h.record.village.clone(),
        label: household_label(&h.record),
    }
}

fn animal_item(a: &Stored<Animal>, codes: &HashMap<u64, String>) -> PickItem {
    let owner = codes
        .get(&a.record.household.0)
        .map(String::as_str)
        .unwrap_or("?");
    PickItem {
        id: a.id,
        code: a.record.ear_tag.clone(),
        name: a.record.breed.clone(),
        detail: tr!(
            "picker-animal-detail",
            sex = tr_text("choice", a.record.sex.label()),
            status = tr_text("choice", a.record.status.label()),
            owner = owner
        ),
        label: animal_label(&a.record),
    }
}

fn household_codes(store: &Store) -> Result<HashMap<u64, String>, StoreError> {
    store
        .all::<Household>()
        .map(|h| h.map(|h| (h.id, h.record.code)))
        .collect()
}

/// The valid choices for a source, in the store's id order.
pub fn choices(store: &Store, source: &PickerSource) -> Result<Vec<PickItem>, StoreError> {
    Ok(match source {
        PickerSource::Household | PickerSource::Households { .. } => store
            .all::<Household>()
            .map(|h| h.map(|h| household_item(&h)))
            .collect::<Result<_, _>>()?,
        PickerSource::PenOf(h) => store
            .pens_of(*h)?
            .iter()
            .map(|p| PickItem {
                id: p.id,
                code: p.record.label.clone(),
                name: String::new(),
                detail: tr!(
                    "picker-pen-detail",
                    status = tr_text("choice", p.record.status.label()),
                    head = i64::from(p.record.capacity)
                ),
                label: pen_label(&p.record),
            })
            .collect(),
        PickerSource::Cow { ignoring } => {
            let codes = household_codes(store)?;
            // One read of the pending index instead of one per cow.
            let served: HashSet<AnimalId> = store
                .pending_expected_between(None, None)?
                .into_iter()
                .filter(|p| Some(PregnancyId(p.id)) != *ignoring)
                .map(|p| p.record.cow)
                .collect();
            let mut out = Vec::new();
            for a in store.all::<Animal>() {
                let a = a?;
                if a.record
                    .can_be_served(served.contains(&AnimalId(a.id)))
                    .is_ok()
                {
                    out.push(animal_item(&a, &codes));
                }
            }
            out
        }
        PickerSource::Dam { except } => {
            let codes = household_codes(store)?;
            let mut out = Vec::new();
            for a in store.all::<Animal>() {
                let a = a?;
                if a.record.sex == Sex::Female && Some(AnimalId(a.id)) != *except {
                    out.push(animal_item(&a, &codes));
                }
            }
            out
        }
        PickerSource::Bull => {
            let codes = household_codes(store)?;
            let mut out = Vec::new();
            for a in store.all::<Animal>() {
                let a = a?;
                if a.record.sex == Sex::Male {
                    out.push(animal_item(&a, &codes));
                }
            }
            out
        }
        PickerSource::Animals(h) => {
            let codes = household_codes(store)?;
            let animals: Vec<Stored<Animal>> = match h {
                Some(h) => store.animals_of(*h)?,
                None => store.all::<Animal>().collect::<Result<_, _>>()?,
            };
            animals.iter().map(|a| animal_item(a, &codes)).collect()
        }
        PickerSource::Training => {
            let mut out: Vec<PickItem> = store
                .all::<Training>()
                .map(|t| {
                    t.map(|t| PickItem {
                        id: t.id,
                        code: t.record.date.to_string(),
                        name: t.record.topic.clone(),
                        detail: t.record.place.clone(),
                        label: format!("{} {} ({})", t.record.date, t.record.topic, t.record.place),
                    })
                })
                .collect::<Result<_, _>>()?;
            // The training being entered is most often a recent one.
            out.reverse();
            out
        }
        PickerSource::MemberOf(h) => store
            .members_of(*h)?
            .into_iter()
            .map(|m| PickItem {
                id: m.id,
                code: m.record.name.clone(),
                name: String::new(),
                detail: m.record.birth_year.to_string(),
                label: m.record.name,
            })
            .collect(),
        PickerSource::CalfOf(cow) => {
            let codes = household_codes(store)?;
            store
                .calves_of(*cow)?
                .iter()
                .map(|a| animal_item(a, &codes))
                .collect()
        }
    })
}

pub use crate::record_form::reference_label;
