//! Why a fiscal data package cannot be read or queried, naming the file, line and column.
use std::fmt;

/// A problem in a package file, or a query naming something the package does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiscalError {
    /// The file (`datapackage.json`, `budget.csv`), or empty for a query.
    pub file: String,
    /// Line, from 1; 0 when the problem is not on one line.
    pub line: usize,
    /// Column, from 1 (a character position in JSON, a field number in CSV); 0 when none.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl FiscalError {
    /// A problem at a place in a file.
    pub fn at(file: &str, line: usize, column: usize, message: impl Into<String>) -> Self {
        FiscalError {
            file: file.to_owned(),
            line,
            column,
            message: message.into(),
        }
    }

    /// A problem with a query rather than a file.
    pub fn query(message: impl Into<String>) -> Self {
        FiscalError::at("", 0, 0, message)
    }
}

impl fmt::Display for FiscalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.file.is_empty(), self.line, self.column) {
            (true, _, _) => write!(f, "{}", self.message),
            (false, 0, _) => write!(f, "{}: {}", self.file, self.message),
            (false, line, 0) => write!(f, "{}, line {line}: {}", self.file, self.message),
            (false, line, column) => {
                write!(
                    f,
                    "{}, line {line}, column {column}: {}",
                    self.file, self.message
                )
            }
        }
    }
}

impl std::error::Error for FiscalError {}
