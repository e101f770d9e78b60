//! Fuzzes the fiscal data package reader: either `DESCRIPTOR\n---\nCSV` or, without the
//! separator, a CSV read against the region's published descriptor. Whatever loads is then
//! totalled by every dimension; nothing may panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pb_core::fiscal::{Dataset, read_descriptor};

const PUBLISHED: &str = include_str!("../../../../public/data/bmk/datapackage.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (descriptor_text, csv) = text.split_once("\n---\n").unwrap_or((PUBLISHED, text));
    let Ok(descriptor) = read_descriptor("datapackage.json", descriptor_text) else {
        return;
    };
    let files: Vec<(String, String)> = descriptor
        .resources
        .iter()
        .map(|resource| (resource.path.clone(), csv.to_owned()))
        .collect();
    let Ok(dataset) = Dataset::from_files(descriptor, &files) else {
        return;
    };
    let names: Vec<String> = dataset.dimensions.iter().map(|d| d.name.clone()).collect();
    for name in &names {
        let parts = dataset.aggregate(&[], name).unwrap();
        let sum: i64 = parts.iter().map(|part| part.centimes).sum();
        assert_eq!(sum, dataset.total(&[]).unwrap().centimes);
        if let Some(first) = parts.first() {
            for other in &names {
                dataset.aggregate(&[(name, &first.key)], other).unwrap();
            }
        }
    }
});
