//! A project citizens can vote for.

use serde::{Deserialize, Serialize};

/// A project of an instance: its id, cost and descriptive fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    /// Identifier, unique in the instance (pabulib `project_id`).
    pub id: String,
    /// Cost in the instance's smallest money unit.
    pub cost: u64,
    /// Display name (may be empty).
    pub name: String,
    /// Categories (sectors) the project belongs to, e.g. `education`.
    pub categories: Vec<String>,
    /// Province (or district) where the project takes place, if any.
    pub province: Option<String>,
    /// Other columns of the file (e.g. `votes`, `selected`, `target`), in file order.
    pub extra: Vec<(String, String)>,
}

impl Project {
    /// A project with only an id and a cost; other fields empty.
    pub fn new(id: impl Into<String>, cost: u64) -> Self {
        Project {
            id: id.into(),
            cost,
            name: String::new(),
            categories: Vec::new(),
            province: None,
            extra: Vec::new(),
        }
    }
}
