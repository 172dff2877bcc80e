//! Income and expense logs, by household and production group.

use super::*;
use crate::list::{Show, SortKey, col, flex, num};

// Ranks: what a narrow screen gives up first (0: kept).
pub static COLUMNS: [Column; 6] = [
    col("Date", 10).dropped(0).shown(Show::Date),
    col("Hhold", 7).dropped(0),
    col("Group", 8).dropped(2),
    col("Flow", 7).dropped(1).shown(Show::Choice),
    num("Amount", 17).dropped(0),
    flex("Description", 22),
];

pub fn load(store: &Store) -> Result<Rows> {
    let households = Households::load(store)?;
    let mut rows = RowsBuilder::new(COLUMNS.len());
    let mut order = Vec::new();
    for i in store.all::<IncomeLog>() {
        let i = i?;
        order.push((
            std::cmp::Reverse(i.record.date),
            std::cmp::Reverse(i.id),
            rows.len(),
        ));
        rows.push(row(&i, &households));
    }
    // Newest first: what a reviewer looks for is the recent money.
    order.sort_unstable();
    Ok(rows.finish_in(order.into_iter().map(|(_, _, n)| n)))
}

/// The newest `limit` logs, in the order `load` gives them, read from the
/// end of the date index with only their own households looked up: what
/// the tab shows at once while the whole list loads behind it.
pub fn first_page(store: &Store, limit: usize) -> Result<Rows> {
    let logs = store.income_newest(limit)?;
    let mut households = Households::default();
    for i in &logs {
        households.look_up(store, i.record.household)?;
    }
    let mut rows = RowsBuilder::new(COLUMNS.len());
    for i in &logs {
        rows.push(row(i, &households));
    }
    Ok(rows.finish())
}

fn row(i: &Stored<IncomeLog>, households: &Households) -> Row {
    let r = &i.record;
    Row::new(
        i.id,
        vec![
            r.date.to_string(),
            households.code(r.household),
            clean(r.group.as_str()),
            r.flow.label().to_string(),
            r.amount.to_string(),
            clean(&r.description),
        ],
    )
    // By currency, then by amount: kip and dollars do not compare.
    .with_sort_key(4, SortKey(currency_key(r.amount.currency), r.amount.minor))
}

/// Orders currencies as their codes sort (CNY, LAK, THB, USD).
fn currency_key(c: Currency) -> i64 {
    c.code().bytes().fold(0, |key, b| (key << 8) | i64::from(b))
}

pub fn detail(store: &Store, id: u64) -> Result<Option<Detail>> {
    let Some(i) = store.get::<IncomeLog>(IncomeId(id))? else {
        return Ok(None);
    };
    let r = &i.record;
    let owner = household_line(store, r.household)?;
    let mut d = Detail::new(
        kumban_i18n::tr!(
            "detail-income-title",
            flow = word(r.flow.label()),
            owner = owner.clone(),
            amount = r.amount.to_string()
        ),
        Tab::Income,
        id,
    );
    d.jump_field("Household", Related::OwnerHousehold, owner);
    d.field("Date", day(r.date));
    d.field("Group", clean(r.group.as_str()));
    d.field("Income/expense", word(r.flow.label()));
    d.field("Amount", r.amount.to_string());
    d.field(
        "Description",
        if r.description.is_empty() {
            "—".into()
        } else {
            clean(&r.description)
        },
    );
    d.field(
        "Animal",
        match r.animal {
            Some(a) => animal_tag(store, a)?,
            None => "—".into(),
        },
    );
    audit_fields(&mut d, i.id, &i.audit);
    Ok(Some(d))
}

pub fn related(store: &Store, id: IncomeId, rel: Related) -> Result<Option<(Tab, Scope)>> {
    let Some(i) = store.get::<IncomeLog>(id)? else {
        return Ok(None);
    };
    Ok(match rel {
        Related::OwnerHousehold => Some(super::pens::owner_scope(store, i.record.household)?),
        _ => None,
    })
}

impl KindScreen for IncomeLog {
    const TAB: Tab = Tab::Income;
    const COLUMNS: &'static [Column] = &COLUMNS;

    fn load(store: &Store, _today: Date) -> Result<Rows> {
        load(store)
    }

    fn first_page(store: &Store, rows: usize) -> Result<Option<Rows>> {
        first_page(store, rows).map(Some)
    }

    fn detail(store: &Store, id: u64, _today: Date) -> Result<Option<Detail>> {
        detail(store, id)
    }

    fn related(store: &Store, id: IncomeId, rel: Related) -> Result<Option<(Tab, Scope)>> {
        related(store, id, rel)
    }

    fn in_words(&self, store: &Store) -> Result<String> {
        Ok(kumban_i18n::tr!(
            "words-income",
            flow = kumban_i18n::tr_text("choice", self.flow.label()),
            household = code_or_id(store, self.household)?,
            date = self.date.to_string(),
            amount = self.amount.to_string()
        ))
    }

    fn history_name(&self, names: &history::Names) -> String {
        format!("income {}", names.household(self.household))
    }

    fn history_summary(&self, _names: &history::Names) -> String {
        format!(
            "{} {}, {}, {}",
            word(self.flow.label()),
            self.amount,
            clean(self.group.as_str()),
            day(self.date)
        )
    }

    fn history_fields(&self, names: &history::Names) -> Vec<(&'static str, String)> {
        let i = self;
        vec![
            ("household", names.household(i.household)),
            ("date", i.date.to_string()),
            ("group", clean(i.group.as_str())),
            ("flow", i.flow.label().into()),
            ("amount", i.amount.to_string()),
            ("description", clean(&i.description)),
            (
                "animal",
                i.animal.map(|a| names.tag(a)).unwrap_or("—".into()),
            ),
        ]
    }
}
