//! The exchange rate form.

use super::field::Field;
use super::reader::Reader;
use super::record_form::{Prefill, RecordForm};
use super::{Built, Form, FormKind, FormSettings, OpenError, index_of};
use kumban_i18n::Localize;
use kumban_i18n::tr;
use kumban_model::*;
use kumban_store::{Store, Stored};

fn codes() -> Vec<&'static str> {
    Currency::ALL.iter().map(|c| c.code()).collect()
}

/// The base a new rate starts with: the one the stored rates share, so
/// the clerk never has to think of it once the office has chosen.
fn current_base(store: &Store) -> Result<Currency, OpenError> {
    match store.all::<ExchangeRate>().next() {
        Some(first) => Ok(first?.record.base),
        None => Ok(rate::DEFAULT_BASE),
    }
}

impl Form {
    pub fn new_rate(store: &Store, settings: &FormSettings) -> Result<Form, OpenError> {
        let base = current_base(store)?;
        Ok(Form::new(
            FormKind::record::<ExchangeRate>(None),
            tr!("form-title-new-rate"),
            fields(settings, None, base),
            settings,
        ))
    }

    pub fn edit_rate(
        settings: &FormSettings,
        stored: &Stored<ExchangeRate>,
    ) -> Result<Form, OpenError> {
        let r = &stored.record;
        Ok(Form::new(
            FormKind::record::<ExchangeRate>(Some(RateId(stored.id))),
            tr!(
                "form-title-rate",
                currency = r.currency.to_string(),
                date = r.date.to_string()
            ),
            fields(settings, Some(r), r.base),
            settings,
        ))
    }
}

fn fields(settings: &FormSettings, r: Option<&ExchangeRate>, base: Currency) -> Vec<Field> {
    let codes = codes();
    // A new rate is most often for kip, the project's own money.
    let currency = r.map(|r| r.currency).unwrap_or(Currency::Lak);
    vec![
        Field::date(
            "date",
            "From date",
            &r.map(|r| r.date).unwrap_or(settings.today).to_string(),
        ),
        Field::choice(
            "currency",
            "Currency",
            &codes,
            index_of(&codes, currency.code()),
        )
        .data_options(),
        Field::text(
            "value",
            "1 unit is worth (in base)",
            &r.map(|r| r.value.to_string()).unwrap_or_default(),
        ),
        Field::choice(
            "base",
            "Base currency",
            &codes,
            index_of(&codes, base.code()),
        )
        .data_options(),
        Field::text(
            "source",
            "Source",
            &r.map(|r| r.source.clone()).unwrap_or_default(),
        )
        .optional(),
    ]
}

fn build(r: &mut Reader, id: Option<RateId>) -> Built {
    let code = |r: &Reader, name| Currency::parse(&r.choice(name)).unwrap_or(rate::DEFAULT_BASE);
    let value = match RateValue::parse(&r.text("value")) {
        Ok(v) => v,
        Err(e) => {
            r.error("value", e.localized());
            RateValue::ONE
        }
    };
    let rate = ExchangeRate {
        date: r.date("date"),
        currency: code(r, "currency"),
        value,
        base: code(r, "base"),
        source: r.text("source"),
    };
    Built::record(id.map(|i| i.0), rate.into())
}

impl RecordForm for ExchangeRate {
    fn new_form(store: &Store, settings: &FormSettings, _: Prefill) -> Result<Form, OpenError> {
        Form::new_rate(store, settings)
    }

    fn edit_form(
        _: &Store,
        settings: &FormSettings,
        stored: &Stored<ExchangeRate>,
    ) -> Result<Form, OpenError> {
        Form::edit_rate(settings, stored)
    }

    fn build(reader: &mut Reader, id: Option<u64>) -> Built {
        build(reader, id.map(RateId))
    }

    fn describe(&self) -> String {
        tr!(
            "describe-rate",
            currency = self.currency.to_string(),
            date = self.date.to_string()
        )
    }

    /// No field refers to a rate.
    fn reference_label(&self) -> Option<String> {
        None
    }
}
