//! The printable report: one self-contained HTML file (inline CSS and
//! SVG, no script, no network) laid out for A4. It holds the project's
//! indicators (the dashboard's figures), charts of income per month and
//! of the herd over the period, and one or every report table, with the
//! date and the database it came from. docs/reports.md describes it.

mod chart;
mod escape;
mod indicators;
mod style;
mod table;
#[cfg(test)]
mod tests;

pub use escape::escape;

use super::{Cell, ReportKind, Span, Table};
use crate::Dashboard;
use kumban_i18n::{tr, tr_text};
use kumban_model::{Currency, Date};
use kumban_store::{Store, StoreError};
use std::fmt::Write;

/// Everything the page shows, gathered before a byte of it is written.
#[derive(Debug, Clone)]
pub struct Printable {
    /// The date the report is as of (`--today`); a page of tables alone
    /// has none.
    pub today: Option<Date>,
    /// The database folder, as the reader should see it named.
    pub database: Option<String>,
    pub span: Span,
    pub dashboard: Option<Dashboard>,
    pub tables: Vec<Table>,
    /// The month report and the herd report over the span: the charts'
    /// figures (also when neither is among `tables`).
    pub income: Option<Table>,
    pub herd: Option<Table>,
}

impl Printable {
    /// A page of `tables` alone: no indicators, charts or source.
    pub fn tables_only(tables: Vec<Table>, span: Span) -> Printable {
        Printable {
            today: None,
            database: None,
            span,
            dashboard: None,
            tables,
            income: None,
            herd: None,
        }
    }

    /// The whole printable report: `tables` (already built over `span`)
    /// with the dashboard as of `today` and the charts' figures.
    pub fn gather(
        store: &Store,
        tables: Vec<Table>,
        span: Span,
        today: Date,
        currency: Option<Currency>,
        database: &str,
    ) -> Result<Printable, StoreError> {
        let dashboard = Dashboard::compute(store, today)?;
        // The charts show what the tables show: the same span and, with
        // `--currency`, the same single currency.
        let table = |kind: ReportKind| -> Result<Table, StoreError> {
            let kept = tables
                .iter()
                .find(|t| t.kind == kind && t.span == span && t.currency == currency);
            match kept {
                Some(t) => Ok(t.clone()),
                None => super::build_in(store, kind, span, today, currency),
            }
        };
        let income = table(ReportKind::Month)?;
        let herd = table(ReportKind::Herd)?;
        Ok(Printable {
            today: Some(today),
            database: Some(database.to_string()),
            span,
            dashboard: Some(dashboard),
            tables,
            income: Some(income),
            herd: Some(herd),
        })
    }

    /// The HTML document.
    pub fn render(&self) -> String {
        let label = self.span.label();
        let title = tr!("report-html-title", span = label.as_str());
        let mut out = String::with_capacity(64 * 1024);
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
            kumban_i18n::current().code(),
            escape(&title),
            style::CSS
        );
        out.push_str("<section class=\"first\">\n<header class=\"cover\">\n");
        let _ = writeln!(out, "<h1>{}</h1>", escape(&title));
        out.push_str("<dl class=\"source\">\n");
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{} ({})</dd>",
            escape(&tr!("report-html-period")),
            escape(&label),
            escape(&tr!(
                "report-html-to",
                from = self.span.from.to_string(),
                to = self.span.to.to_string()
            ))
        );
        if let Some(today) = self.today {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd>{today}</dd>",
                escape(&tr!("report-html-date"))
            );
        }
        if let Some(db) = &self.database {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                escape(&tr!("report-html-database")),
                escape(db)
            );
        }
        out.push_str("</dl>\n</header>\n");
        match &self.dashboard {
            Some(d) => indicators::render(d, &mut out),
            // A page of tables alone starts with the first table.
            None => {
                if let Some(first) = self.tables.first() {
                    table::render(first, &mut out);
                }
            }
        }
        out.push_str("</section>\n");
        if self.income.is_some() || self.herd.is_some() {
            let _ = writeln!(
                out,
                "<section class=\"charts\">\n<h2>{}</h2>",
                escape(&tr!("report-html-charts"))
            );
            if let Some(t) = &self.income {
                income_charts(t, &mut out);
            }
            if let Some(t) = &self.herd {
                herd_chart(t, &mut out);
            }
            out.push_str("</section>\n");
        }
        let skip = usize::from(self.dashboard.is_none());
        for t in self.tables.iter().skip(skip) {
            let _ = writeln!(out, "<section class=\"report {}\">", t.kind.name());
            table::render(t, &mut out);
            out.push_str("</section>\n");
        }
        out.push_str("</body>\n</html>\n");
        out
    }
}

/// One bar chart per currency: income and expense of each month.
fn income_charts(t: &Table, out: &mut String) {
    if let Some(empty) = &t.empty {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", escape(&empty.say()));
        return;
    }
    let rows: Vec<&Vec<Cell>> = t
        .rows
        .iter()
        .filter(|r| !matches!(r.first(), Some(Cell::Text(s)) if s == "total"))
        .collect();
    let labels: Vec<String> = rows.iter().map(|r| month_label(r.first())).collect();
    let axis = |minor: i128| money_axis(minor);
    for (i, column) in t.columns.iter().enumerate() {
        let Some(currency) = column.name.strip_prefix("income ") else {
            continue;
        };
        let expense_name = format!("expense {currency}");
        let expense = t.columns.iter().position(|c| c.name == expense_name);
        let mut series = vec![chart::Series {
            name: format!("{} {currency}", tr_text("report-col", "income")),
            values: rows.iter().map(|r| money(r.get(i))).collect(),
        }];
        if let Some(j) = expense {
            series.push(chart::Series {
                name: format!("{} {currency}", tr_text("report-col", "expense")),
                values: rows.iter().map(|r| money(r.get(j))).collect(),
            });
        }
        let frame = chart::Frame {
            caption: tr!(
                "report-chart-income",
                currency = currency,
                span = t.span.label()
            ),
            labels: labels.clone(),
            axis: &axis,
        };
        out.push_str(&chart::bars(&frame, &series));
    }
}

/// Head, cows and pregnant cows at each month's end.
fn herd_chart(t: &Table, out: &mut String) {
    if let Some(empty) = &t.empty {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", escape(&empty.say()));
        return;
    }
    let labels: Vec<String> = t.rows.iter().map(|r| month_label(r.first())).collect();
    let series: Vec<chart::Series> = ["head", "cows", "pregnant"]
        .into_iter()
        .filter_map(|name| {
            let i = t.columns.iter().position(|c| c.name == name)?;
            Some(chart::Series {
                name: tr!(
                    "report-chart-at-month-end",
                    what = t.columns[i].label(t.kind)
                ),
                values: t
                    .rows
                    .iter()
                    .map(|r| match r.get(i) {
                        Some(Cell::Count(n)) => i128::from(*n),
                        _ => 0,
                    })
                    .collect(),
            })
        })
        .collect();
    let axis = |n: i128| n.to_string();
    let frame = chart::Frame {
        caption: tr!("report-chart-herd", span = t.span.label()),
        labels,
        axis: &axis,
    };
    out.push_str(&chart::lines(&frame, &series));
}

fn money(cell: Option<&Cell>) -> i128 {
    match cell {
        Some(Cell::Money(m)) => *m,
        _ => 0,
    }
}

/// `2026-03` as `Mar`; the caption names the year.
fn month_label(cell: Option<&Cell>) -> String {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let text = match cell {
        Some(Cell::Text(s)) => s.as_str(),
        _ => "",
    };
    text.rsplit_once('-')
        .and_then(|(_, m)| m.parse::<usize>().ok())
        .and_then(|m| NAMES.get(m.wrapping_sub(1)))
        .map_or_else(|| text.to_string(), |name| tr_text("report-month", name))
}

/// An axis amount: whole units without `.00`.
fn money_axis(minor: i128) -> String {
    let text = kumban_model::money::format_wide_minor(minor, true);
    match text.strip_suffix(".00") {
        Some(whole) => whole.to_string(),
        None => text,
    }
}
