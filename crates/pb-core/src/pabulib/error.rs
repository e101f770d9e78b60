//! Errors found while reading a `.pb` file, naming the section, line and field.

use std::fmt;

/// A section of a `.pb` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// `META`: key;value pairs.
    Meta,
    /// `PROJECTS`: one project per line.
    Projects,
    /// `VOTES`: one voter per line.
    Votes,
}

impl Section {
    /// The section's name as written in the file.
    pub fn name(self) -> &'static str {
        match self {
            Section::Meta => "META",
            Section::Projects => "PROJECTS",
            Section::Votes => "VOTES",
        }
    }
}

/// Why a `.pb` file could not be read: where (section, 1-based line, field) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PbError {
    /// Section the line belongs to; `None` before the first section header.
    pub section: Option<Section>,
    /// 1-based line number; 0 when the problem concerns the whole file (e.g. a missing section).
    pub line: usize,
    /// The column or META key concerned, if any.
    pub field: Option<String>,
    /// What is wrong, in plain English.
    pub message: String,
}

impl fmt::Display for PbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}", self.line)?;
        } else {
            write!(f, "file")?;
        }
        if let Some(section) = self.section {
            write!(f, " ({})", section.name())?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for PbError {}
