//! The one list of sectors: what proposals and projects name, and what the budget's functional
//! classification is made of. Each sector has one term per language (the app's `sectors` texts).

/// Every sector, in the order lists show them.
pub const SECTORS: [&str; 10] = [
    "education",
    "health",
    "roads_transport",
    "water",
    "environment",
    "water_environment",
    "agriculture",
    "economic_development",
    "culture_youth",
    "administration",
];

/// The budget line (a value of the budget's functional classification) that pays for `sector`:
/// the budget has one line for water and environment together; other sectors are their own line.
pub fn budget_function(sector: &str) -> &str {
    match sector {
        "water" | "environment" => "water_environment",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn water_and_environment_are_paid_from_one_budget_line_and_others_from_their_own() {
        assert_eq!(budget_function("water"), "water_environment");
        assert_eq!(budget_function("environment"), "water_environment");
        assert_eq!(budget_function("health"), "health");
        assert!(
            SECTORS
                .iter()
                .all(|s| SECTORS.contains(&budget_function(s)))
        );
    }
}
