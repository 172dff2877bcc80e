//! Plausibility warnings: what a form may save but is probably a slip (a
//! pen over capacity, a gestation of 30 days, "weavng" beside "weaving").
//! Unlike problems they refuse nothing: the form shows them beside their
//! fields and saves when the clerk submits again without changing
//! anything. Imports and the command line never ask (they have no one to
//! ask), so only the forms read this.

use super::form::Form;
use super::submission::Submission;
use kumban_i18n::{tr, tr_text};
use kumban_model::health::KNOWN_PRODUCTS;
use kumban_model::*;
use kumban_store::{Store, StoreError};
use std::ops::RangeInclusive;

/// A date further ahead than this is more likely a mistyped year or month.
pub const AHEAD_DAYS: u64 = 31;
/// Gestations outside this are more likely a wrong service or calving date.
pub const GESTATION_DAYS: RangeInclusive<i64> = 260..=300;
/// Date fields that are about the future by nature: never warned.
const FUTURE_FIELDS: [&str; 3] = ["next_due", "next_visit", "next_inspection"];

/// A warning about one model field (routed to the form field that shows
/// its problems, like a problem).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub field: &'static str,
    pub message: String,
}

fn warn(field: &'static str, message: String) -> Warning {
    Warning { field, message }
}

/// The warnings of what a valid form would save, read against the store.
pub fn warnings(store: &Store, submission: &Submission) -> Result<Vec<Warning>, StoreError> {
    let mut out = Vec::new();
    match submission {
        Submission::Insert(record) => record_warnings(store, record, None, &mut out)?,
        Submission::Update { id, record, .. } => {
            record_warnings(store, record, Some(*id), &mut out)?
        }
        Submission::Calving {
            pregnancy, entry, ..
        } => {
            if let Some(p) = store.get::<Pregnancy>(*pregnancy)? {
                calving(&p.record, entry.on, &mut out);
            }
            for calf in [&entry.calf, &entry.twin_calf].into_iter().flatten() {
                animal(store, calf, None, &mut out)?;
            }
        }
        Submission::Health { event, .. } => product(store, &event.product, &mut out)?,
        Submission::Campaign { template, .. } => product(store, &template.product, &mut out)?,
        // The pen's capacity with every distributed animal in it.
        Submission::Distribution { template, tags } => {
            animals_into_pen(store, template, None, tags.len(), &mut out)?
        }
        Submission::Sale { .. } | Submission::Training { .. } | Submission::Nothing(_) => {}
    }
    // Twin calves put into one pen would warn twice.
    out.dedup();
    Ok(out)
}

fn record_warnings(
    store: &Store,
    record: &AnyRecord,
    id: Option<u64>,
    out: &mut Vec<Warning>,
) -> Result<(), StoreError> {
    match record {
        AnyRecord::Animal(a) => animal(store, a, id.map(AnimalId), out),
        AnyRecord::Household(h) => household(store, h, id, out),
        AnyRecord::Pregnancy(p) => {
            // Dates confirmed when the calving was saved are not asked
            // about again on every later edit.
            let before = match id {
                Some(id) => store.get::<Pregnancy>(PregnancyId(id))?,
                None => None,
            };
            let same = before.is_some_and(|b| {
                (
                    b.record.service_date,
                    b.record.confirmed_on,
                    &b.record.outcome,
                ) == (p.service_date, p.confirmed_on, &p.outcome)
            });
            if let (Outcome::Calved { on, .. }, false) = (&p.outcome, same) {
                calving(p, *on, out);
            }
            Ok(())
        }
        AnyRecord::HealthEvent(e) => product(store, &e.product, out),
        _ => Ok(()),
    }
}

/// A pen over capacity, or not built yet, when an animal is put into it.
fn animal(
    store: &Store,
    a: &Animal,
    id: Option<AnimalId>,
    out: &mut Vec<Warning>,
) -> Result<(), StoreError> {
    animals_into_pen(store, a, id, 1, out)
}

/// The same, for `count` animals like `a` put into its pen at once.
fn animals_into_pen(
    store: &Store,
    a: &Animal,
    id: Option<AnimalId>,
    count: usize,
    out: &mut Vec<Warning>,
) -> Result<(), StoreError> {
    let (Some(pen_id), AnimalStatus::Active) = (a.pen, &a.status) else {
        return Ok(());
    };
    // An animal already in the pen was warned about when it was put there.
    if let Some(id) = id
        && let Some(before) = store.get::<Animal>(id)?
        && before.record.pen == Some(pen_id)
        && before.record.status == AnimalStatus::Active
    {
        return Ok(());
    }
    let Some(pen) = store.get::<Pen>(pen_id)? else {
        return Ok(());
    };
    let others = store
        .animals_in_pen(pen_id)?
        .into_iter()
        .filter(|s| s.record.status == AnimalStatus::Active && Some(AnimalId(s.id)) != id)
        .count();
    let head = others + count;
    if head > usize::from(pen.record.capacity) {
        out.push(warn(
            "pen",
            tr!(
                "warn-pen-over-capacity",
                pen = pen.record.label.clone(),
                head = head,
                capacity = pen.record.capacity
            ),
        ));
    }
    if matches!(pen.record.status, PenStatus::Planned | PenStatus::Building) {
        out.push(warn(
            "pen",
            tr!(
                "warn-pen-not-built",
                pen = pen.record.label.clone(),
                status = tr_text("choice", pen.record.status.label())
            ),
        ));
    }
    Ok(())
}

/// A gestation outside the usual days, or a calving before the check that
/// found the cow pregnant.
fn calving(p: &Pregnancy, on: Date, out: &mut Vec<Warning>) {
    let days = p.service_date.days_until(on);
    if !GESTATION_DAYS.contains(&days) {
        out.push(warn(
            "outcome",
            tr!(
                "warn-gestation",
                days = days,
                served = p.service_date.to_string(),
                low = *GESTATION_DAYS.start(),
                high = *GESTATION_DAYS.end()
            ),
        ));
    }
    if let Some(checked) = p.confirmed_on
        && on < checked
    {
        out.push(warn(
            "outcome",
            tr!("warn-calving-before-check", checked = checked.to_string()),
        ));
    }
}

/// A name as compared for duplicates: case and spaces do not count (the
/// store's memo of names in use folds the same way).
pub use kumban_model::text::folded;

/// The same head's name in the same village, and a new production group
/// close to an existing one.
fn household(
    store: &Store,
    h: &Household,
    id: Option<u64>,
    out: &mut Vec<Warning>,
) -> Result<(), StoreError> {
    let head = folded(&h.head_name);
    let village = folded(&h.village);
    let mut groups: Vec<String> = group::STANDARD.iter().map(|s| s.to_string()).collect();
    // A head's name and village kept as they were was asked about before.
    let mut renamed = true;
    if let Some(id) = id
        && let Some(before) = store.get::<Household>(HouseholdId(id))?
    {
        renamed =
            folded(&before.record.head_name) != head || folded(&before.record.village) != village;
    }
    // The first other household of the same names, by id; the store keeps
    // them by name (reading every household took tens of ms at district
    // size, on each save).
    let mut twin = None;
    if renamed {
        for other in store.households_named(&h.village, &h.head_name)? {
            if Some(other) != id
                && let Some(found) = store.get::<Household>(HouseholdId(other))?
            {
                twin = Some(found.record.code);
                break;
            }
        }
    }
    for (g, _) in store.groups_in_use()? {
        if !groups.contains(&g) {
            groups.push(g);
        }
    }
    if let Some(code) = twin {
        out.push(warn(
            "head_name",
            tr!(
                "warn-household-duplicate",
                code = code,
                village = h.village.clone()
            ),
        ));
    }
    for g in &h.groups {
        if let Some(like) = close_name(g.as_str(), &groups) {
            out.push(warn(
                "groups",
                tr!("warn-name-close", name = g.as_str(), like = like),
            ));
        }
    }
    Ok(())
}

/// The disease or product names to suggest and to compare with: the known
/// ones first, then every name the health events use, most used first,
/// each once (compared as the due list compares: case and outer spaces
/// aside). The store keeps them with how often each is used, so a form
/// opens at once however many events a district's campaigns made (the
/// first form of a session on a large database offers the names of the
/// first 5,000 events while the rest are read behind).
pub fn products(store: &Store) -> Result<Vec<String>, StoreError> {
    let mut names: Vec<String> = KNOWN_PRODUCTS.iter().map(|s| s.to_string()).collect();
    let mut seen: std::collections::HashSet<String> =
        names.iter().map(|n| n.trim().to_lowercase()).collect();
    for (product, _) in store.products_in_use()? {
        if seen.insert(product.trim().to_lowercase()) {
            names.push(product);
        }
    }
    Ok(names)
}

fn product(store: &Store, name: &str, out: &mut Vec<Warning>) -> Result<(), StoreError> {
    if let Some(like) = close_name(name, &products(store)?) {
        out.push(warn(
            "product",
            tr!("warn-name-close", name = name.trim(), like = like),
        ));
    }
    Ok(())
}

/// A known name that `name` is probably a typo of: not the same (ignoring
/// case and spaces) as any known name, and at most two edits from one. A
/// short name allows fewer edits ("corn" is not a typo of "cow").
pub fn close_name(name: &str, known: &[String]) -> Option<String> {
    let typed = folded(name);
    if typed.is_empty() || known.iter().any(|k| folded(k) == typed) {
        return None;
    }
    known
        .iter()
        .map(|k| (edit_distance(&typed, &folded(k)), k))
        .filter(|(d, k)| *d <= 2 && *d * 3 <= folded(k).chars().count())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.clone())
}

/// Levenshtein distance over chars (Lao and Chinese letters count one).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            let cost = usize::from(ca != *cb);
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + cost);
            diagonal = above;
        }
    }
    row[b.len()]
}

impl Form {
    /// Dates more than a month after today in the form's date fields
    /// (those about the future by nature, like a next due date, aside).
    fn dates_ahead(&self) -> Vec<(usize, String)> {
        let today = self.settings.today;
        let Some(limit) = today.plus_days(AHEAD_DAYS) else {
            return Vec::new();
        };
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| f.visible && !FUTURE_FIELDS.contains(&f.name))
            .filter_map(|(i, f)| match &f.kind {
                super::FieldKind::Date(e) => Date::parse(e.text(), today)
                    .ok()
                    .filter(|d| *d > limit)
                    .map(|d| (i, tr!("warn-date-ahead", days = today.days_until(d)))),
                _ => None,
            })
            .collect()
    }

    /// Called by the shell with what a save returned, before applying it:
    /// true when it may be written. The first time a valid form has
    /// warnings they are shown beside their fields and this says false;
    /// submitting again without changing anything then says true.
    pub fn confirm_warnings(&mut self, store: &Store, submission: &Submission) -> bool {
        if self.warned {
            return true;
        }
        let mut found = self.dates_ahead();
        // A store that cannot be read now will refuse the save itself and
        // say why; a warning must not stand in the way of that message.
        for w in warnings(store, submission).unwrap_or_default() {
            match self.route(w.field) {
                Some(i) => found.push((i, w.message)),
                None => found.push((self.focus, w.message)),
            }
        }
        if found.is_empty() {
            return true;
        }
        for f in &mut self.fields {
            f.warning = None;
        }
        for (i, m) in &found {
            if let Some(f) = self.fields.get_mut(*i) {
                f.warning = Some(match f.warning.take() {
                    Some(w) => format!("{w}; {m}"),
                    None => m.clone(),
                });
            }
        }
        self.warned = true;
        self.message = Some(tr!(
            "form-warned",
            n = found.len(),
            enter = super::keys::ENTER.name(),
            save = super::keys::SAVE.name()
        ));
        false
    }

    /// The warning shown beside a field, if any.
    pub fn warning(&self, name: &str) -> Option<&str> {
        self.field(name).and_then(|f| f.warning.as_deref())
    }

    /// True while warnings are shown and nothing changed since: the next
    /// submit saves.
    pub fn is_warned(&self) -> bool {
        self.warned
    }
}

#[cfg(test)]
mod tests {
    use super::{close_name, edit_distance, folded};

    #[test]
    fn typos_are_close_and_other_names_are_not() {
        let known: Vec<String> = ["cattle", "corn", "weaving", "blackleg"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(edit_distance("weavng", "weaving"), 1);
        assert_eq!(edit_distance("ກົວ", "ກົ"), 1);
        assert_eq!(close_name("weavng", &known).as_deref(), Some("weaving"));
        assert_eq!(close_name("Black leg", &known), None, "same name");
        assert_eq!(close_name("blakleg", &known).as_deref(), Some("blackleg"));
        assert_eq!(
            close_name("cow", &known),
            None,
            "short names allow one edit"
        );
        assert_eq!(close_name("pigs", &known), None);
        assert_eq!(folded(" Bounmy  Keo"), "bounmykeo");
    }
}
