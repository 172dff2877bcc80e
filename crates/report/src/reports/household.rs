//! Income, expense and net per household, highest net first.

use super::Words;
use super::convert::{self, Conversion, Sums};
use super::money::{self, Flows};
use super::{Cell, Column, ReportKind, RowLink, Span, Table};
use kumban_model::{Household, HouseholdId};
use kumban_store::sums::IncomeSplit;
use kumban_store::{Store, StoreError};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};

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

/// What a report says of a household.
#[derive(Debug, Default)]
pub struct Naming {
    pub code: String,
    pub head: String,
    pub village: String,
}

impl Naming {
    fn of(h: Household) -> Naming {
        Naming {
            code: h.code,
            head: h.head_name,
            village: h.village,
        }
    }

    /// A stand-in naming the id when the record is missing (`kumban
    /// check` reports that; the money still shows).
    fn missing(id: u64) -> Naming {
        Naming {
            code: format!("household {id}"),
            head: "?".into(),
            village: "?".into(),
        }
    }
}

pub type Names = HashMap<u64, Naming>;

/// The flows by household and the households they name. At district size
/// both are reads of tens of thousands of rows, so every household is
/// read beside the sums, on a second thread, and kept if the sums name
/// enough of them to be worth it.
pub fn flows_and_names(
    store: &Store,
    span: Span,
    conversion: Option<&Conversion>,
) -> Result<(ByHousehold, Names), StoreError> {
    let total =
        usize::try_from(store.total(kumban_store::aggregate::key::HOUSEHOLDS)?).unwrap_or(0);
    if total <= READ_ALL_ABOVE {
        let flows = flows_by_household(store, span, conversion)?;
        let names = by_id(store, named_in(&flows))?;
        return Ok((flows, names));
    }
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let every = scope.spawn(|| every_household(store, &stop));
        let flows = match flows_by_household(store, span, conversion) {
            Ok(flows) => flows,
            Err(e) => {
                stop.store(true, Ordering::Relaxed);
                return Err(e);
            }
        };
        let wanted = named_in(&flows);
        // A few hundred of a much larger office are quicker fetched by id.
        if wanted.len() <= READ_ALL_ABOVE || wanted.len() * 4 < total {
            stop.store(true, Ordering::Relaxed);
            return Ok((flows, by_id(store, wanted)?));
        }
        let mut names = match every.join() {
            Ok(read) => read?,
            // The reading thread failed unexpectedly: read again here.
            Err(_) => every_household(store, &AtomicBool::new(false))?,
        };
        names.retain(|id, _| wanted.contains(id));
        Ok((flows, names))
    })
}

/// The households with a row in the report: those with flows, and those
/// whose money was all kept apart.
fn named_in(flows: &ByHousehold) -> BTreeSet<u64> {
    flows
        .flows
        .keys()
        .chain(flows.apart.keys())
        .copied()
        .collect()
}

/// Every household in key order, until `stop` is set.
fn every_household(store: &Store, stop: &AtomicBool) -> Result<Names, StoreError> {
    let mut out = HashMap::new();
    for stored in store.all::<Household>() {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let stored = stored?;
        out.insert(stored.id, Naming::of(stored.record));
    }
    Ok(out)
}

fn by_id(store: &Store, wanted: BTreeSet<u64>) -> Result<Names, StoreError> {
    let ids: Vec<HouseholdId> = wanted.into_iter().map(HouseholdId).collect();
    Ok(store
        .get_many::<Household>(&ids)?
        .into_iter()
        .map(|s| (s.id, Naming::of(s.record)))
        .collect())
}

/// The code a row starts with, by which rows of equal money are ordered.
fn code_of(row: &[Cell]) -> &str {
    match row.first() {
        Some(Cell::Text(code)) => code,
        _ => "",
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
    let (read, mut names) = flows_and_names(store, span, conversion)?;
    let ByHousehold {
        mut flows,
        apart,
        sums,
    } = read;
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
    let width = 3 + 3 * (currencies.len() + apart_currencies.len());
    let mut ranked: Vec<(Vec<i128>, Vec<Cell>, u64)> = Vec::with_capacity(flows.len());
    for (id, f) in &flows {
        let naming = names.remove(id).unwrap_or_else(|| Naming::missing(*id));
        let mut row = Vec::with_capacity(width);
        row.push(Cell::Text(naming.code));
        row.push(Cell::Text(naming.head));
        row.push(Cell::Text(naming.village));
        money::push_cells(&mut row, Some(f), &currencies);
        money::push_cells(&mut row, apart.get(id), &apart_currencies);
        ranked.push((money::nets(f, &currencies), row, *id));
    }
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| code_of(&a.1).cmp(code_of(&b.1))));
    t.row_links = ranked
        .iter()
        .map(|r| Some(RowLink::Household(r.2)))
        .collect();
    t.rows = ranked.into_iter().map(|(_, row, _)| row).collect();
    let total = store.total(kumban_store::aggregate::key::HOUSEHOLDS)?;
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
