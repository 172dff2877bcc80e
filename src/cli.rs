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
    /// Database folder [default: ~/.local/share/kumban/db]
    #[arg(long, global = true, env = "KUMBAN_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Fix "today" for reproducible reports and tests
    #[arg(long, global = true, env = "KUMBAN_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub today: Option<Date>,

    #[command(subcommand)]
    pub command: Option<Command>,
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
}

fn parse_today(s: &str) -> Result<Date, String> {
    let real_today = Date(chrono::Local::now().date_naive());
    Date::parse(s, real_today).map_err(|e| e.to_string())
}

impl Cli {
    pub fn today(&self) -> Date {
        self.today
            .unwrap_or_else(|| Date(chrono::Local::now().date_naive()))
    }

    /// `--db`, else `KUMBAN_DB` (both via clap), else the user's data folder.
    pub fn db_path(&self) -> Result<PathBuf, String> {
        if let Some(p) = &self.db {
            return Ok(p.clone());
        }
        directories::ProjectDirs::from("", "", "kumban")
            .map(|d| d.data_dir().join("db"))
            .ok_or_else(|| {
                "cannot find your home folder to keep the database in; give one with --db PATH"
                    .into()
            })
    }
}
