//! Income, expense and net per household, highest net first.

use super::Words;
use super::convert::{self, Conversion, Sums};
use super::money::{self, Flows};
use super::{Cell, Column, ReportKind, RowLink, Span, Table};
use kumban_model::{Household, HouseholdId};
use kumban_store::sums::IncomeSplit;
use kumban_store::{Store, StoreError};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Each household's money over the span.
pub struct ByHousehold {
    /// Converted when a conversion is asked for.
    pub flows: BTreeMap<u64, Flows>,
    /// What could not be converted, in its own currency.
    pub apart: BTreeMap<u64, Flows>,
    pub sums: Sums,
}

/// Each household's flows over the span, by household id: the one read
/// of money that the household, village and baseline reports share.
pub fn flows_by_household(
    store: &Store,
    span: Span,
    conversion: Option<&Conversion>,
) -> Result<ByHousehold, StoreError> {
    let split = IncomeSplit {
        household: true,
        ..IncomeSplit::default()
    };
    let sums = convert::sums(store, span.from, span.to, split, conversion)?;
    Ok(ByHousehold {
        flows: money::fold(&sums.sums, |k| Some(k.household)),
        apart: money::fold(&sums.apart, |k| Some(k.household)),
        sums,
    })
}

/// Above this many households, reading every household in key order is
/// quicker than fetching each by id (a district's 20,000: a third of the time).
const READ_ALL_ABOVE: usize = 500;

/// The households of these ids: fetched by id when they are few or a
/// small share of all, else read all in key order and kept when asked for.
pub fn households(
    store: &Store,
    ids: impl Iterator<Item = u64>,
) -> Result<HashMap<u64, Household>, StoreError> {
    let wanted: BTreeSet<u64> = ids.collect();
    // Reading all pays only when the wanted ones are a good share of them.
    let total = store
        .totals()?
        .get(kumban_store::aggregate::key::HOUSEHOLDS)
        .map_or(0, |n| usize::try_from(*n).unwrap_or(0));
    if wanted.len() <= READ_ALL_ABOVE || wanted.len() * 4 < total {
        let ids: Vec<HouseholdId> = wanted.into_iter().map(HouseholdId).collect();
        return Ok(store
            .get_many::<Household>(&ids)?
            .into_iter()
            .map(|s| (s.id, s.record))
            .collect());
    }
    let mut out = HashMap::with_capacity(wanted.len());
    for stored in store.all::<Household>() {
        let stored = stored?;
        if wanted.contains(&stored.id) {
            out.insert(stored.id, stored.record);
        }
    }
    Ok(out)
}

/// A household's code and head, or a stand-in naming its id when the
/// record is missing (`kumban check` reports that; the money still shows).
pub fn named(households: &HashMap<u64, Household>, id: u64) -> (String, String, String) {
    match households.get(&id) {
        Some(h) => (h.code.clone(), h.head_name.clone(), h.village.clone()),
        None => (format!("household {id}"), "?".into(), "?".into()),
    }
}

pub fn build(
    store: &Store,
    span: Span,
    conversion: Option<&Conversion>,
) -> Result<Table, StoreError> {
    let mut t = Table::new(
        ReportKind::Household,
        Words::new("report-title-household").span("span", span),
        span,
    );
    let ByHousehold {
        mut flows,
        apart,
        sums,
    } = flows_by_household(store, span, conversion)?;
    // A household whose money was all kept apart still has its row.
    for id in apart.keys() {
        flows.entry(*id).or_default();
    }
    let currencies = money::shown(flows.values(), conversion);
    let apart_currencies = money::apart_currencies(&sums);
    t.columns = vec![
        Column::text("household"),
        Column::text("head"),
        Column::text("village"),
    ];
    t.columns.extend(money::columns(&currencies));
    t.columns.extend(money::apart_columns(&apart_currencies));
    money::converted(&mut t, &sums, conversion);
    if flows.is_empty() {
        t.empty = Some(money::nothing_in(span));
        return Ok(t);
    }
    let named_households = households(store, flows.keys().copied())?;
    let mut ranked: Vec<(Vec<i128>, String, Vec<Cell>, u64)> = flows
        .iter()
        .map(|(id, f)| {
            let (code, head, village) = named(&named_households, *id);
            let mut row = vec![
                Cell::Text(code.clone()),
                Cell::Text(head),
                Cell::Text(village),
            ];
            row.extend(money::cells(f, &currencies));
            row.extend(money::apart_cells(apart.get(id), &apart_currencies));
            (money::nets(f, &currencies), code, row, *id)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    t.row_links = ranked
        .iter()
        .map(|r| Some(RowLink::Household(r.3)))
        .collect();
    t.rows = ranked.into_iter().map(|(_, _, row, _)| row).collect();
    let total = store
        .totals()?
        .get(kumban_store::aggregate::key::HOUSEHOLDS)
        .copied()
        .unwrap_or(0);
    let order = match currencies.as_slice() {
        [first, rest @ ..] if !rest.is_empty() => Words::new("report-note-household-order")
            .text("first", first.code())
            .text(
                "rest",
                rest.iter().map(|c| c.code()).collect::<Vec<_>>().join(", "),
            ),
        _ => Words::new("report-nothing"),
    };
    t.notes.push(
        Words::new("report-note-household")
            .text("shown", t.rows.len().to_string())
            .text("total", total.to_string())
            .span("span", span)
            .words("order", order),
    );
    Ok(t)
}
