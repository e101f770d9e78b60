//! The region's data speaks of sectors from one list (the process's sectors and the budget's
//! functional classification) and names its sources in the app's four languages.
use pb_core::sectors::{SECTORS, budget_function};
use std::collections::BTreeSet;

/// The published data of the region, from the repository root.
fn published(file: &str) -> String {
    let path = format!(
        "{}/../../public/data/bmk/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The budget's expenditure lines (the `function` column of spending rows).
fn budget_functions() -> BTreeSet<String> {
    let csv = published("budget.csv");
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (direction, function) = (column("direction"), column("function"));
    lines
        .map(|line| line.split(',').collect::<Vec<_>>())
        .filter(|row| row[direction] == "expenditure")
        .map(|row| row[function].to_owned())
        .collect()
}

#[test]
fn every_budget_line_is_a_sector_of_the_list() {
    for function in budget_functions() {
        assert!(SECTORS.contains(&function.as_str()), "{function}");
    }
}

#[test]
fn every_sector_a_proposal_may_name_is_paid_from_a_budget_line() {
    let process: serde_json::Value = serde_json::from_str(&published("process.json")).unwrap();
    let functions = budget_functions();
    for sector in process["sectors"].as_array().unwrap() {
        let sector = sector.as_str().unwrap();
        assert!(SECTORS.contains(&sector), "{sector}");
        assert!(
            functions.contains(budget_function(sector)),
            "{sector} has no budget line"
        );
    }
}

#[test]
fn every_source_of_the_budget_has_its_title_in_the_four_languages() {
    let descriptor = published("datapackage.json");
    let package: pb_core::fiscal::package::PackageDescriptor =
        serde_json::from_str(&descriptor).unwrap();
    assert!(!package.sources.is_empty());
    for source in &package.sources {
        for language in pb_core::api::TEXT_LANGUAGES {
            let title = source.title_in(language);
            assert!(
                source.titles.contains_key(language) && !title.trim().is_empty(),
                "{} has no {language} title",
                source.name
            );
        }
        assert!(
            source
                .title_in("ar")
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        );
        assert_ne!(
            source.title_in("fr"),
            source.title_in("ar"),
            "{}",
            source.name
        );
    }
}
