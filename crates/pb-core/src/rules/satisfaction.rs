//! How much a voter gains from a funded project they support.

use serde::{Deserialize, Serialize};

/// The satisfaction measure of a rule (pabutools `Cost_Sat` / `Cardinality_Sat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Satisfaction {
    /// A supporter gains the project's cost.
    Cost,
    /// A supporter gains 1 per project.
    Cardinality,
}

impl Satisfaction {
    /// One supporter's satisfaction from a project of this cost.
    pub fn of(self, cost: u64) -> u64 {
        match self {
            Satisfaction::Cost => cost,
            Satisfaction::Cardinality => 1,
        }
    }
}
