//! A field of several ticked records (a training's attendees): what it
//! shows in the form, and the ticked set coming back from its picker.

use super::field::FieldKind;
use super::form::Form;
use super::line_edit::width;
use kumban_i18n::tr;

/// "3 households: BS-01, BS-04, BS-07", cut to `cols` columns with
/// "…and 12 more"; "none ticked" when empty. Only as many codes as could
/// fit are looked at, so 20,000 ticked cost no more than 20.
pub fn summary(ticked: &[(u64, String)], cols: usize) -> String {
    let n = ticked.len();
    if n == 0 {
        return tr!("form-ticks-none");
    }
    // Not one code fits: the count alone.
    let line = |k: usize| {
        if k == 0 {
            return tr!("form-ticks-count", n = n);
        }
        let codes: Vec<&str> = ticked[..k].iter().map(|(_, c)| c.as_str()).collect();
        let head = tr!("form-ticks-summary", n = n, codes = codes.join(", "));
        if k < n {
            format!("{head} {}", tr!("form-ticks-more", n = n - k))
        } else {
            head
        }
    };
    // A code takes at least two columns with its comma and space.
    let most = n.min(cols / 2 + 1);
    (1..=most)
        .rev()
        .map(line)
        .find(|l| width(l) <= cols)
        .unwrap_or_else(|| line(0))
}

impl Form {
    /// Puts the set ticked in a field's picker into the field.
    pub fn set_ticks(&mut self, name: &str, ticked: Vec<(u64, String)>) {
        let Some(i) = self.fields.iter().position(|f| f.name == name) else {
            return;
        };
        let FieldKind::Ticks { ticked: now, .. } = &mut self.fields[i].kind else {
            return;
        };
        if *now == ticked {
            return;
        }
        *now = ticked;
        self.fields[i].touched = true;
        self.fields[i].error = None;
        self.changed();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(n: usize) -> Vec<(u64, String)> {
        (1..=n as u64).map(|i| (i, format!("BS-{i:02}"))).collect()
    }

    #[test]
    fn the_summary_names_what_fits_and_counts_the_rest() {
        assert_eq!(summary(&[], 40), "none ticked");
        assert_eq!(summary(&codes(1), 40), "1 household: BS-01");
        assert_eq!(summary(&codes(3), 40), "3 households: BS-01, BS-02, BS-03");
        let cut = summary(&codes(20), 40);
        assert!(cut.starts_with("20 households: BS-01, "), "{cut}");
        assert!(cut.ends_with(" more"), "{cut}");
        assert!(width(&cut) <= 40, "{cut}");
        assert_eq!(summary(&codes(20_000), 30), "20000 households");
        let many = summary(&codes(20_000), 60);
        assert!(many.starts_with("20000 households: BS-01"), "{many}");
        assert!(many.ends_with(" more"), "{many}");
    }
}
