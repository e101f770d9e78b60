//! The published process file with other announced dates, for the tests of what happens once
//! the vote's closing time has passed and of the phases moving at their dates.
use crate::published_process::PROCESS_FILE;
use serde_json::Value;
use tempfile::NamedTempFile;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A copy of the published process file changed by `edit`.
pub fn edited_process_file(edit: impl FnOnce(&mut Value)) -> NamedTempFile {
    let mut process: Value =
        serde_json::from_str(&std::fs::read_to_string(PROCESS_FILE).unwrap()).unwrap();
    edit(&mut process);
    let file = tempfile::Builder::new().suffix(".json").tempfile().unwrap();
    std::fs::write(file.path(), process.to_string()).unwrap();
    file
}

/// Sets the `field` (`opens` or `closes`) of the window of `phase` to `moment`.
pub fn set_date(process: &mut Value, phase: &str, field: &str, moment: OffsetDateTime) {
    for window in process["schedule"].as_array_mut().unwrap() {
        if window["phase"] == phase {
            window[field] = Value::from(moment.format(&Rfc3339).unwrap());
        }
    }
}

/// A copy of the published process file whose voting window closes at `closes`.
pub fn process_file_closing_at(closes: OffsetDateTime) -> NamedTempFile {
    edited_process_file(|process| set_date(process, "voting", "closes", closes))
}
