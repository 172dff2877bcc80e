//! `kumban import`: read every row (streaming, each row bounded), resolve
//! codes across files, check everything, then write everything — in
//! batches under the store's import journal, so as one whole — or, if
//! anything is wrong, nothing at all and a list of every problem.

use super::columns;
use super::from_cells::{draft, own_code};
use super::plan::{Action, Drafts, Plan, Planner, Tally, materialise};
use super::problems::{DEFAULT_LIMIT, Problems};
use super::read::{DEFAULT_MAX_ROW_BYTES, RawRow, Reader};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use kumban_i18n::{Localize, tr};
use kumban_model::*;
use kumban_store::{Batch, Imported, Store, StoreError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Update records whose code is already in the database, instead of
    /// refusing those rows.
    pub update: bool,
    /// What the word `today` in a date cell means.
    pub today: Date,
    pub max_row_bytes: u64,
    pub max_problems: usize,
    /// Draw a progress bar on standard error (only if it is a terminal).
    pub progress: bool,
}

impl ImportOptions {
    pub fn new(today: Date) -> ImportOptions {
        ImportOptions {
            update: false,
            today,
            max_row_bytes: DEFAULT_MAX_ROW_BYTES,
            max_problems: DEFAULT_LIMIT,
            progress: false,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub tally: BTreeMap<RecordKind, Tally>,
}

impl ImportSummary {
    pub fn of(&self, kind: RecordKind) -> Tally {
        self.tally.get(&kind).copied().unwrap_or_default()
    }

    pub fn added(&self) -> usize {
        self.tally.values().map(|t| t.added).sum()
    }

    pub fn updated(&self) -> usize {
        self.tally.values().map(|t| t.updated).sum()
    }

    pub fn unchanged(&self) -> usize {
        self.tally.values().map(|t| t.unchanged).sum()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Rows were refused; nothing was written.
    #[error("{} problems found; nothing was imported", .0.total())]
    Refused(Problems),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Imports a file, or every export file in a folder.
pub fn import(
    store: &Store,
    path: &Path,
    opts: &ImportOptions,
) -> Result<ImportSummary, ImportError> {
    let mut problems = Problems::new(opts.max_problems);
    let files = sources(path, &mut problems);
    let drafts = read_all(&files, opts, &mut problems);
    let plan = Planner::plan(store, opts.update, &mut problems, drafts)?;
    if !problems.is_empty() {
        return Err(ImportError::Refused(problems));
    }
    write(store, &plan, &mut problems)?;
    Ok(ImportSummary { tally: plan.tally })
}

/// The files to read, with the names problems are reported under.
fn sources(path: &Path, problems: &mut Problems) -> Vec<(PathBuf, usize)> {
    let shown =
        |p: &Path| kumban_model::text::escape_for_display(&p.display().to_string()).into_owned();
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => {
            let f = problems.add_file(shown(path));
            return vec![(path.to_path_buf(), f)];
        }
        Ok(m) if m.is_dir() => {}
        Ok(m) => {
            problems.general(not_a_file(&shown(path), &m));
            return Vec::new();
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            problems.general(tr!("imp-path-missing", path = shown(path)));
            return Vec::new();
        }
        Err(e) => {
            problems.general(tr!(
                "imp-path-unreadable",
                path = shown(path),
                reason = kumban_model::text::escape_for_display(&e.to_string()).into_owned()
            ));
            return Vec::new();
        }
    }
    let mut out = Vec::new();
    for kind in RecordKind::ALL {
        let stem = columns::stem(kind);
        let mut found: Vec<PathBuf> = Vec::new();
        for ext in ["csv", "json"] {
            let p = path.join(format!("{stem}.{ext}"));
            match std::fs::metadata(&p) {
                Ok(m) if m.is_file() => found.push(p),
                // Reading a pipe or a device would wait or never end.
                Ok(m) => problems.general(not_a_file(&shown(&p), &m)),
                Err(_) => {}
            }
        }
        if found.len() > 1 {
            problems.general(tr!("imp-csv-and-json", path = shown(path), stem = stem));
            continue;
        }
        for p in found {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let f = problems.add_file(name);
            out.push((p, f));
        }
    }
    if out.is_empty() && problems.is_empty() {
        problems.general(tr!("imp-no-export-files", path = shown(path)));
    }
    out
}

/// Why a path that exists but is neither a file nor a folder (a named
/// pipe, a device such as /dev/zero, a socket) is not read.
fn not_a_file(shown: &str, m: &std::fs::Metadata) -> String {
    tr!("imp-not-a-file", path = shown, what = special_kind(m))
}

#[cfg(unix)]
fn special_kind(m: &std::fs::Metadata) -> String {
    use std::os::unix::fs::FileTypeExt;
    let t = m.file_type();
    if t.is_fifo() {
        tr!("imp-a-named-pipe")
    } else if t.is_char_device() || t.is_block_device() {
        tr!("imp-a-device")
    } else if t.is_socket() {
        tr!("imp-a-socket")
    } else {
        tr!("imp-something-else")
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::Metadata) -> String {
    tr!("imp-something-else")
}

fn read_all(files: &[(PathBuf, usize)], opts: &ImportOptions, problems: &mut Problems) -> Drafts {
    let total: u64 = files
        .iter()
        .filter_map(|(p, _)| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let target = if opts.progress {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(Some(total), target);
    if let Ok(style) =
        ProgressStyle::with_template("{msg:>16} [{bar:30}] {bytes}/{total_bytes} {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    let mut drafts = Drafts::default();
    let mut done = 0;
    for (path, file) in files {
        bar.set_message(
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
        let mut progress = |n: u64| bar.set_position(done + n);
        let mut row = |raw: RawRow, problems: &mut Problems| {
            read_row(raw, opts.today, &mut drafts, problems);
        };
        Reader {
            problems,
            max_row_bytes: opts.max_row_bytes,
            progress: &mut progress,
            row: &mut row,
        }
        .read(path, *file);
        done += std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    }
    bar.finish_and_clear();
    drafts
}

/// Reads one row into a draft, or reports why it cannot be.
fn read_row(raw: RawRow, today: Date, drafts: &mut Drafts, problems: &mut Problems) {
    match draft(&raw, today) {
        Ok(d) => drafts.rows.entry(raw.kind).or_default().push((raw.loc, d)),
        Err(found) => {
            match (raw.kind, own_code(&raw)) {
                (RecordKind::Household, Some(c)) => {
                    drafts.broken_households.insert(c);
                }
                (RecordKind::Animal, Some(c)) => {
                    drafts.broken_animals.insert(c);
                }
                _ => {}
            }
            for (field, message) in found {
                problems.field(raw.loc, field, message);
            }
        }
    }
}

/// Writes the plan: all of it or nothing. The store checks every write
/// with the same model validation and rules as a form save, all of them
/// as one, then writes them in batches under its import journal (see
/// `Store::import_batch`); if any is refused, every refusal is listed
/// against its row and nothing is written.
fn write(store: &Store, plan: &Plan, problems: &mut Problems) -> Result<(), ImportError> {
    if plan.writes.is_empty() {
        return Ok(());
    }
    let outcome = store.import_batch(|b| {
        let mut ids: Vec<Option<u64>> = vec![None; plan.writes.len()];
        for (n, w) in plan.writes.iter().enumerate() {
            let Some(record) = materialise(w, &ids) else {
                // Cannot happen: the plan orders every reference first.
                return Err(StoreError::refused(
                    w.record.kind(),
                    "id",
                    "refers to a record written later in the import",
                ));
            };
            ids[n] = Some(queue(b, w.action, record)?);
        }
        Ok(())
    })?;
    let refused = match outcome {
        Imported::Applied(_) => return Ok(()),
        Imported::Refused(refused) => refused,
    };
    for (n, e) in &refused {
        let Some(loc) = plan.writes.get(*n).map(|w| w.loc) else {
            problems.general(e.localized());
            continue;
        };
        match e.problems() {
            [] => problems.row(loc, e.localized()),
            ps => {
                for p in ps {
                    problems.field(loc, p.field, p.shown());
                }
            }
        }
    }
    if problems.is_empty() {
        // The store refused without saying which row (cannot happen).
        problems.general(tr!("imp-store-refused"));
    }
    Err(ImportError::Refused(std::mem::replace(
        problems,
        Problems::new(0),
    )))
}

fn queue(b: &mut Batch<'_>, action: Action, record: AnyRecord) -> Result<u64, StoreError> {
    macro_rules! go {
        ($r:expr) => {
            match action {
                Action::Insert => b.insert($r).map(|i| i.0),
                Action::Update(id) => b.update(kind_id(&$r, id), $r).map(|()| id),
            }
        };
    }
    kumban_model::for_record!(record, r => go!(r))
}

/// The typed id of a record of `_r`'s kind.
fn kind_id<R: Kind>(_r: &R, raw: u64) -> R::Id {
    R::id_from(raw)
}
