//! Building the Reports tab's tables. A table is built once per report,
//! period and state of the database, and kept, so a key that comes back
//! to it draws at once. On a database of more records than a list loads
//! in place (`App::background_records`), it is built on a thread of its
//! own, one at a time, while the keys keep answering; the table from
//! before the data changed stays on screen until the fresh one comes.

use super::action::Tab;
use super::app::{App, Popup};
use super::screens::{ReportsScreen, Screen};
use super::tabs;
use super::text::{self, clean};
use kumban_model::Currency;
use kumban_model::Date;
use kumban_report::reports::{self, Cell, ReportKind, RowLink, Span, Table};
use kumban_store::Store;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Tables kept, beyond which the oldest goes.
const KEPT: usize = 32;
/// Text columns wider than this are cut (a head's long name).
const TEXT_WIDTH: usize = 24;

/// A table with its cells already written out and its columns measured,
/// so that drawing a frame of a 20,000-row report only lays out the rows
/// on screen.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub table: Table,
    /// Each row's cells as shown, cleaned for the terminal.
    pub cells: Vec<Vec<String>>,
    /// Each column's width in cells: its name's or its widest cell's.
    pub widths: Vec<usize>,
}

impl Prepared {
    pub fn new(table: Table) -> Prepared {
        let cells: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|r| {
                r.iter()
                    .zip(&table.columns)
                    .map(|(cell, column)| cell_text(cell, column))
                    .collect()
            })
            .collect();
        let mut widths: Vec<usize> = table
            .columns
            .iter()
            .map(|c| text::width(&c.label(table.kind)))
            .collect();
        for row in &cells {
            for (w, c) in widths.iter_mut().zip(row) {
                *w = (*w).max(text::width(c));
            }
        }
        for (w, c) in widths.iter_mut().zip(&table.columns) {
            if !c.numeric {
                *w = (*w).min(TEXT_WIDTH);
            }
        }
        Prepared {
            table,
            cells,
            widths,
        }
    }
}

fn cell_text(cell: &Cell, column: &reports::Column) -> String {
    match cell {
        Cell::Text(s) => clean(&column.shown(s)),
        Cell::Count(n) => n.to_string(),
        Cell::Money(m) => kumban_model::money::format_wide_minor(*m, true),
        Cell::Blank => String::new(),
    }
}

/// A report and the currency it is shown in (`None`: as recorded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Which {
    pub kind: ReportKind,
    pub currency: Option<Currency>,
}

struct Entry {
    which: Which,
    span: Span,
    /// The database's version the table was built at.
    version: Option<u64>,
    prepared: Prepared,
}

/// The tables built so far. Entries from before the data changed are
/// kept to show while their fresh ones are built.
#[derive(Default)]
pub struct Cache {
    entries: Vec<Entry>,
    /// The database's version now, as last seen on entering the tab.
    version: Option<u64>,
}

impl Cache {
    /// The table of `which` over `span`, fresh or not.
    pub fn get(&self, which: Which, span: Span) -> Option<&Prepared> {
        self.entry(which, span).map(|e| &e.prepared)
    }

    /// Whether the table of `which` over `span` is as of the data now.
    pub fn fresh(&self, which: Which, span: Span) -> bool {
        self.entry(which, span)
            .is_some_and(|e| e.version == self.version)
    }

    fn entry(&self, which: Which, span: Span) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.which == which && e.span == span)
    }

    fn put(&mut self, which: Which, span: Span, version: Option<u64>, prepared: Prepared) {
        self.entries
            .retain(|e| !(e.which == which && e.span == span));
        if self.entries.len() >= KEPT {
            self.entries.remove(0);
        }
        self.entries.push(Entry {
            which,
            span,
            version,
            prepared,
        });
    }
}

/// A table on its way from a thread.
pub struct Job {
    which: Which,
    span: Span,
    version: Option<u64>,
    table: Receiver<Result<Prepared, String>>,
}

fn screen(app: &App) -> Option<&ReportsScreen> {
    match &app.screens[Tab::Reports.index()] {
        Screen::Reports(s) => Some(s),
        _ => None,
    }
}

fn screen_mut(app: &mut App) -> Option<&mut ReportsScreen> {
    match &mut app.screens[Tab::Reports.index()] {
        Screen::Reports(s) => Some(s),
        _ => None,
    }
}

/// On entering the tab (or after a change to the data): the period
/// starts at today's month, tables from before `version` are no longer
/// fresh (none is, when `force`: `r` reloads), and the chosen one is
/// built if need be.
pub fn enter(app: &mut App, version: Option<u64>, force: bool) {
    let today = app.today;
    if let Some(s) = screen_mut(app) {
        if s.anchor.is_none() {
            use chrono::Datelike;
            s.anchor = Some((today.0.year(), today.0.month()));
        }
        s.cache.version = version;
        if force {
            for e in &mut s.cache.entries {
                e.version = None;
            }
        }
    }
    request(app);
}

/// Builds the chosen table unless it is fresh or already on its way:
/// in place on a small database, else on a thread.
pub fn request(app: &mut App) {
    let big = match tabs::size(&app.store, Tab::Reports) {
        Ok(n) => n > app.background_records as u64,
        Err(_) => true,
    };
    let (store, today) = (app.store.clone(), app.today);
    let Some(s) = screen_mut(app) else {
        return;
    };
    let Some(span) = s.span() else {
        return;
    };
    let which = s.which();
    if s.cache.fresh(which, span) || s.job.is_some() {
        // A job for another table ends first; `poll` then asks again.
        return;
    }
    let version = s.cache.version;
    if big && let Some(job) = start(&store, which, span, today, version) {
        s.job = Some(job);
        return;
    }
    match build(&store, which, span, today) {
        Ok(p) => s.cache.put(which, span, version, p),
        Err(e) => s.error = Some(e),
    }
}

fn build(store: &Store, which: Which, span: Span, today: Date) -> Result<Prepared, String> {
    reports::build_in(store, which.kind, span, today, which.currency)
        .map(Prepared::new)
        .map_err(|e| e.to_string())
}

fn start(
    store: &Store,
    which: Which,
    span: Span,
    today: Date,
    version: Option<u64>,
) -> Option<Job> {
    let (tx, table) = mpsc::channel();
    let store = store.clone();
    // The table is said in the screen's language, not the process's
    // default (a test draws one screen in three languages).
    let lang = kumban_i18n::current();
    std::thread::Builder::new()
        .name("kumban-report".into())
        .spawn(move || {
            // The receiver may be gone (the session ended): nothing to do.
            let _ = tx.send(kumban_i18n::with_lang(lang, || {
                build(&store, which, span, today)
            }));
        })
        .ok()?;
    Some(Job {
        which,
        span,
        version,
        table,
    })
}

/// True while a table is being built behind the screen.
pub fn busy(app: &App) -> bool {
    screen(app).is_some_and(|s| s.job.is_some())
}

/// Puts a table that finished building in place and starts the one
/// chosen meanwhile, if another; true when the screen changed.
pub fn poll(app: &mut App) -> bool {
    let Some(s) = screen_mut(app) else {
        return false;
    };
    let Some(job) = &s.job else {
        return false;
    };
    let done = match job.table.try_recv() {
        Ok(result) => result,
        Err(TryRecvError::Empty) => return false,
        Err(TryRecvError::Disconnected) => Err(kumban_i18n::tr("report-stopped")),
    };
    let (which, span, version) = (job.which, job.span, job.version);
    s.job = None;
    let chosen = s.span() == Some(span) && s.which() == which;
    match done {
        Ok(p) => s.cache.put(which, span, version, p),
        Err(e) if chosen => s.error = Some(e),
        Err(_) => {}
    }
    request(app);
    true
}

/// What the selected row stands for, if anything.
pub fn selected_link(app: &App) -> Option<RowLink> {
    let s = screen(app)?;
    s.shown()?.table.link(s.selected)
}

/// Enter on a row: a household opens on the Households tab, selected and
/// in its detail; a month opens the Income tab filtered to its dates.
pub fn open(app: &mut App, link: RowLink) -> bool {
    match link {
        RowLink::Household(id) => {
            app.enter_tab(Tab::Households, false);
            let page = app.page();
            let loading = app.is_loading(Tab::Households);
            let view = app.list_mut();
            view.scope = None;
            view.filter.clear();
            view.refilter(page);
            if loading {
                // A long list still loading selects it when it arrives.
                view.want = Some(id);
            }
            view.select_id(Some(id), page);
            match tabs::detail(&app.store, Tab::Households, id, app.today) {
                Ok(Some(d)) => app.popups.push(Popup::Detail(d)),
                Ok(None) => app.fail(kumban_i18n::tr("report-household-gone")),
                Err(e) => app.fail(e.to_string()),
            }
        }
        RowLink::Month(year, month) => {
            // The Income list's dates are written YYYY-MM-DD.
            super::dash_links::list(app, Tab::Income, &format!("{year:04}-{month:02}"));
        }
    }
    true
}
