// House rules (docs/architecture.md, tests/house_rules.rs): a bad file or
// argument becomes an error the user can read, never a crash. The commands
// print their output, so printing is allowed here. Tests may do all of this.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::dbg_macro
)]

use anyhow::Context;
use kumban::cli::{Cli, Command};
use kumban::i18n::tr;
use kumban::interchange::commands as interchange;
use kumban::model::ReviewAction;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    kumban::without_huge_pages();
    let cli = Cli::parse_with_env();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // One line: what went wrong and what to do.
            let text = said(&e).replace('\n', " ");
            // Not eprintln!: after a dropped link stderr is gone too, and
            // failing to say so must not become a panic.
            let _ = writeln!(
                std::io::stderr(),
                "kumban: {}",
                kumban::model::text::escape_for_display(&text)
            );
            ExitCode::from(1)
        }
    }
}

/// The error as `{e:#}` writes it (each cause after a colon), but with
/// the errors kumban knows said in the session's language; anything
/// else (a library's, the system's) stays as it came, in English.
fn said(e: &anyhow::Error) -> String {
    e.chain()
        .map(|link| known(link).unwrap_or_else(|| link.to_string()))
        .collect::<Vec<_>>()
        .join(": ")
}

/// An error kumban has words for, in the session's language.
fn known(link: &(dyn std::error::Error + 'static)) -> Option<String> {
    use kumban::i18n::Localize;
    use kumban::interchange::commands::{CommandError, OpenFailure};
    use kumban::interchange::import::ImportError;
    use kumban::store::StoreError;
    if let Some(e) = link.downcast_ref::<StoreError>() {
        return Some(e.localized());
    }
    if let Some(e) = link.downcast_ref::<CommandError>() {
        return match e {
            CommandError::Store(e) | CommandError::Import(ImportError::Store(e)) => {
                Some(e.localized())
            }
            CommandError::Backup(e) => Some(e.localized()),
            CommandError::Export(e) => Some(e.localized()),
            CommandError::Dhis2(e) => Some(e.localized()),
            _ => None,
        };
    }
    let failure = link.downcast_ref::<OpenFailure>()?;
    let text = failure.error.localized();
    Some(match &failure.hint {
        Some(hint) => format!("{text}; {hint}"),
        None => text,
    })
}

/// Puts a yes/no question on the terminal, before the TUI takes it; only
/// "y" or "yes" is yes.
fn ask_yes(question: &str) -> bool {
    use std::io::Write;
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    if std::io::stdin().read_line(&mut answer).is_err() {
        return false;
    }
    matches!(answer.trim().to_lowercase().as_str(), "y" | "yes")
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let path = cli.db_path().map_err(anyhow::Error::msg)?;
    let today = cli.today();
    let user = whoami::username().unwrap_or_else(|_| "unknown".into());
    let backup_dir = cli.backup_dir(&path);
    // A mistake in the command line is said as one (exit 2) before
    // anything is looked for at the path.
    if let Some(Command::Export {
        format,
        out,
        period,
    }) = &cli.command
        && let Err(usage) = interchange::export_usage(*format, *period, out)
    {
        eprintln!("kumban: {usage}");
        return Ok(ExitCode::from(2));
    }
    if let Some(Command::Report { by, format, .. }) = &cli.command
        && let Err(usage) = kumban::cli::report_usage(*by, *format)
    {
        eprintln!("kumban: {usage}");
        return Ok(ExitCode::from(2));
    }
    // What a restore or compact cut short is tidied before anything opens
    // (a swap cut short may have left the database under its staging name).
    kumban::interchange::backup::tidy(&path);
    cli.may_use(&path, ask_yes).map_err(anyhow::Error::msg)?;
    if let Some(Command::Serve {
        idle_exit,
        background,
    }) = &cli.command
    {
        let opts = kumban::owner::Serve {
            idle_exit: idle_exit.map(std::time::Duration::from_secs),
            background: *background,
        };
        kumban::owner::serve(&path, &opts)?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(Command::Compact { force }) = &cli.command {
        kumban::store::remote::stop_idle_owner(&path)?;
        return Ok(interchange::compact(&path, &user, *force)?);
    }
    if let Some(Command::Restore { file, replace }) = &cli.command {
        // Before opening: a database that will not open can be replaced.
        // An owner serving no one lets go of it first.
        kumban::store::remote::stop_idle_owner(&path)?;
        return Ok(interchange::restore(
            &path,
            &backup_dir,
            file.as_deref(),
            *replace,
            &user,
        )?);
    }
    let store = interchange::open_with(&path, &backup_dir, || cli.open_store(&path, &user))?;
    let Some(command) = cli.command else {
        // The TUI watches the termination flag itself, so it can put the
        // terminal back before exiting. The daily backup starts once the
        // first frame is on the screen, and is written behind it.
        let for_backup = store.clone();
        let warning = std::sync::OnceLock::new();
        let ran = kumban::tui::run_then(store, today, || {
            if let Some(w) = interchange::start_daily_backup(&for_backup, today, &backup_dir) {
                let _ = warning.set(w);
            }
        });
        if let Some(w) = warning.get() {
            eprintln!("{w}");
        }
        interchange::finish_daily_backup();
        ran?;
        return Ok(ExitCode::SUCCESS);
    };
    if let Some(w) = interchange::start_daily_backup(&store, today, &backup_dir) {
        eprintln!("{w}");
    }
    let code = run_command(command, &store, &path, today);
    interchange::finish_daily_backup();
    code
}

/// Approves, reopens, returns or marks fixed a village's month, and says
/// what it is now.
fn review(
    store: &kumban::store::Store,
    village: String,
    period: kumban::model::Period,
    action: ReviewAction,
    comment: Option<String>,
) -> anyhow::Result<()> {
    let act = kumban::store::review::Act {
        village,
        period,
        action,
        comment: comment.unwrap_or_default(),
    };
    let r = store.review(&act)?;
    let name = kumban::model::text::escape_for_display(&r.village).into_owned();
    let period = r.period.to_string();
    let said = match r.state {
        kumban::model::ReviewState::Approved => tr!(
            "cmd-review-approved",
            village = name,
            period = period,
            approval = r.approval_message().map(|m| m.text()).unwrap_or_default()
        ),
        kumban::model::ReviewState::Returned => {
            tr!("cmd-review-returned", village = name, period = period)
        }
        kumban::model::ReviewState::Open => {
            tr!("cmd-review-open", village = name, period = period)
        }
    };
    kumban::interchange::outln!("{said}");
    Ok(())
}

/// Puts the example DHIS2 mapping beside the demonstration data, so the
/// district roll-up works at once; a mapping already there is kept.
fn demo_mapping(db: &std::path::Path, org_units: &[(String, String)]) {
    use kumban::interchange::dhis2::{Mapping, mapping};
    let file = mapping::path_in(db);
    match mapping::write_if_absent(db, &Mapping::example(org_units)) {
        Ok(true) => kumban::interchange::outln!(
            "{}",
            tr!("cmd-demo-mapping", path = interchange::shown(&file))
        ),
        Ok(false) => {}
        // The data is saved; only the example is missing.
        Err(e) => eprintln!(
            "{}",
            tr!(
                "cmd-demo-mapping-failed",
                path = interchange::shown(&file),
                why = e.to_string()
            )
        ),
    }
}

/// What `kumban report` was asked for.
struct ReportAsk {
    by: kumban::cli::ReportBy,
    year: Option<i32>,
    period: Option<kumban::report::reports::Span>,
    format: kumban::cli::ReportFormat,
    currency: Option<kumban::model::Currency>,
}

/// `kumban report`: one table (or, with `--by all`, every one), printed
/// or written to `--out`.
fn report(
    store: &kumban::store::Store,
    db: &std::path::Path,
    today: kumban::model::Date,
    ask: ReportAsk,
    out: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    use kumban::report::reports::{self, Span};
    let ReportAsk {
        by,
        year,
        period,
        format,
        currency,
    } = ask;
    let span = match period {
        Some(span) => span,
        // The calving calendar looks ahead: the coming 12 months.
        None if year.is_none() && by == kumban::cli::ReportBy::Calvings => {
            Span::ahead_from(today).context("today is too late a date to look a year ahead")?
        }
        None => {
            let year = year.unwrap_or(today.year());
            Span::year(year)
                .with_context(|| format!("{year} is not a year kumban can report on"))?
        }
    };
    use kumban::cli::ReportFormat as F;
    let tables = by
        .kinds()
        .into_iter()
        .map(|kind| reports::build_in(store, kind, span, today, currency))
        .collect::<Result<Vec<_>, _>>()?;
    // Text and HTML say it in the report; CSV and JSON stay data, so it
    // is said beside them.
    for table in &tables {
        if let (Some(empty), F::Csv | F::Json) = (&table.empty, format) {
            eprintln!("kumban: {}", empty.say());
        }
    }
    let text = match format {
        F::Html => {
            // Named in full: the printout outlives the shell it came from.
            let db = std::path::absolute(db).unwrap_or_else(|_| db.to_path_buf());
            let db = interchange::shown(&db);
            reports::html::Printable::gather(store, tables, span, today, currency, &db)?.render()
        }
        _ => {
            let parts: Vec<String> = tables.iter().map(|t| t.render(format.format())).collect();
            parts.join("\n")
        }
    };
    match out {
        // The one durable writer: a report cut short by a power cut never
        // replaces a good one half-written.
        Some(file) => {
            kumban::interchange::atomic_file::write(file, |w| w.write_all(text.as_bytes()))
                .with_context(|| {
                    tr!("cmd-report-write-failed", path = file.display().to_string())
                })?
        }
        None => {
            // A closed pipe (`| head`) is not an error worth a message.
            kumban::interchange::stdout::text(&text);
        }
    }
    Ok(())
}

fn run_command(
    command: Command,
    store: &kumban::store::Store,
    path: &std::path::Path,
    today: kumban::model::Date,
) -> anyhow::Result<ExitCode> {
    let store = store.clone();
    kumban::signals::flush_on_termination(store.downgrade())
        .context("cannot install the signal handlers")?;
    match command {
        Command::Demo { households } => {
            let org_units = match households {
                None => kumban::demo::dhis2::org_units(),
                Some(n) => kumban::demo::dhis2::district_org_units(n as usize),
            };
            let s = match households {
                None => kumban::demo::fill(&store, today)?,
                Some(n) => {
                    let tty = std::io::IsTerminal::is_terminal(&std::io::stderr());
                    kumban::demo::district::fill(&store, today, n as usize, |done| {
                        if tty {
                            eprint!("\r{done} of {n} households written");
                        }
                    })?
                }
            };
            // Counts as text: Fluent would group a district's thousands.
            kumban::interchange::outln!(
                "{}",
                tr!(
                    "cmd-demo-saved",
                    path = interchange::shown(path),
                    households = s.households.to_string(),
                    members = s.members.to_string(),
                    pens = s.pens.to_string(),
                    animals = s.animals.to_string(),
                    weights = s.weights.to_string(),
                    health = s.health_events.to_string(),
                    pregnancies = s.pregnancies.to_string(),
                    incomes = s.income_logs.to_string(),
                    rates = s.rates.to_string(),
                    trainings = s.trainings.to_string(),
                    attendances = s.attendances.to_string(),
                    visits = s.visits.to_string()
                )
            );
            demo_mapping(path, &org_units);
        }
        Command::Status { json } => {
            let d = kumban::report::Dashboard::compute(&store, today)?;
            if json {
                let mut v = d.to_json();
                v["review"] = kumban::report::review_json(&store.review_months()?);
                kumban::interchange::outln!("{}", serde_json::to_string_pretty(&v)?);
            } else {
                kumban::interchange::out!("{}", d.to_text());
            }
        }
        Command::Report {
            by,
            year,
            period,
            format,
            currency,
            out,
        } => report(
            &store,
            path,
            today,
            ReportAsk {
                by,
                year,
                period,
                format,
                currency,
            },
            out.as_deref(),
        )?,
        Command::Export {
            format,
            out,
            period,
        } => {
            return Ok(interchange::export(&store, path, format, period, &out)?);
        }
        Command::Import { path, update } => {
            return Ok(interchange::import(&store, &path, update, today)?);
        }
        Command::Backup { file } => return Ok(interchange::backup(&store, &file)?),
        Command::Approve { village, period } => {
            review(&store, village, period, ReviewAction::Approve, None)?
        }
        Command::Reopen {
            village,
            period,
            comment,
        } => review(&store, village, period, ReviewAction::Reopen, comment)?,
        Command::Fixed { village, period } => {
            review(&store, village, period, ReviewAction::FixesDone, None)?
        }
        // Handled above, before the database is opened.
        Command::Restore { .. } | Command::Serve { .. } | Command::Compact { .. } => {}
        Command::Measure {
            query,
            arg,
            year,
            repeat,
        } => {
            use kumban::measure::Query;
            if query == "sizes" {
                let mut total = 0;
                for t in store.tree_sizes()? {
                    let bytes = t.key_bytes + t.value_bytes;
                    total += bytes;
                    kumban::interchange::outln!(
                        "{:<28} {:>10} entries {:>12} bytes",
                        t.name,
                        t.entries,
                        bytes
                    );
                }
                kumban::interchange::outln!(
                    "{:<28} {:>10}         {:>12} bytes; on disk {} bytes",
                    "all trees",
                    "",
                    total,
                    store.size_on_disk()
                );
                return Ok(ExitCode::SUCCESS);
            }
            let q = match (query.as_str(), arg) {
                ("dashboard", _) => Query::Dashboard,
                ("household-year", Some(code)) => Query::HouseholdYear { code, year },
                ("name-filter", Some(text)) => Query::NameFilter { text },
                _ => anyhow::bail!(
                    "measure takes dashboard, household-year --arg CODE, or name-filter --arg TEXT"
                ),
            };
            let (micros, rows) = kumban::measure::median_micros(&store, today, &q, repeat)?;
            kumban::interchange::outln!("{micros} {rows}");
        }
        Command::Check => {
            let problems = store.check()?;
            if problems.is_empty() {
                kumban::interchange::outln!(
                    "{}",
                    tr!("cmd-check-ok", path = interchange::shown(path))
                );
            } else {
                for p in &problems {
                    kumban::interchange::outln!("{p}");
                }
                eprintln!(
                    "{}",
                    tr!(
                        "cmd-check-problems",
                        n = problems.len().to_string(),
                        path = interchange::shown(path)
                    )
                );
                return Ok(ExitCode::from(1));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
