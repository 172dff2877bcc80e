//! The table as CSV: one header line, one line per row, amounts as plain
//! decimals (`-1200000.00`) so a spreadsheet reads them as numbers. The
//! notes are not data and are left out; an empty span gives the header.

use super::Table;
use super::text::cell_text;

pub fn render(t: &Table) -> String {
    let mut out = String::new();
    let header: Vec<String> = t.columns.iter().map(|c| quoted(&c.name)).collect();
    out.push_str(&header.join(","));
    out.push('\n');
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(|c| quoted(&cell_text(c, false))).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// RFC 4180 quoting; a cell a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@` first) is quoted with a leading apostrophe unless
/// it is a number.
fn quoted(cell: &str) -> String {
    let formula = cell.starts_with(['=', '+', '@'])
        || (cell.starts_with('-') && cell[1..].parse::<f64>().is_err());
    let cell = if formula {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn quotes_what_a_spreadsheet_would_misread() {
        assert_eq!(quoted("a,b"), "\"a,b\"");
        assert_eq!(quoted("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quoted("-1200.50"), "-1200.50");
        assert_eq!(quoted("=1+1"), "'=1+1");
        assert_eq!(quoted("-x"), "'-x");
    }
}
