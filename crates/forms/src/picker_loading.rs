//! A picker that opens before its choices are read. On a district's
//! database the households or animals take a tenth of a second or more to
//! read, too long for the key that opens the picker; the interface then
//! opens it empty ("loading…"), reads the choices on a thread and hands
//! them over with `Picker::arrive`. Meanwhile the filter takes keys (it
//! applies when the items come) and Esc closes it; nothing else acts,
//! since there is nothing to move over, tick or choose.

use super::{PickItem, Picker, PickerRequest, PickerSource};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kumban_model::RecordKind;

impl PickerSource {
    /// The kinds whose every record reading this source's choices goes
    /// through (the owners' codes included): what makes it slow on a
    /// large database. Empty for sources read through an index (the pens
    /// or members of one household).
    pub fn reads_all(&self) -> &'static [RecordKind] {
        match self {
            PickerSource::Household | PickerSource::Households { .. } => &[RecordKind::Household],
            PickerSource::Cow { .. } => &[
                RecordKind::Household,
                RecordKind::Animal,
                RecordKind::Pregnancy,
            ],
            PickerSource::Dam { .. } | PickerSource::Bull | PickerSource::Animals(None) => {
                &[RecordKind::Household, RecordKind::Animal]
            }
            // The animals come from an index; their owners' codes do not.
            PickerSource::Animals(Some(_)) | PickerSource::CalfOf(_) => &[RecordKind::Household],
            PickerSource::Training => &[RecordKind::Training],
            PickerSource::PenOf(_) | PickerSource::MemberOf(_) => &[],
        }
    }
}

impl Picker {
    /// The picker for `request` with no items yet: they are on their way,
    /// under `token`, and come with `arrive`.
    pub fn waiting(request: &PickerRequest, token: u64) -> Picker {
        let ticks = matches!(request.source, PickerSource::Households { .. });
        let mut p = Picker::empty(request.field, request.source.title(), &request.query, ticks);
        p.pending = Some(token);
        p.refilter();
        p
    }

    /// The token of the load this picker waits for; `None` once its items
    /// are in (or for a picker that never waited).
    pub fn loading(&self) -> Option<u64> {
        self.pending
    }

    /// The items of the load this picker waited for, filtered by what was
    /// typed meanwhile; a list of several ticks the ids it was opened with
    /// (`source`'s). Ignored when the picker waits for nothing.
    pub fn arrive(&mut self, items: Vec<PickItem>, source: &PickerSource) {
        if self.pending.take().is_none() {
            return;
        }
        match source {
            PickerSource::Households { ticked } => self.fill(items, Some(ticked)),
            _ => self.fill(items, None),
        }
    }
}

/// The keys that edit the filter other than typing: all a waiting picker
/// answers besides Esc.
pub(super) fn edits_filter(key: &KeyEvent) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    matches!(
        key.code,
        KeyCode::Backspace | KeyCode::Left | KeyCode::Right
    ) || (ctrl && key.code == KeyCode::Char('u'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picker::PickerOutcome;

    fn item(id: u64, code: &str, village: &str) -> PickItem {
        PickItem {
            id,
            code: code.into(),
            name: format!("head {id}"),
            detail: village.into(),
            label: code.into(),
        }
    }

    fn press(p: &mut Picker, code: KeyCode) -> PickerOutcome {
        p.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn a_waiting_list_of_several_keeps_its_keys_until_the_items_come() {
        let source = PickerSource::Households { ticked: vec![2] };
        let request = PickerRequest {
            field: "attendees",
            source: source.clone(),
            query: String::new(),
        };
        let mut p = Picker::waiting(&request, 7);
        assert_eq!(p.loading(), Some(7));
        assert!(p.is_ticks());
        // Enter would hand back an empty set: it does nothing.
        assert_eq!(press(&mut p, KeyCode::Enter), PickerOutcome::Continue);
        assert_eq!(press(&mut p, KeyCode::Tab), PickerOutcome::Continue);
        assert_eq!(press(&mut p, KeyCode::Char('b')), PickerOutcome::Continue);
        assert_eq!(p.query().text(), "b");
        p.arrive(
            vec![
                item(1, "H1", "Nam Ha"),
                item(2, "H2", "Ban B"),
                item(3, "H3", "Ban B"),
            ],
            &source,
        );
        assert_eq!(p.loading(), None);
        assert_eq!(p.total(), 3);
        // The filter typed meanwhile applies, the village included.
        assert_eq!(p.shown_len(), 2);
        assert_eq!(
            press(&mut p, KeyCode::Enter),
            PickerOutcome::Ticked {
                field: "attendees",
                ticked: vec![(2, "H2".into())]
            }
        );
    }

    #[test]
    fn a_waiting_picker_closes_on_esc_and_takes_no_items_twice() {
        let request = PickerRequest {
            field: "household",
            source: PickerSource::Household,
            query: "h".into(),
        };
        let mut p = Picker::waiting(&request, 1);
        assert_eq!(press(&mut p, KeyCode::Down), PickerOutcome::Continue);
        assert_eq!(press(&mut p, KeyCode::Esc), PickerOutcome::Cancel);
        p.arrive(vec![item(1, "H1", "A")], &PickerSource::Household);
        p.arrive(vec![item(2, "H2", "A")], &PickerSource::Household);
        assert_eq!(p.total(), 1, "a second load is ignored");
    }
}
