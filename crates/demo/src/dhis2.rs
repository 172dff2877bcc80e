//! The organisation unit codes of the example DHIS2 mapping that `demo`
//! writes beside its data: made up, for a district office to replace
//! with its own (docs/export-format.md, "DHIS2 mapping").

/// The demonstration data's two villages and their example codes.
pub fn org_units() -> Vec<(String, String)> {
    named(["Bansuo", "Xianglong"].map(String::from).to_vec())
}

/// The district data set's villages (`demo --households N`) and codes.
pub fn district_org_units(households: usize) -> Vec<(String, String)> {
    named(super::district::villages(households))
}

fn named(villages: Vec<String>) -> Vec<(String, String)> {
    villages
        .into_iter()
        .map(|v| {
            let code = format!("KB-{}", v.to_uppercase().replace(' ', "-"));
            (v, code)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_made_from_the_names() {
        assert_eq!(
            super::org_units(),
            vec![
                ("Bansuo".to_string(), "KB-BANSUO".to_string()),
                ("Xianglong".into(), "KB-XIANGLONG".into())
            ]
        );
        let district = super::district_org_units(21_500);
        assert_eq!(district.len(), 22);
        assert_eq!(
            district[21],
            ("Xianglong 2".into(), "KB-XIANGLONG-2".into())
        );
    }
}
