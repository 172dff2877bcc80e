//! Index keys, built by hand from big-endian fixed-width parts so that
//! sled's byte order is the order we want to scan in.

use kumban_model::Date;

pub fn id(id: u64) -> [u8; 8] {
    id.to_be_bytes()
}

/// Days are signed; flipping the sign bit makes negative ones sort first.
pub fn date(d: Date) -> [u8; 4] {
    ((d.day_number() as u32) ^ 0x8000_0000).to_be_bytes()
}

pub fn decode_id(bytes: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(bytes.get(..8)?.try_into().ok()?))
}

/// Concatenates key parts.
pub fn join(parts: &[&[u8]]) -> Vec<u8> {
    let mut k = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        k.extend_from_slice(p);
    }
    k
}

/// The id at the end of a composite index key.
pub fn trailing_id(key: &[u8]) -> Option<u64> {
    let start = key.len().checked_sub(8)?;
    decode_id(&key[start..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn date_keys_sort_like_dates(a in -1_000_000i32..1_000_000, b in -1_000_000i32..1_000_000) {
            let (Some(da), Some(db)) = (Date::from_day_number(a), Date::from_day_number(b)) else { return Ok(()) };
            prop_assert_eq!(da.cmp(&db), date(da).cmp(&date(db)));
        }

        #[test]
        fn id_keys_sort_like_ids(a: u64, b: u64) {
            prop_assert_eq!(a.cmp(&b), id(a).cmp(&id(b)));
            prop_assert_eq!(trailing_id(&join(&[&id(7), &id(a)])), Some(a));
        }
    }
}
