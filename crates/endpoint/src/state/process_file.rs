//! Reading `process.json`, the published description of the process.
use crate::state::closing_time::closing_instant;
use pb_core::api::Phase;
use pb_core::api::ProcessConfig;
use std::path::{Path, PathBuf};

/// Why the process file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ProcessFileError {
    /// It cannot be read.
    #[error("cannot read the process file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// It is not a valid process description.
    #[error("the process file {path} is invalid at line {line}, column {column}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// Reads and checks the process file.
pub fn read_process_file(path: &Path) -> Result<ProcessConfig, ProcessFileError> {
    let text = std::fs::read_to_string(path).map_err(|source| ProcessFileError::Read {
        path: path.to_owned(),
        source,
    })?;
    let invalid = |line, column, message: String| ProcessFileError::Invalid {
        path: path.to_owned(),
        line,
        column,
        message,
    };
    let process: ProcessConfig =
        serde_json::from_str(&text).map_err(|e| invalid(e.line(), e.column(), e.to_string()))?;
    if process.provinces.is_empty() || process.sectors.is_empty() {
        return Err(invalid(
            0,
            0,
            "provinces and sectors must not be empty".into(),
        ));
    }
    for budget in &process.voting.province_budgets {
        if !process.provinces.contains(&budget.province) {
            return Err(invalid(
                0,
                0,
                format!("province budget for unknown province {:?}", budget.province),
            ));
        }
    }
    for window in &process.schedule {
        if let Some(closes) = &window.closes
            && window.phase == Phase::Voting
            && closing_instant(closes).is_none()
        {
            return Err(invalid(
                0,
                0,
                format!(
                    "the vote's closing time {closes:?} is neither a date (YYYY-MM-DD) nor an RFC 3339 date-time"
                ),
            ));
        }
    }
    Ok(process)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_process_file_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/bmk/process.json");
        let process = read_process_file(&path).unwrap();
        assert_eq!(process.provinces.len(), 5);
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("process.json");
        std::fs::write(&path, "{\n  \"title\": 3\n}").unwrap();
        let error = read_process_file(&path).unwrap_err().to_string();
        assert!(error.contains("process.json"), "{error}");
        assert!(error.contains("line 2"), "{error}");
        let missing = read_process_file(&dir.path().join("none.json")).unwrap_err();
        assert!(matches!(missing, ProcessFileError::Read { .. }));
    }
}
