//! Reading a fiscal data package, totals and drill-down, and the errors of malformed files.
use pb_core::fiscal::{Dataset, FiscalError, read_descriptor};
use proptest::prelude::*;

const DESCRIPTOR: &str = r#"{
  "profile": "fiscal-data-package",
  "name": "test-budget",
  "title": "Test budget",
  "countryCode": "MA",
  "sources": [{"name": "cr-2023", "title": "Budget 2023", "path": "https://example.org/b2023.pdf", "date": "2023-01-10"}],
  "resources": [{
    "name": "budget",
    "path": "budget.csv",
    "statusField": "status",
    "sourceField": "source",
    "schema": {"fields": [
      {"name": "year", "type": "integer"},
      {"name": "direction"},
      {"name": "function"},
      {"name": "function_ar"},
      {"name": "province"},
      {"name": "amount", "type": "number"},
      {"name": "status"},
      {"name": "source"}
    ]}
  }],
  "model": {
    "measures": {"amount": {"source": "amount", "currency": "MAD"}},
    "dimensions": {
      "year": {"dimensionType": "datetime", "attributes": {"year": {"source": "year"}}, "primaryKey": ["year"]},
      "direction": {"dimensionType": "classification", "attributes": {"direction": {"source": "direction"}}, "primaryKey": ["direction"]},
      "functional": {"dimensionType": "classification", "classificationType": "functional",
        "attributes": {"code": {"source": "function"}, "label_ar": {"source": "function_ar", "labelfor": "code"}},
        "primaryKey": ["code"]},
      "province": {"dimensionType": "location", "attributes": {"name": {"source": "province"}}, "primaryKey": ["name"]}
    }
  }
}"#;

const CSV: &str = "year,direction,function,function_ar,province,amount,status,source\n\
2023,expenditure,education,التعليم,Azilal,1000000.50,official,cr-2023\n\
2023,expenditure,education,التعليم,Khouribga,2000000,official,cr-2023\n\
2023,expenditure,health,الصحة,Azilal,500000,illustrative,\n\
2023,revenue,transfers,,region,4000000,official,cr-2023\n\
2024,expenditure,education,التعليم,Azilal,1200000,illustrative,\n";

fn load(descriptor: &str, csv: &str) -> Result<Dataset, FiscalError> {
    let descriptor = read_descriptor("datapackage.json", descriptor)?;
    Dataset::from_files(descriptor, &[("budget.csv".to_owned(), csv.to_owned())])
}

#[test]
fn totals_by_any_dimension_equal_the_sums_of_the_rows() {
    let dataset = load(DESCRIPTOR, CSV).unwrap();
    assert_eq!(dataset.items.len(), 5);
    let spending_2023 = [("year", "2023"), ("direction", "expenditure")];
    let by_function = dataset.aggregate(&spending_2023, "functional").unwrap();
    let summary: Vec<(&str, i64, usize, bool)> = by_function
        .iter()
        .map(|a| (a.key.as_str(), a.centimes, a.items, a.illustrative))
        .collect();
    assert_eq!(
        summary,
        [
            ("education", 300_000_050, 2, false),
            ("health", 50_000_000, 1, true)
        ]
    );
    assert_eq!(dataset.total(&spending_2023).unwrap().centimes, 350_000_050);
    let by_year = dataset
        .aggregate(&[("direction", "expenditure")], "year")
        .unwrap();
    assert_eq!(by_year[0].key, "2023");
    assert_eq!(by_year[1].centimes, 120_000_000);
    assert!(by_year[1].illustrative);
}

#[test]
fn drilling_down_narrows_to_the_chosen_values() {
    let dataset = load(DESCRIPTOR, CSV).unwrap();
    let path = [
        ("year", "2023"),
        ("direction", "expenditure"),
        ("functional", "education"),
    ];
    let by_province = dataset.aggregate(&path, "province").unwrap();
    let keys: Vec<&str> = by_province.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, ["Khouribga", "Azilal"]);
    let deeper = [path[0], path[1], path[2], ("province", "Azilal")];
    assert_eq!(dataset.total(&deeper).unwrap().centimes, 100_000_050);
    assert_eq!(
        dataset.aggregate(&[("year", "1999")], "province").unwrap(),
        []
    );
    assert_eq!(
        dataset.label("functional", "health", "label_ar"),
        Some("الصحة")
    );
    assert_eq!(dataset.label("functional", "transfers", "label_ar"), None);
    assert_eq!(dataset.items[0].source.as_deref(), Some("cr-2023"));
}

#[test]
fn an_unknown_dimension_in_a_query_is_named() {
    let dataset = load(DESCRIPTOR, CSV).unwrap();
    let error = dataset.aggregate(&[], "sector").unwrap_err();
    assert!(
        error.to_string().contains("unknown dimension \"sector\""),
        "{error}"
    );
    assert!(error.to_string().contains("functional"), "{error}");
    assert!(dataset.total(&[("commune", "x")]).is_err());
}

/// The error for a CSV, as `(line, column, message)`.
fn csv_error(csv: &str) -> (usize, usize, String) {
    let error = load(DESCRIPTOR, csv).unwrap_err();
    assert_eq!(error.file, "budget.csv");
    (error.line, error.column, error.message)
}

#[test]
fn a_bad_number_names_its_line_and_column() {
    let csv = CSV.replace("2000000,official", "2 000 000,official");
    let (line, column, message) = csv_error(&csv);
    assert_eq!((line, column), (3, 6));
    assert!(message.contains("\"2 000 000\""), "{message}");
}

#[test]
fn a_missing_column_is_named_with_what_needs_it() {
    let csv = CSV
        .replace("province,amount", "amount")
        .replace(",Azilal,", ",")
        .replace(",Khouribga,", ",")
        .replace(",region,", ",");
    let (line, _, message) = csv_error(&csv);
    assert_eq!(line, 1);
    assert_eq!(
        message,
        "missing column \"province\" (used by dimension \"province\")"
    );
}

#[test]
fn a_column_outside_the_schema_a_short_row_and_bad_status_are_refused() {
    let extra = CSV.replace("status,source\n", "status,source,comment\n");
    let (line, column, message) = csv_error(&extra);
    assert_eq!((line, column), (1, 9));
    assert!(
        message.contains("\"comment\" is not in the schema"),
        "{message}"
    );

    let short = format!("{CSV}2024,revenue,transfers\n");
    let (line, column, message) = csv_error(&short);
    assert_eq!((line, column), (7, 4));
    assert_eq!(message, "3 fields where the header has 8");

    let status = CSV.replace("500000,illustrative", "500000,estimated");
    let (line, column, _) = csv_error(&status);
    assert_eq!((line, column), (4, 7));

    let source = CSV.replace("2000000,official,cr-2023", "2000000,official,cr-2022");
    let (line, column, message) = csv_error(&source);
    assert_eq!((line, column), (3, 8));
    assert!(message.contains("\"cr-2022\" is not listed"), "{message}");

    let empty_key = CSV.replace("health,الصحة", ",الصحة");
    let (line, column, _) = csv_error(&empty_key);
    assert_eq!((line, column), (4, 3));
}

#[test]
fn descriptor_errors_name_their_place() {
    let broken = DESCRIPTOR.replacen(
        "\"title\": \"Test budget\",",
        "\"title\": \"Test budget\"",
        1,
    );
    let error = read_descriptor("datapackage.json", &broken).unwrap_err();
    assert_eq!((error.file.as_str(), error.line), ("datapackage.json", 5));
    let no_key = DESCRIPTOR.replace("\"primaryKey\": [\"name\"]", "\"primaryKey\": [\"id\"]");
    let error = load(&no_key, CSV).unwrap_err();
    assert!(error.message.contains("dimension \"province\""), "{error}");
    let descriptor = read_descriptor("datapackage.json", DESCRIPTOR).unwrap();
    let missing = Dataset::from_files(descriptor, &[]).unwrap_err();
    assert_eq!(missing.file, "budget.csv");
}

proptest! {
    #[test]
    fn grouping_by_any_dimension_partitions_the_total(
        rows in proptest::collection::vec(
            (2022..2025u32, 0..3usize, 0..5usize, -1_000_000_000i64..1_000_000_000, any::<bool>()),
            0..60,
        )
    ) {
        let functions = ["education", "health", "water"];
        let provinces = ["Azilal", "Béni Mellal", "Fquih Ben Salah", "Khénifra", "Khouribga"];
        let mut csv = String::from("year,direction,function,function_ar,province,amount,status,source\n");
        for (year, function, province, centimes, illustrative) in &rows {
            let sign = if *centimes < 0 { "-" } else { "" };
            csv.push_str(&format!(
                "{year},expenditure,{},,{},{sign}{}.{:02},{},\n",
                functions[*function],
                provinces[*province],
                centimes.abs() / 100,
                centimes.abs() % 100,
                if *illustrative { "illustrative" } else { "official" },
            ));
        }
        let dataset = load(DESCRIPTOR, &csv).unwrap();
        let expected: i64 = rows.iter().map(|row| row.3).sum();
        prop_assert_eq!(dataset.total(&[]).unwrap().centimes, expected);
        for dimension in ["year", "functional", "province", "direction"] {
            let groups = dataset.aggregate(&[], dimension).unwrap();
            prop_assert_eq!(groups.iter().map(|g| g.centimes).sum::<i64>(), expected);
            prop_assert_eq!(groups.iter().map(|g| g.items).sum::<usize>(), rows.len());
            for group in &groups {
                let inside = dataset.total(&[(dimension, group.key.as_str())]).unwrap();
                prop_assert_eq!(inside.centimes, group.centimes);
            }
        }
    }
}

/// The package the app publishes, read from `public/data/bmk/`.
fn published_package() -> Dataset {
    let directory = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/bmk/");
    let read = |name: &str| std::fs::read_to_string(format!("{directory}{name}")).unwrap();
    let descriptor = read_descriptor("datapackage.json", &read("datapackage.json")).unwrap();
    let files: Vec<(String, String)> = descriptor
        .resources
        .iter()
        .map(|resource| (resource.path.clone(), read(&resource.path)))
        .collect();
    Dataset::from_files(descriptor, &files).unwrap()
}

#[test]
fn the_published_package_adds_up_to_the_councils_voted_budgets() {
    let dataset = published_package();
    let total = |path: &[(&str, &str)]| dataset.total(path).unwrap().centimes;
    assert_eq!(
        total(&[("year", "2025"), ("direction", "expenditure")]),
        77_300_000_000
    );
    assert_eq!(
        total(&[
            ("year", "2025"),
            ("direction", "expenditure"),
            ("economic", "operating")
        ]),
        20_847_000_000
    );
    let official = dataset
        .published_total(&[("direction", "revenue"), ("year", "2023")])
        .unwrap();
    assert_eq!(official.source, "alyaoum24-budget-2023");
    assert!(
        dataset
            .published_total(&[("year", "2024"), ("direction", "revenue")])
            .is_none()
    );
    let years: Vec<String> = dataset
        .aggregate(&[], "year")
        .unwrap()
        .into_iter()
        .map(|a| a.key)
        .collect();
    assert_eq!(years.len(), 3);
    let provinces = dataset
        .aggregate(&[("direction", "expenditure")], "province")
        .unwrap();
    assert_eq!(provinces.len(), 6);
    for province in provinces.iter().filter(|p| p.key != "region-wide") {
        assert!(
            dataset.inhabitants(Some(&province.key)).is_some(),
            "{}",
            province.key
        );
        assert!(province.illustrative);
    }
    assert_eq!(dataset.inhabitants(None).unwrap().value, 2_525_801);
    assert_eq!(
        dataset.label("functional", "education", "label_ar"),
        Some("التعليم")
    );
    assert!(
        dataset
            .label("province", "khenifra", "label_zgh-Tfng")
            .is_some()
    );
}

#[test]
fn a_published_total_the_rows_do_not_reach_is_refused() {
    let published = DESCRIPTOR.replace(
        "\"model\": {",
        "\"publishedTotals\": [{\"path\": {\"year\": \"2023\", \"direction\": \"revenue\"}, \"amount\": \"4000000.01\", \"source\": \"cr-2023\"}],\n  \"model\": {",
    );
    let error = load(&published, CSV).unwrap_err();
    assert_eq!(error.file, "datapackage.json");
    assert_eq!(
        error.message,
        "published total for direction=revenue, year=2023: the rows add up to 4000000 dirhams, not the published 4000000.01"
    );
    let matching = published.replace("4000000.01", "4000000");
    assert!(load(&matching, CSV).is_ok());
    let unknown_source = matching.replace("\"source\": \"cr-2023\"}]", "\"source\": \"cr-1999\"}]");
    let error = load(&unknown_source, CSV).unwrap_err();
    assert!(
        error.message.contains("\"cr-1999\" is not listed"),
        "{error}"
    );
    let unknown_dimension = matching.replace("{\"year\": \"2023\",", "{\"sector\": \"x\",");
    let error = load(&unknown_dimension, CSV).unwrap_err();
    assert!(
        error.message.contains("unknown dimension \"sector\""),
        "{error}"
    );
}

#[test]
fn amounts_too_large_to_total_are_refused_instead_of_overflowing() {
    let huge = "90000000000000000";
    let csv = CSV
        .replace("1000000.50,official", &format!("{huge},official"))
        .replace("2000000,official", &format!("{huge},official"));
    let error = load(DESCRIPTOR, &csv).unwrap_err();
    assert!(error.message.contains("too large to total"), "{error}");
    let one_huge = CSV.replace("1000000.50,official", &format!("{huge},official"));
    let dataset = load(DESCRIPTOR, &one_huge).unwrap();
    assert_eq!(
        dataset.total(&[]).unwrap().centimes,
        9_000_000_000_000_000_000 + 200_000_000 + 50_000_000 + 400_000_000 + 120_000_000
    );
}

#[test]
fn amounts_per_inhabitant_round_to_the_nearest_centime() {
    use pb_core::fiscal::per_inhabitant;
    assert_eq!(per_inhabitant(77_300_000_000, 2_525_801), Some(30_604));
    assert_eq!(per_inhabitant(5, 2), Some(3));
    assert_eq!(per_inhabitant(-5, 2), Some(-3));
    assert_eq!(per_inhabitant(100, 0), None);
}
