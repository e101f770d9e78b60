//! A synthetic budget of a given number of line items: the published CSV's lines repeated in
//! turn (same columns and dimensions), read by the published descriptor without its published
//! totals (which the repeated rows no longer add up to).
use std::path::Path;

/// Writes `lines` line items into `dist/data/bmk/budget.csv` and the descriptor without published
/// totals; returns the descriptor's and the CSV's text.
pub fn write_synthetic_budget(dist: &Path, lines: usize) -> (String, String) {
    let descriptor_path = dist.join("data/bmk/datapackage.json");
    let mut descriptor: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&descriptor_path).unwrap()).unwrap();
    descriptor
        .as_object_mut()
        .unwrap()
        .remove("publishedTotals");
    let descriptor = serde_json::to_string_pretty(&descriptor).unwrap();
    std::fs::write(&descriptor_path, &descriptor).unwrap();
    let path = dist.join("data/bmk/budget.csv");
    let published = std::fs::read_to_string(&path).expect("the published budget.csv");
    let mut rows = published.lines();
    let header = rows.next().expect("a header line").to_owned();
    let rows: Vec<&str> = rows.filter(|row| !row.trim().is_empty()).collect();
    let mut csv = header;
    csv.push('\n');
    for index in 0..lines {
        csv.push_str(rows[index % rows.len()]);
        csv.push('\n');
    }
    std::fs::write(&path, &csv).expect("write the synthetic budget.csv");
    (descriptor, csv)
}
