//! Why each project won or lost, in a form the app and the `pb` tool can show.

use serde::{Deserialize, Serialize};

use super::Rule;
use super::reason_fields::ReasonFields;

/// The explanation of an outcome. Amounts are in whole units (dirhams) and rounded for display; the
/// outcome itself is computed exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// The rule applied.
    pub rule: Rule,
    /// The budget.
    pub budget: f64,
    /// Total cost of the selected projects.
    pub spent: f64,
    /// Money each voter started with (Equal Shares rules only).
    pub per_voter_budget: Option<f64>,
    /// Every project: selected ones first, in the order they were chosen; then the others by votes.
    pub projects: Vec<ProjectExplanation>,
}

/// One project's result and the reasons for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectExplanation {
    /// Project id.
    pub id: String,
    /// Project name.
    pub name: String,
    /// Cost.
    pub cost: f64,
    /// Number of voters who support it.
    pub votes: u64,
    /// Whether it is funded.
    pub selected: bool,
    /// What the rule's stages decided about it, in order.
    pub reasons: Vec<Reason>,
}

/// What one stage of a rule decided about a project. Written as `{"kind": "...", ...its fields}`,
/// and read back through [`ReasonFields`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "ReasonFields")]
pub enum Reason {
    /// The greedy order reached the project with this much left; it is selected if it fitted.
    Greedy {
        /// 1-based position in the greedy order.
        rank: usize,
        /// Budget left when it was reached.
        remaining_before: f64,
        /// Whether it fitted.
        fitted: bool,
    },
    /// Equal Shares funded it in a round; its supporters paid these amounts.
    Funded {
        /// Round number (1-based).
        round: usize,
        /// Supporters who paid, grouped by the amount each paid (largest first).
        payments: Vec<PaidShare>,
    },
    /// Supported and free: funded without cost.
    FreeProject,
    /// Free, so worth nothing when satisfaction is measured by cost: Equal Shares leaves it to the completion.
    FreeWithoutValue,
    /// Nobody voted for it.
    NoSupport,
    /// Its supporters' remaining money could not cover its cost.
    SupportersRanOut {
        /// Rounds done when that was the case (0: from the start).
        after_round: usize,
        /// Money its supporters still had, together.
        supporters_money: f64,
        /// Money its supporters had spent on projects funded before (largest first).
        spent_on: Vec<SpentOn>,
    },
}

/// Voters who paid the same amount for a funded project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaidShare {
    /// How many voters.
    pub voters: u64,
    /// Amount each paid.
    pub amount: f64,
}

/// Money the supporters of a losing project spent on a funded project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpentOn {
    /// The funded project's id.
    pub project: String,
    /// Amount spent on it by the losing project's supporters, together.
    pub amount: f64,
}
