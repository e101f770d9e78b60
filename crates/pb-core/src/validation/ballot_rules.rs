//! The rules of a process that every ballot must meet, and the check itself.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{BallotLimits, BallotViolation};
use crate::election::{Ballot, Instance, Project, VoteType};

/// Money available for projects of one province (a per-province knapsack).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProvinceBudget {
    /// Province name, as in the projects' `province`.
    pub province: String,
    /// Limit in smallest money units.
    pub budget: u64,
}

/// What a ballot must respect in a process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotRules {
    /// The kind of ballot.
    pub vote_type: VoteType,
    /// Limits on the number of projects, their total cost and points.
    pub limits: BallotLimits,
    /// Knapsack vote: the projects chosen may cost at most this much in total.
    pub knapsack_budget: Option<u64>,
    /// Knapsack per province.
    pub province_budgets: Vec<ProvinceBudget>,
    /// Projects that exist but are not open for voting (withdrawn, merged, not yet approved).
    pub closed_projects: BTreeSet<String>,
}

impl BallotRules {
    /// The rules written in a pabulib instance: its vote type and limits.
    pub fn from_instance(instance: &Instance) -> Self {
        BallotRules {
            vote_type: instance.vote_type,
            limits: instance.limits,
            knapsack_budget: None,
            province_budgets: Vec::new(),
            closed_projects: BTreeSet::new(),
        }
    }

    /// The most the chosen projects may cost together: the knapsack budget or the
    /// `max_sum_cost` limit, whichever is lower.
    pub fn cost_limit(&self) -> Option<u64> {
        match (self.knapsack_budget, self.limits.max_sum_cost) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The most projects a ballot may name, if limited (one for a choose-1 vote).
    pub fn max_projects(&self) -> Option<u32> {
        match self.vote_type {
            VoteType::ChooseOne => Some(1),
            _ => self.limits.max_length,
        }
    }
}

/// Checks a ballot against the rules; returns every rule it breaks, in a stable order.
pub fn validate_ballot(
    ballot: &Ballot,
    projects: &[Project],
    rules: &BallotRules,
) -> Result<(), Vec<BallotViolation>> {
    let mut violations = Vec::new();
    if !kind_matches(ballot, rules.vote_type) {
        violations.push(BallotViolation::WrongBallotType {
            expected: rules.vote_type.as_str().to_owned(),
        });
        return Err(violations);
    }
    let by_id: BTreeMap<&str, &Project> = projects.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut chosen: Vec<&Project> = Vec::new();
    let mut seen = BTreeSet::new();
    for id in ballot.projects() {
        if !seen.insert(id) {
            violations.push(BallotViolation::DuplicateProject {
                project: id.to_owned(),
            });
            continue;
        }
        match by_id.get(id) {
            None => violations.push(BallotViolation::UnknownProject {
                project: id.to_owned(),
            }),
            Some(_) if rules.closed_projects.contains(id) => {
                violations.push(BallotViolation::ProjectNotOpen {
                    project: id.to_owned(),
                })
            }
            Some(project) => chosen.push(project),
        }
    }
    check_length(
        seen.len() as u32,
        &rules.limits,
        rules.vote_type,
        &mut violations,
    );
    check_cost(&chosen, rules, &mut violations);
    check_points(ballot, rules, &mut violations);
    if violations.is_empty() {
        Ok(())
    } else {
        Err(violations)
    }
}

fn kind_matches(ballot: &Ballot, vote_type: VoteType) -> bool {
    match ballot {
        Ballot::Approval { .. } => matches!(vote_type, VoteType::Approval | VoteType::ChooseOne),
        Ballot::Points { .. } => vote_type.has_points(),
        Ballot::Ordinal { .. } => vote_type == VoteType::Ordinal,
    }
}

fn check_length(
    given: u32,
    limits: &BallotLimits,
    vote_type: VoteType,
    violations: &mut Vec<BallotViolation>,
) {
    let (min, max) = match vote_type {
        VoteType::ChooseOne => (Some(1), Some(1)),
        _ => (limits.min_length, limits.max_length),
    };
    if let Some(min) = min.filter(|&min| given < min) {
        violations.push(BallotViolation::TooFewProjects { min, given });
    }
    if let Some(max) = max.filter(|&max| given > max) {
        violations.push(BallotViolation::TooManyProjects { max, given });
    }
}

fn check_cost(chosen: &[&Project], rules: &BallotRules, violations: &mut Vec<BallotViolation>) {
    let total: u64 = chosen.iter().map(|p| p.cost).sum();
    if let Some(limit) = rules.cost_limit().filter(|&limit| total > limit) {
        violations.push(BallotViolation::OverBudget { limit, total });
    }
    if let Some(min) = rules.limits.min_sum_cost.filter(|&min| total < min) {
        violations.push(BallotViolation::UnderMinimumCost { min, total });
    }
    for ProvinceBudget { province, budget } in &rules.province_budgets {
        let total: u64 = chosen
            .iter()
            .filter(|p| p.province.as_deref() == Some(province))
            .map(|p| p.cost)
            .sum();
        if total > *budget {
            violations.push(BallotViolation::ProvinceOverBudget {
                province: province.clone(),
                limit: *budget,
                total,
            });
        }
    }
}

fn check_points(ballot: &Ballot, rules: &BallotRules, violations: &mut Vec<BallotViolation>) {
    let Ballot::Points { points } = ballot else {
        return;
    };
    let limits = &rules.limits;
    let default_min = (rules.vote_type == VoteType::Cumulative).then_some(0);
    let min = limits.min_points.or(default_min);
    for (project, given) in points {
        let below = min.is_some_and(|min| *given < min);
        let above = limits.max_points.is_some_and(|max| *given > max);
        if below || above {
            violations.push(BallotViolation::PointsOutOfRange {
                project: project.clone(),
                points: *given,
            });
        }
    }
    let total = ballot.total_points();
    let given = i64::try_from(total).unwrap_or(if total < 0 { i64::MIN } else { i64::MAX });
    if let Some(max) = limits.max_sum_points.filter(|&max| total > i128::from(max)) {
        violations.push(BallotViolation::TooManyPoints { max, given });
    }
    if let Some(min) = limits.min_sum_points.filter(|&min| total < i128::from(min)) {
        violations.push(BallotViolation::TooFewPoints { min, given });
    }
}
