//! A report's sentences (its title, notes and empty-report message) kept
//! as a message id and its arguments, not as text: a table is worked out
//! once, perhaps by an owner or behind the screen, and each reader says
//! it in its own language when it is shown. CSV and JSON say it in
//! English, so machine output is the same in every language.

use kumban_i18n::{Lang, Value, tr_args, with_lang};

/// A Fluent message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Words {
    pub id: String,
    pub args: Vec<(String, Said)>,
}

/// One argument of a report's sentence.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Said {
    /// A name, a code, a date or a figure as written: shown as it is.
    Text(String),
    /// A count Fluent chooses plurals by.
    Number(i64),
    /// A sentence inside a sentence, said in the same language.
    Words(Words),
    /// A span as titles write it (`2026`, `2026-Q1`, "the 12 months
    /// from 2026-11", the last in the reader's words).
    Span(super::Span),
}

impl Words {
    pub fn new(id: &str) -> Words {
        Words {
            id: id.to_string(),
            args: Vec::new(),
        }
    }

    /// With an argument shown as it is.
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Words {
        self.args.push((name.to_string(), Said::Text(value.into())));
        self
    }

    /// With a count.
    pub fn number(mut self, name: &str, value: i64) -> Words {
        self.args.push((name.to_string(), Said::Number(value)));
        self
    }

    /// With a sentence inside.
    pub fn words(mut self, name: &str, value: Words) -> Words {
        self.args.push((name.to_string(), Said::Words(value)));
        self
    }

    /// With a span.
    pub fn span(mut self, name: &str, value: super::Span) -> Words {
        self.args.push((name.to_string(), Said::Span(value)));
        self
    }

    /// In the language of this thread.
    pub fn say(&self) -> String {
        let values: Vec<(&str, Value<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Said::Text(s) => Value::from(s.as_str()),
                    Said::Number(n) => Value::from(*n),
                    Said::Words(w) => Value::from(w.say()),
                    Said::Span(s) => Value::from(s.label()),
                };
                (name.as_str(), value)
            })
            .collect();
        tr_args(&self.id, &values)
    }

    /// In English: for CSV, JSON and messages beside them.
    pub fn english(&self) -> String {
        with_lang(Lang::En, || self.say())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Apart, Cell, Column, Format, ReportKind, Span, Table};
    use super::Words;
    use kumban_i18n::{Lang, with_lang};
    use kumban_model::Currency;

    /// A month table in USD with kip kept apart for want of a rate.
    fn table() -> Table {
        let span = Span::parse("2026").expect("a year");
        let title = Words::new("report-title-converted")
            .words("title", Words::new("report-title-month").span("span", span))
            .text("currency", "USD");
        let mut t = Table::new(ReportKind::Month, title, span);
        t.columns = vec![
            Column::text("month"),
            Column::number("logs"),
            Column::money("net", Currency::Usd),
        ];
        t.rows = vec![
            vec![
                Cell::Text("2026-01".into()),
                Cell::Count(2),
                Cell::Money(1_000),
            ],
            vec![
                Cell::Text("total".into()),
                Cell::Count(2),
                Cell::Money(1_000),
            ],
        ];
        t.not_converted = vec![Apart {
            currency: Currency::Lak,
            reasons: vec![
                Words::new("report-no-rate-before")
                    .text("currency", "LAK")
                    .text("first", "2026-01-01"),
            ],
            income: 100_000,
            expense: 0,
            logs: 1,
        }];
        t
    }

    #[test]
    fn text_says_the_table_in_the_readers_language_and_json_in_english() {
        let t = table();
        let lao = with_lang(Lang::Lo, || t.render(Format::Text));
        assert!(
            lao.starts_with("ລາຍຮັບຕາມເດືອນ, 2026, ເປັນ USD (2026-01-01 ຫາ 2026-12-31)"),
            "{lao}"
        );
        assert!(lao.contains("ເດືອນ"), "{lao}");
        assert!(lao.contains("ສຸດທິ USD"), "{lao}");
        assert!(lao.contains("\nລວມ "), "{lao}");
        assert!(
            lao.contains("ບໍ່ໄດ້ແລກປ່ຽນ (ບໍ່ມີອັດຕາແລກປ່ຽນຂອງ LAK ກ່ອນ 2026-01-01)"),
            "{lao}"
        );
        let english = with_lang(Lang::En, || t.render(Format::Text));
        assert!(english.contains("\ntotal "), "{english}");
        assert!(
            english
                .contains("not converted (no rate for LAK before 2026-01-01): income 1,000.00 LAK"),
            "{english}"
        );
        assert!(english.contains("in 1 log\n"), "{english}");
        for format in [Format::Json, Format::Csv] {
            let en = with_lang(Lang::En, || t.render(format));
            assert_eq!(en, with_lang(Lang::Lo, || t.render(format)));
            assert_eq!(en, with_lang(Lang::Zh, || t.render(format)));
        }
        let json = with_lang(Lang::Zh, || t.render(Format::Json));
        assert!(
            json.contains("\"title\": \"Income by month, 2026, in USD\""),
            "{json}"
        );
        assert!(json.contains("no rate for LAK before 2026-01-01"), "{json}");
    }

    #[test]
    fn the_herds_head_is_a_count_and_a_households_head_a_person() {
        let head = Column::text("head");
        let (herd, household) = with_lang(Lang::Zh, || {
            (
                head.label(ReportKind::Herd),
                head.label(ReportKind::Household),
            )
        });
        assert_eq!((herd.as_str(), household.as_str()), ("存栏", "户主"));
        let apart = Column::number("not converted income LAK");
        assert_eq!(
            with_lang(Lang::Lo, || apart.label(ReportKind::Village)),
            "ບໍ່ໄດ້ແລກປ່ຽນ ລາຍຮັບ LAK"
        );
        assert_eq!(
            with_lang(Lang::En, || apart.label(ReportKind::Village)),
            "not converted income LAK"
        );
    }
}
