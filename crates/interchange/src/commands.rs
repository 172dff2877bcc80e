//! The `export`, `import`, `backup` and `restore` commands as main calls
//! them: run, print what happened, return the exit status.

use super::backup::{self, BackupError};
use super::dhis2;
use super::export::{self, ExportFailure, Format};
use super::import::{ImportError, ImportOptions, ImportSummary, import as run_import};
use super::plan::Tally;
use kumban_i18n::tr;
use kumban_model::text::escape_for_display;
use kumban_model::{Date, Period, RecordKind};
use kumban_store::{Store, StoreError};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Export(#[from] ExportFailure),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Backup(#[from] BackupError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Dhis2(#[from] super::dhis2::Dhis2Error),
}

pub(crate) type Outcome = Result<ExitCode, CommandError>;

/// A path as it may be printed: a control character in a folder name is
/// shown escaped, never sent to the terminal.
pub fn shown(p: &Path) -> String {
    escape_for_display(&p.display().to_string()).into_owned()
}

/// The error of a database that will not open, naming the newest backup
/// and the command that restores it when there is one.
#[derive(Debug)]
pub struct OpenFailure {
    pub error: StoreError,
    pub hint: Option<String>,
}

impl std::fmt::Display for OpenFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.error)?;
        if let Some(h) = &self.hint {
            write!(f, "; {h}")?;
        }
        Ok(())
    }
}

impl std::error::Error for OpenFailure {}

/// `Store::open`, with the latest backup named when the database is
/// damaged (not when it is merely in use or newer than this kumban).
pub fn open(db: &Path, user: &str, backup_dir: &Path) -> Result<Store, OpenFailure> {
    open_with(db, backup_dir, || Store::open(db, user))
}

/// `open`, but the database is reached by `open` (through its owner
/// process, say).
pub fn open_with(
    db: &Path,
    backup_dir: &Path,
    open: impl FnOnce() -> Result<Store, StoreError>,
) -> Result<Store, OpenFailure> {
    open().map_err(|error| {
        let hint = match error {
            StoreError::Open { .. } | StoreError::Corrupt { .. } => {
                backup::open_hint(db, backup_dir)
            }
            _ => None,
        };
        OpenFailure { error, hint }
    })
}

/// Starts today's automatic backup without waiting for it: the owner
/// writes it on a thread of its own when the database is reached through
/// one, else a thread of this process does (`finish_daily_backup` then
/// waits for it before the process exits). Returns a warning to show
/// when the screen is free: a failure does not stop the work at hand.
pub fn start_daily_backup(store: &Store, today: Date, backup_dir: &Path) -> Option<String> {
    let dir = std::path::absolute(backup_dir).unwrap_or_else(|_| backup_dir.to_path_buf());
    let failure = match store.daily_backup_by_owner(today, &dir) {
        Some(Ok(earlier)) => earlier,
        // The owner writes only its own folder for other users: this
        // process writes the one it was given, as before.
        None | Some(Err(StoreError::Forbidden(_))) => {
            backup::background::start(store.clone(), today, dir, false)
        }
        Some(Err(e)) => Some(e.to_string()),
    };
    failure.map(|why| daily_warning(&why))
}

/// Waits for a daily backup this process is writing, so that exiting
/// does not cut it short, and warns of a failure.
pub fn finish_daily_backup() {
    if backup::background::busy() {
        eprintln!("{}", tr!("cmd-finishing-backup"));
    }
    for why in backup::background::wait() {
        eprintln!("{}", daily_warning(&why));
    }
}

/// Today's automatic backup, written here and now.
pub fn daily_backup(store: &Store, today: Date, backup_dir: &Path) {
    match backup::daily(store, today, backup_dir) {
        Ok(Some(file)) => kumban_store::access::share_backup(store.path(), &file),
        Ok(None) => {}
        Err(e) => eprintln!("{}", daily_warning(&e.to_string())),
    }
}

fn daily_warning(why: &str) -> String {
    tr!(
        "cmd-daily-warning",
        why = escape_for_display(why).into_owned()
    )
}

/// "3 households": English chooses its plural by the count (Fluent's
/// rules), the other languages name the kind in their own words.
fn noun(kind: RecordKind, n: usize) -> String {
    use crate::kinds::InterchangeKind;
    let (one, many) = kumban_model::for_kind!(kind, K => (K::ONE, K::MANY));
    tr!(
        "cmd-count",
        n = n,
        one = one,
        many = many,
        noun = kumban_i18n::tr_text("noun", one)
    )
}

fn counts(items: impl Iterator<Item = (RecordKind, usize)>) -> String {
    let parts: Vec<String> = items
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| noun(k, n))
        .collect();
    if parts.is_empty() {
        tr!("cmd-nothing")
    } else {
        parts.join(&tr!("cmd-list-separator"))
    }
}

/// `kumban export --format`: the record files, or the DHIS2 data value
/// set of a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One file per kind, for spreadsheets; with --period, the month's
    /// DHIS2 data values as CSV
    Csv,
    /// The same as JSON
    Json,
    /// The month's figures per village as a DHIS2 data value set (JSON); needs --period
    Dhis2,
}

/// What `export` was asked to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportPlan {
    Records(Format),
    Dhis2(dhis2::Shape, Period),
}

/// A usage mistake in `export`'s flags, found before any database is
/// opened; else what to write.
pub fn export_usage(
    format: ExportFormat,
    period: Option<Period>,
    out: &Path,
) -> Result<ExportPlan, String> {
    let plan = match (format, period) {
        (ExportFormat::Dhis2, None) => {
            return Err(tr!("exp-dhis2-needs-period"));
        }
        (ExportFormat::Dhis2, Some(p)) => ExportPlan::Dhis2(dhis2::Shape::Json, p),
        (ExportFormat::Csv, Some(p)) => ExportPlan::Dhis2(dhis2::Shape::Csv, p),
        (ExportFormat::Json, Some(_)) => {
            return Err(tr!("exp-period-not-json"));
        }
        (ExportFormat::Csv, None) => ExportPlan::Records(Format::Csv),
        (ExportFormat::Json, None) => ExportPlan::Records(Format::Json),
    };
    if out == Path::new("-") && plan == ExportPlan::Records(Format::Csv) {
        return Err(tr!("exp-stdout-not-csv"));
    }
    Ok(plan)
}

pub fn export(
    store: &Store,
    db: &Path,
    format: ExportFormat,
    period: Option<Period>,
    out: &Path,
) -> Outcome {
    let format = match export_usage(format, period, out) {
        Ok(ExportPlan::Records(f)) => f,
        Ok(ExportPlan::Dhis2(shape, period)) => {
            return dhis2::command::export(store, db, shape, period, out);
        }
        Err(usage) => {
            eprintln!("kumban: {usage}");
            return Ok(ExitCode::from(2));
        }
    };
    if out == Path::new("-") {
        let stdout = std::io::stdout();
        let mut lock = std::io::BufWriter::new(stdout.lock());
        return match export::json_document(store, &mut lock) {
            // A reader such as `head` that stops early is not an error.
            Err(ExportFailure::Io { error, .. })
                if error.kind() == std::io::ErrorKind::BrokenPipe =>
            {
                Ok(ExitCode::SUCCESS)
            }
            other => other.map(|_| ExitCode::SUCCESS).map_err(Into::into),
        };
    }
    let s = export::to_dir(store, format, out)?;
    crate::outln!(
        "{}",
        tr!(
            "cmd-exported",
            counts = counts(s.counts.iter().copied()),
            path = shown(out)
        )
    );
    Ok(ExitCode::SUCCESS)
}

pub fn describe_import(s: &ImportSummary) -> String {
    let of = |f: fn(&Tally) -> usize| RecordKind::ALL.into_iter().map(move |k| (k, f(&s.of(k))));
    let mut text = tr!("cmd-import-added", counts = counts(of(|t| t.added)));
    if s.updated() > 0 || s.unchanged() > 0 {
        text.push_str(&tr!(
            "cmd-import-updated",
            counts = counts(of(|t| t.updated)),
            unchanged = s.unchanged().to_string()
        ));
    }
    text
}

pub fn import(store: &Store, path: &Path, update: bool, today: Date) -> Outcome {
    let opts = ImportOptions {
        update,
        progress: std::io::stderr().is_terminal(),
        ..ImportOptions::new(today)
    };
    match run_import(store, path, &opts) {
        Ok(s) => {
            crate::outln!(
                "{}",
                tr!(
                    "cmd-imported",
                    path = shown(path),
                    what = describe_import(&s)
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(ImportError::Refused(problems)) => {
            for line in problems.shown() {
                eprintln!("{}", escape_for_display(line));
            }
            let hidden = problems.total() - problems.shown().len();
            if hidden > 0 {
                eprintln!("{}", tr!("cmd-import-more", n = hidden.to_string()));
            }
            eprintln!(
                "kumban: {}",
                tr!(
                    "cmd-import-refused",
                    n = problems.total(),
                    path = shown(path)
                )
            );
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.into()),
    }
}

pub fn backup(store: &Store, file: &Path) -> Outcome {
    let s = backup::write(store, file)?;
    crate::outln!(
        "{}",
        tr!(
            "cmd-backup-written",
            path = shown(file),
            records = s.records.to_string(),
            history = s.history.to_string(),
            bytes = s.bytes.to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Rewrites the database at `db` through the restore path and says what
/// it saved.
pub fn compact(db: &Path, user: &str, force: bool) -> Outcome {
    let s = backup::compact_folder(db, user, force)?;
    const MB: f64 = 1024.0 * 1024.0;
    if let Some(copy) = s.kept {
        crate::outln!(
            "{}",
            tr!(
                "cmd-compact-kept",
                path = shown(db),
                records = s.records.to_string(),
                history = s.history.to_string(),
                copy = format!("{:.1}", copy as f64 / MB),
                before = format!("{:.1}", s.before as f64 / MB)
            )
        );
        return Ok(ExitCode::SUCCESS);
    }
    let change = if s.after <= s.before {
        tr!(
            "cmd-compact-saved",
            mb = format!("{:.1}", (s.before - s.after) as f64 / MB)
        )
    } else {
        tr!(
            "cmd-compact-more",
            mb = format!("{:.1}", (s.after - s.before) as f64 / MB)
        )
    };
    crate::outln!(
        "{}",
        tr!(
            "cmd-compacted",
            path = shown(db),
            records = s.records.to_string(),
            history = s.history.to_string(),
            before = format!("{:.1}", s.before as f64 / MB),
            after = format!("{:.1}", s.after as f64 / MB),
            change = change
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Restores `file` into `db`, or lists the automatic backups when no file
/// is given. Called before the database is opened.
pub fn restore(
    db: &Path,
    backup_dir: &Path,
    file: Option<&Path>,
    replace: bool,
    user: &str,
) -> Outcome {
    let Some(file) = file else {
        let all = backup::list(backup_dir);
        if all.is_empty() {
            crate::outln!("{}", tr!("cmd-no-backups", dir = shown(backup_dir)));
            return Ok(ExitCode::SUCCESS);
        }
        crate::outln!("{}", tr!("cmd-backups-list", dir = shown(backup_dir)));
        for b in &all {
            crate::outln!("  {}  {:>12} bytes  {}", b.date, b.bytes, shown(&b.path));
        }
        crate::outln!("{}", tr!("cmd-restore-with", db = shown(db)));
        return Ok(ExitCode::SUCCESS);
    };
    let s = backup::restore_folder(db, file, replace, user)?;
    crate::outln!(
        "{}",
        tr!(
            "cmd-restored",
            records = s.records.to_string(),
            history = s.history.to_string(),
            file = shown(file),
            db = shown(db)
        )
    );
    if let Some(aside) = &s.set_aside {
        crate::outln!("{}", tr!("cmd-set-aside", path = shown(aside)));
    }
    if !s.problems.is_empty() {
        for p in &s.problems {
            crate::outln!("{p}");
        }
        eprintln!(
            "kumban: {}",
            tr!("cmd-restore-problems", n = s.problems.len().to_string())
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
