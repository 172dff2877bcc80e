//! Weights of animals, by scale or girth tape, and the daily gain worked
//! out from them. Kilograms are an exact decimal with one place (tenths of
//! a kilogram as an integer), so that a weight read back from a file is the
//! weight written.

use super::{AnimalId, Date, Problem, Problems};
use kumban_i18n::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A weight in tenths of a kilogram: `Kg(2505)` is 250.5 kg.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Kg(pub u32);

/// No cow or buffalo of a village weighs more; a heavier figure is a typing
/// slip (an extra zero).
pub const MAX_TENTHS: u32 = 15_000;

impl Kg {
    /// Reads `250`, `250.5`, `1,250.5`; refuses more than one decimal
    /// place, zero, negatives and more than 1,500 kg.
    pub fn parse(input: &str) -> Result<Kg, String> {
        Kg::parse_said(input).map_err(|m| m.english())
    }

    /// `parse`, its refusal to be said in the session's language.
    pub fn parse_said(input: &str) -> Result<Kg, Message> {
        let s = input.trim();
        let s = s
            .strip_suffix("kg")
            .or_else(|| s.strip_suffix("KG"))
            .unwrap_or(s)
            .trim();
        if s.is_empty() {
            return Err(Message::new("err-weight-empty"));
        }
        let bad = || Message::new("err-weight-not-a-weight").with("text", s);
        if let Some(rest) = s.strip_prefix('-') {
            if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.') {
                return Err(zero_or_less());
            }
            return Err(bad());
        }
        let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
        // A comma only between thousands: "25,5" is a decimal comma, and
        // read as 255 kg it would be a silent mistake.
        let mut groups = whole.split(',');
        if groups
            .next()
            .is_some_and(|g| g.is_empty() && whole.contains(','))
            || groups.any(|g| g.len() != 3)
        {
            return Err(Message::new("err-weight-decimal-comma").with("text", s));
        }
        let whole: String = whole.chars().filter(|c| *c != ',').collect();
        if (whole.is_empty() && frac.is_empty())
            || !whole.chars().all(|c| c.is_ascii_digit())
            || !frac.chars().all(|c| c.is_ascii_digit())
        {
            return Err(bad());
        }
        if frac.len() > 1 {
            return Err(Message::new("err-weight-decimals").with("text", s));
        }
        let whole: u64 = match whole.is_empty() {
            true => 0,
            false => whole.parse().map_err(|_| over_limit(s))?,
        };
        let tenth: u64 = frac.parse().unwrap_or(0);
        let tenths = whole.saturating_mul(10).saturating_add(tenth);
        let kg = Kg(u32::try_from(tenths).unwrap_or(u32::MAX));
        kg.problem_said().map_or(Ok(kg), Err)
    }

    /// Why this weight is refused, if it is.
    pub fn problem(self) -> Option<String> {
        self.problem_said().map(|m| m.english())
    }

    /// What is wrong with the weight, to be said in the session's language.
    pub fn problem_said(self) -> Option<Message> {
        if self.0 == 0 {
            Some(Message::new("err-weight-zero"))
        } else if self.0 > MAX_TENTHS {
            Some(Message::new("err-weight-over").with("kg", self.to_string()))
        } else {
            None
        }
    }
}

fn zero_or_less() -> Message {
    Message::new("err-weight-zero")
}

fn over_limit(s: &str) -> Message {
    Message::new("err-weight-over").with("kg", s)
}

impl fmt::Display for Kg {
    /// `250` for a whole kilogram, `250.5` otherwise: what `parse` reads.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 % 10 {
            0 => write!(f, "{}", self.0 / 10),
            t => write!(f, "{}.{t}", self.0 / 10),
        }
    }
}

/// How the animal was weighed: on a scale, or estimated from the girth
/// (a tape round the chest, read in kg).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum WeighMethod {
    Scale,
    GirthTape,
}

impl WeighMethod {
    pub const ALL: [WeighMethod; 2] = [WeighMethod::Scale, WeighMethod::GirthTape];

    pub fn label(self) -> &'static str {
        match self {
            WeighMethod::Scale => "scale",
            WeighMethod::GirthTape => "girth tape",
        }
    }

    /// Reads `scale`, `girth tape`, `girth-tape`, `tape`.
    pub fn parse(s: &str) -> Option<WeighMethod> {
        let s = s.trim().to_lowercase().replace(['-', '_'], " ");
        match s.as_str() {
            "tape" => Some(WeighMethod::GirthTape),
            _ => WeighMethod::ALL.into_iter().find(|m| m.label() == s),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Weight {
    pub animal: AnimalId,
    pub date: Date,
    pub kg: Kg,
    pub method: WeighMethod,
    pub notes: String,
}

impl Weight {
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.date("date", self.date);
        if let Some(m) = self.kg.problem_said() {
            p.add("kg", m);
        }
        p.text("notes", &self.notes, 500, false);
        p.0
    }

    /// The rules of `validate` plus the one that needs today's date: a
    /// weighing after today is refused. The store knows no "today", so
    /// forms and the importer call this one.
    pub fn problems_on(&self, today: Date) -> Vec<Problem> {
        let mut p = Problems(self.validate());
        if let Some(m) = date_after_today_said(self.date, today) {
            p.add("date", m);
        }
        p.0
    }

    pub fn facts(&self) -> Vec<crate::review::Fact> {
        use crate::review::fact;
        vec![fact("date", self.date, format!("{:?}", self))]
    }
}

/// Why a weighing date is refused on `today`, if it is in the future.
pub fn date_after_today(date: Date, today: Date) -> Option<String> {
    date_after_today_said(date, today).map(|m| m.english())
}

/// `date_after_today`, to be said in the session's language.
pub fn date_after_today_said(date: Date, today: Date) -> Option<Message> {
    (date > today).then(|| {
        Message::new("err-weight-after-today")
            .with("date", date.to_string())
            .with("today", today.to_string())
    })
}

crate::kind!(Weight: Weight, WeightId, "weight", |me| crate::BelongsTo::Cow(me.animal));

/// Average daily gain between two weighings, in grams a day (rounded to
/// the nearest gram), so that it stays an exact integer; `None` when the
/// two are on the same day or out of order.
pub fn daily_gain_grams(first: (Date, Kg), last: (Date, Kg)) -> Option<i64> {
    let days = first.0.days_until(last.0);
    if days <= 0 {
        return None;
    }
    // Tenths of a kg are 100 g each.
    let grams = (i64::from(last.1.0) - i64::from(first.1.0)) * 100;
    let half = days / 2;
    let rounded = if grams >= 0 {
        (grams + half) / days
    } else {
        (grams - half) / days
    };
    Some(rounded)
}

/// Grams a day as kilograms a day with two places: `350` is `0.35`.
pub fn gain_text(grams_per_day: i64) -> String {
    let g = grams_per_day.unsigned_abs();
    // Hundredths of a kg, rounded half up from grams.
    let hundredths = (g + 5) / 10;
    // A loss too small to show is no loss: "0.00", never "-0.00".
    let sign = if grams_per_day < 0 && hundredths > 0 {
        "-"
    } else {
        ""
    };
    format!("{sign}{}.{:02}", hundredths / 100, hundredths % 100)
}

/// What an animal's detail says of its growth: its latest weighing, the
/// gain since the first and the gain between the last two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Growth {
    pub latest: (Date, Kg),
    pub since_first: Option<i64>,
    pub last_two: Option<i64>,
}

/// The growth of an animal from its weighings, in any order; `None` when
/// it has none. Two weighings on one day count as one step of no days,
/// which gives no gain.
pub fn growth(weighings: &[(Date, Kg)]) -> Option<Growth> {
    let mut sorted = weighings.to_vec();
    sorted.sort();
    let first = *sorted.first()?;
    let latest = *sorted.last()?;
    let last_two = match sorted.len() {
        0 | 1 => None,
        n => daily_gain_grams(sorted[n - 2], latest),
    };
    Some(Growth {
        latest,
        since_first: daily_gain_grams(first, latest),
        last_two,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn kilograms_read_and_print_exactly() {
        assert_eq!(Kg::parse("250"), Ok(Kg(2500)));
        assert_eq!(Kg::parse(" 250.5 kg"), Ok(Kg(2505)));
        assert_eq!(Kg::parse("1,500"), Ok(Kg(15000)));
        assert_eq!(Kg::parse(".5"), Ok(Kg(5)));
        assert_eq!(Kg(2505).to_string(), "250.5");
        assert_eq!(Kg(2500).to_string(), "250");
        for k in [1, 5, 10, 2505, 15000] {
            assert_eq!(Kg::parse(&Kg(k).to_string()), Ok(Kg(k)));
        }
    }

    #[test]
    fn bad_weights_are_refused_with_a_reason() {
        let e = |s: &str| Kg::parse(s).unwrap_err();
        assert_eq!(e("0"), "a weight must be more than 0 kg");
        assert_eq!(e("0.0"), "a weight must be more than 0 kg");
        assert_eq!(e("-3"), "a weight must be more than 0 kg");
        assert_eq!(
            e("1500.1"),
            "1500.1 kg is over 1,500 kg, more than any cow weighs; check for an extra digit"
        );
        assert!(e("99999999999999999999").contains("over 1,500 kg"));
        assert_eq!(
            e("250.55"),
            "\"250.55\" has more than one decimal place; weigh to a tenth of a kg, such as 250.5"
        );
        assert_eq!(
            e("heavy"),
            "\"heavy\" is not a weight; write kilograms such as 250 or 250.5"
        );
        assert_eq!(e(""), "enter the weight in kg, such as 250 or 250.5");
        assert_eq!(
            e("25,5"),
            "\"25,5\": write decimals with a point, such as 250.5 (a comma only between thousands, such as 1,250)"
        );
        assert!(e(",500").contains("with a point"));
        assert_eq!(
            e("-"),
            "\"-\" is not a weight; write kilograms such as 250 or 250.5"
        );
    }

    #[test]
    fn rules() {
        let today = day(2026, 11, 28);
        let w = Weight {
            animal: AnimalId(1),
            date: today,
            kg: Kg(2500),
            method: WeighMethod::Scale,
            notes: String::new(),
        };
        assert!(w.problems_on(today).is_empty());
        let mut bad = w.clone();
        bad.kg = Kg(0);
        bad.date = day(2026, 11, 29);
        assert!(
            bad.validate().len() == 1,
            "the store alone cannot tell the date"
        );
        let msgs: Vec<String> = bad
            .problems_on(today)
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            msgs,
            vec![
                "kg: a weight must be more than 0 kg",
                "date: 2026-11-29 is after today (2026-11-28); write the day the animal was weighed",
            ]
        );
    }

    #[test]
    fn methods_read_back_from_their_labels() {
        for m in WeighMethod::ALL {
            assert_eq!(WeighMethod::parse(m.label()), Some(m));
        }
        assert_eq!(
            WeighMethod::parse("Girth-Tape"),
            Some(WeighMethod::GirthTape)
        );
        assert_eq!(WeighMethod::parse("eye"), None);
    }

    #[test]
    fn daily_gain_between_two_weighings() {
        // 100 kg gained over 365 days: 274 g a day.
        let g = daily_gain_grams((day(2025, 1, 1), Kg(2000)), (day(2026, 1, 1), Kg(3000)));
        assert_eq!(g, Some(274));
        assert_eq!(gain_text(274), "0.27");
        // A loss rounds away from zero too.
        let g = daily_gain_grams((day(2026, 1, 1), Kg(3000)), (day(2026, 1, 4), Kg(2990)));
        assert_eq!(g, Some(-333));
        assert_eq!(gain_text(-333), "-0.33");
        assert_eq!(gain_text(5), "0.01");
        assert_eq!(gain_text(-4), "0.00");
        // Leap day counted by the calendar, not by 365.
        let g = daily_gain_grams((day(2024, 2, 28), Kg(1000)), (day(2024, 3, 1), Kg(1010)));
        assert_eq!(g, Some(500));
        assert_eq!(
            daily_gain_grams((day(2026, 1, 1), Kg(1)), (day(2026, 1, 1), Kg(2))),
            None
        );
    }

    #[test]
    fn growth_from_weighings_in_any_order() {
        assert_eq!(growth(&[]), None);
        let one = growth(&[(day(2026, 1, 1), Kg(250))]).unwrap();
        assert_eq!((one.since_first, one.last_two), (None, None));
        let g = growth(&[
            (day(2026, 3, 1), Kg(2300)),
            (day(2026, 1, 1), Kg(2000)),
            (day(2026, 2, 1), Kg(2100)),
        ])
        .unwrap();
        assert_eq!(g.latest, (day(2026, 3, 1), Kg(2300)));
        // 30 kg over 59 days; 20 kg over the last 28 days.
        assert_eq!(g.since_first, Some(508));
        assert_eq!(g.last_two, Some(714));
    }
}
