//! The command line: clap definitions and dispatch. Thin by design; every
//! command is a call into the library.

use crate::model::Date;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "kumban",
    version,
    about = "Records of a village poverty-reduction project: households, pens, cattle, breeding and income."
)]
pub struct Cli {
    /// Database folder [default: ~/.local/share/kumban/db] [env: KUMBAN_DB]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Fix "today" for reproducible reports and tests [env: KUMBAN_TODAY]
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub today: Option<Date>,

    /// Folder of the automatic daily backups [default: the database folder's backups/] [env: KUMBAN_BACKUP_DIR]
    #[arg(long, global = true, value_name = "DIR")]
    pub backup_dir: Option<PathBuf>,

    /// Look without changing anything: the database refuses every save of this session
    #[arg(long, global = true)]
    pub read_only: bool,

    /// Hold the database in this process instead of sharing it through an
    /// owner process (other sessions are refused meanwhile); for tests
    #[arg(long, global = true, env = "KUMBAN_LOCAL", hide = true, value_parser = clap::builder::BoolishValueParser::new())]
    pub local: bool,

    /// Language of what kumban says: en, lo (Lao) or zh (Chinese) [default:
    /// from LC_ALL, LC_MESSAGES or LANG, else English] [env: KUMBAN_LANG]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The values `--lang` and `KUMBAN_LANG` take; clap lists them in the
/// usage error for an unknown one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    En,
    Lo,
    Zh,
}

impl From<LangArg> for crate::i18n::Lang {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::En => crate::i18n::Lang::En,
            LangArg::Lo => crate::i18n::Lang::Lo,
            LangArg::Zh => crate::i18n::Lang::Zh,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fill an empty database with the Bansuo demonstration data
    Demo {
        /// Instead, generate a district-sized data set of this many
        /// households (about 3 animals, 1.5 breeding records and 50 income
        /// logs each), for measuring speed
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
        households: Option<u32>,
    },
    /// Print the dashboard figures and exit
    Status {
        /// One JSON object (shape in docs/status-json.md)
        #[arg(long)]
        json: bool,
    },
    /// Verify every record, reference and index; exit 1 if anything is wrong
    Check,
    /// Print a report for a year, quarter or month (figures defined in docs/reports.md)
    Report {
        /// What the rows are
        #[arg(long, value_enum, default_value_t = ReportBy::Household)]
        by: ReportBy,
        /// The calendar year [default: this year]
        #[arg(long, value_name = "YYYY", conflicts_with = "period", value_parser = clap::value_parser!(i32).range(1900..=2200))]
        year: Option<i32>,
        /// A month or a quarter (or a year)
        #[arg(long, value_name = "YYYY-MM|YYYY-Qn", value_parser = parse_span)]
        period: Option<crate::report::reports::Span>,
        /// text: aligned columns; csv: for spreadsheets; json: shape in docs/reports.md; html: printable A4 page
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Convert every amount into this currency with the recorded exchange rates (LAK, USD, CNY or THB)
        #[arg(long, value_name = "CUR", value_parser = parse_currency)]
        currency: Option<crate::model::Currency>,
        /// Write to this file instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write every record as CSV or JSON files, or a month's DHIS2 data values (formats in docs/export-format.md)
    Export {
        /// csv: one file per kind, for spreadsheets; json: the same as JSON; dhis2: a DHIS2 data value set
        #[arg(long, value_enum)]
        format: crate::interchange::commands::ExportFormat,
        /// Folder to write into (created if missing); with --period, the file to write; - writes to standard output
        #[arg(long, value_name = "DIR|FILE")]
        out: PathBuf,
        /// The month to report to DHIS2, with codes from dhis2.json in the database folder
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_period)]
        period: Option<crate::model::Period>,
    },
    /// Read an export folder or one CSV/JSON file; all rows or none
    Import {
        /// An export folder, or one .csv or .json file (a spreadsheet of households will do)
        path: PathBuf,
        /// Update the records whose code is already in the database, instead of refusing those rows
        #[arg(long)]
        update: bool,
    },
    /// Write a one-file backup of everything, history included (docs/backup.md)
    Backup {
        /// The backup file to write (created owner-only)
        file: PathBuf,
    },
    /// Restore a backup into an empty database; without FILE, list the automatic backups
    Restore {
        /// The backup file to restore
        file: Option<PathBuf>,
        /// Set the current database aside (renamed, not deleted) if it holds records or will not open
        #[arg(long)]
        replace: bool,
    },
    /// Approve a village's month (officers only): its records are locked until reopened (docs/user-guide.md)
    Approve {
        /// The village, as on the Households screen
        #[arg(long)]
        village: String,
        /// The month, YYYY-MM
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_period)]
        period: crate::model::Period,
    },
    /// Reopen an approved month (officers only); with --comment, return it to the clerk to fix
    Reopen {
        /// The village, as on the Households screen
        #[arg(long)]
        village: String,
        /// The month, YYYY-MM
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_period)]
        period: crate::model::Period,
        /// What the clerk should fix: the month is then returned, not just reopened
        #[arg(long, value_name = "TEXT")]
        comment: Option<String>,
    },
    /// Mark a returned month's fixes done (clerks and officers): it is open again for the officer
    Fixed {
        /// The village, as on the Households screen
        #[arg(long)]
        village: String,
        /// The month, YYYY-MM
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_period)]
        period: crate::model::Period,
    },
    /// Rewrite the database into a fresh copy (as a restore does) and say how much space that saved
    Compact {
        /// Put the fresh copy in place even when it is no smaller
        #[arg(long)]
        force: bool,
    },
    /// Hold the database and serve every kumban session on it, in the foreground (for a service manager; docs/office-setup.md)
    Serve {
        /// Exit this many seconds after the last session leaves [default: never]
        #[arg(long, value_name = "SECONDS")]
        idle_exit: Option<u64>,
        /// Started by another kumban: detach from its terminal
        #[arg(long, hide = true)]
        background: bool,
    },
    /// Time a query in-process (median microseconds), for scripts/compare-sqlite.sh
    #[command(hide = true)]
    Measure {
        /// dashboard, household-year or name-filter
        query: String,
        /// Household code (household-year) or name text (name-filter)
        #[arg(long)]
        arg: Option<String>,
        #[arg(long, default_value_t = 2026)]
        year: i32,
        #[arg(long, default_value_t = 21)]
        repeat: usize,
    },
}

impl Command {
    /// The commands that may create a database where there is none: they
    /// put records in it (`serve` holds one, for a service manager or for
    /// the session that started it). Every other command on a path with
    /// no database says so instead of creating an empty one.
    pub fn may_create_database(&self) -> bool {
        matches!(
            self,
            Command::Demo { .. }
                | Command::Import { .. }
                | Command::Restore { .. }
                | Command::Serve { .. }
        )
    }
}

/// A command, or the TUI, given a path that holds no database.
pub fn no_database(path: &std::path::Path) -> String {
    crate::i18n::tr!("cmd-no-database", path = path.display().to_string())
}

/// What `kumban report --by` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportBy {
    /// Income, expense and net per household, highest net first
    Household,
    /// The same per village, side by side
    Village,
    /// Per production group, with net per member and profit per cow
    Group,
    /// Per month: the trend
    Month,
    /// Each household's baseline income against its net income
    Baseline,
    /// Distributed, bought, born, sold, died; herd and pregnant at month end
    Herd,
    /// Calvings expected per month: the calving calendar
    Calvings,
    /// Every report above, one after another (text or html)
    All,
}

impl ReportBy {
    /// The reports `--by` asks for, in the order they are printed.
    pub fn kinds(self) -> Vec<crate::report::reports::ReportKind> {
        use crate::report::reports::ReportKind as K;
        vec![match self {
            ReportBy::All => return K::ALL.to_vec(),
            ReportBy::Household => K::Household,
            ReportBy::Village => K::Village,
            ReportBy::Group => K::Group,
            ReportBy::Month => K::Month,
            ReportBy::Baseline => K::Baseline,
            ReportBy::Herd => K::Herd,
            ReportBy::Calvings => K::Calvings,
        }]
    }
}

/// What `kumban report --format` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Csv,
    Json,
    Html,
}

impl ReportFormat {
    pub fn format(self) -> crate::report::reports::Format {
        use crate::report::reports::Format as F;
        match self {
            ReportFormat::Text => F::Text,
            ReportFormat::Csv => F::Csv,
            ReportFormat::Json => F::Json,
            ReportFormat::Html => F::Html,
        }
    }
}

/// `--by all` is one document; CSV and JSON hold one table each.
pub fn report_usage(by: ReportBy, format: ReportFormat) -> Result<(), String> {
    match (by, format) {
        (ReportBy::All, ReportFormat::Csv | ReportFormat::Json) => {
            Err(crate::i18n::tr!("cli-report-all-one-document"))
        }
        _ => Ok(()),
    }
}

fn parse_currency(s: &str) -> Result<crate::model::Currency, String> {
    crate::model::Currency::parse(s).ok_or_else(|| {
        let codes: Vec<&str> = crate::model::Currency::ALL
            .iter()
            .map(|c| c.code())
            .collect();
        crate::i18n::tr!("cli-not-a-currency", text = s, codes = codes.join(", "))
    })
}

fn parse_span(s: &str) -> Result<crate::report::reports::Span, String> {
    crate::report::reports::Span::parse(s)
}

fn parse_period(s: &str) -> Result<crate::model::Period, String> {
    crate::model::Period::parse_said(s).map_err(|m| m.text())
}

fn parse_today(s: &str) -> Result<Date, String> {
    let real_today = Date(chrono::Local::now().date_naive());
    Date::parse(s, real_today).map_err(|e| crate::i18n::Localize::localized(&e))
}

/// How long an owner started in the background stays after its last
/// session leaves: `KUMBAN_OWNER_IDLE_SECS`, else a minute.
pub fn owner_idle_exit() -> std::time::Duration {
    let secs = std::env::var("KUMBAN_OWNER_IDLE_SECS")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(60);
    std::time::Duration::from_secs(secs)
}

impl Cli {
    /// The command line, with `KUMBAN_DB`, `KUMBAN_TODAY` and
    /// `KUMBAN_BACKUP_DIR` filling in what it leaves out. Read here rather
    /// than by clap's `env`: clap takes a value from the environment for
    /// one typed by the user, and an error's usage line then shows
    /// `--today <YYYY-MM-DD>` among the required arguments. A bad value
    /// is a usage error (exit 2), as on the command line.
    pub fn parse_with_env() -> Cli {
        // The language is chosen before clap parses, so `--help` and
        // clap's own messages speak it (src/help.rs).
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        let lang = crate::help::early_lang(&args, |name| std::env::var(name).ok());
        // The value parsers (--period, --currency, --today) and the checks
        // of KUMBAN_TODAY say their refusals in it too.
        crate::i18n::set_default(lang);
        let matches = crate::help::command(lang)
            .try_get_matches_from(args)
            .unwrap_or_else(|e| crate::usage::exit(e, lang));
        let mut cli = <Cli as clap::FromArgMatches>::from_arg_matches(&matches)
            .unwrap_or_else(|e| crate::usage::exit(e, lang));
        if let Err(e) = cli.fill_from_env(|name| std::env::var_os(name)) {
            crate::usage::exit(e, lang);
        }
        crate::i18n::set_default(cli.language(|name| std::env::var(name).ok()));
        cli
    }

    /// Fills the options left out from `var` (the environment); an empty
    /// variable counts as unset, as clap's `env` did.
    pub fn fill_from_env(
        &mut self,
        var: impl Fn(&str) -> Option<std::ffi::OsString>,
    ) -> Result<(), clap::Error> {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        if self.db.is_none() {
            self.db = set("KUMBAN_DB").map(PathBuf::from);
        }
        if self.backup_dir.is_none() {
            self.backup_dir = set("KUMBAN_BACKUP_DIR").map(PathBuf::from);
        }
        if self.today.is_none()
            && let Some(value) = set("KUMBAN_TODAY")
        {
            let text = value.to_string_lossy();
            let date = parse_today(&text).map_err(|why| {
                <Cli as clap::CommandFactory>::command().error(
                    clap::error::ErrorKind::ValueValidation,
                    crate::i18n::tr!(
                        "cli-env-invalid-value",
                        value = text.as_ref(),
                        name = "KUMBAN_TODAY",
                        why = why
                    ),
                )
            })?;
            self.today = Some(date);
        }
        if self.lang.is_none()
            && let Some(value) = set("KUMBAN_LANG")
        {
            let text = value.to_string_lossy();
            let lang = <LangArg as clap::ValueEnum>::from_str(&text, false).map_err(|_| {
                <Cli as clap::CommandFactory>::command().error(
                    clap::error::ErrorKind::InvalidValue,
                    format!(
                        "invalid value '{text}' for KUMBAN_LANG\n  [possible values: en, lo, zh]"
                    ),
                )
            })?;
            self.lang = Some(lang);
        }
        Ok(())
    }

    /// The language of this process: `--lang`, else `KUMBAN_LANG` (both
    /// set by `fill_from_env`), else the POSIX locale variables read by
    /// `var`, else English.
    pub fn language(&self, var: impl Fn(&str) -> Option<String>) -> crate::i18n::Lang {
        match self.lang {
            Some(arg) => arg.into(),
            None => crate::i18n::lang_from_locale_env(var),
        }
    }

    /// How this session reaches the database: through its owner process
    /// (started if need be), or, with `--local`, held here.
    pub fn open_store(
        &self,
        path: &std::path::Path,
        user: &str,
    ) -> Result<crate::store::Store, crate::store::StoreError> {
        use crate::store::{Store, StoreError, remote::Connect};
        if self.local {
            if self.read_only {
                return Err(StoreError::Forbidden(
                    "--read-only needs the shared owner process; leave out --local (KUMBAN_LOCAL)"
                        .into(),
                ));
            }
            return Store::open(path, user);
        }
        Store::connect(
            path,
            &Connect {
                read_only: self.read_only,
                idle_exit: owner_idle_exit(),
                alone_as: Some(user.to_string()),
                ..Connect::default()
            },
        )
    }

    pub fn today(&self) -> Date {
        self.today
            .unwrap_or_else(|| Date(chrono::Local::now().date_naive()))
    }

    /// `--backup-dir`, else `KUMBAN_BACKUP_DIR`, else `backups/` in the
    /// database folder.
    pub fn backup_dir(&self, db: &std::path::Path) -> PathBuf {
        self.backup_dir
            .clone()
            .unwrap_or_else(|| db.join("backups"))
    }

    /// Refuses a path that holds no database unless this session may
    /// create one: `demo`, `import`, `restore` and `serve` may; the TUI
    /// may on the default path, and elsewhere once the user said yes
    /// (`ask` puts the question); a `--read-only` session never may.
    pub fn may_use(
        &self,
        path: &std::path::Path,
        ask: impl FnOnce(&str) -> bool,
    ) -> Result<(), String> {
        if crate::store::database_at(path) != Some(false) {
            return Ok(());
        }
        let may = !self.read_only
            && match &self.command {
                Some(command) => command.may_create_database(),
                None if self.db.is_none() => true,
                None => {
                    let question =
                        crate::i18n::tr!("cmd-create-question", path = path.display().to_string());
                    if !ask(&crate::model::text::escape_for_display(&question)) {
                        return Err(crate::i18n::tr!(
                            "cmd-nothing-created",
                            path = path.display().to_string()
                        ));
                    }
                    true
                }
            };
        if may { Ok(()) } else { Err(no_database(path)) }
    }

    /// `--db`, else `KUMBAN_DB` (both via `parse_with_env`), else the user's data folder.
    pub fn db_path(&self) -> Result<PathBuf, String> {
        if let Some(p) = &self.db {
            return Ok(p.clone());
        }
        directories::ProjectDirs::from("", "", "kumban")
            .map(|d| d.data_dir().join("db"))
            .ok_or_else(|| crate::i18n::tr!("cmd-no-home"))
    }
}
