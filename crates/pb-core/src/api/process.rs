//! The participatory-budgeting process: its phases, announced dates and voting rules
//! (`process.json`), and the body of `GET /api/process`.
use serde::{Deserialize, Serialize};

use crate::election::VoteType;
use crate::rules::Rule;
use crate::validation::{BallotLimits, BallotRules, ProvinceBudget};

/// A step of the process; exactly one is current. Phases compare in process order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Citizens submit proposals.
    Proposals,
    /// The region reviews proposals and builds the list of projects.
    Review,
    /// Voter-code holders vote.
    Voting,
    /// Voting has ended; tallies and the outcome are public.
    Results,
    /// The process is over; results stay public.
    Closed,
}

impl Phase {
    /// Every phase in process order.
    pub const ALL: [Phase; 5] = [
        Phase::Proposals,
        Phase::Review,
        Phase::Voting,
        Phase::Results,
        Phase::Closed,
    ];

    /// The phase as JSON and the database spell it, e.g. `voting`.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Proposals => "proposals",
            Phase::Review => "review",
            Phase::Voting => "voting",
            Phase::Results => "results",
            Phase::Closed => "closed",
        }
    }

    /// Reads the spelling of [`Phase::as_str`].
    pub fn parse(text: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|phase| phase.as_str() == text)
    }

    /// Whether voting has ended, so tallies, the outcome and the ballot list may be published.
    pub fn voting_has_ended(self) -> bool {
        matches!(self, Phase::Results | Phase::Closed)
    }

    /// Whether the list of projects may still change (nobody has voted on it yet).
    pub fn projects_can_change(self) -> bool {
        matches!(self, Phase::Proposals | Phase::Review)
    }
}

/// Announced dates of one phase (ISO 8601 dates or date-times, as published).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhaseWindow {
    /// The phase.
    pub phase: Phase,
    /// When it opens.
    pub opens: String,
    /// When it closes, if announced.
    #[serde(default)]
    pub closes: Option<String>,
}

/// How citizens vote and how the outcome is computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VotingRules {
    /// Kind of ballot.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "approval"))]
    pub vote_type: VoteType,
    /// Limits on the number of projects, their total cost and points.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub limits: BallotLimits,
    /// Money to share among the projects, in dirhams.
    pub budget: u64,
    /// Whether a ballot's chosen projects must fit within `budget` (knapsack vote).
    #[serde(default)]
    pub knapsack: bool,
    /// Money per province, when each province has its own envelope (dirhams).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub province_budgets: Vec<ProvinceBudget>,
    /// Outcome rule applied after voting (`mes-equalshares` when the file names none).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "mes-equalshares"))]
    pub rule: Rule,
}

impl VotingRules {
    /// The rules the ballot check of pb-core applies (same on the app and the endpoint).
    pub fn ballot_rules(&self) -> BallotRules {
        BallotRules {
            vote_type: self.vote_type,
            limits: self.limits,
            knapsack_budget: self.knapsack.then_some(self.budget),
            province_budgets: self.province_budgets.clone(),
            closed_projects: Default::default(),
        }
    }
}

/// The published description of the process (`public/data/<region>/process.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProcessConfig {
    /// Name of the process, e.g. "Budget participatif régional 2027".
    pub title: String,
    /// Phase at the first start of the endpoint; later changes are made by an administrator.
    pub initial_phase: Phase,
    /// Announced dates of each phase.
    #[serde(default)]
    pub schedule: Vec<PhaseWindow>,
    /// Provinces a proposal may name.
    pub provinces: Vec<String>,
    /// Sectors a proposal may name.
    pub sectors: Vec<String>,
    /// Highest estimated cost a proposal may have, in dirhams.
    pub max_proposal_cost: u64,
    /// Voting rules.
    pub voting: VotingRules,
    /// Whether the endpoint opens each phase at its announced date by itself (default: no, an
    /// administrator moves the phases).
    #[serde(default)]
    pub automatic_phases: bool,
}

/// Body of `GET /api/process`: the current phase and everything a client needs to show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProcessStatus {
    /// Name of the process.
    pub title: String,
    /// The current phase.
    pub phase: Phase,
    /// When the current phase began (RFC 3339, UTC).
    pub phase_since: String,
    /// Announced dates of each phase.
    pub schedule: Vec<PhaseWindow>,
    /// Provinces a proposal may name.
    pub provinces: Vec<String>,
    /// Sectors a proposal may name.
    pub sectors: Vec<String>,
    /// Highest estimated cost a proposal may have, in dirhams.
    pub max_proposal_cost: u64,
    /// Voting rules.
    pub voting: VotingRules,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_round_trip_through_their_spelling_and_json() {
        for phase in Phase::ALL {
            assert_eq!(Phase::parse(phase.as_str()), Some(phase));
            let json = serde_json::to_value(phase).unwrap();
            assert_eq!(json, serde_json::Value::String(phase.as_str().to_owned()));
        }
        assert_eq!(Phase::parse("Voting"), None);
    }

    #[test]
    fn phases_compare_in_process_order() {
        assert!(Phase::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn only_results_and_closed_publish_tallies() {
        let published: Vec<Phase> = Phase::ALL
            .into_iter()
            .filter(|phase| phase.voting_has_ended())
            .collect();
        assert_eq!(published, vec![Phase::Results, Phase::Closed]);
    }

    #[test]
    fn a_process_file_naming_no_rule_uses_completed_equal_shares() {
        let voting: VotingRules =
            serde_json::from_str(r#"{"vote_type": "approval", "budget": 1000}"#).unwrap();
        assert_eq!(voting.rule, Rule::MesEqualShares);
        assert_eq!(voting.rule.name(), "mes-equalshares");
    }

    #[test]
    fn a_knapsack_vote_limits_the_ballot_to_the_budget() {
        let rules = VotingRules {
            vote_type: VoteType::Approval,
            limits: BallotLimits::default(),
            budget: 1_000,
            knapsack: true,
            province_budgets: vec![],
            rule: Rule::MesCost,
        };
        assert_eq!(rules.ballot_rules().knapsack_budget, Some(1_000));
        let approval = VotingRules {
            knapsack: false,
            ..rules
        };
        assert_eq!(approval.ballot_rules().knapsack_budget, None);
    }
}
