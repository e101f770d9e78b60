//! An election instance: the budget limit, the ballot rules and the projects.

use serde::{Deserialize, Serialize};

use super::{Amounts, Project, VoteType};
use crate::validation::BallotLimits;

/// Budget, vote type, ballot limits and projects of one election (pabulib META and PROJECTS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    /// Money available, in smallest units (see `amounts`).
    pub budget: u64,
    /// How amounts are scaled (decimal digits kept).
    pub amounts: Amounts,
    /// Kind of ballot.
    pub vote_type: VoteType,
    /// Limits a ballot must respect (min/max projects, cost and points).
    pub limits: BallotLimits,
    /// Other META entries (e.g. `description`, `country`, `rule`), in file order.
    pub meta: Vec<(String, String)>,
    /// The projects, in file order.
    pub projects: Vec<Project>,
}

impl Instance {
    /// An approval instance with the given budget and projects and no other limits.
    pub fn approval(budget: u64, projects: Vec<Project>) -> Self {
        Instance {
            budget,
            amounts: Amounts::default(),
            vote_type: VoteType::Approval,
            limits: BallotLimits::default(),
            meta: Vec::new(),
            projects,
        }
    }

    /// The project with this id, if any.
    pub fn project(&self, id: &str) -> Option<&Project> {
        self.projects.iter().find(|project| project.id == id)
    }

    /// Total cost of the projects at these indices.
    pub fn total_cost(&self, indices: &[usize]) -> u64 {
        indices.iter().map(|&p| self.projects[p].cost).sum()
    }

    /// The value of a META entry kept in `meta`.
    pub fn meta_value(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, value)| value.as_str())
    }
}
