//! What `kumban demo` writes, in the figures the welcome screen promises.
//! `fill` is checked against these (tests/tui_frictions.rs), so the
//! promise cannot drift from the data.

/// Households in all: the 40 demonstration households and a few others.
pub const HOUSEHOLDS: usize = 46;
/// Demonstration households, given breeding cattle by the project.
pub const DEMONSTRATION: usize = 40;
/// Animals in all, whatever their status (distributed, born and bought).
pub const ANIMALS: usize = 148;
/// Cows with a pending pregnancy.
pub const PREGNANT: usize = 60;

/// The demonstration data in one line, for the welcome screen.
pub fn summary() -> String {
    format!(
        "{HOUSEHOLDS} Bansuo households ({DEMONSTRATION} demonstration), {ANIMALS} cattle, {PREGNANT} cows pregnant"
    )
}
