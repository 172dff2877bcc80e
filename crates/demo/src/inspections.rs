//! What the demo's pen inspections found: mostly passes, some pens needing
//! work on a point or two, a few failing, each with its next inspection.

use kumban_model::{CheckItem, InspectionResult, Pen};

/// `pen` with inspection details when it was inspected, chosen by `seed`
/// (no random draws, so the rest of the demo stays as it was).
pub(crate) fn found(seed: usize, pen: Pen) -> Pen {
    let Some(on) = pen.inspected_on else {
        return pen;
    };
    let (result, failed, months) = match seed % 7 {
        0 | 2 | 4 | 5 => (InspectionResult::Pass, vec![], 12),
        1 => (InspectionResult::NeedsWork, vec![CheckItem::Roof], 3),
        3 => (
            InspectionResult::NeedsWork,
            vec![CheckItem::Drainage, CheckItem::Trough],
            3,
        ),
        _ => (
            InspectionResult::Fail,
            vec![CheckItem::Floor, CheckItem::Space],
            1,
        ),
    };
    Pen {
        inspection_result: Some(result),
        checklist_failed: failed,
        next_inspection: on.plus_days(30 * months),
        ..pen
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kumban_model::{Date, HouseholdId, PenStatus};

    #[test]
    fn only_an_inspected_pen_gets_details_and_they_are_valid() {
        let on = Date::from_ymd(2017, 9, 1).expect("date");
        let pen = Pen {
            household: HouseholdId(1),
            label: "Pen 1".into(),
            capacity: 4,
            status: PenStatus::Inspected,
            inspected_on: Some(on),
            inspected_by: Some("范锡宁".into()),
            notes: String::new(),
            inspection_result: None,
            checklist_failed: Vec::new(),
            next_inspection: None,
        };
        let results: Vec<_> = (0..7)
            .map(|seed| found(seed, pen.clone()))
            .inspect(|p| assert_eq!(p.validate(), vec![], "{p:?}"))
            .map(|p| p.inspection_result)
            .collect();
        assert!(results.contains(&Some(InspectionResult::Fail)));
        assert_eq!(found(6, pen.clone()).next_inspection, on.plus_days(30));
        let planned = Pen {
            status: PenStatus::Planned,
            inspected_on: None,
            inspected_by: None,
            ..pen
        };
        assert_eq!(found(1, planned.clone()), planned);
    }
}
