//! The application state. Everything the screen shows is here, prepared;
//! drawing reads it and never touches the store.

use super::action::Tab;
use super::detail::Detail;
use super::keymap::Mode;
use super::list::{ListView, Rows, Scope};
use super::loader::{BACKGROUND_RECORDS, FIRST_PAGE, Loading};
use super::screens::Screen;
use super::tabs;
use super::theme::Theme;
use kumban_forms::{Form, FormSettings, Picker};
use kumban_model::{Date, RecordKind};
use kumban_report::Dashboard;
use kumban_store::Store;
use kumban_store::remote::Changes;
use std::time::Instant;

/// Below this the screen says how big it must be instead of drawing.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Rows taken by the tab bar, the footer and the status bar.
pub const CHROME_ROWS: u16 = 3;
/// Rows a list spends above its first record: the info line and the header.
pub const LIST_HEAD_ROWS: u16 = 2;

#[derive(Debug, Clone)]
pub enum Popup {
    Help(Help),
    Detail(Detail),
    /// A form: every key goes to it until it is saved or closed.
    Form(Box<Form>),
    /// The list a reference field of the form beneath is chosen from.
    Picker(Box<Picker>),
    /// A y/N question.
    Confirm(Confirm),
    /// A message too long for the status bar (a refused delete).
    Notice(Notice),
    /// The comment an officer returns a month with, being typed.
    Comment(super::review::Comment),
    /// The go-to list of every screen.
    Palette(super::palette::Palette),
}

/// The `?` help: the keys of what is beneath it, scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Help {
    pub scroll: usize,
}

/// A message too long for the status bar (a refused delete), closed with
/// any of Enter, Space or Esc.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub text: String,
}

/// A y/N question and what y does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub question: String,
    pub on_yes: OnYes,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnYes {
    /// Close the form on top, throwing away what was typed.
    Discard,
    /// Delete a record.
    Delete {
        kind: RecordKind,
        id: u64,
        what: String,
    },
    /// Quit although a form holds changes.
    Quit,
    /// Open the form the last session left unsaved (no: throw it away).
    ResumeDraft,
}

/// A change this session made, which `u` can undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionChange {
    pub txn: u64,
    /// What was done, for the status bar: "saved new household BS-47".
    pub what: String,
    /// The record it was about, to select it again after the undo.
    pub kind: RecordKind,
    pub id: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// A step into a related view, remembered so that `Esc` can go back: the
/// tab we came from and what the target list showed before.
#[derive(Debug, Clone)]
pub struct Trail {
    pub from: Tab,
    pub target: Tab,
    pub target_scope: Option<Scope>,
    pub target_filter: String,
    pub target_selected: Option<u64>,
}

pub struct App {
    pub store: Store,
    pub today: Date,
    pub tab: Tab,
    /// One screen per tab, indexed by `Tab::index`; each owns its state
    /// (a list's rows, filter, sort and selection).
    pub(crate) screens: Vec<Screen>,
    /// What `list()` gives on a tab without a list (the dashboard): no
    /// rows, no filter, no scope, so the keys that act on a list find
    /// nothing to act on.
    no_list: ListView,
    /// The last transaction each list saw when it was loaded; a list is
    /// reloaded on entry only when the database has changed since.
    pub loaded_at: Vec<Option<Option<u64>>>,
    pub popups: Vec<Popup>,
    /// Typing into the current list's filter.
    pub filtering: bool,
    pub trail: Vec<Trail>,
    pub message: Option<Message>,
    pub dashboard: Option<Dashboard>,
    /// The database was empty when last looked at: the dashboard tab shows
    /// the welcome screen.
    pub welcome: bool,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    pub theme: Theme,
    /// What the status bar calls the database (its folder).
    pub db_label: String,
    pub user: String,
    /// Why this session may only look (a viewer, or `--read-only`): the
    /// keys that write say so instead of opening a form.
    pub read_only: Option<String>,
    /// What forms prefill (today, currency, gestation, village).
    pub settings: FormSettings,
    /// The changes made in this session, oldest first: `u` undoes the last.
    pub session: Vec<SessionChange>,
    /// The last new record's form of each kind saved in this session: the
    /// next `n` of that kind starts from its values (`Form::carry_from`).
    /// Kept here only, never stored.
    pub last_new: Vec<kumban_forms::Form>,
    /// Lists loading behind the screen (at most one per tab).
    pub loading: Vec<Loading>,
    /// Lists of more records than this load behind the screen.
    pub background_records: usize,
    /// Pickers whose choices load behind the screen.
    pub pickers: super::pick_loader::PickerLoads,
    /// What the change feed said when the screen was last brought up to
    /// date (`None` for a database held in this process: no one else
    /// writes to it).
    pub seen: Option<Changes>,
    /// When this session last asked for a new owner after losing one.
    pub last_reconnect: Option<Instant>,
}

impl App {
    /// A new session on `store`, sized for an 80×24 terminal until told
    /// otherwise. Opens on the dashboard (or the welcome screen).
    pub fn new(store: Store, today: Date) -> App {
        let db_label = store.path().display().to_string();
        let user = store.user().to_string();
        let read_only = store.read_only();
        let mut app = App {
            store,
            today,
            tab: Tab::Dashboard,
            screens: Tab::ALL.into_iter().map(Screen::new).collect(),
            no_list: ListView::new(&[]),
            loaded_at: vec![None; Tab::ALL.len()],
            popups: Vec::new(),
            filtering: false,
            trail: Vec::new(),
            message: None,
            dashboard: None,
            welcome: false,
            size: (80, 24),
            theme: Theme::from_env(),
            db_label,
            user,
            read_only,
            settings: FormSettings::new(today),
            session: Vec::new(),
            last_new: Vec::new(),
            loading: Vec::new(),
            background_records: BACKGROUND_RECORDS,
            pickers: Default::default(),
            seen: None,
            last_reconnect: None,
        };
        app.seen = app.store.changes();
        app.enter_tab(Tab::Dashboard, false);
        app
    }

    /// The current tab's screen.
    pub(crate) fn screen(&self) -> &Screen {
        &self.screens[self.tab.index()]
    }

    /// The current tab's list (an empty one on the dashboard).
    pub fn list(&self) -> &ListView {
        self.list_of(self.tab)
    }

    pub fn list_mut(&mut self) -> &mut ListView {
        self.list_of_mut(self.tab)
    }

    /// The list of `tab`'s screen (an empty one on the dashboard).
    pub fn list_of(&self, tab: Tab) -> &ListView {
        self.screens[tab.index()].list().unwrap_or(&self.no_list)
    }

    pub fn list_of_mut(&mut self, tab: Tab) -> &mut ListView {
        match self.screens[tab.index()].list_mut() {
            Some(list) => list,
            None => &mut self.no_list,
        }
    }

    /// Every screen's list.
    pub fn lists_mut(&mut self) -> impl Iterator<Item = &mut ListView> {
        self.screens.iter_mut().filter_map(Screen::list_mut)
    }

    /// Who has the keyboard.
    pub fn mode(&self) -> Mode {
        match self.popups.last() {
            Some(Popup::Help(_)) => Mode::Help,
            Some(Popup::Detail(_)) => Mode::Detail,
            Some(Popup::Form(_)) => Mode::Form,
            Some(Popup::Picker(_)) => Mode::Picker,
            Some(Popup::Confirm(_)) => Mode::Confirm,
            Some(Popup::Notice(_)) => Mode::Notice,
            // A one-line form: keys go to it.
            Some(Popup::Comment(_)) => Mode::Form,
            Some(Popup::Palette(_)) => Mode::Palette,
            None if self.filtering => Mode::Filter,
            None => Mode::Main,
        }
    }

    /// Records that fit on one screen of the current list.
    pub fn page(&self) -> usize {
        usize::from(
            self.size
                .1
                .saturating_sub(CHROME_ROWS + LIST_HEAD_ROWS)
                .max(1),
        )
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }

    /// The form on top of the popups, if any.
    pub fn form(&self) -> Option<&Form> {
        match self.popups.last() {
            Some(Popup::Form(f)) => Some(f),
            _ => None,
        }
    }

    /// What decides the keys the footer offers: the selected record's
    /// flags and the session's (`keymap::context`).
    pub fn hint_flags(&self) -> u8 {
        let mut flags = self.selected_flags();
        if self.read_only.is_none() {
            flags |= super::keymap::context::WRITES;
        }
        let detail = matches!(self.popups.last(), Some(Popup::Detail(_)));
        let linked = match self.tab {
            Tab::Dashboard => super::dash_links::selected(self).is_some(),
            Tab::Reports => super::report_view::selected_link(self).is_some(),
            _ => false,
        };
        if detail || linked || self.list().selected_row().is_some() {
            flags |= super::keymap::context::RECORD;
        }
        flags
    }

    /// The flags of the record the keys act on: the open detail's, else
    /// the selected row's.
    pub fn selected_flags(&self) -> u8 {
        let list = self.list();
        let id = match self.popups.last() {
            Some(Popup::Detail(d)) => d.id,
            _ => return list.selected_row().map_or(0, |r| r.flags()),
        };
        match list.selected_row() {
            Some(r) if r.id() == id => r.flags(),
            _ => list
                .rows
                .iter()
                .find(|r| r.id() == id)
                .map_or(0, |r| r.flags()),
        }
    }

    pub fn fail(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
    }

    /// Switches to `tab`, loading its rows if the database changed since
    /// they were last read (or always, when `force`).
    pub fn enter_tab(&mut self, tab: Tab, force: bool) {
        self.tab = tab;
        self.filtering = false;
        let version = match self.version() {
            Ok(v) => v,
            Err(e) => {
                self.fail(e.to_string());
                return;
            }
        };
        let i = tab.index();
        if !force && self.loaded_at[i] == Some(version) {
            return;
        }
        if tab == Tab::Dashboard {
            self.welcome = self.store.is_empty();
            match Dashboard::compute(&self.store, self.today) {
                Ok(d) => self.dashboard = Some(d),
                Err(e) => self.fail(e.to_string()),
            }
        } else if tab == Tab::Reports {
            super::report_view::enter(self, version, force);
        } else {
            // One load per list at a time: changes that come meanwhile are
            // caught up by one more load when it arrives (`take_loaded`),
            // so a busy office never piles up loads of a million rows.
            if self.is_loading(tab) {
                return;
            }
            let page = self.page();
            let size = tabs::size(&self.store, tab).unwrap_or(u64::MAX);
            let behind_from = self.background_records.min(tabs::behind_from(tab));
            if size > behind_from as u64 && self.load_behind(tab, version) {
                return;
            }
            match tabs::load(&self.store, tab, self.today) {
                Ok(rows) => self.list_of_mut(tab).set_rows(rows, page),
                Err(e) => {
                    self.fail(e.to_string());
                    return;
                }
            }
        }
        self.loaded_at[i] = Some(version);
    }

    /// What the database is at: the next transaction number, which every
    /// save and every review of a month moves.
    fn version(&self) -> Result<Option<u64>, kumban_store::StoreError> {
        Ok(Some(self.store.counters()?.next_txn))
    }

    /// Starts loading `tab` on a thread, showing its first page meanwhile
    /// if it has never been shown (rows already on screen stay until the
    /// fresh ones arrive). False when no thread could start.
    fn load_behind(&mut self, tab: Tab, version: Option<u64>) -> bool {
        let Some(loading) = Loading::start(&self.store, tab, self.today, version) else {
            return false;
        };
        self.loading.retain(|l| l.tab != tab);
        self.loading.push(loading);
        if !self.list_of(tab).loaded {
            let page = self.page();
            let mut rows = match tabs::first_page(&self.store, tab, FIRST_PAGE) {
                Ok(Some(rows)) => rows,
                Ok(None) => Rows::default(),
                Err(e) => {
                    self.fail(e.to_string());
                    Rows::default()
                }
            };
            rows.set_note(Some(if rows.is_empty() {
                "loading…".to_string()
            } else {
                format!(
                    "{} {} shown, loading the rest…",
                    if tab == Tab::Income {
                        "newest"
                    } else {
                        "first"
                    },
                    tabs::thousands(rows.len() as u64)
                )
            }));
            self.list_of_mut(tab).set_rows(rows, page);
        } else if self.list_of(tab).rows.note().is_none() {
            // The rows on screen stay until the fresh ones arrive; say so.
            self.list_of_mut(tab)
                .rows
                .set_note(Some("updating…".into()));
        }
        true
    }

    /// True while `tab`'s rows are on their way.
    pub fn is_loading(&self, tab: Tab) -> bool {
        self.loading.iter().any(|l| l.tab == tab)
    }

    /// Puts the lists that finished loading in place; true when the
    /// screen changed.
    pub fn take_loaded(&mut self) -> bool {
        let mut changed = false;
        let page = self.page();
        for loading in std::mem::take(&mut self.loading) {
            match loading.ready() {
                None => self.loading.push(loading),
                Some(Ok(rows)) => {
                    self.list_of_mut(loading.tab).set_rows(rows, page);
                    self.loaded_at[loading.tab.index()] = Some(loading.version);
                    changed = true;
                    // Saved meanwhile: the list on screen catches up.
                    if loading.tab == self.tab
                        && let Ok(now) = self.version()
                        && now != loading.version
                    {
                        self.load_behind(loading.tab, now);
                    }
                }
                Some(Err(e)) => {
                    // The rows on screen stay, no longer said to be coming.
                    self.list_of_mut(loading.tab).rows.set_note(None);
                    self.fail(e);
                    changed = true;
                }
            }
        }
        changed | super::report_view::poll(self) | super::pick_loader::poll(self)
    }

    /// True while a list or a report is on its way behind the screen.
    pub fn busy(&self) -> bool {
        !self.loading.is_empty() || super::report_view::busy(self) || self.pickers.busy()
    }
}
