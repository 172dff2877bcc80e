//! The dashboard figures, computed from the store. The TUI's dashboard tab
//! and `kumban status` both show a `Dashboard`; neither computes a figure
//! itself, so the two can never disagree.
//!
//! Every definition is written out in docs/status-json.md, which is also
//! the promise made to scripts that read `kumban status --json`.

// House rules (docs/architecture.md, tests/house_rules.rs): a bad file or
// keystroke becomes an error the user can read, never a crash; and this
// layer never prints (it returns what to say). Tests may do all of this.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::dbg_macro,
    clippy::print_stdout,
    clippy::print_stderr
)]

mod compute;
pub mod fertility;
mod health;
mod json;
pub mod reports;
mod text;

pub use compute::compose;
pub use health::{DueHealth, HEALTH_DUE_LIMIT, Health};
pub use json::review_json;

use kumban_model::{Currency, Date, Group, Money, PregnancyId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How far ahead "due soon" looks, in days (today..=today+30).
pub const DUE_WINDOW_DAYS: u64 = 30;
/// At most this many overdue calvings are listed; a district can have
/// hundreds, and the count is in `breeding.overdue`.
pub const OVERDUE_LIST_LIMIT: usize = 50;

/// At most this many calvings are listed in `Dashboard::next_due`.
pub const NEXT_DUE_LIMIT: usize = 10;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub today: Date,
    pub households: Households,
    /// Household members recorded: the people "per member" divides among.
    pub people: People,
    pub pens: Pens,
    pub cattle: Cattle,
    pub breeding: Breeding,
    pub income: Income,
    /// Pending pregnancies expected from 14 days ago (late but not yet
    /// overdue) to 30 days ahead, soonest first, at most `NEXT_DUE_LIMIT`.
    /// In the JSON shape as `due_next`.
    pub next_due: Vec<DueCalving>,
    /// How many calvings belong in `next_due` before the limit: the late
    /// ones in their grace period plus `breeding.due_30_days`.
    pub next_due_total: u64,
    /// Overdue pending pregnancies, longest overdue first, at most
    /// `OVERDUE_LIST_LIMIT` (the full count is `breeding.overdue`). Not
    /// part of the JSON shape.
    pub overdue_list: Vec<DueCalving>,
    /// Months an officer returned to the clerk, with their comments,
    /// oldest first. Not part of the JSON shape (the `review` key of
    /// `status --json` has every month's state).
    pub returned: Vec<kumban_model::Review>,
    /// Calving interval, days open, services per conception and the
    /// calving rate, of the project and of each village (docs/reports.md).
    pub fertility: fertility::Fertility,
    /// Vaccinations, due dates and treatments (docs/status-json.md).
    pub health: Health,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Households {
    pub total: u64,
    pub demonstration: u64,
    /// Member households of each group; a group with income this year but
    /// no member is listed with 0.
    pub groups: BTreeMap<Group, u64>,
    pub poverty: PovertyCounts,
}

/// Household members recorded, in all and by the production groups they
/// work in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct People {
    pub total: u64,
    /// Members whose groups include the group; groups with none are left
    /// out.
    pub by_group: BTreeMap<Group, u64>,
}

/// What a group's "per member" figure divides by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PerMemberBasis {
    /// The household members who work in the group.
    People,
    /// The group's member households: the group has no member recorded
    /// (a database from before members, or members not yet entered).
    Households,
}

impl PerMemberBasis {
    pub fn label(self) -> &'static str {
        match self {
            PerMemberBasis::People => "people",
            PerMemberBasis::Households => "households",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PovertyCounts {
    pub poor: u64,
    pub near_poor: u64,
    pub not_poor: u64,
    pub exited: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pens {
    pub planned: u64,
    pub building: u64,
    pub built: u64,
    pub inspected: u64,
    /// Pens holding more active animals than their capacity.
    pub over_capacity: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cattle {
    /// Active head, and active head by sex.
    pub active: u64,
    pub female: u64,
    pub male: u64,
    /// By origin, whatever the status.
    pub distributed: u64,
    pub born: u64,
    /// By status.
    pub sold: u64,
    pub died: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breeding {
    /// Pending pregnancies of active cows.
    pub pregnant: u64,
    /// Pending pregnancies expected today..=today+30.
    pub due_30_days: u64,
    /// Pending pregnancies more than 14 days past their expected date.
    pub overdue: u64,
    /// Calvings dated in this year, up to today.
    pub calved_this_year: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Income {
    /// The calendar year of today; figures run from 1 January to today.
    pub year: i32,
    pub groups: BTreeMap<Group, BTreeMap<Currency, GroupMoney>>,
    /// (cattle income − cattle expense) / active female animals, per
    /// currency; empty when there is no active female.
    pub cattle_profit_per_cow: BTreeMap<Currency, Money>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMoney {
    pub income: Money,
    pub expense: Money,
    /// (income − expense) / the people who work in the group, truncated
    /// toward zero to the minor unit; divided by the member households
    /// instead when no person of the group is recorded (`per_member_basis`);
    /// `None` when there is neither.
    pub per_member: Option<Money>,
    pub per_member_basis: PerMemberBasis,
}

impl GroupMoney {
    /// Income minus expense; `None` only on overflow.
    pub fn net(&self) -> Option<Money> {
        Some(Money::new(
            self.income.minor.checked_sub(self.expense.minor)?,
            self.income.currency,
        ))
    }
}

impl Dashboard {
    /// How many calvings of the "due next" list a screen that shows the
    /// first `shown` of them leaves out: the TUI, `status` and `status
    /// --json` all count from the same total.
    pub fn next_due_more(&self, shown: usize) -> u64 {
        self.next_due_total.saturating_sub(shown as u64)
    }
}

/// One pending calving, as the dashboard lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueCalving {
    pub pregnancy: PregnancyId,
    pub cow_tag: String,
    pub household_code: String,
    pub expected: Date,
    /// Days from today to the expected date; negative once it has passed.
    pub days: i64,
}
