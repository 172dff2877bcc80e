//! The Xianglong part of the demonstration data set: households outside
//! the demonstration, so the dashboard and the lists show both kinds.

use super::{DemoSummary, date, days_before, usd};
use kumban_model::*;
use kumban_store::{Batch, StoreError};

/// A few households in Xianglong (Luang Prabang), not demonstration
/// households: a pen still being built, cattle bought at market.
pub(crate) fn households(
    b: &mut Batch<'_>,
    today: Date,
    s: &mut DemoSummary,
    tag: &mut usize,
) -> Result<(), StoreError> {
    let names = [
        "ທ້າວ ບຸນມີ ພົມມະຈັນ",
        "ນາງ ຄຳແພງ ສີສຸວັນ",
        "Somsack Luangrath",
        "ນາງ ນ້ອຍ ແກ້ວມະນີ",
        "Thongchanh Vilayphone",
        "ທ້າວ ແສງ ອິນທະວົງ",
    ];
    for (i, name) in names.iter().enumerate() {
        let groups = if i % 2 == 0 {
            vec![Group::corn()]
        } else {
            vec![Group::cattle(), Group::corn()]
        };
        let h = b.insert(Household {
            code: format!("XL-{:02}", i + 1),
            head_name: (*name).into(),
            village: "Xianglong".into(),
            members: 4 + i as u8,
            phone: None,
            groups: groups.clone(),
            demonstration: false,
            poverty: if i < 4 {
                Poverty::Poor
            } else {
                Poverty::NearPoor
            },
            baseline_income: None,
            enrolled_on: date(2019, 3, 1 + i as u32),
            notes: if i == 0 {
                "Luang Prabang province. 中方专家建议：种植玉米。".into()
            } else {
                String::new()
            },
        })?;
        s.households += 1;
        super::members::insert(
            b,
            &super::members::Family {
                household: h,
                head_name: name,
                head_female: name.starts_with("ນາງ"),
                size: 4 + i as u8,
                groups: &groups,
                // Names in the head's script: Lao for even seeds.
                seed: 100 + 2 * i + usize::from(!name.starts_with(['ນ', 'ທ'])),
            },
            s,
        )?;
        if i % 2 == 1 {
            let pen = b.insert(Pen {
                household: h,
                label: "New pen".into(),
                capacity: 3,
                status: if i == 1 {
                    PenStatus::Building
                } else {
                    PenStatus::Planned
                },
                inspected_on: None,
                inspected_by: None,
                notes: String::new(),
                inspection_result: None,
                checklist_failed: Vec::new(),
                next_inspection: None,
            })?;
            s.pens += 1;
            *tag += 1;
            b.insert(Animal {
                ear_tag: format!("XL-C-{:03}", *tag),
                sex: Sex::Female,
                breed: "Lao native".into(),
                born_on: date(2021, 4, 1),
                born_estimated: true,
                origin: Origin::Bought {
                    on: date(2023, 5, 10),
                },
                household: h,
                pen: (i == 1).then_some(pen),
                status: if i == 5 {
                    AnimalStatus::Died {
                        on: days_before(today, 120),
                        cause: "haemorrhagic septicaemia".into(),
                    }
                } else {
                    AnimalStatus::Active
                },
                notes: String::new(),
            })?;
            s.animals += 1;
            if i != 5 {
                // Their cow earns like a Bansuo cow: 480 USD net this year.
                b.insert(IncomeLog {
                    household: h,
                    date: days_before(today, 10).max(date(today.year(), 1, 1)),
                    group: Group::cattle(),
                    flow: Flow::Income,
                    amount: usd(480),
                    description: "young bull sold".into(),
                    animal: None,
                })?;
                s.income_logs += 1;
            }
        }
        let on = days_before(today, 30 + i as u64 * 7);
        b.insert(IncomeLog {
            household: h,
            date: on,
            group: Group::corn(),
            flow: Flow::Expense,
            amount: Money::from_major(450, Currency::Thb),
            description: "seed corn from Thailand".into(),
            animal: None,
        })?;
        s.income_logs += 1;
    }
    Ok(())
}
