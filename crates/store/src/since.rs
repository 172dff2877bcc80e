//! Following the history from a mark: what a figure kept in memory (the
//! dashboard's health and fertility figures) was worked out at, and the
//! changes written since, so that only what they touch is counted again.

use crate::{Change, Result};

/// The changes newer than `mark` (a history entry's number and when it
/// was written), oldest first, from `history` (newest first); `None` when
/// the figures cannot be brought up to date from them: the entry is gone
/// or is another one (an undone import reuses its numbers), or more than
/// `most` were written since, when counting everything again is as quick.
pub fn changes_since(
    history: impl Iterator<Item = Result<Change>>,
    mark: Option<(u64, i64)>,
    most: usize,
) -> Result<Option<Vec<Change>>> {
    let mut newer = Vec::new();
    for c in history {
        let c = c?;
        match mark {
            Some((seq, at)) if c.seq == seq => {
                return Ok((c.at == at).then(|| {
                    newer.reverse();
                    newer
                }));
            }
            Some((seq, _)) if c.seq < seq => return Ok(None),
            _ => {}
        }
        if newer.len() >= most {
            return Ok(None);
        }
        newer.push(c);
    }
    // The history ran out: only right if the figures were kept from an
    // empty history.
    Ok(mark.is_none().then(|| {
        newer.reverse();
        newer
    }))
}

/// The newest history entry: its number and when it was written, the
/// mark a figure kept in memory is worked out at.
pub(crate) fn newest(store: &crate::Local) -> Result<Option<(u64, i64)>> {
    match store.history().next() {
        Some(c) => {
            let c = c?;
            Ok(Some((c.seq, c.at)))
        }
        None => Ok(None),
    }
}
