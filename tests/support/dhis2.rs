//! DHIS2's documented data value set shapes, and readers that check a
//! file against them (tests/interchange_dhis2.rs).

use serde_json::Value as Json;

/// DHIS2's developer guide ("Data values" → "Sending data values") shows
/// the JSON a data value set import takes:
///
/// ```text
/// {
///   "dataSet": "dataSetID",
///   "completeDate": "date",
///   "period": "period",
///   "orgUnit": "orgUnitID",
///   "attributeOptionCombo": "aocID",
///   "dataValues": [
///     { "dataElement": "dataElementID", "categoryOptionCombo": "cocID", "value": "1", "comment": "comment1" },
///     ...
///   ]
/// }
/// ```
///
/// with `period` and `orgUnit` allowed on each data value, periods in
/// DHIS2's format (a month is `YYYYMM`), and identifier schemes
/// (`idScheme`, `dataElementIdScheme`, `orgUnitIdScheme`,
/// `categoryOptionComboIdScheme`: `UID` by default, `CODE` to match on
/// codes) given in the payload or as import parameters ("Identifier
/// schemes"). Its CSV format is the same values one per row:
///
/// ```text
/// "dataelement","period","orgunit","catoptcombo","attroptcombo","value","storedby","lastupd","comment"
/// "dataElementID","period","orgUnitID","cocID","aocID","1","username","2015-04-01","comment1"
/// ```
///
/// (newer guides name the columns `categoryoptioncombo`,
/// `attributeoptioncombo`, `lastupdated` and add `followup`; the import
/// reads them by position and skips the header).
pub const SET_KEYS: [&str; 10] = [
    "dataSet",
    "completeDate",
    "period",
    "orgUnit",
    "attributeOptionCombo",
    "dataValues",
    "idScheme",
    "dataElementIdScheme",
    "orgUnitIdScheme",
    "categoryOptionComboIdScheme",
];
pub const VALUE_KEYS: [&str; 7] = [
    "dataElement",
    "period",
    "orgUnit",
    "categoryOptionCombo",
    "attributeOptionCombo",
    "value",
    "comment",
];

/// (dataElement, period, orgUnit, categoryOptionCombo, value)
pub type Row = (String, String, String, String, String);

pub fn json_rows(doc: &Json) -> Vec<Row> {
    let set = doc.as_object().expect("a data value set is one object");
    for key in set.keys() {
        assert!(SET_KEYS.contains(&key.as_str()), "undocumented key {key}");
    }
    for scheme in ["idScheme", "dataElementIdScheme", "orgUnitIdScheme"] {
        assert_eq!(set[scheme], "CODE", "{scheme}");
    }
    let values = set["dataValues"].as_array().expect("dataValues is a list");
    values
        .iter()
        .map(|v| {
            let v = v.as_object().expect("each data value is an object");
            for key in v.keys() {
                assert!(VALUE_KEYS.contains(&key.as_str()), "undocumented key {key}");
            }
            let text = |k: &str| match v.get(k) {
                Some(Json::String(s)) => s.clone(),
                None => String::new(),
                Some(other) => panic!("{k} is {other}, not a string as in DHIS2's examples"),
            };
            for k in ["dataElement", "period", "orgUnit", "value"] {
                assert!(!text(k).is_empty(), "{k} missing in {v:?}");
            }
            (
                text("dataElement"),
                text("period"),
                text("orgUnit"),
                text("categoryOptionCombo"),
                text("value"),
            )
        })
        .collect()
}

pub fn csv_rows(bytes: &[u8]) -> Vec<Row> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes);
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "dataelement",
            "period",
            "orgunit",
            "categoryoptioncombo",
            "attributeoptioncombo",
            "value",
            "storedby",
            "lastupdated",
            "comment",
            "followup"
        ]
    );
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            assert_eq!(rec.len(), 10);
            assert_eq!(&rec[4], "", "no attribute option combo: the default");
            (
                rec[0].into(),
                rec[1].into(),
                rec[2].into(),
                rec[3].into(),
                rec[5].into(),
            )
        })
        .collect()
}
