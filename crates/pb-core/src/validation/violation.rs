//! The ways a ballot can break the process rules, each with a stable code.

use super::violation_fields::ViolationFields;
use serde::{Deserialize, Serialize};

/// One broken rule; the app shows it in the voter's language, the endpoint returns its code.
/// Written as `{"code": "...", ...its fields}`, and read back through [`ViolationFields`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case", try_from = "ViolationFields")]
pub enum BallotViolation {
    /// The ballot is not of the kind the process uses (e.g. points on an approval vote).
    WrongBallotType {
        /// The kind the process expects, as pabulib spells it.
        expected: String,
    },
    /// A project id that the process does not have.
    UnknownProject {
        /// The id given.
        project: String,
    },
    /// A project that exists but is not open for voting.
    ProjectNotOpen {
        /// The id given.
        project: String,
    },
    /// The same project named twice.
    DuplicateProject {
        /// The id given twice.
        project: String,
    },
    /// Fewer projects than the minimum.
    TooFewProjects {
        /// The minimum.
        min: u32,
        /// How many the ballot names.
        given: u32,
    },
    /// More projects than the maximum.
    TooManyProjects {
        /// The maximum.
        max: u32,
        /// How many the ballot names.
        given: u32,
    },
    /// The projects chosen cost more than the budget allows.
    OverBudget {
        /// The limit, in smallest money units.
        limit: u64,
        /// Total cost chosen.
        total: u64,
    },
    /// The projects chosen cost less than the minimum the process asks for.
    UnderMinimumCost {
        /// The minimum, in smallest money units.
        min: u64,
        /// Total cost chosen.
        total: u64,
    },
    /// The projects chosen in one province cost more than that province's budget.
    ProvinceOverBudget {
        /// The province.
        province: String,
        /// Its budget, in smallest money units.
        limit: u64,
        /// Total cost chosen there.
        total: u64,
    },
    /// Points for one project outside the allowed range.
    PointsOutOfRange {
        /// The project.
        project: String,
        /// Points given.
        points: i64,
    },
    /// More points in total than allowed.
    TooManyPoints {
        /// The maximum.
        max: i64,
        /// Points given in total.
        given: i64,
    },
    /// Fewer points in total than required.
    TooFewPoints {
        /// The minimum.
        min: i64,
        /// Points given in total.
        given: i64,
    },
}

impl BallotViolation {
    /// The stable code, e.g. `too_many_projects`.
    pub fn code(&self) -> &'static str {
        match self {
            BallotViolation::WrongBallotType { .. } => "wrong_ballot_type",
            BallotViolation::UnknownProject { .. } => "unknown_project",
            BallotViolation::ProjectNotOpen { .. } => "project_not_open",
            BallotViolation::DuplicateProject { .. } => "duplicate_project",
            BallotViolation::TooFewProjects { .. } => "too_few_projects",
            BallotViolation::TooManyProjects { .. } => "too_many_projects",
            BallotViolation::OverBudget { .. } => "over_budget",
            BallotViolation::UnderMinimumCost { .. } => "under_minimum_cost",
            BallotViolation::ProvinceOverBudget { .. } => "province_over_budget",
            BallotViolation::PointsOutOfRange { .. } => "points_out_of_range",
            BallotViolation::TooManyPoints { .. } => "too_many_points",
            BallotViolation::TooFewPoints { .. } => "too_few_points",
        }
    }
}
