//! Placeholder until the report module lands (helper branch `report`).
use crate::model::Date;
use crate::store::{Store, StoreError};

pub struct Dashboard {
    text: String,
}

impl Dashboard {
    pub fn compute(store: &Store, today: Date) -> Result<Dashboard, StoreError> {
        let mut text = format!("kumban status, {today}\n");
        for k in crate::model::RecordKind::ALL {
            text.push_str(&format!("{}: {}\n", k.noun(), store.count(k)));
        }
        Ok(Dashboard { text })
    }
    pub fn to_text(&self) -> String {
        self.text.clone()
    }
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
}
