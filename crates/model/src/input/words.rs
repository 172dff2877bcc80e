//! The words and signs people write for a currency, in English, Lao,
//! Chinese and Thai. Codes stay the machine form (`LAK`); these are only
//! read, never written.

use crate::Currency;

const WORDS: &[(&str, Currency)] = &[
    ("lak", Currency::Lak),
    ("kip", Currency::Lak),
    ("kips", Currency::Lak),
    ("₭", Currency::Lak),
    ("ກີບ", Currency::Lak),
    ("usd", Currency::Usd),
    ("$", Currency::Usd),
    ("us$", Currency::Usd),
    ("dollar", Currency::Usd),
    ("dollars", Currency::Usd),
    ("ໂດລາ", Currency::Usd),
    ("美元", Currency::Usd),
    ("cny", Currency::Cny),
    ("rmb", Currency::Cny),
    ("yuan", Currency::Cny),
    ("¥", Currency::Cny),
    ("￥", Currency::Cny),
    ("元", Currency::Cny),
    ("人民币", Currency::Cny),
    ("ຢວນ", Currency::Cny),
    ("thb", Currency::Thb),
    ("baht", Currency::Thb),
    ("฿", Currency::Thb),
    ("บาท", Currency::Thb),
    ("ບາດ", Currency::Thb),
    ("泰铢", Currency::Thb),
];

/// The currency a code, word or sign names (any case), if kumban knows it.
pub fn currency(word: &str) -> Option<Currency> {
    let word = word.trim().to_lowercase();
    WORDS.iter().find(|(w, _)| *w == word).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_signs_name_their_currency() {
        for (w, c) in [
            ("kip", Currency::Lak),
            ("₭", Currency::Lak),
            ("ກີບ", Currency::Lak),
            ("$", Currency::Usd),
            ("ໂດລາ", Currency::Usd),
            ("¥", Currency::Cny),
            ("元", Currency::Cny),
            ("RMB", Currency::Cny),
            ("฿", Currency::Thb),
            ("บาท", Currency::Thb),
            ("ບາດ", Currency::Thb),
            ("Lak", Currency::Lak),
        ] {
            assert_eq!(currency(w), Some(c), "{w}");
        }
        assert_eq!(currency("EUR"), None);
        assert_eq!(currency(""), None);
    }
}
