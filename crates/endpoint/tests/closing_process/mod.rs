//! The published process file with another announced closing time for the vote, for the tests of
//! what happens once that time has passed.
use crate::published_process::PROCESS_FILE;
use serde_json::Value;
use tempfile::NamedTempFile;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A copy of the published process file whose voting window closes at `closes`.
pub fn process_file_closing_at(closes: OffsetDateTime) -> NamedTempFile {
    let mut process: Value =
        serde_json::from_str(&std::fs::read_to_string(PROCESS_FILE).unwrap()).unwrap();
    for window in process["schedule"].as_array_mut().unwrap() {
        if window["phase"] == "voting" {
            window["closes"] = Value::from(closes.format(&Rfc3339).unwrap());
        }
    }
    let file = tempfile::Builder::new().suffix(".json").tempfile().unwrap();
    std::fs::write(file.path(), process.to_string()).unwrap();
    file
}
