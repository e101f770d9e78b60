//! Ballots and the kinds of vote a process can use.

use serde::{Deserialize, Serialize};

/// The kind of ballot of a process (pabulib `vote_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoteType {
    /// Approve any number of projects (within the limits).
    Approval,
    /// Approve exactly one project.
    #[serde(rename = "choose-1")]
    ChooseOne,
    /// Spread a number of points over projects.
    Cumulative,
    /// Give each project a score.
    Scoring,
    /// Rank projects in order of preference.
    Ordinal,
}

impl VoteType {
    /// The pabulib spelling, e.g. `approval`, `choose-1`.
    pub fn as_str(self) -> &'static str {
        match self {
            VoteType::Approval => "approval",
            VoteType::ChooseOne => "choose-1",
            VoteType::Cumulative => "cumulative",
            VoteType::Scoring => "scoring",
            VoteType::Ordinal => "ordinal",
        }
    }

    /// Reads the pabulib spelling.
    pub fn parse(text: &str) -> Option<Self> {
        [
            VoteType::Approval,
            VoteType::ChooseOne,
            VoteType::Cumulative,
            VoteType::Scoring,
            VoteType::Ordinal,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == text.trim())
    }

    /// Whether ballots of this kind carry points per project.
    pub fn has_points(self) -> bool {
        matches!(self, VoteType::Cumulative | VoteType::Scoring)
    }
}

/// One voter's choices, naming projects by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Ballot {
    /// Approved projects (approval and choose-1).
    Approval {
        /// Ids of the approved projects.
        projects: Vec<String>,
    },
    /// Points given to projects (cumulative and scoring).
    Points {
        /// Pairs of project id and points.
        points: Vec<(String, i64)>,
    },
    /// Projects ranked from most to least preferred.
    Ordinal {
        /// Ids in order of preference.
        ranking: Vec<String>,
    },
}

impl Ballot {
    /// Ids of the projects the ballot names, in ballot order; the outcome rules count each as support.
    pub fn projects(&self) -> Vec<&str> {
        match self {
            Ballot::Approval { projects } => projects.iter().map(String::as_str).collect(),
            Ballot::Points { points } => points.iter().map(|(id, _)| id.as_str()).collect(),
            Ballot::Ordinal { ranking } => ranking.iter().map(String::as_str).collect(),
        }
    }

    /// Total points of a points ballot (0 for other kinds).
    pub fn total_points(&self) -> i128 {
        match self {
            Ballot::Points { points } => points.iter().map(|(_, p)| i128::from(*p)).sum(),
            _ => 0,
        }
    }
}
